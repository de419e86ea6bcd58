"""Every workbook the app writes keeps formula-like text as text (a unit or indicator named
"=HYPERLINK(…)" never becomes a live formula), and the XML the reader parses never expands
entities."""

from __future__ import annotations

import json
import zipfile

from unionplanner.cli import main

EVIL = '=HYPERLINK("http://example.invalid","Bấm vào đây")'


def _formulas(path) -> list[str]:
    with zipfile.ZipFile(path) as archive:
        return [name for name in archive.namelist() if name.startswith("xl/worksheets/")
                and (b"<f>" in archive.read(name) or b"<f " in archive.read(name))]


def test_generated_forms_and_summaries_write_formula_text_as_text(db, tmp_path, capsys):
    from openpyxl import load_workbook

    from unionplanner.domain.report_forms.generate import generate_forms
    from unionplanner.domain.report_forms.service import IndicatorFields, create_form
    from unionplanner.domain.units.service import UnitFields, add_unit

    with db.transaction() as session:
        add_unit(session, UnitFields("=1+1", EVIL))
        form = create_form(session, "+Mẫu", "@Tiêu đề", [
            IndicatorFields(EVIL, "người", "count"), IndicatorFields("-Số cuộc", "cuộc", "count")])
        form_id = form.id
        paths = generate_forms(session, form_id, "2026-03", tmp_path / "forms")
    assert _formulas(paths[0]) == []
    sheet = load_workbook(paths[0]).active
    assert sheet["B8"].value == EVIL and sheet["B8"].data_type == "s"

    out = tmp_path / "tong hop.xlsx"
    assert main(["--db", db.url, "summary", "--form", str(form_id), "--period", "2026-03",
                 "--xlsx", str(out), "--json"]) == 0
    json.loads(capsys.readouterr().out)
    assert _formulas(out) == []
    book = load_workbook(out)
    texts = [c.value for ws in book.worksheets for row in ws.iter_rows() for c in row
             if isinstance(c.value, str) and c.value.startswith(("=", "+", "-", "@"))]
    assert EVIL in texts


def test_entity_declarations_in_a_workbook_are_never_expanded(tmp_path):
    """A billion-laughs workbook.xml: refused or read without expanding (defusedxml), fast."""
    from openpyxl import Workbook

    from unionplanner.domain.sheets.workbook import BadFile, read_book

    source = tmp_path / "src.xlsx"
    book = Workbook()
    book.active["A1"] = "Kết nạp đoàn viên"
    book.active["B1"] = 5
    book.save(source)
    bomb = (b'<!DOCTYPE x [<!ENTITY a "' + b"A" * 50 + b'">'
            + b"".join(b'<!ENTITY %s "%s">' % (bytes([98 + i]), (b"&" + bytes([97 + i]) + b";")
                                               * 10) for i in range(9)) + b"]>")
    target = tmp_path / "bom.xlsx"
    with zipfile.ZipFile(source) as src, zipfile.ZipFile(target, "w") as dst:
        for info in src.infolist():
            data = src.read(info)
            if info.filename == "xl/workbook.xml":
                data = data.replace(b"?>", b"?>" + bomb, 1).replace(b'name="Sheet"',
                                                                       b'name="&j;"')
            dst.writestr(info, data)
    try:
        book = read_book(target)
    except BadFile:
        return
    assert all(len(sheet.name) < 1000 for sheet in book.sheets)
