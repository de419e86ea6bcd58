"""The anatomy of a statistics table, whatever its shape: where its header is, what each
column and each row is for.

A form sent down by a parent body, a finance department or a sector is a table of
indicators down the rows and value columns across, under a header block of one to five rows
with merged cells::

    TT | Nội dung            | Mã số | Ước thực hiện | Dự toán | Cấp trên |
       |                     |       | năm trước     | kỳ này  | duyệt    |
    A  | B                   | C     | 1             | 2       | 3        |   ← column numbers
    I  | Phần thu            |       |               |         |          |   ← heading
    1  | Thu kinh phí CĐ     | 22    |               |         |          |   ← indicator
       | Cộng thu NSCĐ       |       |               |         |          |   ← total

:func:`read_anatomy` finds it and says, with how sure it is:

* each column's **header path** (its header texts top to bottom, a merged cell counted for
  every column it covers: "Trình độ chuyên môn › Đại học › Nữ") and **role**: order number,
  label (whatever its header says), unit of measure, code ("Mã số" — never a figure),
  value, note; a value column's **aspect** (plan, actual, estimate, budget, the level above's
  approval, the same period last year, cumulative, a ratio, opening/increase/decrease/
  closing balance, female), the **year** it names, and the **unit and scale** its header
  states ("(1.000 đồng)");
* each row's **role**: heading (section or group), indicator, line under an indicator,
  "- Trong đó: nữ" line, **total** (with the rows it sums), column-number row; with its
  section (two rows of the same words are told apart by it) and its code;
* the unit and scale stated for the whole table ("Đơn vị tính: đồng", "ĐVT: 1.000 đồng",
  "triệu đồng") and the **figures labelled above the table** ("- Số lao động : …… Người").

Nothing here raises for an odd sheet: what cannot be placed is left with a lower certainty
and a reason. The rules come from the layouts of the union's forms (QĐ 1454/QĐ-TLĐ, Mẫu
1-HĐCĐ), its finance forms (Hướng dẫn 1730/TLĐ, Mẫu B14-TLĐ) and the statistics tables
sent by sectors; none of them is specific to one file.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from enum import StrEnum

from unionplanner.core.text import clean, fold
from unionplanner.domain.report_forms.table_rows import LaidRow, RowRole, read_rows
from unionplanner.domain.report_forms.table_words import (
    PATH_SEPARATOR,
    PREVIOUS_WORDS,
    TABLE_UNIT_LINE,
    THIS_WORDS,
    YEAR_IN_TEXT,
    Aspect,
    OutsideFigure,
    aspect_of,
    cell_text,
    header_words,
    is_code_header,
    outside_figures,
    scale_of,
)
from unionplanner.domain.sheets.detect import header_role, is_numbering_row, split_unit
from unionplanner.domain.sheets.workbook import Sheet

__all__ = ["Anatomy", "ColumnRole", "LaidColumn", "LaidRow", "RowRole", "read_anatomy"]

#: most rows a header block spans
MAX_HEADER_ROWS = 5
#: rows from the top searched for the header
_SEARCH_ROWS = 80


class ColumnRole(StrEnum):
    ORDER = "order"      # TT, STT
    LABEL = "label"      # the indicator (or unit) names, whatever the header says
    UNIT = "unit"        # Đơn vị tính
    CODE = "code"        # Mã số, Mã chỉ tiêu: an identifier, never a figure
    VALUE = "value"
    NOTE = "note"        # Ghi chú
    IGNORE = "ignore"


@dataclass
class LaidColumn:
    """One column of the table: sheet ``index`` (0-based), header ``path`` (top to bottom),
    ``role``; for a value column its ``aspect``, ``when`` ("previous" for "năm trước",
    "cùng kỳ"; "this" for "kỳ này"; None), the ``year`` it names, the unit of measure
    and ``scale`` its header states (1000 for "(1.000 đồng)": figures × scale are in the base
    unit), and whether the reading is ``sure`` (``why`` says what was unsure)."""

    index: int
    path: tuple[str, ...]
    role: ColumnRole
    aspect: Aspect | None = None
    when: str | None = None
    year: int | None = None
    unit: str = ""
    scale: int = 1
    sure: bool = True
    why: str = ""

    @property
    def name(self) -> str:
        """The whole path as one text: "Trình độ › Đại học"."""
        return PATH_SEPARATOR.join(self.path)

    @property
    def is_own(self) -> bool:
        """Whether the column holds the unit's own figure for the period: not a plan, a
        ratio, an estimate, the level above's approval or another period's figure."""
        return self.when != "previous" and self.aspect not in (
            Aspect.PLAN, Aspect.RATIO, Aspect.UPPER, Aspect.ESTIMATE)

    @property
    def leaf(self) -> str:
        return self.path[-1] if self.path else ""


@dataclass
class Anatomy:
    """A table read as a whole (see the module text). ``header_rows`` are sheet row
    indexes, top first; ``label_col`` the column of the names; ``unit`` / ``scale`` what the
    table states for all its figures ("đồng", 1000 for "ĐVT: 1.000 đồng")."""

    sheet: Sheet
    header_rows: tuple[int, ...]
    label_col: int
    columns: list[LaidColumn]
    rows: list[LaidRow]
    numbering_row: int | None = None
    unit: str = ""
    scale: int = 1
    outside: list[OutsideFigure] = field(default_factory=list)

    def column(self, role: ColumnRole) -> LaidColumn | None:
        return next((c for c in self.columns if c.role == role), None)

    @property
    def value_columns(self) -> list[LaidColumn]:
        return [c for c in self.columns if c.role == ColumnRole.VALUE]

    def names(self) -> dict[int, str]:
        """Value column index → its shortest name that no other value column shares: the
        leaf ("Nữ") when it is unique, else the path from the level that tells it apart
        ("Đại học › Nữ")."""
        return short_names({c.index: c.path for c in self.value_columns})


def short_names(paths: dict[int, tuple[str, ...]]) -> dict[int, str]:
    """Each path's shortest tail that is unique among ``paths`` (folded), joined by
    :data:`PATH_SEPARATOR`; the whole path when no tail is."""
    names: dict[int, str] = {}
    for index, path in paths.items():
        chosen = path
        for depth in range(1, len(path) + 1):
            tail = path[-depth:]
            key = tuple(fold(p) for p in tail)
            clash = [i for i, other in paths.items() if i != index
                     and tuple(fold(p) for p in other[-depth:]) == key]
            if not clash:
                chosen = tail
                break
        names[index] = PATH_SEPARATOR.join(chosen)
    return names


def _is_number(value: object) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool)


# --- reading -------------------------------------------------------------------------------

def read_anatomy(sheet: Sheet) -> Anatomy | None:
    """The table of ``sheet`` (see the module text), or None when the sheet holds no
    table of indicators."""
    found = _find_header(sheet)
    if found is None:
        return None
    top, label_col = found
    header, numbering = _header_block(sheet, top, label_col)
    grid = _header_grid(sheet, header)
    width = max((len(sheet.rows[r]) for r in header), default=0)
    columns = [column for c in range(width)
               if (column := _column(sheet, c, grid, label_col, header)) is not None]
    first = (numbering if numbering is not None else header[-1]) + 1
    anatomy = Anatomy(sheet, tuple(header), label_col, columns, [], numbering)
    anatomy.rows, below = read_rows(sheet, first, label_col, *(
        c.index if (c := anatomy.column(role)) is not None else None
        for role in (ColumnRole.ORDER, ColumnRole.UNIT, ColumnRole.CODE)))
    if below is not None:  # the column numbers under a header found without them
        anatomy.numbering_row = below
    _table_unit(sheet, anatomy)
    anatomy.outside = outside_figures(sheet, top)
    return anatomy


def _find_header(sheet: Sheet) -> tuple[int, int] | None:
    """(first header row, label column): the first row naming a label column ("Nội dung",
    "Chỉ tiêu", "Tên đơn vị"…) beside another header word; else the rows of text above a
    column-number row, the label column the one with the longest texts below."""
    limit = min(len(sheet.rows), _SEARCH_ROWS)
    for r in range(limit):
        roles = {c: header_role(cell) for c, cell in enumerate(sheet.rows[r])}
        roles = {c: role for c, role in roles.items() if role}
        names = [c for c, role in roles.items() if role in ("name", "unit")]
        if names and len(roles) >= 2:
            return r, names[0]
    for r in range(limit):  # "STT | Diễn giải | …": the label column not headed by a known word
        cells = sheet.rows[r]
        order = [c for c, cell in enumerate(cells) if header_role(cell) == "stt"]
        if order and _wide(cells) and sum(1 for c in cells if cell_text(c)) >= 3 and not any(
                _is_number(c) for c in cells):
            label = _longest_texts(sheet, r + 1, after=order[0])
            if label is not None and cell_text(sheet.cell(r, label)):
                return r, label
    for r in range(1, limit):
        if is_numbering_row(sheet.rows[r]):
            top = r - 1
            while top - 1 >= 0 and r - top < MAX_HEADER_ROWS and any(
                    cell_text(c) for c in sheet.rows[top - 1]) and not any(
                    _is_number(c) for c in sheet.rows[top - 1]) and _wide(sheet.rows[top - 1]):
                top -= 1
            label = _longest_texts(sheet, r + 1)
            if label is not None:
                return top, label
    return None


def _wide(row: list[object]) -> bool:
    """A header row has several cells; a title above it has one or two."""
    return sum(1 for c in row if cell_text(c)) >= 2


def _longest_texts(sheet: Sheet, start: int, after: int = -1) -> int | None:
    """The column holding the most text in the rows from ``start`` (right of ``after``)."""
    lengths: dict[int, int] = {}
    for row in sheet.rows[start:start + 60]:
        for c, cell in enumerate(row):
            if c <= after:
                continue
            text = cell_text(cell)
            if len(text) >= 4 and not re.fullmatch(r"[IVXLC\d.]+", text):
                lengths[c] = lengths.get(c, 0) + len(text)
    return max(lengths, key=lambda c: (lengths[c], -c)) if lengths else None


def _covering(sheet: Sheet, row: int, col: int) -> tuple[int, int, int, int] | None:
    for r0, c0, r1, c1 in sheet.merged:
        if r0 <= row <= r1 and c0 <= col <= c1:
            return r0, c0, r1, c1
    return None


def _header_block(sheet: Sheet, top: int, label_col: int) -> tuple[list[int], int | None]:
    """The header rows from ``top`` (at most :data:`MAX_HEADER_ROWS`) and the
    column-number row under them, if any. A row belongs to the header while its label cell
    is blank (or merged from above), it has some text and no figure."""
    rows = [top]
    merged_down = max((r1 for r0, c0, r1, c1 in sheet.merged
                       if r0 == top and c0 <= label_col <= c1), default=top)
    for r in range(top + 1, min(len(sheet.rows), top + MAX_HEADER_ROWS + 1)):
        cells = sheet.rows[r]
        if is_numbering_row(cells):
            return rows, r
        if len(rows) >= MAX_HEADER_ROWS:
            break
        label = cell_text(sheet.cell(r, label_col))
        covered = r <= merged_down
        if (label and not covered) or any(_is_number(c) for c in cells):
            break
        if not any(cell_text(c) for c in cells):
            break
        rows.append(r)
    return rows, None


def _header_grid(sheet: Sheet, header: list[int]) -> dict[tuple[int, int], str]:
    """(row, col) → the header text that covers the cell: its own, a merged cell's, or —
    for a merge lost in a retyped copy — the text to its left in an upper row, when the
    row below splits that text into several columns."""
    grid: dict[tuple[int, int], str] = {}
    width = max((len(sheet.rows[r]) for r in header), default=0)
    for r in header:
        for c in range(width):
            text = cell_text(sheet.cell(r, c))
            if not text and (span := _covering(sheet, r, c)) is not None:
                text = cell_text(sheet.cell(span[0], span[1])) if span[0] >= header[0] else ""
            grid[(r, c)] = text
    for i in range(len(header) - 2, -1, -1):  # from the bottom: a split below splits above
        r, below = header[i], header[i + 1]
        for c in range(1, width):
            if grid[(r, c)] or not grid[(below, c)]:
                continue
            left = c - 1
            while left >= 0 and not grid[(r, left)] and grid[(below, left)]:
                left -= 1
            if left >= 0 and grid[(r, left)] and grid[(below, left)] and \
                    _covering(sheet, r, left) is None:
                grid[(r, c)] = grid[(r, left)]
    return grid


def _column(sheet: Sheet, col: int, grid: dict[tuple[int, int], str], label_col: int,
            header: list[int]) -> LaidColumn | None:
    path: list[str] = []
    for r in header:
        text = grid.get((r, col), "")
        if text and (not path or fold(path[-1]) != fold(text)):
            path.append(text)
    if not path:
        return None
    roles = [header_role(p) for p in path]
    joined = PATH_SEPARATOR.join(path)
    if col == label_col:
        return LaidColumn(col, tuple(path), ColumnRole.LABEL)
    if "note" in roles:
        return LaidColumn(col, tuple(path), ColumnRole.NOTE)
    if "stt" in roles and col < label_col:
        return LaidColumn(col, tuple(path), ColumnRole.ORDER)
    if "uom" in roles:
        return LaidColumn(col, tuple(path), ColumnRole.UNIT)
    if any(is_code_header(p) for p in path):
        return LaidColumn(col, tuple(path), ColumnRole.CODE)
    if col < label_col:
        return LaidColumn(col, tuple(path), ColumnRole.IGNORE, why="trái cột tên")
    column = LaidColumn(col, tuple(path), ColumnRole.VALUE, aspect_of(joined))
    cells = header_words(joined)  # a phrase inside one cell: "Nam › Ngoài" is no "năm ngoái"
    if any(f" {w} " in words for w in PREVIOUS_WORDS for words in cells):
        column.when = "previous"
    elif any(f" {w} " in words for w in THIS_WORDS for words in cells):
        column.when = "this"
    years = YEAR_IN_TEXT.findall(joined)
    column.year = int(years[-1]) if years else None
    if (money := scale_of(joined)) is not None:
        column.unit, column.scale = money
    else:
        column.unit = split_unit(path[-1])[1]
    if column.aspect == Aspect.OTHER and len(path) == 1 and len(fold(joined)) < 2:
        column.sure, column.why = False, "tiêu đề cột quá ngắn"
    return column


def _table_unit(sheet: Sheet, anatomy: Anatomy) -> None:
    """"Đơn vị tính: đồng" / "ĐVT: 1.000 đồng" above the table or in its header: the unit and
    scale of all its figures (a column or a row may say otherwise)."""
    top = anatomy.header_rows[0]
    for row in sheet.rows[max(0, top - 8):top]:
        for cell in row:
            text = cell_text(cell)
            match = TABLE_UNIT_LINE.match(fold(text))
            if not match:
                continue
            money = scale_of(text)
            if money is not None:
                anatomy.unit, anatomy.scale = money
            else:
                anatomy.unit = clean(re.split(r":", text, maxsplit=1)[-1])
            return


