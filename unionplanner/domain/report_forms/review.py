"""The clerk's check of a template read whole, before the form is made from it.

The learner says what each row and each column of the template's table is for
(:mod:`unionplanner.domain.report_forms.anatomy`). It can be wrong: a row of a group that
carries a figure read as a heading, a "Diễn giải" column not taken for the names, a column of
the level above's taken for a figure. The draft screen shows the table as the sheet lays it
out, each row's and each column's role beside it, the cells the learner was unsure of marked
(:func:`unsure_cells`); the clerk changes a role and :func:`reviewed` gives the table as
corrected, from which :func:`~unionplanner.domain.report_forms.learn.draft_from_anatomy`
makes the form again. Nothing is stored here.
"""

from __future__ import annotations

import copy

from unionplanner.domain.report_forms.anatomy import Anatomy, ColumnRole, LaidRow, RowRole
from unionplanner.domain.report_forms.table_rows import link_rows, read_rows

#: the roles a clerk may give a row (a column-number row stays what it is)
ROW_CHOICES = (RowRole.HEADING, RowRole.INDICATOR, RowRole.LINE, RowRole.FEMALE,
               RowRole.TOTAL, RowRole.IGNORE)
#: the roles a clerk may give a column
COLUMN_CHOICES = (ColumnRole.ORDER, ColumnRole.LABEL, ColumnRole.UNIT, ColumnRole.CODE,
                  ColumnRole.VALUE, ColumnRole.NOTE, ColumnRole.IGNORE)
#: the columns the rows are read through: changing one reads the rows again
_ROW_COLUMNS = (ColumnRole.ORDER, ColumnRole.LABEL, ColumnRole.UNIT, ColumnRole.CODE)


def reviewed(anatomy: Anatomy, rows: dict[int, RowRole],
             columns: dict[int, ColumnRole]) -> Anatomy:
    """A copy of ``anatomy`` with the clerk's roles: ``rows`` sheet row index → role,
    ``columns`` sheet column index → role (one column each for the names, the order number,
    the unit and the code: giving a second one that role takes it from the first). The rows
    are read again when the columns they are read through change; sections and what each
    total sums follow the new roles. Raises ValueError for a role not in the choices."""
    result = copy.copy(anatomy)
    result.columns = [copy.copy(c) for c in anatomy.columns]
    by_index = {c.index: c for c in result.columns}
    for index, role in columns.items():
        if role not in COLUMN_CHOICES:
            raise ValueError(f"not a column role: {role}")
        if role in _ROW_COLUMNS:  # one such column: the one chosen last
            for other in result.columns:
                if other.role == role and other.index != index:
                    other.role = ColumnRole.IGNORE
        if index in by_index:
            by_index[index].role = role
            by_index[index].sure, by_index[index].why = True, ""
    label = result.column(ColumnRole.LABEL)
    if label is not None:
        result.label_col = label.index
    if any(_through(anatomy, role) != _through(result, role) for role in _ROW_COLUMNS):
        first = anatomy.rows[0].index if anatomy.rows else anatomy.header_rows[-1] + 1
        result.rows, _numbering = read_rows(result.sheet, first, result.label_col, *(
            _through(result, role) for role in _ROW_COLUMNS if role != ColumnRole.LABEL))
    else:
        result.rows = [copy.copy(r) for r in anatomy.rows]
    for row in result.rows:
        given = rows.get(row.index)
        if given is None:
            continue
        if given not in ROW_CHOICES:
            raise ValueError(f"not a row role: {given}")
        row.role, row.sure, row.why, row.checked = given, True, "", True
        if given == RowRole.HEADING and row.level == 0:
            row.level = 1
    link_rows(result.rows)
    return result


def _through(anatomy: Anatomy, role: ColumnRole) -> int | None:
    column = anatomy.column(role) if role != ColumnRole.LABEL else None
    return anatomy.label_col if role == ColumnRole.LABEL else (
        column.index if column is not None else None)


def unsure_cells(anatomy: Anatomy) -> dict[tuple[int, int], str]:
    """(sheet row, sheet column) → why the learner is unsure of it, in Vietnamese: a
    column's header cells (a header too short to tell), a row's name cell (a total with no
    row above it to add, an indicator without the order number most rows have)."""
    found: dict[tuple[int, int], str] = {}
    for column in anatomy.columns:
        if not column.sure:
            for r in anatomy.header_rows:
                found[(r, column.index)] = column.why
    numbered = [r for r in anatomy.rows if r.role == RowRole.INDICATOR]
    usual = sum(1 for r in numbered if r.number) >= 0.6 * len(numbered) if numbered else False
    for row in anatomy.rows:
        if row.checked:  # the clerk said what it is
            continue
        why = row.why if not row.sure else _odd_row(row, usual)
        if why:
            found[(row.index, anatomy.label_col)] = why
    return found


def _odd_row(row: LaidRow, numbered: bool) -> str:
    if numbered and row.role == RowRole.INDICATOR and not row.number:
        return ("chỉ tiêu không có số thứ tự như các dòng khác: có phải dòng chi tiết, dòng "
                "tổng hay tiêu đề mục?")
    return ""
