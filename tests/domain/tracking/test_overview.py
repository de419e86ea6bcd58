"""The overview's one reading (plain SQL, so the window can fill its first page with sqlite3
before SQLAlchemy loads) against the rules as the ORM services apply them: the units
active per sector, the months due and late, and who has reported by each deadline."""

from __future__ import annotations

import datetime as dt
import sqlite3

import pytest

from unionplanner.domain.demo.year import load_full_demo
from unionplanner.domain.received.register import missing_units
from unionplanner.domain.report_forms.periods import period_bounds
from unionplanner.domain.tracking.agenda import report_period
from unionplanner.domain.tracking.overview import read_overview
from unionplanner.domain.tracking.service import activity_rows, overdue
from unionplanner.domain.units.service import end_unit, list_units

TODAY = dt.date(2026, 12, 7)
DAYS = [dt.date(2026, 1, 2), dt.date(2026, 3, 16), dt.date(2026, 7, 1), dt.date(2026, 11, 30),
        TODAY, dt.date(2027, 2, 1)]


@pytest.fixture
def demo_year(db):
    load_full_demo(db, TODAY)
    with db.transaction() as s:  # a unit that ended in the summer, one without counts
        units = list_units(s)
        end_unit(s, units[0].id, dt.date(2026, 6, 30), "dissolved")
        units[1].members = None
    return db


def by_orm(s, day: dt.date):
    """What the overview should say on ``day``, from the ORM services."""
    sectors: dict[str, dict[str, int]] = {}
    for unit in list_units(s, include_ended=False, on=day):
        row = sectors.setdefault(unit.sector, {"units": 0, "members": 0, "workers": 0})
        row["units"] += 1
        row["members"] += unit.members or 0
        row["workers"] += unit.workers or 0
    month = f"{day.year:04d}-{day.month:02d}"
    due = [(r.id, r.title, r.department, r.checks.get(month))
           for r in activity_rows(s) if month in r.months]
    late = [(x.activity_id, x.month, x.status) for x in overdue(s, day)]
    return sectors, due, late


@pytest.mark.parametrize("day", DAYS, ids=str)
def test_the_overview_reads_what_the_services_say(demo_year, day):
    with demo_year.session() as s:
        overview = read_overview(s, day)
        sectors, due, late = by_orm(s, day)
        assert overview.sectors == sectors
        assert [(d.activity_id, d.title, d.department, d.status)
                for d in overview.agenda.this_month] == due
        assert [(d.activity_id, d.month, d.status) for d in overview.agenda.late] == late
        assert all(d.late for d in overview.agenda.late)
        for deadline in overview.agenda.deadlines:
            assert day.replace(day=1) <= deadline.date
            if deadline.form_id is None:
                assert deadline.expected is None
                continue
            period = deadline.period
            expected = [u for u in list_units(s) if u.active_between(*period_bounds(period))]
            assert deadline.expected == len(expected)
            assert deadline.reported == len(expected) - len(
                missing_units(s, period, deadline.form_id))
    if day == TODAY:  # the demo's December: a report deadline with most units in
        assert overview.office == "CÔNG ĐOÀN XÃ HÒA AN"
        assert late and any(d.reported and d.reported < d.expected
                            for d in overview.agenda.deadlines)
        assert report_period(dt.date(2026, 12, 5)) == "2026-11"


@pytest.mark.sqlite_only
def test_sqlite3_and_the_session_read_the_same_overview(demo_year):
    """The start-up's reading (the standard library on the file) equals the window's."""
    conn = sqlite3.connect(demo_year.file)
    try:
        for day in DAYS:
            with demo_year.session() as s:
                assert read_overview(conn, day) == read_overview(s, day)
    finally:
        conn.close()


def test_no_office_yet_is_no_overview(db):
    with db.session() as s:
        assert read_overview(s, TODAY) is None
