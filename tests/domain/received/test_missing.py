"""The "chưa nộp" list and the reminder say the period in words, for any kind of period
(issue 27 item 7: "2025-H1" appeared as a code; the list's heading said "tháng H1/2025")."""

from __future__ import annotations

import pytest
from openpyxl import load_workbook

from unionplanner.domain.received.missing import reminder_text, write_missing_xlsx
from unionplanner.domain.units.models import Unit


@pytest.mark.parametrize("period, words", [("2026-05", "tháng 5/2026"),
                                           ("2025-H1", "6 tháng đầu năm 2025"),
                                           ("2025-Q3", "quý III/2025")])
def test_the_period_is_said_in_words(tmp_path, period, words):
    units = [Unit(code="A01", name="CĐCS Trường A", sector="hcsn", email="a@x.vn")]
    book = load_workbook(write_missing_xlsx(tmp_path / "cn.xlsx", units, period=period,
                                            form_name="Mẫu 1", office_name="CĐ xã A"))
    cells = [c for row in book.active.iter_rows(values_only=True) for c in row if c]
    heading = next(c for c in cells if str(c).startswith("DANH SÁCH"))
    assert heading.endswith(words.upper()) and period not in heading
    text = reminder_text("CĐ xã A", "Mẫu 1", period, units)
    assert words in text and period not in text
