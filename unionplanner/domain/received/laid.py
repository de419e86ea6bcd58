"""Reading a return through the layout its form learnt: the return's own table read as a
whole (:func:`unionplanner.domain.report_forms.anatomy.read_anatomy`), each of the form's
value columns found again by its header path, each row named as the learner named it.

A return is the form's template filled in, then often changed: columns moved, added,
merged-then-broken, a header reworded or retyped. A form column is placed in this order:

1. the same header path (folded: case, accents and spacing do not count);
2. the same path once the years are set aside ("Dự toán năm 2026" in a return of 2026 of a
   form learnt from the 2025 template);
3. the same tail, when only one column of the return ends that way ("Nữ" under "Đại học"
   when the return dropped the group heading "Trình độ chuyên môn");
4. a close wording (rapidfuzz, at least :data:`CLOSE` %) that no other column comes near.

A form column that none of these places is *unplaced*: the return says so, column by
column, and is never taken as complete. Nothing here guesses a column by its position.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from rapidfuzz import fuzz

from unionplanner.core.text import fold
from unionplanner.domain.received.columns import ValueColumns, value_columns
from unionplanner.domain.received.findings import (
    AnalysisContext,
    FileAnalysis,
    FileState,
    Problem,
    Severity,
)
from unionplanner.domain.received.matching import Label
from unionplanner.domain.received.period_checks import another_period
from unionplanner.domain.report_forms.anatomy import Anatomy, ColumnRole, RowRole
from unionplanner.domain.report_forms.learn import distinct_name
from unionplanner.domain.report_forms.outline import is_female_label
from unionplanner.domain.report_forms.table_words import PATH_SEPARATOR
from unionplanner.domain.sheets import detect

#: the least rapidfuzz score (0–100) of a reworded header path
CLOSE = 85.0
_YEAR = re.compile(r"\b(19|20)\d{2}\b")


@dataclass
class Placement:
    """Where a return holds the form's value columns: form column → sheet column (0-based);
    ``unplaced`` the form columns not found (their names); ``reworded`` (form column, the
    return's header) placed by a close wording, to be looked at; ``scale`` per sheet column
    (figures × scale are in the base unit); ``money`` the sheet columns whose own header
    names money ("Chi phí (1.000 đ)"), where every number is money whatever its row."""

    sheet_columns: dict[int, int] = field(default_factory=dict)
    unplaced: list[str] = field(default_factory=list)
    reworded: list[tuple[str, str]] = field(default_factory=list)
    scale: dict[int, int] = field(default_factory=dict)
    note: int | None = None
    money: set[int] = field(default_factory=set)


def laid_table(anatomy: Anatomy) -> detect.Table:
    """``anatomy`` as the rows-layout table the rest of the import reads: the label, unit
    and value columns, every row below the header; its labels named as the learner names
    rows (two "Tổng cộng" told apart by their section: :func:`distinct_name`), so a
    return's row meets its indicator by the same words. The anatomy is kept in
    ``table.memo["anatomy"]``."""
    unit = anatomy.column(ColumnRole.UNIT)
    # the unit's own figure first, as the learner orders them
    values = [c for c in anatomy.value_columns if c.is_own] or anatomy.value_columns
    skipped = [(anatomy.numbering_row, "hàng đánh số cột")] \
        if anatomy.numbering_row is not None else []
    table = detect.Table(anatomy.sheet, detect.ROWS, tuple(anatomy.header_rows),
                         anatomy.label_col, [r.index for r in anatomy.rows],
                         value_col=values[0].index if values else None,
                         uom_col=unit.index if unit is not None else None, skipped=skipped)
    labels, where = [], []
    seen: dict[str, int] = {}
    ordinal = 0
    for row in anatomy.rows:
        if row.role in (RowRole.HEADING, RowRole.FEMALE, RowRole.NUMBERING):
            continue
        ordinal += 1
        labels.append(Label(distinct_name(row.label, row.section, seen), row.unit, ordinal,
                            code=row.code))
        where.append(row.index)
    table.memo["labels"] = (labels, where)
    table.memo["anatomy"] = anatomy
    return table


def _key(path: tuple[str, ...] | list[str], years: bool = True) -> tuple[str, ...]:
    parts = (fold(p) for p in path)
    return tuple(parts if years else (_YEAR.sub("#", p) for p in parts))


def place_columns(anatomy: Anatomy, layout: dict[str, Any], names: list[str]) -> Placement:
    """Where each value column of the form (``layout["columns"]``, named ``names`` as the
    form shows them) is in the return read as ``anatomy`` (see the module text). The
    return's own scale for a column ("ĐVT: 1.000 đồng" over the table, "(triệu đồng)" in
    its header) wins over the form's; without one, the form's scale is the return's."""
    placement = Placement()
    note = anatomy.column(ColumnRole.NOTE)
    placement.note = note.index if note is not None else None
    form_columns = layout.get("columns") or []
    wanted = [tuple(c.get("path") or ()) for c in form_columns]
    free = {c.index: c for c in anatomy.value_columns}
    steps = (lambda f, c: _key(f) == _key(c.path),
             lambda f, c: _key(f, False) == _key(c.path, False))
    for step in steps:
        for i, path in enumerate(wanted):
            if i in placement.sheet_columns:
                continue
            found = [c for c in free.values() if step(path, c)]
            if len(found) == 1 and not _claimed(path, found[0], wanted, placement, step):
                placement.sheet_columns[i] = found[0].index
                del free[found[0].index]
    aspects = [c.get("aspect") for c in form_columns]
    for i, path in enumerate(wanted):
        if i not in placement.sheet_columns:
            alike = {k: c for k, c in free.items()
                     if not (aspects[i] and c.aspect and c.aspect != aspects[i])}
            column = _by_tail(path, alike) or _by_wording(path, alike)
            if column is not None:
                placement.sheet_columns[i] = column.index
                if _worded_apart(path, column.path):
                    placement.reworded.append((names[i] if i < len(names) else
                                               PATH_SEPARATOR.join(path), column.name))
                del free[column.index]
    for i, path in enumerate(wanted):
        if i not in placement.sheet_columns:
            placement.unplaced.append(names[i] if i < len(names) and names[i]
                                      else PATH_SEPARATOR.join(path))
    form_scale = {i: int(c.get("scale") or layout.get("scale") or 1)
                  for i, c in enumerate(form_columns)}
    by_index = {c.index: c for c in anatomy.value_columns}
    for i, col in placement.sheet_columns.items():
        column = by_index[col]
        own = column.scale if column.scale != 1 else anatomy.scale
        # a return that states its unit ("ĐVT: đồng") means its scale, even 1
        stated = own != 1 or bool(column.unit or anatomy.unit)
        placement.scale[col] = own if stated else form_scale[i]
        if (column.unit or str(form_columns[i].get("unit") or "")) == "đồng":
            placement.money.add(col)
    return placement


def _worded_apart(path: tuple[str, ...], other: tuple[str, ...]) -> bool:
    """Whether two header paths differ over the levels both have (years aside): a column
    placed by a shared leaf under another group, or by a close wording, to be looked at."""
    depth = min(len(path), len(other))
    return _key(path[len(path) - depth:], False) != _key(other[len(other) - depth:], False)


def _claimed(path: tuple[str, ...], column: Any, wanted: list[tuple[str, ...]],
             placement: Placement, step: Any) -> bool:
    """Whether another unplaced form column would take ``column`` by the same step (then
    neither is placed by it: two form columns never share one)."""
    return sum(1 for j, other in enumerate(wanted)
               if j not in placement.sheet_columns and step(other, column)) > 1


def _by_tail(path: tuple[str, ...], free: dict[int, Any]) -> Any:
    """The one free column whose path and ``path`` end the same way (the longer the tail
    the better; a tail that two columns share places nothing)."""
    for depth in range(min(len(path), 4), 0, -1):
        tail = _key(path[-depth:], False)
        found = [c for c in free.values() if len(c.path) >= depth
                 and _key(c.path[-depth:], False) == tail]
        if len(found) == 1:
            return found[0]
        if found:
            return None
    return None


def _by_wording(path: tuple[str, ...], free: dict[int, Any]) -> Any:
    """The free column whose whole path reads close to ``path``, when no other is near."""
    text = " ".join(_key(path, False))
    scored = sorted(((fuzz.token_sort_ratio(text, " ".join(_key(c.path, False))), c)
                     for c in free.values()), key=lambda sc: sc[0], reverse=True)
    if not scored or scored[0][0] < CLOSE:
        return None
    if len(scored) > 1 and scored[1][0] >= scored[0][0] - 5:
        return None
    return scored[0][1]


def placed_columns(analysis: FileAnalysis, table: detect.Table, anatomy: Anatomy,
                   ctx: AnalysisContext) -> tuple[ValueColumns, Placement]:
    """The form's value columns in the return read as ``anatomy`` (:func:`place_columns`)
    as the value readers take them, and the placement (each column's scale, the money
    columns). A column its path does
    not place is looked for by the words returns use for it
    (:func:`unionplanner.domain.received.columns.value_columns`: "Số lượng", "Kỳ này", a
    "Nữ" column or "- Trong đó: nữ" lines). What is still not placed is said, column by
    column, and recorded in ``analysis.unplaced`` (the file is then not complete); without
    the form's main column the file fails, naming it."""
    layout = ctx.form.layout
    names = ctx.form.columns or [PATH_SEPARATOR.join(c.get("path") or ())
                                 for c in layout.get("columns") or []]
    placement = place_columns(anatomy, layout, names)
    where = ValueColumns(placement.sheet_columns, placement.note)
    if placement.unplaced:
        found = _by_words(placement, names, table, anatomy, ctx)
        where.other_periods = found.other_periods
        where.note = placement.note if placement.note is not None else found.note
    sheet = anatomy.sheet.name
    for form_name, header in placement.reworded:
        analysis.problems.append(Problem(
            Severity.WARNING, f"Cột \"{header}\" của tệp được hiểu là cột \"{form_name}\" của "
            "mẫu (tên cột khác mẫu): hãy kiểm tra.", sheet))
    _column_years(analysis, anatomy, placement, ctx)
    analysis.unplaced = list(placement.unplaced)
    if 0 not in placement.sheet_columns:
        analysis.fail(f"Không tìm thấy cột \"{placement.unplaced[0]}\" (cột số liệu chính của "
                      "mẫu) trong bảng của tệp nên không nhập được. Hãy kiểm tra đơn vị đã "
                      "dùng đúng biểu mẫu, hoặc sửa tên cột trong tệp cho khớp mẫu rồi nhập "
                      "lại.", sheet=sheet)
    elif placement.unplaced:
        analysis.problems.append(Problem(
            Severity.WARNING, f"Tệp thiếu {len(placement.unplaced)} cột của mẫu nên các cột này "
            "chưa có số liệu (báo cáo chưa đủ): " + "; ".join(
                f"\"{n}\"" for n in placement.unplaced[:6])
            + (" ..." if len(placement.unplaced) > 6 else "")
            + ". Nếu đơn vị đã đổi tên cột, hãy sửa tên cột trong tệp cho khớp mẫu.", sheet))
    return where, placement


def _column_years(analysis: FileAnalysis, anatomy: Anatomy, placement: Placement,
                  ctx: AnalysisContext) -> None:
    """The years in the return's column headers as evidence of its period: the template
    for 2026 heads its columns "Ước thực hiện năm 2025 | Dự toán năm 2026"; a return whose
    same columns say 2026 and 2027 is the report for 2027 whatever its title says, and is
    not stored under 2026 unless the clerk says so (as for a stated period)."""
    layout = ctx.form.layout
    base = layout.get("year")
    columns = layout.get("columns") or []
    if not isinstance(base, int) or analysis.status == FileState.FAILED:
        return
    by_index = {c.index: c for c in anatomy.value_columns}
    implied: dict[int, str] = {}
    for i, col in placement.sheet_columns.items():
        year = columns[i].get("year") if i < len(columns) else None
        found = by_index.get(col)
        if isinstance(year, int) and found is not None and found.year is not None:
            implied.setdefault(found.year - (year - base), found.name)
    if len(implied) != 1:
        return
    [year] = implied
    if year != int(ctx.period[:4]):
        another_period(analysis, ctx, str(year), f"Cột \"{implied[year]}\" của tệp cho thấy "
                       f"đây là báo cáo năm {year}", anatomy.sheet.name)


def _by_words(placement: Placement, names: list[str], table: detect.Table, anatomy: Anatomy,
              ctx: AnalysisContext) -> ValueColumns:
    """Place what the paths left by the words returns use (see :func:`placed_columns`); a
    "Nữ" column the "- Trong đó: nữ" lines give is not missing. Returns what the words
    found (its note column, whether the headers name other periods)."""
    found = value_columns(table, ctx.form.columns, ctx.period)
    taken = set(placement.sheet_columns.values())
    lines = any(r.role == RowRole.FEMALE for r in anatomy.rows)
    unplaced = []
    for i, name in enumerate(names):
        if i in placement.sheet_columns:
            continue
        col = found.sheet_columns.get(i)
        if col is not None and col not in taken:
            placement.sheet_columns[i] = col
            taken.add(col)
            placement.scale[col] = anatomy.scale
        elif not (lines and i > 0 and is_female_label(name)):
            unplaced.append(name)
    placement.unplaced = unplaced
    return found
