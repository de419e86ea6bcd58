"""Cell addresses as Excel shows them: 0-based (row, column) ↔ "D14"."""

from __future__ import annotations

import functools
import re


@functools.lru_cache(maxsize=1 << 10)
def column_letter(col: int) -> str:
    """0 → "A", 27 → "AB" (cached: a few columns come back in every address)."""
    letters = ""
    col += 1
    while col:
        col, rem = divmod(col - 1, 26)
        letters = chr(65 + rem) + letters
    return letters


def cell_address(row: int, col: int) -> str:
    """(0, 3) → "D1"."""
    return f"{column_letter(col)}{row + 1}"


_ADDRESS = re.compile(r"^([A-Z]+)(\d+)$")


def parse_address(address: str) -> tuple[int, int]:
    """"D14" → (13, 3)."""
    match = _ADDRESS.match(address)
    if not match:
        raise ValueError(address)
    col = 0
    for ch in match.group(1):
        col = col * 26 + ord(ch) - 64
    return int(match.group(2)) - 1, col - 1
