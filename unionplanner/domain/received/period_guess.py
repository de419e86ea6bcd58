"""Which period a pile of returns is for, read from the returns themselves, so the clerk need
not click back through a calendar and a wrong period is caught before anything is stored.

Each file says it, most certain first: the marker of a form this program generated
("period"), the header above the table ("BÁO CÁO THÁNG 5 NĂM 2023", "6 THÁNG ĐẦU NĂM 2025",
"(Số liệu tính đến ngày 31/5/2025)" — :func:`~unionplanner.domain.report_forms.periods.
stated_period`), else the file name ("Bao cao thang 5-2023.xlsx") — the rule is
:meth:`~unionplanner.domain.received.reading.FileRead.stated_period`, on files read once.
Only the period kinds the form is filled for are considered. When the files that state a
period do not all state the same one, there is no guess and the caller lists which file says
which.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from unionplanner.core.errors import UserError
from unionplanner.domain.received.reading import FileRead
from unionplanner.domain.report_forms.periods import parse_period


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


def guess_period(reads: Sequence[FileRead], kinds: Sequence[str]) -> PeriodGuess:
    """What each file already read says its period is, for a form filled for ``kinds``
    (period kind codes; months when empty), by :meth:`FileRead.stated_period` — the rule
    the import's check of each file uses too. Unreadable files state nothing (the import
    says why)."""
    guess = PeriodGuess()
    for read in reads:
        stated = read.stated_period(kinds)
        guess.by_file[read.name] = stated.code if stated else None
    return guess


def period_from_files(guess: PeriodGuess) -> str:
    """The one period the files state; UserError (nothing is written) when they state none
    or disagree, naming which file says which."""
    if guess.disagree:
        raise UserError("Các tệp ghi những kỳ báo cáo khác nhau nên chưa nhập gì — "
                        f"{guess.describe()}. Hãy nhập riêng từng kỳ với --period.")
    if guess.period is None:
        raise UserError("Các tệp không ghi rõ kỳ báo cáo. Hãy thêm --period (ví dụ --period "
                        "2023-05).")
    return guess.period
