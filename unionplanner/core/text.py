"""Small text helpers shared by the domain: clean-up, folding for matching, Vietnamese numbers.

The import issue extends these (legacy TCVN3/VNI conversion, money and yes/no values); keep
them here so units, plans and imports all clean text the same way.
"""

from __future__ import annotations

import functools
import re
import unicodedata

_INVISIBLE = dict.fromkeys(map(ord, "\u00ad\u200b\u200c\u200d\ufeff"), None)
_SPACES = re.compile(r"[\s\u00a0\u2007\u202f]+")


def clean(value: object) -> str:
    """Cell or field text as the user meant it: NFC, no soft hyphens or zero-width marks,
    non-breaking spaces as spaces, runs of white space as one space, trimmed.
    ``None`` → ``""``; numbers → their text (125.0 → "125")."""
    if value is None:
        return ""
    if isinstance(value, str):
        return _clean_text(value)
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return _clean_text(str(value))


@functools.lru_cache(maxsize=1 << 16)
def _clean_text(text: str) -> str:
    # the same labels come back in every return of a form: cached like folding
    text = unicodedata.normalize("NFC", text).translate(_INVISIBLE)
    return _SPACES.sub(" ", text).strip()


# the tone on the first vowel of "oa", "oe", "uy" ending a syllable (hòa, khỏe, thúy): the
# placement of the Vietnamese spelling rules now taught (Quyết định 1989/QĐ-BGDĐT, 2018);
# documents still come with the older placement on the second vowel (hoà, khoẻ, thuý)
_TONED = {"a": "àáảãạ", "e": "èéẻẽẹ", "y": "ỳýỷỹỵ", "o": "òóỏõọ", "u": "ùúủũụ"}
_OLD_TONES = re.compile(r"(?<![qQ])([oOuU])([àáảãạèéẻẽẹỳýỷỹỵÀÁẢÃẠÈÉẺẼẸỲÝỶỸỴ])(?![^\W\d_])")


def _move_tone(match: re.Match[str]) -> str:
    first, second = match.group(1), match.group(2)
    lower = second.lower()
    base, tone = next((b, marks.index(lower)) for b, marks in _TONED.items() if lower in marks)
    if (first.lower(), base) not in (("o", "a"), ("o", "e"), ("u", "y")):
        return match.group(0)
    moved = _TONED[first.lower()][tone]
    moved = moved.upper() if first.isupper() else moved
    return moved + (base.upper() if second.isupper() else base)


def modern_tones(text: str) -> str:
    """``text`` with the tone marks of "oa", "oe", "uy" at the end of a syllable placed the
    way the spelling rules now teach: "HOÀ" → "HÒA", "khoẻ" → "khỏe", "Thuý" → "Thúy"
    ("hoàn", "quý" are the same either way and stay). Same length as ``text``, so a match
    found in the result slices the original."""
    return _OLD_TONES.sub(_move_tone, unicodedata.normalize("NFC", text))


def fold(value: object) -> str:
    """A matching key: :func:`clean`, lower case, Vietnamese diacritics removed, đ → d,
    punctuation as spaces. ``fold("Tổng số CNVCLĐ") == "tong so cnvcld"``."""
    if isinstance(value, str):
        return _fold_text(value)
    return _fold_text(clean(value))


@functools.lru_cache(maxsize=1 << 16)
def _fold_text(value: str) -> str:
    # report files repeat the same few hundred texts: caching makes folding nearly free
    text = clean(value).lower().replace("đ", "d")
    text = "".join(c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c))
    text = re.sub(r"[^\w]+", " ", text)
    return text.strip()


def has_phrase(key: str, phrase: str) -> bool:
    """True if the folded ``phrase`` stands in the folded ``key`` as whole words:
    ``has_phrase("tong so doan vien", "doan vien")`` but not ``has_phrase("ma dv", "d")``."""
    return f" {phrase} " in f" {key} "


_TOTAL_LABELS = ("tong cong", "cong", "tong", "tong so", "cong chung", "cong khoi",
                 "tong cong khoi", "tong cong cum", "cong cum", "tong hop", "tong toan cum",
                 "tong so chung")


def is_total_label(text: object) -> bool:
    """True for the label of a total row ("Tổng cộng", "Cộng", "Tổng số", "Cộng khối"...),
    which a list of units or a cluster sheet must never take for a unit."""
    key = fold(text)
    return key in _TOTAL_LABELS or key.startswith(("tong cong ", "cong khoi ", "cong cum "))


_INT_TEXT = re.compile(r"^[+-]?\d{1,3}([.,\s]\d{3})+$|^[+-]?\d+$")


def parse_count(value: object) -> int | None:
    """A whole number of people (người) or things written the Vietnamese way.

    Accepts ints, floats holding whole numbers (calamine returns 125.0) and text such as
    "1.234", "1 234", "125". Blank → None. Raises ValueError for anything else (negative
    numbers, fractions, words), with the offending text in the message.
    """
    if value is None:
        return None
    if isinstance(value, bool):
        raise ValueError(f"không phải số: {value!r}")
    if isinstance(value, int):
        number = value
    elif isinstance(value, float):
        if not value.is_integer():
            raise ValueError(f"không phải số nguyên: {value}")
        number = int(value)
    else:
        text = clean(value)
        if not text:
            return None
        if not _INT_TEXT.match(text):
            raise ValueError(f"không phải số nguyên: {text!r}")
        number = int(re.sub(r"[.,\s]", "", text))
    if number < 0:
        raise ValueError(f"số âm: {number}")
    return number


def format_number(value: int | float, decimals: int = 0) -> str:
    """Vietnamese style: thousands '.', decimal ','. ``format_number(6071) == "6.071"``,
    ``format_number(81.25, 1) == "81,3"`` (Nghị định 30/2020/NĐ-CP usage)."""
    text = f"{value:,.{decimals}f}"
    return text.replace(",", "\x00").replace(".", ",").replace("\x00", ".")


def figure_text(value: float | None) -> str:
    """A target's figure as people write it: whole numbers without decimals ("1.250"), others
    with one ("81,3"); blank for None."""
    return "" if value is None else format_number(value, 0 if float(value).is_integer() else 1)


def parse_decimal(text: object) -> float | None:
    """A figure typed the Vietnamese way ("1.250", "81,3", "75%") as a float; None for a blank
    or for text that is not a number."""
    cleaned = clean(text).replace(".", "").replace(",", ".").rstrip("%").strip()
    try:
        return float(cleaned) if cleaned else None
    except ValueError:
        return None


def months_text(months: list[str]) -> str:
    """Months ("YYYY-MM") as plans write them: "5, 6/2024" within one year, else
    "12/2023, 1/2024"."""
    if not months:
        return ""
    if len({m[:4] for m in months}) == 1:
        return ", ".join(str(int(m[5:])) for m in months) + "/" + months[0][:4]
    return ", ".join(f"{int(m[5:])}/{m[:4]}" for m in months)
