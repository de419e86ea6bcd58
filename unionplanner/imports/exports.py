"""Lists the office prints or sends on: the units that have not reported ("chưa nộp")."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from unionplanner.units.models import Unit


def write_missing_xlsx(path: str | Path, units: Sequence[Unit], *, period: str,
                       form_name: str, office_name: str = "") -> Path:
    """Write the "chưa nộp" list (STT | Mã đơn vị | Tên công đoàn cơ sở | Khu vực | Ghi chú)
    as an .xlsx with a heading naming the form and the period (YYYY-MM shown as MM/YYYY).
    Raises OSError when the file cannot be written (e.g. open in Excel)."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font

    from unionplanner.units.sectors import SECTORS

    year, month = period.split("-")
    book = Workbook()
    sheet = book.active
    sheet.title = "Chưa nộp"
    sheet["A1"] = office_name.upper()
    sheet["A3"] = f"DANH SÁCH CÔNG ĐOÀN CƠ SỞ CHƯA NỘP BÁO CÁO THÁNG {month}/{year}"
    sheet["A4"] = f"Mẫu báo cáo: {form_name}"
    sheet["A1"].font = Font(bold=True)
    sheet["A3"].font = Font(bold=True, size=13)
    sheet.merge_cells("A3:E3")
    sheet.merge_cells("A4:E4")
    sheet["A3"].alignment = sheet["A4"].alignment = Alignment(horizontal="center")
    sheet.append([])
    sheet.append(["STT", "Mã đơn vị", "Tên công đoàn cơ sở", "Khu vực", "Ghi chú"])
    for cell in sheet[6]:
        cell.font = Font(bold=True)
    for number, unit in enumerate(units, 1):
        sheet.append([number, unit.code, unit.name, SECTORS.get(unit.sector, unit.sector), ""])
    sheet.append([])
    sheet.append(["", f"Tổng cộng: {len(units)} đơn vị"])
    for col, width in zip("ABCDE", (6, 12, 55, 30, 20)):
        sheet.column_dimensions[col].width = width
    path = Path(path)
    book.save(path)
    return path
