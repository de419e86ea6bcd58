"""Kinds of indicator and the units of measure that suggest them.

Values are stored as whole numbers: counts and stocks in their unit (người, cuộc...), money
in đồng, yes/no as 1/0, percentages in hundredths of a percent (8550 = 85,5 %).
"""

from __future__ import annotations

import functools
from enum import StrEnum

from unionplanner.core.text import fold


class IndicatorKind(StrEnum):
    """What an indicator's figure is, which decides how it is read, stored and summed
    (stored as the value: "count"…)."""

    COUNT = "count"  # added up over periods and units (người, cuộc…)
    STOCK = "stock"  # what there is at the period's end: never added over periods
    MONEY = "money"  # đồng
    YESNO = "yesno"  # stored 1/0
    PERCENT = "percent"  # hundredths of a percent
    #: a weighted average with a base indicator (``Indicator.base_code``): "Tiền lương bình
    #: quân tháng" over "+ Số người được tính"; an office's figure is Σ(value × base) ÷ Σ base,
    #: never a mean of the units' averages (QĐ 1454/QĐ-TLĐ, Mẫu 2-HĐCĐ)
    AVERAGE = "average"
    #: a rate computed from two indicators, never filled in: "+ Tỷ lệ so với tổng số lao
    #: động" under "Số lao động thiếu việc làm" is 100 × the line above
    #: (``Indicator.parent_code``) ÷ the indicator compared with (``Indicator.base_code``),
    #: column by column, in % (QĐ 1454/QĐ-TLĐ, Mẫu 2-HĐCĐ)
    RATE = "rate"

#: kind code → Vietnamese label (shown in the form editor)
KINDS: dict[str, str] = {
    IndicatorKind.COUNT: "Số lượng (cộng dồn theo kỳ)",
    IndicatorKind.STOCK: "Số hiện có (không cộng dồn)",
    IndicatorKind.MONEY: "Tiền (đồng)",
    IndicatorKind.YESNO: "Có/Không",
    IndicatorKind.PERCENT: "Tỉ lệ (%)",
    IndicatorKind.AVERAGE: "Bình quân (theo chỉ tiêu cơ sở)",
    IndicatorKind.RATE: "Tỷ lệ tính ra (%)",
}
NUMERIC_KINDS = (IndicatorKind.COUNT, IndicatorKind.STOCK, IndicatorKind.MONEY,
                 IndicatorKind.PERCENT, IndicatorKind.AVERAGE)

_YESNO_UNITS = {"co khong", "co/khong", "c k", "co hoac khong", "x", "danh dau x"}
_MONEY_UNITS = {"dong", "d", "vnd", "vnđ", "nghin dong", "ngan dong", "trieu dong", "ty dong",
                "dong vn", "dong viet nam"}
# text that says "how many there are now" rather than "how many happened this period"
_STOCK_PHRASES = ("tong so doan vien", "tong so cong nhan", "tong so cnvcld", "tong so lao dong",
                  "so doan vien hien co", "hien co", "tong so nguoi lao dong",
                  "tong so can bo", "so luong doan vien",
                  # people holding a post on the cut-off day (Mẫu 1-HĐCĐ, QĐ 1454/QĐ-TLĐ)
                  "so uy vien", "ve sinh vien", "so atvsv", "can bo chuyen trach")


@functools.lru_cache(maxsize=4096)
def unit_class(unit_of_measure: str) -> str:
    """Rough class of a unit of measure: "yesno", "money", "percent", "people" or "thing"
    ("" when blank). Used to keep a money row from matching a head-count indicator."""
    key = fold(unit_of_measure)
    if not key:
        return ""
    if key in _YESNO_UNITS or key.replace(" ", "") in ("cokhong", "ck"):
        return IndicatorKind.YESNO
    if key in _MONEY_UNITS:
        return IndicatorKind.MONEY
    if "%" in unit_of_measure or key in ("phan tram", "ti le", "ty le"):
        return IndicatorKind.PERCENT
    if "nguoi" in key.split() or key in ("dv", "doan vien", "lao dong", "hoc vien"):
        return "people"
    return "thing"


def guess_kind(name: str, unit_of_measure: str) -> str:
    """The kind an indicator most likely has, from its text and unit of measure:
    "Có/Không" → yesno, "Đồng" → money, "%" → percent, "Tổng số đoàn viên" → stock,
    anything else → count."""
    cls = unit_class(unit_of_measure)
    if cls in (IndicatorKind.YESNO, IndicatorKind.MONEY, IndicatorKind.PERCENT):
        return cls
    key = fold(name)
    if not cls:
        if key.startswith(("co ", "da ", "hoan thanh", "xay dung ke hoach", "to chuc le")):
            return IndicatorKind.YESNO
        # "Tổng số tiền…", "… (đồng)"; not the many words ending in "động" (lao động,
        # hoạt động), which fold to "dong" too
        if "so tien" in key or key.endswith(("(dong)", " vnd", " trieu dong", " nghin dong")):
            return IndicatorKind.MONEY
        if key.startswith(("ti le", "ty le")):
            return IndicatorKind.PERCENT
    if any(phrase in key for phrase in _STOCK_PHRASES):
        return IndicatorKind.STOCK
    return IndicatorKind.COUNT
