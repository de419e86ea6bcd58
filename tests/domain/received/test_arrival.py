"""Issue 17: every summary said "(0 đúng hạn, 66 trễ hạn)" because a report's arrival was the
day it was imported. Each received file now has the day it reached the office — its own
date by default, corrected by the clerk — and "on time"/"late" is judged by it."""

from __future__ import annotations

import datetime as dt
import os

import pytest

from tests.helpers import campaign_office
from unionplanner.core.errors import UserError
from unionplanner.domain.received.register import register, set_arrival, set_batch_arrival
from unionplanner.domain.received.session import import_paths
from unionplanner.domain.summary.aggregate import summarise

NAMES = ["Truong Mam non Phuoc Son - bieu so lieu.xlsx",
         "Cong ty CP Duoc pham Phuoc Hung - bieu so lieu.xlsx"]


@pytest.fixture
def imported(db, samples, tmp_path):
    folder = tmp_path / "mail"
    form_id = campaign_office(db, samples, folder, NAMES, "TCN")
    for name, day in zip(NAMES, (dt.date(2023, 6, 5), dt.date(2023, 6, 14)), strict=True):
        stamp = dt.datetime.combine(day, dt.time(10)).timestamp()
        os.utime(folder / name, (stamp, stamp))  # saved from the e-mail that day
    batch = import_paths(db, [folder], form_id, "2023-05").batch_id
    return db, form_id, batch


def _completeness(db, form_id, deadline):
    with db.session() as session:
        return summarise(session, form_id, "2023-05", deadline=deadline).completeness


def test_a_file_arrives_on_its_own_date_and_is_judged_by_it(imported):
    db, form_id, _batch = imported
    with db.session() as session:
        days = {e.file: e.arrival for e in register(session, period="2023-05")}
    assert days == {NAMES[0]: dt.date(2023, 6, 5), NAMES[1]: dt.date(2023, 6, 14)}
    c = _completeness(db, form_id, dt.date(2023, 6, 10))
    assert (c.on_time, c.late) == (1, 1)  # imported today, both would have been late


def test_the_clerk_corrects_an_arrival_day(imported):
    db, form_id, batch = imported
    with db.transaction() as session:
        late = next(e for e in register(session) if e.file == NAMES[1])
        set_arrival(session, late.file_id, dt.date(2023, 6, 9))
    assert (_completeness(db, form_id, dt.date(2023, 6, 10)).late) == 0
    with db.transaction() as session:
        assert set_batch_arrival(session, batch, dt.date(2023, 6, 20)) == 2
    assert _completeness(db, form_id, dt.date(2023, 6, 10)).late == 2
    with db.transaction() as session, pytest.raises(UserError, match="chưa tới"):
        set_arrival(session, late.file_id, dt.date.today() + dt.timedelta(days=3))
    with db.transaction() as session, pytest.raises(UserError, match="không có tệp"):
        set_batch_arrival(session, batch, dt.date(2023, 6, 9), "khong-co.xlsx")
