"""The audit log: every change to an :class:`~unionplanner.domain.storage.base.Audited` row is
recorded in the same transaction as the change itself (who = OS user, when = UTC now, what =
table, row id and label, before/after of the changed columns).

Installed once per session factory by :func:`install`. Bulk inserts through SQLAlchemy Core
(imported values) bypass it; such code calls :func:`record` itself, once per batch.
"""

from __future__ import annotations

import datetime as dt
import decimal
import getpass
from typing import Any

from sqlalchemy import event, insert, inspect
from sqlalchemy.orm import Session

from unionplanner.domain.storage.base import Audited
from unionplanner.domain.storage.models import AuditEntry


def current_user() -> str:
    """The OS user name, or "?" where the OS will not say."""
    try:
        return getpass.getuser()
    except Exception:  # no USER/LOGNAME and no pwd entry (some Windows services)
        return "?"


def _jsonable(value: Any) -> Any:
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    if isinstance(value, decimal.Decimal):
        return str(value)
    if isinstance(value, (list, tuple)):
        return [_jsonable(v) for v in value]
    if isinstance(value, dict):
        return {str(k): _jsonable(v) for k, v in value.items()}
    return value


def _columns(obj: Any) -> dict[str, Any]:
    state = inspect(obj)
    return {attr.key: _jsonable(getattr(obj, attr.key)) for attr in state.mapper.column_attrs}


def _label(obj: Any) -> str:
    name = getattr(type(obj), "__audit_label__", "")
    return str(getattr(obj, name, "") or "") if name else ""


def _entries(session: Session) -> list[dict[str, Any]]:
    now = dt.datetime.now(dt.UTC)
    user = current_user()
    rows: list[dict[str, Any]] = []

    def add(obj: Any, action: str, before: dict | None, after: dict | None) -> None:
        state = inspect(obj)
        ident = state.mapper.primary_key_from_instance(obj)
        rows.append(
            dict(
                at=now,
                user=user,
                entity=state.mapper.local_table.name,
                entity_id=ident[0] if len(ident) == 1 else None,
                action=action,
                label=_label(obj),
                before=before,
                after=after,
            )
        )

    for obj in session.new:
        if isinstance(obj, Audited):
            add(obj, "create", None, _columns(obj))
    for obj in session.dirty:
        if not isinstance(obj, Audited):
            continue
        state = inspect(obj)
        before: dict[str, Any] = {}
        after: dict[str, Any] = {}
        for attr in state.mapper.column_attrs:
            hist = state.attrs[attr.key].history
            if hist.has_changes() and hist.deleted != hist.added:
                before[attr.key] = _jsonable(hist.deleted[0] if hist.deleted else None)
                after[attr.key] = _jsonable(hist.added[0] if hist.added else None)
        if after:
            add(obj, "update", before, after)
    for obj in session.deleted:
        if isinstance(obj, Audited):
            add(obj, "delete", _columns(obj), None)
    return rows


def _after_flush(session: Session, flush_context: Any) -> None:
    rows = _entries(session)
    if rows:
        session.connection().execute(insert(AuditEntry), rows)


def install(session_class: type[Session]) -> None:
    """Record audited changes on every flush of sessions of ``session_class``."""
    if not event.contains(session_class, "after_flush", _after_flush):
        event.listen(session_class, "after_flush", _after_flush)


def record(session: Session, entity: str, action: str, label: str = "",
           entity_id: int | None = None, before: dict | None = None,
           after: dict | None = None) -> None:
    """Write one audit entry by hand (for Core bulk writes such as an import batch)."""
    session.execute(
        insert(AuditEntry),
        [dict(at=dt.datetime.now(dt.UTC), user=current_user(), entity=entity,
              entity_id=entity_id, action=action, label=label,
              before=_jsonable(before), after=_jsonable(after))],
    )
