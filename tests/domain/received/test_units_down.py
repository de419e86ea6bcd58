"""A units-down table (bảng tổng hợp: one row per CĐCS, indicators across under a merged
header) as a form: learnt from the blank template an office sends, then filled by a cluster
leader for several units, or by one unit for itself, and imported unit by unit."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from tests.domain.received.test_any_form import UNITS
from unionplanner.domain.received.register import list_values
from unionplanner.domain.received.session import import_paths
from unionplanner.domain.report_forms.learn import learn_form
from unionplanner.domain.report_forms.service import create_form
from unionplanner.domain.units.service import UnitFields, add_unit

#: the columns: (group, leaf) — the group merged over its leaves when it has several
HEADER = [("Số lao động (người)", None), ("Đoàn viên", "Tổng số"), ("Đoàn viên", "Nữ"),
          ("Đoàn viên", "Kết nạp mới"), ("Số tiền thăm hỏi (đồng)", None)]
#: the indicators learnt, each with the form column its figure is stored in (None: the one
#: figure of an indicator that is not split in two)
NAMES = [("Số lao động", "Tổng số"), ("Đoàn viên", "Tổng số"), ("Đoàn viên", "Nữ"),
         ("Kết nạp mới", "Tổng số"), ("Số tiền thăm hỏi", "Tổng số")]


def write_units_down(path: Path, rows: list[tuple[str, list[object]]], heading: str) -> Path:
    """The table as an office sends it (``rows`` blank) or as it comes back filled:
    STT | Tên công đoàn cơ sở | the columns of :data:`HEADER` | Ghi chú, a "Tổng cộng" row."""
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Tổng hợp"
    sheet["A1"] = "LIÊN ĐOÀN LAO ĐỘNG HUYỆN TUY PHƯỚC"
    sheet["A3"] = "BIỂU TỔNG HỢP TÌNH HÌNH ĐOÀN VIÊN CÁC CĐCS"
    sheet["A4"] = heading
    for cell in ("A3:H3", "A4:H4", "A6:A7", "B6:B7", "C6:C7", "D6:F6", "G6:G7", "H6:H7"):
        sheet.merge_cells(cell)
    sheet["A6"], sheet["B6"], sheet["H6"] = "STT", "Tên công đoàn cơ sở", "Ghi chú"
    for column, (group, leaf) in enumerate(HEADER, 3):
        if leaf is None:
            sheet.cell(6, column, group)
        else:
            sheet.cell(6, 4, group)
            sheet.cell(7, column, leaf)
    row = 8
    for number, (name, figures) in enumerate(rows, 1):
        sheet.cell(row, 1, number)
        sheet.cell(row, 2, name or None)
        for column, figure in enumerate(figures, 3):
            if figure is not None:
                sheet.cell(row, column, figure)
        row += 1
    sheet.cell(row, 2, "Tổng cộng")
    sheet.cell(row + 2, 2, "NGƯỜI LẬP BIỂU")
    sheet.cell(row + 2, 6, "TM. BAN THƯỜNG VỤ")
    book.save(path)
    return path


def test_a_units_down_template_is_learnt_as_one_indicator_per_column(tmp_path):
    draft = learn_form(write_units_down(tmp_path / "bieu.xlsx", [("", [])] * 5,
                                        "6 tháng đầu năm 2026"))
    assert [i.name for i in draft.indicators] == ["Số lao động", "Đoàn viên", "Kết nạp mới",
                                                  "Số tiền thăm hỏi"]
    assert [i.unit_of_measure for i in draft.indicators][::3] == ["người", "đồng"]
    assert draft.indicators[-1].kind == "money"
    assert [i.columns for i in draft.indicators] == [[0], [0, 1], [0], [0]]
    assert draft.shape.period_kinds == ["half-year"] and draft.shape.columns == ["Tổng số", "Nữ"]
    assert any("mỗi đơn vị một dòng" in note for note in draft.notes)


@pytest.fixture
def office(db, tmp_path):
    draft = learn_form(write_units_down(tmp_path / "bieu.xlsx", [("", [])] * 5,
                                        "6 tháng đầu năm 2026"))
    with db.transaction() as session:
        for code, name in UNITS:
            add_unit(session, UnitFields(code, name))
        form = create_form(session, "units-down", draft.title, draft.fields(), draft.source,
                           draft.shape)
    return form.id


def test_a_cluster_return_gives_each_unit_its_row_and_never_the_total(db, office, tmp_path):
    figures = {"CD01": [120, 80, 40, 5, 2_500_000], "CD02": [45, 40, 30, None, 800_000],
               "CD03": [300, 210, 150, 12, 0]}
    names = dict(UNITS)
    path = write_units_down(tmp_path / "cum 3.xlsx",
                            [(names[code], values) for code, values in figures.items()],
                            "6 tháng đầu năm 2026")
    result = import_paths(db, [path], office, None)
    assert result.period == "2026-H1"
    assert [p.status for p in result.plans] == ["imported"], \
        [x.text() for p in result.plans for x in p.analysis.all_problems()]
    with db.session() as session:
        stored = {(r["unit"], r["indicator"], r["column"]): r["value"]
                  for r in list_values(session, "2026-H1", office) if r["value"] is not None}
    # a blank cell of a unit's own figure is 0, as in the rows layout, and the file says so
    assert stored == {(code, *name): value or 0 for code, values in figures.items()
                      for name, value in zip(NAMES, values)}
    [plan] = result.plans
    assert any("để trống được tính là 0" in p.text() and "F9" in p.text()
               for p in plan.analysis.all_problems())


def test_one_unit_filling_its_own_row_is_its_report(db, office, tmp_path):
    path = write_units_down(tmp_path / "Hoa Binh.xlsx",
                            [(UNITS[1][1], [45, 40, 30, 2, 800_000])], "6 tháng đầu năm 2026")
    result = import_paths(db, [path], office, "2026-H1")
    assert [p.status for p in result.plans] == ["imported"]
    with db.session() as session:
        stored = {(r["unit"], r["indicator"], r["column"]): r["value"]
                  for r in list_values(session, "2026-H1", office)}
    assert stored == {("CD02", *name): value
                      for name, value in zip(NAMES, [45, 40, 30, 2, 800_000])}


def test_the_cli_learns_the_units_down_template_and_imports_the_cluster(capsys, tmp_path):
    """`forms import` then `reports import` on the command line, as an office would."""
    import json

    from tests.cli.test_cli import run

    db = str(tmp_path / "down.db")
    units = tmp_path / "units.xlsx"
    book = openpyxl.Workbook()
    book.active.append(["Mã", "Tên đơn vị"])
    for code, name in UNITS:
        book.active.append([code, name])
    book.save(units)
    assert run(capsys, "--db", db, "units", "import", str(units))[0] == 0
    template = write_units_down(tmp_path / "Biểu tổng hợp.xlsx", [("", [])] * 5,
                                "6 tháng đầu năm 2026")
    code, out, err = run(capsys, "--db", db, "--json", "forms", "import", str(template))
    assert code == 0, err
    form = json.loads(out)
    assert [i["name"] for i in form["indicators"]][:2] == ["Số lao động", "Đoàn viên"]
    cluster = write_units_down(tmp_path / "cum.xlsx", [(UNITS[0][1], [10, 8, 5, 1, 1000]),
                                                       (UNITS[3][1], [20, 9, 4, 0, 0])],
                               "6 tháng đầu năm 2026")
    code, out, err = run(capsys, "--db", db, "--json", "reports", "import", str(cluster),
                         "--form", str(form["id"]))
    assert code == 0, err
    result = json.loads(out)
    assert result["period"] == "2026-H1"
    assert sorted(result["files"][0]["units"]) == ["CD01", "CD04"]
