"""Reporting periods written YYYY-MM ("2023-05"): checking them and their first and last
day. Kept apart so pages that only list the register load none of the reading machinery."""

from __future__ import annotations

import calendar
import datetime as dt
import re

from unionplanner.core.errors import UserError

_PERIOD = re.compile(r"^(\d{4})-(\d{2})$")


def check_period(text: str) -> str:
    """``"2023-05"`` → itself; raises UserError for anything not YYYY-MM."""
    match = _PERIOD.match(str(text).strip())
    if not match or not 1 <= int(match.group(2)) <= 12:
        raise UserError(f"Kỳ báo cáo \"{text}\" không hợp lệ. Hãy ghi theo dạng NĂM-THÁNG, ví dụ "
                        "2023-05.")
    return match.group(0)


def period_bounds(period: str) -> tuple[dt.date, dt.date]:
    """First and last day of a YYYY-MM period."""
    year, month = (int(x) for x in check_period(period).split("-"))
    return dt.date(year, month, 1), dt.date(year, month, calendar.monthrange(year, month)[1])
