"""Lists the office prints or sends on: the units that have not reported ("chưa nộp")."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from unionplanner.domain.units.models import Unit


def write_missing_xlsx(path: str | Path, units: Sequence[Unit], *, period: str,
                       form_name: str, office_name: str = "") -> Path:
    """Write the "chưa nộp" list (STT | Mã đơn vị | Tên công đoàn cơ sở | Khu vực | Ghi chú)
    as an .xlsx with a heading naming the form and the period in words ("tháng 5/2026",
    "6 tháng đầu năm 2025").
    Raises OSError when the file cannot be written (e.g. open in Excel)."""
    from unionplanner.domain.documents.excel import write_tables
    from unionplanner.domain.report_forms.periods import parse_period
    from unionplanner.domain.units.sectors import SECTORS

    rows = [[number, unit.code, unit.name, SECTORS.get(unit.sector, unit.sector), ""]
            for number, unit in enumerate(units, 1)]
    return write_tables(
        path, f"Danh sách công đoàn cơ sở chưa nộp báo cáo {parse_period(period).text}",
        {"Chưa nộp": (["STT", "Mã đơn vị", "Tên công đoàn cơ sở", "Khu vực", "Ghi chú"], rows,
                      [6, 12, 55, 30, 20])},
        heading=[office_name.upper(), f"Mẫu báo cáo: {form_name}"],
        footer=[f"Tổng cộng: {len(units)} đơn vị"])


def reminder_text(office_name: str, form_name: str, period: str, units: Sequence[Unit], *,
                  deadline: str = "") -> str:
    """A ready reminder to the units that have not reported ``form_name`` for ``period``
    (a period code), to copy into an e-mail, Zalo or a printed notice (Vietnamese, plain
    text). ``deadline``: the new date asked for ("15/11/2026"), or "" to say "sớm nhất"."""
    from unionplanner.domain.report_forms.periods import parse_period

    names = "\n".join(f"  {number}. {unit.name}" for number, unit in enumerate(units, 1))
    office = office_name or "cơ quan"
    by = f"trước ngày {deadline}" if deadline else "trong thời gian sớm nhất"
    return (f"Kính gửi: Ban Chấp hành các công đoàn cơ sở:\n{names}\n\n"
            f"Đến nay, {office} chưa nhận được báo cáo \"{form_name}\" "
            f"{parse_period(period).text} của đơn vị. Đề nghị đồng chí Chủ tịch công đoàn cơ "
            f"sở chỉ đạo hoàn thành và gửi báo cáo về {office} {by}. Nếu đơn vị đã gửi, "
            "xin báo lại để kiểm tra.\n\nTrân trọng cảm ơn.")
