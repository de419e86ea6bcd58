"""The clerk's corrections of a template read whole: a row's or a column's role changed, the
form made again from the table as corrected (report_forms/review.py)."""

from __future__ import annotations

from tests.domain.report_forms.corpus import FINANCE_B14, STAFF
from tests.forms import write_template
from unionplanner.domain.report_forms.anatomy import ColumnRole, RowRole
from unionplanner.domain.report_forms.learn import draft_from_anatomy, learn_form
from unionplanner.domain.report_forms.review import reviewed, unsure_cells


def _row(anatomy, label):
    return next(r for r in anatomy.rows if r.label == label)


def test_a_row_set_aside_or_made_an_indicator_changes_the_form(tmp_path):
    draft = learn_form(write_template(FINANCE_B14, tmp_path / "b14.xlsx"))
    anatomy = draft.anatomy
    reserve = _row(anatomy, "Kinh phí dự phòng")
    subtotal = _row(anatomy, "Cộng thu NSCĐ")
    changed = reviewed(anatomy, {reserve.index: RowRole.IGNORE,
                                 subtotal.index: RowRole.INDICATOR}, {})
    again = draft_from_anatomy(changed, "b14.xlsx")
    names = [i.name for i in again.indicators]
    assert "Kinh phí dự phòng" in [i.name for i in draft.indicators]
    assert "Kinh phí dự phòng" not in names
    by_name = {i.name: i for i in again.indicators}
    assert by_name["Cộng thu NSCĐ"].total_of is None  # no longer a total
    # "Tổng cộng (I)" now sums the three lines, the former subtotal and lines 4-5
    summed = {i.code: i.name for i in again.indicators}
    assert [summed[c] for c in by_name["Tổng cộng (I)"].total_of] == [
        "Thu kinh phí Công đoàn", "Thu đoàn phí Công đoàn", "Các khoản thu khác",
        "Cộng thu NSCĐ", "Kinh phí cấp trên cấp", "Ước số dư kỳ trước chuyển sang"]
    assert anatomy.rows[0].role == RowRole.HEADING  # the learner's reading is not touched
    assert _row(anatomy, "Kinh phí dự phòng").role == RowRole.INDICATOR


def test_a_column_set_aside_or_read_as_codes_is_no_figure(tmp_path):
    draft = learn_form(write_template(STAFF, tmp_path / "staff.xlsx"))
    anatomy = draft.anatomy
    ethnic = next(c for c in anatomy.value_columns if c.leaf == "Dân tộc thiểu số")
    party = next(c for c in anatomy.value_columns if c.leaf == "Đảng viên")
    changed = reviewed(anatomy, {}, {ethnic.index: ColumnRole.IGNORE,
                                     party.index: ColumnRole.CODE})
    again = draft_from_anatomy(changed, "staff.xlsx")
    kept = [tuple(c["path"]) for c in again.shape.layout["columns"]]
    assert len(kept) == len(draft.shape.layout["columns"]) - 2
    assert ethnic.path not in kept and party.path not in kept
    assert changed.column(ColumnRole.CODE).index == party.index


def test_another_column_taken_for_the_names_reads_the_rows_again(tmp_path):
    """A template whose names the learner took from the wrong column: the clerk points at
    the right one and the rows are read through it."""
    draft = learn_form(write_template(FINANCE_B14, tmp_path / "b14.xlsx"))
    anatomy = draft.anatomy
    order = anatomy.column(ColumnRole.ORDER)
    label = anatomy.label_col
    # as if the learner had taken the order column for the names
    wrong = reviewed(anatomy, {}, {order.index: ColumnRole.LABEL})
    assert wrong.label_col == order.index
    assert anatomy.label_col == label
    right = reviewed(wrong, {}, {label: ColumnRole.LABEL})
    assert [r.label for r in right.rows] == [r.label for r in anatomy.rows]


def test_the_learner_marks_what_it_is_unsure_of(tmp_path):
    draft = learn_form(write_template(FINANCE_B14, tmp_path / "b14.xlsx"))
    anatomy = draft.anatomy
    first = anatomy.rows[1]
    assert first.role == RowRole.INDICATOR and first.number
    first.number = ""  # an indicator without the number the others have
    unsure = unsure_cells(anatomy)
    assert (first.index, anatomy.label_col) in unsure
    assert "số thứ tự" in unsure[(first.index, anatomy.label_col)]
    confirmed = reviewed(anatomy, {first.index: RowRole.INDICATOR}, {})
    assert (first.index, anatomy.label_col) not in unsure_cells(confirmed)  # said: no mark
