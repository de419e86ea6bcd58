"""The mailbox's address as typed on the command line or in the window (issue 30)."""

from __future__ import annotations

import pytest

from unionplanner.core.errors import UserError
from unionplanner.domain.collect.mailbox import MailboxAddress, check_mailbox, parse_imap_url


def test_imap_urls_as_offices_write_them():
    gmail = parse_imap_url("imaps://congdoan%40gmail.com@imap.gmail.com/INBOX")
    assert gmail == MailboxAddress("imap.gmail.com", 993, "ssl", "congdoan@gmail.com", "INBOX")
    assert parse_imap_url(gmail.url) == gmail  # the saved URL reads back the same
    office = parse_imap_url("imap://vanphong@mail.congdoan.vn:1143/B%C3%A1o%20c%C3%A1o")
    assert (office.security, office.port, office.folder) == ("starttls", 1143, "Báo cáo")
    assert parse_imap_url("imaps://u@h").folder == "INBOX"
    assert gmail.secret_account == "imap://congdoan@gmail.com@imap.gmail.com:993"


@pytest.mark.parametrize("text", ["https://imap.gmail.com", "imaps://", "imap.gmail.com",
                                  "imaps://u@h:99999/INBOX", "imaps://@imap.gmail.com/INBOX"])
def test_a_wrong_address_is_one_vietnamese_sentence(text):
    with pytest.raises(UserError) as caught:
        parse_imap_url(text)
    assert caught.value.message and "\n" not in caught.value.message


def test_moving_to_the_folder_read_is_refused():
    with pytest.raises(UserError, match="khác thư mục"):
        check_mailbox(MailboxAddress("h", 993, "ssl", "u", "INBOX", "INBOX"))
