"""Tables for units (grassroots unions) and their alternative names."""

from __future__ import annotations

from datetime import date

from sqlalchemy import Date, ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from unionplanner.domain.storage.base import Audited, Base


class Unit(Audited, Base):
    """A grassroots union (or, for a province, an office below it).

    ``code`` is the office's own code ("SA001"), unique; ``sector`` is a code of
    :data:`unionplanner.domain.units.sectors.SECTORS`; ``workers`` (CNVCLĐ) and ``members`` (đoàn
    viên) are head counts in người. ``active_from``/``active_to`` bound the dates the unit
    existed (None = open); ``end_reason`` is "dissolved" or "merged" (then ``merged_into``
    names the unit that took it over). Ended units stay for history. ``phone``, ``email``
    and ``zalo`` (the name or number of its Zalo account) are how the office reaches it to
    remind it of a report.
    """

    __tablename__ = "unit"
    __audit_label__ = "code"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(32), unique=True)
    name: Mapped[str] = mapped_column(String(255))
    sector: Mapped[str] = mapped_column(String(16), default="khac")
    workers: Mapped[int | None]
    members: Mapped[int | None]
    active_from: Mapped[date | None] = mapped_column(Date)
    active_to: Mapped[date | None] = mapped_column(Date)
    end_reason: Mapped[str | None] = mapped_column(String(16))
    merged_into_id: Mapped[int | None] = mapped_column(ForeignKey("unit.id"))
    parent_id: Mapped[int | None] = mapped_column(ForeignKey("unit.id"))
    note: Mapped[str] = mapped_column(Text, default="")
    phone: Mapped[str] = mapped_column(String(64), default="", server_default="")
    email: Mapped[str] = mapped_column(String(255), default="", server_default="")
    zalo: Mapped[str] = mapped_column(String(128), default="", server_default="")

    aliases: Mapped[list[UnitAlias]] = relationship(
        back_populates="unit", cascade="all, delete-orphan", order_by="UnitAlias.id")

    __table_args__ = (Index("ix_unit_sector", "sector"),)

    def is_active(self, on: date) -> bool:
        """True if the unit existed on ``on``."""
        return self.active_between(on, on)

    def active_between(self, first: date, last: date) -> bool:
        """True if the unit existed on some day from ``first`` to ``last`` (a period)."""
        return ((self.active_from is None or self.active_from <= last)
                and (self.active_to is None or first <= self.active_to))


class UnitAlias(Audited, Base):
    """Another name a unit goes by in files ("TH Phước Hưng", a file name...); ``key`` is the
    folded form (:func:`unionplanner.core.text.fold`) that matching compares."""

    __tablename__ = "unit_alias"
    __audit_label__ = "alias"

    id: Mapped[int] = mapped_column(primary_key=True)
    unit_id: Mapped[int] = mapped_column(ForeignKey("unit.id", ondelete="CASCADE"))
    alias: Mapped[str] = mapped_column(String(255))
    key: Mapped[str] = mapped_column(String(255), index=True)

    unit: Mapped[Unit] = relationship(back_populates="aliases")
