"""The ``unionplanner reports …`` commands on the reports received from the grassroots units:
``reports import PATH… --form ID [--period KỲ] [--dry-run] [--confirm-unit FILE=CODE]…``
(without ``--period``: the period the returns state, refused when they disagree),
``reports values``, ``reports missing``, ``reports undo BATCH [--file ID]``; ``reports
collect`` and ``reports received`` are in :mod:`unionplanner.cli.collect`.

``reports import`` exits with 3 when files wait for a choice of unit (their JSON says
``"needs_confirmation": true`` with the candidate units); the others are imported. It exits
with 1 when no file given could be taken (every one refused)."""

from __future__ import annotations

import argparse

from unionplanner.cli.output import PERIOD_HELP, emit, open_db
from unionplanner.core.errors import UserError


def confirmations(given: list[str] | None) -> dict[str, str]:
    """``--confirm-unit FILE=CODE`` values as file → code; UserError for a malformed one."""
    confirm: dict[str, str] = {}
    for text in given or []:
        file, sep, code = text.rpartition("=")
        if not sep or not file or not code:
            raise UserError(f"\"{text}\" không đúng dạng TỆP=MÃ_ĐƠN_VỊ (--confirm-unit).")
        confirm[file] = code
    return confirm


def import_lines(args: argparse.Namespace, result, files: list[dict]) -> list[str]:
    """What an import did, as the text output prints it (one block per file, then the
    batch and what to do with files waiting for a unit)."""
    from unionplanner.domain.received.models import FILE_STATUSES

    labels = {status: label.upper() for status, label in FILE_STATUSES.items()}
    lines = []
    for item in files:
        short = " – THIẾU CỘT" if item["missing_columns"] and item["status"] in (
            "imported", "replaced") else ""  # not complete: said in the status itself
        lines.append(f"[{labels[item['status']]}{short}] {item['file']}"
                     + (f" → {item['unit']} ({item['values']} giá trị)" if item["unit"] else ""))
        lines += [f"    lỗi: {e}" for e in item["errors"]]
        lines += [f"    lưu ý: {w}" for w in item["warnings"]]
        lines += [f"    có thể là: {c['code']} – {c['name']}" for c in item["candidates"]]
        if item["needs_confirmation"] and item["candidates"]:  # the window's choice, typed
            lines.append(f"    xác nhận bằng: --confirm-unit \"{item['file']}="
                         f"{item['candidates'][0]['code']}\"")
    summary = ", ".join(f"{labels[k].lower()} {v}" for k, v in result.counts().items())
    if args.dry_run:
        lines.append(f"Chạy thử (chưa ghi gì): {summary}.")
    elif result.batch_id:
        lines.append(f"Lần nhập số {result.batch_id}: {summary}. Hoàn tác bằng: unionplanner "
                     f"reports undo {result.batch_id}")
    else:
        lines.append(f"Không có gì được ghi: {summary}.")
    waiting = [item["file"] for item in files if item["needs_confirmation"]]
    if waiting:
        lines.append(f"{len(waiting)} tệp chờ xác nhận đơn vị, chưa nhập: thêm --confirm-unit "
                     "\"TỆP=MÃ_ĐƠN_VỊ\" cho từng tệp rồi chạy lại lệnh.")
    return lines


def cmd_reports_import(args: argparse.Namespace) -> int:
    from unionplanner.domain.received.session import import_paths

    confirm = confirmations(args.confirm_unit)
    arrived = _day(args.arrived) if args.arrived else None
    with open_db(args) as db:  # without --period: the period the returns themselves state
        result = import_paths(db, args.paths, args.form, args.period, dry_run=args.dry_run,
                              confirm=confirm, arrived_on=arrived)
    args.period = result.period
    files = [plan.to_dict(result.batch_id) for plan in result.plans]
    waiting = [item["file"] for item in files if item["needs_confirmation"]]
    emit(args, {"batch": result.batch_id, "dry_run": args.dry_run, "period": args.period,
                 "form": args.form, "counts": result.counts(), "files": files,
                 "waiting": waiting}, "\n".join(import_lines(args, result, files)))
    if waiting:
        return 3
    # nothing taken and something refused (every file given was): the command failed
    statuses = {item["status"] for item in files}
    return 1 if "error" in statuses and not statuses & {"imported", "replaced",
                                                         "duplicate"} else 0


def _day(text: str):
    from unionplanner.domain.plans.when import parse_date

    day = parse_date(text)
    if day is None:
        raise UserError(f"\"{text}\" không phải một ngày. Hãy ghi dạng 05/11/2026.")
    return day


def cmd_reports_arrived(args: argparse.Namespace) -> int:
    from unionplanner.domain.received.register import set_batch_arrival

    day = _day(args.day)
    with open_db(args) as db, db.transaction() as session:
        count = set_batch_arrival(session, args.batch, day, args.file)
    emit(args, {"batch": args.batch, "files": count, "arrived_on": day.isoformat()},
         f"Đã ghi ngày nhận {day:%d/%m/%Y} cho {count} tệp của lần nhập số {args.batch}.")
    return 0


def cmd_reports_values(args: argparse.Namespace) -> int:
    from unionplanner.domain.received.register import list_values

    with open_db(args) as db, db.session() as session:
        data = list_values(session, args.period, args.form)
    text = "\n".join(f"{r['period']}\t{r['unit']}\t{r['indicator']}\t{r['value']}"
                     for r in data)
    emit(args, data, text or (f"Chưa có số liệu kỳ {args.period}." if args.period
                              else "Chưa có số liệu nào."))
    return 0


def cmd_reports_missing(args: argparse.Namespace) -> int:
    from unionplanner.domain.received.register import missing_units

    with open_db(args) as db, db.session() as session:
        units = missing_units(session, args.period, args.form)
        data = [{"code": u.code, "name": u.name} for u in units]
    text = "\n".join(f"{u['code']}\t{u['name']}" for u in data)
    emit(args, data, (f"{len(data)} đơn vị chưa nộp báo cáo kỳ {args.period}:\n" + text)
          if data else f"Tất cả đơn vị đã nộp báo cáo kỳ {args.period}.")
    return 0


def cmd_reports_undo(args: argparse.Namespace) -> int:
    from unionplanner.domain.received.register import undo_batch

    with open_db(args) as db, db.transaction() as session:
        result = undo_batch(session, args.batch, file_id=args.file)
    emit(args, {"batch": args.batch, "undone": result.undone, "restored": result.restored},
          f"Đã hoàn tác lần nhập số {args.batch}: gỡ {result.undone} báo cáo"
          + (f", khôi phục {result.restored} báo cáo trước đó." if result.restored else "."))
    return 0


def add_received_commands(sub, common: argparse.ArgumentParser) -> None:
    """Register these commands on the main parser's subcommands."""
    reports = sub.add_parser("reports", parents=[common], help="báo cáo của CĐCS")
    reports_sub = reports.add_subparsers(dest="reports_command", metavar="LỆNH", required=True)
    p = reports_sub.add_parser("import", parents=[common],
                               help="nhập các tệp báo cáo (tệp hoặc thư mục)")
    p.add_argument("paths", nargs="+", metavar="TỆP_HOẶC_THƯ_MỤC")
    p.add_argument("--form", type=int, required=True, metavar="SỐ")
    p.add_argument("--period", metavar="KỲ", help=PERIOD_HELP + " (mặc định: kỳ các tệp "
                                                               "tự ghi)")
    p.add_argument("--arrived", metavar="NGÀY",
                   help="ngày các tệp đến cơ quan, ví dụ 05/11/2026 (mặc định: ngày của tệp)")
    p.add_argument("--dry-run", action="store_true", help="chỉ đọc và báo, không ghi")
    p.add_argument("--confirm-unit", action="append", metavar="TỆP=MÃ",
                   help="tệp này là báo cáo của đơn vị mã MÃ (lặp lại được)")
    p.set_defaults(func=cmd_reports_import)
    p = reports_sub.add_parser("values", parents=[common], help="số liệu đã nhập của một kỳ")
    p.add_argument("--period", metavar="KỲ", help=PERIOD_HELP + " (mặc định: mọi kỳ)")
    p.add_argument("--form", type=int, metavar="SỐ")
    p.set_defaults(func=cmd_reports_values)
    p = reports_sub.add_parser("missing", parents=[common], help="các đơn vị chưa nộp")
    p.add_argument("--period", required=True, metavar="KỲ", help=PERIOD_HELP)
    p.add_argument("--form", type=int, required=True, metavar="SỐ")
    p.set_defaults(func=cmd_reports_missing)
    p = reports_sub.add_parser("arrived", parents=[common],
                               help="sửa ngày các tệp của một lần nhập đến cơ quan")
    p.add_argument("batch", type=int, metavar="SỐ_LẦN_NHẬP")
    p.add_argument("day", metavar="NGÀY", help="ví dụ 05/11/2026")
    p.add_argument("--file", metavar="TÊN_TỆP", help="chỉ tệp này của lần nhập")
    p.set_defaults(func=cmd_reports_arrived)
    p = reports_sub.add_parser("undo", parents=[common], help="hoàn tác một lần nhập")
    p.add_argument("batch", type=int, metavar="SỐ_LẦN_NHẬP")
    p.add_argument("--file", type=int, metavar="SỐ_TỆP", help="chỉ hoàn tác một tệp")
    p.set_defaults(func=cmd_reports_undo)
    from unionplanner.cli.collect import add_collect_commands

    add_collect_commands(reports_sub, common)
