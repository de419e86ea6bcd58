"""Which rows are demo data: the ids the demo added, by kind, kept in the setting
``demo_rows`` — so "Xóa dữ liệu mẫu" removes exactly those and nothing the office entered.

Shape: ``{"office": bool, "departments": [id], "units": [id], "plans": [id], "forms": [id],
"batches": [id]}``.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy.orm import Session

from unionplanner.domain.storage.settings import get_setting, set_setting

KINDS = ("departments", "units", "plans", "forms", "batches")


def demo_rows(session: Session) -> dict[str, Any] | None:
    """The recorded demo rows, or None when there is no demo data."""
    rows = get_setting(session, "demo_rows")
    return rows if rows else None


def record(session: Session, *, office: bool = False, **ids: list[int]) -> None:
    """Add ``ids`` (by kind, see :data:`KINDS`) to the recorded demo rows."""
    rows = dict(demo_rows(session) or {"office": False, **{kind: [] for kind in KINDS}})
    rows["office"] = rows.get("office", False) or office
    for kind, values in ids.items():
        if kind not in KINDS:
            raise KeyError(kind)
        rows[kind] = sorted(set(rows.get(kind, [])) | set(values))
    set_setting(session, "demo_rows", rows)


def forget(session: Session) -> None:
    """No demo data any more."""
    set_setting(session, "demo_rows", None)
