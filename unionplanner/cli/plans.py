"""The ``unionplanner plans …`` commands (see :mod:`unionplanner.cli`):

- ``plans templates [--json]``: the templates ({name, title});
- ``plans new --template NAME --year YYYY [--json]``: a new draft ({id, number, …});
- ``plans list [--year YYYY] [--search TEXT] [--all] [--json]``;
- ``plans show ID [--revision N] [--json]``: the plan as ``import-doc`` prints a draft;
- ``plans export ID --pdf OUT [--docx OUT] [--revision N]``;
- ``plans import-doc FILE [--save] [--json]``: read a plan document into a draft (nothing is
  stored unless ``--save``, which keeps it as a parent body's plan and prints its id);
- ``plans implement ID [--json]``: the office's draft implementing stored plan ID;
- ``plans status ID draft|issued|closed``.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from unionplanner.cli.output import emit, open_db, write_outputs
from unionplanner.core.errors import UserError
from unionplanner.domain.plans.document import PlanStatus


def cmd_templates(args: argparse.Namespace) -> int:
    from unionplanner.domain.plans.service import list_templates
    from unionplanner.domain.plans.templates import TEMPLATES

    data = [{"name": t.name, "title": t.label, "builtin": True} for t in TEMPLATES.values()]
    with open_db(args) as db, db.session() as session:
        data += [{"name": t.name, "title": t.title, "builtin": False}
                 for t in list_templates(session)]
    emit(args, data, "\n".join(f"{t['name']:<18} {t['title']}" for t in data))
    return 0


def cmd_new(args: argparse.Namespace) -> int:
    from unionplanner.domain.plans.drafting import new_from_template
    from unionplanner.domain.plans.service import plan_summary

    with open_db(args) as db, db.transaction() as session:
        data = plan_summary(new_from_template(session, args.template, args.year))
    emit(args, data, f"Đã tạo kế hoạch số {data['id']}: {data['title']} "
                      f"({data['activities']} hoạt động).")
    return 0


def cmd_list(args: argparse.Namespace) -> int:
    from unionplanner.domain.plans.service import list_plans, plan_summary

    with open_db(args) as db, db.session() as session:
        data = [plan_summary(p) for p in list_plans(
            session, year=args.year, search=args.search or "",
            origin=None if args.all else "own")]
    text = "\n".join(f"{p['id']:>4}  {p['year'] or '':<5} "
                     f"{(str(p['number']).zfill(2) + '/' + p['symbol']) if p['number'] else '':<14}"
                     f" {p['status']:<7} {p['title']}" for p in data) or "Chưa có kế hoạch nào."
    emit(args, data, text)
    return 0


def _document(session, args):
    from unionplanner.domain.plans.service import get_plan, load_document, revision_document

    if getattr(args, "revision", None):
        return revision_document(session, args.id, args.revision)
    return load_document(get_plan(session, args.id))


def cmd_show(args: argparse.Namespace) -> int:
    from unionplanner.domain.plans.extract import draft_json

    with open_db(args) as db, db.session() as session:
        data = draft_json(_document(session, args))
    data["id"] = args.id
    emit(args, data, f"{data['doc_type']} {data['title']}")
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    from unionplanner.domain.plans.export import export_docx, export_pdf

    if not args.pdf and not args.docx:
        raise UserError("Hãy cho biết tệp cần xuất: --pdf TỆP và/hoặc --docx TỆP.")
    with open_db(args) as db, db.session() as session:
        doc = _document(session, args)
    written = write_outputs(doc, [(args.pdf, export_pdf), (args.docx, export_docx)])
    emit(args, {"files": written}, "Đã xuất: " + ", ".join(written))
    return 0


def cmd_import_doc(args: argparse.Namespace) -> int:
    from unionplanner.domain.plans.extract import read_plan
    from unionplanner.domain.plans.service import PARENT, create_plan

    extraction = read_plan(Path(args.file))
    data = extraction.to_json()
    if args.save:
        with open_db(args) as db, db.transaction() as session:
            plan = create_plan(session, extraction.document, origin=PARENT,
                               source_file=Path(args.file).name)
            data["id"] = plan.id
    text = (f"{data['doc_type']} {('số ' + str(data['number'])) if data['number'] else ''} "
            f"{data['title']}\n{len(data['activities'])} hoạt động, {len(data['targets'])} chỉ "
            f"tiêu, {len(data['deadlines'])} thời hạn"
            + (f"; đã lưu với số {data['id']}." if args.save else " (chưa lưu: thêm --save)."))
    emit(args, data, text)
    return 0


def cmd_implement(args: argparse.Namespace) -> int:
    from unionplanner.domain.plans.drafting import implement_plan
    from unionplanner.domain.plans.service import plan_summary

    with open_db(args) as db, db.transaction() as session:
        data = plan_summary(implement_plan(session, args.id))
    emit(args, data, f"Đã tạo kế hoạch số {data['id']} triển khai kế hoạch {args.id}.")
    return 0


def cmd_status(args: argparse.Namespace) -> int:
    from unionplanner.domain.plans.service import plan_summary, set_status

    with open_db(args) as db, db.transaction() as session:
        data = plan_summary(set_status(session, args.id, args.status))
    emit(args, data, f"Kế hoạch {args.id}: {data['status']}.")
    return 0


def add_plan_commands(sub, common: argparse.ArgumentParser) -> None:
    """Register ``plans …`` on the main parser's subcommands."""
    plans = sub.add_parser("plans", parents=[common], help="kế hoạch")
    plans_sub = plans.add_subparsers(dest="plans_command", metavar="LỆNH", required=True)
    p = plans_sub.add_parser("templates", parents=[common], help="các mẫu kế hoạch")
    p.set_defaults(func=cmd_templates)
    p = plans_sub.add_parser("new", parents=[common], help="tạo kế hoạch từ mẫu")
    p.add_argument("--template", required=True, metavar="TÊN_MẪU")
    p.add_argument("--year", type=int, required=True, metavar="NĂM")
    p.set_defaults(func=cmd_new)
    p = plans_sub.add_parser("list", parents=[common], help="liệt kê kế hoạch")
    p.add_argument("--year", type=int, metavar="NĂM")
    p.add_argument("--search", metavar="CHỮ")
    p.add_argument("--all", action="store_true", help="cả kế hoạch của cấp trên đã lưu")
    p.set_defaults(func=cmd_list)
    for name, func, text in (("show", cmd_show, "xem một kế hoạch"),
                             ("export", cmd_export, "in kế hoạch ra PDF/Word")):
        p = plans_sub.add_parser(name, parents=[common], help=text)
        p.add_argument("id", type=int, metavar="SỐ")
        p.add_argument("--revision", type=int, metavar="LẦN", help="một lần điều chỉnh cũ")
        if name == "export":
            p.add_argument("--pdf", metavar="TỆP")
            p.add_argument("--docx", metavar="TỆP")
        p.set_defaults(func=func)
    p = plans_sub.add_parser("import-doc", parents=[common],
                             help="đọc văn bản kế hoạch (.docx, .pdf, .txt, .doc)")
    p.add_argument("file", metavar="TỆP")
    p.add_argument("--save", action="store_true", help="lưu làm kế hoạch của cấp trên")
    p.set_defaults(func=cmd_import_doc)
    p = plans_sub.add_parser("implement", parents=[common],
                             help="tạo kế hoạch triển khai một kế hoạch cấp trên đã lưu")
    p.add_argument("id", type=int, metavar="SỐ")
    p.set_defaults(func=cmd_implement)
    p = plans_sub.add_parser("status", parents=[common], help="đổi trạng thái kế hoạch")
    p.add_argument("id", type=int, metavar="SỐ")
    p.add_argument("status", choices=list(PlanStatus))
    p.set_defaults(func=cmd_status)
