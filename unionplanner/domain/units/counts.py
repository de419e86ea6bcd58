"""Units, members and workers per sector: the overview's figures, read in plain SQL so the
first page can be filled before SQLAlchemy is loaded (see
:mod:`unionplanner.domain.storage.plain`)."""

from __future__ import annotations

from datetime import date
from typing import Any

from unionplanner.domain.storage.plain import fetch


def count_by_sector(source: Any, on: date | None = None) -> dict[str, dict[str, int]]:
    """Units active on ``on`` (default today) per sector code: ``{sector: {"units": n,
    "members": m, "workers": w}}`` (người; a blank count adds nothing). ``source``: a
    sqlite3 connection or a SQLAlchemy session."""
    day = (on or date.today()).isoformat()
    rows = fetch(source, "SELECT sector, count(*), sum(coalesce(members, 0)), "
                         "sum(coalesce(workers, 0)) FROM unit "
                         "WHERE (active_from IS NULL OR active_from <= :day) "
                         "AND (active_to IS NULL OR active_to >= :day) GROUP BY sector",
                 {"day": day})
    return {sector: {"units": int(units), "members": int(members), "workers": int(workers)}
            for sector, units, members, workers in rows}
