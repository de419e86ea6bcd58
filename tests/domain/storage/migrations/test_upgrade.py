"""Data across upgrades: every database an earlier version made (tests/fixtures/databases,
one per release) opens in this version, is backed up before any migration runs, and keeps
every row and every column it had."""

from __future__ import annotations

import json
import shutil
import sqlite3
from pathlib import Path

import pytest

from tests.conftest import ROOT
from unionplanner.domain.storage import backup
from unionplanner.domain.storage.migrate import HEAD_REVISION

# the fixtures are SQLite files and the backup before migrating is a file copy
pytestmark = pytest.mark.sqlite_only

FIXTURES = sorted((ROOT / "tests" / "fixtures" / "databases").glob("*.sqlite3"))

#: Columns a migration removed on purpose: {(table, column): "why"}. Empty so far — a
#: migration that drops a column must say here where its data went.
DROPPED: dict[tuple[str, str], str] = {}


def snapshot(path: Path) -> dict[str, tuple[list[str], list[tuple]]]:
    """Every table (but Alembic's) → (its columns, all rows in rowid order)."""
    with sqlite3.connect(path) as conn:
        tables = [t for (t,) in conn.execute(
            "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%' "
            "AND name <> 'alembic_version' ORDER BY name")]
        result = {}
        for table in tables:
            columns = [row[1] for row in conn.execute(f'PRAGMA table_info("{table}")')]
            rows = conn.execute(f'SELECT * FROM "{table}" ORDER BY rowid').fetchall()
            result[table] = (columns, rows)
    return result


def revision(path: Path) -> str:
    with sqlite3.connect(path) as conn:
        return conn.execute("SELECT version_num FROM alembic_version").fetchone()[0]


def test_there_is_a_fixture_for_the_previous_and_the_current_schema():
    revisions = {revision(p) for p in FIXTURES}
    assert HEAD_REVISION in revisions, (
        "no database fixture made by this schema: run make_fixture.py (see its README)")
    assert any(r < HEAD_REVISION for r in revisions)


@pytest.mark.parametrize("fixture", FIXTURES, ids=[p.name for p in FIXTURES])
def test_an_old_database_is_backed_up_then_upgraded_without_losing_anything(
        fixture, data_dir, capsys):
    from unionplanner.cli import main
    from unionplanner.domain.storage.database import open_database
    from unionplanner.domain.storage.migrate import current_revision

    db_file = data_dir / "unionplanner.sqlite3"
    shutil.copyfile(fixture, db_file)
    old_revision = revision(db_file)
    before = snapshot(db_file)
    assert before["unit"][1] and before["report_value"][1], "the fixture has data"

    db = open_database(str(db_file))
    try:
        assert current_revision(db) == HEAD_REVISION
    finally:
        db.dispose()

    backups = backup.list_backups(db_file)
    if old_revision == HEAD_REVISION:
        assert backups == []  # nothing ran, nothing to back up
    else:
        assert [b.kind for b in backups] == ["pre-migrate"]
        assert revision(backups[0].path) == old_revision
        assert snapshot(backups[0].path) == before  # the backup is the old file, whole
    assert backup.integrity_check(db_file)[0]

    after = snapshot(db_file)
    for table, (columns, rows) in before.items():
        assert table in after, f"table {table} disappeared"
        new_columns, new_rows = after[table]
        kept = [c for c in columns if (table, c) not in DROPPED]
        missing = [c for c in kept if c not in new_columns]
        assert not missing, f"{table}: columns {missing} disappeared"
        old_at = [columns.index(c) for c in kept]
        new_at = [new_columns.index(c) for c in kept]
        assert [tuple(r[i] for i in new_at) for r in new_rows] == \
            [tuple(r[i] for i in old_at) for r in rows], f"{table}: rows changed"

    # and the app reads it: the summary adds up what the old version stored
    assert main(["summary", "--db", str(db_file), "--form", "1", "--period", "2026-03",
                 "--json"]) == 0
    figures = json.loads(capsys.readouterr().out)
    members = next(i for i in figures["indicators"] if i["indicator"] == "Kết nạp đoàn viên mới")
    with sqlite3.connect(fixture) as conn:
        expected = conn.execute(
            "SELECT SUM(v.value) FROM report_value v JOIN submission s ON s.id = v.submission_id "
            "JOIN indicator i ON i.id = v.indicator_id WHERE s.period = '2026-03' "
            "AND i.name = 'Kết nạp đoàn viên mới' AND s.status = 'current'").fetchone()[0]
    assert expected and members["total"] == expected
    assert main(["plans", "list", "--db", str(db_file), "--json"]) == 0
    assert len(json.loads(capsys.readouterr().out)) == len(before["plan"][1]) == 1


@pytest.mark.parametrize("fixture", FIXTURES, ids=[p.name for p in FIXTURES])
def test_each_fixture_has_exactly_its_revisions_schema_and_upgrades_to_the_heads(fixture,
                                                                                  data_dir):
    """What a restore and a failed upgrade compare against (schema_check): every database a
    release made matches the schema the migrations make for its revision, and once upgraded
    matches the newest."""
    from unionplanner.domain.storage.database import open_database
    from unionplanner.domain.storage.schema_check import file_differences

    assert file_differences(fixture, revision(fixture)) == []
    db_file = data_dir / "unionplanner.sqlite3"
    shutil.copyfile(fixture, db_file)
    open_database(str(db_file)).dispose()
    assert file_differences(db_file, HEAD_REVISION) == []


def half_upgraded(data_dir: Path) -> Path:
    """A release-0.3 database that an older build began to upgrade and was killed: the first
    step's table made (committed on its own), the revision still 0003; its sound copy made
    before that upgrade in the backups folder."""
    fixture = next(p for p in FIXTURES if revision(p) == "0003")
    db_file = data_dir / "unionplanner.sqlite3"
    shutil.copyfile(fixture, db_file)
    backup.backup_database(db_file, kind="pre-migrate", now=__import__("datetime").datetime(
        2026, 3, 1, 8, 0))
    with sqlite3.connect(db_file) as conn:
        conn.execute("CREATE TABLE activity_check (id INTEGER NOT NULL PRIMARY KEY)")
    return db_file


def test_a_database_half_upgraded_by_an_older_build_names_the_backup_to_restore(data_dir):
    """Issue 29 item 1: every start ended in a traceback ("table activity_check already
    exists") and no message named the good copy in backups/."""
    from unionplanner.domain.storage.database import open_database
    from unionplanner.domain.storage.errors import UpgradeFailedError

    db_file = half_upgraded(data_dir)
    with pytest.raises(UpgradeFailedError) as failed:
        open_database(str(db_file))
    error = failed.value
    assert error.half_done and "nâng cấp dở dang" in error.message
    # the copy made before the old build's upgrade, not the one of the half-upgraded file
    assert error.backup.name.endswith("20260301-080000-pre-migrate.sqlite3")
    assert str(error.backup) in error.message and "01/03/2026 08:00" in error.message
    assert "already exists" in error.details[0]
    backup.restore_database(db_file, error.backup)
    db = open_database(str(db_file))
    db.dispose()
    assert revision(db_file) == HEAD_REVISION


def test_the_window_offers_the_backup_when_an_upgrade_failed(data_dir, monkeypatch, qapp):
    from unionplanner.ui.startup import dialogs, opening

    db_file = half_upgraded(data_dir)
    units = snapshot(db_file)["unit"][1]
    asked = []
    monkeypatch.setattr(dialogs, "ask_restore_after_upgrade",
                        lambda message: asked.append(message) or True)
    db, lock = opening.open_for_window(str(db_file))
    try:
        assert len(asked) == 1 and "20260301-080000-pre-migrate" in asked[0]
        assert revision(db_file) == HEAD_REVISION
    finally:
        db.dispose()
        lock.release()
    assert [row[:len(units[0])] for row in snapshot(db_file)["unit"][1]] == units


def test_a_failing_step_keeps_the_data_as_it_was(data_dir, monkeypatch):
    """A step that fails midway (here the last one) leaves nothing of the upgrade: the
    revision and the tables are the old ones, and the message says the data is unchanged."""
    from sqlalchemy import Engine, event

    from unionplanner.domain.storage.database import open_database
    from unionplanner.domain.storage.errors import UpgradeFailedError

    fixture = next(p for p in FIXTURES if revision(p) == "0003")
    db_file = data_dir / "unionplanner.sqlite3"
    shutil.copyfile(fixture, db_file)
    before = snapshot(db_file)
    seen = []

    def fail_late(_conn, _cursor, statement, *_args):
        if statement.lstrip().upper().startswith(("CREATE", "ALTER")):
            seen.append(statement)
            if len(seen) == 12:  # several steps in, tables made and columns added
                raise RuntimeError("a step that fails")

    event.listen(Engine, "before_cursor_execute", fail_late)
    try:
        with pytest.raises(UpgradeFailedError) as failed:
            open_database(str(db_file))
    finally:
        event.remove(Engine, "before_cursor_execute", fail_late)
    assert not failed.value.half_done and "vẫn nguyên như trước" in failed.value.message
    assert revision(db_file) == "0003" and snapshot(db_file) == before
