"""Tables owned by storage itself: the audit log, key/value settings, and files kept in a
server database."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, DateTime, Index, Integer, LargeBinary, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from unionplanner.domain.storage.base import Base


class AuditEntry(Base):
    """One change to an audited row.

    ``action`` is "create", "update" or "delete"; ``before``/``after`` hold the changed
    columns' values (JSON: dates as ISO text); ``user`` is the OS user name; ``at`` is UTC.
    """

    __tablename__ = "audit_log"

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    user: Mapped[str] = mapped_column(String(128))
    entity: Mapped[str] = mapped_column(String(64))
    entity_id: Mapped[int | None]
    action: Mapped[str] = mapped_column(String(16))
    label: Mapped[str] = mapped_column(Text, default="")
    before: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    after: Mapped[dict[str, Any] | None] = mapped_column(JSON)

    __table_args__ = (Index("ix_audit_log_entity", "entity", "entity_id"),)


class Setting(Base):
    """Office-wide settings stored with the data (e.g. ``backup_keep_days``).
    Per-PC settings (window geometry, last folders) live in QSettings instead."""

    __tablename__ = "app_setting"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[Any] = mapped_column(JSON)


class KeptFile(Base):
    """A file kept with the data on a server database (a grassroots unit's original report, an
    evidence attachment), so every PC can open it: ``path`` is relative to the files folder
    ("received/2023-05/…xlsx", "evidence/12/anh.jpg"), ``content`` the bytes. A SQLite
    database keeps these files in the folder beside it instead (see storage.files)."""

    __tablename__ = "kept_file"

    id: Mapped[int] = mapped_column(primary_key=True)
    path: Mapped[str] = mapped_column(String(1024), unique=True)
    size: Mapped[int] = mapped_column(Integer)
    content: Mapped[bytes] = mapped_column(LargeBinary)
