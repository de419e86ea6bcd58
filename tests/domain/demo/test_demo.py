"""The demo: a year of an office's work made by the program's own code (issue 17 item 5),
and its removal, which takes every demo row and nothing the office entered itself."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.helpers import learn_and_store
from unionplanner.core.errors import UserError
from unionplanner.domain.demo import demo_rows
from unionplanner.domain.demo.remove import remove_demo
from unionplanner.domain.demo.year import load_full_demo
from unionplanner.domain.office.service import get_office
from unionplanner.domain.plans.service import list_plans
from unionplanner.domain.received.service import received_dir
from unionplanner.domain.received.session import import_paths
from unionplanner.domain.report_forms.service import list_forms
from unionplanner.domain.summary.report import build_report
from unionplanner.domain.tracking.service import DONE, activity_rows
from unionplanner.domain.units.models import Unit
from unionplanner.domain.units.service import UnitFields, add_unit

TODAY = dt.date(2026, 11, 28)


@pytest.fixture
def demo_db(db):
    counts = load_full_demo(db, TODAY)
    assert counts == {"units": 40, "departments": 4, "plans": 2, "forms": 1, "reports": 73}
    return db


def test_the_demo_year_has_plans_ticks_late_months_and_reports(demo_db):
    with demo_db.session() as session:
        plans = list_plans(session)
        assert len(plans) == 2 and all(p.status == "issued" and p.number for p in plans)
        rows = activity_rows(session, [p.id for p in plans])
        past = [(r, m) for r in rows for m in r.months if m < "2026-11"]
        done = sum(1 for r, m in past if r.checks.get(m) == DONE)
        assert past and 0 < len(past) - done < done  # mostly ticked, some late
        form = list_forms(session)[0]
        emulation = next(p for p in plans if "thi đua" in p.title.lower())
        report = build_report(session, form.id, "2026-10", plan_id=emulation.id)
        c = report.summary.completeness
        assert (c.expected, c.reported, len(c.missing)) == (40, 36, 4)
        assert (c.on_time, c.late, c.deadline) == (31, 5, dt.date(2026, 11, 5))
        measured = {t.text: (t.achieved, t.met) for t in report.targets
                    if t.achieved is not None}  # the summary's "Chỉ tiêu" tab has figures
        assert set(measured) == {"Phát triển mới 60 đoàn viên công đoàn",
                                 "100% CĐCS tổ chức sinh hoạt công đoàn hằng tháng"}
        assert all(achieved > 0 for achieved, _met in measured.values())
        september = build_report(session, form.id, "2026-09").summary.completeness
        assert september.reported == 36
    kept = list((received_dir(demo_db)).rglob("*.xlsx"))
    assert len(kept) == 73 and any("bổ sung" in p.name for p in kept)


def test_the_revised_return_replaces_the_first(demo_db):
    from unionplanner.domain.received.register import list_values

    with demo_db.session() as session:
        form_id = list_forms(session)[0].id
        values = [v for v in list_values(session, "2026-10", form_id) if v["code"] == "CT01"]
        members = {u.code: u.members for u in session.query(Unit)}
    revised = [v for v in values if v["value"] == members[v["unit"]] + 3]
    assert len(revised) == 1 and len({v["unit"] for v in values}) == len(values)


def test_removing_the_demo_keeps_what_the_office_entered(demo_db, samples):
    from unionplanner.domain.office.reminders import create_reminder, letters_of, reminder_rows

    with demo_db.transaction() as session:
        add_unit(session, UnitFields(code="TT01", name="CĐCS Công ty Thật", sector="hcsn"))
        own_form = learn_and_store(session, "Tháng Công nhân", samples / "form.xlsx")
        demo_units = session.query(Unit).filter(Unit.code != "TT01").limit(2).all()
        for unit in demo_units:
            unit.email = f"{unit.code.lower()}@example.com"
        for form_id in (list_forms(session)[0].id, own_form):  # one demo form, one own
            create_reminder(session, form_id=form_id, form_name="x", period="2026-05",
                            subject="Nhắc", text="Kính gửi:\n  1. A", units=demo_units)
    removed = remove_demo(demo_db)
    assert removed == {"batches": 3, "files": 73, "plans": 2, "forms": 1, "units": 40,
                       "departments": 4, "office": 1, "reminders": 1}
    with demo_db.session() as session:
        [kept] = reminder_rows(session)  # the office's own, its letters' units gone
        assert kept.waiting == 2 and {letter.unit_id for letter in letters_of(
            session, kept.id)} == {None}
        assert [u.code for u in session.query(Unit)] == ["TT01"]
        assert [f.id for f in list_forms(session)] == [own_form]
        assert list_plans(session) == [] and get_office(session) is None
        assert demo_rows(session) is None
    assert not list(received_dir(demo_db).rglob("*.xlsx"))
    with pytest.raises(UserError, match="Không có dữ liệu mẫu"):
        remove_demo(demo_db)


def test_removal_is_refused_when_real_reports_hang_on_a_demo_unit(demo_db, samples, tmp_path):
    from unionplanner.domain.report_forms.generate import generate_forms

    with demo_db.session() as session:
        form_id = list_forms(session)[0].id
        paths = generate_forms(session, form_id, "2026-11", tmp_path, ["HA010"])
    assert import_paths(demo_db, paths, form_id, "2026-11").batch_id
    with pytest.raises(UserError, match="báo cáo do cơ quan tự nhập"):
        remove_demo(demo_db)
    with demo_db.session() as session:
        assert session.query(Unit).count() == 40 and demo_rows(session) is not None


def test_early_in_a_month_no_arrival_day_is_still_to_come(db):
    from sqlalchemy import func, select

    from unionplanner.domain.received.models import ReceivedFile

    load_full_demo(db, dt.date(2026, 11, 2))
    with db.session() as session:
        assert session.scalar(select(func.max(ReceivedFile.arrived_on))) <= dt.date(2026, 11, 2)
