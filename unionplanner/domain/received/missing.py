"""Lists the office prints or sends on: the units that have not reported ("chưa nộp")."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from unionplanner.domain.units.models import Unit


def write_missing_xlsx(path: str | Path, units: Sequence[Unit], *, period: str,
                       form_name: str, office_name: str = "") -> Path:
    """Write the "chưa nộp" list (STT | Mã đơn vị | Tên công đoàn cơ sở | Khu vực | Ghi chú)
    as an .xlsx with a heading naming the form and the period (YYYY-MM shown as MM/YYYY).
    Raises OSError when the file cannot be written (e.g. open in Excel)."""
    from unionplanner.domain.documents.excel import write_tables
    from unionplanner.domain.units.sectors import SECTORS

    year, month = period.split("-")
    rows = [[number, unit.code, unit.name, SECTORS.get(unit.sector, unit.sector), ""]
            for number, unit in enumerate(units, 1)]
    return write_tables(
        path, f"Danh sách công đoàn cơ sở chưa nộp báo cáo tháng {month}/{year}",
        {"Chưa nộp": (["STT", "Mã đơn vị", "Tên công đoàn cơ sở", "Khu vực", "Ghi chú"], rows,
                      [6, 12, 55, 30, 20])},
        heading=[office_name.upper(), f"Mẫu báo cáo: {form_name}"],
        footer=[f"Tổng cộng: {len(units)} đơn vị"])
