"""Imports of one form and period take turns on a shared database: a lock held until the
importing transaction ends, and the check that a preview is still true when it is committed
(another person may have imported or undone reports of the same units meanwhile)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from sqlalchemy import select, text, update
from sqlalchemy.orm import Session

from unionplanner.core.errors import UserError
from unionplanner.domain.received.models import PartAction, Submission, SubmissionStatus
from unionplanner.domain.report_forms.models import ReportForm
from unionplanner.domain.report_forms.periods import period_number
from unionplanner.domain.storage.base import table_of

if TYPE_CHECKING:
    from unionplanner.domain.received.analysis import AnalysisContext
    from unionplanner.domain.received.planning import FilePlan


class ImportedMeanwhile(UserError):
    """Another person imported reports of the same form and period between this preview and
    its commit; nothing was written."""


def lock_period(session: Session, form_id: int, period: str) -> None:
    """Make imports of one form and period take turns until the caller's transaction ends:
    a transaction-level advisory lock on PostgreSQL; on SQLite the first write takes the
    file's write lock (a second writer waits, up to the busy timeout)."""
    if session.get_bind().dialect.name == "postgresql":
        session.execute(text("SELECT pg_advisory_xact_lock(:form, :period)"),
                        {"form": form_id, "period": period_number(period)})
    else:
        forms = table_of(ReportForm)
        session.execute(update(forms).where(forms.c.id == form_id).values(id=forms.c.id))


def check_still_current(session: Session, ctx: AnalysisContext,
                         to_write: Sequence[FilePlan]) -> None:
    """Raise ImportedMeanwhile when a unit's stored reports are no longer what the plan was
    made from (a new report arrived, or the one to be replaced was replaced or undone)."""
    current = dict(session.execute(select(Submission.unit_id, Submission.id).where(
        Submission.form_id == ctx.form.form_id, Submission.period == ctx.period,
        Submission.status == SubmissionStatus.CURRENT)).all())
    stale = sorted({p.part.unit.name for plan in to_write for p in plan.parts if p.part.unit and (
        (p.action == PartAction.NEW and p.part.unit.id in current)
        or (p.action == PartAction.REPLACE and p.replaces is not None
            and current.get(p.part.unit.id) != p.replaces))})
    if stale:
        shown = ", ".join(stale[:5]) + (f" và {len(stale) - 5} đơn vị khác" if len(stale) > 5
                                        else "")
        raise ImportedMeanwhile(
            f"Trong lúc bạn xem trước, đã có người khác nhập hoặc gỡ báo cáo kỳ {ctx.period} "
            f"của: {shown}. Chưa có gì được ghi. Hãy làm lại bước xem trước để thấy báo cáo "
            "mới nhất rồi nhập lại.")
