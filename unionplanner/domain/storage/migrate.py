"""Schema migrations with Alembic, applied when the database is opened.

The revisions live in ``storage/migrations/versions`` (bundled with the app). An existing
SQLite file is copied to the backups folder before any revision runs, so a failed or unwanted
upgrade can be undone with ``unionplanner restore``.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Protocol

from sqlalchemy import Engine, inspect, text

from unionplanner.domain.storage.revisions import MIGRATIONS_DIR, alembic_config, known_revisions  # noqa: F401 - re-exported

logger = logging.getLogger(__name__)


class Database(Protocol):
    """What migrating needs of an open database
    (:class:`unionplanner.domain.storage.database.Database`, which opens this module):
    its engine and, for SQLite, its file (None on a server)."""

    @property
    def engine(self) -> Engine: ...

    @property
    def file(self) -> Path | None: ...


#: The newest revision in ``migrations/versions``. Opening a database already at this
#: revision skips importing Alembic (~0.2 s of start-up). Update it with every new revision;
#: ``tests/domain/storage/test_storage.py`` checks it against Alembic's own head.
HEAD_REVISION = "0013"
#: the PostgreSQL advisory lock key the migrations hold ("UPMIGRAT" read as a number)
MIGRATION_LOCK = 0x55504D4947524154


def head_revision() -> str:
    """The newest revision this version of the app knows."""
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None, "migrations/versions has no revision"
    return head


def current_revision(db: Database) -> str | None:
    """The revision stored in ``db`` (None for an empty database)."""
    with db.engine.connect() as conn:
        if not inspect(conn).has_table("alembic_version"):
            return None
        rows = conn.execute(text("SELECT version_num FROM alembic_version")).all()
    return rows[0][0] if len(rows) == 1 else None


def upgrade(db: Database, *, backup: bool = True) -> bool:
    """Bring ``db`` to the head revision; return True if anything ran.

    Raises NewerSchemaError when ``db`` has a revision this app does not know.
    """
    current = current_revision(db)
    if current == HEAD_REVISION:
        return False
    from alembic import command
    from alembic.script import ScriptDirectory

    from unionplanner.domain.storage.errors import NewerSchemaError

    script = ScriptDirectory.from_config(alembic_config())
    if current == script.get_current_head():
        return False
    if current is not None:
        try:
            script.get_revision(current)
        except Exception as exc:
            raise NewerSchemaError(current) from exc
    if backup and db.file is not None and db.file.exists():
        with db.engine.connect() as conn:
            has_tables = bool(inspect(conn).get_table_names())
        if has_tables:
            from unionplanner.domain.storage.backup import backup_database

            backup_database(db.file, kind="pre-migrate")
    logger.info("migrating the database from revision %s to %s", current, HEAD_REVISION)
    with db.engine.connect() as conn:
        sqlite = conn.dialect.name == "sqlite"
        if sqlite:
            # a batch step copies a table and drops the old one: with foreign keys enforced,
            # the drop would delete every row that refers to it (ON DELETE CASCADE) — the
            # rule Alembic's batch mode documents. Off outside the transaction, checked after.
            conn.exec_driver_sql("PRAGMA foreign_keys=OFF")
            conn.commit()
        try:
            try:
                with conn.begin():
                    if sqlite:
                        # Python's sqlite3 opens a transaction before INSERT/UPDATE/DELETE only:
                        # without this BEGIN each CREATE/ALTER of the steps committed on its own,
                        # and a program killed between two of them left a database no later start
                        # could upgrade ("table activity_check already exists")
                        conn.exec_driver_sql("BEGIN IMMEDIATE")
                    else:
                        # two PCs opening an empty shared server at once: one migrates, the
                        # other waits here, then finds the schema made (Alembic reads the
                        # revision again under the lock) instead of an IntegrityError
                        conn.exec_driver_sql(f"SELECT pg_advisory_xact_lock({MIGRATION_LOCK})")
                    command.upgrade(alembic_config(conn), "head")
                    if sqlite and (broken := conn.exec_driver_sql("PRAGMA foreign_key_check")
                                   .all()):
                        logger.warning("after the migration %d row(s) refer to missing rows: %s",
                                       len(broken), broken[:5])
            except Exception as exc:  # rolled back: the data is as it was
                from unionplanner.domain.storage.backup import failed_upgrade

                raise failed_upgrade(db.file, current, exc) from exc
        finally:
            if sqlite:
                conn.exec_driver_sql("PRAGMA foreign_keys=ON")
                conn.commit()
    logger.info("database migrated to revision %s", HEAD_REVISION)
    return True
