"""The import session, driven as the wizard and ``reports import`` drive it, without Qt:
each return is read once; every clerk's change is judged again from that read; the commit
writes what the session planned in one transaction."""

from __future__ import annotations

import datetime as dt
import shutil

import pytest

from tests.helpers import campaign_office
from unionplanner.core import isolation
from unionplanner.domain.received import reading
from unionplanner.domain.received.findings import FileState, Severity
from unionplanner.domain.received.models import FileStatus
from unionplanner.domain.received.register import list_values, register
from unionplanner.domain.received.service import received_dir
from unionplanner.domain.received.session import ImportSession
from unionplanner.domain.report_forms.generate import generate_forms
from unionplanner.domain.sheets import workbook
from unionplanner.domain.units.service import UnitFields, add_unit

ORIGINAL = "Cong ty CP Duoc pham Phuoc Hung - bieu so lieu.xlsx"
REVISION = "Bao cao thang cong nhan_Cong_ty_CP_Duoc_pham_Phuoc_Hung (BO SUNG).xlsx"
SON = "Truong Mam non Phuoc Son - bieu so lieu.xlsx"
FILES = [ORIGINAL, REVISION, SON, "Book1.xlsx", "Tong hop cum 9 (xuat tu phan mem).xlsx"]


@pytest.fixture
def office(db, samples, tmp_path):
    folder = tmp_path / "mail"
    return db, campaign_office(db, samples, folder, FILES), folder


@pytest.fixture
def counted_reads(monkeypatch):
    """Every workbook read of this process, counted where the book is opened (the worker
    runs in place here, so no read can go round the count)."""
    monkeypatch.setattr(isolation, "_in_worker", True)
    opened: list[str] = []
    real = workbook.read_book_here

    def counting(path):
        opened.append(path.name)
        return real(path)

    monkeypatch.setattr(workbook, "read_book_here", counting)
    monkeypatch.setattr(reading, "read_book_here", counting)
    return opened


def _session(db, form_id, paths, period="2023-05") -> ImportSession:
    imports = ImportSession(paths)
    imports.read()
    with db.session() as session:
        imports.choose_period(session, form_id, period)
    return imports


def _index(imports: ImportSession, name: str) -> int:
    return [f.name for f in imports.files].index(name)


def test_one_read_per_file_through_the_guess_the_choices_and_the_commit(office, counted_reads):
    db, form_id, folder = office
    paths = sorted(folder.iterdir())
    imports = ImportSession(paths)
    imports.read()
    assert set(imports.guess_period([]).by_file) == {p.name for p in paths}
    with db.session() as session:
        imports.choose_period(session, form_id, "2023-05")
    son = _index(imports, SON)
    first_row = imports.files[son].analysis.mappings[0].index
    imports.set_mapping(son, first_row, None)
    imports.set_sheet(son, imports.files[son].analysis.table.sheet.name)
    imports.skip(_index(imports, "Book1.xlsx"))
    imports.skip(_index(imports, "Book1.xlsx"), False)
    imports.set_arrival_all(dt.date(2023, 6, 2))
    with db.transaction() as session:
        add_unit(session, UnitFields("SA900", "Công đoàn cơ sở Trường Tiểu học Hoa Sen"))
    with db.session() as session:
        imports.units_changed(session)
    imports.set_paths(paths)  # back to the first step and on again: nothing read again
    imports.read()
    with db.transaction() as session:
        result = imports.commit(session, received_dir(db))
    assert result.batch_id is not None
    assert sorted(counted_reads) == sorted(p.name for p in paths)


def test_a_file_changed_on_disk_is_read_again(office, counted_reads):
    db, form_id, folder = office
    imports = _session(db, form_id, [folder / SON])
    shutil.copyfile(folder / ORIGINAL, folder / SON)  # the clerk saved another file over it
    imports.read()
    assert counted_reads == [SON, SON]
    unit = imports.files[0].analysis.parts[0].unit
    assert "Phước Hưng" in unit.name  # judged from the new content


def test_the_clerks_changes_are_judged_again_and_imported(office):
    """What the wizard's preview does, at the domain: drop a row's mapping, type a value,
    keep the stored report instead of a replacement; the plans follow each change."""
    db, form_id, folder = office
    imports = _session(db, form_id, sorted(folder.iterdir()))
    statuses = {p.analysis.name: p.status for p in imports.plans}
    assert statuses["Book1.xlsx"] == FileStatus.ERROR
    assert statuses[ORIGINAL] == FileStatus.IMPORTED and statuses[REVISION] == FileStatus.REPLACED
    son = _index(imports, SON)
    part = imports.files[son].analysis.parts[0]
    assert len(part.values) == 20
    imports.set_mapping(son, imports.files[son].analysis.mappings[0].index, None)
    part = imports.files[son].analysis.parts[0]
    assert len(part.values) == 19
    code = next(iter(part.values))
    imports.set_value(son, part.unit.id, code, 1234)
    assert imports.files[son].analysis.parts[0].values[code].value == 1234
    imports.skip(_index(imports, REVISION))  # keep the report the revision would replace
    assert imports.files[_index(imports, REVISION)].plan.status == FileStatus.SKIPPED
    assert imports.files[_index(imports, REVISION)].plan.reason == "Bỏ qua theo lựa chọn."
    with db.transaction() as session:
        result = imports.commit(session, received_dir(db))
    assert result.counts()[FileStatus.SKIPPED] == 1
    with db.session() as session:
        values = list_values(session, "2023-05", form_id)
    son_values = [v for v in values if v["unit"] == "SA045"]
    assert len(son_values) == 19 and 1234 in {v["value"] for v in son_values}
    assert {"SA079", "SA045", "SA017"} <= {v["unit"] for v in values}


def test_choosing_the_unit_of_a_waiting_file(office, tmp_path):
    """A file whose unit is not sure waits; the clerk's choice is judged again and the file
    is imported for that unit, with the clerk's arrival day."""
    db, form_id, folder = office
    odd = tmp_path / "x.xlsx"
    shutil.copyfile(folder / SON, odd)
    from openpyxl import load_workbook

    book = load_workbook(odd)
    for row in book.active.iter_rows():
        for cell in row:
            if isinstance(cell.value, str) and "Phước Sơn" in cell.value:
                cell.value = cell.value.replace("Phước Sơn", "P. Sơn")
    book.save(odd)
    imports = _session(db, form_id, [odd])
    plan = imports.plans[0]
    assert plan.status in (FileStatus.WAITING, FileStatus.ERROR)
    with db.session() as session:
        from sqlalchemy import select

        from unionplanner.domain.units.models import Unit

        son = session.scalar(select(Unit.id).where(Unit.code == "SA045"))
    imports.set_unit(0, son)
    imports.set_arrival(0, dt.date(2023, 6, 4))
    assert imports.plans[0].status == FileStatus.IMPORTED
    with db.transaction() as session:
        imports.commit(session, received_dir(db))
    with db.session() as session:
        arrivals = [(e.file, e.arrival) for e in register(session)]
        assert arrivals == [("x.xlsx", dt.date(2023, 6, 4))]
        assert {v["unit"] for v in list_values(session, "2023-05", form_id)} == {"SA045"}


def test_the_period_guessed_and_the_period_checked_are_one_rule(office, tmp_path):
    """A file the guess says is of June is the file the check refuses when imported into
    May (nothing of it stored under May), and no other."""
    db, form_id, folder = office
    with db.session() as session:
        june = generate_forms(session, form_id, "2023-06", tmp_path / "6", ["SA003"])
        may = generate_forms(session, form_id, "2023-05", tmp_path / "5", ["SA004"])
    imports = _session(db, form_id, [*sorted(folder.iterdir()), *june, *may])
    guess = imports.guess_period([])
    assert guess.by_file[june[0].name] == "2023-06" and guess.disagree
    for file in imports.files:
        stated = guess.by_file[file.name]
        refused = any("đang nhập vào kỳ" in p.message for p in file.analysis.problems
                      if p.severity == Severity.ERROR)
        assert refused == (stated is not None and stated != "2023-05"), file.name
        if refused:
            assert file.plan is not None and file.plan.status == FileStatus.ERROR


def test_a_lock_file_and_a_broken_file_are_said_once(office, tmp_path):
    db, form_id, folder = office
    (tmp_path / "~$lock.xlsx").write_bytes(b"\0" * 165)
    (tmp_path / "hong.xlsx").write_bytes(b"PK\x03\x04 not a zip")
    imports = _session(db, form_id, [tmp_path / "~$lock.xlsx", tmp_path / "hong.xlsx"])
    lock, broken = (f.analysis for f in imports.files)
    assert lock.status == FileState.SKIPPED and broken.status == FileState.FAILED
    assert "hong.xlsx" in broken.error
    assert [p.status for p in imports.plans] == [FileStatus.SKIPPED, FileStatus.ERROR]
