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
from unionplanner.errors import UserError


def _emit(args: argparse.Namespace, data: Any, text: str) -> None:
    if args.json:
        print(json.dumps(data, ensure_ascii=False, indent=2))
    else:
        print(text)


def _open(args: argparse.Namespace):
    from unionplanner.storage.database import open_database

    return open_database(args.db)


def cmd_units_import(args: argparse.Namespace) -> int:
    from unionplanner.units.excel import import_units

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
    from unionplanner.units.sectors import SECTORS, recognise_sector
    from unionplanner.units.service import list_units, unit_to_dict

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
    from unionplanner.storage.backup import backup_database

    with _open(args) as db:
        if db.file is None:
            raise UserError("Lệnh sao lưu chỉ dùng cho cơ sở dữ liệu SQLite trên máy này; "
                            "với máy chủ PostgreSQL hãy dùng pg_dump.")
        target = backup_database(db.file, Path(args.to) if args.to else None)
    _emit(args, {"backup": str(target)}, f"Đã sao lưu vào {target}")
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    from unionplanner import paths
    from unionplanner.storage.backup import restore_database
    from unionplanner.storage.database import open_database
    from unionplanner.storage.lock import InstanceLock

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
    from unionplanner.demo import load_demo

    with _open(args) as db, db.transaction() as session:
        summary = load_demo(session)
    _emit(args, summary, f"Đã tạo dữ liệu mẫu: {summary['units']} đơn vị, "
                         f"{summary['departments']} ban.")
    return 0


def cmd_self_test(args: argparse.Namespace) -> int:
    from unionplanner.ui.selftest import run_self_test

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

    p = sub.add_parser("backup", parents=[common], help="sao lưu cơ sở dữ liệu")
    p.add_argument("--to", metavar="ĐƯỜNG_DẪN", help="tệp hoặc thư mục đích")
    p.set_defaults(func=cmd_backup)
    p = sub.add_parser("restore", parents=[common], help="khôi phục từ một bản sao lưu")
    p.add_argument("file", metavar="TỆP")
    p.set_defaults(func=cmd_restore)
    p = sub.add_parser("demo", parents=[common], help="tạo dữ liệu mẫu để dùng thử")
    p.set_defaults(func=cmd_demo)
    return parser


def main(argv: list[str] | None = None) -> int:
    """Entry point of the ``unionplanner`` script; returns the exit status."""
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
