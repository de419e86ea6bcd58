"""Hostile and broken mail (issue 30): malformed MIME, Vietnamese file names in RFC 2231
and encoded-words, 200 attachments, nested and password-protected zips, zip bombs, files
over the size limit, a server that drops midway. Each gives one Vietnamese sentence naming
the message; nothing is half-imported and nothing is lost: a collect stopped by the server
or by Cancel is resumed by the next one, which fetches nothing twice."""

from __future__ import annotations

import base64
import datetime as dt
import imaplib
import io
import zipfile
from email.message import EmailMessage

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from tests import imap_server as dovecot
from tests.conftest import SHARED
from tests.domain.collect.test_collect_mail import START, office, truth  # noqa: F401
from unionplanner.core.errors import Cancelled
from unionplanner.core.progress import CancelToken
from unionplanner.domain.collect import attachments
from unionplanner.domain.collect.attachments import contents_of
from unionplanner.domain.collect.mailbox import parse_imap_url
from unionplanner.domain.collect.service import (
    collect_mail,
    import_collection,
    known_files,
    staging_dir,
)
from unionplanner.domain.storage.database import open_database

MAU1 = SHARED / "samples-mau1" / "reports"
LABEL = "của hc001@donvi.vn ngày 02/06/2025"


def zipped(files, *, encrypted: bool = False) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in files:
            archive.writestr(name, data)
    data = bytearray(buffer.getvalue())
    if encrypted:  # what a locked zip says of itself (zipfile cannot cipher): flag bit 0
        for signature, offset in ((b"PK\x03\x04", 6), (b"PK\x01\x02", 8)):
            at = data.find(signature)
            while at != -1:
                data[at + offset] |= 0x1
                at = data.find(signature, at + 4)
    return bytes(data)


def mail(*files: tuple[str, bytes]) -> bytes:
    message = EmailMessage()
    message["From"] = "hc001@donvi.vn"
    message["Subject"] = "Bao cao"
    message.set_content("Gửi văn phòng.")
    for name, data in files:
        message.add_attachment(data, maintype="application", subtype="octet-stream",
                               filename=name)
    return bytes(message)


XLSX = b"PK\x03\x04 not really a workbook, but a file of that name"


def test_vietnamese_names_in_rfc2231_and_encoded_words_are_decoded():
    encoded_word = "=?utf-8?B?" + base64.b64encode("Báo cáo tháng 5.xlsx".encode()).decode() \
        + "?="
    raw = (b"From: hc001@donvi.vn\r\nSubject: =?utf-8?Q?B=C3=A1o_c=C3=A1o?=\r\n"
           b"MIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=XX\r\n\r\n"
           b"--XX\r\nContent-Type: text/plain\r\n\r\nch\xc3\xa0o\r\n"
           b"--XX\r\nContent-Type: application/octet-stream\r\n"
           b"Content-Disposition: attachment;\r\n filename*=utf-8''B%C3%A1o%20c%C3%A1o%20"
           b"%C4%91o%C3%A0n%20vi%C3%AAn.xlsx\r\nContent-Transfer-Encoding: base64\r\n\r\n"
           + base64.b64encode(XLSX) + b"\r\n"
           b"--XX\r\nContent-Type: application/vnd.ms-excel; name=\"" + encoded_word.encode()
           + b"\"\r\nContent-Disposition: attachment; filename=\"" + encoded_word.encode()
           + b"\"\r\nContent-Transfer-Encoding: base64\r\n\r\n" + base64.b64encode(XLSX)
           + b"\r\n--XX--\r\n")
    contents = contents_of(raw, LABEL)
    assert [f.name for f in contents.found] == ["Báo cáo đoàn viên.xlsx",
                                                "Báo cáo tháng 5.xlsx"]
    assert all(f.data == XLSX for f in contents.found) and not contents.refused


def test_zip_names_from_windows_and_utf8_tools_and_nested_zips():
    inner = zipped([("Tháng 5/HC002.xlsx", XLSX)])
    outer = zipped([("HC001 báo cáo.xlsx", XLSX), ("cum/inner.zip", inner),
                    ("__MACOSX/._HC001.xlsx", b"junk"), ("ghi chu.txt", b"x")])
    contents = contents_of(mail(("Bao cao cum 3.zip", outer)), LABEL)
    assert [f.name for f in contents.found] == [
        "Bao cao cum 3.zip/HC001 báo cáo.xlsx", "Bao cao cum 3.zip/inner.zip/HC002.xlsx"]
    deeper = zipped([("a.zip", zipped([("b.zip", zipped([("c.xlsx", XLSX)]))]))])
    contents = contents_of(mail(("ba lop.zip", deeper)), LABEL)
    assert contents.found == [] and len(contents.refused) == 1
    (reason,) = contents.refused.values()
    assert "lồng nhiều lớp" in reason and LABEL in reason


def test_locked_zips_bombs_and_big_files_are_refused_with_a_sentence(monkeypatch):
    locked = contents_of(mail(("khoa.zip", zipped([("a.xlsx", XLSX)], encrypted=True))), LABEL)
    assert locked.found == [] and "mật khẩu" in locked.refused["khoa.zip"]
    bomb = zipped([("bom.xlsx", bytes(8 * 2**20))])  # 8 MB of zeros packs to ~8 KB
    assert len(bomb) < 100_000
    contents = contents_of(mail(("bom.zip", bomb)), LABEL)
    assert contents.found == [] and "quá lớn" in contents.refused["bom.zip"]
    monkeypatch.setattr(attachments, "MAX_FILE_BYTES", 2**20)
    contents = contents_of(mail(("to.xlsx", b"x" * (2**20 + 1)), ("nho.xlsx", XLSX)), LABEL)
    assert [f.name for f in contents.found] == ["nho.xlsx"]
    assert "to.xlsx" in contents.refused["to.xlsx"] and LABEL in contents.refused["to.xlsx"]


def test_two_hundred_attachments_are_refused_as_one():
    raw = mail(*[(f"HC{n:03d}.xlsx", XLSX) for n in range(200)])
    contents = contents_of(raw, LABEL)
    assert contents.found == [] and list(contents.refused) == ["*"]
    assert "100" in contents.refused["*"] and LABEL in contents.refused["*"]


def test_pictures_text_and_quoted_replies_are_not_files():
    message = EmailMessage()
    message.set_content("> Văn phòng đã nhận.\n> Trân trọng.")
    message.add_attachment(b"\x89PNG", maintype="image", subtype="png", filename="logo.png")
    message.add_attachment("x", filename="ghi chu.txt")
    contents = contents_of(bytes(message), LABEL)
    assert contents.found == [] and contents.refused == {}


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=3000), st.sampled_from([b"", b"Content-Type: multipart/mixed; "
                                                  b"boundary=B\r\n"]))
def test_any_bytes_as_a_message_give_contents_never_an_exception(body, head):
    raw = b"From: x@y\r\nMIME-Version: 1.0\r\n" + head + b"\r\n--B\r\n" + body
    contents = contents_of(raw, LABEL)
    assert all(isinstance(r, str) and r for r in contents.refused.values())


def test_broken_mime_gives_the_parts_that_can_be_read():
    raw = (b"From: hc001@donvi.vn\r\nContent-Type: multipart/mixed; boundary=B\r\n\r\n"
           b"--B\r\nContent-Disposition: attachment; filename=\"a.xlsx\"\r\n"
           b"Content-Transfer-Encoding: base64\r\n\r\n" + base64.b64encode(XLSX) + b"\r\n"
           b"--B\r\nContent-Disposition: attachment; filename=\"hong.xlsx\"\r\n"
           b"Content-Transfer-Encoding: base64\r\n\r\n!!!! not base64 ###\r\n")  # no end
    contents = contents_of(raw, LABEL)
    assert [f.name for f in contents.found][:1] == ["a.xlsx"]
    assert contents.defects and all(LABEL in d for d in contents.defects)


# --- against the server -------------------------------------------------------------------

def _fill(server, count: int) -> list[str]:
    names = sorted(p.name for p in MAU1.iterdir() if p.suffix == ".xlsx"
                   and "bo sung" not in p.name and "Cum" not in p.name
                   and "tai loi" not in p.name)[:count]
    for number, name in enumerate(names):
        when = (START + dt.timedelta(hours=number)).timestamp()
        server.append(dovecot.message(f"don-vi-{number}@gmail.com", f"BC {number}", when,
                                      [(name, (MAU1 / name).read_bytes())]), when=when)
    return names


def _collect(db, form_id, server, **kwargs):
    address = parse_imap_url(server.url)
    with db.session() as session:
        known = known_files(session, address.url)
    collection = collect_mail(address, dovecot.PASSWORD, dt.date(2025, 6, 1), known,
                              staging_dir(db), **kwargs)
    try:
        return collection, import_collection(db, collection, form_id, "2025-H1")
    finally:
        collection.discard()


def test_a_server_dropping_midway_keeps_what_came_and_the_next_collect_gets_the_rest(
        imap_server, office, monkeypatch):  # noqa: F811
    path, form = office
    names = _fill(imap_server, 5)
    real_uid = imaplib.IMAP4.uid
    fetched = []

    def dropping(self, command, *args):
        if command == "FETCH" and "BODY.PEEK[]" in args[-1]:
            if len(fetched) == 2:
                raise imaplib.IMAP4.abort("socket error: EOF")
            fetched.append(args[0])
        return real_uid(self, command, *args)

    with open_database(path) as db:
        monkeypatch.setattr(imaplib.IMAP4, "uid", dropping)
        collection, result = _collect(db, form["id"], imap_server)
        assert len(collection.files) == 2 and result.batch_id is not None
        assert len(collection.warnings) == 1 and "2/5" in collection.warnings[0]
        monkeypatch.setattr(imaplib.IMAP4, "uid", real_uid)
        collection, result = _collect(db, form["id"], imap_server)
        assert collection.seen == 2 and len(collection.files) == 3
        assert {p.status for p in result.plans} == {"imported"}
        collection, result = _collect(db, form["id"], imap_server)
        assert collection.files == [] and collection.seen == 5
    taken = {p.analysis.name for p in result.plans}
    assert taken == set() and len(names) == 5


def test_cancel_midway_records_nothing_and_the_next_collect_gets_everything(
        imap_server, office):  # noqa: F811
    path, form = office
    _fill(imap_server, 3)
    token = CancelToken()

    def progress(done, total, _text):
        if done == 1:  # the second message is being fetched
            token.cancel()

    with open_database(path) as db:
        with pytest.raises(Cancelled):
            _collect(db, form["id"], imap_server, progress=progress, cancel=token)
        collection, result = _collect(db, form["id"], imap_server)
        assert len(collection.files) == 3 and collection.seen == 0
        assert [p.status for p in result.plans] == ["imported"] * 3
    assert not any("\\Seen" in f for f in imap_server.flags())


def test_hostile_messages_beside_good_ones(imap_server, office, capsys, monkeypatch):  # noqa: F811
    """A locked zip, a bomb and a broken message arrive with two good returns: the good
    ones are imported, each bad one is refused with a sentence naming its message, and none
    of them is fetched again."""
    import json

    from unionplanner.cli import main

    path, form = office
    names = _fill(imap_server, 2)
    when = (START + dt.timedelta(hours=5)).timestamp()
    for sender, files in (
            ("hc010@donvi.vn", [("khoa.zip", zipped([("a.xlsx", XLSX)], encrypted=True))]),
            ("hc011@donvi.vn", [("bom.zip", zipped([("b.xlsx", bytes(8 * 2**20))]))])):
        imap_server.append(dovecot.message(sender, "BC", when, files), when=when)
    imap_server.append(b"From: hc012@donvi.vn\r\nSubject: hong\r\nDate: Tue, 3 Jun 2025 "
                       b"08:00:00 +0700\r\nContent-Type: multipart/mixed; boundary=Q\r\n\r\n"
                       b"--Q\r\nContent-Disposition: attachment; filename=\"c.xlsx\"\r\n"
                       b"Content-Transfer-Encoding: base64\r\n\r\n@@@@\r\n", when=when)
    argv = ["--db", path, "--json", "reports", "collect", "--imap-url", imap_server.url,
            "--since", "01/06/2025", "--form", str(form["id"]), "--period", "2025-H1",
            "--password-stdin"]
    monkeypatch.setattr("sys.stdin", io.StringIO(dovecot.PASSWORD))
    assert main(argv) == 0
    result = json.loads(capsys.readouterr().out)
    assert sorted(f["file"] for f in result["files"] if f["status"] == "imported") == names
    reasons = {r["file"]: r["reason"] for r in result["refused"]}
    assert "mật khẩu" in reasons["khoa.zip"] and "hc010@donvi.vn" in reasons["khoa.zip"]
    assert "quá lớn" in reasons["bom.zip"] and "hc011@donvi.vn" in reasons["bom.zip"]
    broken = [f for f in result["files"] if f["file"] == "c.xlsx"]
    assert broken == [] or broken[0]["status"] == "error"
    monkeypatch.setattr("sys.stdin", io.StringIO(dovecot.PASSWORD))
    assert main(argv) == 0
    again = json.loads(capsys.readouterr().out)
    assert again["messages"] == 0 and again["refused"] == [] and again["files"] == []
