"""Reading the value cells of a one-unit table: each mapped indicator's main figure, the
form's other columns ("Nữ") from their own sheet columns or from a "- Trong đó: nữ" line, the
note beside each value ("Ghi chú"), blanks counted as zeros (said once per file) and "x"
cells as "not applicable"."""

from __future__ import annotations

from unionplanner.core.text import clean
from unionplanner.domain.received.columns import ValueColumns
from unionplanner.domain.received.findings import (
    AnalysisContext,
    FileAnalysis,
    FoundValue,
    Mapping,
    Problem,
    Severity,
    UnitPart,
)
from unionplanner.domain.received.values import is_x_mark, parse_value
from unionplanner.domain.report_forms.kinds import IndicatorKind
from unionplanner.domain.report_forms.outline import FEMALE, classify, is_female_label
from unionplanner.domain.sheets import detect
from unionplanner.domain.sheets.workbook import cell_address


def read_values(part: UnitPart, cells: list[tuple[str, object, str, Mapping]],
                 kinds: dict[str, str], x_marks: bool, sheet: str,
                 blanks: list[str]) -> None:
    for code, raw, address, mapping in cells:
        parsed = parse_value(raw, kinds[code], x_marks=x_marks)
        if parsed.error:
            part.problems.append(Problem(Severity.ERROR, parsed.error, sheet, address))
        elif parsed.note:
            part.problems.append(Problem(Severity.WARNING, parsed.note, sheet, address))
        if parsed.blank and kinds[code] != IndicatorKind.YESNO:
            blanks.append(address)
        elif parsed.blank and kinds[code] == IndicatorKind.YESNO and parsed.value is None:
            part.problems.append(Problem(Severity.WARNING, "ô Có/Không để trống: chưa có giá trị",
                                         sheet, address))
        part.values[code] = FoundValue(code, parsed.value, address, mapping.label,
                                       mapping.score, mapping.sure)


def x_marks_in(table: detect.Table, value_cells: list[tuple[int, int]]) -> bool:
    return any(is_x_mark(table.sheet.cell(r, c)) for r, c in value_cells)


def read_other_columns(part: UnitPart, analysis: FileAnalysis, ctx: AnalysisContext,
                        where: ValueColumns, x_marks: bool, blanks: list[str]) -> None:
    """The form's other value columns ("Nữ") from their own sheet columns, or from the
    "- Trong đó: nữ" line under an indicator; the note of each value from "Ghi chú"."""
    table = analysis.table
    assert table is not None
    sheet = table.sheet
    female = next((i for i, c in enumerate(ctx.form.columns) if is_female_label(c)), None)
    by_row = {m.index: m for m in analysis.mappings if m.code}
    last: Mapping | None = None
    for row in table.data_rows:
        mapping = by_row.get(row)
        if mapping is not None:
            last = mapping
            if where.note is not None and mapping.code in part.values:
                part.values[mapping.code].note = clean(sheet.cell(row, where.note))
            for column, col in where.sheet_columns.items():
                if column == 0 or not applies(ctx, mapping.code, column):
                    continue
                read_more(part, mapping, column, sheet.cell(row, col), cell_address(row, col),
                           ctx, x_marks, blanks)
            continue
        line = classify(sheet.cell(row, number_col(table)), table.label(row), "")
        if line.kind == FEMALE and female is not None and last is not None and \
                female not in where.sheet_columns and applies(ctx, last.code, female):
            main = where.sheet_columns.get(0, table.value_col)
            assert main is not None
            read_more(part, last, female, sheet.cell(row, main), cell_address(row, main), ctx,
                       x_marks, blanks)


def applies(ctx: AnalysisContext, code: str | None, column: int) -> bool:
    applies = ctx.form.applies.get(code or "")
    return applies is None or column in applies


def read_more(part: UnitPart, mapping: Mapping, column: int, raw: object, address: str,
               ctx: AnalysisContext, x_marks: bool, blanks: list[str]) -> None:
    """One value of another column: an "x" (not applicable) cell stores nothing; a blank one
    counts as 0, as in the main column (said once per file)."""
    assert mapping.code is not None
    if is_x_mark(raw):
        return
    found = UnitPart(part.match)
    read_values(found, [(mapping.code, raw, address, mapping)], ctx.form.kinds, x_marks,
                 "", blanks)
    value = found.values[mapping.code]
    value.column = column
    part.more[(mapping.code, column)] = value
    part.problems += found.problems


def number_col(table: detect.Table) -> int:
    """The TT column: left of the labels."""
    return max(table.label_col - 1, 0) if table.label_col > 0 else -1
