"""Tables for monthly tracking: the state of an activity in a month (with note, date done,
who, reason), the evidence attached to it, and the verdict on a qualitative target."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Boolean, Date, DateTime, ForeignKey, Index, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from unionplanner.domain.plans import models as _plans  # noqa: F401  (plan_activity, plan_target)
from unionplanner.domain.storage.base import Audited, Base


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


class ActivityCheck(Audited, Base):
    """What happened to activity ``activity_id`` in ``month`` ("YYYY-MM"): ``status`` one
    of :data:`unionplanner.domain.tracking.service.STATES`; ``note``; ``done_on`` the date it was
    done; ``done_by`` who did it or reported it; ``reason`` why it was not done."""

    __tablename__ = "activity_check"
    __audit_label__ = "month"

    id: Mapped[int] = mapped_column(primary_key=True)
    activity_id: Mapped[int] = mapped_column(ForeignKey("plan_activity.id", ondelete="CASCADE"))
    month: Mapped[str] = mapped_column(String(7))
    status: Mapped[str] = mapped_column(String(16))
    note: Mapped[str] = mapped_column(Text, default="")
    reason: Mapped[str] = mapped_column(Text, default="")
    done_on: Mapped[dt.date | None] = mapped_column(Date)
    done_by: Mapped[str] = mapped_column(String(255), default="")
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=_now,
                                                    onupdate=_now)

    evidence: Mapped[list[Evidence]] = relationship(
        back_populates="check", cascade="all, delete-orphan", order_by="Evidence.id")

    __table_args__ = (UniqueConstraint("activity_id", "month", name="uq_activity_check_month"),
                      Index("ix_activity_check_month", "month"))


class Evidence(Audited, Base):
    """A file (copied into the data folder; ``path`` relative to it) or a link proving a
    check."""

    __tablename__ = "check_evidence"
    __audit_label__ = "name"

    id: Mapped[int] = mapped_column(primary_key=True)
    check_id: Mapped[int] = mapped_column(ForeignKey("activity_check.id", ondelete="CASCADE"))
    kind: Mapped[str] = mapped_column(String(8))  # "file" or "link"
    name: Mapped[str] = mapped_column(String(255))
    location: Mapped[str] = mapped_column(Text)   # relative path for a file, URL for a link
    added_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=_now)

    check: Mapped[ActivityCheck] = relationship(back_populates="evidence")


class TargetCheck(Audited, Base):
    """The verdict on a qualitative target: ``met`` (None: not judged yet) and a note."""

    __tablename__ = "target_check"
    __audit_label__ = "note"

    id: Mapped[int] = mapped_column(primary_key=True)
    target_id: Mapped[int] = mapped_column(ForeignKey("plan_target.id", ondelete="CASCADE"),
                                           unique=True)
    met: Mapped[bool | None] = mapped_column(Boolean)
    note: Mapped[str] = mapped_column(Text, default="")
    checked_on: Mapped[dt.date | None] = mapped_column(Date)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=_now,
                                                    onupdate=_now)
