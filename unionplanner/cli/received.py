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

from unionplanner.cli.importing import confirmations, day as _day, import_lines
from unionplanner.cli.output import PERIOD_HELP, emit, open_db


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
