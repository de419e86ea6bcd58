"""Returns collected from the folder where Zalo PC (or the browser) saves received files
(issue 30): every figure of truth.json from the Mẫu 1 samples saved there over a week (one
inside a .zip, last year's files, Office lock files and other documents beside them), each
file dated by its own time; a second collect imports nothing; a file saved later is the
only one the next collect takes."""

from __future__ import annotations

import datetime as dt
import io
import json
import os
import shutil
import zipfile

from tests.domain.collect.test_collect_mail import MAU1, _expected, office, truth  # noqa: F401
from unionplanner.cli import main


def save(path, data: bytes, when: dt.datetime) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    os.utime(path, (when.timestamp(), when.timestamp()))


def test_every_return_saved_by_zalo_is_imported_once_dated_by_its_file(
        tmp_path, office, truth, capsys):  # noqa: F811
    db, form = office
    zalo = tmp_path / "Zalo Received Files"
    start = dt.datetime(2025, 6, 2, 9, 0)
    names = sorted(truth["files"], key=lambda n: "bo sung" in n)
    revision = names.pop()  # saved after the first collect
    saved: dict[str, dt.date] = {}
    for number, name in enumerate(names):
        when = start + dt.timedelta(hours=5 * number)
        data = (MAU1 / "reports" / name).read_bytes()
        if number == 3:  # sent zipped
            buffer = io.BytesIO()
            with zipfile.ZipFile(buffer, "w") as archive:
                archive.writestr(name, data)
            save(zalo / "Bao cao nen.zip", buffer.getvalue(), when)
        else:
            save(zalo / ("Thang 6" if number % 4 == 0 else "") / name, data, when)
        saved[name] = when.date()
    save(zalo / "~$lock.xlsx", b"lock", start)
    save(zalo / "anh.jpg", b"\xff\xd8", start)
    old = MAU1 / "reports" / names[0]
    save(zalo / "2024" / ("cu - " + old.name), old.read_bytes(), start - dt.timedelta(days=200))
    argv = ["--db", db, "--json", "reports", "collect", "--folder", str(zalo), "--since",
            "01/06/2025", "--form", str(form["id"]), "--period", "2025-H1"]
    assert main(argv) == 0
    result = json.loads(capsys.readouterr().out)
    by_file = {f["file"].rsplit("/", 1)[-1]: f for f in result["files"]}
    assert set(by_file) == set(names)
    for name in names:
        item = by_file[name]
        assert item["arrived_on"] == saved[name].isoformat(), name
        assert item["source"]["folder"] == str(zalo.resolve())
        broken = truth["files"][name]["kind"] == "broken"
        assert item["status"] == ("error" if broken else "imported"), name
    assert main(argv) == 0
    again = json.loads(capsys.readouterr().out)
    assert again["files"] == [] and again["batch"] is None
    when = start + dt.timedelta(days=4)
    shutil.copyfile(MAU1 / "reports" / revision, zalo / revision)
    os.utime(zalo / revision, (when.timestamp(), when.timestamp()))
    assert main(argv) == 0
    last = json.loads(capsys.readouterr().out)
    assert [(f["file"], f["status"], f["arrived_on"]) for f in last["files"]] == [
        (revision, "replaced", when.date().isoformat())]
    assert main(["--db", db, "--json", "reports", "values", "--period", "2025-H1", "--form",
                 str(form["id"])]) == 0
    records = json.loads(capsys.readouterr().out)
    code_of = {i["name"]: t["code"] for i, t in zip(form["indicators"], truth["indicators"])}
    stored = {(r["unit"], code_of[r["indicator"]], r["column"]): r["value"] for r in records}
    main_figures, female = _expected(truth)
    assert {(u, c): v for (u, c, col), v in stored.items() if col == "Tổng số"} == main_figures
    assert {(u, c): v for (u, c, col), v in stored.items() if col == "Nữ"} == female


def test_a_dry_run_collects_nothing_and_the_real_run_then_takes_all(
        tmp_path, office, truth, capsys):  # noqa: F811
    db, form = office
    folder = tmp_path / "zalo"
    folder.mkdir()
    names = sorted(truth["files"])[:3]
    for name in names:
        shutil.copyfile(MAU1 / "reports" / name, folder / name)
    argv = ["--db", db, "--json", "reports", "collect", "--folder", str(folder), "--since",
            "01/01/2020", "--form", str(form["id"]), "--period", "2025-H1"]
    main([*argv, "--dry-run"])
    dry = json.loads(capsys.readouterr().out)
    assert dry["dry_run"] and dry["batch"] is None and len(dry["files"]) == 3
    main(argv)
    real = json.loads(capsys.readouterr().out)
    assert real["batch"] is not None and len(real["files"]) == 3


def test_the_senders_address_makes_an_unsure_unit_sure(tmp_path, office, truth):  # noqa: F811
    """A return naming its unit loosely ("Bưu điện Hải Châu", a file name saying nothing)
    waits for the clerk; the same file sent from that unit's own address is imported."""
    import openpyxl

    from unionplanner.domain.collect.service import Collection, Item, prepare_import
    from unionplanner.domain.received.session import ImportSession
    from unionplanner.domain.storage.database import open_database
    from unionplanner.domain.units.models import Unit

    db_path, form = office
    name = "Mau1_HDCD_6T_Buu_dien_phuong_Hai_Chau.xlsx"
    unit = next(iter(truth["files"][name]["units"]))
    book = openpyxl.load_workbook(MAU1 / "reports" / name)
    book.active["A2"] = "Đơn vị báo cáo : Bưu điện Hải Châu"
    path = tmp_path / "bao cao.xlsx"
    book.save(path)
    with open_database(db_path) as db:
        with db.transaction() as session:
            session.query(Unit).filter(Unit.code == unit).one().email = "buudien@vnpost.vn"

        def plan(sender: str):
            collection = Collection("mail", "imap://test", [Item(
                "mail", "imap://test", "<1@x>", path.name, "0" * 64, sender=sender,
                path=path)])
            imports = ImportSession([path])
            with db.session() as session:
                prepare_import(session, imports, collection)
                imports.choose_period(session, form["id"], "2025-H1")
            imports.read()
            (result,) = imports.plans
            return result

        alone = plan("ai-do@gmail.com")
        assert alone.status == "waiting" and alone.candidates[0][0] == unit, [
            p.text() for p in alone.analysis.all_problems()]
        sent = plan("buudien@vnpost.vn")
        assert sent.status == "imported"
        assert [p.part.unit.code for p in sent.parts] == [unit]
