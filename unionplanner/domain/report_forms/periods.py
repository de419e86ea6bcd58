"""Reporting periods and their codes: a month ``2023-05``, a quarter ``2024-Q1``, a half-year
``2025-H1``/``2025-H2``, a year ``2025``, or a day ``2026-10-15`` for figures as at that
date (a count of members or staff "tính đến ngày 15/10/2026"); checking them, their first
and last day (the day the figures are counted to), and how a report names them.

Months and quarters are calendar ones. Half-years and years follow the union's statistics
(Quyết định 1454/QĐ-TLĐ, Mẫu 1-HĐCĐ and 2-HĐCĐ): the figures are counted to 31/5 and 30/11,
so the year 2025 runs from 1/12/2024 to 30/11/2025, its first half to 31/5/2025 and its second
half from 1/6 to 30/11/2025. Kept apart so pages that only list the register load none of the
reading machinery.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass
from enum import StrEnum

from unionplanner.core.errors import UserError
from unionplanner.core.text import fold


class PeriodKind(StrEnum):
    """What a period code names; ``label`` is the Vietnamese word."""

    MONTH = "month"
    QUARTER = "quarter"
    HALF_YEAR = "half-year"
    YEAR = "year"
    #: figures as at a date ("Số liệu tính đến ngày 15/10/2026"): the period is that day
    DAY = "day"

    @property
    def label(self) -> str:
        return PERIOD_KINDS[self]


#: period kind → Vietnamese label (the form editor, the wizard)
PERIOD_KINDS: dict[str, str] = {PeriodKind.MONTH: "Tháng", PeriodKind.QUARTER: "Quý",
                                PeriodKind.HALF_YEAR: "6 tháng", PeriodKind.YEAR: "Năm",
                                PeriodKind.DAY: "Tính đến ngày"}

_MONTH = re.compile(r"^(\d{4})-(\d{2})$")
_QUARTER = re.compile(r"^(\d{4})-Q([1-4])$", re.IGNORECASE)
_HALF = re.compile(r"^(\d{4})-H([12])$", re.IGNORECASE)
_YEAR = re.compile(r"^(\d{4})$")
_DAY = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")
_ROMAN = {1: "I", 2: "II", 3: "III", 4: "IV"}


@dataclass(frozen=True)
class Period:
    """A period: its ``code`` as stored ("2025-H1"), ``kind``, ``first`` day and ``last``
    day (the day the figures are counted to)."""

    code: str
    kind: PeriodKind
    first: dt.date
    last: dt.date

    @property
    def text(self) -> str:
        """As a report names it: "tháng 5/2023", "quý I/2024", "6 tháng đầu năm 2025",
        "6 tháng cuối năm 2025", "năm 2025", "tính đến ngày 15/10/2026"."""
        year = self.code[:4]
        if self.kind == PeriodKind.DAY:
            return f"tính đến ngày {self.last.day}/{self.last.month}/{self.last.year}"
        if self.kind == PeriodKind.MONTH:
            return f"tháng {self.last.month}/{year}"
        if self.kind == PeriodKind.QUARTER:
            return f"quý {_ROMAN[int(self.code[-1])]}/{year}"
        if self.kind == PeriodKind.HALF_YEAR:
            return f"6 tháng {'đầu' if self.code.endswith('1') else 'cuối'} năm {year}"
        return f"năm {year}"

    @property
    def cutoff_text(self) -> str:
        """"(Số liệu tính đến ngày 31/5/2025)", as the statistics forms print it."""
        return f"(Số liệu tính đến ngày {self.last.day}/{self.last.month}/{self.last.year})"

    @property
    def months(self) -> list[str]:
        """The months ("YYYY-MM") the period covers, in order."""
        found, (y, m) = list[str](), (self.first.year, self.first.month)
        while (y, m) <= (self.last.year, self.last.month):
            found.append(f"{y:04d}-{m:02d}")
            y, m = (y + 1, 1) if m == 12 else (y, m + 1)
        return found


def _month_end(year: int, month: int) -> dt.date:
    return dt.date(year, month, calendar.monthrange(year, month)[1])


def parse_period(text: str) -> Period:
    """The period a code names (see the module text). Raises UserError, in Vietnamese, for
    anything else."""
    code = str(text).strip().upper()
    if match := _MONTH.match(code):
        year, month = int(match.group(1)), int(match.group(2))
        if 1 <= month <= 12:
            return Period(code, PeriodKind.MONTH, dt.date(year, month, 1),
                          _month_end(year, month))
    elif match := _QUARTER.match(code):
        year, quarter = int(match.group(1)), int(match.group(2))
        return Period(code, PeriodKind.QUARTER, dt.date(year, 3 * quarter - 2, 1),
                      _month_end(year, 3 * quarter))
    elif match := _HALF.match(code):
        year = int(match.group(1))
        if match.group(2) == "1":  # QĐ 1454/QĐ-TLĐ: counted to 31/5, from 1/12 before
            return Period(code, PeriodKind.HALF_YEAR, dt.date(year - 1, 12, 1),
                          dt.date(year, 5, 31))
        return Period(code, PeriodKind.HALF_YEAR, dt.date(year, 6, 1), dt.date(year, 11, 30))
    elif match := _YEAR.match(code):
        year = int(match.group(1))
        return Period(code, PeriodKind.YEAR, dt.date(year - 1, 12, 1), dt.date(year, 11, 30))
    elif match := _DAY.match(code):
        try:
            day = dt.date(int(match.group(1)), int(match.group(2)), int(match.group(3)))
        except ValueError:
            day = None
        if day is not None:
            return Period(code, PeriodKind.DAY, day, day)
    raise UserError(f"Kỳ báo cáo \"{text}\" không hợp lệ. Hãy ghi tháng theo dạng NĂM-THÁNG "
                    "(2023-05), quý 2024-Q1, 6 tháng 2025-H1 (hoặc 2025-H2), năm 2025, hoặc "
                    "số liệu tính đến một ngày theo dạng NĂM-THÁNG-NGÀY (2026-10-15).")


def check_period(text: str) -> str:
    """The code of a valid period, normalised (``"2025-h1"`` → ``"2025-H1"``); raises
    UserError otherwise (see :func:`parse_period`)."""
    return parse_period(text).code


def period_bounds(period: str) -> tuple[dt.date, dt.date]:
    """First and last day of a period (see :func:`parse_period`)."""
    parsed = parse_period(period)
    return parsed.first, parsed.last


def is_month(period: str) -> bool:
    """Whether a (valid) period code is a month."""
    return bool(_MONTH.match(str(period).strip()))


def shift(period: str, steps: int) -> str:
    """``period`` moved by ``steps`` periods of its own kind (negative: earlier):
    ``shift("2025-H1", -1) == "2024-H2"``, ``shift("2024-Q1", 4) == "2025-Q1"``; figures
    as at a day are compared with the same day of another year (29/2 → 28/2)."""
    parsed = parse_period(period)
    year = int(parsed.code[:4])
    if parsed.kind == PeriodKind.DAY:
        day = parsed.last
        moved = min(day.day, calendar.monthrange(year + steps, day.month)[1])
        return f"{year + steps:04d}-{day.month:02d}-{moved:02d}"
    if parsed.kind == PeriodKind.YEAR:
        return f"{year + steps:04d}"
    per_year = {PeriodKind.MONTH: 12, PeriodKind.QUARTER: 4, PeriodKind.HALF_YEAR: 2}[parsed.kind]
    index = int(parsed.code[-2:]) if parsed.kind == PeriodKind.MONTH else int(parsed.code[-1])
    number = year * per_year + index - 1 + steps
    year, index = number // per_year, number % per_year + 1
    if parsed.kind == PeriodKind.MONTH:
        return f"{year:04d}-{index:02d}"
    return f"{year:04d}-{'Q' if parsed.kind == PeriodKind.QUARTER else 'H'}{index}"


def per_year(period: str) -> int:
    """How many periods of this period's kind make a year (12, 4, 2 or 1)."""
    return {PeriodKind.MONTH: 12, PeriodKind.QUARTER: 4, PeriodKind.HALF_YEAR: 2,
            PeriodKind.YEAR: 1, PeriodKind.DAY: 1}[parse_period(period).kind]


def period_number(period: str) -> int:
    """A whole number for a period code, unique per period (a lock key): 202305 for May 2023
    (as before other kinds existed), 202421 for 2024-Q1, 202531 for 2025-H1, 202540 for the
    year 2025, 20261015 for figures as at 15/10/2026."""
    parsed = parse_period(period)
    if parsed.kind == PeriodKind.DAY:
        return int(parsed.code.replace("-", ""))
    year = int(parsed.code[:4]) * 100
    if parsed.kind == PeriodKind.MONTH:
        return year + int(parsed.code[-2:])
    if parsed.kind == PeriodKind.YEAR:
        return year + 40
    return year + (20 if parsed.kind == PeriodKind.QUARTER else 30) + int(parsed.code[-1])


_STATED_HALF = re.compile(r"\b6\s*thang\s*(dau|cuoi)\s*nam\s*(\d{4})\b")
_STATED_CUTOFF = re.compile(r"(?:tinh den|den|bao cao) ngay\s*:?\s*(\d{1,2})[\s/.-]+(\d{1,2})"
                            r"[\s/.-]+(\d{4})")
#: a line or a title ending in its year: "NĂM : 2025", "Năm 2026", "… NGÂN SÁCH NĂM 2026"
_STATED_YEAR = re.compile(r"(?:^|\s)nam\s*:?\s*(\d{4})\s*\)?$")
#: a date written in words ("ngày 07 tháng 6 năm 2023"): the day a return was signed
_WRITTEN_DATE = re.compile(r"\bngay\s*\d{0,2}\s*thang\b")
_STATED_MONTH = re.compile(r"\bthang\s*(\d{1,2})(?:\s*nam)?[\s/.-]+(\d{4})\b")
_DATE_BEFORE = re.compile(r"\bngay\s*\d{1,2}\s*$")
#: "Quý III năm 2026", "QUÝ 3/2026", "quý II - 2025" (not "quỹ tiền lương": a number follows)
_STATED_QUARTER = re.compile(r"\bquy\s*(iv|i{1,3}|[1-4])\b\s*(?:nam\b)?\s*[/.-]?\s*(\d{4})\b")
#: figures as at a day: "Số liệu tính đến ngày 15/10/2026", "Ngày báo cáo: 31/12/2025",
#: "Thời điểm báo cáo 01/7/2026", "tính đến ngày 15 tháng 10 năm 2026"
_STATED_DAY = re.compile(r"(?:tinh den|den|ngay bao cao|thoi diem bao cao|thoi diem)\s*(?:ngay)?"
                         r"\s*:?\s*(\d{1,2})(?:[\s/.-]+|\s*thang\s*)(\d{1,2})"
                         r"(?:[\s/.-]+|\s*nam\s*)(\d{4})")
_QUARTERS = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "1": 1, "2": 2, "3": 3, "4": 4}


def stated_period(texts: list[str], kind: str) -> str | None:
    """The period a return's header says it is for, as a code of ``kind`` (the kind being
    imported), or None when it says nothing certain: "6 THÁNG ĐẦU NĂM 2025" → 2025-H1,
    "(Số liệu tính đến ngày 30/11/2025)" → 2025 for a year (the union's statistics year ends
    on 30/11, QĐ 1454/QĐ-TLĐ; a calendar year's figures stand at 31/12: "Ngày báo cáo
    31/12/2025", "Tính đến ngày 31/12/2025"), "NĂM : 2025" or "Năm 2026" as a line or at
    the end of the title → that year, "Quý III năm 2026" → 2026-Q3, "tính đến ngày
    15/10/2026" → 2026-10-15 for figures as at a day, "tháng 5 năm 2023" →
    2023-05; a date written in words
    ("ngày 07 tháng 6 năm 2023", the day the return was signed) is no period."""
    key = " ".join(fold(t) for t in texts)
    if kind in (PeriodKind.HALF_YEAR, PeriodKind.YEAR):
        if kind == PeriodKind.HALF_YEAR and (half := _STATED_HALF.search(key)):
            return f"{half.group(2)}-H{1 if half.group(1) == 'dau' else 2}"
        if cutoff := _STATED_CUTOFF.search(key):
            day, month, year = (int(g) for g in cutoff.groups())
            if (day, month) == (31, 5):
                return f"{year:04d}-H1" if kind == PeriodKind.HALF_YEAR else None
            if (day, month) == (30, 11):
                return f"{year:04d}" if kind == PeriodKind.YEAR else f"{year:04d}-H2"
            if (day, month) == (31, 12) and kind == PeriodKind.YEAR:
                return f"{year:04d}"
        if kind == PeriodKind.YEAR:
            years = {m.group(1) for t in texts if not _WRITTEN_DATE.search(folded := fold(t))
                     and (m := _STATED_YEAR.search(folded))}
            return years.pop() if len(years) == 1 else None
        return None
    if kind == PeriodKind.DAY:
        days = {f"{int(m.group(3)):04d}-{int(m.group(2)):02d}-{int(m.group(1)):02d}"
                for m in _STATED_DAY.finditer(key)}
        days = {d for d in days if _valid(d)}
        return days.pop() if len(days) == 1 else None
    if kind == PeriodKind.QUARTER:
        quarters = {f"{m.group(2)}-Q{_QUARTERS[m.group(1)]}" for m in _STATED_QUARTER.finditer(key)}
        return quarters.pop() if len(quarters) == 1 else None
    if kind == PeriodKind.MONTH:
        for found in _STATED_MONTH.finditer(key):
            if _DATE_BEFORE.search(key[:found.start()]):
                continue  # "ngày 10 tháng 6 năm 2023": the day it was written, not the period
            number, year = int(found.group(1)), int(found.group(2))
            return f"{year:04d}-{number:02d}" if 1 <= number <= 12 else None
    return None


def _valid(code: str) -> bool:
    try:
        parse_period(code)
    except UserError:
        return False
    return True


def widest(codes: set[str]) -> str | None:
    """Of periods a return's words fit under several kinds, the one it means: when they
    all end on the same day, the longest ("Số liệu tính đến ngày 30/11/2025" for a form filled
    half-yearly and yearly is the year 2025, not its second half — the union's yearly report
    is the one counted to 30/11, QĐ 1454/QĐ-TLĐ); None when they end on different days."""
    parsed = [parse_period(code) for code in codes]
    if not parsed or len({p.last for p in parsed}) != 1:
        return None
    return min(parsed, key=lambda p: p.first).code


_HEADER_DATE = re.compile(r"\b(\d{1,2})[\s/.-]+(\d{1,2})[\s/.-]+(\d{4})\b")
_HEADER_YEAR = re.compile(r"^(?:nam|so lieu nam|thuc hien nam)\s*(\d{4})$")


def header_names_period(text: str, period: str) -> bool | None:
    """Whether a column header that names a period names ``period``: True for "Số liệu đến
    30/11/2025" or "6 tháng đầu năm 2025" when importing that period, False for another
    ("Số liệu đến 30/11/2024"), None when the header names no period ("Tổng số"). A date is
    the day figures are counted to (31/5 and 30/11 for the union's statistics, QĐ
    1454/QĐ-TLĐ), compared with the period's last day."""
    key = fold(text)
    try:
        wanted = parse_period(period)
    except UserError:
        return None
    if date := _HEADER_DATE.search(key):
        day, month, year = (int(g) for g in date.groups())
        try:
            return dt.date(year, month, day) == wanted.last
        except ValueError:
            return None
    if stated := stated_period([text], wanted.kind):
        return stated == wanted.code
    if year_only := _HEADER_YEAR.match(key):
        return wanted.kind == PeriodKind.YEAR and year_only.group(1) == wanted.code[:4]
    return None

