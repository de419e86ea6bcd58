"""Editing units: validation, dissolve/merge with history, audit log."""

from datetime import date

import pytest
from sqlalchemy import select

from unionplanner.core.errors import UserError
from unionplanner.domain.storage.models import AuditEntry
from unionplanner.domain.units import service
from unionplanner.domain.units.counts import count_by_sector
from unionplanner.domain.units.service import UnitFields


def add(db, code, name, sector="hcsn", workers=10, members=8, **kw):
    with db.transaction() as s:
        return service.add_unit(s, UnitFields(code, name, sector, workers, members, **kw)).id


def test_add_validates_and_rejects_duplicates_ignoring_case(db):
    add(db, "A1", "CĐCS Trường Mầm non Hoa Sen")
    for fields, phrase in [
        (UnitFields("a1", "Khác"), "đã dùng"),
        (UnitFields("", "Tên"), "mã đơn vị"),
        (UnitFields("B1", "  "), "tên công đoàn"),
        (UnitFields("B1", "Tên", sector="xyz"), "Khu vực"),
        (UnitFields("B1", "Tên", members=-1), "không được âm"),
    ]:
        with pytest.raises(UserError, match=phrase):
            with db.transaction() as s:
                service.add_unit(s, fields)
    with db.session() as s:
        assert [u.code for u in service.list_units(s)] == ["A1"]


def test_search_ignores_case_and_diacritics_and_finds_aliases(db):
    a = add(db, "A1", "CĐCS Trường Mầm non Hoa Sen")
    add(db, "A2", "CĐCS Công ty May Đông Á", sector="ngoai_nn")
    with db.transaction() as s:
        service.update_unit(s, a, UnitFields("A1", "CĐCS Trường Mầm non Sen Hồng", "hcsn"))
    with db.session() as s:
        assert [u.code for u in service.list_units(s, search="dong a")] == ["A2"]
        assert [u.code for u in service.list_units(s, search="hoa sen")] == ["A1"]  # alias
        assert [u.code for u in service.list_units(s, sector="ngoai_nn")] == ["A2"]


def test_dissolved_unit_keeps_its_history(db):
    a = add(db, "A1", "CĐCS Trạm Y tế", active_from=date(2010, 1, 1))
    with db.transaction() as s:
        service.end_unit(s, a, date(2025, 7, 1), "dissolved", note="QĐ 12/QĐ-LĐLĐ")
    with db.session() as s:
        assert service.list_units(s, include_ended=False, on=date(2025, 7, 1)) == []
        before = service.list_units(s, include_ended=False, on=date(2025, 6, 30))
        assert [u.code for u in before] == ["A1"]
        everything = service.list_units(s)
        assert everything[0].end_reason == "dissolved"
        assert everything[0].active_to == date(2025, 6, 30)  # the last active day
        assert "QĐ 12" in everything[0].note
        assert service.unit_to_dict(everything[0], on=date(2026, 1, 1))["active"] is False


def test_merge_needs_another_unit_and_can_be_undone(db):
    a = add(db, "A1", "CĐCS Trường TH số 1")
    b = add(db, "A2", "CĐCS Trường TH số 2")
    with pytest.raises(UserError, match="chính nó"):
        with db.transaction() as s:
            service.end_unit(s, a, date(2025, 8, 1), "merged", "A1")
    with pytest.raises(UserError, match="đơn vị nhận"):
        with db.transaction() as s:
            service.end_unit(s, a, date(2025, 8, 1), "merged", "ZZZ")
    with pytest.raises(UserError, match="trước ngày thành lập"):
        with db.transaction() as s:
            service.update_unit(s, a, UnitFields("A1", "CĐCS Trường TH số 1", "hcsn",
                                                 active_from=date(2020, 1, 1)))
            service.end_unit(s, a, date(2019, 1, 1), "dissolved")
    with db.transaction() as s:
        unit = service.end_unit(s, a, date(2025, 8, 1), "merged", "A2")
        assert unit.merged_into_id == b
    with db.transaction() as s:
        service.reopen_unit(s, a)
    with db.session() as s:
        assert len(service.list_units(s, include_ended=False)) == 2


def test_every_change_is_in_the_audit_log_with_before_and_after(db):
    a = add(db, "A1", "CĐCS Một", members=8)
    with db.transaction() as s:
        service.update_unit(s, a, UnitFields("A1", "CĐCS Một", "hcsn", 10, 9))
    with db.session() as s:
        entries = s.scalars(select(AuditEntry).where(AuditEntry.entity == "unit")
                            .order_by(AuditEntry.id)).all()
    assert [e.action for e in entries] == ["create", "update"]
    assert entries[0].after["code"] == "A1" and entries[0].entity_id == a
    assert entries[1].before == {"members": 8} and entries[1].after == {"members": 9}
    assert entries[1].label == "A1" and entries[1].user


def test_counts_by_sector_only_count_active_units(db):
    add(db, "A1", "Một", "hcsn", 10, 8)
    add(db, "A2", "Hai", "fdi", 100, 90)
    c = add(db, "A3", "Ba", "fdi", 50, 40)
    with db.transaction() as s:
        service.end_unit(s, c, date(2020, 1, 1), "dissolved")
    with db.session() as s:
        assert count_by_sector(s) == {
            "hcsn": {"units": 1, "members": 8, "workers": 10},
            "fdi": {"units": 1, "members": 90, "workers": 100}}


def test_a_new_unit_from_a_report_continues_the_office_codes_and_naming(db):
    with db.session() as s:
        assert service.suggest_new_unit(s, "Trường Mầm non Hoa Sen") == (
            "DV001", "Trường Mầm non Hoa Sen")
    add(db, "SA007", "Công đoàn cơ sở Phòng Nội vụ")
    add(db, "SA012", "Công đoàn cơ sở Trường THCS Phước Hòa")
    add(db, "X1", "Công ty TNHH Minh Long")
    with db.session() as s:
        code, name = service.suggest_new_unit(s, "CĐCS Trường Mầm non Hoa Sen (bổ sung)")
        assert (code, name) == ("SA013", "Công đoàn cơ sở Trường Mầm non Hoa Sen")
        assert service.suggest_new_unit(s, "Truong_Mam_non_Hoa_Sen")[1] == \
            "Công đoàn cơ sở Truong Mam non Hoa Sen"
