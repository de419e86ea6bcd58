"""Statistics forms as data, and their templates as an office would send them.

A :class:`FormCase` says what a form is — the lines above its table, its header as a tree of
columns, its rows, what each total sums — and :func:`write_template` renders it as the
.xlsx an office sends down: merged header cells (or, with ``merges=False``, a retyped copy
whose merges were lost), a column-number row, the signature block. The truth the tests
check the learner against comes from the case itself, never from reading the file back.
Real forms are written as cases in ``tests/domain/report_forms/corpus.py`` (each with its
public source); the property tests generate others.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path


@dataclass
class Col:
    """A header cell and the columns under it. ``role`` for a leaf: "order", "label",
    "unit", "code", "value", "note"; ``aspect`` the value column's (see
    :class:`unionplanner.domain.report_forms.anatomy.Aspect`), when the test checks it."""

    text: str
    children: list[Col] = field(default_factory=list)
    role: str = "value"
    aspect: str | None = None
    year: int | None = None
    scale: int = 1

    def leaves(self, above: tuple[str, ...] = ()) -> list[tuple[tuple[str, ...], Col]]:
        path = above + (self.text,)
        if not self.children:
            return [(path, self)]
        return [leaf for child in self.children for leaf in child.leaves(path)]

    def depth(self) -> int:
        return 1 + max((c.depth() for c in self.children), default=0)


@dataclass
class Line:
    """A row: ``role`` "heading", "indicator", "line", "female", "total"; ``sums`` the
    positions (in the case's lines) of the rows a total adds up."""

    label: str
    number: str = ""
    unit: str = ""
    code: str = ""
    role: str = "indicator"
    sums: list[int] = field(default_factory=list)


@dataclass
class FormCase:
    """A whole form (see the module text). ``source``: where the real form was published."""

    name: str
    title: list[str]
    columns: list[Col]
    lines: list[Line]
    source: str = ""
    above: list[str] = field(default_factory=list)
    numbering: bool = True
    unit_line: str = ""
    scale: int = 1
    outside: list[tuple[str, str]] = field(default_factory=list)

    @property
    def leaves(self) -> list[tuple[tuple[str, ...], Col]]:
        return [leaf for col in self.columns for leaf in col.leaves()]

    @property
    def value_paths(self) -> list[tuple[str, ...]]:
        return [path for path, col in self.leaves if col.role == "value"]


def write_template(case: FormCase, path: Path, *, merges: bool = True,
                   values: dict[tuple[int, int], object] | None = None,
                   outside: dict[int, tuple[str, object]] | None = None) -> Path:
    """``case`` as an .xlsx template at ``path``. ``values``: (line position, value column
    position) → a figure to fill in (a return, not a blank template); ``outside``: figure
    above the table (position in ``case.outside``) → (how it is written: "gap" in place
    of the dots, "dots" among them, "cell" in the cell to the right; the figure)."""
    import openpyxl

    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Biểu"
    row = 1
    width = len(case.leaves)
    for text in case.above:
        sheet.cell(row, 1, text)
        row += 1
    for text in case.title:
        sheet.cell(row, 1, text)
        if merges and width > 1:
            sheet.merge_cells(start_row=row, start_column=1, end_row=row, end_column=width)
        row += 1
    for n, (label, unit) in enumerate(case.outside):
        how, figure = (outside or {}).get(n, ("", None))
        gap = {"gap": f" {figure} ", "dots": f"……{figure}……"}.get(how, "…………………")
        sheet.cell(row, 1, f"- {label} :{gap} {unit}" if how != "cell" else f"- {label} :")
        if how == "cell":
            sheet.cell(row, 2, figure)
        row += 1
    if case.unit_line:
        sheet.cell(row, max(1, width - 1), case.unit_line)
        row += 1
    top = row
    depth = max(c.depth() for c in case.columns)

    def place(col: Col, level: int, first: int) -> int:
        span = len(col.leaves())
        r = top + level
        sheet.cell(r, first, col.text)
        if not col.children:
            if merges and level < depth - 1:
                sheet.merge_cells(start_row=r, start_column=first, end_row=top + depth - 1,
                                  end_column=first)
            return first + 1
        if merges and span > 1:
            sheet.merge_cells(start_row=r, start_column=first, end_row=r,
                              end_column=first + span - 1)
        column = first
        for child in col.children:
            column = place(child, level + 1, column)
        return column

    column = 1
    for col in case.columns:
        column = place(col, 0, column)
    row = top + depth
    if case.numbering:
        letters = iter("ABCDEFGH")
        number = 1
        for index, (_path, leaf) in enumerate(case.leaves, 1):
            if leaf.role in ("order", "label", "unit", "code"):
                sheet.cell(row, index, next(letters))
            else:
                sheet.cell(row, index, str(number) if number % 2 else number)
                number += 1
        row += 1
    roles = [leaf.role for _path, leaf in case.leaves]
    value_positions = [i for i, role in enumerate(roles) if role == "value"]
    for position, line in enumerate(case.lines):
        for index, role in enumerate(roles, 1):
            if role == "order" and line.number:
                sheet.cell(row, index, line.number)
            elif role == "label":
                sheet.cell(row, index, line.label)
            elif role == "unit" and line.unit:
                sheet.cell(row, index, line.unit)
            elif role == "code" and line.code:
                # "01" stays text (typed '01), as real forms keep it
                sheet.cell(row, index, int(line.code) if line.code.isdigit()
                           and not line.code.startswith("0") else line.code)
        for v, index in enumerate(value_positions):
            value = (values or {}).get((position, v))
            if value is not None:
                sheet.cell(row, index + 1, value)
        row += 1
    row += 1
    sheet.cell(row, 2, "NGƯỜI LẬP BIỂU")
    sheet.cell(row, max(3, width), "TM. BAN CHẤP HÀNH")
    book.save(path)
    return path


@dataclass
class Filled:
    """A return's figures: ``typed`` (line position, value column position) → the number
    typed in the form's own unit (thousands of đồng under "ĐVT: 1.000 đồng"), totals as
    stated; ``stored`` the same figures in the base unit (đồng, người), totals as the sum of
    their rows,
    what the register must hold; ``blank`` the cells left empty (no figure)."""

    typed: dict[tuple[int, int], object] = field(default_factory=dict)
    stored: dict[tuple[int, int], int] = field(default_factory=dict)
    blank: set[tuple[int, int]] = field(default_factory=set)


#: a row's own unit that scales its figures to đồng
ROW_SCALES = {"triệu đồng": 1_000_000, "1.000 đồng": 1000, "nghìn đồng": 1000}
#: the columns a unit never fills: the level above's, plans and ratios
NOT_THE_UNITS = ("upper", "plan", "ratio")
#: the columns where a blank is no figure (not yet known), not the 0 units leave blank
NOT_KNOWN = ("upper", "plan", "estimate", "cumulative")


def fill_return(case: FormCase, rng, *, blanks: float = 0.1, wrong_total: bool = False
                ) -> Filled:
    """Seeded figures (``rng``: random.Random) for every indicator and line of ``case`` in
    the columns a unit fills, a share ``blanks`` left empty, each total row stating the sum
    of its rows (or, with ``wrong_total``, the first total one more)."""
    filled = Filled()
    columns = [leaf for _path, leaf in case.leaves if leaf.role == "value"]
    money = case.scale > 1 or "đồng" in case.unit_line
    # "- Trong đó: nữ" rows are filled when the table has one value column (in a split
    # table, "Nữ" is a column of its own)
    roles = ("indicator", "line", "female") if len(columns) == 1 else ("indicator", "line")
    for position, line in enumerate(case.lines):
        if line.role not in roles:
            continue
        unit = line.unit.lower()
        for v, leaf in enumerate(columns):
            if leaf.aspect in NOT_THE_UNITS:
                continue
            # a row's own unit wins over the table's: "Người" under "ĐVT: 1.000 đồng" is
            # people; a column headed "(1.000 đ)" is money in thousands
            in_money = (money and (not unit or "đồng" in unit)) or leaf.scale > 1
            scale = leaf.scale if leaf.scale > 1 else case.scale if in_money else 1
            if unit in ROW_SCALES:  # a row of its own scale: "Triệu đồng"
                in_money, scale = True, ROW_SCALES[unit]
            if rng.random() < blanks:
                filled.blank.add((position, v))
                if leaf.aspect not in NOT_KNOWN and unit != "có/không":
                    filled.stored[(position, v)] = 0
                continue
            typed, stored = _figure(rng, unit, in_money, scale)
            filled.typed[(position, v)] = typed
            filled.stored[(position, v)] = stored
    _totals(case, columns, filled, wrong_total)
    return filled


def _figure(rng, unit: str, in_money: bool, scale: int) -> tuple[object, object]:
    """One cell's figure as typed and as stored: a rate in "%" typed with a decimal and
    stored in hundredths of a percent, "Có/Không" stored as a bool, money scaled."""
    if unit == "%":
        hundredths = rng.randrange(0, 10_000)
        return hundredths / 100, hundredths
    if unit == "có/không":
        yes = rng.random() < 0.6
        return ("Có" if yes else "Không"), yes
    value = rng.randrange(10_000, 90_000_000) if in_money else rng.randrange(0, 400)
    return value, value * scale


def _totals(case: FormCase, columns: list[Col], filled: Filled, wrong_total: bool) -> None:
    first = True
    for position, line in enumerate(case.lines):
        if line.role != "total":
            continue
        for v, leaf in enumerate(columns):
            parts = [p for p in line.sums if (p, v) in filled.stored]
            if leaf.aspect in NOT_THE_UNITS or not parts:
                continue
            typed = sum(int(filled.typed.get((p, v)) or 0) for p in parts)  # type: ignore[call-overload]
            filled.typed[(position, v)] = typed + (1 if wrong_total and first else 0)
            filled.stored[(position, v)] = sum(filled.stored[(p, v)] for p in parts)  # type: ignore[misc]
            first = False
