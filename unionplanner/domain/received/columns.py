"""Which sheet column of a return holds which value column of the form.

A form with one value column reads the column the table detector chose ("Thực hiện" beside
"Kế hoạch", "Kết quả"). A statistics form with "Tổng số | Nữ" (Mẫu 1-HĐCĐ, QĐ 1454/QĐ-TLĐ)
reads each column by its header, in whatever order the return has them; "Kỳ này" is the main
figure where a return also shows "Kỳ trước" and a comparison; a plan, a comparison or a rate
column is never a value; "Ghi chú" is kept as the values' note. A return with only one
value column ("Số lượng") gives the main figure, and "- Trong đó: nữ" rows may give the
female one (see :mod:`unionplanner.domain.report_forms.outline`).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from unionplanner.core.text import clean, fold
from unionplanner.domain.report_forms.outline import is_female_label
from unionplanner.domain.sheets.detect import Table

_MAIN = ("tong so", "so luong", "ky nay", "thuc hien", "ket qua", "so lieu", "tong cong",
         "ket qua thuc hien", "thuc hien ky nay", "so lieu ky nay")
_NOT_VALUES = ("ky truoc", "cung ky", "nam truoc", "ke hoach", "so sanh", "ty le", "ti le",
               "tang giam", "chenh lech", "ghi chu", "don vi tinh", "dvt")


@dataclass
class ValueColumns:
    """Form column index → sheet column (0-based), and the note column if any."""

    sheet_columns: dict[int, int] = field(default_factory=dict)
    note: int | None = None


def header_rows(table: Table) -> list[int]:
    """The table's header rows, with the row below them when it is a second header row (a
    merged "Số lượng" over "Tổng số | Trong đó: Nữ": no label, some header text)."""
    rows = list(table.header_rows)
    below = rows[-1] + 1 if rows else None
    if below is not None and below < len(table.sheet.rows) and below not in table.data_rows \
            and not clean(table.sheet.cell(below, table.label_col)):
        rows.append(below)
    return rows


def value_columns(table: Table, form_columns: list[str]) -> ValueColumns:
    """Where each of the form's value columns is in this table (see the module text)."""
    sheet = table.sheet
    rows = header_rows(table)
    found = ValueColumns()
    first = max(c for c in (table.label_col, table.uom_col) if c is not None) + 1
    width = max((len(sheet.rows[r]) for r in rows), default=0)
    candidates: list[tuple[int, str]] = []
    for col in range(first, width):
        label = next((t for t in (clean(sheet.cell(r, col)) for r in reversed(rows)) if t), "")
        key = fold(label)
        if key.startswith("ghi chu"):
            found.note = col
        elif label:
            candidates.append((col, label))
    if len(form_columns) < 2:
        if table.value_col is not None:
            found.sheet_columns[0] = table.value_col
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
    if 0 not in found.sheet_columns and table.value_col is not None and \
            table.value_col not in found.sheet_columns.values():
        found.sheet_columns[0] = table.value_col
    return found
