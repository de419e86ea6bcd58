"""Where the schema migrations are, and which revisions this version of the app knows —
without importing Alembic (backups are checked against them before a restore)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS_DIR = Path(__file__).with_name("migrations")


def known_revisions() -> set[str]:
    """The revisions this version of the app can open or migrate from ("0001" … the head),
    read from the migration files' names."""
    return {path.name.split("_", 1)[0] for path in (MIGRATIONS_DIR / "versions").glob("*.py")
            if path.name[:4].isdigit()}


def alembic_config(connection: Any = None) -> Config:
    """Alembic's configuration for the bundled migrations, to run on ``connection`` (a
    SQLAlchemy Connection; None for a developer's shell, see migrations/env.py)."""
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    cfg.attributes["connection"] = connection
    return cfg
