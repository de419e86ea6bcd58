"""The union's statistics form Mẫu 1-HĐCĐ (Quyết định 1454/QĐ-TLĐ) learnt from its blank
template: sections and groups that carry no value, indicators under others, the "Tổng số |
Nữ" columns with the "x" cells, the weighted average and its base, the half-year and year
periods — checked against ../shared/samples-mau1/truth.json — and stored, edited and listed."""

from __future__ import annotations

import json
import re

import pytest

from tests.conftest import SHARED
from unionplanner.core.errors import UserError
from unionplanner.domain.report_forms.kinds import IndicatorKind, guess_kind
from unionplanner.domain.report_forms.learn import learn_form
from unionplanner.domain.report_forms.outline import FEMALE, HEADING, INDICATOR, SUB, classify
from unionplanner.domain.report_forms.service import (
    FormShape,
    IndicatorFields,
    create_form,
    form_to_dict,
    get_form,
    update_form,
)

MAU1 = SHARED / "samples-mau1"


@pytest.fixture(scope="module")
def mau1():
    if not MAU1.is_dir():
        pytest.skip(f"shared samples not found at {MAU1}")
    truth = json.loads((MAU1 / "truth.json").read_text(encoding="utf-8"))
    return learn_form(MAU1 / "form.xlsx"), truth


def test_the_indicators_and_their_columns_are_those_of_the_form(mau1):
    draft, truth = mau1
    assert draft.title == "BÁO CÁO HOẠT ĐỘNG CÔNG ĐOÀN CƠ SỞ"
    assert draft.shape.columns == ["Tổng số", "Nữ"]
    assert draft.shape.period_kinds == ["half-year", "year"]
    assert len(draft.indicators) == len(truth["indicators"]) == 24
    for item, expected in zip(draft.indicators, truth["indicators"]):
        # the form's own wording, without the "+" or "a)" it prints in the TT column
        assert item.name == re.sub(r"^([+\-–]|[a-z]\))\s*", "", expected["name"])
        assert item.unit_of_measure == ("người" if expected["unit_of_measure"] == "“"
                                        else expected["unit_of_measure"])
        has_female = item.columns is None or 1 in item.columns
        assert has_female == expected["has_female_column"], item.name
        # a weighted average is money per person; everything else as the truth says
        kind = IndicatorKind.MONEY if item.kind == IndicatorKind.AVERAGE else item.kind
        assert kind == expected["kind"], item.name


def test_headings_carry_no_value_and_sub_rows_have_their_parent(mau1):
    draft, _truth = mau1
    sections = [h["text"] for h in draft.shape.headings if h["level"] == 1]
    assert sections == ["TÌNH HÌNH LAO ĐỘNG", "TỔ CHỨC CÔNG ĐOÀN VÀ ĐOÀN VIÊN",
                        "HOẠT ĐỘNG CỦA CÔNG ĐOÀN CƠ SỞ"]
    groups = [h for h in draft.shape.headings if h["level"] == 2]
    assert len(groups) == 11 and groups[0]["text"] == "Lao động"
    names = [i.name for i in draft.indicators]
    assert not any(h["text"] in names for h in draft.shape.headings)
    by_code = {i.code: i for i in draft.indicators}
    wage = next(i for i in draft.indicators if i.name.startswith("Tiền lương bình quân"))
    base = by_code[wage.base_code]
    assert wage.kind == IndicatorKind.AVERAGE and base.name == "Số người được tính"
    assert base.parent_code == wage.code and base.number == "+"
    members = next(i for i in draft.indicators if i.name == "Tổng số đoàn viên công đoàn")
    assert [(i.number, i.name) for i in draft.indicators if i.parent_code == members.code] == [
        ("a)", "Số đoàn viên kết nạp mới trong kỳ"), ("b)", "Số đoàn viên giảm trong kỳ")]
    assert all(i.kind != IndicatorKind.MONEY for i in draft.indicators
               if i.unit_of_measure == "người")


def test_a_learnt_statistics_form_is_stored_listed_and_edited_with_its_shape(db, mau1):
    draft, _truth = mau1
    with db.transaction() as session:
        form_id = create_form(session, "Mẫu 1-HĐCĐ", draft.title, draft.fields(),
                              draft.source, draft.shape).id
    with db.session() as session:
        data = form_to_dict(get_form(session, form_id))
    assert data["columns"] == ["Tổng số", "Nữ"] and data["period_kinds"] == ["half-year", "year"]
    assert len(data["headings"]) == 14 and data["headings"][0]["before"] == "CT01"
    wage = next(i for i in data["indicators"] if i["kind"] == IndicatorKind.AVERAGE)
    assert (wage["columns"], wage["base_code"]) == ([0], "CT04")
    items = [IndicatorFields(i["name"], i["unit_of_measure"], i["kind"], i["code"], i["number"],
                             i["parent_code"], i["columns"], i["base_code"])
             for i in data["indicators"]]
    items[0].name = "Tổng số lao động (người)"
    with db.transaction() as session:  # an edit without a shape keeps the form's shape
        update_form(session, form_id, "Mẫu 1-HĐCĐ", draft.title, items)
    with db.session() as session:
        again = form_to_dict(get_form(session, form_id))
    assert again["columns"] == ["Tổng số", "Nữ"] and again["headings"] == data["headings"]
    assert again["indicators"][0]["name"] == "Tổng số lao động (người)"
    items.insert(0, items.pop(3))  # "+ Số người được tính" moved above its parent: refused
    with db.transaction() as session, pytest.raises(UserError, match="thuộc về"):
        update_form(session, form_id, "Mẫu 1-HĐCĐ", draft.title, items)


def test_forms_made_before_keep_one_column_and_months(db):
    with db.transaction() as session:
        form_id = create_form(session, "Tháng Công nhân", "Biểu tổng hợp",
                              [IndicatorFields("Số đoàn viên kết nạp mới", "người", "count")]).id
    with db.session() as session:
        data = form_to_dict(get_form(session, form_id))
    assert (data["columns"], data["period_kinds"], data["headings"]) == ([], ["month"], [])
    assert FormShape() == FormShape([], ["month"], [])


@pytest.mark.parametrize("number, label, unit, kind, text", [
    ("I", "TÌNH HÌNH LAO ĐỘNG", "", HEADING, "TÌNH HÌNH LAO ĐỘNG"),
    ("", "A- SỐ LIỆU", "", HEADING, "SỐ LIỆU"),
    ("", "2.1. Nhà ở", "", HEADING, "Nhà ở"),
    (3.0, "Tiền lương bình quân tháng", "đồng", INDICATOR, "Tiền lương bình quân tháng"),
    ("", "1. Tổng số lao động", "người", INDICATOR, "Tổng số lao động"),  # TT typed in the text
    ("", "+ Số người được tính", "người", SUB, "Số người được tính"),
    ("", "b) Số đoàn viên giảm trong kỳ", "người", SUB, "Số đoàn viên giảm trong kỳ"),
    ("", "Trong đó: cán bộ chuyên trách", "người", SUB, "cán bộ chuyên trách"),
    ("", "- Trong đó: nữ", "người", FEMALE, "- Trong đó: nữ"),
    ("", "+ Nữ", "", FEMALE, "+ Nữ"),
    ("", "Số lao động thiếu việc làm", "người", INDICATOR, "Số lao động thiếu việc làm"),
])
def test_rows_are_told_apart_by_the_habits_of_the_forms(number, label, unit, kind, text):
    row = classify(number, label, unit)
    assert (row.kind, row.text) == (kind, text)


def test_words_ending_in_dong_are_not_money():
    assert guess_kind("TÌNH HÌNH LAO ĐỘNG", "") != IndicatorKind.MONEY
    assert guess_kind("Hoạt động của công đoàn cơ sở", "") != IndicatorKind.MONEY
    assert guess_kind("Tổng số tiền thăm hỏi", "") == IndicatorKind.MONEY
    assert guess_kind("Số ủy viên Ban Chấp hành", "người") == IndicatorKind.STOCK


def test_a_ready_to_fill_statistics_form_has_sections_columns_and_comes_back(db, mau1,
                                                                            tmp_path):
    """The generated form of Mẫu 1-HĐCĐ: the period and its cut-off, "Số lượng" over
    "Tổng số | Trong đó: Nữ", the sections, "x" where the Nữ figure does not apply; filled in
    and returned, each figure lands in its column by the hidden marker."""
    import openpyxl

    from unionplanner.domain.received.register import list_values
    from unionplanner.domain.received.session import import_paths
    from unionplanner.domain.report_forms.generate import generate_forms
    from unionplanner.domain.units.excel import import_units

    draft, _truth = mau1
    with db.transaction() as session:
        import_units(session, MAU1 / "units.xlsx")
        form_id = create_form(session, "Mẫu 1-HĐCĐ", draft.title, draft.fields(),
                              draft.source, draft.shape).id
    with db.session() as session:
        [path] = generate_forms(session, form_id, "2025-H1", tmp_path, unit_codes=["HC019"])
    book = openpyxl.load_workbook(path)
    sheet = book.worksheets[0]
    texts = [[c for c in row] for row in sheet.iter_rows(values_only=True)]
    flat = [str(c) for row in texts for c in row if c is not None]
    assert "Kỳ báo cáo: 6 tháng đầu năm 2025 (Số liệu tính đến ngày 31/5/2025)" in flat
    assert {"Số lượng", "Tổng số", "Trong đó: Nữ", "TÌNH HÌNH LAO ĐỘNG"} <= set(flat)
    rows = {row[1]: row[2] for row in book["_unionplanner"].iter_rows(values_only=True)
            if row[0] == "indicator"}
    wage = next(i for i in draft.indicators if i.kind == IndicatorKind.AVERAGE)
    assert sheet.cell(rows[wage.code], 5).value == "x"  # no Nữ figure for the average wage
    first = draft.indicators[0]  # Tổng số lao động: both columns
    sheet.cell(rows[first.code], 4).value = 120
    sheet.cell(rows[first.code], 5).value = 70
    sheet.cell(rows[wage.code], 4).value = 9_000_000
    book.save(path)
    result = import_paths(db, [path], form_id, "2025-H1")
    assert [p.status for p in result.plans] == ["imported"]
    with db.session() as session:
        values = {(v["code"], v["column"]): v["value"]
                  for v in list_values(session, "2025-H1", form_id)}
    assert values[(first.code, "Tổng số")] == 120 and values[(first.code, "Nữ")] == 70
    assert values[(wage.code, "Tổng số")] == 9_000_000 and (wage.code, "Nữ") not in values
