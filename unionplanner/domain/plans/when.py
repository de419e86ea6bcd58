"""Vietnamese time expressions in plans, turned into dates and months.

Plans say when things happen in many ways: "ngày 11 tháng 01
năm 2023", "30/6/2023", "01/5", "tháng 5/2023", "vào dịp tháng 5", "Từ tháng 3 đến hết tháng 5",
"Cuối tháng 4 đến hết tháng 5/2023", "Tháng 04 - 06/2023", "từ 22 - 28/7/2024", "Quý I/2024",
"6 tháng đầu năm", "Đợt 1: Từ đầu năm đến 30/6/2023", "trước ngày 29/4/2023". Months are
"YYYY-MM" strings. A year left out is the plan's year (``year``).

Dates that only cite something are not times of the plan: the date of a referenced document
("Kế hoạch số 274/KH-TLĐ ngày 30/11/2022") and the first date of an anniversary
"(28/7/1929 - 28/7/2024)"; dates more than a year away from the plan's year are ignored too.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata

_ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4}


def flat(text: str) -> str:
    """Lower case without diacritics (đ → d), dashes unified, punctuation kept: the form
    the patterns below read. Same length as ``text`` for precomposed input (NFC)."""
    out = []
    for ch in text:
        low = ch.lower()
        if low == "đ":
            out.append("d")
            continue
        if ch in "\u2013\u2014\u2012\u2010\u2212":
            out.append("-")
            continue
        base = "".join(c for c in unicodedata.normalize("NFD", low) if not unicodedata.combining(c))
        out.append(base[:1] or " ")
    return "".join(out)


def month_key(year: int, month: int) -> str:
    """(2023, 5) → "2023-05"."""
    return f"{year:04d}-{month:02d}"


def month_span(first: tuple[int, int], last: tuple[int, int]) -> list[str]:
    """Every month from ``first`` to ``last`` (year, month) inclusive; empty if reversed."""
    (y, m), found = first, list[str]()
    while (y, m) <= last and len(found) < 36:
        found.append(month_key(y, m))
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    return found


def make_date(day: int, month: int, year: int) -> dt.date | None:
    """A valid date or None (31/6 is not one)."""
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _year(text: str | None, default: int | None) -> int | None:
    if not text:
        return default
    value = int(text)
    return value + 2000 if value < 100 else value


_D = r"(\d{1,2})"
_Y = r"(\d{4}|\d{2})"
# "ngày 11 tháng 01 năm 2023"
_LONG_DATE = re.compile(
    rf"ngay\s*\*?\s*{_D}\s*\*?\s*thang\s*\*?\s*(\d{{1,2}})\s*\*?\s*nam\s*(\d{{4}})")
# "30/6/2023", "01/5", "30-6-2023", "30.6.2023"
_SHORT_DATE = re.compile(
    rf"(?<![\d/])(\d{{1,2}})\s*[/.-]\s*(\d{{1,2}})(?:\s*[/.-]\s*{_Y})?(?![\d/])")


def _roll(date: dt.date, not_before: dt.date | None) -> dt.date:
    """A date written without its year, moved to the next year when it falls before
    ``not_before`` (a plan dated 15/10/2025 means 15/01/2026 by "15/01")."""
    if not_before is None or date >= not_before:
        return date
    return make_date(date.day, date.month, date.year + 1) or date


_TYPED = re.compile(r"^(\d{1,2})\s*[/.\-\s]\s*(\d{1,2})\s*[/.\-\s]\s*(\d{2}|\d{4})$")


def typed_date(text: str) -> dt.date | None:
    """A date as a clerk types it into a date field: "05/06/2024", "5/6/24", "5-6-2024",
    "5.6.2024", "05062024", "050624", or in words ("ngày 5 tháng 6 năm 2024"); None for an
    empty field. Two-digit years are of this century. Raises ValueError (Vietnamese) for
    anything else, or a day that does not exist ("31/02/2024")."""
    text = " ".join(text.split())
    if not text:
        return None
    digits = re.fullmatch(r"(\d{2})(\d{2})(\d{4}|\d{2})", text)
    match = digits or _TYPED.match(text)
    if match:
        day, month, year = (int(part) for part in match.groups())
        year += 2000 if year < 100 else 0
        date = make_date(day, month, year)
        if date is None:
            raise ValueError(f"Ngày \"{text}\" không có trên lịch.")
        return date
    found = parse_date(text)
    if found is None:
        raise ValueError(f"\"{text}\" không phải một ngày: hãy gõ ngày/tháng/năm, ví dụ "
                         "05/06/2024.")
    return found


def parse_date(text: str, year: int | None = None) -> dt.date | None:
    """The first date written in ``text`` ("ngày 23 tháng 02 năm 2024", "10/6/2023", "01/5"
    with ``year``), or None."""
    found = dates_in(text, year)
    return found[0][0] if found else None


def dates_in(text: str, year: int | None = None, not_before: dt.date | None = None
             ) -> list[tuple[dt.date, int, int]]:
    """Every date in ``text`` with its start and end offsets, in order. A date written
    without its year takes ``year``, or the year after when that puts it before
    ``not_before`` (the plan's own date: "trước ngày 15/01" in a plan of October)."""
    low, lower = flat(text), text.lower()
    found: list[tuple[dt.date, int, int]] = []
    taken: list[tuple[int, int]] = []
    for match in _LONG_DATE.finditer(low):
        date = make_date(int(match.group(1)), int(match.group(2)), int(match.group(3)))
        if date:
            found.append((date, match.start(), match.end()))
            taken.append(match.span())
    for match in _SHORT_DATE.finditer(low):
        if any(a <= match.start() < b for a, b in taken):
            continue
        day, month = int(match.group(1)), int(match.group(2))
        full_year = _year(match.group(3), year)
        if full_year is None or not (1 <= month <= 12):
            continue
        before = lower[max(0, match.start() - 12):match.start()]
        if re.search(r"(số|tháng|quý|năm)\s*$", before):  # "số 20/...", "tháng 5/2023"
            continue
        date = make_date(day, month, full_year)
        if date and match.group(3) is None:
            date = _roll(date, not_before)
        if date:
            found.append((date, match.start(), match.end()))
    return sorted(found, key=lambda item: item[1])


# --- months -------------------------------------------------------------------------------

_MONTH = r"thang\s*(\d{1,2})"
_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    # "Quý I/2024", "quý 2 năm 2024"
    ("quarter", re.compile(r"quy\s*(iv|iii|ii|i|[1-4])\b(?:\s*(?:/|nam)\s*(\d{4}))?")),
    # "6 tháng đầu năm 2024", "6 tháng cuối năm"
    ("half", re.compile(r"6\s*thang\s*(dau|cuoi)\s*nam(?:\s*(\d{4}))?")),
    # "Từ đầu năm đến 30/6/2023"
    ("year_start", re.compile(r"tu\s*dau\s*nam\s*(?:den|toi)\s*(?:het\s*)?(?:ngay\s*)?"
                              r"(\d{1,2})\s*/\s*(\d{1,2})(?:\s*/\s*(\d{4}))?")),
    # "Từ 01/7/2023 đến 31/12/2023"
    ("date_range", re.compile(r"(\d{1,2})\s*/\s*(\d{1,2})(?:\s*/\s*(\d{4}))?\s*(?:den|-|toi)\s*"
                              r"(?:het\s*)?(?:ngay\s*)?(\d{1,2})\s*/\s*(\d{1,2})"
                              r"(?:\s*/\s*(\d{4}))?")),
    # "từ 22 - 28/7/2024"
    ("day_range", re.compile(r"(?<![\d/])(\d{1,2})\s*-\s*(\d{1,2})\s*/\s*(\d{1,2})"
                             r"(?:\s*/\s*(\d{4}))?")),
    # "Từ tháng 3 đến hết tháng 5", "Cuối tháng 4 đến hết tháng 5/2023", "tháng 6 - tháng 9"
    ("month_range", re.compile(rf"{_MONTH}(?:\s*/\s*(\d{{4}}))?\s*(?:den|toi|-)\s*(?:het\s*)?"
                               rf"(?:cuoi\s*)?{_MONTH}(?:\s*(?:/|nam)\s*(\d{{4}}))?")),
    # "Tháng 04 - 06/2023"
    ("month_dash", re.compile(rf"{_MONTH}\s*-\s*(\d{{1,2}})(?:\s*(?:/|nam)\s*(\d{{4}}))?")),
    # "tháng 11, 12", "tháng 3 và 4 năm 2024"
    ("month_list", re.compile(rf"{_MONTH}((?:\s*(?:,|va)\s*\d{{1,2}})+)(?![\d/])"
                              r"(?:\s*(?:/|nam)\s*(\d{4}))?")),
    # "tháng 5/2023", "tháng 5 năm 2023", "dịp tháng 5"
    ("month", re.compile(rf"{_MONTH}(?:\s*(?:/|nam)\s*(\d{{4}}))?(?![\d/])")),
]


def months_in(text: str, year: int | None, not_before: str | None = None) -> list[str]:
    """The months ``text`` places something in, in order, without repeats (see the module
    text). ``year`` fills in years left out and bounds the ones accepted (±1); months
    written without their year that would all fall before ``not_before`` ("2025-10": the
    plan's own month) are the next year's ("tháng 1, 2" in a Tết plan of October 2025 are
    2026-01, 2026-02; "tháng 9 … tháng 5" of a school-year plan run into the next year),
    while a span the plan's month falls in stays ("6 tháng đầu năm" in April)."""
    low = _drop_citations(flat(text))
    text = "".join(ch if low[i] != " " or ch.isspace() else " " for i, ch in enumerate(text)) \
        if len(low) == len(text) else low
    months: list[str] = []
    used: list[tuple[int, int]] = []
    # one year written in the text (near the plan's) is the year of its months written
    # without one: "QUÝ I/2022 (Tháng 1 – 3)" in a 2021–2022 school-year plan
    years = {int(y) for y in re.findall(r"(?<!\d)((?:19|20)\d\d)(?!\d)", low)}
    stated = next(iter(years)) if len(years) == 1 and (
        year is None or abs(next(iter(years)) - year) <= 1) else None

    def free(match: re.Match[str]) -> bool:
        return not any(a < match.end() and match.start() < b for a, b in used)

    def add(keys: list[str], match: re.Match[str]) -> None:
        used.append(match.span())
        explicit = re.search(r"\d{4}", match.group(0)) is not None or stated is not None
        if not explicit and not_before and keys and all(k < not_before for k in keys):
            # the whole span before the plan was written: the next one ("tháng 01 - 02" in
            # October); a span the plan's date falls in ("6 tháng đầu năm" in April) stays
            keys = [month_key(int(k[:4]) + 1, int(k[5:])) for k in keys]
        for key in keys:
            if _near(key, year) and key not in months:
                months.append(key)

    for kind, pattern in _PATTERNS:
        for match in pattern.finditer(low):
            if not free(match):
                continue
            groups = match.groups()
            keys = _months_of(kind, groups, stated or year)
            if keys is not None:
                add(keys, match)
    start_day = None if not not_before else dt.date(int(not_before[:4]), int(not_before[5:]), 1)
    for date, start, _end in dates_in(text, year, start_day):
        if not any(a <= start < b for a, b in used):
            key = month_key(date.year, date.month)
            if _near(key, year) and key not in months:
                months.append(key)
    return sorted(months)


def _near(key: str, year: int | None) -> bool:
    return year is None or abs(int(key[:4]) - year) <= 1


def _months_of(kind: str, g: tuple, year: int | None) -> list[str] | None:
    if kind == "quarter":
        quarter = _ROMAN.get(g[0]) or int(g[0])
        y = _year(g[1], year)
        return None if y is None else month_span((y, 3 * quarter - 2), (y, 3 * quarter))
    if kind == "half":
        y = _year(g[1], year)
        if y is None:
            return None
        return month_span((y, 1), (y, 6)) if g[0] == "dau" else month_span((y, 7), (y, 12))
    if kind == "year_start":
        y = _year(g[2], year)
        return None if y is None or not 1 <= int(g[1]) <= 12 else month_span((y, 1), (y, int(g[1])))
    if kind == "date_range":
        y2 = _year(g[5], year)
        y1 = _year(g[2], y2)
        m1, m2 = int(g[1]), int(g[4])
        if y1 is None or y2 is None or not (1 <= m1 <= 12 and 1 <= m2 <= 12):
            return None
        if int(g[0]) > 31 or int(g[3]) > 31:
            return None
        if y1 != y2 and abs(y2 - y1) > 1:  # an anniversary "(28/7/1929 - 28/7/2024)"
            return [month_key(y2, m2)]
        return month_span((y1, m1), (y2, m2))
    if kind == "day_range":
        y = _year(g[3], year)
        month = int(g[2])
        if y is None or not 1 <= month <= 12 or int(g[0]) > 31 or int(g[1]) > 31:
            return None
        return [month_key(y, month)]
    if kind == "month_range":
        y2 = _year(g[3], year)
        y1 = _year(g[1], y2)
        m1, m2 = int(g[0]), int(g[2])
        if y1 is None or y2 is None or not (1 <= m1 <= 12 and 1 <= m2 <= 12):
            return None
        if (y1, m1) > (y2, m2):
            y1 -= 1
        return month_span((y1, m1), (y2, m2))
    if kind == "month_dash":
        y = _year(g[2], year)
        m1, m2 = int(g[0]), int(g[1])
        if y is None or not (1 <= m1 <= m2 <= 12):
            return None
        return month_span((y, m1), (y, m2))
    if kind == "month_list":
        y = _year(g[2], year)
        numbers = [int(g[0])] + [int(n) for n in re.findall(r"\d{1,2}", g[1])]
        if y is None or not all(1 <= n <= 12 for n in numbers):
            return None
        return [month_key(y, n) for n in numbers]
    if kind == "month":
        y = _year(g[1], year)
        month = int(g[0])
        return None if y is None or not 1 <= month <= 12 else [month_key(y, month)]
    return None


# "Kế hoạch số 274/KH-TLĐ ngày 30/11/2022", "Nghị quyết số 20-NQ/TW, ngày 28/01/2008",
# "Kết luận số 03 ngày 18/01/2022": the date of a cited document is not a time of the plan
_CITATION = re.compile(r"\bso\s*[\w./-]*\d[\w./-]*\s*,?\s*(?:cua\s+[^,;]{0,40})?ngay\s*\d{1,2}\s*"
                       r"[/.-]\s*\d{1,2}\s*[/.-]\s*\d{2,4}")


def _drop_citations(low: str) -> str:
    return _CITATION.sub(lambda m: " " * len(m.group(0)), low)
