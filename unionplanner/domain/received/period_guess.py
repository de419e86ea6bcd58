"""Which period a pile of returns is for, read from the returns themselves, so the clerk need
not click back through a calendar and a wrong period is caught before anything is stored.

Each file says it, most certain first: the marker of a form this program generated
("period"), the header above the table ("BÁO CÁO THÁNG 5 NĂM 2023", "6 THÁNG ĐẦU NĂM 2025",
"(Số liệu tính đến ngày 31/5/2025)" — :func:`~unionplanner.domain.report_forms.periods.
stated_period`), else the file name ("Bao cao thang 5-2023.xlsx"). Only the period kinds the
form is filled for are considered. When the files that state a period do not all state the
same one, there is no guess and the caller lists which file says which.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from unionplanner.core.errors import UserError
from unionplanner.core.text import clean
from unionplanner.domain.report_forms.periods import PeriodKind, parse_period, stated_period
from unionplanner.domain.sheets import detect
from unionplanner.domain.sheets.workbook import NotAReport, read_book

#: rows from the top of a sheet whose text may state the period (titles sit above the table)
_HEADER_ROWS = 15


@dataclass
class PeriodGuess:
    """``by_file``: file name → the period code it states, or None when it states none;
    ``period``: the one period every stating file agrees on, else None."""

    by_file: dict[str, str | None] = field(default_factory=dict)

    @property
    def stated(self) -> dict[str, list[str]]:
        """Period code → the files stating it, most files first."""
        found: dict[str, list[str]] = {}
        for name, period in self.by_file.items():
            if period is not None:
                found.setdefault(period, []).append(name)
        return dict(sorted(found.items(), key=lambda item: -len(item[1])))

    @property
    def period(self) -> str | None:
        stated = self.stated
        return next(iter(stated)) if len(stated) == 1 else None

    @property
    def disagree(self) -> bool:
        return len(self.stated) > 1

    def describe(self) -> str:
        """"tháng 05/2023: a.xlsx, b.xlsx; tháng 04/2023: c.xlsx" (Vietnamese)."""
        return "; ".join(f"{parse_period(code).text}: " + ", ".join(names[:5])
                         + (f" và {len(names) - 5} tệp khác" if len(names) > 5 else "")
                         for code, names in self.stated.items())


def guess_period(paths: Sequence[Path], kinds: Sequence[str]) -> PeriodGuess:
    """What each of ``paths`` says its period is, for a form filled for ``kinds`` (period
    kind codes; months when empty). Unreadable files state nothing (the import says why)."""
    kinds = list(kinds) or [PeriodKind.MONTH]
    guess = PeriodGuess()
    for path in paths:
        guess.by_file[Path(path).name] = _stated(Path(path), kinds)
    return guess


def _stated(path: Path, kinds: list[str]) -> str | None:
    texts: list[str] = []
    try:
        book = read_book(path)
    except (UserError, NotAReport):
        book = None
    if book is not None:
        marker = book.marker() or {}
        marked = str(marker.get("period") or "")
        if marked and _kind_of(marked) in kinds:
            return marked
        for sheet in book.visible_sheets[:3]:
            tables = detect.find_tables(sheet)
            texts += detect.header_block(sheet, tables[0] if tables else None)
            texts += [clean(cell) for row in sheet.rows[:_HEADER_ROWS] for cell in row
                      if isinstance(cell, str)]
    for source in (texts, [path.stem.replace("_", " ")]):
        found = {stated_period(source, kind) for kind in kinds} - {None}
        if len(found) == 1:
            return found.pop()
    return None


def _kind_of(period: str) -> str | None:
    try:
        return parse_period(period).kind
    except UserError:
        return None
