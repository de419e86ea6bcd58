"""Office-wide settings kept in the database (``app_setting``), with their defaults."""

from __future__ import annotations

from typing import Any

from sqlalchemy.orm import Session

from unionplanner.domain.storage.models import Setting

DEFAULTS: dict[str, Any] = {
    "backup_keep_days": 30,  # days automatic backups are kept (storage.backup.prune_backups)
    "demo_rows": None,  # ids of the rows the demo added, by kind (domain.demo.record)
    "mail_account": None,  # the office's SMTP account, no password (domain.office.mail)
    "mailbox_account": None,  # where returns arrive (IMAP), no password (domain.collect.mailbox)
}


def get_setting(session: Session, key: str) -> Any:
    """The stored value of ``key`` or its default from :data:`DEFAULTS` (KeyError if the key
    is unknown)."""
    default = DEFAULTS[key]
    row = session.get(Setting, key)
    return default if row is None else row.value


def set_setting(session: Session, key: str, value: Any) -> None:
    if key not in DEFAULTS:
        raise KeyError(key)
    row = session.get(Setting, key)
    if row is None:
        session.add(Setting(key=key, value=value))
    else:
        row.value = value
