"""Sending reminders through the office's own mail account, against a real SMTP server on
localhost (aiosmtpd): login, one message per address, refused addresses, bad password,
no server, Cancel, and the account kept as a setting without its password."""

from __future__ import annotations

import pytest

from tests.conftest import free_port
from tests.helpers import mail_account
from unionplanner.core.errors import UserError
from unionplanner.core.progress import CancelToken
from unionplanner.domain.office.mail import (
    MailAccount,
    check_account,
    get_account,
    send_messages,
    set_account,
)


def test_one_message_per_address_in_vietnamese_from_the_office(smtp_server):
    inbox, port = smtp_server
    body = "Kính gửi: Ban Chấp hành công đoàn cơ sở Trường Mầm non Hòa An.\nĐề nghị gửi báo cáo."
    seen = []
    result = send_messages(mail_account(port), "mat-khau-dung",
                           ["mamnon@hoaan.vn", "bad@hoaan.vn", "thcs@hoaan.vn"],
                           "Nhắc gửi báo cáo tháng 5/2026", body,
                           progress=lambda done, total, text="": seen.append((done, total)))
    assert result.sent == ["mamnon@hoaan.vn", "thcs@hoaan.vn"]
    assert list(result.refused) == ["bad@hoaan.vn"] and "550" in result.refused["bad@hoaan.vn"]
    assert not result.cancelled
    assert [rcpt for _f, rcpt, _m in inbox.messages] == [["mamnon@hoaan.vn"], ["thcs@hoaan.vn"]]
    sender, _rcpt, message = inbox.messages[0]
    assert sender == "congdoan@hoaan.vn"
    assert message["Subject"] == "Nhắc gửi báo cáo tháng 5/2026"
    assert message["From"].addresses[0].display_name == "Công đoàn xã Hòa An"
    assert message["To"] == "mamnon@hoaan.vn"  # a unit sees only its own address
    assert message.get_content().strip() == body
    assert seen[-1] == (3, 3)


def test_a_wrong_password_says_so_and_sends_nothing(smtp_server):
    inbox, port = smtp_server
    with pytest.raises(UserError) as error:
        send_messages(mail_account(port), "sai", ["mamnon@hoaan.vn"], "s", "b")
    assert "không nhận tên đăng nhập hoặc mật khẩu" in error.value.message
    assert "mật khẩu ứng dụng" in error.value.message
    assert inbox.messages == []


def test_no_server_there_is_a_clear_sentence():
    port = free_port()  # closed again: nothing listens there
    with pytest.raises(UserError) as error:
        send_messages(mail_account(port), "x", ["a@b.vn"], "s", "b", timeout=5)
    assert error.value.message.startswith(f"Không kết nối được máy chủ thư 127.0.0.1:{port}")


def test_cancel_stops_before_the_next_message(smtp_server):
    inbox, port = smtp_server
    token = CancelToken()

    def progress(done, total, text=""):
        if done == 1:
            token.cancel()

    result = send_messages(mail_account(port), "mat-khau-dung", ["a@hoaan.vn", "b@hoaan.vn",
                                                             "c@hoaan.vn"], "s", "b",
                           progress=progress, cancel=token)
    assert result.cancelled and result.sent == ["a@hoaan.vn", "b@hoaan.vn"]
    assert len(inbox.messages) == 2


def test_the_account_is_an_office_setting_without_a_password(db):
    with db.transaction() as session:
        assert get_account(session) is None
        set_account(session, MailAccount(" smtp.gmail.com ", 465, "ssl", "congdoan@gmail.com"))
    with db.session() as session:
        kept = get_account(session)
    assert kept == MailAccount("smtp.gmail.com", 465, "ssl", "congdoan@gmail.com")
    assert kept.from_address == "congdoan@gmail.com"
    assert "password" not in repr(kept).lower()


@pytest.mark.parametrize(("account", "words"), [
    (MailAccount("", 465, "ssl", "a@b.vn"), "tên máy chủ"),
    (MailAccount("smtp.gmail.com", 0, "ssl", "a@b.vn"), "Cổng"),
    (MailAccount("smtp.gmail.com", 465, "tls13", "a@b.vn"), "Kiểu bảo mật"),
    (MailAccount("smtp.gmail.com", 465, "ssl", "congdoan"), "có dấu @"),
])
def test_an_account_that_cannot_work_is_refused(account, words):
    with pytest.raises(UserError) as error:
        check_account(account)
    assert words in error.value.message


@pytest.fixture
def tls_server(tmp_path):
    """A real SMTP server over TLS (port 465 style) on localhost, its certificate issued for
    "localhost" by a throwaway authority: yields (Inbox, port, the authority's PEM file)."""
    import ssl

    import trustme
    from aiosmtpd.controller import Controller

    from tests.conftest import Inbox, _authenticate

    authority = trustme.CA()
    server_context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    authority.issue_cert("localhost").configure_cert(server_context)
    pem = tmp_path / "ca.pem"
    authority.cert_pem.write_to_path(str(pem))
    port = free_port()
    inbox = Inbox()
    controller = Controller(inbox, hostname="127.0.0.1", port=port, ssl_context=server_context,
                            authenticator=_authenticate, auth_require_tls=False,
                            server_hostname="localhost")
    controller.start()
    try:
        yield inbox, port, pem
    finally:
        controller.stop()


def _tls_account(port: int, host: str = "localhost") -> MailAccount:
    return MailAccount(host, port, "ssl", "congdoan", "congdoan@hoaan.vn", "Công đoàn xã Hòa An")


def test_the_certificate_is_checked_against_the_systems_store(tls_server, monkeypatch):
    """Issue 28: the mail server's certificate is checked through truststore (on Windows the
    system's certificate store); a root the system trusts is enough, an unknown one or a
    certificate for another name is refused in Vietnamese and nothing is sent."""
    import truststore

    from unionplanner.domain.office.mail import tls_context

    inbox, port, pem = tls_server
    assert isinstance(tls_context(), truststore.SSLContext)
    with pytest.raises(UserError, match="không tin cậy chứng chỉ"):
        send_messages(_tls_account(port), "mat-khau-dung", ["mamnon@hoaan.vn"], "s", "b")
    # the authority in the system's store (OpenSSL's, on Linux): the same server is trusted
    monkeypatch.setenv("SSL_CERT_FILE", str(pem))
    result = send_messages(_tls_account(port), "mat-khau-dung", ["mamnon@hoaan.vn"], "s", "b")
    assert result.sent == ["mamnon@hoaan.vn"] and len(inbox.messages) == 1
    # trusted authority, but the certificate names "localhost", not the address dialled
    with pytest.raises(UserError, match="không tin cậy chứng chỉ.*ngày giờ"):
        send_messages(_tls_account(port, "127.0.0.1"), "mat-khau-dung", ["a@hoaan.vn"], "s", "b")
    assert len(inbox.messages) == 1


@pytest.mark.parametrize("answer", ["421 4.7.0 Too many messages, closing connection",
                                    "550 5.4.5 Daily sending quota exceeded"])
def test_a_server_that_stops_midway_says_how_many_went_and_sends_the_rest_later(answer,
                                                                                smtp_server):
    """Issue 29 item 4: after a dropped connection or a quota the clerk read only "không kết
    nối được máy chủ thư" (or a sentence about the sender's address), and sending again sent
    the first letters twice. Now: how many went, and the rest can be sent alone."""
    from unionplanner.domain.office.mail import SendInterrupted

    inbox, port = smtp_server
    inbox.limit, inbox.answer = 3, answer
    addresses = [f"cd{n}@hoaan.vn" for n in range(1, 8)]
    with pytest.raises(SendInterrupted) as stopped:
        send_messages(mail_account(port), "mat-khau-dung", addresses, "Nhắc báo cáo", "b")
    result = stopped.value.result
    assert result.sent == addresses[:3] and [r for _f, (r,), _m in inbox.messages] == addresses[:3]
    assert stopped.value.message.startswith("Đã gửi 3/7 thư; 4 thư chưa gửi")
    assert answer[:3] in stopped.value.details[0]
    rest = [a for a in addresses if a not in result.sent and a not in result.refused]
    again = send_messages(mail_account(port), "mat-khau-dung", rest[:3], "Nhắc báo cáo", "b")
    assert again.sent == rest[:3]
    assert sorted(r for _f, (r,), _m in inbox.messages) == sorted(addresses[:6])  # none twice


def test_line_breaks_in_an_address_or_the_subject_never_reach_a_header(smtp_server):
    """Issue 29 item 9: a CR/LF in an address or the subject raised ValueError (the crash
    box). The address is refused by name, the subject sent on one line, the rest sent."""
    inbox, port = smtp_server
    result = send_messages(mail_account(port), "mat-khau-dung",
                           ["gd@hoaan.vn\r\nBcc: ke-gian@example.com", "thcs@hoaan.vn"],
                           "Nhắc báo cáo\r\nBcc: ke-gian@example.com", "b")
    assert result.sent == ["thcs@hoaan.vn"]
    assert list(result.refused.values()) == ["địa chỉ không đúng dạng"]
    assert [rcpt for _f, rcpt, _m in inbox.messages] == [["thcs@hoaan.vn"]]
    message = inbox.messages[0][2]
    assert message["Subject"] == "Nhắc báo cáo Bcc: ke-gian@example.com"
    assert message["Bcc"] is None
