"""The indicator labels of a table found in a received file: what the matching against a
form's indicators starts from. Independent of the form, so found in the reading worker with
the tables (:func:`unionplanner.domain.received.reading.iter_reads`)."""

from __future__ import annotations

from unionplanner.core.text import clean, fold
from unionplanner.domain.received.cells import number_col
from unionplanner.domain.received.matching import Label
from unionplanner.domain.received.values import EXTERNAL, NO_RESULT
from unionplanner.domain.report_forms.kinds import IndicatorKind
from unionplanner.domain.report_forms.outline import FEMALE, HEADING, classify, is_female_label
from unionplanner.domain.sheets import detect


def table_labels(table: detect.Table) -> tuple[list[Label], list[int]]:
    """The indicator labels of ``table`` and, for each, its row (rows layout) or column
    index (0-based): a row's text without its bracketed unit ("Tổng số đoàn viên (người)" →
    "Tổng số đoàn viên", unit "người"), a yes/no hint from its value cell; headings with
    blank value cells and "- Trong đó: nữ" lines left out, as the female half of a column
    pair. Found once per table (kept in ``table.memo``); it does not depend on the form, so
    the reading worker finds them with the tables."""
    cached = table.memo.get("labels")  # the table chosen is labelled twice
    if cached is not None:
        return cached  # type: ignore[return-value]
    labels, where = [], []
    if table.layout == detect.ROWS:
        for ordinal, row in enumerate(table.data_rows, 1):
            if _not_an_indicator(table, row):
                continue
            text, bracket = detect.split_unit(table.label(row))
            hint = ""
            if table.value_col is not None:
                cell = table.sheet.cell(row, table.value_col)
                if isinstance(cell, str) and fold(cell) in ("co", "khong", "x", "chua",
                                                            "da thuc hien"):
                    hint = IndicatorKind.YESNO
            labels.append(Label(text, table.unit_of_measure(row) or bracket, ordinal, hint))
            where.append(row)
    else:
        ordinal = 0
        for column in table.columns:
            if column.split and is_female_label(column.split):
                continue  # the female half of an indicator: read with its main column
            ordinal += 1
            labels.append(Label(column.label, column.unit_of_measure, ordinal))
            where.append(column.index)
    table.memo["labels"] = (labels, where)
    return labels, where


def _not_an_indicator(table: detect.Table, row: int) -> bool:
    """A section or group heading with nothing in its value cells ("I. TÌNH HÌNH LAO ĐỘNG",
    "1. Lao động"), or a "- Trong đó: nữ" line: never matched to an indicator (a heading's
    blank cells are not zeros)."""
    line = classify(table.sheet.cell(row, number_col(table)), table.label(row),
                    table.unit_of_measure(row))
    if line.kind == FEMALE:
        return True
    if line.kind != HEADING:
        return False
    cells = table.sheet.rows[row][table.label_col + 1:]
    return not any(c not in ("", None) and c is not NO_RESULT and c is not EXTERNAL and clean(c)
                   for c in cells)
