"""The office itself: its details (name required, text cleaned, one row however often it is
saved) and its departments (order kept, blanks dropped, duplicates refused, removed ones
deleted)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings, strategies as st

from unionplanner.core.errors import UserError
from unionplanner.domain.office.service import (
    OfficeDetails,
    get_office,
    list_departments,
    save_departments,
    save_office,
)


def test_office_details_are_saved_once_and_cleaned(db):
    with db.session() as session:
        assert get_office(session) is None  # a new database: the welcome page
    with db.transaction() as session:
        save_office(session, OfficeDetails("  Công đoàn   phường An Hòa ", "LĐLĐ tỉnh Gia Lai",
                                           "An Hòa", "CĐP"))
    with db.transaction() as session:
        save_office(session, OfficeDetails("Công đoàn phường An Hòa", "LĐLĐ tỉnh Gia Lai",
                                           "Gia Lai", "CĐP", level="xa"))
    with db.session() as session:
        office = get_office(session)
    assert (office.name, office.place, office.level) == ("Công đoàn phường An Hòa", "Gia Lai",
                                                         "xa")
    with db.transaction() as session, pytest.raises(UserError, match="tên cơ quan"):
        save_office(session, OfficeDetails("   "))


def test_departments_follow_the_list_given(db):
    with db.transaction() as session:
        save_departments(session, [{"name": "Văn phòng"}, {"name": " "},
                                   {"name": "Ban Tuyên giáo - Nữ công", "short_name": "TG-NC"}])
    with db.session() as session:
        first = [(d.id, d.name, d.short_name) for d in list_departments(session)]
    assert [name for _, name, _ in first] == ["Văn phòng", "Ban Tuyên giáo - Nữ công"]
    office_id, propaganda_id = first[0][0], first[1][0]
    with db.transaction() as session:  # reordered, one renamed, "Văn phòng" removed
        save_departments(session, [{"id": propaganda_id, "name": "Ban Tuyên giáo"},
                                   {"name": "Ủy ban Kiểm tra"}])
    with db.session() as session:
        second = [(d.id, d.name) for d in list_departments(session)]
    assert second[0] == (propaganda_id, "Ban Tuyên giáo")
    assert [name for _, name in second] == ["Ban Tuyên giáo", "Ủy ban Kiểm tra"]
    assert office_id not in [i for i, _ in second]
    with db.transaction() as session, pytest.raises(UserError, match="trùng"):
        save_departments(session, [{"name": "Văn phòng"}, {"name": "văn  phòng"}])


@settings(max_examples=200, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(["", "+84 ", "(0236) "]),
                          st.lists(st.text("0123456789", min_size=2, max_size=4),
                                   min_size=3, max_size=4),
                          st.sampled_from([" ", ".", "-", ""])),
                min_size=1, max_size=3),
       st.sampled_from(["; ", ", ", " / "]))
def test_phone_numbers_as_people_write_them_are_kept_and_letters_refused(numbers, between):
    """Issue 27 item 9: numbers with spaces, dots, hyphens, brackets and a country code,
    several in one cell; anything with a letter, or too few or too many digits, is not."""
    from unionplanner.domain.office.contacts import split_phones

    written = [prefix + sep.join(groups) for prefix, groups, sep in numbers]
    good, bad = split_phones(between.join(written))
    for text in written:
        digits = sum(c.isdigit() for c in text)
        assert (text in good) == (8 <= digits <= 15), text
    assert split_phones(written[0] + " (chị Lan)")[0] == []
    assert split_phones("0905 123 456\nBcc: x")[1] == ["Bcc: x"]
