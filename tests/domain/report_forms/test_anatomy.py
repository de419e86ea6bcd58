"""The anatomy of any statistics table: real forms of several shapes (tests/domain/
report_forms/corpus.py) and generated ones, rendered as the templates offices send (merged
header cells, or a retyped copy whose merges were lost), read back and compared with what the
form says."""

from __future__ import annotations

import re
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from tests.domain.report_forms.corpus import CORPUS, FINANCE_B14, STAFF
from tests.domain.report_forms.generated import generated_form as _form
from tests.forms import FormCase, Line, write_template
from unionplanner.domain.report_forms.anatomy import (
    Anatomy,
    Aspect,
    ColumnRole,
    RowRole,
    read_anatomy,
    scale_of,
    short_names,
)
from unionplanner.domain.sheets.workbook import read_book


def _anatomy(case: FormCase, folder: Path, merges: bool = True) -> Anatomy:
    path = write_template(case, folder / f"{case.name}-{merges}.xlsx", merges=merges)
    sheet = read_book(path).visible_sheets[0]
    anatomy = read_anatomy(sheet)
    assert anatomy is not None, case.name
    return anatomy


def _check(case: FormCase, anatomy: Anatomy) -> None:
    """Everything the case says about its columns and rows, as read."""
    leaves = case.leaves
    assert [c.role.value for c in anatomy.columns] == [leaf.role for _p, leaf in leaves]
    assert [c.path for c in anatomy.value_columns] == case.value_paths
    for column, (_path, leaf) in zip(anatomy.value_columns,
                                     [x for x in leaves if x[1].role == "value"]):
        if leaf.aspect is not None:
            assert column.aspect == leaf.aspect, column.path
        if leaf.year is not None:
            assert column.year == leaf.year
    assert [r.role.value for r in anatomy.rows] == [line.role for line in case.lines]
    assert [r.label for r in anatomy.rows] == [_read_label(line) for line in case.lines]
    by_index = {r.index: position for position, r in enumerate(anatomy.rows)}
    for row, line in zip(anatomy.rows, case.lines):
        if line.role == "total":
            assert [by_index[i] for i in row.total_of] == line.sums, row.label
        if line.code:
            assert row.code == line.code
    assert anatomy.scale == case.scale
    names = list(anatomy.names().values())
    assert len({n.lower() for n in names}) == len(names)  # every value column told apart


def _read_label(line: Line) -> str:
    """A row's label as read: without the number typed into a heading ("I. Tình hình lao
    động") or the mark of a line ("+ Số người được tính")."""
    if line.role in ("total", "female"):
        return line.label
    return re.sub(r"^(?:[IVX]+|\d+)\.\s+|^[+\-]\s+", "", line.label)


@pytest.mark.parametrize("case", CORPUS, ids=lambda c: c.name)
@pytest.mark.parametrize("merges", [True, False], ids=["merged", "retyped"])
def test_real_forms_are_read_whole(case, merges, tmp_path):
    _check(case, _anatomy(case, tmp_path, merges))


def test_the_finance_form_keeps_its_codes_out_of_the_figures_and_its_figures_above(tmp_path):
    anatomy = _anatomy(FINANCE_B14, tmp_path)
    code = anatomy.column(ColumnRole.CODE)
    assert code is not None and code.path == ("Mã số",)
    assert [c.aspect for c in anatomy.value_columns] == [Aspect.ESTIMATE, Aspect.BUDGET,
                                                         Aspect.UPPER]
    assert anatomy.value_columns[0].when == "previous"
    assert (anatomy.unit, anatomy.scale) == ("đồng", 1000)
    assert [(f.label, f.unit) for f in anatomy.outside] == FINANCE_B14.outside
    heading = next(r for r in anatomy.rows if r.label == "Kinh phí dự phòng")
    assert heading.role == RowRole.INDICATOR and heading.code == "38"


def test_repeated_leaf_names_are_told_apart_by_their_path(tmp_path):
    anatomy = _anatomy(STAFF, tmp_path)
    names = anatomy.names()
    by_path = {c.path: names[c.index] for c in anatomy.value_columns}
    assert by_path[("Tổng số",)] == "Tổng số"
    assert by_path[("Trình độ chuyên môn", "Đại học", "Nữ")] == "Đại học › Nữ"
    assert by_path[("Độ tuổi", "Trên 50", "Nữ")] == "Trên 50 › Nữ"
    assert by_path[("Trong đó", "Nữ")] == "Trong đó › Nữ"
    assert len(anatomy.value_columns) == 1 + 3 + 10 + 3 + 4


@pytest.mark.parametrize(("text", "expected"), [
    ("Đơn vị tính: đồng", ("đồng", 1)), ("ĐVT: 1.000 đồng", ("đồng", 1000)),
    ("(Đơn vị: triệu đồng)", ("đồng", 10**6)), ("Số tiền (nghìn đồng)", ("đồng", 1000)),
    ("ĐVT: 1000đ", ("đồng", 1000)), ("Số người", None), ("Đồng chí", None),
])
def test_money_units_and_scales(text, expected):
    assert scale_of(text) == expected


def test_short_names_take_the_shortest_telling_tail():
    names = short_names({1: ("A", "Nữ"), 2: ("B", "Nữ"), 3: ("C",), 4: ("D", "X", "Nữ")})
    assert names == {1: "A › Nữ", 2: "B › Nữ", 3: "C", 4: "X › Nữ"}


# --- generated forms -----------------------------------------------------------------------

@settings(max_examples=60, deadline=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(case=_form(), merges=st.booleans())
def test_any_generated_form_is_read_whole(case, merges):
    with tempfile.TemporaryDirectory() as folder:
        _check(case, _anatomy(case, Path(folder), merges))


# --- learning a form from its template -----------------------------------------------------

@pytest.mark.parametrize("case", CORPUS, ids=lambda c: c.name)
def test_each_real_template_is_learnt_as_sent_and_stored(case, tmp_path, db):
    """No hand edit: the template as an office sends it becomes a form (rows, totals with
    what they sum, codes kept apart from figures, value columns by header path)."""
    from unionplanner.domain.report_forms.learn import learn_form
    from unionplanner.domain.report_forms.service import create_form

    draft = learn_form(write_template(case, tmp_path / f"{case.name}.xlsx"))
    # the figures asked above the table first, as the form shows them; money in đồng
    asked = draft.indicators[:len(case.outside)]
    assert [(i.name, i.unit_of_measure) for i in asked] == [
        (label, "đồng" if "đồng" in unit else unit) for label, unit in case.outside]
    assert [o["name"] for o in draft.shape.layout["outside"]] == [i.name for i in asked]
    table = draft.indicators[len(case.outside):]
    rows = [line for line in case.lines if line.role in ("indicator", "line", "total")]
    assert [i.name.split(" (")[0] for i in table] == [
        _read_label(line).split(" (")[0] for line in rows]
    by_position = {id(line): item for line, item in zip(rows, table)}
    for line, item in zip(rows, table):
        assert item.form_code == (line.code or None)
        if line.role == "total":
            assert item.total_of == [by_position[id(case.lines[i])].code for i in line.sums]
    values = [path for path, leaf in case.leaves
              if leaf.role == "value" and leaf.aspect not in ("plan", "ratio")]
    assert len(draft.shape.layout["columns"]) == len(values)
    if len(values) > 1:
        assert len(draft.shape.columns) == len(values)
        assert len({c.lower() for c in draft.shape.columns}) == len(values)
    with db.transaction() as session:
        form = create_form(session, case.name, draft.title, draft.fields(), draft.source,
                           draft.shape)
        stored = form.current
        assert stored.layout["scale"] == case.scale
        assert [i.total_of for i in stored.indicators] == [i.total_of for i in draft.indicators]


def test_the_finance_template_says_what_it_left_out(tmp_path):
    from unionplanner.domain.report_forms.learn import learn_form

    draft = learn_form(write_template(FINANCE_B14, tmp_path / "b14.xlsx"))
    assert draft.shape.columns[0] == "Dự toán kỳ này"  # the unit's own figure first
    assert draft.shape.period_kinds == ["year"]
    asked, table = draft.indicators[:4], draft.indicators[4:]
    assert all(i.unit_of_measure == "đồng" and i.kind == "money" for i in table)
    assert [(i.unit_of_measure, i.kind, i.columns) for i in asked] == [
        ("Người", "count", [0])] * 3 + [("đồng", "money", [0])]
    assert any("4 số liệu ghi phía trên bảng" in n for n in draft.notes)
    assert any("Mã số" in n and "không phải số liệu" in n for n in draft.notes)


@settings(max_examples=25, deadline=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large,
                                 HealthCheck.function_scoped_fixture])
@given(case=_form(), merges=st.booleans())
def test_any_generated_template_is_learnt_without_a_traceback(case, merges):
    from unionplanner.domain.report_forms.learn import learn_form

    with tempfile.TemporaryDirectory() as folder:
        draft = learn_form(write_template(case, Path(folder) / "t.xlsx", merges=merges))
    rows = [line for line in case.lines if line.role in ("indicator", "line", "total")]
    assert len(draft.indicators) == len(rows)
    names = [i.name.lower() for i in draft.indicators]
    assert len(set(names)) == len(names)


def test_a_many_column_template_keeps_each_female_column_by_its_path(tmp_path):
    from unionplanner.domain.report_forms.learn import learn_form

    draft = learn_form(write_template(STAFF, tmp_path / "staff.xlsx", merges=False))
    assert draft.shape.columns[:2] == ["Tổng số", "Trong đó › Nữ"]
    assert {"Đại học › Nữ", "Trên 50 › Nữ", "Trung cấp › Tổng số", "Trung cấp"} <= set(
        draft.shape.columns)
    assert draft.indicators[-1].total_of == [i.code for i in draft.indicators[:-1]]
