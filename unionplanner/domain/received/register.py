"""The received-files register after the fact: undoing an import (whole or one file), the
current values of a period, who has not reported ("chưa nộp"), every file received and the
list of imports. Every function takes an open session; writes go in the caller's
transaction."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from unionplanner.core.errors import UserError
from unionplanner.domain.received.models import (
    ImportBatch,
    ReceivedFile,
    ReportValue,
    Submission,
    SubmissionStatus,
)
from unionplanner.domain.report_forms.kinds import IndicatorKind
from unionplanner.domain.report_forms.models import FormVersion, Indicator, ReportForm
from unionplanner.domain.report_forms.periods import check_period, period_bounds
from unionplanner.domain.report_forms.service import get_form
from unionplanner.domain.storage import audit
from unionplanner.domain.units.models import Unit

# --- undo ---------------------------------------------------------------------------------------

@dataclass
class UndoResult:
    """How many unit reports were taken back and how many earlier ones became current
    again."""

    undone: int
    restored: int


def undo_batch(session: Session, batch_id: int, *, file_id: int | None = None) -> UndoResult:
    """Take back an import as a whole, or one of its files (``file_id``). The reports it
    replaced become current again; the received files stay in the register, marked undone.
    Raises UserError for an unknown batch/file or one already undone."""
    batch = session.get(ImportBatch, batch_id)
    if batch is None:
        raise UserError(f"Không có lần nhập số {batch_id}.")
    stmt = select(Submission).where(Submission.batch_id == batch_id,
                                    Submission.status != SubmissionStatus.UNDONE)
    if file_id is not None:
        received = session.get(ReceivedFile, file_id)
        if received is None or received.batch_id != batch_id:
            raise UserError(f"Lần nhập số {batch_id} không có tệp số {file_id}.")
        stmt = stmt.where(Submission.file_id == file_id)
    submissions = list(session.scalars(stmt))
    if not submissions:
        raise UserError(f"Lần nhập số {batch_id} đã được hoàn tác trước đó.")
    ids = {s.id for s in submissions}
    restored = 0
    for earlier in session.scalars(select(Submission).where(
            Submission.superseded_by_id.in_(ids),
            Submission.status == SubmissionStatus.SUPERSEDED)):
        if earlier.id in ids:
            continue
        earlier.status, earlier.superseded_by_id = SubmissionStatus.CURRENT, None
        restored += 1
    for submission in submissions:
        submission.status = SubmissionStatus.UNDONE
    remaining = session.scalar(select(func.count()).select_from(Submission).where(
        Submission.batch_id == batch_id, Submission.status != SubmissionStatus.UNDONE))
    if not remaining:
        batch.undone_at = dt.datetime.now(dt.UTC)
    audit.record(session, "import_batch", "undo", f"Hoàn tác lần nhập {batch_id}",
                 entity_id=batch_id, after={"undone": len(submissions), "restored": restored,
                                            "file_id": file_id})
    session.flush()
    return UndoResult(len(submissions), restored)


# --- questions -------------------------------------------------------------------------------

def _typed(value: int | None, kind: str) -> int | bool | None:
    if value is None:
        return None
    return bool(value) if kind == IndicatorKind.YESNO else value


def list_values(session: Session, period: str | None,
                form_id: int | None = None) -> list[dict[str, Any]]:
    """The current values of a period (of every period when ``period`` is None): one record
    per stored value with ``period`` (code), ``unit`` (code),
    ``unit_name``, ``form`` (id), ``indicator`` (text as on the form version used),
    ``code``, ``kind``, ``column`` (the value column's label as on the form, "Tổng số",
    "Nữ"; None for a form with one value column), ``value`` (int, bool or None), ``note``,
    ``cell``, ``file``."""
    stmt = (select(Unit.code, Unit.name, Submission.form_id, Indicator.name, Indicator.code,
                   Indicator.kind, ReportValue.value, ReportValue.cell,
                   ReceivedFile.original_name, ReportValue.value_column, ReportValue.note,
                   FormVersion.columns, Submission.period)
            .join(Submission, Submission.unit_id == Unit.id)
            .join(ReportValue, ReportValue.submission_id == Submission.id)
            .join(Indicator, Indicator.id == ReportValue.indicator_id)
            .join(FormVersion, FormVersion.id == Indicator.version_id)
            .join(ReceivedFile, ReceivedFile.id == Submission.file_id)
            .where(Submission.status == SubmissionStatus.CURRENT)
            .order_by(Submission.period, Unit.code, Submission.form_id, Indicator.position,
                      ReportValue.value_column))
    if period is not None:
        stmt = stmt.where(Submission.period == check_period(period))
    if form_id is not None:
        stmt = stmt.where(Submission.form_id == form_id)
    return [{"period": at, "unit": code, "unit_name": name, "form": form, "indicator": text,
             "code": icode, "kind": kind, "column": _column_label(labels, column),
             "value": _typed(value, kind), "note": note, "cell": cell, "file": file}
            for code, name, form, text, icode, kind, value, cell, file, column, note, labels, at
            in session.execute(stmt)]


def _column_label(labels: list[str] | None, column: int) -> str | None:
    """A value column's label as on the form; None for a form with one value column."""
    if not labels or len(labels) < 2:
        return None
    return labels[column] if 0 <= column < len(labels) else str(column)


def missing_units(session: Session, period: str, form_id: int) -> list[Unit]:
    """Units active at some time in ``period`` with no current report on form ``form_id``
    (the "chưa nộp" list), by code."""
    first, last = period_bounds(period)
    get_form(session, form_id)
    reported = select(Submission.unit_id).where(
        Submission.form_id == form_id, Submission.period == check_period(period),
        Submission.status == SubmissionStatus.CURRENT)
    stmt = (select(Unit).where(Unit.id.not_in(reported))
            .where((Unit.active_from.is_(None)) | (Unit.active_from <= last))
            .where((Unit.active_to.is_(None)) | (Unit.active_to >= first))
            .order_by(Unit.code))
    return list(session.scalars(stmt))


@dataclass
class RegisterEntry:
    """One line of the received-files register: a unit's report for a period."""

    submission_id: int
    batch_id: int
    file_id: int
    unit_code: str
    unit_name: str
    period: str
    form_id: int
    form_version: int
    file: str
    stored_name: str
    sha256: str
    imported_at: dt.datetime
    imported_by: str
    status: str
    #: the day the file reached the office (None for files imported before it was kept)
    arrived_on: dt.date | None = None

    @property
    def arrival(self) -> dt.date:
        """The arrival day that counts: ``arrived_on``, else the import day."""
        return self.arrived_on or self.imported_at.date()


def register(session: Session, *, period: str | None = None, form_id: int | None = None,
             unit_code: str | None = None) -> list[RegisterEntry]:
    """The received-files register, newest first: per unit and period every file received,
    who imported it and when, and whether its values are current, superseded or undone."""
    stmt = (select(Submission.id, Submission.batch_id, Submission.file_id, Unit.code, Unit.name,
                   Submission.period, Submission.form_id, FormVersion.number,
                   ReceivedFile.original_name, ReceivedFile.stored_name, ReceivedFile.sha256,
                   ImportBatch.created_at, ImportBatch.created_by, Submission.status,
                   ReceivedFile.arrived_on)
            .join(Unit, Unit.id == Submission.unit_id)
            .join(ReceivedFile, ReceivedFile.id == Submission.file_id)
            .join(ImportBatch, ImportBatch.id == Submission.batch_id)
            .join(FormVersion, FormVersion.id == Submission.form_version_id)
            .order_by(ImportBatch.created_at.desc(), Submission.id.desc()))
    if period:
        stmt = stmt.where(Submission.period == check_period(period))
    if form_id is not None:
        stmt = stmt.where(Submission.form_id == form_id)
    if unit_code:
        stmt = stmt.where(Unit.code == unit_code)
    return [RegisterEntry(*tuple(row)) for row in session.execute(stmt)]


def set_arrival(session: Session, file_id: int, day: dt.date) -> None:
    """Correct the day received file ``file_id`` reached the office (it was e-mailed on the
    5th, imported on the 9th). Raises UserError for an unknown file or a day in the future."""
    received = session.get(ReceivedFile, file_id)
    if received is None:
        raise UserError(f"Không có tệp đã nhận số {file_id}.")
    if day > dt.date.today():
        raise UserError(f"Ngày nhận {day:%d/%m/%Y} chưa tới. Hãy ghi ngày tệp thật sự đến.")
    received.arrived_on = day


def set_batch_arrival(session: Session, batch_id: int, day: dt.date,
                      name: str | None = None) -> int:
    """The arrival day of every file of import ``batch_id`` (or of the one named ``name``);
    returns how many files. UserError for an unknown import or name, or a future day."""
    files = list(session.scalars(select(ReceivedFile.id).where(
        ReceivedFile.batch_id == batch_id,
        *([ReceivedFile.original_name == name] if name else []))))
    if not files:
        raise UserError(f"Lần nhập số {batch_id} không có tệp \"{name}\"." if name
                        else f"Không có lần nhập số {batch_id}.")
    for file_id in files:
        set_arrival(session, file_id, day)
    return len(files)


def list_batches(session: Session, limit: int = 50) -> list[dict[str, Any]]:
    """Recent imports, newest first: id, period, form (name), when, who, files, units
    (current/replaced/undone counts), undone (bool)."""
    rows = session.execute(
        select(ImportBatch.id, ImportBatch.period, ReportForm.name, ImportBatch.created_at,
               ImportBatch.created_by, ImportBatch.undone_at,
               func.count(func.distinct(Submission.file_id)), func.count(Submission.id))
        .join(FormVersion, FormVersion.id == ImportBatch.form_version_id)
        .join(ReportForm, ReportForm.id == FormVersion.form_id)
        .outerjoin(Submission, Submission.batch_id == ImportBatch.id)
        .group_by(ImportBatch.id, ReportForm.name)
        .order_by(ImportBatch.id.desc()).limit(limit))
    return [{"id": bid, "period": period, "form": form, "at": at, "by": by,
             "undone": undone is not None, "files": files, "reports": reports}
            for bid, period, form, at, by, undone, files, reports in rows]


def latest_period(session: Session, form_id: int) -> str | None:
    """The newest period ("YYYY-MM") with a current report for ``form_id``, or None when
    nothing has been imported for it yet."""
    return session.scalar(select(func.max(Submission.period)).where(
        Submission.form_id == form_id, Submission.status == SubmissionStatus.CURRENT))
