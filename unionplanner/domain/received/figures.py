"""A unit's figures once read, settled as the form says: blanks, scale, totals.

* **Blank**: a blank value cell is no figure — nothing is stored for it — unless the form says
  a blank means 0 in its column
  (:meth:`~unionplanner.domain.received.findings.FormSpec.blank_is_zero`).
* **Scale**: figures typed in thousands or millions ("ĐVT: 1.000 đồng", "(triệu đồng)") are
  stored in the base unit (đồng), never scaled twice.
* **Totals**: a total row ("Cộng thu NSCĐ", "Tổng cộng") is the sum of its rows
  (``FormSpec.totals``): the figure stored is that sum; the total the return states is only
  checked, and one that differs is a warning naming both figures.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from unionplanner.domain.received.findings import (
    AnalysisContext,
    FoundValue,
    Problem,
    Severity,
    UnitPart,
)
from unionplanner.domain.received.values import MAX_MONEY
from unionplanner.domain.report_forms.kinds import IndicatorKind
from unionplanner.domain.sheets.workbook import parse_address

#: kinds whose figures a scale multiplies: a scale is of money ("1.000 đồng", "triệu
#: đồng"), so a row counted in người under a table in thousands of đồng keeps its figure
_SCALED = (IndicatorKind.MONEY, IndicatorKind.AVERAGE)
#: kinds a row without a unit of its own is learnt as: money in a money column
_COUNTED = (IndicatorKind.COUNT, IndicatorKind.STOCK)


@dataclass
class Scales:
    """What multiplies a return's figures to đồng: ``columns`` sheet column → multiplier
    ("ĐVT: 1.000 đồng" over the table, "(triệu đồng)" in a header); ``money`` the sheet
    columns whose own header names money ("Chi phí tính bằng tiền (1.000 đ)", Nghị định
    39/2016/NĐ-CP Phụ lục XI): every number there is money, rows without a unit of their
    own included; ``rows`` indicator code → multiplier of a row whose own unit is a scale
    of đồng ("Triệu đồng"), which wins over the table's."""

    columns: dict[int, int] = field(default_factory=dict)
    money: set[int] = field(default_factory=set)
    rows: dict[str, int] = field(default_factory=dict)


def _number(value: object) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) else None


def settle(part: UnitPart, ctx: AnalysisContext, blanks: set[str], scales: Scales,
           sheet: str) -> tuple[list[str], list[str]]:
    """Settle ``part``'s figures (see the module text) in place: ``blanks`` the addresses
    of the value cells left blank, ``scales`` what makes them đồng (:class:`Scales`).
    Returns the blank cells that hold no figure and those of total rows (the sum of their
    rows), for one line per file about the others."""
    empty: list[str] = []
    quiet: list[str] = []
    kinds = ctx.form.kinds
    for key, found in [*part.values.items(), *part.more.items()]:
        if found.cell in blanks and found.code in ctx.form.totals:
            found.value = None  # stated nothing: the sum of its rows, below
            quiet.append(found.cell)
            continue
        if found.cell in blanks and not ctx.form.blank_is_zero(found.column):
            empty.append(found.cell)
            _drop(part, key)
            continue
        column = parse_address(found.cell)[1]
        factor = scales.rows.get(found.code) or scales.columns.get(column, 1)
        value = _number(found.value)
        kind = kinds.get(found.code)
        if factor != 1 and value is not None and (
                kind in _SCALED or (column in scales.money and kind in _COUNTED)):
            found.value = value * factor
            if found.value > MAX_MONEY:
                part.problems.append(Problem(
                    Severity.ERROR, f"'{value}' × {factor:,} lớn quá mức có thể có; hãy xem lại"
                    " số này và đơn vị tính của bảng".replace(",", "."), sheet, found.cell))
                found.value = None
    _totals(part, ctx, sheet)
    return empty, quiet


def _drop(part: UnitPart, key: object) -> None:
    if isinstance(key, tuple):
        part.more.pop(key, None)
    else:
        part.values.pop(str(key), None)


def _get(part: UnitPart, code: str, column: int) -> FoundValue | None:
    return part.values.get(code) if column == 0 else part.more.get((code, column))


def _totals(part: UnitPart, ctx: AnalysisContext, sheet: str) -> None:
    """Each total row's figure in each column: the sum of its rows' figures (totals of
    totals in the form's order); the stated one checked against it."""
    names = {t.code: t.name for t in ctx.form.targets}
    columns = range(max(len(ctx.form.columns), 1))
    for target in ctx.form.targets:
        rows = ctx.form.totals.get(target.code)
        if not rows:
            continue
        for column in columns:
            stated = _get(part, target.code, column)
            figures = [_number(found.value) for code in rows
                       if (found := _get(part, code, column)) is not None]
            known = [f for f in figures if f is not None]
            if not known or stated is None:  # no rows to add, or no total row in the file
                if stated is not None and _number(stated.value) is not None:
                    part.problems.append(Problem(
                        Severity.WARNING, f"Dòng \"{names[target.code]}\" ghi tổng "
                        f"{_shown(stated.value)} nhưng các dòng được cộng đều để trống: tổng này "
                        "không được nhập; hãy đề nghị đơn vị ghi số của từng dòng.",
                        sheet, stated.cell))
                if stated is not None:
                    _drop(part, target.code if column == 0 else (target.code, column))
                continue
            total = sum(known)
            if _number(stated.value) is not None and stated.value != total:
                part.problems.append(Problem(
                    Severity.WARNING, f"Dòng \"{names[target.code]}\": tổng ghi trong tệp là "
                    f"{_shown(stated.value)}, cộng các dòng được {_shown(total)}; lấy "
                    f"{_shown(total)}.", sheet, stated.cell))
            stated.value = total


def _shown(value: object) -> str:
    number = _number(value)
    return f"{number:,}".replace(",", ".") if number is not None else str(value)
