"""Faults an office PC meets: a full disk, a database locked by another program, a data
folder that cannot be written. Each gives a clear Vietnamese message, no crash, and nothing
half-written. (Kill tests: test_kill.py; hostile files: test_import_fuzz.py.)"""

from __future__ import annotations

import errno
import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest
from sqlalchemy import event

from tests.helpers import learn_and_store
from unionplanner.domain.received.register import list_values
from unionplanner.domain.received.service import received_dir
from unionplanner.domain.received.session import import_paths
from unionplanner.domain.storage import errors
from unionplanner.domain.units.excel import import_units

pytestmark = pytest.mark.sqlite_only  # about the SQLite file and the folder beside it


@pytest.fixture
def office(db, samples):
    with db.transaction() as session:
        import_units(session, samples / "units.xlsx")
        form_id = learn_and_store(session, "TCN", samples / "form.xlsx")
    return db, form_id


def _values(db, form_id):
    with db.session() as session:
        return list_values(session, "2023-05", form_id)


def _kept(db) -> list[Path]:
    folder = received_dir(db) / "2023-05"
    return sorted(folder.iterdir()) if folder.exists() else []


def test_a_full_disk_during_an_import_writes_nothing(office, samples):
    db, form_id = office
    with sqlite3.connect(db.file) as conn:
        pages = conn.execute("PRAGMA page_count").fetchone()[0]

    @event.listens_for(db.engine, "connect")
    def tiny_disk(dbapi_conn, _record):  # SQLite's own "disk full": a page limit
        dbapi_conn.execute(f"PRAGMA max_page_count={pages + 3}")

    db.engine.dispose()
    with pytest.raises(errors.DiskFullError, match="Ổ đĩa đã đầy"):
        import_paths(db, [samples / "reports"], form_id, "2023-05")
    event.remove(db.engine, "connect", tiny_disk)
    db.engine.dispose()
    assert _values(db, form_id) == [] and _kept(db) == []
    assert import_paths(db, [samples / "reports"], form_id, "2023-05").batch_id  # then it works


def test_a_full_disk_while_keeping_the_originals_writes_nothing(office, samples, monkeypatch):
    db, form_id = office
    copies = []

    def copy_until_full(source, target):
        copies.append(target)
        if len(copies) == 5:
            Path(target).write_bytes(b"half a file")
            raise OSError(errno.ENOSPC, "No space left on device")
        return real_copy(source, target)

    real_copy = shutil.copyfile
    monkeypatch.setattr(shutil, "copyfile", copy_until_full)
    with pytest.raises(errors.DiskFullError):
        import_paths(db, [samples / "reports"], form_id, "2023-05")
    assert _values(db, form_id) == []
    assert _kept(db) == []  # the four whole copies and the cut one are gone


def test_a_database_locked_by_another_program(office, samples, monkeypatch):
    from unionplanner.domain.storage import database

    db, form_id = office
    monkeypatch.setattr(database, "BUSY_TIMEOUT_MS", 300)
    db.engine.dispose()  # new connections take the short timeout
    other = sqlite3.connect(db.file, isolation_level=None)
    other.execute("BEGIN EXCLUSIVE")  # e.g. a database tool left open on the file
    try:
        with pytest.raises(errors.DatabaseLockedError, match="khóa"):
            import_paths(db, [samples / "reports"], form_id, "2023-05")
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert _values(db, form_id) == [] and _kept(db) == []
    assert import_paths(db, [samples / "reports"], form_id, "2023-05").batch_id


# As root (CI), folder modes do not stop writes: the child loads every module it needs by
# running the command once on a scratch database, then becomes 'nobody' for the real one.
CHILD = r"""
import os, sys
from unionplanner.cli import main
scratch, target, units = sys.argv[1:4]
main(["--db", scratch, "units", "import", units])
from unionplanner.core.isolation import stop_worker
stop_worker()  # the reading worker started as root; the next one starts as 'nobody'
if os.geteuid() == 0:
    os.setgid(65534)
    os.setuid(65534)
sys.exit(main(["--db", target, "units", "import", units]))
"""


def test_a_data_folder_that_cannot_be_written(samples):
    root = Path(tempfile.mkdtemp(prefix="unionplanner-ro-"))
    try:
        folder = root / "data"
        folder.mkdir()
        db_file = folder / "unionplanner.sqlite3"
        from unionplanner.domain.storage.database import open_database

        with open_database(str(db_file)) as db, db.transaction() as session:
            import_units(session, samples / "units.xlsx")
        before = db_file.read_bytes()
        root.chmod(0o755)
        folder.chmod(0o555)
        db_file.chmod(0o444)
        env = dict(os.environ, UNIONPLANNER_DATA_DIR=str(folder))
        result = subprocess.run(
            [sys.executable, "-c", CHILD, str(root / "scratch.sqlite3"), str(db_file),
             str(samples / "units.xlsx")], capture_output=True, text=True, env=env,
            timeout=120)
        assert result.returncode == 1, result.stderr
        assert "Traceback" not in result.stderr
        assert "ghi" in result.stderr and result.stderr.startswith("Lỗi:"), result.stderr
        assert db_file.read_bytes() == before
    finally:
        for path in root.rglob("*"):
            path.chmod(0o755 if path.is_dir() else 0o644)
        shutil.rmtree(root)
