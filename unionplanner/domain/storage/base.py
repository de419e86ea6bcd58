"""Declarative base, shared column helpers and the audit marker."""

from __future__ import annotations

from typing import cast

from sqlalchemy import MetaData, Table
from sqlalchemy.orm import DeclarativeBase

# Stable constraint names so Alembic migrations work the same on SQLite and PostgreSQL.
NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    """Base of every table. Subclass :class:`Audited` too for tables whose changes the audit
    log must record (plans, activities, units, imported values, office details)."""

    metadata = MetaData(naming_convention=NAMING_CONVENTION)


def table_of(model: type[Base]) -> Table:
    """The Core table of a mapped class, for bulk statements (ORM objects one by one are
    ~14× slower)."""
    return cast(Table, model.__table__)


class Audited:
    """Marker mixin: inserts, updates and deletes of these rows are written to ``audit_log``
    by :mod:`unionplanner.domain.storage.audit` (who, when, what, before/after)."""

    __audit_label__: str = ""  # the attribute that names a row in the log, e.g. "code"
