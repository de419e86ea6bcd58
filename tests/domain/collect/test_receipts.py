"""After a collect (issue 30): the clerk may send each sender a receipt — what was received
and when, or for a refused file the reason and what to send again — through the reminders'
account, recorded in the register like a reminder; and may move the collected messages to a
folder of their choice (nothing else on the server changes)."""

from __future__ import annotations

import datetime as dt
import io
import json
import re

from tests import imap_server as dovecot
from tests.domain.collect.test_collect_mail import MAU1, START, office, truth  # noqa: F401
from tests.domain.collect.test_hostile_mail import zipped
from tests.helpers import mail_account
from unionplanner.cli import main
from unionplanner.core import secrets
from unionplanner.domain.storage.database import open_database


def test_receipts_and_moving_the_collected_messages(
        imap_server, smtp_server, memory_keyring, office, capsys, monkeypatch):  # noqa: F811
    from unionplanner.domain.office.mail import set_account
    from unionplanner.domain.office.reminders import RECEIPT, Reminder, letters_of

    inbox, port = smtp_server
    path, form = office
    account = mail_account(port)
    with open_database(path) as db, db.transaction() as session:
        set_account(session, account)
    secrets.save_secret(account.secret_account, "mat-khau-dung", what="thư")
    good = "Mau1_HDCD_6T_Buu_dien_phuong_Hai_Chau.xlsx"
    second = "BC 6 thang 2025 - Cong ty CP Cap nuoc Song Han.xlsx"
    when = START.timestamp()
    imap_server.append(dovecot.message("hc020@donvi.vn", "BC 6 thang", when, [
        (good, (MAU1 / "reports" / good).read_bytes()),
        ("khoa.zip", zipped([("x.xlsx", b"x")], encrypted=True))]), when=when)
    imap_server.append(dovecot.message("songhan@gmail.com", "BC", when + 60, [
        (second, (MAU1 / "reports" / second).read_bytes())]), when=when + 60)
    imap_server.append(dovecot.message("ai-do@gmail.com", "Thu moi", when + 120),
                       when=when + 120)
    monkeypatch.setattr("sys.stdin", io.StringIO(dovecot.PASSWORD))
    code = main(["--db", path, "--json", "reports", "collect", "--imap-url", imap_server.url,
                 "--since", "01/06/2025", "--form", str(form["id"]), "--period", "2025-H1",
                 "--password-stdin", "--send-receipts", "--move-to", "Đã nhận báo cáo"])
    result = json.loads(capsys.readouterr().out)
    assert code == 0 and [f["status"] for f in result["files"]] == ["imported", "imported"]
    assert result["receipts"]["letters"] == 2 and result["receipts"]["sent"] == 2
    assert result["moved"] == 3  # the message without a file was looked at too
    letters = {to[0]: message for _from, to, message in inbox.messages}
    assert set(letters) == {"hc020@donvi.vn", "songhan@gmail.com"}
    first = letters["hc020@donvi.vn"].get_content()
    assert "Văn phòng đã nhận báo cáo Mẫu 1-HĐCĐ 6 tháng đầu năm 2025 ngày 02/06/2025" in first
    assert good in first and "khoa.zip" in first and "mật khẩu" in first
    assert second not in first  # each sender reads only about its own files
    assert "(có tệp cần gửi lại)" in letters["hc020@donvi.vn"]["Subject"]
    with open_database(path) as db, db.session() as session:
        (receipt,) = session.query(Reminder).filter(Reminder.kind == RECEIPT).all()
        assert [letter.status for letter in letters_of(session, receipt.id)] == ["sent"] * 2
    # the messages moved, unread, to the clerk's folder; the inbox is empty
    client = imap_server.client()
    try:
        folders = [re.search(r'"([^"]*)"$', line.decode()).group(1) if line.endswith(b'"')
                   else line.decode().rsplit(" ", 1)[-1] for line in client.list()[1]]
        (moved,) = [f for f in folders if f != "INBOX"]
        status, data = client.select(f"\"{moved}\"", readonly=True)
        assert status == "OK", (folders, data)
        flags = client.fetch("1:*", "(FLAGS)")[1]
    finally:
        client.logout()
    # RFC 3501's modified UTF-7 of the Vietnamese name
    assert moved == "&ARAA4w- nh&Hq0-n b&AOE-o c&AOE-o"
    assert imap_server.count() == 0
    assert status == "OK" and int(data[0]) == 3
    assert not any(b"\\Seen" in f for f in flags)


def test_no_receipt_for_files_from_a_folder(tmp_path, office, capsys):  # noqa: F811
    path, form = office
    folder = tmp_path / "zalo"
    folder.mkdir()
    name = "Mau1_HDCD_6T_Buu_dien_phuong_Hai_Chau.xlsx"
    (folder / name).write_bytes((MAU1 / "reports" / name).read_bytes())
    from unionplanner.domain.collect.models import CollectedFile
    from unionplanner.domain.collect.receipts import create_receipts

    assert main(["--db", path, "reports", "collect", "--folder", str(folder), "--since",
                 (dt.date.today() - dt.timedelta(days=1)).strftime("%d/%m/%Y"), "--form",
                 str(form["id"]), "--period", "2025-H1"]) == 0
    capsys.readouterr()
    with open_database(path) as db, db.transaction() as session:
        ids = [row.id for row in session.query(CollectedFile)]
        assert len(ids) == 1
        import pytest

        from unionplanner.core.errors import UserError

        with pytest.raises(UserError, match="thư điện tử"):
            create_receipts(session, ids, form_name="Mẫu 1", period_text="6 tháng")
