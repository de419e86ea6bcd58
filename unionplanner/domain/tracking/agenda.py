""""Tháng này": what the tracked plans have due this month and next, what is late, and the
units' deadlines with how many units have reported so far."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from unionplanner.domain.plans.models import Plan, PlanDeadline
from unionplanner.domain.report_forms.periods import period_bounds
from unionplanner.domain.tracking.service import (
    TRACKED,
    activity_rows,
    month_end,
    overdue,
    plan_label,
)


@dataclass
class DueItem:
    """An activity scheduled in a month, with its state there (None: not ticked) and
    whether that month is late."""

    activity_id: int
    plan: str
    title: str
    department: str
    month: str
    status: str | None
    late: bool = False


@dataclass
class DeadlineItem:
    """A units' deadline of a tracked plan. For a report deadline with a form, ``period``
    is the reporting month (given in the plan, or the month before a deadline in the first
    half of a month — "trước ngày 10/6 gửi báo cáo" is May's report), and ``reported`` /
    ``expected`` count the units that have / should have reported."""

    date: dt.date
    what: str
    kind: str
    plan: str
    form_id: int | None = None
    form_name: str = ""
    period: str = ""
    reported: int | None = None
    expected: int | None = None


@dataclass
class Agenda:
    """The overview's "Tháng này"."""

    month: str
    next_month: str
    this_month: list[DueItem] = field(default_factory=list)
    next: list[DueItem] = field(default_factory=list)
    late: list[DueItem] = field(default_factory=list)
    deadlines: list[DeadlineItem] = field(default_factory=list)


def _month(date: dt.date) -> str:
    return f"{date.year:04d}-{date.month:02d}"


def report_period(deadline: dt.date) -> str:
    """The reporting month a report deadline refers to when the plan does not say."""
    if deadline.day <= 15:
        first = deadline.replace(day=1) - dt.timedelta(days=1)
        return _month(first)
    return _month(deadline)


def month_agenda(session: Session, today: dt.date) -> Agenda:
    """Due this month and next, late, and deadlines from the 1st of this month to the end of
    next month, for the office's issued plans."""
    from unionplanner.domain.received.register import missing_units
    from unionplanner.domain.report_forms.models import ReportForm
    from unionplanner.domain.units.models import Unit

    this = _month(today)
    following = _month(month_end(this) + dt.timedelta(days=1))
    agenda = Agenda(this, following)
    for row in activity_rows(session):
        for month, items in ((this, agenda.this_month), (following, agenda.next)):
            if month in row.months:
                items.append(DueItem(row.id, row.plan, row.title, row.department, month,
                                     row.checks.get(month)))
    agenda.late = [DueItem(x.activity_id, x.plan, x.title, x.department, x.month, x.status,
                           late=True) for x in overdue(session, today)]
    first = today.replace(day=1)
    deadlines = session.execute(
        select(PlanDeadline, Plan).join(Plan, Plan.id == PlanDeadline.plan_id)
        .where(Plan.origin == "own", Plan.status.in_(TRACKED), PlanDeadline.due >= first,
               PlanDeadline.due <= month_end(following))
        .order_by(PlanDeadline.due, PlanDeadline.id))
    forms = dict(session.execute(select(ReportForm.id, ReportForm.name)).all())
    for deadline, plan in deadlines:
        item = DeadlineItem(deadline.due, deadline.what, deadline.kind, plan_label(plan),
                            deadline.form_id,
                            forms.get(deadline.form_id, "") if deadline.form_id else "")
        if deadline.form_id is not None and deadline.form_id in forms:
            item.period = deadline.period or report_period(deadline.due)
            period_first, period_last = period_bounds(item.period)
            item.expected = session.scalar(select(func.count(Unit.id)).where(
                (Unit.active_from.is_(None)) | (Unit.active_from <= period_last),
                (Unit.active_to.is_(None)) | (Unit.active_to >= period_first)))
            item.reported = (item.expected or 0) - len(missing_units(session, item.period,
                                                                     deadline.form_id))
        agenda.deadlines.append(item)
    return agenda
