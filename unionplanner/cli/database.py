"""The commands on the database as a whole: ``backup [--to PATH]``, ``restore FILE``, ``demo``,
``db copy --from SOURCE --to TARGET``."""

from __future__ import annotations

import argparse
from pathlib import Path

from unionplanner.cli.output import emit, open_db
from unionplanner.core.errors import UserError


def cmd_backup(args: argparse.Namespace) -> int:
    from unionplanner.domain.storage.backup import backup_database

    with open_db(args) as db:
        if db.file is None:
            raise UserError("Lệnh sao lưu chỉ dùng cho cơ sở dữ liệu SQLite trên máy này; "
                            "với máy chủ PostgreSQL hãy dùng pg_dump.")
        target = backup_database(db.file, Path(args.to) if args.to else None)
    emit(args, {"backup": str(target)}, f"Đã sao lưu vào {target}")
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
    emit(args, data, text)
    return 0


def cmd_demo(args: argparse.Namespace) -> int:
    from unionplanner.domain.demo.remove import remove_demo
    from unionplanner.domain.demo.year import load_full_demo

    with open_db(args) as db:
        if args.remove:
            removed = remove_demo(db)
            emit(args, removed, f"Đã xóa dữ liệu mẫu: {removed['units']} đơn vị, "
                                f"{removed['plans']} kế hoạch, {removed['forms']} mẫu báo cáo, "
                                f"{removed['files']} tệp báo cáo. Dữ liệu cơ quan tự nhập vẫn "
                                "giữ nguyên.")
            return 0
        summary = load_full_demo(db)
    emit(args, summary, f"Đã tạo dữ liệu mẫu: {summary['units']} đơn vị, "
                         f"{summary['departments']} ban, {summary['plans']} kế hoạch đã ban "
                         f"hành, {summary['forms']} mẫu báo cáo với {summary['reports']} báo "
                         "cáo đã nhập. Xóa bằng lệnh \"unionplanner demo --remove\".")
    return 0


def cmd_db_copy(args: argparse.Namespace) -> int:
    from unionplanner.domain.storage.copy import copy_database

    result = copy_database(_with_stored_password(args.source),
                           _with_stored_password(args.target))
    lines = [f"{name}: {count}" for name, count in result.tables.items() if count]
    lines.append(f"Đã chép {result.rows} dòng của {len(result.tables)} bảng (số dòng từng bảng "
                 f"ở nguồn và đích khớp nhau) và {result.files} tệp đi kèm"
                 + (f"; {result.stored} tệp được lưu vào máy chủ." if result.stored else "."))
    emit(args, {"tables": result.tables, "rows": result.rows, "files": result.files,
                 "stored": result.stored}, "\n".join(lines))
    return 0


def _with_stored_password(location: str) -> str:
    """A server URL given without a password takes the one kept in the system's store (the
    Settings dialog put it there), else — at a terminal — the one typed at a prompt that does
    not echo it; a password written in the URL is used and never printed. A file path is
    left as it is."""
    import sys

    from unionplanner.core import secrets

    if not location.startswith("postgresql"):
        return location
    bare, password = secrets.split_password(location)
    if password:
        return location
    stored = secrets.load_password(bare)
    if stored:
        return secrets.with_password(bare, stored)
    if sys.stdin is not None and sys.stdin.isatty():
        import getpass

        typed = getpass.getpass(f"Mật khẩu của {secrets.account(bare)} (để trống nếu không "
                                "cần): ")
        return secrets.with_password(bare, typed)
    return location


def add_database_commands(sub, common: argparse.ArgumentParser) -> None:
    """Register these commands on the main parser's subcommands."""
    p = sub.add_parser("backup", parents=[common], help="sao lưu cơ sở dữ liệu")
    p.add_argument("--to", metavar="ĐƯỜNG_DẪN", help="tệp hoặc thư mục đích")
    p.set_defaults(func=cmd_backup)
    p = sub.add_parser("restore", parents=[common], help="khôi phục từ một bản sao lưu")
    p.add_argument("file", metavar="TỆP")
    p.set_defaults(func=cmd_restore)
    p = sub.add_parser("demo", parents=[common], help="tạo dữ liệu mẫu để dùng thử (một năm "
                                                      "làm việc của một công đoàn xã)")
    p.add_argument("--remove", action="store_true",
                   help="xóa dữ liệu mẫu (giữ nguyên dữ liệu cơ quan tự nhập)")
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
