"""The command line: ``unionplanner [--db PATH_OR_URL] [--json] COMMAND ...``.

With no command it opens the window. Every command uses the same domain code as the window;
messages are Vietnamese; ``--json`` prints machine-readable output. Exit status: 0 done,
1 a problem the user can fix (message on stderr), 2 wrong arguments.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import sys

from unionplanner import __version__
from unionplanner.cli.output import emit
from unionplanner.core.errors import UserError


def cmd_self_test(args: argparse.Namespace) -> int:
    from unionplanner.ui.startup.selftest import run_self_test

    ok, reason = run_self_test()
    emit(args, {"ok": ok, "reason": reason}, ("OK: " if ok else "LỖI: ") + reason)
    return 0 if ok else 1


def build_parser() -> argparse.ArgumentParser:
    from unionplanner.cli.argparse_vi import install

    install()  # argparse's own words ("usage:", "options", errors) in Vietnamese
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--db", metavar="PATH_OR_URL", default=argparse.SUPPRESS,
                        help="tệp SQLite hoặc URL cơ sở dữ liệu (mặc định: thư mục dữ liệu)")
    common.add_argument("--json", action="store_true", default=argparse.SUPPRESS,
                        help="in kết quả dạng JSON")

    parser = argparse.ArgumentParser(
        prog="unionplanner", parents=[common],
        description="UnionPlanner — kế hoạch, theo dõi và tổng hợp báo cáo công đoàn. "
                    "Không có lệnh: mở cửa sổ chương trình.")
    parser.add_argument("--version", action="version", version=f"UnionPlanner {__version__}",
                        help="in số phiên bản rồi thoát")
    sub = parser.add_subparsers(dest="command", metavar="LỆNH")

    p = sub.add_parser("self-test", parents=[common],
                       help="kiểm tra bản cài đặt (cửa sổ, bản dịch, phông chữ, CSDL tạm)")
    p.set_defaults(func=cmd_self_test)

    from unionplanner.cli.database import add_database_commands
    from unionplanner.cli.plans import add_plan_commands
    from unionplanner.cli.received import add_received_commands
    from unionplanner.cli.report_forms import add_form_commands
    from unionplanner.cli.summary import add_summary_command
    from unionplanner.cli.tracking import add_tracking_commands
    from unionplanner.cli.units import add_unit_commands

    add_unit_commands(sub, common)
    add_form_commands(sub, common)
    add_received_commands(sub, common)
    add_plan_commands(sub, common)
    add_tracking_commands(sub, common)
    add_summary_command(sub, common)
    add_database_commands(sub, common)

    return parser


def _command_words(args: argparse.Namespace) -> list[str]:
    """The command's names ("reports import"), without its arguments (no file names or
    addresses in the log line that opens each run)."""
    words = [str(args.command)]
    for key, value in vars(args).items():
        if key.endswith("_command") and value:
            words.append(str(value))
    return words


def main(argv: list[str] | None = None) -> int:
    """Entry point of the ``unionplanner`` script; returns the exit status."""
    from unionplanner.core.paths import make_private

    make_private()
    for stream in (sys.stdout, sys.stderr):
        if hasattr(stream, "reconfigure"):
            with contextlib.suppress(ValueError, OSError):
                stream.reconfigure(encoding="utf-8")
    args = build_parser().parse_args(argv)
    args.db = getattr(args, "db", None)
    args.json = getattr(args, "json", False)
    if args.command is None:
        from unionplanner.app import run_gui

        return run_gui(args.db)
    from unionplanner.core import log

    log.setup_logging()
    log.log.info("command: %s", " ".join(_command_words(args)))
    try:
        return args.func(args)
    except UserError as exc:
        log.shown(exc.message, where="command line")
        if args.json:
            print(json.dumps({"error": exc.message, "details": exc.details},
                             ensure_ascii=False))
        print(f"Lỗi: {exc}", file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
