"""The rows of a statistics table below its header, and what each is for: a section or group
heading, an indicator, a line under an indicator, a "- Trong đó: nữ" line, a total row (with
the rows it sums). Used by :mod:`unionplanner.domain.report_forms.anatomy`, which finds the
header and the columns first; the rules come from the same forms (QĐ 1454/QĐ-TLĐ, Mẫu
1-HĐCĐ, Hướng dẫn 1730/TLĐ Mẫu B14-TLĐ).
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field
from enum import StrEnum

from unionplanner.core.text import clean, fold, is_total_label
from unionplanner.domain.report_forms.outline import FEMALE, HEADING, SUB, classify, is_female_label
from unionplanner.domain.report_forms.table_words import cell_text
from unionplanner.domain.sheets.detect import is_numbering_row, is_signature_row, split_unit
from unionplanner.domain.sheets.workbook import Sheet


class RowRole(StrEnum):
    HEADING = "heading"        # I. Phần thu — carries no figure
    INDICATOR = "indicator"
    LINE = "line"              # a), +, - under an indicator
    FEMALE = "female"          # - Trong đó: nữ (the female figure of the row above)
    TOTAL = "total"            # Cộng, Tổng cộng (I): the sum of its lines
    NUMBERING = "numbering"    # A B C 1 2 3 under the header
    IGNORE = "ignore"          # set aside by the clerk: not a line of the form


@dataclass
class LaidRow:
    """One row of the table below the header: sheet ``index``, ``role``, its ``label``
    (without a bracketed unit), the TT ``number``, unit of measure, ``code`` (of a code
    column), heading ``level`` (1 section, 2 group), ``section`` (the headings above it, as
    texts), ``total_of`` (sheet indexes of the rows a total sums)."""

    index: int
    role: RowRole
    label: str = ""
    number: str = ""
    unit: str = ""
    code: str = ""
    level: int = 0
    section: tuple[str, ...] = ()
    total_of: list[int] = field(default_factory=list)
    sure: bool = True
    why: str = ""
    #: the clerk gave this row its role (:mod:`unionplanner.domain.report_forms.review`)
    checked: bool = False


def read_rows(sheet: Sheet, first: int, label_col: int, order: int | None, unit: int | None,
              code: int | None) -> tuple[list[LaidRow], int | None]:
    """The rows of a table from sheet row ``first`` down to the signature block (or four
    blank rows), its names in column ``label_col`` and the order number, unit of measure
    and code in the columns given (0-based; None: the table has none); with the index of
    the column-number row met before the first row, if any. Each row learns its section
    and each total the rows it sums."""
    where = tuple(c if c is not None else -1 for c in (order, unit, code))
    numbering: int | None = None
    rows: list[LaidRow] = []
    blank_run = 0
    for r in range(first, len(sheet.rows)):
        cells = sheet.rows[r]
        if not any(c not in ("", None) for c in cells):
            blank_run += 1
            if rows and blank_run >= 4:
                break
            continue
        blank_run = 0
        if not rows and is_numbering_row(cells):
            numbering = r
            continue
        # the same rows come back in every return of a form: each is read once
        texts = tuple(c if isinstance(c, str) else None for c in cells)
        found = _row_reading(texts, label_col, *(cells[c] if 0 <= c < len(cells) else ""
                                                 for c in where))
        if found is _END:
            break
        if found is not None:
            rows.append(LaidRow(r, *found))
    _sections(rows)
    return rows, numbering


#: :func:`_row_reading` of a signature row: the table ends there
_END = ("end",)


@functools.lru_cache(maxsize=1 << 13)
def _row_reading(texts: tuple[str | None, ...], label_col: int, order: object, unit: object,
                 code: object) -> tuple | None:
    """A row of the table (its text cells ``texts``; the cells of the order, unit and code
    columns) as (role, label, number, unit, code, level), None for a row without label,
    or :data:`_END` for the signature block: a row with signature words and no label, or a
    label that is one."""
    label_text = cell_text(texts[label_col] if label_col < len(texts) else None)
    if is_signature_row(list(texts)) and (not label_text.strip(" .0123456789")
                                          or is_signature_row([label_text])):
        return _END
    if not label_text:
        return None
    number = clean(order) if order not in ("", None) else ""
    if number.endswith(".0") and number[:-2].isdigit():
        number = number[:-2]
    code_text = clean(code) if code not in ("", None) else ""
    if code_text.endswith(".0") and code_text[:-2].isdigit():
        code_text = code_text[:-2]
    row = _row(0, number, label_text, cell_text(unit), code_text)
    return row.role, row.label, row.number, row.unit, row.code, row.level


#: total rows beyond :func:`~unionplanner.core.text.is_total_label`'s: "Cộng thu NSCĐ",
#: "Cộng chi", and "Tổng thu" / "Tổng chi" alone (not "Tổng thu nhập")
_TOTAL_WORDS = ("tong thu", "tong chi")


def _row(index: int, number: str, label: str, unit: str, code: str) -> LaidRow:
    label, bracket_unit = split_unit(label)
    line = classify(number, label, unit or bracket_unit)
    key = fold(label)
    row = LaidRow(index, RowRole.INDICATOR, line.text or label, line.number or number,
                  unit or bracket_unit, code, line.level)
    if is_total_label(label) or key.startswith("cong ") or key in _TOTAL_WORDS:
        row.role, row.label = RowRole.TOTAL, label
    elif line.kind == FEMALE or is_female_label(label):
        row.role, row.label = RowRole.FEMALE, label
    elif line.kind == HEADING:
        row.role = RowRole.HEADING
    elif line.kind == SUB or re.fullmatch(r"[+\-–•*]|[a-zđ]\)", number):
        row.role = RowRole.LINE  # "+", "a)" in the TT column mark a line as well
    return row


def _sections(rows: list[LaidRow]) -> None:
    """Headings that carry a figure after all — a code ("III. Kinh phí dự phòng | 38"), or a
    unit of measure and no row under them before the next heading of their level — are
    indicators; every row learns the headings above it. A heading ending the table ("B- TÌNH
    HÌNH HOẠT ĐỘNG", the narrative part of a form) stays a heading."""
    for i, row in enumerate(rows):
        if row.role != RowRole.HEADING:
            continue
        after = rows[i + 1] if i + 1 < len(rows) else None
        alone = after is not None and after.role == RowRole.HEADING and after.level <= row.level
        if row.code or (alone and row.unit):
            row.role = RowRole.INDICATOR
    _lines_without_owner(rows)
    link_rows(rows)


def _lines_without_owner(rows: list[LaidRow]) -> None:
    """A "- Điện" line right under a heading (no indicator above it in its section, as
    in Nghị định 39/2016/NĐ-CP, Phụ lục XI: "2. Phân theo yếu tố gây chấn thương" then
    "- Điện", "- Ngã từ trên cao") is an indicator of its own, not a part of another."""
    owner = False
    for row in rows:
        if row.role in (RowRole.HEADING, RowRole.TOTAL):
            owner = False
        elif row.role == RowRole.INDICATOR:
            owner = True
        elif row.role == RowRole.LINE and not owner:
            row.role = RowRole.INDICATOR


def link_rows(rows: list[LaidRow]) -> None:
    """Each row's section (the headings above it) and each total's rows, from the roles
    the rows have: again after the clerk changed one."""
    stack: list[LaidRow] = []
    for row in rows:
        if row.role == RowRole.HEADING:
            stack = [h for h in stack if h.level < row.level]
            row.section = tuple(h.label for h in stack)
            stack.append(row)
        else:
            row.section = tuple(h.label for h in stack)
    _totals(rows)


def _totals(rows: list[LaidRow]) -> None:
    """What each total row sums: the indicators (and the total before it) since the last
    heading of its section — "Cộng thu NSCĐ" the lines 1–3 above it, then "Tổng cộng (I)"
    that subtotal and the lines 4–5 after it. Lines under an indicator and "nữ" lines are
    parts of their indicator, never summed again."""
    pending: list[LaidRow] = []
    for row in rows:
        if row.role == RowRole.HEADING:
            if row.level <= 1:
                pending = []
            continue
        if row.role == RowRole.TOTAL:
            row.total_of = [r.index for r in pending]
            row.sure, row.why = True, ""
            if not pending:
                row.sure, row.why = False, "không có dòng nào ở trên để cộng"
            pending = [row]
        elif row.role == RowRole.INDICATOR:
            pending.append(row)
