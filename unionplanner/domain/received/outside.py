"""The figures a form asks for above its table, read from a return.

A finance form (Hướng dẫn 1730/TLĐ, Mẫu B14-TLĐ) opens with lines such as::

    - Số lao động : ………… Người        - Số CB chuyên trách CĐ : ………… Người
    - Tổng quỹ tiền lương : ………… triệu đồng

The learner made each an indicator of the form (``layout["outside"]``: label, unit, name).
A unit writes its figure where the dots are ("- Số lao động : 125 Người"), among them
("……125……"), or in the cell to the right of the line. Each is read here, in the unit the
line states ("triệu đồng": the figure × 10⁶ is stored, in đồng). A line still dotted is no
figure; a line the return lacks is said once, naming it. Nothing is taken from a line whose
words are not the form's.
"""

from __future__ import annotations

import re

from rapidfuzz import fuzz

from unionplanner.core.text import clean, fold
from unionplanner.domain.received.findings import (
    AnalysisContext,
    FoundValue,
    Problem,
    Severity,
    UnitPart,
)
from unionplanner.domain.received.values import parse_value
from unionplanner.domain.report_forms.kinds import IndicatorKind
from unionplanner.domain.report_forms.table_words import scale_of
from unionplanner.domain.sheets.workbook import Sheet, cell_address

#: rows above the table searched for the lines
ABOVE = 15
#: the least rapidfuzz score (0–100) of a line's words against the form's
CLOSE = 90.0
_BULLET = re.compile(r"(?:^|\s)[-–+•]\s*")
_GAP = re.compile(r"[…_]+|\.{2,}")
_NUMBER = re.compile(r"\d[\d.,]*")


def read_outside(part: UnitPart, sheet: Sheet, top: int, ctx: AnalysisContext) -> None:
    """Add to ``part`` the figures asked above the table (its first header row ``top``)
    that ``sheet`` gives, as main-column values of their indicators (see the module
    text); a problem for a line not found or a figure that cannot be read."""
    wanted = ctx.form.outside
    if not wanted:
        return
    lines = _lines(sheet, top)
    kinds = ctx.form.kinds
    missing = []
    for code, (label, unit) in wanted.items():
        found = _find(lines, label)
        if found is None:
            missing.append(label)
            continue
        row, col, text = found
        raw: object = _figure(text, unit)
        if raw is None:  # the line ends with the gap: the figure may sit in the next cell
            raw = next((c for c in sheet.rows[row][col + 1:] if c not in ("", None)), None)
            if isinstance(raw, str) and (":" in raw or not _NUMBER.search(raw)):
                raw = None
        if raw is None:
            continue  # still dotted: no figure
        kind = kinds.get(code, IndicatorKind.COUNT)
        parsed = parse_value(raw, kind)
        where = cell_address(row, col)
        if parsed.error or parsed.value is None:
            part.problems.append(Problem(
                Severity.ERROR, f"Số liệu \"{label}\" phía trên bảng: {parsed.error or raw} — "
                "không nhập; hãy sửa trong tệp rồi nhập lại.", sheet.name, where))
            continue
        value = parsed.value
        money = scale_of(unit)
        if money and kind in (IndicatorKind.MONEY, IndicatorKind.AVERAGE) and \
                isinstance(value, int) and not isinstance(value, bool):
            value *= money[1]
        part.values[code] = FoundValue(code, value, where, label)
    if missing:
        part.problems.append(Problem(
            Severity.WARNING, "Tệp không có dòng ghi số liệu phía trên bảng của mẫu: "
            + "; ".join(f"\"{m}\"" for m in missing) + " (để trống khi tổng hợp).",
            sheet.name))


def _lines(sheet: Sheet, top: int) -> list[tuple[int, int, str, str]]:
    """(row, column, the text after a label's colon, the label's words folded) for each
    "label : …" segment of the text cells above the table."""
    found = []
    for r in range(max(0, top - ABOVE), top):
        for c, cell in enumerate(sheet.rows[r]):
            if not isinstance(cell, str) or ":" not in cell:
                continue
            parts = re.split(r"\s*:\s*", clean(cell))
            for before, after in zip(parts, parts[1:]):
                label = _BULLET.split(before)[-1]
                value = _BULLET.split(after)[0]
                found.append((r, c, value, fold(label)))
    return found


def _find(lines: list[tuple[int, int, str, str]], label: str) -> tuple[int, int, str] | None:
    """The line naming ``label`` (the same words, or close ones that no other line comes
    near): (row, column, what follows its colon)."""
    key = fold(label)
    same = [(r, c, v) for r, c, v, k in lines if k == key]
    if same:
        return same[0]
    scored = sorted(((fuzz.ratio(key, k), (r, c, v)) for r, c, v, k in lines), reverse=True,
                    key=lambda s: s[0])
    if scored and scored[0][0] >= CLOSE and (len(scored) == 1 or scored[1][0] < scored[0][0]
                                             - 5):
        return scored[0][1]
    return None


def _figure(text: str, unit: str) -> str | None:
    """The figure written in a line's gap ("125 Người", "……1.250……", "3.500 triệu đồng"),
    as text to parse; None when the gap is still empty."""
    text = _GAP.sub(" ", text)
    if unit and fold(text).endswith(fold(unit)):
        text = text[:len(text) - len(unit)] if text.lower().endswith(unit.lower()) else text
    match = _NUMBER.search(text)
    return match.group(0).rstrip(".,") if match else None
