"""The office using the app (the "công đoàn cấp trên trực tiếp cơ sở") and its departments.

Nothing about the office is hard-coded: its name, parent body, place, level and symbol are
data, because offices change (district federations ended on 1/7/2025; commune, ward, sector
and industrial-zone unions took their place).
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

from sqlalchemy import JSON, Integer, String, select
from sqlalchemy.orm import Mapped, Session, mapped_column

from unionplanner.core.errors import UserError
from unionplanner.domain.storage.base import Audited, Base


class Office(Audited, Base):
    """The single office row.

    ``symbol`` is the issuer part of document numbers ("LĐLĐ" in "45/KH-LĐLĐ", Nghị định
    30/2020/NĐ-CP Phụ lục III); ``signers`` is a list of dicts
    ``{"authority": "TM. BAN THƯỜNG VỤ", "title": "CHỦ TỊCH", "name": "Nguyễn Văn A"}``.
    """

    __tablename__ = "office"
    __audit_label__ = "name"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(255))
    parent_body: Mapped[str] = mapped_column(String(255), default="")
    place: Mapped[str] = mapped_column(String(128), default="")
    symbol: Mapped[str] = mapped_column(String(32), default="")
    level: Mapped[str] = mapped_column(String(128), default="")
    signers: Mapped[list[dict[str, Any]]] = mapped_column(JSON, default=list)


class Department(Audited, Base):
    """A department (Ban) of the office, e.g. "Ban Tổ chức - Kiểm tra" ("Ban ToC-KT")."""

    __tablename__ = "department"
    __audit_label__ = "name"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(255), unique=True)
    short_name: Mapped[str] = mapped_column(String(64), default="")
    sort_order: Mapped[int] = mapped_column(Integer, default=0)


@dataclass
class OfficeDetails:
    """Plain office details as the UI and command line edit them."""

    name: str
    parent_body: str = ""
    place: str = ""
    symbol: str = ""
    level: str = ""
    signers: list[dict[str, Any]] = field(default_factory=list)


def get_office(session: Session) -> OfficeDetails | None:
    """The office details, or None while the database is new (show the welcome page)."""
    row = session.scalars(select(Office).order_by(Office.id).limit(1)).first()
    if row is None:
        return None
    return OfficeDetails(row.name, row.parent_body, row.place, row.symbol, row.level,
                         list(row.signers or []))


def save_office(session: Session, details: OfficeDetails) -> None:
    """Create or update the office row. Raises UserError when the name is empty."""
    from unionplanner.core.text import clean

    name = clean(details.name)
    if not name:
        raise UserError("Chưa nhập tên cơ quan. Hãy nhập tên đầy đủ, ví dụ "
                        "\"Công đoàn phường An Hòa\".")
    values = asdict(details)
    values = {k: (clean(v) if isinstance(v, str) else v) for k, v in values.items()}
    row = session.scalars(select(Office).order_by(Office.id).limit(1)).first()
    if row is None:
        session.add(Office(**values))
    else:
        for key, value in values.items():
            setattr(row, key, value)


def list_departments(session: Session) -> list[Department]:
    return list(session.scalars(select(Department).order_by(Department.sort_order,
                                                            Department.id)))


def save_departments(session: Session, rows: list[dict[str, Any]]) -> None:
    """Make the department list equal to ``rows`` (dicts with ``name``, ``short_name`` and,
    for existing ones, ``id``), in that order. Blank rows are dropped. Raises UserError for a
    name given twice."""
    from unionplanner.core.text import clean, fold

    wanted = [r for r in rows if clean(r.get("name"))]
    names = [fold(r["name"]) for r in wanted]
    duplicates = sorted({clean(r["name"]) for r, n in zip(wanted, names) if names.count(n) > 1})
    if duplicates:
        raise UserError("Tên ban bị trùng: " + ", ".join(duplicates) + ". Hãy sửa lại.")
    existing = {d.id: d for d in session.scalars(select(Department))}
    kept: set[int] = set()
    for order, row in enumerate(wanted):
        dept = existing.get(int(row["id"])) if row.get("id") is not None else None
        if dept is None:
            dept = Department()
            session.add(dept)
        else:
            kept.add(dept.id)
        dept.name = clean(row["name"])
        dept.short_name = clean(row.get("short_name", ""))
        dept.sort_order = order
    for dept_id, dept in existing.items():
        if dept_id not in kept:
            session.delete(dept)
