"""The outline of a statistics form as people lay it out: which rows are section and group
headings (they carry no value), which are indicators, which sit under another indicator, and
which are the "- Trong đó: nữ" line that means the same figure as a "Nữ" column.

The rules are the habits of the union's statistics forms (Quyết định 1454/QĐ-TLĐ, Mẫu 1-HĐCĐ
and 2-HĐCĐ) and of the forms offices retype from them:
- a section is numbered with a Roman numeral in the TT column ("I", "II") or written "A- SỐ
  LIỆU"; a group is a numbered line with no unit of measure ("1. Lao động", "2.3. Nhà ở");
  a heading in capitals with no unit of measure is a section too;
- an indicator has a number in the TT column, or a unit of measure;
- "+ …", "- …", "– …", "a) …", "b) …" and "Trong đó: …" lines belong to the indicator above;
- "- Trong đó: nữ", "+ Nữ", "Trong đó nữ" are the female figure of the indicator above.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from typing import Any

from unionplanner.core.text import clean, fold

HEADING, INDICATOR, SUB, FEMALE = "heading", "indicator", "sub", "female"

_ROMAN = re.compile(r"^(?=[IVXLC]+$)M{0,3}(C[MD]|D?C{0,3})(X[CL]|L?X{0,3})(I[XV]|V?I{0,3})$")
_LETTER_SECTION = re.compile(r"^([A-ZĐ])\s*[-–.)/]\s+(.+)$")
_GROUP_NUMBER = re.compile(r"^(\d+(?:\.\d+)*)[.)]\s*(.+)$")
_SUB_MARK = re.compile(r"^([+\-–•*]|[a-zđ]\))\s*(.+)$")
_IN_WHICH = re.compile(r"^(?:-\s*)?trong\s+đó\s*:?\s*(.*)$", re.IGNORECASE)
_FEMALE = {"nu", "lao dong nu", "nguoi nu", "doan vien nu", "trong do nu", "nu cnvcld"}
#: units of measure written as "the same as the row above"
DITTO = ("“", "”", '"', "''", "〃", "nt", "-nt-", "như trên")


@dataclass(frozen=True)
class OutlineRow:
    """What one row of a form's table is: ``kind`` (heading, indicator, sub-indicator or the
    female figure of the indicator above), its ``level`` (headings: 1 section, 2 group), the
    ``number`` as printed ("I", "1.", "3", "+", "a)") and its ``text`` without that number."""

    kind: str
    text: str
    number: str = ""
    level: int = 0


def is_ditto(unit_of_measure: str) -> bool:
    """A unit of measure that means "as the row above" (the ditto mark “)."""
    return clean(unit_of_measure).lower() in DITTO


@functools.lru_cache(maxsize=1 << 12)
def is_female_label(text: str) -> bool:
    """Whether a row label or column header names the female figure ("Nữ", "Trong đó: Nữ",
    "- Trong đó: nữ")."""
    key = fold(re.sub(r"^[\s+\-–•*]+", "", clean(text)))
    key = re.sub(r"^trong do\s*:?\s*", "", key).strip(" :")
    return key in _FEMALE or key == "trong do nu"


def classify(number_cell: object, label: object, unit_of_measure: object) -> OutlineRow:
    """Classify one row from its TT cell, its text and its unit of measure (see the module
    text). A blank label gives a heading with no text (the caller skips it). Cached: the
    same rows come back in every return of a form."""
    return _classify(_as_text(number_cell), _as_text(label), _as_text(unit_of_measure))


def _as_text(cell: object) -> str:
    if cell is None:
        return ""
    if isinstance(cell, float) and cell.is_integer():
        return str(int(cell))
    return cell if isinstance(cell, str) else str(cell)


@functools.lru_cache(maxsize=1 << 14)
def _classify(number_cell: str, label: str, unit_of_measure: str) -> OutlineRow:
    text = clean(label)
    number = clean(number_cell)
    if number.endswith(".0") and number[:-2].isdigit():  # 3.0 as calamine gives whole numbers
        number = number[:-2]
    unit = clean(unit_of_measure)
    if not text:
        return OutlineRow(HEADING, "", number, 0)
    if is_female_label(text) and not number:
        return OutlineRow(FEMALE, text)
    if _ROMAN.match(number.rstrip(".")):
        return OutlineRow(HEADING, text, number, 1)
    if not number and (match := _LETTER_SECTION.match(text)) and not unit:
        return OutlineRow(HEADING, match.group(2), match.group(1) + "-", 1)
    if not number and (match := _SUB_MARK.match(text)):
        return OutlineRow(SUB, match.group(2), match.group(1))
    if not number and (match := _IN_WHICH.match(text)) and match.group(1):
        return OutlineRow(SUB, match.group(1), "Trong đó:")
    if not number and not unit and (match := _GROUP_NUMBER.match(text)):
        return OutlineRow(HEADING, match.group(2), match.group(1) + ".", 2)
    if not unit and not number and text.upper() == text and any(c.isalpha() for c in text):
        return OutlineRow(HEADING, text, "", 1)
    if not number and (match := _GROUP_NUMBER.match(text)):
        # "1. Tổng số lao động" with a unit: an indicator whose TT was typed into the text
        return OutlineRow(INDICATOR, match.group(2), match.group(1))
    return OutlineRow(INDICATOR, text, number)


def headings_before(headings: list[dict[str, Any]] | None) -> dict[str, list[dict[str, Any]]]:
    """A form version's section and group headings
    (:attr:`~unionplanner.domain.report_forms.models.FormVersion.headings`) by the code of
    the indicator each stands before, in the form's order."""
    before: dict[str, list[dict[str, Any]]] = {}
    for heading in headings or []:
        before.setdefault(str(heading.get("before")), []).append(heading)
    return before
