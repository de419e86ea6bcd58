"""Ready-to-fill Excel forms, one per unit, for sending down.

Each workbook has the unit's name and the period filled in, the layout locked (sheet
protection without a password: the office only wants to stop accidents), value cells
unlocked with data validation (whole numbers ≥ 0, a Có/Không list, 0–100 for percentages)
and a very hidden sheet :data:`~unionplanner.domain.sheets.workbook.MARKER_SHEET` that names the
form, version, unit, period and the row of every indicator — so a returned copy imports with
no matching at all.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from unionplanner.core.errors import UserError
from unionplanner.core.paths import safe_file_name, save_document
from unionplanner.domain.office.service import get_office
from unionplanner.domain.report_forms.kinds import IndicatorKind
from unionplanner.domain.report_forms.models import FormVersion, ReportForm
from unionplanner.domain.report_forms.outline import headings_before
from unionplanner.domain.report_forms.periods import PeriodKind, parse_period
from unionplanner.domain.report_forms.service import get_form
from unionplanner.domain.sheets.workbook import MARKER_SHEET
from unionplanner.domain.units.models import Unit

FIRST_ROW = 8  # the first indicator row (Excel numbering)
VALUE_COLUMN = "D"


def _period_text(period: str) -> str:
    """"Kỳ báo cáo: tháng 05/2023", or for the statistics periods "Kỳ báo cáo: 6 tháng đầu
    năm 2025 (Số liệu tính đến ngày 31/5/2025)"."""
    parsed = parse_period(period)
    if parsed.kind == PeriodKind.MONTH:
        return f"Kỳ báo cáo: tháng {parsed.last.month:02d}/{parsed.code[:4]}"
    if parsed.kind == PeriodKind.DAY:
        return parsed.cutoff_text
    return f"Kỳ báo cáo: {parsed.text} {parsed.cutoff_text}"


def build_workbook(form: ReportForm, unit: Unit, period: str, office_name: str = "") -> Any:
    """An openpyxl Workbook of ``form``'s current version for ``unit`` and ``period``."""
    from openpyxl import Workbook

    book = Workbook()
    sheet: Any = book.active
    sheet.title = "Báo cáo"
    styles = _styles()
    labels = _column_labels(form.current)
    _heading(sheet, styles, form, unit, period, office_name, labels)
    rows = _indicator_rows(sheet, styles, form.current, labels)
    end = max(rows.values(), default=FIRST_ROW - 1) + 1
    sheet.cell(end + 2, 2, "NGƯỜI LẬP BIỂU").font = styles["bold"]
    sheet.cell(end + 2, 4, "TM. BAN CHẤP HÀNH").font = styles["bold"]
    sheet.cell(end + 3, 4, "CHỦ TỊCH").font = styles["bold"]
    from openpyxl.utils import get_column_letter

    widths = (6, 60, 14, *([18] if len(labels) < 2 else [14] * len(labels)), 18)
    for col, width in enumerate(widths, 1):
        sheet.column_dimensions[get_column_letter(col)].width = width
    sheet.protection.sheet = True
    sheet.protection.formatCells = False
    sheet.protection.formatColumns = False
    sheet.protection.formatRows = False
    sheet.page_setup.orientation = "portrait"
    sheet.page_setup.paperSize = sheet.PAPERSIZE_A4
    _marker(book, form, unit, period, rows)
    return book


def _column_labels(version: FormVersion) -> list[str]:
    """The value columns' headers: "Kết quả thực hiện" for one column; "Tổng số", "Trong
    đó: Nữ" for a statistics form (as Mẫu 1-HĐCĐ prints them)."""
    columns = list(version.columns or [])
    if len(columns) < 2:
        return ["Kết quả thực hiện"]
    return [f"Trong đó: {c}" if c == "Nữ" else c for c in columns]


def _styles() -> dict[str, Any]:
    """Fonts (Times New Roman 12), borders and alignments of the form."""
    from openpyxl.styles import Alignment, Border, Font, Side

    thin = Side(style="thin")
    return {
        "bold": Font(name="Times New Roman", bold=True, size=12),
        "normal": Font(name="Times New Roman", size=12),
        "italic": Font(name="Times New Roman", italic=True, size=12),
        "box": Border(left=thin, right=thin, top=thin, bottom=thin),
        "wrap": Alignment(wrap_text=True, vertical="center"),
        "centre": Alignment(horizontal="center", vertical="center", wrap_text=True),
    }


def _heading(sheet: Any, styles: dict[str, Any], form: ReportForm, unit: Unit, period: str,
             office_name: str, labels: list[str]) -> None:
    """The bodies, the national motto, the form's title and period, the column headers."""
    from unionplanner.domain.documents.excel import put

    # names typed by people: never written as formulas (documents.excel.put)
    put(sheet["A1"], office_name.upper())
    put(sheet["A2"], f"CĐCS {unit.name.removeprefix('Công đoàn cơ sở ').strip()}".upper())
    sheet["D1"] = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
    sheet["D2"] = "Độc lập - Tự do - Hạnh phúc"
    put(sheet["A4"], form.title or form.name)
    sheet["A5"] = _period_text(period)
    for ref in ("A1", "A2", "D1", "D2", "A4"):
        sheet[ref].font = styles["bold"]
    sheet["A5"].font = styles["italic"]
    sheet.merge_cells("A4:E4")
    sheet.merge_cells("A5:E5")
    sheet["A4"].alignment = styles["centre"]
    sheet["A5"].alignment = styles["centre"]
    sheet.row_dimensions[4].height = 48
    if len(labels) < 2:
        headers = ("STT", "Nội dung", "Đơn vị tính", labels[0], "Ghi chú")
        for col, text in enumerate(headers, 1):
            cell = sheet.cell(FIRST_ROW - 1, col, text)
            cell.font, cell.alignment, cell.border = styles["bold"], styles["centre"], styles["box"]
        return
    # two header rows: "Số lượng" over "Tổng số | Trong đó: Nữ" (Mẫu 1-HĐCĐ)
    top, low = FIRST_ROW - 2, FIRST_ROW - 1
    note = 4 + len(labels)
    for col, text in ((1, "TT"), (2, "Nội dung"), (3, "Đơn vị tính"), (4, "Số lượng"),
                      (note, "Ghi chú")):
        sheet.cell(top, col, text)
    for offset, label in enumerate(labels):
        sheet.cell(low, 4 + offset, label)
    for col in (1, 2, 3, note):
        sheet.merge_cells(start_row=top, start_column=col, end_row=low, end_column=col)
    sheet.merge_cells(start_row=top, start_column=4, end_row=top, end_column=note - 1)
    for row in (top, low):
        for col in range(1, note + 1):
            cell = sheet.cell(row, col)
            cell.font, cell.alignment, cell.border = styles["bold"], styles["centre"], styles["box"]


def _indicator_rows(sheet: Any, styles: dict[str, Any], version: FormVersion,
                    labels: list[str]) -> dict[str, int]:
    """One row per indicator, under the form's section and group headings; only the value
    and note cells are unlocked, each value cell validated by its kind (whole ≥ 0, Có/Không,
    0–100 %); "x" where a column does not apply. Returns code → row (Excel numbering)."""
    from openpyxl.styles import Protection
    from openpyxl.worksheet.datavalidation import DataValidation

    from unionplanner.domain.documents.excel import put

    whole = DataValidation(type="whole", operator="greaterThanOrEqual", formula1="0",
                           allow_blank=True, showErrorMessage=True,
                           errorTitle="Số không hợp lệ", error="Nhập số nguyên, không âm.")
    yes_no = DataValidation(type="list", formula1='"Có,Không"', allow_blank=True,
                            showErrorMessage=True, errorTitle="Chọn Có hoặc Không",
                            error="Chọn Có hoặc Không trong danh sách.")
    percent = DataValidation(type="decimal", operator="between", formula1="0", formula2="100",
                             allow_blank=True, showErrorMessage=True,
                             errorTitle="Tỉ lệ không hợp lệ", error="Nhập tỉ lệ từ 0 đến 100.")
    for validation in (whole, yes_no, percent):
        sheet.add_data_validation(validation)
    unlocked = Protection(locked=False)
    headings = headings_before(version.headings)
    note = 4 + len(labels)
    rows: dict[str, int] = {}
    row = FIRST_ROW
    for indicator in version.indicators:
        for heading in headings.get(indicator.code, []):
            for col, value in ((1, heading.get("number", "")), (2, heading.get("text", ""))):
                cell = sheet.cell(row, col)
                put(cell, value)
                cell.font, cell.border = styles["bold"], styles["box"]
            for col in range(3, note + 1):
                sheet.cell(row, col).border = styles["box"]
            row += 1
        number = indicator.number or (str(indicator.position) if len(labels) < 2 else "")
        name = indicator.name if not indicator.parent_code or not indicator.number or \
            indicator.number.isdigit() else f"{indicator.number} {indicator.name}"
        values = (number if not indicator.parent_code else "", name, indicator.unit_of_measure)
        for col, value in enumerate(values, 1):
            cell = sheet.cell(row, col)
            put(cell, value)
            cell.font, cell.border = styles["normal"], styles["box"]
            cell.alignment = styles["centre"] if col in (1, 3) else styles["wrap"]
        for column in range(len(labels)):
            cell = sheet.cell(row, 4 + column)
            cell.border, cell.font = styles["box"], styles["normal"]
            if (indicator.columns is not None and column not in indicator.columns) or \
                    indicator.kind == IndicatorKind.RATE:  # does not apply, or computed
                cell.value, cell.alignment = "x", styles["centre"]
                continue
            cell.protection = unlocked
            target = cell.coordinate
            if indicator.kind == IndicatorKind.YESNO:
                yes_no.add(target)
            elif indicator.kind == IndicatorKind.PERCENT:
                percent.add(target)
            else:
                whole.add(target)
                if indicator.kind in (IndicatorKind.MONEY, IndicatorKind.AVERAGE):
                    cell.number_format = "#,##0"
        sheet.cell(row, note).protection = unlocked
        sheet.cell(row, note).border = styles["box"]
        rows[indicator.code] = row
        row += 1
    return rows


def _marker(book: Any, form: ReportForm, unit: Unit, period: str, rows: dict[str, int]) -> None:
    """The very hidden sheet that names the form, version, unit, period and each indicator's
    row, so a returned copy imports without matching."""
    from unionplanner.domain.documents.excel import append_row

    version = form.current
    marker = book.create_sheet(MARKER_SHEET)
    append_row(marker, ["app", "UnionPlanner"])
    append_row(marker, ["form", form.id])
    append_row(marker, ["version", version.number])
    append_row(marker, ["unit", unit.code])
    append_row(marker, ["period", period])
    append_row(marker, ["value_column", VALUE_COLUMN])
    for indicator in version.indicators:
        append_row(marker, ["indicator", indicator.code, rows[indicator.code]])
    marker.sheet_state = "veryHidden"
    marker.protection.sheet = True


def form_file_name(unit: Unit, period: str) -> str:
    """"SA001 - Phòng Giáo dục và Đào tạo - 2023-05.xlsx" (made safe for Windows by
    :func:`unionplanner.core.paths.safe_file_name`)."""
    name = unit.name.removeprefix("Công đoàn cơ sở ").strip()
    return safe_file_name(f"{unit.code} - {name} - {period}.xlsx")


def generate_forms(session: Session, form_id: int, period: str, out_dir: Path,
                   unit_codes: Sequence[str] | None = None) -> list[Path]:
    """Write one ready-to-fill workbook per unit active in ``period`` (or per code in
    ``unit_codes``) into ``out_dir``; return the paths. Raises UserError for an unknown
    form, period or unit code."""
    from unionplanner.domain.report_forms.periods import period_bounds

    form = get_form(session, form_id)
    first, last = period_bounds(period)
    stmt = select(Unit).order_by(Unit.code)
    units = list(session.scalars(stmt))
    if unit_codes:
        wanted = set(unit_codes)
        unknown = wanted - {u.code for u in units}
        if unknown:
            raise UserError("Không có đơn vị mã: " + ", ".join(sorted(unknown)))
        units = [u for u in units if u.code in wanted]
    else:
        units = [u for u in units if u.active_between(first, last)]
    if not units:
        raise UserError("Chưa có đơn vị nào để tạo biểu mẫu. Hãy nhập danh sách CĐCS trước.")
    office = get_office(session)
    office_name = office.name if office else ""
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    written = []
    for unit in units:
        path = out_dir / form_file_name(unit, period)
        save_document(path, build_workbook(form, unit, period, office_name).save)
        written.append(path)
    return written
