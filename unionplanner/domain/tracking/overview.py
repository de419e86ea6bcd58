"""What the Tổng quan page shows, in one reading: the office's name, the active units per
sector, and "Tháng này" (:mod:`unionplanner.domain.tracking.agenda`). Plain SQL, so the same
reading fills the page from the file with sqlite3 at start-up, before SQLAlchemy is loaded,
and from the window's session afterwards."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from unionplanner.domain.storage.plain import fetch
from unionplanner.domain.tracking.agenda import Agenda, month_agenda
from unionplanner.domain.units.counts import count_by_sector


@dataclass
class Overview:
    """The overview on ``today``: the office's name and parent body ("" when none), units,
    members and workers (người) per sector code, and the agenda."""

    today: dt.date
    office: str
    parent_body: str
    sectors: dict[str, dict[str, int]]
    agenda: Agenda


def read_overview(source: Any, today: dt.date) -> Overview | None:
    """The overview on ``today``, or None while the office is not yet entered (the window
    shows its welcome page then). ``source``: a sqlite3 connection or a SQLAlchemy session."""
    office = fetch(source, "SELECT name, parent_body FROM office ORDER BY id LIMIT 1")
    if not office:
        return None
    name, parent_body = office[0]
    return Overview(today, name, parent_body or "", count_by_sector(source, today),
                    month_agenda(source, today))
