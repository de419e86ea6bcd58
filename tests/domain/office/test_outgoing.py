"""The register of outgoing documents (issue 17: reports printed "Số: /BC" with nowhere to
give the number): one sequence per year and kind, numbers by hand checked, the number
printed on the report."""

from __future__ import annotations

import datetime as dt

import pytest

from unionplanner.core.errors import UserError
from unionplanner.domain.office.outgoing import (
    add_document,
    list_documents,
    next_number,
    number_text,
)


def test_numbers_run_per_year_and_kind(db):
    with db.transaction() as session:
        first = add_document(session, "BC", "Báo cáo tháng 5", dt.date(2026, 6, 3))
        second = add_document(session, "BC", "Báo cáo tháng 6", dt.date(2026, 7, 2))
        letter = add_document(session, "CV", "V/v đôn đốc báo cáo", dt.date(2026, 7, 2))
        next_year = add_document(session, "BC", "Báo cáo tháng 12", dt.date(2027, 1, 4))
        assert [d.number for d in (first, second, letter, next_year)] == [1, 2, 1, 1]
        assert next_number(session, 2026, "BC") == 3
        assert [d.summary for d in list_documents(session, 2026)] == [
            "V/v đôn đốc báo cáo", "Báo cáo tháng 6", "Báo cáo tháng 5"]


def test_a_number_given_by_hand_must_be_free(db):
    with db.transaction() as session:
        add_document(session, "BC", "Báo cáo quý I", dt.date(2026, 4, 2), number=7)
        assert next_number(session, 2026, "BC") == 8
        with pytest.raises(UserError, match="Số 7/BC năm 2026 đã cấp cho \"Báo cáo quý I\""):
            add_document(session, "BC", "Báo cáo khác", dt.date(2026, 4, 9), number=7)
        with pytest.raises(UserError, match="Loại văn bản"):
            add_document(session, "XX", "?", dt.date(2026, 4, 9))
        with pytest.raises(UserError, match="trích yếu"):
            add_document(session, "BC", "  ", dt.date(2026, 4, 9))


def test_the_number_is_printed_on_the_summary_report(db, samples):
    from tests.helpers import learn_and_store
    from unionplanner.domain.office.service import OfficeDetails, save_office
    from unionplanner.domain.received.session import import_paths
    from unionplanner.domain.summary.export import layout_summary
    from unionplanner.domain.summary.report import build_report
    from unionplanner.domain.units.excel import import_units

    with db.transaction() as session:
        save_office(session, OfficeDetails(name="Công đoàn xã Hòa An", symbol="CĐX"))
        import_units(session, samples / "units.xlsx")
        form_id = learn_and_store(session, "TCN", samples / "form.xlsx")
    import_paths(db, [samples / "reports" / "Truong Mam non Phuoc Son - bieu so lieu.xlsx"],
                 form_id, "2023-05")
    with db.session() as session:
        report = build_report(session, form_id, "2023-05")
    assert layout_summary(report).number_text == "Số:     /BC-CĐX"
    report.number_text = number_text("BC", 12, report.symbol)
    assert layout_summary(report).number_text == "Số: 12/BC-CĐX"


def test_two_clerks_taking_a_number_at_once_get_two_numbers(db):
    """Issue 29 item 6: on a shared server the second of two clerks taking a number at once
    got an untranslated IntegrityError. Here the first holds number 1 uncommitted while the
    second asks: the second waits, then takes 2 — no error, no gap, no duplicate. (An SQLite
    file has one program writing it: the instance lock opens a second one read-only.)"""
    import threading

    if db.engine.dialect.name == "sqlite":
        pytest.skip("a shared server's race: one program writes an SQLite file")

    holding, release = threading.Event(), threading.Event()
    taken: dict[str, int] = {}
    errors: list[BaseException] = []

    def first() -> None:
        try:
            with db.transaction() as session:
                taken["first"] = add_document(session, "BC", "Báo cáo tháng 5",
                                              dt.date(2026, 6, 3)).number
                holding.set()
                release.wait(10)
        except BaseException as exc:  # noqa: BLE001 - reported below
            errors.append(exc)
            holding.set()

    def second() -> None:
        try:
            with db.transaction() as session:
                taken["second"] = add_document(session, "BC", "Báo cáo tháng 6",
                                               dt.date(2026, 6, 4)).number
        except BaseException as exc:  # noqa: BLE001
            errors.append(exc)

    one = threading.Thread(target=first)
    one.start()
    holding.wait(10)
    two = threading.Thread(target=second)
    two.start()
    two.join(1.5)  # it waits for the first (the server's unique index)
    assert "second" not in taken
    release.set()
    one.join(20)
    two.join(20)
    assert errors == [] and taken == {"first": 1, "second": 2}
    with db.session() as session:
        assert [d.number for d in list_documents(session, 2026)] == [2, 1]


def test_a_race_on_the_number_is_retried_under_a_savepoint(db, monkeypatch):
    """The retry itself: the next number looked up is one another PC has just committed."""
    from unionplanner.domain.office import outgoing

    with db.transaction() as session:
        add_document(session, "BC", "Báo cáo của máy khác", dt.date(2026, 6, 1))
    looked = []
    real = outgoing.next_number

    def stale(session, year, kind):
        looked.append(year)
        return 1 if len(looked) == 1 else real(session, year, kind)  # first look: stale

    monkeypatch.setattr(outgoing, "next_number", stale)
    if db.engine.dialect.name == "sqlite":
        pytest.skip("SQLite has one writer: the stale look cannot happen there")
    with db.transaction() as session:
        document = add_document(session, "BC", "Báo cáo của máy này", dt.date(2026, 6, 2))
        assert document.number == 2 and len(looked) == 2
