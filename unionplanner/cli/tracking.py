"""The ``unionplanner activities …`` and ``progress`` commands (see :mod:`unionplanner.cli`):

- ``activities list --plan ID [--json]``: id, title, months, department, states {month: state};
- ``activities tick ACTIVITY_ID --month YYYY-MM --status STATE [--note TEXT]``;
- ``activities attach ACTIVITY_ID --month YYYY-MM FILE_OR_LINK…``: evidence for that month
  (the month is ticked "done" first when it has no mark yet);
- ``activities overdue --as-of YYYY-MM-DD [--plan ID] [--json]``;
- ``progress --plan ID --month YYYY-MM --pdf OUT [--xlsx OUT]``.
"""

from __future__ import annotations

import argparse
import datetime as dt

from unionplanner.cli.output import emit, open_db, write_outputs
from unionplanner.core.errors import UserError


def cmd_list(args: argparse.Namespace) -> int:
    from unionplanner.domain.tracking.service import activity_rows

    with open_db(args) as db, db.session() as session:
        from unionplanner.domain.plans.service import get_plan

        get_plan(session, args.plan)
        rows = activity_rows(session, [args.plan])
    data = [{"id": r.id, "title": r.title, "months": r.months, "department": r.lead or None,
             "section": r.section or None, "states": r.checks} for r in rows]
    text = "\n".join(f"{r.id:>5}  {', '.join(r.months):<24} {r.title}" for r in rows) \
        or "Kế hoạch không có hoạt động nào."
    emit(args, data, text)
    return 0


def cmd_tick(args: argparse.Namespace) -> int:
    from unionplanner.domain.tracking.service import STATES, set_check

    with open_db(args) as db, db.transaction() as session:
        check = set_check(session, args.activity, args.month, args.status, note=args.note)
        data = {"activity_id": args.activity, "month": check.month, "status": check.status,
                "note": check.note, "reason": check.reason,
                "done_on": check.done_on.isoformat() if check.done_on else None}
    emit(args, data, f"Hoạt động {args.activity}, tháng {args.month}: "
                             f"{STATES[args.status]}.")
    return 0


def cmd_attach(args: argparse.Namespace) -> int:
    from unionplanner.domain.tracking.service import DONE, add_evidence, get_check, set_check

    with open_db(args) as db, db.transaction() as session:
        check = get_check(session, args.activity, args.month) or set_check(
            session, args.activity, args.month, DONE)
        added = [add_evidence(session, check.id, source, db.files_dir)
                 for source in args.sources]
        data = [{"kind": e.kind, "name": e.name, "location": e.location} for e in added]
    emit(args, data, f"Hoạt động {args.activity}, tháng {args.month}: đã đính kèm "
                     + ", ".join(e["name"] for e in data) + ".")
    return 0


def cmd_overdue(args: argparse.Namespace) -> int:
    from unionplanner.domain.tracking.service import overdue

    try:
        as_of = dt.date.fromisoformat(args.as_of) if args.as_of else dt.date.today()
    except ValueError:
        raise UserError(f"Ngày \"{args.as_of}\" không hợp lệ: hãy viết năm-tháng-ngày, ví dụ "
                        "2024-06-01.") from None
    with open_db(args) as db, db.session() as session:
        late = overdue(session, as_of, [args.plan] if args.plan else None)
    data = [{"activity_id": x.activity_id, "plan_id": x.plan_id, "plan": x.plan,
             "title": x.title, "department": x.department, "month": x.month,
             "status": x.status} for x in late]
    text = "\n".join(f"{x.month}  {x.activity_id:>5}  {x.title}  ({x.department})"
                     for x in late) or f"Không có hoạt động trễ hạn tính đến {as_of:%d/%m/%Y}."
    emit(args, data, text)
    return 0


def cmd_progress(args: argparse.Namespace) -> int:
    from unionplanner.domain.tracking.progress import (
        progress_report,
        write_progress_pdf,
        write_progress_xlsx,
    )

    if not args.pdf and not args.xlsx:
        raise UserError("Hãy cho biết tệp cần xuất: --pdf TỆP và/hoặc --xlsx TỆP.")
    with open_db(args) as db, db.session() as session:
        report = progress_report(session, args.plan, args.month)
    written = write_outputs(report, [(args.pdf, write_progress_pdf),
                                            (args.xlsx, write_progress_xlsx)])
    total = report.total
    emit(args, {"files": written, "activities": len(report.lines), "due": total.due,
                        "done": total.done, "late": total.late},
                 f"Đã xuất: {', '.join(written)} ({len(report.lines)} hoạt động đến hạn, "
                 f"hoàn thành {total.done}/{total.due}, trễ {total.late}).")
    return 0


def add_tracking_commands(sub, common: argparse.ArgumentParser) -> None:
    """Register ``activities …`` and ``progress`` on the main parser's subcommands."""
    from unionplanner.domain.tracking.states import STATES

    activities = sub.add_parser("activities", parents=[common], help="theo dõi hoạt động")
    activities_sub = activities.add_subparsers(dest="activities_command", metavar="LỆNH",
                                               required=True)
    p = activities_sub.add_parser("list", parents=[common], help="các hoạt động của kế hoạch")
    p.add_argument("--plan", type=int, required=True, metavar="SỐ")
    p.set_defaults(func=cmd_list)
    p = activities_sub.add_parser("tick", parents=[common],
                                  help="đánh dấu tình trạng một hoạt động trong một tháng")
    p.add_argument("activity", type=int, metavar="SỐ_HOẠT_ĐỘNG")
    p.add_argument("--month", required=True, metavar="NĂM-THÁNG")
    p.add_argument("--status", required=True, choices=list(STATES))
    p.add_argument("--note", metavar="GHI_CHÚ")
    p.set_defaults(func=cmd_tick)
    p = activities_sub.add_parser("attach", parents=[common],
                                  help="đính kèm minh chứng (tệp hoặc liên kết) cho một tháng")
    p.add_argument("activity", type=int, metavar="SỐ_HOẠT_ĐỘNG")
    p.add_argument("--month", required=True, metavar="NĂM-THÁNG")
    p.add_argument("sources", nargs="+", metavar="TỆP_HOẶC_LIÊN_KẾT")
    p.set_defaults(func=cmd_attach)
    p = activities_sub.add_parser("overdue", parents=[common], help="các hoạt động trễ hạn")
    p.add_argument("--as-of", metavar="NĂM-THÁNG-NGÀY", help="mặc định: hôm nay")
    p.add_argument("--plan", type=int, metavar="SỐ")
    p.set_defaults(func=cmd_overdue)
    p = sub.add_parser("progress", parents=[common], help="báo cáo tiến độ thực hiện kế hoạch")
    p.add_argument("--plan", type=int, required=True, metavar="SỐ")
    p.add_argument("--month", required=True, metavar="NĂM-THÁNG")
    p.add_argument("--pdf", metavar="TỆP")
    p.add_argument("--xlsx", metavar="TỆP")
    p.set_defaults(func=cmd_progress)
