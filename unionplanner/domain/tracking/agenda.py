""""Tháng này": what the tracked plans have due this month and next, what is late, and the
units' deadlines with how many units have reported so far.

Read in plain SQL (:mod:`unionplanner.domain.storage.plain`): the overview is the first page
the window shows, and it is filled from the file with sqlite3 while SQLAlchemy still loads;
the same functions then serve the window's session, on SQLite or PostgreSQL."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any, NamedTuple

from unionplanner.domain.plans.document import plan_label
from unionplanner.domain.report_forms.periods import check_period, period_bounds
from unionplanner.domain.storage.plain import as_date, as_json, fetch, in_list
from unionplanner.domain.tracking.states import NO_DEPARTMENT, TRACKED, is_late, month_end


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


def month_agenda(source: Any, today: dt.date) -> Agenda:
    """Due this month and next, late, and deadlines from the 1st of this month to the end of
    next month, for the office's issued plans. ``source``: a sqlite3 connection or a
    SQLAlchemy session (see :func:`~unionplanner.domain.storage.plain.fetch`)."""
    this = _month(today)
    following = _month(month_end(this) + dt.timedelta(days=1))
    agenda = Agenda(this, following)
    late = []
    for activity in _tracked_activities(source):
        for month, items in ((this, agenda.this_month), (following, agenda.next)):
            if month in activity.months:
                items.append(activity.item(month))
        late += [(m, activity.plan_id, activity.id, activity.item(m, late=True))
                 for m in activity.months if is_late(m, activity.checks.get(m), today)]
    agenda.late = [item for *_, item in sorted(late, key=lambda x: x[:3])]  # oldest first
    agenda.deadlines = _deadlines(source, today.replace(day=1), month_end(following))
    return agenda


class _PlanName(NamedTuple):
    number: int | None
    symbol: str
    title: str


@dataclass
class _Activity:
    id: int
    plan_id: int
    plan: str
    title: str
    department: str
    months: list[str]
    checks: dict[str, str]

    def item(self, month: str, late: bool = False) -> DueItem:
        return DueItem(self.id, self.plan, self.title, self.department, month,
                       self.checks.get(month), late)


def _tracked(alias: str) -> tuple[str, dict[str, str]]:
    """The WHERE clause of the office's tracked plans (issued and closed)."""
    states, params = in_list("tracked", [str(s) for s in TRACKED])
    return f"{alias}.origin = 'own' AND {alias}.status IN {states}", params


def _tracked_activities(source: Any) -> list[_Activity]:
    """The activities of the tracked plans with their recorded states, newest plan first,
    each plan's in its order (as the tracking page lists them)."""
    where, params = _tracked("p")
    plans = fetch(source, f"SELECT p.id, p.number, p.symbol, p.title FROM plan p WHERE {where} "
                          "ORDER BY p.year DESC NULLS LAST, p.number DESC, p.id DESC", params)
    order = {plan_id: n for n, (plan_id, *_) in enumerate(plans)}
    labels = {plan_id: plan_label(_PlanName(*rest)) for plan_id, *rest in plans}
    checks: dict[int, dict[str, str]] = {}
    for activity_id, month, status in fetch(
            source, "SELECT c.activity_id, c.month, c.status FROM activity_check c "
                    "JOIN plan_activity a ON a.id = c.activity_id JOIN plan p ON p.id = a.plan_id "
                    f"WHERE {where}", params):
        checks.setdefault(activity_id, {})[month] = status
    rows = fetch(source, "SELECT a.id, a.plan_id, a.title, a.lead, a.months, a.position "
                         f"FROM plan_activity a JOIN plan p ON p.id = a.plan_id WHERE {where}",
                 params)
    rows.sort(key=lambda r: (order[r[1]], r[5]))
    return [_Activity(id_, plan_id, labels[plan_id], title, lead or NO_DEPARTMENT,
                      list(as_json(months) or []), checks.get(id_, {}))
            for id_, plan_id, title, lead, months, _ in rows]


def _deadlines(source: Any, first: dt.date, last: dt.date) -> list[DeadlineItem]:
    """The tracked plans' deadlines from ``first`` to ``last``, with the count of units
    that have reported for those with a form."""
    where, params = _tracked("p")
    forms: dict[int, str] = dict(fetch(source, "SELECT id, name FROM report_form"))
    found = []
    for due, what, kind, form_id, period, *plan in fetch(
            source, "SELECT d.due, d.what, d.kind, d.form_id, d.period, p.number, p.symbol, "
                    "p.title FROM plan_deadline d JOIN plan p ON p.id = d.plan_id "
                    f"WHERE {where} AND d.due >= :first AND d.due <= :last "
                    "ORDER BY d.due, d.id",
            {**params, "first": first.isoformat(), "last": last.isoformat()}):
        due = as_date(due) or first  # the column is NOT NULL
        item = DeadlineItem(due, what, kind, plan_label(_PlanName(*plan)), form_id,
                            forms.get(form_id, "") if form_id else "")
        if form_id is not None and form_id in forms:
            item.period = check_period(period or report_period(due))
            item.expected, item.reported = _reported(source, item.period, form_id)
        found.append(item)
    return found


def _reported(source: Any, period: str, form_id: int) -> tuple[int, int]:
    """(units active at some time in ``period``, those of them with a current report on the
    form): the figures of the "chưa nộp" list (see ``received.register.missing_units``)."""
    first, last = period_bounds(period)
    [(expected, reported)] = fetch(
        source, "SELECT count(*), count(s.unit_id) FROM unit u LEFT JOIN ("
                "SELECT DISTINCT unit_id FROM submission WHERE form_id = :form "
                "AND period = :period AND status = 'current') s ON s.unit_id = u.id "
                "WHERE (u.active_from IS NULL OR u.active_from <= :last) "
                "AND (u.active_to IS NULL OR u.active_to >= :first)",
        {"form": form_id, "period": period, "first": first.isoformat(),
         "last": last.isoformat()})
    return int(expected), int(reported)
