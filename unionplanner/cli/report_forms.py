"""The ``unionplanner forms …`` commands: ``forms import FILE|FORM.json [--name N]``,
``forms export ID [--out FORM.json]``, ``forms list``,
``forms generate --form ID --period YYYY-MM --out FOLDER [--unit CODE]…``."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from unionplanner.cli.output import PERIOD_HELP, emit, open_db


def cmd_forms_import(args: argparse.Namespace) -> int:
    from unionplanner.domain.report_forms.service import create_form, form_to_dict

    path = Path(args.file)
    if path.suffix.lower() == ".json":  # a definition another office exported
        from unionplanner.domain.report_forms.exchange import read_definition

        name, title, fields, shape = read_definition(path)
        notes: list[str] = []
    else:
        from unionplanner.domain.report_forms.learn import learn_form

        draft = learn_form(path)
        name, title, fields, shape, notes = (path.stem, draft.title, draft.fields(),
                                             draft.shape, draft.notes)
    with open_db(args) as db, db.transaction() as session:
        form = create_form(session, args.name or name, title, fields, path.name, shape)
        data = form_to_dict(form)
    lines = [f"Đã tạo mẫu báo cáo số {data['id']} \"{data['name']}\" với "
             f"{len(data['indicators'])} chỉ tiêu:"]
    names = {i["code"]: str(i["position"]) for i in data["indicators"]}
    lines += [f"  {i['position']:>2}. {i['name']} ({i['unit_of_measure'] or '-'}, {i['kind']})"
              + (f" = tổng các dòng {', '.join(names.get(c, c) for c in total)}"
                 if (total := i["total_of"]) else "")
              for i in data["indicators"]]
    lines += [f"Lưu ý: {note}" for note in notes]
    data["notes"] = list(notes)
    if args.json:
        emit(args, data, "")
    else:
        # the id alone on standard output (for scripts: ID=$(unionplanner forms import ...)),
        # the details for people on standard error
        print(data["id"])
        print("\n".join(lines), file=sys.stderr)
    return 0


def cmd_forms_export(args: argparse.Namespace) -> int:
    import json

    from unionplanner.domain.report_forms.exchange import form_definition
    from unionplanner.domain.report_forms.service import get_form

    with open_db(args) as db, db.session() as session:
        data = form_definition(get_form(session, args.form))
    text = json.dumps(data, ensure_ascii=False, indent=1)
    if args.out:
        Path(args.out).write_text(text + "\n", encoding="utf-8")
        print(f"Đã ghi mẫu \"{data['name']}\" vào {args.out}. Gửi tệp này cho văn phòng "
              "khác để họ nhập bằng lệnh \"unionplanner forms import\".", file=sys.stderr)
    else:
        print(text)
    return 0


def cmd_forms_list(args: argparse.Namespace) -> int:
    from unionplanner.domain.report_forms.service import form_to_dict, list_forms

    with open_db(args) as db, db.session() as session:
        data = [form_to_dict(f) for f in list_forms(session)]
    text = "\n".join(f"{f['id']:>3}  {f['name']} (phiên bản {f['version']}, "
                     f"{len(f['indicators'])} chỉ tiêu)" for f in data) \
        or "Chưa có mẫu báo cáo nào."
    emit(args, data, text)
    return 0


def cmd_forms_generate(args: argparse.Namespace) -> int:
    from unionplanner.domain.report_forms.generate import generate_forms

    with open_db(args) as db, db.session() as session:
        written = generate_forms(session, args.form, args.period, Path(args.out),
                                 unit_codes=args.unit or None)
    emit(args, {"files": [str(p) for p in written]},
          f"Đã tạo {len(written)} biểu mẫu trong {args.out}.")
    return 0


def add_form_commands(sub, common: argparse.ArgumentParser) -> None:
    """Register these commands on the main parser's subcommands."""
    forms = sub.add_parser("forms", parents=[common], help="mẫu báo cáo")
    forms_sub = forms.add_subparsers(dest="forms_command", metavar="LỆNH", required=True)
    p = forms_sub.add_parser("import", parents=[common],
                             help="tạo mẫu báo cáo từ biểu mẫu Excel để trống, hoặc từ tệp "
                                  ".json xuất từ văn phòng khác")
    p.add_argument("file", metavar="TỆP")
    p.add_argument("--name", help="tên mẫu (mặc định: tên tệp)")
    p.set_defaults(func=cmd_forms_import)
    p = forms_sub.add_parser("export", parents=[common],
                             help="xuất mẫu báo cáo ra tệp .json để gửi văn phòng khác")
    p.add_argument("form", type=int, metavar="SỐ")
    p.add_argument("--out", metavar="TỆP", help="ghi vào tệp này (mặc định: in ra màn hình)")
    p.set_defaults(func=cmd_forms_export)
    p = forms_sub.add_parser("list", parents=[common], help="liệt kê mẫu báo cáo")
    p.set_defaults(func=cmd_forms_list)
    p = forms_sub.add_parser("generate", parents=[common],
                             help="tạo biểu mẫu Excel điền sẵn cho từng đơn vị để gửi xuống")
    p.add_argument("--form", type=int, required=True, metavar="SỐ")
    p.add_argument("--period", required=True, metavar="KỲ", help=PERIOD_HELP)
    p.add_argument("--out", required=True, metavar="THƯ_MỤC")
    p.add_argument("--unit", action="append", metavar="MÃ", help="chỉ đơn vị này (lặp lại được)")
    p.set_defaults(func=cmd_forms_generate)
