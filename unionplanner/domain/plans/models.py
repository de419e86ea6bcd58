"""Tables for plans: the plan (header columns, its outline and closing as JSON), its
activities, targets and deadlines as rows (tracking and summaries query them), earlier
revisions of issued plans, and templates saved by the office."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import (
    JSON,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from unionplanner.domain.plans.document import PlanStatus, TargetShape
from unionplanner.domain.report_forms import models as _forms  # noqa: F401  (report_form, for the deadline FK)
from unionplanner.domain.storage.base import Audited, Base


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


class Plan(Audited, Base):
    """A plan. ``origin`` is "own" for the office's plans and "parent" for a parent body's
    plan kept for reference (its number belongs to the parent and is not checked);
    ``content`` holds the basis lines, outline blocks, recipients and signer (see
    :class:`unionplanner.domain.plans.document.PlanDocument`); ``revision`` counts changes after
    issue (1 = as first issued)."""

    __tablename__ = "plan"
    __audit_label__ = "title"

    id: Mapped[int] = mapped_column(primary_key=True)
    origin: Mapped[str] = mapped_column(String(16), default="own")
    status: Mapped[str] = mapped_column(String(16), default=PlanStatus.DRAFT)
    revision: Mapped[int] = mapped_column(Integer, default=1)
    year: Mapped[int | None] = mapped_column(Integer)
    number: Mapped[int | None] = mapped_column(Integer)
    doc_type: Mapped[str] = mapped_column(String(32), default="KẾ HOẠCH")
    symbol: Mapped[str] = mapped_column(String(64), default="")
    title: Mapped[str] = mapped_column(Text, default="")
    issuer: Mapped[str] = mapped_column(String(255), default="")
    parent_body: Mapped[str] = mapped_column(String(255), default="")
    place: Mapped[str] = mapped_column(String(128), default="")
    issued_on: Mapped[dt.date | None] = mapped_column(Date)
    implements_id: Mapped[int | None] = mapped_column(
        ForeignKey("plan.id", ondelete="SET NULL"))
    source_file: Mapped[str] = mapped_column(String(512), default="")
    content: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=_now)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=_now,
                                                    onupdate=_now)

    activities: Mapped[list[PlanActivity]] = relationship(
        back_populates="plan", cascade="all, delete-orphan", order_by="PlanActivity.position")
    targets: Mapped[list[PlanTarget]] = relationship(
        back_populates="plan", cascade="all, delete-orphan", order_by="PlanTarget.position")
    deadlines: Mapped[list[PlanDeadline]] = relationship(
        back_populates="plan", cascade="all, delete-orphan", order_by="PlanDeadline.position")
    revisions: Mapped[list[PlanRevision]] = relationship(
        back_populates="plan", cascade="all, delete-orphan", order_by="PlanRevision.revision")

    __table_args__ = (Index("ix_plan_year_number", "year", "doc_type", "number"),)


class PlanActivity(Audited, Base):
    """An activity of a plan. ``key`` is its id inside the plan document (kept across edits
    and revisions, so ticks made by tracking stay with it); ``months`` a list of "YYYY-MM";
    ``scope`` {kind, sectors, units, text}."""

    __tablename__ = "plan_activity"
    __audit_label__ = "title"

    id: Mapped[int] = mapped_column(primary_key=True)
    plan_id: Mapped[int] = mapped_column(ForeignKey("plan.id", ondelete="CASCADE"))
    key: Mapped[str] = mapped_column(String(32))
    position: Mapped[int] = mapped_column(Integer)
    title: Mapped[str] = mapped_column(Text)
    description: Mapped[str] = mapped_column(Text, default="")
    months: Mapped[list[str]] = mapped_column(JSON, default=list)
    when_text: Mapped[str] = mapped_column(String(255), default="")
    phase: Mapped[str] = mapped_column(String(64), default="")
    lead: Mapped[str] = mapped_column(String(255), default="")
    partners: Mapped[list[str]] = mapped_column(JSON, default=list)
    scope: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    output: Mapped[str] = mapped_column(Text, default="")
    block_id: Mapped[str | None] = mapped_column(String(32))

    plan: Mapped[Plan] = relationship(back_populates="activities")

    __table_args__ = (UniqueConstraint("plan_id", "key", name="uq_plan_activity_key"),)


class PlanTarget(Audited, Base):
    """A target (chỉ tiêu): ``shape`` (see unionplanner.domain.plans.document.SHAPES), ``value``
    (a count) or ``percent`` (0–100), ``scope``, and ``indicators``: the report-form
    indicators measuring it [{form_id, code, role}]."""

    __tablename__ = "plan_target"
    __audit_label__ = "text"

    id: Mapped[int] = mapped_column(primary_key=True)
    plan_id: Mapped[int] = mapped_column(ForeignKey("plan.id", ondelete="CASCADE"))
    key: Mapped[str] = mapped_column(String(32))
    position: Mapped[int] = mapped_column(Integer)
    text: Mapped[str] = mapped_column(Text)
    shape: Mapped[str] = mapped_column(String(32), default=TargetShape.QUALITATIVE)
    value: Mapped[float | None] = mapped_column(Float)
    percent: Mapped[float | None] = mapped_column(Float)
    scope: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    indicators: Mapped[list[dict[str, Any]]] = mapped_column(JSON, default=list)
    block_id: Mapped[str | None] = mapped_column(String(32))

    plan: Mapped[Plan] = relationship(back_populates="targets")

    __table_args__ = (UniqueConstraint("plan_id", "key", name="uq_plan_target_key"),)


class PlanDeadline(Audited, Base):
    """A deadline set for units: ``due`` date, what is due, ``kind`` ("plan", "report",
    "other") and, for a report, the form and period it refers to."""

    __tablename__ = "plan_deadline"
    __audit_label__ = "what"

    id: Mapped[int] = mapped_column(primary_key=True)
    plan_id: Mapped[int] = mapped_column(ForeignKey("plan.id", ondelete="CASCADE"))
    key: Mapped[str] = mapped_column(String(32))
    position: Mapped[int] = mapped_column(Integer)
    due: Mapped[dt.date] = mapped_column(Date)
    what: Mapped[str] = mapped_column(Text, default="")
    kind: Mapped[str] = mapped_column(String(16), default="other")
    form_id: Mapped[int | None] = mapped_column(
        ForeignKey("report_form.id", ondelete="SET NULL"))
    period: Mapped[str] = mapped_column(String(10), default="")
    block_id: Mapped[str | None] = mapped_column(String(32))

    plan: Mapped[Plan] = relationship(back_populates="deadlines")

    __table_args__ = (UniqueConstraint("plan_id", "key", name="uq_plan_deadline_key"),
                      Index("ix_plan_deadline_due", "due"))


class PlanRevision(Base):
    """An issued plan as it stood before a change: the whole document as JSON
    (:meth:`PlanDocument.to_dict`), readable and printable."""

    __tablename__ = "plan_revision"

    id: Mapped[int] = mapped_column(primary_key=True)
    plan_id: Mapped[int] = mapped_column(ForeignKey("plan.id", ondelete="CASCADE"))
    revision: Mapped[int] = mapped_column(Integer)
    saved_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=_now)
    snapshot: Mapped[dict[str, Any]] = mapped_column(JSON)

    plan: Mapped[Plan] = relationship(back_populates="revisions")

    __table_args__ = (UniqueConstraint("plan_id", "revision", name="uq_plan_revision"),)


class PlanTemplate(Audited, Base):
    """A template the office saved from one of its plans: a name and the document as
    JSON (dates kept; a new plan from it shifts them to the chosen year)."""

    __tablename__ = "plan_template"
    __audit_label__ = "name"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(255), unique=True)
    title: Mapped[str] = mapped_column(Text, default="")
    snapshot: Mapped[dict[str, Any]] = mapped_column(JSON)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=_now)
