"""The command line: ``unionplanner [--db PATH_OR_URL] [--json] COMMAND ...``.

With no command it opens the window. Every command uses the same domain code as the window;
messages are Vietnamese; ``--json`` prints machine-readable output. Exit status: 0 done,
1 a problem the user can fix (message on stderr), 2 wrong arguments.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from unionplanner import __version__
from unionplanner.core.errors import UserError


def _emit(args: argparse.Namespace, data: Any, text: str) -> None:
    if args.json:
        print(json.dumps(data, ensure_ascii=False, indent=2))
    else:
        print(text)


def write_outputs(document, writers) -> list[str]:
    """Write ``document`` with each (path or None, writer) pair given a path; the written
    paths. A file that cannot be written is a UserError naming what to check."""
    written = []
    try:
        for path, writer in writers:
            if path:
                written.append(str(writer(document, Path(path))))
    except OSError as exc:
        raise UserError(f"Không ghi được tệp ({exc.strerror or exc}). Hãy kiểm tra thư mục và "
                        "đóng tệp nếu đang mở.") from None
    return written


def _open(args: argparse.Namespace):
    from unionplanner.domain.storage.database import open_database

    return open_database(args.db)


def cmd_units_import(args: argparse.Namespace) -> int:
    from unionplanner.domain.units.excel import import_units

    with _open(args) as db, db.transaction() as session:
        result = import_units(session, Path(args.file))
    lines = [f"Đã nhập danh sách đơn vị từ {args.file}: thêm {result.added}, cập nhật "
             f"{result.updated}, không đổi {result.unchanged}."]
    if result.not_in_file:
        lines.append(f"{len(result.not_in_file)} đơn vị đang có không nằm trong tệp (giữ "
                     "nguyên): " + ", ".join(result.not_in_file))
    lines += [f"Lưu ý: {w}" for w in result.warnings]
    _emit(args, result.to_dict(), "\n".join(lines))
    return 0


def cmd_units_list(args: argparse.Namespace) -> int:
    from unionplanner.domain.units.sectors import SECTORS, recognise_sector
    from unionplanner.domain.units.service import list_units, unit_to_dict

    sector = None
    if args.sector:
        sector = recognise_sector(args.sector)
        if sector is None:
            raise UserError(f"Không có khu vực \"{args.sector}\". Dùng một trong: "
                            + ", ".join(SECTORS))
    with _open(args) as db, db.session() as session:
        units = list_units(session, search=args.search or "", sector=sector,
                           include_ended=not args.active)
        rows = [unit_to_dict(u) for u in units]
    text = "\n".join(
        f"{r['code']:<8} {r['name']:<60} {r['sector_label']:<40} "
        f"{r['members'] if r['members'] is not None else '':>6} "
        f"{r['workers'] if r['workers'] is not None else '':>6}"
        f"{'' if r['active'] else '  (đã kết thúc)'}"
        for r in rows) or "Chưa có đơn vị nào."
    _emit(args, rows, text)
    return 0


def cmd_backup(args: argparse.Namespace) -> int:
    from unionplanner.domain.storage.backup import backup_database

    with _open(args) as db:
        if db.file is None:
            raise UserError("Lệnh sao lưu chỉ dùng cho cơ sở dữ liệu SQLite trên máy này; "
                            "với máy chủ PostgreSQL hãy dùng pg_dump.")
        target = backup_database(db.file, Path(args.to) if args.to else None)
    _emit(args, {"backup": str(target)}, f"Đã sao lưu vào {target}")
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    from unionplanner.core import paths
    from unionplanner.domain.storage.backup import restore_database
    from unionplanner.domain.storage.database import open_database
    from unionplanner.domain.storage.lock import InstanceLock

    db_file = paths.sqlite_file(paths.resolve_db_url(args.db))
    if db_file is None:
        raise UserError("Lệnh khôi phục chỉ dùng cho cơ sở dữ liệu SQLite trên máy này.")
    with InstanceLock(db_file):
        saved = restore_database(db_file, Path(args.file))
        open_database(str(db_file)).dispose()  # migrate an older backup to this version
    data = {"restored_from": args.file, "previous_saved_to": str(saved) if saved else None}
    text = f"Đã khôi phục từ {args.file}."
    if saved:
        text += f" Dữ liệu trước khi khôi phục được lưu ở {saved}."
    _emit(args, data, text)
    return 0


def cmd_demo(args: argparse.Namespace) -> int:
    from unionplanner.domain.demo import load_demo

    with _open(args) as db, db.transaction() as session:
        summary = load_demo(session)
    _emit(args, summary, f"Đã tạo dữ liệu mẫu: {summary['units']} đơn vị, "
                         f"{summary['departments']} ban.")
    return 0


def cmd_forms_import(args: argparse.Namespace) -> int:
    from unionplanner.domain.report_forms.learn import learn_form
    from unionplanner.domain.report_forms.service import create_form, form_to_dict

    draft = learn_form(Path(args.file))
    with _open(args) as db, db.transaction() as session:
        form = create_form(session, args.name or Path(args.file).stem, draft.title,
                           draft.fields(), draft.source)
        data = form_to_dict(form)
    lines = [f"Đã tạo mẫu báo cáo số {data['id']} \"{data['name']}\" với "
             f"{len(data['indicators'])} chỉ tiêu:"]
    lines += [f"  {i['position']:>2}. {i['name']} ({i['unit_of_measure'] or '-'}, {i['kind']})"
              for i in data["indicators"]]
    if args.json:
        _emit(args, data, "")
    else:
        # the id alone on standard output (for scripts: ID=$(unionplanner forms import ...)),
        # the details for people on standard error
        print(data["id"])
        print("\n".join(lines), file=sys.stderr)
    return 0


def cmd_forms_list(args: argparse.Namespace) -> int:
    from unionplanner.domain.report_forms.service import form_to_dict, list_forms

    with _open(args) as db, db.session() as session:
        data = [form_to_dict(f) for f in list_forms(session)]
    text = "\n".join(f"{f['id']:>3}  {f['name']} (phiên bản {f['version']}, "
                     f"{len(f['indicators'])} chỉ tiêu)" for f in data) or "Chưa có mẫu báo cáo nào."
    _emit(args, data, text)
    return 0


def cmd_forms_generate(args: argparse.Namespace) -> int:
    from unionplanner.domain.report_forms.generate import generate_forms

    with _open(args) as db, db.session() as session:
        written = generate_forms(session, args.form, args.period, Path(args.out),
                                 unit_codes=args.unit or None)
    _emit(args, {"files": [str(p) for p in written]},
          f"Đã tạo {len(written)} biểu mẫu trong {args.out}.")
    return 0


def cmd_reports_import(args: argparse.Namespace) -> int:
    from unionplanner.domain.received.service import import_paths

    with _open(args) as db:
        result = import_paths(db, args.paths, args.form, args.period, dry_run=args.dry_run)
    files = [plan.to_dict(result.batch_id) for plan in result.plans]
    labels = {"imported": "ĐÃ NHẬP", "replaced": "THAY THẾ", "duplicate": "TRÙNG",
              "skipped": "BỎ QUA", "error": "LỖI"}
    lines = []
    for item in files:
        lines.append(f"[{labels[item['status']]}] {item['file']}"
                     + (f" → {item['unit']} ({item['values']} giá trị)" if item["unit"] else ""))
        lines += [f"    lỗi: {e}" for e in item["errors"]]
        lines += [f"    lưu ý: {w}" for w in item["warnings"]]
    counts = result.counts()
    summary = ", ".join(f"{labels[k].lower()} {v}" for k, v in counts.items())
    if args.dry_run:
        lines.append(f"Chạy thử (chưa ghi gì): {summary}.")
    elif result.batch_id:
        lines.append(f"Lần nhập số {result.batch_id}: {summary}. Hoàn tác bằng: unionplanner "
                     f"reports undo {result.batch_id}")
    else:
        lines.append(f"Không có gì được ghi: {summary}.")
    _emit(args, {"batch": result.batch_id, "dry_run": args.dry_run, "period": args.period,
                 "form": args.form, "counts": counts, "files": files}, "\n".join(lines))
    return 0


def cmd_reports_values(args: argparse.Namespace) -> int:
    from unionplanner.domain.received.register import list_values

    with _open(args) as db, db.session() as session:
        data = list_values(session, args.period, args.form)
    text = "\n".join(f"{r['unit']}\t{r['indicator']}\t{r['value']}" for r in data)
    _emit(args, data, text or f"Chưa có số liệu kỳ {args.period}.")
    return 0


def cmd_reports_missing(args: argparse.Namespace) -> int:
    from unionplanner.domain.received.register import missing_units

    with _open(args) as db, db.session() as session:
        units = missing_units(session, args.period, args.form)
        data = [{"code": u.code, "name": u.name} for u in units]
    text = "\n".join(f"{u['code']}\t{u['name']}" for u in data)
    _emit(args, data, (f"{len(data)} đơn vị chưa nộp báo cáo kỳ {args.period}:\n" + text)
          if data else f"Tất cả đơn vị đã nộp báo cáo kỳ {args.period}.")
    return 0


def cmd_reports_undo(args: argparse.Namespace) -> int:
    from unionplanner.domain.received.register import undo_batch

    with _open(args) as db, db.transaction() as session:
        result = undo_batch(session, args.batch, file_id=args.file)
    _emit(args, {"batch": args.batch, "undone": result.undone, "restored": result.restored},
          f"Đã hoàn tác lần nhập số {args.batch}: gỡ {result.undone} báo cáo"
          + (f", khôi phục {result.restored} báo cáo trước đó." if result.restored else "."))
    return 0


def cmd_db_copy(args: argparse.Namespace) -> int:
    from unionplanner.domain.storage.copy import copy_database

    result = copy_database(args.source, args.target)
    lines = [f"{name}: {count}" for name, count in result.tables.items() if count]
    lines.append(f"Đã chép {result.rows} dòng của {len(result.tables)} bảng (số dòng từng bảng "
                 f"ở nguồn và đích khớp nhau) và {result.files} tệp đi kèm"
                 + (f"; {result.stored} tệp được lưu vào máy chủ." if result.stored else "."))
    _emit(args, {"tables": result.tables, "rows": result.rows, "files": result.files,
                 "stored": result.stored}, "\n".join(lines))
    return 0


def cmd_self_test(args: argparse.Namespace) -> int:
    from unionplanner.ui.startup.selftest import run_self_test

    ok, reason = run_self_test()
    _emit(args, {"ok": ok, "reason": reason}, ("OK: " if ok else "LỖI: ") + reason)
    return 0 if ok else 1


def build_parser() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--db", metavar="PATH_OR_URL", default=argparse.SUPPRESS,
                        help="tệp SQLite hoặc URL cơ sở dữ liệu (mặc định: thư mục dữ liệu)")
    common.add_argument("--json", action="store_true", default=argparse.SUPPRESS,
                        help="in kết quả dạng JSON")

    parser = argparse.ArgumentParser(
        prog="unionplanner", parents=[common],
        description="UnionPlanner — kế hoạch, theo dõi và tổng hợp báo cáo công đoàn. "
                    "Không có lệnh: mở cửa sổ chương trình.")
    parser.add_argument("--version", action="version", version=f"UnionPlanner {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="LỆNH")

    p = sub.add_parser("self-test", parents=[common],
                       help="kiểm tra bản cài đặt (cửa sổ, bản dịch, phông chữ, CSDL tạm)")
    p.set_defaults(func=cmd_self_test)

    units = sub.add_parser("units", parents=[common], help="danh sách công đoàn cơ sở")
    units_sub = units.add_subparsers(dest="units_command", metavar="LỆNH", required=True)
    p = units_sub.add_parser("import", parents=[common], help="nhập danh sách từ tệp Excel")
    p.add_argument("file", metavar="TỆP")
    p.set_defaults(func=cmd_units_import)
    p = units_sub.add_parser("list", parents=[common], help="liệt kê đơn vị")
    p.add_argument("--active", action="store_true", help="chỉ các đơn vị đang hoạt động")
    p.add_argument("--sector", help="lọc theo khu vực (hcsn, dnnn, ngoai_nn, fdi, htx, khac)")
    p.add_argument("--search", help="tìm theo mã hoặc tên")
    p.set_defaults(func=cmd_units_list)

    forms = sub.add_parser("forms", parents=[common], help="mẫu báo cáo")
    forms_sub = forms.add_subparsers(dest="forms_command", metavar="LỆNH", required=True)
    p = forms_sub.add_parser("import", parents=[common],
                             help="tạo mẫu báo cáo từ biểu mẫu Excel để trống")
    p.add_argument("file", metavar="TỆP")
    p.add_argument("--name", help="tên mẫu (mặc định: tên tệp)")
    p.set_defaults(func=cmd_forms_import)
    p = forms_sub.add_parser("list", parents=[common], help="liệt kê mẫu báo cáo")
    p.set_defaults(func=cmd_forms_list)
    p = forms_sub.add_parser("generate", parents=[common],
                             help="tạo biểu mẫu Excel điền sẵn cho từng đơn vị để gửi xuống")
    p.add_argument("--form", type=int, required=True, metavar="SỐ")
    p.add_argument("--period", required=True, metavar="NĂM-THÁNG")
    p.add_argument("--out", required=True, metavar="THƯ_MỤC")
    p.add_argument("--unit", action="append", metavar="MÃ", help="chỉ đơn vị này (lặp lại được)")
    p.set_defaults(func=cmd_forms_generate)

    reports = sub.add_parser("reports", parents=[common], help="báo cáo của CĐCS")
    reports_sub = reports.add_subparsers(dest="reports_command", metavar="LỆNH", required=True)
    p = reports_sub.add_parser("import", parents=[common],
                               help="nhập các tệp báo cáo (tệp hoặc thư mục)")
    p.add_argument("paths", nargs="+", metavar="TỆP_HOẶC_THƯ_MỤC")
    p.add_argument("--form", type=int, required=True, metavar="SỐ")
    p.add_argument("--period", required=True, metavar="NĂM-THÁNG")
    p.add_argument("--dry-run", action="store_true", help="chỉ đọc và báo, không ghi")
    p.set_defaults(func=cmd_reports_import)
    p = reports_sub.add_parser("values", parents=[common], help="số liệu đã nhập của một kỳ")
    p.add_argument("--period", required=True, metavar="NĂM-THÁNG")
    p.add_argument("--form", type=int, metavar="SỐ")
    p.set_defaults(func=cmd_reports_values)
    p = reports_sub.add_parser("missing", parents=[common], help="các đơn vị chưa nộp")
    p.add_argument("--period", required=True, metavar="NĂM-THÁNG")
    p.add_argument("--form", type=int, required=True, metavar="SỐ")
    p.set_defaults(func=cmd_reports_missing)
    p = reports_sub.add_parser("undo", parents=[common], help="hoàn tác một lần nhập")
    p.add_argument("batch", type=int, metavar="SỐ_LẦN_NHẬP")
    p.add_argument("--file", type=int, metavar="SỐ_TỆP", help="chỉ hoàn tác một tệp")
    p.set_defaults(func=cmd_reports_undo)

    from unionplanner.cli_plans import add_plan_commands
    from unionplanner.cli_summary import add_summary_command
    from unionplanner.cli_tracking import add_tracking_commands

    add_plan_commands(sub, common)
    add_tracking_commands(sub, common)
    add_summary_command(sub, common)

    p = sub.add_parser("backup", parents=[common], help="sao lưu cơ sở dữ liệu")
    p.add_argument("--to", metavar="ĐƯỜNG_DẪN", help="tệp hoặc thư mục đích")
    p.set_defaults(func=cmd_backup)
    p = sub.add_parser("restore", parents=[common], help="khôi phục từ một bản sao lưu")
    p.add_argument("file", metavar="TỆP")
    p.set_defaults(func=cmd_restore)
    p = sub.add_parser("demo", parents=[common], help="tạo dữ liệu mẫu để dùng thử")
    p.set_defaults(func=cmd_demo)

    database = sub.add_parser("db", parents=[common], help="cơ sở dữ liệu")
    database_sub = database.add_subparsers(dest="db_command", metavar="LỆNH", required=True)
    p = database_sub.add_parser(
        "copy", parents=[common],
        help="chép toàn bộ dữ liệu sang một cơ sở dữ liệu mới (SQLite ↔ PostgreSQL)")
    p.add_argument("--from", dest="source", required=True, metavar="NGUỒN",
                   help="tệp SQLite hoặc URL postgresql://…")
    p.add_argument("--to", dest="target", required=True, metavar="ĐÍCH",
                   help="tệp SQLite hoặc URL postgresql://… (phải trống)")
    p.set_defaults(func=cmd_db_copy)
    return parser


def _attach_windows_console() -> None:
    """The installed Windows app is a windowed .exe, started with no console. When it is run
    with a command from cmd.exe or PowerShell, print into that window (UTF-8, so Vietnamese
    reads right). Output redirected to a file already has a stream and is left alone."""
    if sys.platform != "win32" or sys.stdout is not None:
        return
    import ctypes

    kernel32 = ctypes.windll.kernel32
    if not kernel32.AttachConsole(-1):  # ATTACH_PARENT_PROCESS; none when double-clicked
        return
    kernel32.SetConsoleOutputCP(65001)
    sys.stdout = open("CONOUT$", "w", encoding="utf-8", errors="replace")  # noqa: SIM115
    if sys.stderr is None:
        sys.stderr = sys.stdout


def main(argv: list[str] | None = None) -> int:
    """Entry point of the ``unionplanner`` script; returns the exit status."""
    if (argv if argv is not None else sys.argv[1:]):
        _attach_windows_console()
    for stream in (sys.stdout, sys.stderr):
        if hasattr(stream, "reconfigure"):
            try:
                stream.reconfigure(encoding="utf-8")
            except (ValueError, OSError):
                pass
    args = build_parser().parse_args(argv)
    args.db = getattr(args, "db", None)
    args.json = getattr(args, "json", False)
    if args.command is None:
        from unionplanner.app import run_gui

        return run_gui(args.db)
    try:
        return args.func(args)
    except UserError as exc:
        if args.json:
            print(json.dumps({"error": exc.message, "details": exc.details},
                             ensure_ascii=False))
        print(f"Lỗi: {exc}", file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
