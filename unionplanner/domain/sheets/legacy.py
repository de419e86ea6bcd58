"""Legacy Vietnamese text: TCVN3 (ABC, fonts ".VnTime"/".VnTimeH") and VNI-Windows
("VNI-Times") typed into cells and read back as Latin-1 look-alikes.

Excel shows such cells correctly because the font draws the legacy codes as Vietnamese
letters; a program sees "KÕt n¹p" (TCVN3) or "Keát naïp" (VNI) for "Kết nạp". This module
recognises which of the three a text is (Unicode, TCVN3 or VNI) by how many of its words are
well-formed Vietnamese syllables, and converts it.

Sources of the tables: TCVN 5712:1993 (the TCVN3 "ABC" code table: one byte per letter, the
capitals with tone marks only exist in the ".VnTimeH" fonts, which draw the lower-case codes
as capitals) and the VNI-Windows layout (a base letter followed by a mark character).
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Iterable

UNICODE, TCVN3, VNI = "unicode", "tcvn3", "vni"

# --- TCVN3 (TCVN 5712:1993, "ABC") ------------------------------------------------------------
# Each legacy code point (as Latin-1 reads the byte) and the letter it stands for.
_TCVN3_LETTERS = {
    0xA1: "Ă", 0xA2: "Â", 0xA3: "Ê", 0xA4: "Ô", 0xA5: "Ơ", 0xA6: "Ư", 0xA7: "Đ",
    0xA8: "ă", 0xA9: "â", 0xAA: "ê", 0xAB: "ô", 0xAC: "ơ", 0xAD: "ư", 0xAE: "đ",
}
# a, ă, â, e, ê, i, o, ô, ơ, u, ư, y with the five tones, in the order grave, hook, tilde,
# acute, dot below: the code points the standard gives each.
_TCVN3_TONED = {
    "a": (0xB5, 0xB6, 0xB7, 0xB8, 0xB9),
    "ă": (0xBB, 0xBC, 0xBD, 0xBE, 0xC6),
    "â": (0xC7, 0xC8, 0xC9, 0xCA, 0xCB),
    "e": (0xCC, 0xCE, 0xCF, 0xD0, 0xD1),
    "ê": (0xD2, 0xD3, 0xD4, 0xD5, 0xD6),
    "i": (0xD7, 0xD8, 0xDC, 0xDD, 0xDE),
    "o": (0xDF, 0xE1, 0xE2, 0xE3, 0xE4),
    "ô": (0xE5, 0xE6, 0xE7, 0xE8, 0xE9),
    "ơ": (0xEA, 0xEB, 0xEC, 0xED, 0xEE),
    "u": (0xEF, 0xF1, 0xF2, 0xF3, 0xF4),
    "ư": (0xF5, 0xF6, 0xF7, 0xF8, 0xF9),
    "y": (0xFA, 0xFB, 0xFC, 0xFD, 0xFE),
}
_TONES = ("\u0300", "\u0309", "\u0303", "\u0301", "\u0323")  # grave, hook, tilde, acute, dot

_TCVN3_TABLE: dict[int, str] = dict(_TCVN3_LETTERS)
for _base, _codes in _TCVN3_TONED.items():
    for _code, _tone in zip(_codes, _TONES):
        _TCVN3_TABLE[_code] = unicodedata.normalize("NFC", _base + _tone)
_TCVN3_CHARS = frozenset(chr(c) for c in _TCVN3_TABLE)

# --- VNI-Windows --------------------------------------------------------------------------------
# Letters of their own (one character each)...
_VNI_LETTERS = {
    "ô": "ơ", "Ô": "Ơ", "ö": "ư", "Ö": "Ư", "ñ": "đ", "Ñ": "Đ",
    "í": "í", "ì": "ì", "æ": "ỉ", "ó": "ĩ", "ò": "ị", "î": "ỵ",
    "Í": "Í", "Ì": "Ì", "Æ": "Ỉ", "Ó": "Ĩ", "Ò": "Ị", "Î": "Ỵ",
}
# ...and marks typed after a vowel: tone marks, the circumflex (â after a/e/o) and the breve
# (ê after a), alone or combined with a tone.
_CIRC, _BREVE = "\u0302", "\u0306"
_VNI_MARKS = {
    "ù": "\u0301", "ø": "\u0300", "û": "\u0309", "õ": "\u0303", "ï": "\u0323",
    "â": _CIRC, "á": _CIRC + "\u0301", "à": _CIRC + "\u0300", "å": _CIRC + "\u0309",
    "ã": _CIRC + "\u0303", "ä": _CIRC + "\u0323",
    "ê": _BREVE, "é": _BREVE + "\u0301", "è": _BREVE + "\u0300", "ú": _BREVE + "\u0309",
    "ü": _BREVE + "\u0303", "ë": _BREVE + "\u0323",
}
_VNI_MARKS.update({k.upper(): v for k, v in list(_VNI_MARKS.items())})
_VNI_VOWEL_BEFORE_MARK = re.compile(
    "([aeiouyAEIOUYơƠưƯ])([" + "".join(_VNI_MARKS) + "])")
_VNI_SIGNS = frozenset("ñÑöÖøØåÅïÏûÛëËüÜæÆ")

# --- what a Vietnamese syllable looks like ------------------------------------------------------
_INITIALS = ("ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|b|c|d|đ|g|h|k|l|m|n|p|r|s|t|v|x")
_NUCLEI = (
    "uyê|uya|uyu|oai|oay|oao|oeo|uây|uôi|ươi|ươu|iêu|yêu|uêu|"
    "ai|ao|au|ay|âu|ây|eo|êu|ia|iu|iê|oa|oă|oe|oi|ôi|ơi|ua|uâ|uê|ui|uô|uơ|ưa|ưi|ươ|ưu|uy|yê|"
    "a|ă|â|e|ê|i|o|ô|ơ|u|ư|y")
_FINALS = "ch|ng|nh|c|m|n|p|t|i|o|u|y"
_SYLLABLE = re.compile(f"^(?:{_INITIALS})?(?:{_NUCLEI})(?:{_FINALS})?$")
_WORD = re.compile(r"[^\W\d_]+")
_TONE_SET = frozenset(_TONES)


def is_syllable(word: str) -> bool:
    """True if ``word`` (one word, any case) is spelled like a Vietnamese syllable: an
    initial consonant, a vowel nucleus, a final, and at most one tone mark."""
    decomposed = unicodedata.normalize("NFD", word.lower())
    tones = sum(1 for ch in decomposed if ch in _TONE_SET)
    if tones > 1:
        return False
    bare = unicodedata.normalize("NFC", "".join(ch for ch in decomposed if ch not in _TONE_SET))
    return bool(_SYLLABLE.match(bare))


def _score(text: str) -> int:
    """Well-formed minus ill-formed words, counting only words with a non-ASCII letter
    (plain ASCII words read the same in every encoding)."""
    score = 0
    for word in _WORD.findall(text):
        if word.isascii():
            continue
        score += 1 if is_syllable(word) else -1
    # characters no Vietnamese text contains count against it
    score -= sum(1 for ch in text if ch in "§¦¥¤£¢¡©ª«¬®µ¶·¸¹»¼½¾ÆÇÈËÌÎÏÑÖ×ØÞßåæîïñ÷øûüþ")
    return score


def tcvn3_to_unicode(text: str) -> str:
    """Convert TCVN3 text. A cell whose plain letters are all capitals is taken as typed in
    ".VnTimeH" (the capitals font that draws lower-case codes as capitals) and upper-cased
    whole: "HUYÖN" → "HUYỆN"."""
    converted = "".join(_TCVN3_TABLE.get(ord(ch), ch) for ch in text)
    ascii_letters = [ch for ch in text if ch.isascii() and ch.isalpha()]
    if len(ascii_letters) >= 2 and all(ch.isupper() for ch in ascii_letters):
        converted = converted.upper()
    return converted


def vni_to_unicode(text: str) -> str:
    """Convert VNI-Windows text: "Keát naïp" → "Kết nạp"."""
    if not text:
        return text
    # the mark characters "ô"/"ö" are letters of their own (ơ/ư) before being bases of marks
    letters = "".join(_VNI_LETTERS.get(ch, ch) if ch in "ôÔöÖñÑ" else ch for ch in text)
    with_marks = _VNI_VOWEL_BEFORE_MARK.sub(lambda m: m.group(1) + _VNI_MARKS[m.group(2)],
                                            letters)
    single = "".join(_VNI_LETTERS.get(ch, ch) for ch in with_marks)
    return unicodedata.normalize("NFC", single)


_CONVERTERS = {TCVN3: tcvn3_to_unicode, VNI: vni_to_unicode}


def _is_plainly_unicode(text: str) -> bool:
    """Letters beyond Latin-1 (ư, đ, ạ, a combining mark...) never occur in legacy text."""
    return any(ord(ch) > 0xFF and (ch.isalpha() or unicodedata.combining(ch)) for ch in text)


def _candidates(text: str) -> dict[str, str]:
    found = {UNICODE: text}
    if _is_plainly_unicode(text):
        return found
    if any(ch in _TCVN3_CHARS for ch in text):
        found[TCVN3] = tcvn3_to_unicode(text)
    if any(ch in _VNI_SIGNS or ch in _VNI_MARKS for ch in text):
        found[VNI] = vni_to_unicode(text)
    return found


@functools.lru_cache(maxsize=1 << 15)
def _scores(text: str) -> tuple[int, int, int] | None:
    """Scores of a text read as Unicode, TCVN3 and VNI; None when only Unicode applies."""
    found = _candidates(text)
    if len(found) == 1:
        return None
    base = _score(text)
    return (base, _score(found[TCVN3]) if TCVN3 in found else base,
            _score(found[VNI]) if VNI in found else base)


def detect_encoding(texts: Iterable[str], hint: str | None = None) -> str:
    """Which encoding a workbook's text is in: :data:`UNICODE`, :data:`TCVN3` or :data:`VNI`.

    Pools every text cell (a sheet is typed in one font) and picks the reading whose words
    are most often well-formed Vietnamese syllables; Unicode wins ties, unless ``hint`` (the
    encoding the cells' fonts imply) names the other side of the tie.
    """
    totals = {UNICODE: 0, TCVN3: 0, VNI: 0}
    legacy_seen = False
    for text in texts:
        if not text or text.isascii():
            continue
        scores = _scores(text)
        if scores is None:
            continue  # reads the same (or plainly Unicode) in every encoding
        legacy_seen = True
        for name, score in zip((UNICODE, TCVN3, VNI), scores):
            totals[name] += score
    if not legacy_seen:
        return UNICODE
    if hint in (TCVN3, VNI) and totals[hint] >= totals[UNICODE]:
        return hint
    best = max((TCVN3, VNI), key=lambda name: totals[name])
    # a legacy reading must be Vietnamese, not just less wrong: German or French read as
    # TCVN3 loses its "ß", "Ö"… (which count against the Unicode reading) without becoming
    # syllables ("Öcker" → "ệcker"); more well-formed words than ill-formed ones are needed
    return best if totals[best] > totals[UNICODE] and totals[best] > 0 else UNICODE


@functools.lru_cache(maxsize=1 << 15)
def to_unicode(text: str, encoding: str) -> str:
    """``text`` converted from ``encoding`` (a value :func:`detect_encoding` returns), only
    where that reads better than leaving it: a cell typed later in Unicode inside a TCVN3
    sheet stays as it is."""
    convert = _CONVERTERS.get(encoding)
    if convert is None or not text or text.isascii() or _is_plainly_unicode(text):
        return text
    converted = convert(text)
    if converted != text and _score(converted) >= _score(text):
        return converted
    return text


def convert_as(text: str, encoding: str, capitals: bool = False) -> str:
    """``text`` converted from ``encoding`` because its cell's font says so (".VnTime" →
    TCVN3, "VNI-Times" → VNI); ``capitals`` for the ".VnTimeH" fonts, which show every
    letter as a capital. Text with letters no legacy font has (ư, ạ…) is already Unicode
    and only upper-cased when ``capitals``."""
    convert = _CONVERTERS.get(encoding)
    if convert is not None and not text.isascii() and not _is_plainly_unicode(text):
        text = convert(text)
    return text.upper() if capitals else text
