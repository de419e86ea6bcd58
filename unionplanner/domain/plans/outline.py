"""The numbering of a plan's outline, given from the blocks' levels (never stored): parts
"I.", "II."; clauses "1.", "2." (restarting in each part); sub-clauses "1.1."; points "a)",
"b)" … in Vietnamese letter order (a b c d đ e g h i k l m n o p q r s t u v x y: đ after d,
no f, j, w, z — Nghị định 30/2020/NĐ-CP, Phụ lục I); bullets "-" and "+".

Also the reverse: :func:`split_number` tells a paragraph's level from the number it starts
with, for documents being read.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from unionplanner.domain.plans.document import CLAUSE, DASH, PART, PLUS, POINT, SUB, TEXT, Block

POINT_LETTERS = "abcdđeghiklmnopqrstuvxy"
_ROMANS = ((1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
           (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"))


def roman(number: int) -> str:
    """4 → "IV"."""
    out = []
    for value, letters in _ROMANS:
        while number >= value:
            out.append(letters)
            number -= value
    return "".join(out)


def labels(blocks: Sequence[Block]) -> list[str]:
    """The number printed before each block ("" for plain paragraphs)."""
    part = clause = sub = point = 0
    found = []
    for block in blocks:
        if block.level == PART:
            part, clause, sub, point = part + 1, 0, 0, 0
            found.append(f"{roman(part)}.")
        elif block.level == CLAUSE:
            clause, sub, point = clause + 1, 0, 0
            found.append(f"{clause}.")
        elif block.level == SUB:
            sub, point = sub + 1, 0
            found.append(f"{max(clause, 1)}.{sub}.")
        elif block.level == POINT:
            point += 1
            letters = POINT_LETTERS
            found.append(f"{letters[(point - 1) % len(letters)]})")
        elif block.level == DASH:
            found.append("-")
        elif block.level == PLUS:
            found.append("+")
        else:
            found.append("")
    return found


_NUMBERED = (
    (PART, re.compile(r"^([IVXL]+)\s*[./)\-–]\s*(?=\S)")),
    (SUB, re.compile(r"^(\d{1,2}\.\d{1,2}(?:\.\d{1,2})?)\.?\s+(?=\S)")),
    (CLAUSE, re.compile(r"^(\d{1,2})\s*[.)/]\s+(?=\S)")),
    (POINT, re.compile(r"^([a-zđ])\)\s*(?=\S)")),
    (PLUS, re.compile(r"^(?:[-–]\s*)?\+\s*")),
    (DASH, re.compile(r"^[-–•*]\s*(?=\S)")),
)


def split_number(text: str) -> tuple[int, str]:
    """(level, text without its number) of a paragraph as written: "2.1. Tổ chức …" →
    (SUB, "Tổ chức …"); "- Tuyên truyền" → (DASH, "Tuyên truyền"); "Đợt 1: …" → (TEXT, …)."""
    for level, pattern in _NUMBERED:
        match = pattern.match(text)
        if match:
            if level == CLAUSE and re.match(r"^\d{1,2}\s*[/.]\s*\d{1,2}\s*[/.]\s*\d{2,4}", text):
                continue  # "1/5/2023 …" is a date, not a clause
            return level, text[match.end():].strip()
    return TEXT, text
