"""Which sheet column of a return holds which value column of the form.

A form with one value column reads the column the table detector chose ("Thực hiện" beside
"Kế hoạch", "Kết quả"). A statistics form with "Tổng số | Nữ" (Mẫu 1-HĐCĐ, QĐ 1454/QĐ-TLĐ)
reads each column by its header, in whatever order the return has them; "Kỳ này" is the main
figure where a return also shows "Kỳ trước" and a comparison; a plan, a comparison or a rate
column is never a value; "Ghi chú" is kept as the values' note. Where headers name periods
("Số liệu đến 30/11/2024 | Số liệu đến 30/11/2025", or a merged period heading over "Tổng số |
Nữ") only the columns of the period being imported are read. A return with only one
value column ("Số lượng") gives the main figure, and "- Trong đó: nữ" rows may give the
female one (see :mod:`unionplanner.domain.report_forms.outline`).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from unionplanner.core.text import clean, fold
from unionplanner.domain.report_forms.outline import is_female_label
from unionplanner.domain.report_forms.periods import header_names_period
from unionplanner.domain.sheets.detect import Table

_MAIN = ("tong so", "so luong", "ky nay", "thuc hien", "ket qua", "so lieu", "tong cong",
         "ket qua thuc hien", "thuc hien ky nay", "so lieu ky nay")
_NOT_VALUES = ("ky truoc", "cung ky", "nam truoc", "ke hoach", "so sanh", "ty le", "ti le",
               "tang giam", "chenh lech", "ghi chu", "don vi tinh", "dvt")


@dataclass
class ValueColumns:
    """Form column index → sheet column (0-based), and the note column if any;
    ``other_periods`` when the headers name periods but none is the one being imported."""

    sheet_columns: dict[int, int] = field(default_factory=dict)
    note: int | None = None
    other_periods: bool = False


def header_rows(table: Table) -> list[int]:
    """The table's header rows, with the row below them when it is a second header row (a
    merged "Số lượng" over "Tổng số | Trong đó: Nữ": no label, some header text)."""
    rows = list(table.header_rows)
    below = rows[-1] + 1 if rows else None
    if below is not None and below < len(table.sheet.rows) and below not in table.data_rows \
            and not clean(table.sheet.cell(below, table.label_col)):
        rows.append(below)
    return rows


def _column_period(table: Table, rows: list[int], col: int, first: int,
                   period: str) -> bool | None:
    """Whether the header of sheet column ``col`` names ``period`` (None: it names none).
    Its own header cells are read, then — for the upper header rows — the nearest filled
    cell to its left, the text of a merged period heading over several columns."""
    sheet = table.sheet
    for r in rows:
        text = clean(sheet.cell(r, col))
        if text and (named := header_names_period(text, period)) is not None:
            return named
    for r in rows[:-1]:
        for c in range(col - 1, first - 1, -1):
            text = clean(sheet.cell(r, c))
            if text:
                named = header_names_period(text, period)
                if named is not None:
                    return named
                break
    return None


def value_columns(table: Table, form_columns: list[str],
                  period: str | None = None) -> ValueColumns:
    """Where each of the form's value columns is in this table (see the module text);
    ``period`` is the period code being imported, when known."""
    sheet = table.sheet
    rows = header_rows(table)
    found = ValueColumns()
    first = max(c for c in (table.label_col, table.uom_col) if c is not None) + 1
    width = max((len(sheet.rows[r]) for r in rows), default=0)
    candidates: list[tuple[int, str]] = []
    named: dict[int, bool] = {}
    for col in range(first, width):
        label = next((t for t in (clean(sheet.cell(r, col)) for r in reversed(rows)) if t), "")
        key = fold(label)
        if key.startswith("ghi chu"):
            found.note = col
        elif label:
            if period and (this := _column_period(table, rows, col, first, period)) is not None:
                named[col] = this
            candidates.append((col, label))
    if any(named.values()):  # the chosen period's columns first; other periods' never
        candidates = sorted((c for c in candidates if named.get(c[0]) is not False),
                            key=lambda c: not named.get(c[0], False))
    elif named:  # every period named is another one: read as detected, and say so
        found.other_periods = True
    usable = {col for col, _label in candidates}
    default = table.value_col if table.value_col in usable or not any(named.values()) else None
    if len(form_columns) < 2:
        main = next((col for col, label in candidates if named.get(col)
                     and not fold(label).startswith(_NOT_VALUES)), default)
        if main is not None:
            found.sheet_columns[0] = main
        return found
    wanted = {fold(c): i for i, c in enumerate(form_columns)}
    female = next((i for i, c in enumerate(form_columns) if is_female_label(c)), None)
    for col, label in candidates:
        key = fold(label)
        if female is not None and is_female_label(label):
            target: int | None = female
        elif key in wanted:
            target = wanted[key]
        elif key.startswith(_NOT_VALUES):
            target = None
        elif key.startswith(_MAIN):
            target = 0
        else:
            target = None
        if target is not None and target not in found.sheet_columns:
            found.sheet_columns[target] = col
    if 0 not in found.sheet_columns and default is not None and \
            default not in found.sheet_columns.values():
        found.sheet_columns[0] = default
    return found
