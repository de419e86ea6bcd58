"""The ``unionplanner units …`` commands: ``units import FILE``, ``units list [--active]
[--sector CODE] [--search TEXT] [--json]``."""

from __future__ import annotations

import argparse
from pathlib import Path

from unionplanner.cli.output import emit, open_db
from unionplanner.core.errors import UserError


def cmd_units_import(args: argparse.Namespace) -> int:
    from unionplanner.domain.units.excel import import_units

    with open_db(args) as db, db.transaction() as session:
        result = import_units(session, Path(args.file))
    lines = [f"Đã nhập danh sách đơn vị từ {args.file}: thêm {result.added}, cập nhật "
             f"{result.updated}, không đổi {result.unchanged}."]
    if result.not_in_file:
        lines.append(f"{len(result.not_in_file)} đơn vị đang có không nằm trong tệp (giữ "
                     "nguyên): " + ", ".join(result.not_in_file))
    lines += [f"Lưu ý: {w}" for w in result.warnings]
    emit(args, result.to_dict(), "\n".join(lines))
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
    with open_db(args) as db, db.session() as session:
        units = list_units(session, search=args.search or "", sector=sector,
                           include_ended=not args.active)
        rows = [unit_to_dict(u) for u in units]
    text = "\n".join(
        f"{r['code']:<8} {r['name']:<60} {r['sector_label']:<40} "
        f"{r['members'] if r['members'] is not None else '':>6} "
        f"{r['workers'] if r['workers'] is not None else '':>6}"
        f"{'' if r['active'] else '  (đã kết thúc)'}"
        for r in rows) or "Chưa có đơn vị nào."
    emit(args, rows, text)
    return 0


def add_unit_commands(sub, common: argparse.ArgumentParser) -> None:
    """Register these commands on the main parser's subcommands."""
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
