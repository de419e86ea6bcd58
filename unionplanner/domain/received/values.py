"""Values as grassroots unions type them: "6.500.000 đ", "1,5 triệu", "85%", "x", "Đã thực
hiện", a blank for zero.

:func:`parse_value` turns one cell into the stored value of an indicator of a given kind
(:mod:`unionplanner.domain.report_forms.kinds`): counts, stocks and money as ``int``
(người, cuộc..., đồng), yes/no as ``bool``, percentages as ``int`` hundredths of a percent
(8550 = 85,5 %). Problems come back as Vietnamese text, never as exceptions, so one bad cell
never stops a file.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from dataclasses import dataclass

from unionplanner.core.text import clean, fold
from unionplanner.domain.report_forms.kinds import IndicatorKind
from unionplanner.domain.sheets.workbook import EXTERNAL, NO_RESULT, NoStoredResult  # noqa: F401 (re-export)

# folded words that say yes / no in a yes-no cell
_YES = {"co", "x", "1", "da thuc hien", "da", "roi", "da co", "yes", "y", "true", "dat",
        "hoan thanh", "da hoan thanh", "thuc hien", "co thuc hien", "v", "ok", "√", "✓", "✔"}
_NO = {"khong", "ko", "k", "0", "chua", "chua thuc hien", "chua co", "khong co", "no", "n",
       "false", "khong thuc hien", "chua hoan thanh", "khong dat", "-"}
# a document that is in force (a collective agreement, Mẫu 1-HĐCĐ): yes
_STILL_VALID = {"con hieu luc", "dang co hieu luc", "co hieu luc", "hieu luc", "con han"}
# words that mean "none" in a number cell
_NONE_WORDS = {"khong", "khong co", "ko", "-", "--", "—", "–"}

# multipliers written after a number ("1,5 triệu", "2 tỷ", "500 nghìn", "500k")
_MULTIPLIERS = {"trieu": 1_000_000, "tr": 1_000_000, "ty": 1_000_000_000, "ti": 1_000_000_000,
                "nghin": 1_000, "ngan": 1_000, "k": 1_000}
# unit words that may follow a number and add nothing ("6.500.000 đ", "12 người")
_UNIT_WORDS = {"d", "dong", "vnd", "vnđ", "nguoi", "cuoc", "luot", "luot nguoi", "hoat dong",
               "cai", "vu", "sang kien", "tin", "bai", "tin bai", "lan", "buoi", "nguoi lao dong",
               "doan vien", "dv", "chiec", "suat", "phan", "phan qua", "dong chan"}

_NUMBER = re.compile(r"^[+-]?\d[\d.,\s]*$")


@dataclass(frozen=True)
class Parsed:
    """One cell read as a value: ``value`` (int, bool or None), ``blank`` (the cell was
    empty), ``error`` (Vietnamese text; the value is then None) and ``note`` (a warning:
    the value was read but someone should look)."""

    value: int | bool | None
    blank: bool = False
    error: str | None = None
    note: str | None = None




def _to_number(text: str, whole: bool = False) -> float | None:
    """'6.500.000' → 6500000, '1,5' → 1.5, '1.234,5' → 1234.5, '6,500,000' → 6500000.
    ``whole``: the value must be whole, so a lone "1,500" is read as thousands."""
    text = text.replace(" ", "").replace("\u00a0", "")
    if not _NUMBER.match(text):
        return None
    sign = -1 if text.startswith("-") else 1
    text = text.lstrip("+-")
    dots, commas = text.count("."), text.count(",")
    if dots and commas:
        # the later one is the decimal mark
        decimal = "," if text.rfind(",") > text.rfind(".") else "."
        thousands = "." if decimal == "," else ","
        text = text.replace(thousands, "").replace(decimal, ".")
    elif dots or commas:
        mark = "." if dots else ","
        parts = text.split(mark)
        grouped = len(parts) > 1 and all(len(p) == 3 for p in parts[1:]) and 1 <= len(parts[0]) <= 3
        if grouped and (len(parts) > 2 or mark == "." or whole):
            text = "".join(parts)  # thousands: "6.500.000", "6,500,000", "1.500"
        elif len(parts) == 2:
            text = parts[0] + "." + parts[1]  # decimal: "1,5", "1.5", "85,25"
            if not parts[0]:
                text = "0" + text
        else:
            return None
    try:
        return sign * float(text)
    except ValueError:
        return None


def _split_words(text: str) -> tuple[str, str]:
    """('6.500.000', 'đ') from '6.500.000 đ'; ('1,5', 'triệu') from '1,5triệu'."""
    match = re.match(r"^([+-]?[\d][\d.,\s]*)(.*)$", text)
    if not match:
        return "", text
    return match.group(1).strip(), match.group(2).strip()


def _number_from_text(text: str, whole: bool) -> tuple[float | None, bool]:
    """A number and whether a percent sign followed it; (None, False) if not a number."""
    number_part, rest = _split_words(text)
    if not number_part:
        return None, False
    words = fold(rest)
    has_multiplier = bool(words) and words.split()[0] in _MULTIPLIERS
    number = _to_number(number_part, whole=whole and not has_multiplier)
    if number is None:
        return None, False
    percent = False
    if rest.startswith("%"):
        percent = True
        words = fold(rest[1:])
    multiplier = 1
    tokens = words.split()
    # "1,5 triệu đồng": a multiplier first, unit words after
    if tokens and tokens[0] in _MULTIPLIERS:
        multiplier = _MULTIPLIERS[tokens[0]]
        tokens = tokens[1:]
    rest_words = " ".join(tokens)
    if rest_words and rest_words not in _UNIT_WORDS and not all(t in _UNIT_WORDS for t in tokens):
        return None, False
    return number * multiplier, percent


#: the largest figure believed: money in đồng (10^15 = một triệu tỷ đồng, far beyond any
#: union fund) and anything counted (10^9); beyond, a cell error — the database's 64-bit
#: integers stop at about 9,2 × 10^18, and such a figure is a typing slip anyway
MAX_MONEY, MAX_COUNT = 10**15, 10**9
#: a percentage above 100.000 % (stored in hundredths)
MAX_PERCENT_HUNDREDTHS = 10**7


def _too_big(shown: str) -> Parsed:
    shown = shown if len(shown) <= 24 else shown[:20] + "…"
    return Parsed(None, error=f"'{shown}' lớn quá mức có thể có; hãy xem lại số này (gõ thừa "
                              "chữ số?)")


def _whole(number: float, kind: str, shown: str) -> Parsed:
    if number < 0:
        return Parsed(None, error=f"'{shown}' là số âm")
    if number > (MAX_MONEY if kind in (IndicatorKind.MONEY, IndicatorKind.AVERAGE) else MAX_COUNT):
        return _too_big(shown)
    if not math.isclose(number, round(number), abs_tol=1e-6):
        # đồng has no smaller unit; a count of people does
        if kind in (IndicatorKind.MONEY, IndicatorKind.AVERAGE):
            return Parsed(int(round(number)), note=f"'{shown}' có phần lẻ, đã làm tròn đến đồng")
        return Parsed(None, error=f"'{shown}' không phải số nguyên")
    return Parsed(int(round(number)))


def parse_value(raw: object, kind: str, *, x_marks: bool = False) -> Parsed:
    """Read one cell as a value of ``kind`` (count, stock, money, yesno, percent).

    ``raw`` is what the reader returned (str already converted to Unicode and cleaned; int,
    float, bool, datetime; None or "" for blank; :data:`NO_RESULT` for a formula without a
    stored result). ``x_marks`` says the file marks "yes" with x, so a blank yes/no cell is
    "no". Blank numbers are 0 with ``blank=True`` (the caller flags them once per file);
    a blank yes/no is None unless ``x_marks``.
    """
    # a rate a return states: read as a percentage (summaries recompute it)
    if kind == IndicatorKind.RATE:
        kind = IndicatorKind.PERCENT
    if raw is EXTERNAL:
        return Parsed(None, error="công thức lấy số từ tệp khác hoặc chương trình khác, không "
                                  "nhập; hãy đề nghị đơn vị gõ thẳng con số vào ô rồi gửi lại")
    if raw is NO_RESULT:
        return Parsed(None, error="có công thức nhưng tệp không lưu kết quả; hãy mở tệp bằng "
                                  "Excel rồi lưu lại và nhập lại")
    if isinstance(raw, str):
        raw = clean(raw)
    if raw is None or raw == "":
        if kind == IndicatorKind.YESNO:
            return Parsed(False if x_marks else None, blank=True)
        return Parsed(0, blank=True)
    if isinstance(raw, (dt.date, dt.time, dt.timedelta)):
        return Parsed(None, error=f"'{raw}' là ngày tháng, không phải giá trị cần nhập")
    if kind == IndicatorKind.YESNO:
        return _parse_yesno(raw)
    if isinstance(raw, bool):
        return Parsed(None, error=f"'{raw}' là Có/Không, không phải số")
    if isinstance(raw, (int, float)):
        if isinstance(raw, float) and not math.isfinite(raw):
            return Parsed(None, error=f"'{raw}' không phải số")
        if kind == IndicatorKind.PERCENT:
            # Excel stores 85% as 0.85 when the cell is formatted as a percentage
            value = raw * 100 if 0 < abs(raw) <= 1 and isinstance(raw, float) else raw
            return _percent(value * 100, clean(raw))
        return _whole(float(raw), kind, clean(raw))
    text = str(raw)
    # "-" (and its dashes) fold to nothing: the dash of a statistics form means none
    if fold(text) in _NONE_WORDS or text.strip() in _NONE_WORDS:
        return Parsed(0, note=f"'{text}' được hiểu là 0")
    number, percent = _number_from_text(text, whole=kind != IndicatorKind.PERCENT)
    if number is None:
        return Parsed(None, error=f"'{text}' không phải là số")
    if kind == IndicatorKind.PERCENT:
        return _percent(number * 100, text)
    if percent:
        return Parsed(None, error=f"'{text}' là tỉ lệ phần trăm, chỉ tiêu này cần một số")
    return _whole(number, kind, text)


def _percent(hundredths: float, shown: str) -> Parsed:
    if abs(hundredths) > MAX_PERCENT_HUNDREDTHS:
        return _too_big(shown)
    return Parsed(int(round(hundredths)))


def _parse_yesno(raw: object) -> Parsed:
    if isinstance(raw, bool):
        return Parsed(raw)
    if isinstance(raw, (int, float)):
        if raw in (0, 1):
            return Parsed(bool(raw))
        if raw > 0:
            return Parsed(True, note=f"'{clean(raw)}' được hiểu là Có")
        return Parsed(None, error=f"'{clean(raw)}' không phải Có/Không")
    key = fold(raw)
    if key in _YES or str(raw).strip() in _YES:
        return Parsed(True)
    if key in _NO:
        return Parsed(False)
    if key.startswith(("da ", "co ")) or key in _STILL_VALID:
        return Parsed(True, note=f"'{raw}' được hiểu là Có")
    if key.startswith(("chua ", "khong ")):
        return Parsed(False, note=f"'{raw}' được hiểu là Không")
    return Parsed(None, error=f"'{raw}' không phải Có/Không")


def is_x_mark(raw: object) -> bool:
    """True for a cell holding only an "x" tick (the habit that makes blanks mean "no")."""
    return isinstance(raw, str) and clean(raw).lower() in {"x", "✓", "✔", "√"}
