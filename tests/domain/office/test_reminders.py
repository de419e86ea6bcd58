"""The register of reminders (issue 29 item 4, issue 27 item 9): one letter per unit naming
only that unit, each letter's fate written as the server answers, and "Gửi tiếp" sending
only the letters still waiting — against a real SMTP server on localhost (aiosmtpd)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings, strategies as st

from tests.helpers import mail_account
from unionplanner.core.errors import UserError
from unionplanner.core.progress import CancelToken
from unionplanner.domain.office.mail import SendInterrupted
from unionplanner.domain.office.reminders import (
    REFUSED,
    SENT,
    WAITING,
    create_reminder,
    letter_text,
    letters_of,
    reminder_rows,
    send_reminder,
)
from unionplanner.domain.received.missing import reminder_text
from unionplanner.domain.units.models import Unit
from unionplanner.domain.units.service import UnitFields, add_unit


def _units(db, emails: list[str]) -> list[int]:
    with db.transaction() as session:
        return [add_unit(session, UnitFields(f"HA{n:03}", f"Công đoàn cơ sở Trường số {n}",
                                             email=email)).id
                for n, email in enumerate(emails, 1)]


def _reminder(db, unit_ids: list[int], period: str = "2026-05") -> int:
    with db.transaction() as session:
        units = [session.get(Unit, i) for i in unit_ids]
        text = reminder_text("Công đoàn xã Hòa An", "Báo cáo tháng", period, units)
        return create_reminder(session, form_id=None, form_name="Báo cáo tháng",
                               period=period, subject="Nhắc gửi báo cáo tháng 5/2026",
                               text=text, units=units, sender="congdoan@hoaan.vn").id


def _fates(db, reminder_id: int) -> list[tuple[str, str]]:
    with db.session() as session:
        return [(letter.address, letter.status) for letter in letters_of(session, reminder_id)]


unit_names = st.lists(st.text(st.sampled_from("abcdeghiklmnoprstuvxyĐđăâêôơưáàảãạếồ "),
                              min_size=3, max_size=30).map(str.strip).filter(bool),
                      min_size=1, max_size=12, unique=True)


@settings(max_examples=60, deadline=None)
@given(unit_names)
def test_each_letter_names_its_own_unit_and_no_other(names):
    """Issue 27 item 9: "one letter per unit" carried the whole list of late units."""
    tagged = [f"CĐCS [{n}] {name}" for n, name in enumerate(names)]
    text = reminder_text("Công đoàn xã Hòa An", "Báo cáo tháng", "2026-05",
                         [Unit(code=str(n), name=name) for n, name in enumerate(tagged)])
    for name in tagged:
        letter = letter_text(text, name)
        assert letter.startswith(f"Kính gửi: Ban Chấp hành {name}\n")
        assert [f"[{m}]" in letter for m in range(len(tagged))].count(True) == 1
        assert "chưa nhận được báo cáo \"Báo cáo tháng\" tháng 5/2026" in letter


def test_a_text_the_clerk_rewrote_without_a_list_is_sent_as_written():
    text = "Kính gửi các đồng chí Chủ tịch CĐCS,\n\nĐề nghị gửi báo cáo tháng 5."
    assert letter_text(text, "Công đoàn cơ sở A") == text


def test_letters_are_recorded_one_per_address_and_sent_each_with_its_own_text(db,
                                                                             smtp_server):
    inbox, port = smtp_server
    ids = _units(db, ["mn@hoaan.vn; mn2@hoaan.vn", "", "bad1@hoaan.vn", "th@hoaan.vn"])
    reminder_id = _reminder(db, ids)
    assert _fates(db, reminder_id) == [("mn@hoaan.vn", WAITING), ("mn2@hoaan.vn", WAITING),
                                       ("bad1@hoaan.vn", WAITING), ("th@hoaan.vn", WAITING)]
    result = send_reminder(db, reminder_id, mail_account(port), "mat-khau-dung")
    assert result.sent == ["mn@hoaan.vn", "mn2@hoaan.vn", "th@hoaan.vn"]
    assert _fates(db, reminder_id) == [("mn@hoaan.vn", SENT), ("mn2@hoaan.vn", SENT),
                                       ("bad1@hoaan.vn", REFUSED), ("th@hoaan.vn", SENT)]
    with db.session() as session:
        refused = letters_of(session, reminder_id)[2]
        assert "550" in refused.reason and refused.sent_at is not None
        [row] = reminder_rows(session)
    assert (row.sent, row.refused, row.waiting, row.total) == (3, 1, 0, 4)
    bodies = {rcpt[0]: message.get_content() for _f, rcpt, message in inbox.messages}
    assert "Trường số 1" in bodies["mn2@hoaan.vn"] and "Trường số 4" not in bodies["mn2@hoaan.vn"]
    assert "Trường số 4" in bodies["th@hoaan.vn"] and "Trường số 1" not in bodies["th@hoaan.vn"]
    with pytest.raises(UserError, match="không còn thư nào chờ gửi"):
        send_reminder(db, reminder_id, mail_account(port), "mat-khau-dung")


def test_after_the_server_stops_midway_the_next_send_sends_only_the_rest(db, smtp_server):
    """Issue 29 item 4: the fate of each letter is kept in the database, so "Gửi tiếp" works
    after the dialog — or the program — was closed, and sends nothing twice."""
    inbox, port = smtp_server
    inbox.limit, inbox.answer = 3, "550 5.4.5 Daily sending quota exceeded"
    addresses = [f"cd{n}@hoaan.vn" for n in range(1, 8)]
    reminder_id = _reminder(db, _units(db, addresses))
    with pytest.raises(SendInterrupted, match="Đã gửi 3/7 thư; 4 thư chưa gửi"):
        send_reminder(db, reminder_id, mail_account(port), "mat-khau-dung")
    with db.session() as session:
        [row] = reminder_rows(session, period="2026-05")
    assert (row.sent, row.waiting) == (3, 4)
    with pytest.raises(SendInterrupted, match="Đã gửi 3/4 thư; 1 thư chưa gửi"):
        send_reminder(db, reminder_id, mail_account(port), "mat-khau-dung")
    result = send_reminder(db, reminder_id, mail_account(port), "mat-khau-dung")
    assert result.sent == addresses[6:]
    received = [rcpt[0] for _f, rcpt, _m in inbox.messages]
    assert sorted(received) == sorted(addresses)  # each once
    assert {status for _a, status in _fates(db, reminder_id)} == {SENT}


def test_cancel_leaves_the_rest_waiting(db, smtp_server):
    _inbox, port = smtp_server
    reminder_id = _reminder(db, _units(db, [f"cd{n}@hoaan.vn" for n in range(1, 5)]))
    cancel = CancelToken()

    def progress(done, _total, _text=""):
        if done == 2:
            cancel.cancel()

    result = send_reminder(db, reminder_id, mail_account(port), "mat-khau-dung",
                           progress=progress, cancel=cancel)
    assert result.cancelled
    assert [s for _a, s in _fates(db, reminder_id)].count(WAITING) >= 1
    with db.session() as session:
        [row] = reminder_rows(session)
    assert row.sent == len(result.sent) and row.waiting == 4 - len(result.sent)


def test_a_wrong_password_sends_nothing_and_keeps_every_letter_waiting(db, smtp_server):
    _inbox, port = smtp_server
    reminder_id = _reminder(db, _units(db, ["a@hoaan.vn", "b@hoaan.vn"]))
    with pytest.raises(UserError, match="mật khẩu"):
        send_reminder(db, reminder_id, mail_account(port), "sai")
    assert [s for _a, s in _fates(db, reminder_id)] == [WAITING, WAITING]


def test_no_address_at_all_is_said_and_nothing_recorded(db):
    ids = _units(db, ["", ""])
    with pytest.raises(UserError, match="Không đơn vị nào"):
        _reminder(db, ids)
    with db.session() as session:
        assert reminder_rows(session) == []


def test_the_register_is_filtered_by_form_and_period_newest_first(db):
    ids = _units(db, ["a@hoaan.vn"])
    first, second = _reminder(db, ids, "2026-04"), _reminder(db, ids, "2026-05")
    with db.session() as session:
        assert [r.id for r in reminder_rows(session)] == [second, first]
        assert [r.id for r in reminder_rows(session, period="2026-04")] == [first]
        assert reminder_rows(session, form_id=99) == []
