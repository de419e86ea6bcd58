"""Tables owned by storage itself: the audit log and key/value settings."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, DateTime, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from unionplanner.storage.base import Base


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
