"""Ticking off plan activities month by month, and what is late.

Rules:
- a check is the state of one activity in one month ("YYYY-MM"): chưa thực hiện, đang thực
  hiện, đã hoàn thành, hoàn thành một phần, hoãn, không thực hiện — the last needs a reason;
  an activity may be ticked in any month (done early or late), but only its scheduled months
  are expected;
- a scheduled month is late once it has passed (its last day is before the day looked at)
  with nothing recorded, or recorded as "chưa thực hiện"; a month the office recorded as
  under way, partly done, put off or dropped (the last two with their reason) shows that
  state, not "trễ hạn" — it is not done either, so it never counts as done; the current
  month is not late;
- tracking shows the activities of issued (and closed) plans; drafts are not tracked.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from unionplanner.core import paths
from unionplanner.core.errors import ANY, ChangedMeanwhile, UserError, same_moment  # noqa: F401
from unionplanner.core.files import cannot_write, copy_file
from unionplanner.core.retry import retry_shared
from unionplanner.domain.plans.document import PART, PlanStatus, TargetShape, plan_label  # noqa: F401 — plan_label re-exported
from unionplanner.domain.plans.models import Plan, PlanActivity, PlanTarget
from unionplanner.domain.storage.files import keep_in_database, kept
from unionplanner.domain.tracking.models import ActivityCheck, Evidence, TargetCheck
from unionplanner.domain.tracking.states import (  # noqa: F401 — re-exported for callers
    CANCELLED,
    DONE,
    IN_PROGRESS,
    NO_DEPARTMENT,
    NOT_DONE,
    PARTIAL,
    POSTPONED,
    STATES,
    TRACKED,
    is_late,
    month_end,
)

_MONTH = re.compile(r"^(\d{4})-(0[1-9]|1[0-2])$")


def check_month(month: str) -> str:
    """``month`` if it is "YYYY-MM"; UserError otherwise."""
    if not _MONTH.match(month or ""):
        raise UserError(f"Tháng \"{month}\" không hợp lệ: hãy viết năm-tháng, ví dụ 2024-05.")
    return month


# --- checks ---------------------------------------------------------------------------------

def get_check(session: Session, activity_id: int, month: str) -> ActivityCheck | None:
    """The check of an activity in a month, or None."""
    return session.scalar(select(ActivityCheck).where(
        ActivityCheck.activity_id == activity_id, ActivityCheck.month == month))




def _label(month: str) -> str:
    return f"{month[5:]}/{month[:4]}"


def _locked_check(session: Session, activity: PlanActivity, month: str,
                  seen: dt.datetime | None | object) -> ActivityCheck | None:
    """The stored check, read FOR UPDATE; raises ChangedMeanwhile when it is not what the
    caller saw (see :func:`set_check`)."""
    stored = session.scalar(select(ActivityCheck).where(
        ActivityCheck.activity_id == activity.id, ActivityCheck.month == month)
        .with_for_update())
    if seen is not ANY and not same_moment(stored.updated_at if stored is not None else None,
                                           seen):
        now = (f"thành \"{STATES.get(stored.status, stored.status)}\"" if stored is not None
               else "(đã xóa đánh dấu)")
        raise ChangedMeanwhile(
            f"Tháng {_label(month)} của hoạt động \"{activity.title}\" vừa được người khác "
            f"cập nhật {now} sau khi bạn mở.")
    return stored


def set_check(session: Session, activity_id: int, month: str, status: str, *,
              note: str | None = None, reason: str | None = None,
              done_on: dt.date | None = None, done_by: str | None = None,
              seen: dt.datetime | None | object = ANY) -> ActivityCheck:
    """Set the state of an activity in a month (creating the check). Fields given as None
    keep their value. "Không thực hiện" needs a reason (the note is taken when no reason
    is given). A done month without a date gets today's.

    ``seen`` is what the caller showed: the check's ``updated_at`` (None: there was no
    check). The row is read with FOR UPDATE (PostgreSQL), so of two people writing at once
    the second waits and then finds the first's change. Raises :class:`ChangedMeanwhile`
    when the stored check is not what the caller saw; UserError for an unknown activity or
    state, a bad month, a draft or closed plan."""
    check_month(month)
    if status not in STATES:
        raise UserError(f"Trạng thái \"{status}\" không hợp lệ. Dùng một trong: "
                        + ", ".join(STATES) + ".")
    activity = session.get(PlanActivity, activity_id)
    if activity is None:
        raise UserError(f"Không có hoạt động số {activity_id}. Xem danh sách bằng lệnh "
                        "\"unionplanner activities list --plan SỐ\".")
    plan = session.get_one(Plan, activity.plan_id)
    if plan.status != PlanStatus.ISSUED:
        state = "chưa ban hành" if plan.status == PlanStatus.DRAFT else "đã kết thúc"
        raise UserError(f"Kế hoạch \"{plan.title}\" {state} nên không đánh dấu được hoạt động.")
    stored = _locked_check(session, activity, month, seen)
    check = stored or ActivityCheck(activity_id=activity_id, month=month, status=status)
    check.status = status
    if note is not None:
        check.note = note.strip()
    if reason is not None:
        check.reason = reason.strip()
    if status == CANCELLED and not (check.reason or check.note):
        raise UserError("Hãy ghi lý do không thực hiện hoạt động.")
    if status == CANCELLED and not check.reason:
        check.reason = check.note
    if done_by is not None:
        check.done_by = done_by.strip()
    if done_on is not None:
        check.done_on = done_on
    elif status == DONE and check.done_on is None:
        check.done_on = dt.date.today()
    try:
        with session.begin_nested():  # a failed insert leaves the caller's transaction usable
            session.add(check)
    except IntegrityError as exc:  # another person's check for this month arrived first
        raise ChangedMeanwhile(
            f"Tháng {_label(month)} của hoạt động \"{activity.title}\" vừa được người khác "
            "đánh dấu cùng lúc với bạn.") from exc
    return check


def check_state(session: Session, activity_id: int, month: str) -> dict | None:
    """The check of an activity in a month as plain values (status, note, reason, done_on,
    done_by), or None: what an undo puts back with :func:`put_check`."""
    check = get_check(session, activity_id, month)
    if check is None:
        return None
    return {"status": check.status, "note": check.note, "reason": check.reason,
            "done_on": check.done_on, "done_by": check.done_by}


def put_check(session: Session, activity_id: int, month: str, state: dict | None, *,
              seen: dt.datetime | None | object = ANY) -> None:
    """Make the check exactly ``state`` (a :func:`check_state` result); None removes it.
    ``seen`` as for :func:`set_check`."""
    if state is None:
        clear_check(session, activity_id, month, seen=seen)
        return
    check = set_check(session, activity_id, month, state["status"], note=state["note"],
                      reason=state["reason"], done_by=state["done_by"],
                      done_on=state["done_on"], seen=seen)
    check.done_on = state["done_on"]


def clear_check(session: Session, activity_id: int, month: str, *,
                seen: dt.datetime | None | object = ANY) -> None:
    """Forget the state of an activity in a month (its evidence too). ``seen`` as for
    :func:`set_check`."""
    activity = session.get(PlanActivity, activity_id)
    if activity is None:
        return
    check = _locked_check(session, activity, month, seen)
    if check is not None:
        session.delete(check)
        session.flush()


def add_evidence(session: Session, check_id: int, source: str, data_dir: Path) -> Evidence:
    """Attach a file (copied into ``data_dir/evidence/<check id>/``, and kept in a server
    database too: see storage.files) or a link (a source starting with http:// or
    https://). UserError for a missing file."""
    check = session.get(ActivityCheck, check_id)
    if check is None:
        raise UserError("Không tìm thấy lần đánh dấu để đính kèm minh chứng.")
    if re.match(r"^https?://", source.strip(), re.I):
        evidence = Evidence(check_id=check_id, kind="link", name=source.strip()[:255],
                            location=source.strip())
    else:
        path = Path(source)
        if not path.is_file():
            raise UserError(f"Không tìm thấy tệp \"{source}\".")
        folder = data_dir / "evidence" / str(check_id)
        folder.mkdir(parents=True, exist_ok=True)
        name = Path(paths.kept_name(path.name))
        target = folder / name
        number = 1
        # a name already used here, or by another PC of a shared database
        while target.exists() or kept(session, target.relative_to(data_dir).as_posix()):
            target = folder / paths.kept_name(f"{name.stem} ({number}){name.suffix}")
            number += 1
        try:
            retry_shared(lambda: copy_file(path, target))
        except OSError as exc:  # a full disk, a folder one may not write: said, not a crash
            target.unlink(missing_ok=True)
            raise UserError(f"Không đính kèm được tệp \"{path.name}\". "
                            + cannot_write(target, exc)) from exc
        location = target.relative_to(data_dir).as_posix()
        keep_in_database(session, location, target)
        evidence = Evidence(check_id=check_id, kind="file", name=path.name, location=location)
    session.add(evidence)
    session.flush()
    return evidence


def set_target_check(session: Session, target_id: int, met: bool | None, note: str = "",
                     on: dt.date | None = None) -> TargetCheck:
    """Judge a qualitative target met / not met (None: not judged) with a note."""
    if session.get(PlanTarget, target_id) is None:
        raise UserError(f"Không có chỉ tiêu số {target_id}.")
    check = session.scalar(select(TargetCheck).where(TargetCheck.target_id == target_id)) \
        or TargetCheck(target_id=target_id)
    check.met, check.note, check.checked_on = met, note.strip(), on or dt.date.today()
    session.add(check)
    session.flush()
    return check


# --- reading ---------------------------------------------------------------------------------

@dataclass
class ActivityRow:
    """One activity as the grid and reports show it, with its checks by month."""

    id: int
    plan_id: int
    plan: str
    section: str
    title: str
    lead: str
    months: list[str]
    checks: dict[str, str] = field(default_factory=dict)   # month → status
    notes: dict[str, str] = field(default_factory=dict)    # month → note or reason
    #: month → when its check was last changed: what :func:`set_check` is given as ``seen``
    stamps: dict[str, dt.datetime] = field(default_factory=dict)

    @property
    def department(self) -> str:
        return self.lead or NO_DEPARTMENT

    def late_months(self, as_of: dt.date) -> list[str]:
        """Scheduled months that are late on ``as_of``."""
        return [m for m in self.months if is_late(m, self.checks.get(m), as_of)]

    def due_months(self, as_of: dt.date) -> list[str]:
        """Scheduled months that have begun on ``as_of``."""
        current = f"{as_of.year:04d}-{as_of.month:02d}"
        return [m for m in self.months if m <= current]


def sections(content: dict) -> dict[str, str]:
    """Block id → the part heading ("II. NỘI DUNG HOẠT ĐỘNG") it stands under."""
    found: dict[str, str] = {}
    part, number = "", 0
    for block in (content or {}).get("blocks", []):
        if block.get("level") == PART:
            number += 1
            from unionplanner.domain.plans.outline import roman

            part = f"{roman(number)}. {block.get('text', '').upper()}"
        found[block.get("id", "")] = part
    return found


def tracked_plans(session: Session) -> list[Plan]:
    """The office's issued and closed plans, newest first."""
    return list(session.scalars(select(Plan).where(
        Plan.origin == "own", Plan.status.in_(TRACKED))
        .order_by(Plan.year.desc().nulls_last(), Plan.number.desc(), Plan.id.desc())))


def activity_rows(session: Session, plan_ids: list[int] | None = None) -> list[ActivityRow]:
    """The activities of ``plan_ids`` (default: every tracked plan), in plan order, with
    their checks. Two queries whatever the number of activities."""
    plans = {p.id: p for p in tracked_plans(session)} if plan_ids is None else {
        p.id: p for p in session.scalars(select(Plan).where(Plan.id.in_(plan_ids)))}
    if not plans:
        return []
    activities = list(session.scalars(select(PlanActivity).where(
        PlanActivity.plan_id.in_(list(plans))).order_by(PlanActivity.plan_id,
                                                         PlanActivity.position)))
    checks: dict[int, dict[str, ActivityCheck]] = {}
    for check in session.scalars(select(ActivityCheck).where(
            ActivityCheck.activity_id.in_([a.id for a in activities]))):
        checks.setdefault(check.activity_id, {})[check.month] = check
    order = {plan_id: n for n, plan_id in enumerate(plans)}
    parts = {plan_id: sections(plan.content) for plan_id, plan in plans.items()}
    rows = []
    for activity in sorted(activities, key=lambda a: (order[a.plan_id], a.position)):
        mine = checks.get(activity.id, {})
        rows.append(ActivityRow(
            id=activity.id, plan_id=activity.plan_id, plan=plan_label(plans[activity.plan_id]),
            section=parts[activity.plan_id].get(activity.block_id or "", ""),
            title=activity.title, lead=activity.lead, months=list(activity.months or []),
            checks={m: c.status for m, c in mine.items()},
            notes={m: c.reason or c.note for m, c in mine.items() if c.reason or c.note},
            stamps={m: c.updated_at for m, c in mine.items()}))
    return rows


@dataclass
class Late:
    """A late scheduled month of an activity."""

    activity_id: int
    plan_id: int
    plan: str
    title: str
    department: str
    month: str
    status: str | None


def overdue(session: Session, as_of: dt.date, plan_ids: list[int] | None = None) -> list[Late]:
    """Every late scheduled month of the tracked plans on ``as_of``, oldest first."""
    found = [Late(r.id, r.plan_id, r.plan, r.title, r.department, m, r.checks.get(m))
             for r in activity_rows(session, plan_ids) for m in r.late_months(as_of)]
    return sorted(found, key=lambda late: (late.month, late.plan_id, late.activity_id))


@dataclass
class Tally:
    """Scheduled months begun so far, how many are done, how many late."""

    due: int = 0
    done: int = 0
    late: int = 0

    @property
    def share_done(self) -> float:
        """Done ÷ due, in % (100 when nothing is due yet)."""
        return 100.0 * self.done / self.due if self.due else 100.0


def tallies(rows: list[ActivityRow], as_of: dt.date) -> tuple[dict[str, Tally], dict[str, Tally]]:
    """Per plan label and per department: the months due, done and late on ``as_of``."""
    by_plan: dict[str, Tally] = {}
    by_department: dict[str, Tally] = {}
    for row in rows:
        for tally in (by_plan.setdefault(row.plan, Tally()),
                      by_department.setdefault(row.department, Tally())):
            due = row.due_months(as_of)
            tally.due += len(due)
            tally.done += sum(1 for m in due if row.checks.get(m) == DONE)
            tally.late += len(row.late_months(as_of))
    return by_plan, by_department


def qualitative_targets(session: Session, plan_ids: list[int]) -> list[tuple[PlanTarget,
                                                                           TargetCheck | None]]:
    """The qualitative targets of the plans with their verdicts."""
    targets = list(session.scalars(select(PlanTarget).where(
        PlanTarget.plan_id.in_(plan_ids), PlanTarget.shape == TargetShape.QUALITATIVE)
        .order_by(PlanTarget.plan_id, PlanTarget.position)))
    verdicts = {c.target_id: c for c in session.scalars(select(TargetCheck).where(
        TargetCheck.target_id.in_([t.id for t in targets])))}
    return [(t, verdicts.get(t.id)) for t in targets]
