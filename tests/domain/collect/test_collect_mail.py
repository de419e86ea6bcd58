"""Returns collected from the office's mailbox (issue 30), against a real IMAP server
(Dovecot): the Mẫu 1 samples sent as attachments the way units send them — one or two to a
message, some inside a .zip, a signature picture, a reply quoting a message, messages
without files, older messages — come back with every figure of truth.json, each file
dated by its message; a second collect imports nothing; no message is marked read."""

from __future__ import annotations

import datetime as dt
import io
import json
import zipfile

import pytest

from tests import imap_server as dovecot
from tests.conftest import SHARED
from tests.domain.received.test_mau1 import _expected
from unionplanner.cli import main

MAU1 = SHARED / "samples-mau1"
#: the half-year's returns arrive from 2 June 2025, 08:00 in Vietnam, one every 3 hours
START = dt.datetime(2025, 6, 2, 8, 0, tzinfo=dt.timezone(dt.timedelta(hours=7)))
PNG = (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x02\x00"
       b"\x00\x00\x90wS\xde\x00\x00\x00\x0cIDATx\x9cc\xf8\x0f\x00\x00\x01\x01\x00\x05\x18"
       b"\xd8N\x00\x00\x00\x00IEND\xaeB`\x82")


def run(capsys, *argv: str, stdin: str | None = None, monkeypatch=None):
    if stdin is not None:
        monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
    code = main(list(argv))
    out = capsys.readouterr().out
    return code, (json.loads(out) if "--json" in argv and out.strip() else out)


@pytest.fixture(scope="module")
def truth():
    if not MAU1.is_dir():
        pytest.skip(f"shared samples not found at {MAU1}")
    return json.loads((MAU1 / "truth.json").read_text(encoding="utf-8"))


def sender_of(info: dict) -> str:
    units = sorted(info.get("units") or {})
    return f"{units[0].lower()}@donvi.vn" if len(units) == 1 else "cum3@donvi.vn"


def zipped(files: list[tuple[str, bytes]]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in files:
            archive.writestr(name, data)
    return buffer.getvalue()


senders: dict[str, str] = {}  # file name → the address that sent it (set by fill_mailbox)


def fill_mailbox(server, truth) -> dict[str, dt.date]:
    """The samples sent as units send them; returns file name → the day its message
    arrived (in Vietnam)."""
    names = sorted(truth["files"], key=lambda n: "bo sung" in n)  # the revision comes last
    arrived: dict[str, dt.date] = {}
    senders.clear()
    when = START
    # last year's return, before --since: never collected
    old = MAU1 / "reports" / names[0]
    server.append(dovecot.message("hc001@donvi.vn", "Bao cao nam 2024", START.timestamp()
                                  - 200 * 86400, [(old.name, old.read_bytes())]),
                  when=START.timestamp() - 200 * 86400)
    server.append(dovecot.message("vanphong@ldld.vn", "Thong bao hop", when.timestamp(),
                                  text="Không có tệp."), when=when.timestamp())
    index = 0
    while index < len(names):
        when += dt.timedelta(hours=3)
        name = names[index]
        info = truth["files"][name]
        data = (MAU1 / "reports" / name).read_bytes()
        files = [(name, data)]
        step = 1
        if index % 9 == 4 and index + 1 < len(names) - 1:  # two returns in one message
            second = names[index + 1]
            files.append((second, (MAU1 / "reports" / second).read_bytes()))
            step = 2
        elif index % 9 == 7:  # a zip, with a signature picture beside it
            files = [(name.rsplit(".", 1)[0] + ".zip", zipped(files)), ("chu-ky.png", PNG)]
        for offset in range(step):
            arrived[names[index + offset]] = when.date()
        # two units' returns in one message come from a cluster secretary's own address
        sender = sender_of(info) if step == 1 else "thuky.cum3@gmail.com"
        senders.update({n: sender for n, _data in files})
        server.append(dovecot.message(sender, f"Bao cao 6 thang - {name[:40]}",
                                      when.timestamp(), files), when=when.timestamp())
        if index == 10:  # the office's reply, quoted back with the file again
            reply = dovecot.message(
                sender_of(info), "Re: Bao cao 6 thang", (when + dt.timedelta(hours=1))
                .timestamp(), [(name, data)],
                text="Dạ em gửi lại ạ.\n\n> Văn phòng đã nhận báo cáo của đơn vị.\n>",
                In_Reply_To="<x@haichau.vn>")
            server.append(reply, when=(when + dt.timedelta(hours=1)).timestamp())
        index += step
    return arrived


@pytest.fixture
def office(tmp_path, truth, capsys, vietnam_time):
    db = str(tmp_path / "office.sqlite3")
    assert main(["--db", db, "units", "import", str(MAU1 / "units.xlsx")]) == 0
    capsys.readouterr()
    code, form = run(capsys, "--db", db, "--json", "forms", "import", str(MAU1 / "form.xlsx"),
                     "--name", "Mẫu 1-HĐCĐ")
    assert code == 0
    capsys.readouterr()
    return db, form


def set_emails(db: str, codes: list[str]) -> None:
    from unionplanner.domain.storage.database import open_database
    from unionplanner.domain.units.models import Unit

    with open_database(db) as database, database.transaction() as session:
        for unit in session.query(Unit).filter(Unit.code.in_(codes)):
            unit.email = f"{unit.code.lower()}@donvi.vn"


def test_every_return_in_the_mailbox_is_imported_once_dated_by_its_message(
        imap_server, office, truth, capsys, monkeypatch):
    db, form = office
    arrived = fill_mailbox(imap_server, truth)
    set_emails(db, [u for info in truth["files"].values() for u in info.get("units") or {}])
    before = imap_server.count()
    collect = ["--db", db, "--json", "reports", "collect", "--imap-url", imap_server.url,
               "--since", "01/06/2025", "--form", str(form["id"]), "--period", "2025-H1",
               "--password-stdin"]
    code, result = run(capsys, *collect, stdin=dovecot.PASSWORD + "\n",
                       monkeypatch=monkeypatch)
    assert code == 0, [(f["file"], f["warnings"][:1]) for f in result["files"]
                       if f["status"] == "waiting"]
    by_file: dict[str, list] = {}
    for item in result["files"]:
        by_file.setdefault(item["file"].rsplit("/", 1)[-1], []).append(item)
    assert set(by_file) == set(truth["files"])
    for name, info in truth["files"].items():
        statuses = sorted((item["status"] for item in by_file[name]),
                          key=lambda status: status == "duplicate")
        if info["kind"] == "broken":
            assert statuses == ["error"], name
            continue
        assert statuses[0] in ("imported", "replaced"), (name, by_file[name])
        assert statuses[1:] in ([], ["duplicate"]), name  # the reply's copy
        first = next(i for i in by_file[name] if i["status"] != "duplicate")
        assert first["arrived_on"] == arrived[name].isoformat(), name
        assert first["source"]["from"] == senders.get(name, sender_of(info))
        assert first["source"]["message_id"].startswith("<")
    assert result["messages"] == before - 1  # all but last year's
    # every figure in its column, as the folder's import stores it
    code, records = run(capsys, "--db", db, "--json", "reports", "values", "--period",
                        "2025-H1", "--form", str(form["id"]))
    code_of = {i["name"]: t["code"] for i, t in zip(form["indicators"], truth["indicators"])}
    stored = {(r["unit"], code_of[r["indicator"]], r["column"]): r["value"] for r in records}
    main_figures, female = _expected(truth)
    assert {(u, c): v for (u, c, col), v in stored.items() if col == "Tổng số"} == main_figures
    assert {(u, c): v for (u, c, col), v in stored.items() if col == "Nữ"} == female
    # the register of the period's files says where each came from
    code, received = run(capsys, "--db", db, "--json", "reports", "received", "--form",
                         str(form["id"]), "--period", "2025-H1")
    assert code == 0
    imported = [r for r in received if r["status"] in ("imported", "replaced")]
    assert len(imported) == len(truth["files"]) - 3  # the broken two, and the one revised
    assert [r["file"] for r in received if r["status"] == "superseded"] == [
        "Mau1_HDCD_6T_Buu_dien_phuong_Hai_Chau.xlsx"]
    assert all(dt.datetime.fromisoformat(r["source"]["date"]).tzinfo for r in imported)
    assert all(r["source"]["from"].endswith(("@donvi.vn", "@gmail.com")) and r["arrived_on"]
               for r in imported)
    assert {r["status"] for r in received} >= {"imported", "replaced", "error", "duplicate"}
    # a second collect fetches nothing and imports nothing
    code, again = run(capsys, *collect, stdin=dovecot.PASSWORD + "\n",
                      monkeypatch=monkeypatch)
    assert code == 0 and again["files"] == [] and again["batch"] is None
    assert again["messages"] == 0 and again["seen"] == before - 1
    # nothing on the server changed: no message read, moved or deleted
    flags = imap_server.flags()
    assert len(flags) == before and not any("\\Seen" in f for f in flags)


def test_a_file_naming_another_unit_than_its_sender_waits_with_both(
        imap_server, office, truth, capsys, monkeypatch):
    """The sender's address is evidence: a return that names HC020 sent from HC021's
    address is not imported until the clerk says which unit it is; confirming it imports
    it, and only that message is fetched again."""
    db, form = office
    name = "Mau1_HDCD_6T_Buu_dien_phuong_Hai_Chau.xlsx"
    unit = next(iter(truth["files"][name]["units"]))
    set_emails(db, [unit, "HC021"])
    when = START.timestamp()
    imap_server.append(dovecot.message("hc021@donvi.vn", "Bao cao", when,
                                       [(name, (MAU1 / "reports" / name).read_bytes())]),
                       when=when)
    collect = ["--db", db, "--json", "reports", "collect", "--imap-url", imap_server.url,
               "--since", "01/06/2025", "--form", str(form["id"]), "--period", "2025-H1",
               "--password-stdin"]
    code, result = run(capsys, *collect, stdin=dovecot.PASSWORD, monkeypatch=monkeypatch)
    assert code == 3 and result["waiting"] == [name] and result["batch"] is None
    candidates = [c["code"] for c in result["files"][0]["candidates"]]
    assert candidates == [unit, "HC021"]
    assert "HC021" in result["files"][0]["warnings"][0]
    code, result = run(capsys, *collect, "--confirm-unit", f"{name}={unit}",
                       stdin=dovecot.PASSWORD, monkeypatch=monkeypatch)
    assert code == 0 and result["messages"] == 1
    assert result["files"][0]["status"] == "imported" and result["files"][0]["unit"] == unit
    code, result = run(capsys, *collect, stdin=dovecot.PASSWORD, monkeypatch=monkeypatch)
    assert code == 0 and result["messages"] == 0 and result["files"] == []


def test_a_wrong_password_or_folder_is_one_sentence(imap_server, office, capsys, monkeypatch):
    db, form = office
    base = ["--db", db, "reports", "collect", "--since", "01/06/2025", "--form",
            str(form["id"]), "--password-stdin"]
    monkeypatch.setattr("sys.stdin", io.StringIO("sai\n"))
    assert main([*base, "--imap-url", imap_server.url]) == 1
    said = capsys.readouterr().err
    assert "mật khẩu" in said and "b'" not in said and len(said.strip().splitlines()) == 1
    monkeypatch.setattr("sys.stdin", io.StringIO(dovecot.PASSWORD))
    assert main([*base, "--imap-url", imap_server.url.replace("INBOX", "Khong-co")]) == 1
    said = capsys.readouterr().err
    assert "\"Khong-co\"" in said and len(said.strip().splitlines()) == 1


def test_a_message_without_a_date_is_dated_by_when_the_server_received_it(
        imap_server, office, capsys, monkeypatch):
    db, form = office
    name = "Mau1_HDCD_6T_Buu_dien_phuong_Hai_Chau.xlsx"
    message = dovecot.message("hc020@donvi.vn", "Bao cao", START.timestamp(),
                              [(name, (MAU1 / "reports" / name).read_bytes())])
    del message["Date"]  # some mail programs send none
    received = (START + dt.timedelta(days=3)).timestamp()
    imap_server.append(message, when=received)
    code, result = run(capsys, "--db", db, "--json", "reports", "collect", "--imap-url",
                       imap_server.url, "--since", "01/06/2025", "--form", str(form["id"]),
                       "--period", "2025-H1", "--password-stdin", stdin=dovecot.PASSWORD,
                       monkeypatch=monkeypatch)
    (item,) = result["files"]
    assert code == 0 and item["arrived_on"] == "2025-06-05"
    assert dt.datetime.fromisoformat(item["source"]["date"]).timestamp() == received
