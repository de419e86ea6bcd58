"""The ``unionplanner summary`` command (see :mod:`unionplanner.cli`):
``summary --form ID --period YYYY-MM [--to YYYY-MM] [--plan ID] [--compare previous|last_year]
[--pdf OUT] [--xlsx OUT] [--docx OUT] [--mau2-pdf OUT] [--json]``."""

from __future__ import annotations

import argparse

from unionplanner.cli.output import PERIOD_HELP, emit, open_db, write_outputs


def cmd_summary(args: argparse.Namespace) -> int:
    from unionplanner.domain.summary.export import (
        write_summary_docx,
        write_summary_pdf,
        write_summary_xlsx,
    )
    from unionplanner.domain.summary.mau2 import write_mau2_pdf
    from unionplanner.domain.summary.report import build_report, report_json

    with open_db(args) as db, db.session() as session:
        report = build_report(session, args.form, args.period, last=args.to,
                              plan_id=args.plan, compare=args.compare)
    written = write_outputs(report, [(args.pdf, write_summary_pdf),
                                     (args.xlsx, write_summary_xlsx),
                                     (args.docx, write_summary_docx),
                                     (args.mau2_pdf, write_mau2_pdf)])
    data = report_json(report)
    data["files"] = written
    c = report.summary.completeness
    text = (f"{c.reported}/{c.expected} CĐCS đã báo cáo {report.period_text}; "
            f"{len(report.summary.indicators)} chỉ tiêu báo cáo, {len(report.targets)} chỉ tiêu "
            "kế hoạch." + (" Đã xuất: " + ", ".join(written) if written else ""))
    emit(args, data, text)
    return 0


def add_summary_command(sub, common: argparse.ArgumentParser) -> None:
    """Register ``summary`` on the main parser's subcommands."""
    p = sub.add_parser("summary", parents=[common],
                       help="tổng hợp báo cáo của CĐCS, so với chỉ tiêu kế hoạch")
    p.add_argument("--form", type=int, required=True, metavar="SỐ")
    p.add_argument("--period", required=True, metavar="KỲ", help=PERIOD_HELP)
    p.add_argument("--to", metavar="KỲ", help="đến kỳ (tổng hợp nhiều kỳ cùng loại)")
    p.add_argument("--plan", type=int, metavar="SỐ", help="kế hoạch có các chỉ tiêu cần đánh giá")
    p.add_argument("--compare", choices=["previous", "last_year"],
                   help="so sánh với kỳ trước hoặc cùng kỳ năm trước")
    p.add_argument("--pdf", metavar="TỆP")
    p.add_argument("--xlsx", metavar="TỆP")
    p.add_argument("--docx", metavar="TỆP")
    p.add_argument("--mau2-pdf", metavar="TỆP",
                   help="số liệu của đơn vị theo Mẫu số 2-HĐCĐ (QĐ 1454/QĐ-TLĐ), để gửi cấp trên")
    p.set_defaults(func=cmd_summary)
