"""Writing tables the office prints or sends on as Excel workbooks (openpyxl): a heading, a
bold header row with borders, numbers as numbers, the header frozen and repeated on every
printed page, A4 fitted to the page width.

Text that starts like a formula ("=", "+", "-", "@") is always stored as text, so a unit or
activity named "=HYPERLINK(…)" can never run as a formula when the file is opened.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any

from unionplanner.core.paths import save_document

#: (header, rows, column widths in characters)
TableSpec = tuple[Sequence[str], Sequence[Sequence[object]], Sequence[float]]
_FORMULA_START = ("=", "+", "-", "@")


def put(cell: Any, value: object) -> None:
    """Set an openpyxl cell; text that looks like a formula ("=", "+", "-", "@") is stored
    as text, so a name like "=HYPERLINK(…)" never runs when the file is opened."""
    cell.value = value
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        cell.data_type = "s"  # text, never a formula


def append_row(sheet: Any, values: Iterable[object]) -> None:
    """``sheet.append(values)`` with every text cell made safe as in :func:`put`."""
    sheet.append(list(values))
    for cell in sheet[sheet.max_row]:
        if isinstance(cell.value, str) and cell.value.startswith(_FORMULA_START):
            cell.data_type = "s"


def write_tables(path: str | Path, title: str, sheets: dict[str, TableSpec], *,
                 heading: Sequence[str] = (), footer: Sequence[str] = (),
                 own: Mapping[str, tuple[Sequence[str], str]] | None = None) -> Path:
    """Write one sheet per entry of ``sheets`` (name → header, rows, widths) under the lines
    of ``heading`` (bold) and ``title`` (bold, centred; its first line in capitals, further
    lines as given), with ``footer`` lines below the table; ``own`` gives a sheet its own
    (heading, title). Returns the path; OSError propagates (e.g. the file is open in
    Excel)."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
    from openpyxl.utils import get_column_letter

    thin = Side(style="thin", color="000000")
    border = Border(left=thin, right=thin, top=thin, bottom=thin)
    book = Workbook()
    book.remove(book.worksheets[0])
    for name, (header, rows, widths) in sheets.items():
        sheet = book.create_sheet(name[:31])
        columns = len(header)
        last = get_column_letter(columns)
        row = 1
        lines, text = (own or {}).get(name, (heading, title))
        for line in lines:
            put(sheet.cell(row, 1), line)
            sheet.cell(row, 1).font = Font(bold=True)
            row += 1
        if lines:
            row += 1
        first, *rest = text.split("\n")
        put(sheet.cell(row, 1), "\n".join([first.upper(), *rest]))
        sheet.cell(row, 1).font = Font(bold=True, size=13)
        sheet.cell(row, 1).alignment = Alignment(horizontal="center", wrap_text=True)
        sheet.merge_cells(f"A{row}:{last}{row}")
        sheet.row_dimensions[row].height = 34 + 17 * len(rest)
        row += 2
        header_row = row
        for column, text in enumerate(header, 1):
            cell = sheet.cell(row, column)
            put(cell, text)
            cell.font = Font(bold=True)
            cell.border = border
            cell.fill = PatternFill("solid", fgColor="D9D9D9")
            cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        sheet.row_dimensions[header_row].height = 32
        for values in rows:
            row += 1
            for column, value in enumerate(values, 1):
                cell = sheet.cell(row, column)
                put(cell, value)
                cell.border = border
                cell.alignment = Alignment(vertical="top", wrap_text=isinstance(value, str))
                if isinstance(value, (int, float)) and not isinstance(value, bool):
                    # grouped thousands (Excel shows 1.234.567 on a Vietnamese PC)
                    cell.number_format = "#,##0" if float(value).is_integer() else "#,##0.0#"
        for line in footer:
            row += 2
            put(sheet.cell(row, 2), line)
        for column, width in enumerate(widths, 1):
            sheet.column_dimensions[get_column_letter(column)].width = width
        sheet.freeze_panes = sheet.cell(header_row + 1, 1)
        sheet.print_title_rows = f"{header_row}:{header_row}"
        sheet.page_setup.paperSize = sheet.PAPERSIZE_A4
        sheet.page_setup.orientation = "landscape" if sum(widths) > 110 else "portrait"
        sheet.page_setup.fitToWidth = 1
        sheet.page_setup.fitToHeight = 0
        sheet.sheet_properties.pageSetUpPr.fitToPage = True
    return save_document(path, book.save)  # a full disk: no truncated .xlsx, no noise
