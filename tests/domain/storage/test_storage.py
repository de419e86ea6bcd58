"""Database settings, migrations, backups, restore, integrity check, instance lock."""

import datetime as dt
import os
import sqlite3
import subprocess
import sys

import pytest
from sqlalchemy import func, select, text

from tests.conftest import POSTGRES
from unionplanner.core import paths
from unionplanner.domain.storage import backup, errors
from unionplanner.domain.storage.database import open_database
from unionplanner.domain.storage.lock import InstanceLock
from unionplanner.domain.storage.migrate import current_revision, head_revision
from unionplanner.domain.units.models import Unit


def add_unit(db, code="A1"):
    with db.transaction() as s:
        s.add(Unit(code=code, name=f"CĐCS {code}", sector="hcsn"))


def unit_codes(db_file):
    conn = sqlite3.connect(db_file)
    try:
        return sorted(r[0] for r in conn.execute("SELECT code FROM unit"))
    finally:
        conn.close()


@pytest.mark.sqlite_only
def test_sqlite_is_opened_safely(db):
    with db.engine.connect() as conn:
        assert conn.execute(text("PRAGMA foreign_keys")).scalar() == 1
        assert conn.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert conn.execute(text("PRAGMA busy_timeout")).scalar() >= 5000
        assert conn.execute(text("PRAGMA synchronous")).scalar() == 2  # FULL


def test_head_revision_constant_matches_the_migrations():
    from unionplanner.domain.storage.migrate import HEAD_REVISION

    assert head_revision() == HEAD_REVISION, "update HEAD_REVISION in storage/migrate.py"


@pytest.mark.sqlite_only
def test_new_database_is_at_the_head_revision_without_a_backup(db):
    assert current_revision(db) == head_revision()
    assert backup.list_backups(db.file) == []


@pytest.mark.sqlite_only
def test_migrating_an_existing_database_backs_it_up_first(data_dir):
    from alembic import command

    from unionplanner.domain.storage.revisions import alembic_config

    db_file = data_dir / "old.sqlite3"
    db = open_database(str(db_file))
    with db.engine.begin() as conn:
        command.downgrade(alembic_config(conn), "base")  # as if made by a version before 0001
    db.dispose()
    db = open_database(str(db_file))
    try:
        assert current_revision(db) == head_revision()
        kinds = [b.kind for b in backup.list_backups(db_file)]
        assert kinds == ["pre-migrate"]
    finally:
        db.dispose()


@pytest.mark.sqlite_only
def test_a_database_from_a_newer_version_is_refused(db):
    with db.engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = 'ffff9999'"))
    with pytest.raises(errors.NewerSchemaError, match="phiên bản UnionPlanner mới hơn"):
        open_database(str(db.file)).dispose()


def test_a_failed_transaction_writes_nothing(db):
    with pytest.raises(RuntimeError):
        with db.transaction() as s:
            s.add(Unit(code="A1", name="Một", sector="hcsn"))
            s.flush()
            raise RuntimeError("boom")
    with db.session() as s:
        assert s.scalar(select(func.count()).select_from(Unit)) == 0


def test_foreign_keys_are_enforced(db):
    with pytest.raises(Exception):
        with db.transaction() as s:
            s.add(Unit(code="A1", name="Một", sector="hcsn", merged_into_id=999))


@pytest.mark.sqlite_only
def test_read_only_database_refuses_writes_plainly(db):
    add_unit(db)
    reader = open_database(str(db.file), read_only=True)
    try:
        with reader.session() as s:
            assert s.scalar(select(func.count()).select_from(Unit)) == 1
        with pytest.raises(errors.ReadOnlyError, match="chỉ đọc"):
            with reader.transaction():
                pass
        with pytest.raises(errors.ReadOnlyError):  # even past the guard, SQLite refuses
            with reader.session() as s, s.begin():
                s.add(Unit(code="B1", name="Hai", sector="hcsn"))
    finally:
        reader.dispose()


def _sqlite_error(code: int, message: str) -> sqlite3.Error:
    exc = sqlite3.OperationalError(message)
    exc.sqlite_errorcode = code  # as the sqlite3 module sets it
    return exc


@pytest.mark.parametrize("code, message, kind", [
    (5, "database is locked", errors.DatabaseLockedError),             # SQLITE_BUSY
    (13, "database or disk is full", errors.DiskFullError),            # SQLITE_FULL
    (8, "attempt to write a readonly database", errors.ReadOnlyError),  # SQLITE_READONLY
    (26, "file is not a database", errors.CorruptDatabaseError),       # SQLITE_NOTADB
    (10, "disk I/O error", errors.DiskIOError),                        # SQLITE_IOERR
    (778, "disk I/O error", errors.DiskIOError),                       # SQLITE_IOERR_WRITE
    (1032, "tệp chỉ đọc", errors.ReadOnlyError),  # SQLITE_READONLY_DBMOVED, another wording
])
def test_fixable_sqlite_errors_become_typed_vietnamese_errors(code, message, kind):
    typed = errors.translate(_sqlite_error(code, message))
    assert isinstance(typed, kind)
    assert typed.message and not typed.message.isascii()
    assert errors.translate(ValueError("a bug")) is None
    # the code decides, never the words: a constraint error that mentions a lock is a bug
    assert errors.translate(_sqlite_error(19, "database is locked")) is None


@pytest.mark.parametrize("sqlstate, words", [
    ("28P01", "từ chối đăng nhập"),       # invalid_password
    ("3D000", "chưa có cơ sở dữ liệu"),   # invalid_catalog_name
    ("08006", "Không kết nối được"),      # connection_failure
    ("40P01", "thử lại"),                 # deadlock_detected
])
def test_server_errors_are_recognised_by_sqlstate_in_any_language(sqlstate, words):
    """A server with lc_messages='vi_VN.UTF-8' words its errors in Vietnamese: only the
    SQLSTATE says what happened."""
    import psycopg

    typed = errors.translate(psycopg.errors.lookup(sqlstate)(
        "lỗi bằng tiếng Việt: xác thực mật khẩu thất bại"))
    assert isinstance(typed, errors.ServerError) and words in typed.message
    assert errors.translate(psycopg.errors.lookup("23505")("password authentication")) is None


@pytest.mark.skipif(not POSTGRES, reason="needs the PostgreSQL test server")
def test_a_server_that_answers_but_refuses_is_told_from_one_that_does_not_answer():
    import psycopg
    from sqlalchemy.engine import make_url

    server = make_url(POSTGRES)
    with pytest.raises(psycopg.OperationalError) as refused:
        psycopg.connect(host=server.host, port=server.port, user=server.username,
                        dbname="khong_co_csdl_nay")
    typed = errors.translate(refused.value)
    assert "từ chối kết nối" in typed.message and "khong_co_csdl_nay" in typed.message
    with pytest.raises(psycopg.OperationalError) as silent:
        psycopg.connect(host="127.0.0.1", port=1, user="x", dbname="y", connect_timeout=3)
    assert "Không kết nối được" in errors.translate(silent.value).message


@pytest.mark.sqlite_only
def test_backup_and_restore_round_trip(db):
    add_unit(db, "A1")
    copy = backup.backup_database(db.file)
    assert copy.parent == db.file.parent / "backups" and copy.name.endswith("-manual.sqlite3")
    add_unit(db, "B2")
    db.dispose()
    saved = backup.restore_database(db.file, copy)
    assert unit_codes(db.file) == ["A1"]
    assert unit_codes(saved) == ["A1", "B2"]  # what was there before the restore is kept
    assert [b.kind for b in backup.list_backups(db.file)].count("pre-restore") == 1


@pytest.mark.sqlite_only
def test_restore_refuses_files_that_are_not_our_backups(db, tmp_path):
    add_unit(db, "A1")
    junk = tmp_path / "junk.sqlite3"
    junk.write_bytes(b"not a database at all" * 100)
    with pytest.raises(errors.CorruptDatabaseError):
        backup.restore_database(db.file, junk)
    other = tmp_path / "other.sqlite3"
    sqlite3.connect(other).execute("CREATE TABLE t (x)").connection.close()
    with pytest.raises(errors.UserError, match="không phải bản sao lưu"):
        backup.restore_database(db.file, other)
    fifo = tmp_path / "fifo.sqlite3"
    os.mkfifo(fifo)
    with pytest.raises(errors.UserError, match="\"fifo.sqlite3\" không phải một tệp thông thường"):
        backup.restore_database(db.file, fifo)
    assert unit_codes(db.file) == ["A1"]


@pytest.mark.sqlite_only
@pytest.mark.parametrize("tampering, named", [
    # issue 29 item 2: after one ordinary edit every unit's e-mail became the attacker's
    ("CREATE TRIGGER doi_email AFTER UPDATE ON unit BEGIN "
     "UPDATE unit SET email = 'ke-gian@example.com'; END",
     "trình kích hoạt (trigger) lạ: doi_email"),
    ("CREATE VIEW tat_ca AS SELECT * FROM unit", "khung nhìn (view) lạ: tat_ca"),
    ("CREATE TABLE them (x)", "bảng lạ: them"),
    ("CREATE INDEX ix_them ON unit (email)", "chỉ mục lạ: ix_them"),
    ("DROP INDEX ix_activity_check_month", "thiếu chỉ mục ix_activity_check_month"),
    ("ALTER TABLE unit ADD COLUMN ghi_chu TEXT", "bảng unit khác với mẫu"),
])
def test_restore_refuses_a_backup_with_what_the_program_never_makes(db, tampering, named):
    add_unit(db, "A1")
    copy = backup.backup_database(db.file)
    conn = sqlite3.connect(copy)
    conn.execute(tampering)
    conn.commit()
    conn.close()
    add_unit(db, "B2")
    db.dispose()
    with pytest.raises(errors.UserError, match="cấu trúc khác") as refused:
        backup.restore_database(db.file, copy)
    assert named in "\n".join(refused.value.details)
    assert unit_codes(db.file) == ["A1", "B2"]  # nothing replaced
    assert not [b for b in backup.list_backups(db.file) if b.kind == "pre-restore"]


@pytest.mark.sqlite_only
def test_restore_refuses_a_backup_with_rows_pointing_nowhere(db):
    add_unit(db, "A1")
    copy = backup.backup_database(db.file)
    conn = sqlite3.connect(copy)  # foreign keys are off on a plain connection
    required = [c[1] for c in conn.execute("PRAGMA table_info(activity_check)") if c[3]]
    values = {name: "2026-01-01" for name in required} | {"id": 99, "activity_id": 12345}
    conn.execute(f"INSERT INTO activity_check ({', '.join(values)}) VALUES "
                 f"({', '.join('?' * len(values))})", list(values.values()))
    conn.commit()
    conn.close()
    db.dispose()
    with pytest.raises(errors.CorruptDatabaseError, match="trỏ tới dòng không có"):
        backup.restore_database(db.file, copy)


@pytest.mark.sqlite_only
def test_a_damaged_database_is_detected_and_restored_from_the_last_good_backup(db):
    add_unit(db, "A1")
    good = backup.backup_database(db.file, kind="auto")
    db.dispose()
    for suffix in ("-wal", "-shm"):
        paths.Path(str(db.file) + suffix).unlink(missing_ok=True)
    raw = bytearray(db.file.read_bytes())
    raw[100:4096] = b"\xff" * (4096 - 100)  # smash the first page after the header
    db.file.write_bytes(bytes(raw))
    ok, _ = backup.integrity_check(db.file)
    assert not ok
    assert backup.latest_good_backup(db.file).path == good
    backup.restore_database(db.file, good)
    assert backup.integrity_check(db.file)[0]
    assert unit_codes(db.file) == ["A1"]
    assert db.file.with_name(db.file.name + ".damaged").exists()


@pytest.mark.sqlite_only
def test_automatic_backups_are_daily_and_pruned(db):
    add_unit(db)
    day = dt.datetime(2026, 3, 1, 9, 0)
    assert backup.auto_backup(db.file, keep_days=30, now=day) is not None
    assert backup.auto_backup(db.file, keep_days=30, now=day) is None  # once a day
    folder = db.file.parent / "backups"
    for days_ago in range(1, 60, 5):  # fabricate older automatic copies
        made = day - dt.timedelta(days=days_ago)
        (folder / f"{db.file.stem}-{made:%Y%m%d-%H%M%S}-auto.sqlite3").write_bytes(b"x")
    manual = backup.backup_database(db.file)
    deleted = backup.prune_backups(db.file, keep_days=30, now=day)
    assert deleted and all((day - b.made).days <= 30 or b.kind != "auto"
                           for b in backup.list_backups(db.file))
    assert manual.exists()


@pytest.mark.sqlite_only
def test_second_instance_is_told_and_a_killed_holder_frees_the_lock(db):
    first = InstanceLock(db.file)
    first.acquire()
    with pytest.raises(errors.AlreadyOpenError, match="cửa sổ UnionPlanner khác"):
        InstanceLock(db.file).acquire()
    first.release()
    holder = subprocess.Popen(
        [sys.executable, "-c",
         "import sys, time; from pathlib import Path;"
         "from unionplanner.domain.storage.lock import InstanceLock;"
         f"l = InstanceLock(Path({str(db.file)!r})); l.acquire(); print('held', flush=True);"
         "time.sleep(60)"], stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "held"
        with pytest.raises(errors.AlreadyOpenError):
            InstanceLock(db.file).acquire()
    finally:
        holder.kill()
        holder.wait()
    again = InstanceLock(db.file)
    again.acquire()
    again.release()


@pytest.mark.sqlite_only
def test_paths_resolve_database_urls(data_dir, tmp_path):
    assert paths.resolve_db_url(None) == f"sqlite:///{data_dir / 'unionplanner.sqlite3'}"
    assert paths.resolve_db_url("postgresql://u@h/db") == "postgresql+psycopg://u@h/db"
    assert paths.resolve_db_url("postgres://u@h/db") == "postgresql+psycopg://u@h/db"
    assert paths.resolve_db_url("postgresql+psycopg://u@h/db") == "postgresql+psycopg://u@h/db"
    assert paths.sqlite_file(paths.resolve_db_url(tmp_path / "x.db")) == tmp_path / "x.db"
    assert paths.sqlite_file("postgresql://u@h/db") is None
    assert paths.sqlite_file("sqlite://") is None


def test_bundled_resources_are_found():
    for name in (*paths.FONT_FILES, paths.APP_ICON):
        assert paths.resource_file(name).stat().st_size > 0
    assert paths.translation_file("vi").stat().st_size > 0
    with pytest.raises(FileNotFoundError, match="Thiếu tệp"):
        paths.resource_file("fonts/none.ttf")


def test_models_and_migrations_agree(db):
    """A model change without its Alembic revision fails here (run `make migration`)."""
    from alembic.autogenerate import compare_metadata
    from alembic.runtime.migration import MigrationContext

    from unionplanner.domain.storage.schema import load_all_models

    with db.engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), load_all_models())
    assert diff == []


@pytest.mark.sqlite_only
@pytest.mark.parametrize("folder", ["Phòng #2", "Tài liệu 100%", "a%23b", "Công đoàn #1 (2025)"])
def test_sqlite_files_in_folders_with_hash_percent_and_vietnamese_names(tmp_path, folder):
    """"#", "%" (and "%23", which decodes to "#") in a folder name: the database, its
    read-only second opening and its backups all use that very file (a ``file:`` URI built
    from the bare path opened another file and dropped read-only mode)."""
    db_file = tmp_path / folder / "unionplanner.sqlite3"
    db = open_database(str(db_file))
    try:
        add_unit(db, "A1")
    finally:
        db.dispose()
    assert db_file.is_file() and sorted(p.name for p in tmp_path.rglob("*.sqlite3")) == [
        "unionplanner.sqlite3"]
    reader = open_database(str(db_file), read_only=True)
    try:
        with reader.session() as s:
            assert s.scalar(select(func.count()).select_from(Unit)) == 1
        with pytest.raises(errors.ReadOnlyError):
            with reader.session() as s, s.begin():
                s.add(Unit(code="B1", name="Hai", sector="hcsn"))
    finally:
        reader.dispose()
    copy = backup.backup_database(db_file)
    assert copy.parent == db_file.parent / "backups" and unit_codes(copy) == ["A1"]
    assert paths.sqlite_uri(db_file, read_only=True).endswith("?mode=ro")


@pytest.mark.sqlite_only
def test_restoring_a_newer_versions_backup_is_refused_before_anything_changes(db):
    """A backup made by a newer version used to replace the working database first and then
    fail on its version, leaving every later command broken. It is now refused up front."""
    add_unit(db, "A1")
    copy = backup.backup_database(db.file)
    conn = sqlite3.connect(copy)
    conn.execute("UPDATE alembic_version SET version_num = '0099'")
    conn.commit()
    conn.close()
    add_unit(db, "B2")
    db.dispose()
    before = db.file.read_bytes()
    with pytest.raises(errors.UserError, match="phiên bản UnionPlanner mới hơn.*không thay đổi"):
        backup.restore_database(db.file, copy)
    assert db.file.read_bytes() == before and unit_codes(db.file) == ["A1", "B2"]
    assert [b.kind for b in backup.list_backups(db.file)].count("pre-restore") == 0
    open_database(str(db.file)).dispose()  # still opens


@pytest.mark.sqlite_only
def test_a_backup_damaged_inside_its_text_is_refused_plainly(db):
    """Found by the fuzz run over every reader: a backup whose stored text is not UTF-8 (a
    flipped byte in the version row) escaped as UnicodeDecodeError. It is refused with the
    ordinary message, and the current data is untouched."""
    add_unit(db, "A1")
    copy = backup.backup_database(db.file)
    conn = sqlite3.connect(copy)
    conn.execute("UPDATE alembic_version SET version_num = CAST(X'30308a36' AS TEXT)")
    conn.commit()
    conn.close()
    db.dispose()
    before = db.file.read_bytes()
    with pytest.raises(errors.UserError):
        backup.restore_database(db.file, copy)
    assert db.file.read_bytes() == before


@pytest.mark.sqlite_only
def test_two_backups_in_one_second_are_both_kept(db):
    """Issue 29 item 9: the second copy of a second replaced the first."""
    add_unit(db, "A1")
    moment = dt.datetime(2026, 3, 1, 9, 0, 0)
    first = backup.backup_database(db.file, now=moment)
    add_unit(db, "B2")
    second = backup.backup_database(db.file, now=moment)
    third = backup.backup_database(db.file, now=moment)
    assert len({first, second, third}) == 3 and second.name.endswith("-manual.2.sqlite3")
    assert unit_codes(first) == ["A1"] and unit_codes(second) == ["A1", "B2"]
    listed = [b.path for b in backup.list_backups(db.file)]
    assert listed[:3] == [third, second, first]  # the newest copy of that second first
    assert {b.kind for b in backup.list_backups(db.file)} == {"manual"}


@pytest.mark.skipif(not POSTGRES, reason="needs the PostgreSQL test server")
def test_two_pcs_opening_an_empty_server_at_once_both_open_it():
    """Issue 29 item 7: one of two first starts failed with an IntegrityError traceback (both
    made the schema). The migrations hold an advisory lock: the second waits, then finds the
    schema made."""
    import threading

    from sqlalchemy.engine import make_url

    from tests.conftest import _admin
    from unionplanner.domain.storage.database import open_database
    from unionplanner.domain.storage.migrate import HEAD_REVISION, current_revision

    name = "unionplanner_two_first_starts"
    _admin(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
    _admin(f"CREATE DATABASE {name}")
    url = make_url(POSTGRES).set(database=name).render_as_string(hide_password=False)
    start = threading.Barrier(2)
    results: list[object] = []

    def first_start() -> None:
        start.wait()
        try:
            db = open_database(url)
            results.append(current_revision(db))
            db.dispose()
        except BaseException as exc:  # noqa: BLE001 - asserted below
            results.append(exc)

    try:
        threads = [threading.Thread(target=first_start) for _ in range(2)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(60)
        assert results == [HEAD_REVISION, HEAD_REVISION]
    finally:
        _admin(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")


@pytest.mark.sqlite_only
def test_a_restore_where_nothing_can_be_written_is_a_sentence_not_a_traceback(db, tmp_path,
                                                                              monkeypatch):
    """Issue 29 item 9: a restore into a read-only data folder printed a traceback (the
    copy of the data before the restore could not be made). The data is unchanged."""
    from unionplanner.core import paths as core_paths

    add_unit(db, "A1")
    copy = backup.backup_database(db.file)
    add_unit(db, "B2")
    db.dispose()
    blocked = tmp_path / "a file, not a folder"
    blocked.write_text("")
    monkeypatch.setattr(core_paths, "backups_dir",
                        lambda _db_file: (blocked / "backups").mkdir(parents=True))
    with pytest.raises(errors.UserError, match="Không tạo được thư mục sao lưu"):
        backup.restore_database(db.file, copy)
    assert unit_codes(db.file) == ["A1", "B2"]


@pytest.mark.sqlite_only
def test_a_backup_whose_schema_text_is_not_utf8_is_judged_not_a_crash(db):
    """The long fuzz (issue 29): a backup whose stored schema had bytes that are not UTF-8
    made the new schema check raise OperationalError ("Could not decode to UTF-8"). The
    schema is compared by its tables and columns: bytes inside a comment change neither,
    so this one is restored; either way the answer is a restore or a sentence."""
    add_unit(db, "A1")
    copy = backup.backup_database(db.file)
    db.dispose()
    conn = sqlite3.connect(copy)
    sql = conn.execute("SELECT sql FROM sqlite_master WHERE name = 'unit'").fetchone()[0]
    damaged = sql.encode().replace(b"VARCHAR(255)", b"VARCHAR(255) /*\xff\xfe*/", 1)
    conn.execute("PRAGMA writable_schema = ON")
    conn.execute("UPDATE sqlite_master SET sql = CAST(? AS TEXT) WHERE name = 'unit'",
                 (damaged,))
    conn.commit()
    conn.close()
    backup.restore_database(db.file, copy)
    assert unit_codes(db.file) == ["A1"] and backup.integrity_check(db.file)[0]


@pytest.mark.sqlite_only
@pytest.mark.skipif(sys.platform == "win32", reason="RLIMIT_FSIZE stands in for a full disk")
def test_a_write_onto_a_full_disk_says_so_and_keeps_the_data(db):
    """Issue 29: a write that failed for lack of room ("disk I/O error", SQLITE_IOERR) was
    called a damaged database, telling the clerk to restore a backup. A file-size limit in a
    forked writer (what a full disk looks like to SQLite) stands in for the full disk."""
    import os
    import resource
    import signal

    add_unit(db)
    said = db.file.parent / "said.txt"
    db.dispose()
    pid = os.fork()
    if pid == 0:
        code = 2
        try:
            signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # the write fails with EFBIG
            size = db.file.stat().st_size
            resource.setrlimit(resource.RLIMIT_FSIZE, (size + 4096, size + 4096))
            try:
                with db.transaction() as session:
                    session.add_all(Unit(code=f"X{n}", name="Đơn vị " + "x" * 2000,
                                         sector="hcsn") for n in range(2000))
            except errors.StorageError as exc:
                said.write_text(f"{type(exc).__name__}|{exc.message}", encoding="utf-8")
                code = 1
        finally:
            os._exit(code)
    _, status = os.waitpid(pid, 0)
    assert os.WEXITSTATUS(status) == 1
    kind, message = said.read_text(encoding="utf-8").split("|")
    assert kind in ("DiskIOError", "DiskFullError") and "ổ đĩa" in message
    assert "bị hỏng" not in message
    with db.session() as session:
        assert session.scalar(select(func.count()).select_from(Unit)) == 1
