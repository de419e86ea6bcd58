"""Period codes: months, quarters, and the union statistics' half-years and years counted to
31/5 and 30/11 (Quyết định 1454/QĐ-TLĐ)."""

from __future__ import annotations

import datetime as dt

import pytest

from unionplanner.core.errors import UserError
from unionplanner.domain.report_forms.periods import (
    PeriodKind,
    check_period,
    parse_period,
    per_year,
    period_number,
    shift,
)


@pytest.mark.parametrize("code, kind, first, last, text", [
    ("2023-05", PeriodKind.MONTH, dt.date(2023, 5, 1), dt.date(2023, 5, 31), "tháng 5/2023"),
    ("2024-02", PeriodKind.MONTH, dt.date(2024, 2, 1), dt.date(2024, 2, 29), "tháng 2/2024"),
    ("2024-Q1", PeriodKind.QUARTER, dt.date(2024, 1, 1), dt.date(2024, 3, 31), "quý I/2024"),
    ("2025-H1", PeriodKind.HALF_YEAR, dt.date(2024, 12, 1), dt.date(2025, 5, 31),
     "6 tháng đầu năm 2025"),
    ("2025-H2", PeriodKind.HALF_YEAR, dt.date(2025, 6, 1), dt.date(2025, 11, 30),
     "6 tháng cuối năm 2025"),
    ("2025", PeriodKind.YEAR, dt.date(2024, 12, 1), dt.date(2025, 11, 30), "năm 2025"),
    ("2026-10-15", PeriodKind.DAY, dt.date(2026, 10, 15), dt.date(2026, 10, 15),
     "tính đến ngày 15/10/2026"),
])
def test_each_kind_of_period(code, kind, first, last, text):
    period = parse_period(code.lower())
    assert (period.code, period.kind, period.first, period.last, period.text) == (
        code, kind, first, last, text)
    assert check_period(f" {code} ") == code


def test_the_half_year_is_counted_to_31_may():
    period = parse_period("2025-H1")
    assert period.cutoff_text == "(Số liệu tính đến ngày 31/5/2025)"
    assert period.months == ["2024-12", "2025-01", "2025-02", "2025-03", "2025-04", "2025-05"]


@pytest.mark.parametrize("code, steps, moved", [
    ("2025-H1", -1, "2024-H2"), ("2025-H1", -2, "2024-H1"), ("2024-Q1", 4, "2025-Q1"),
    ("2024-Q4", 1, "2025-Q1"), ("2023-01", -1, "2022-12"), ("2025", -1, "2024"),
    ("2024-02-29", 1, "2025-02-28"),  # as at a day: the same day a year on
])
def test_shifting_a_period_by_its_own_kind(code, steps, moved):
    assert shift(code, steps) == moved
    assert per_year(code) == {"2025-H1": 2, "2024-Q1": 4, "2024-Q4": 4, "2023-01": 12,
                              "2025": 1, "2024-02-29": 1}[code]


@pytest.mark.parametrize("bad", ["5/2023", "2023-13", "2024-Q5", "2025-H3", "25", "",
                                 "2026-02-30", "2026-13-01"])
def test_anything_else_is_a_clear_error(bad):
    with pytest.raises(UserError, match="2025-H1"):
        parse_period(bad)


def test_each_period_has_its_own_number():
    codes = ["2023-05", "2023-12", "2024-Q1", "2024-Q4", "2025-H1", "2025-H2", "2025",
             "2025-12-31", "2026-10-15"]
    numbers = [period_number(code) for code in codes]
    assert numbers[0] == 202305 and len(set(numbers)) == len(codes)


@pytest.mark.parametrize("texts, kind, stated", [
    (["6 THÁNG ĐẦU NĂM 2025", "(Số liệu tính đến ngày 31/5/2025)"], "half-year", "2025-H1"),
    (["6 tháng cuối năm 2024"], "half-year", "2024-H2"),
    (["NĂM : 2025", "(Số liệu tính đến ngày : 30 / 11 / 2025)"], "year", "2025"),
    (["Kỳ báo cáo: tháng 05/2023"], "month", "2023-05"),
    (["THÁNG CÔNG NHÂN NĂM 2023"], "month", None),  # a campaign's name, not a month
    (["BÁO CÁO HOẠT ĐỘNG CÔNG ĐOÀN CƠ SỞ"], "half-year", None),
    (["Quý III năm 2026"], "quarter", "2026-Q3"), (["QUÝ 2/2025"], "quarter", "2025-Q2"),
    (["Tổng quỹ tiền lương năm 2026"], "quarter", None),
    (["(Số liệu tính đến ngày 15/10/2026)"], "day", "2026-10-15"),
    (["Thời điểm báo cáo: 01/7/2026"], "day", "2026-07-01"),
    (["Tính đến ngày 15 tháng 10 năm 2026"], "day", "2026-10-15"),
    (["Hà Nội, ngày 5 tháng 6 năm 2026"], "day", None),  # the day it was signed
    (["Tính đến ngày 31/02/2026"], "day", None),
])
def test_the_period_a_return_says_it_is_for(texts, kind, stated):
    from unionplanner.domain.report_forms.periods import stated_period

    assert stated_period(texts, kind) == stated


@pytest.mark.parametrize("texts, kinds", [
    (["BÁO CÁO SỐ LƯỢNG ĐOÀN VIÊN", "Tính đến ngày ……/……/2026"], ["day"]),
    (["BÁO CÁO", "Thời điểm báo cáo: ngày … tháng … năm 2026"], ["day"]),
    (["BÁO CÁO CÁN BỘ", "Tính đến ngày 31/12/2025"], ["year"]),
    (["Kỳ báo cáo: Năm 2026"], ["year"]),
    (["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "BÁO CÁO THÁNG"], ["month"]),
    (["Quý III năm 2026"], ["quarter"]),
])
def test_the_periods_a_template_is_filled_for(texts, kinds):
    from unionplanner.domain.report_forms.learn import _period_kinds

    assert _period_kinds(texts) == kinds
