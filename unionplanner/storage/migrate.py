"""Schema migrations with Alembic, applied when the database is opened.

The revisions live in ``storage/migrations/versions`` (bundled with the app). An existing
SQLite file is copied to the backups folder before any revision runs, so a failed or unwanted
upgrade can be undone with ``unionplanner restore``.
"""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import inspect

MIGRATIONS_DIR = Path(__file__).with_name("migrations")


def _config(connection=None):
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    cfg.attributes["connection"] = connection
    return cfg


def head_revision() -> str:
    """The newest revision this version of the app knows."""
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(_config()).get_current_head()


def current_revision(db) -> str | None:
    """The revision stored in ``db`` (None for an empty database)."""
    from alembic.runtime.migration import MigrationContext

    with db.engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def upgrade(db, *, backup: bool = True) -> bool:
    """Bring ``db`` to the head revision; return True if anything ran.

    Raises NewerSchemaError when ``db`` has a revision this app does not know.
    """
    from alembic import command
    from alembic.script import ScriptDirectory

    from unionplanner.storage.errors import NewerSchemaError

    script = ScriptDirectory.from_config(_config())
    head = script.get_current_head()
    current = current_revision(db)
    if current == head:
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
            from unionplanner.storage.backup import backup_database

            backup_database(db.file, kind="pre-migrate")
    with db.engine.begin() as conn:
        command.upgrade(_config(conn), "head")
    return True
