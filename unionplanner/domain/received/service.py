"""Importing grassroots reports into the register: prepare, plan, commit (undoing and the
questions asked afterwards are in :mod:`unionplanner.domain.received.register`).

Flow (driven by :class:`~unionplanner.domain.received.session.ImportSession`): :func:`prepare`
loads what files are judged against (:class:`AnalysisContext`);
:mod:`~unionplanner.domain.received.reading` reads each file once and
:func:`~unionplanner.domain.received.analysis.judge` judges it (dry run);
:func:`~unionplanner.domain.received.planning.plan_files` decides per unit whether it is new,
replaces an earlier report, or is a duplicate; :func:`commit_batch` writes everything in the
caller's one transaction and copies the original files into the data folder.
"""

from __future__ import annotations

import datetime as dt
import shutil
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import func, insert, select, update
from sqlalchemy.orm import Session

from unionplanner.core import paths
from unionplanner.core.errors import UserError
from unionplanner.core.progress import CancelToken, ProgressFn, no_progress
from unionplanner.core.text import fold
from unionplanner.domain.received.findings import AnalysisContext, FileAnalysis, FormSpec, UnitFacts
from unionplanner.domain.received.import_lock import (  # noqa: F401 — ImportedMeanwhile for callers
    ImportedMeanwhile,
    check_still_current,
    lock_period,
)
from unionplanner.domain.received.matching import Target, UnitCandidate, UnitIndex
from unionplanner.domain.received.models import (
    FileStatus,
    ImportBatch,
    PartAction,
    ReceivedFile,
    ReportValue,
    Submission,
    SubmissionStatus,
)
from unionplanner.domain.received.planning import FilePlan, PartPlan, to_int
from unionplanner.domain.report_forms.models import FormVersion, Indicator
from unionplanner.domain.report_forms.periods import check_period, period_bounds  # noqa: F401 (re-export)
from unionplanner.domain.report_forms.service import (
    aliases_by_code,
    get_form,
    remember_indicator_alias,
)
from unionplanner.domain.sheets.workbook import SUFFIXES
from unionplanner.domain.storage import audit
from unionplanner.domain.storage.base import table_of
from unionplanner.domain.storage.files import keep_in_database
from unionplanner.domain.units.models import Unit, UnitAlias
from unionplanner.domain.units.service import add_alias

if TYPE_CHECKING:
    from unionplanner.domain.storage.database import Database


def received_dir(db: Database) -> Path:
    """Where original received files are kept: ``received`` beside the SQLite file, or in
    the data folder for a server database."""
    path = db.files_dir / "received"
    try:
        path.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        from unionplanner.domain.storage.errors import file_error

        raise file_error(exc) from exc
    return path


def expand_paths(items: Iterable[str | Path]) -> list[Path]:
    """Files and folders → the files to import (folders searched recursively for
    spreadsheets and CSV, in name order). Raises UserError for a path that does not exist."""
    found: list[Path] = []
    for item in items:
        path = Path(item)
        if path.is_dir():
            found.extend(sorted(p for p in path.rglob("*")
                                if p.is_file() and p.suffix.lower() in SUFFIXES))
        elif path.exists():
            found.append(path)
        else:
            raise UserError(f"Không tìm thấy \"{path}\".")
    return found


# --- preparing -------------------------------------------------------------------------------

def form_spec(session: Session, form_id: int) -> FormSpec:
    """The current version of a form as analysis needs it (with remembered wordings)."""
    form = get_form(session, form_id)
    version = form.current
    aliases = aliases_by_code(session, form.id)
    targets = [Target(i.code, i.name, i.unit_of_measure, i.kind, i.position,
                      aliases.get(i.code, ()), i.form_code or "") for i in version.indicators]
    return FormSpec(form.id, version.id, version.number, targets, list(version.columns or []),
                    {i.code: list(i.columns) for i in version.indicators
                     if i.columns is not None}, list(version.period_kinds or []),
                    dict(version.layout or {}),
                    {i.code: list(i.total_of) for i in version.indicators if i.total_of},
                    _outside(version))


def _outside(version: FormVersion) -> dict[str, tuple[str, str]]:
    """Code → (label, unit) of the figures the form asks above its table (the learnt
    layout's ``outside`` lines, linked to their indicators by name)."""
    codes = {fold(i.name): i.code for i in version.indicators}
    found = {}
    for line in (version.layout or {}).get("outside") or []:
        code = codes.get(fold(str(line.get("name") or "")))
        if code is not None:
            found[code] = (str(line.get("label") or ""), str(line.get("unit") or ""))
    return found


def prepare(session: Session, form_id: int, period: str) -> AnalysisContext:
    """Everything files of ``period`` are read against for form ``form_id``: the form, the
    units with their aliases and sizes, and each unit's latest earlier values."""
    period = check_period(period)
    first, last = period_bounds(period)
    spec = form_spec(session, form_id)
    units = list(session.scalars(select(Unit).order_by(Unit.code)))
    aliases: dict[int, list[str]] = {}
    for unit_id, key in session.execute(select(UnitAlias.unit_id, UnitAlias.key)):
        aliases.setdefault(unit_id, []).append(key)
    candidates = [UnitCandidate(u.id, u.code, u.name, tuple(aliases.get(u.id, ())))
                  for u in units]
    facts = {u.id: UnitFacts(u.workers, u.members, u.active_between(first, last))
             for u in units}
    return AnalysisContext(spec, UnitIndex(candidates), facts, period,
                           _previous_values(session, form_id, period))


def _previous_values(session: Session, form_id: int, period: str) -> dict[int, dict[str, int]]:
    latest = (select(Submission.unit_id, func.max(Submission.period).label("period"))
              .where(Submission.form_id == form_id, Submission.period < period,
                     Submission.status == SubmissionStatus.CURRENT)
              .group_by(Submission.unit_id).subquery())
    rows = session.execute(
        select(Submission.unit_id, Indicator.code, ReportValue.value)
        .join(latest, (latest.c.unit_id == Submission.unit_id)
              & (latest.c.period == Submission.period))
        .join(ReportValue, ReportValue.submission_id == Submission.id)
        .join(Indicator, Indicator.id == ReportValue.indicator_id)
        .where(Submission.form_id == form_id, Submission.status == SubmissionStatus.CURRENT))
    found: dict[int, dict[str, int]] = {}
    for unit_id, code, value in rows:
        if value is not None:
            found.setdefault(unit_id, {})[code] = value
    return found


# --- committing --------------------------------------------------------------------------------

@dataclass
class Remember:
    """Choices the user confirmed in the wizard, remembered for next time: wordings of
    indicators ((code, text)) and unit aliases ((unit id, text))."""

    indicators: list[tuple[str, str]] = field(default_factory=list)
    units: list[tuple[int, str]] = field(default_factory=list)


@dataclass
class BatchResult:
    """What an import wrote: the batch id (None for a dry run or when nothing was written),
    the per-file plans, the period imported and the id of each received file written."""

    batch_id: int | None
    plans: list[FilePlan]
    period: str = ""
    #: the received_file id each written file got, by its path
    file_ids: dict[Path, int] = field(default_factory=dict)

    def counts(self) -> dict[FileStatus, int]:
        found: dict[FileStatus, int] = {}
        for plan in self.plans:
            found[plan.status] = found.get(plan.status, 0) + 1
        return found


def commit_batch(session: Session, files_dir: Path, ctx: AnalysisContext,
                 plans: Sequence[FilePlan], *, remember: Remember | None = None,
                 progress: ProgressFn = no_progress, cancel: CancelToken | None = None
                 ) -> BatchResult:
    """Write the planned files in the caller's transaction (all or nothing) and copy each
    original into ``files_dir/<period>/``. Copies made by a run that then fails are removed.
    Returns the batch (None if nothing needed writing)."""
    to_write = sorted((p for p in plans if p.writes), key=lambda p: p.order)
    if not to_write:
        _remember(session, ctx, remember)
        return BatchResult(None, list(plans), ctx.period)
    lock_period(session, ctx.form.form_id, ctx.period)
    check_still_current(session, ctx, to_write)
    now = dt.datetime.now(dt.UTC)
    batch_id = session.execute(insert(ImportBatch).returning(ImportBatch.id), [dict(
        form_version_id=ctx.form.version_id, period=ctx.period, created_at=now,
        created_by=audit.current_user())]).scalar_one()
    indicator_ids = dict(session.execute(
        select(Indicator.code, Indicator.id).where(Indicator.version_id == ctx.form.version_id)
    ).all())
    new_copies: list[Path] = []
    try:
        file_rows = []
        for number, plan in enumerate(to_write, 1):
            if cancel is not None:
                cancel.check()
            progress(number - 1, len(to_write), f"Lưu {plan.analysis.name}")
            stored_name = _keep_original(files_dir, ctx.period, plan.analysis, new_copies)
            keep_in_database(session, f"received/{stored_name}", plan.analysis.path)
            file_rows.append(_file_row(batch_id, plan.analysis, stored_name))
        # three bulk statements for the whole batch (ORM objects one by one are ~14× slower)
        files_table = table_of(ReceivedFile)
        file_ids = session.execute(
            insert(files_table).returning(files_table.c.id, sort_by_parameter_order=True),
            file_rows).scalars().all()
        _write_submissions(session, ctx, batch_id, to_write, file_ids, indicator_ids)
        _remember(session, ctx, remember)
        result = BatchResult(batch_id, list(plans), ctx.period, {
            plan.analysis.path: file_id for plan, file_id in zip(to_write, file_ids)})
        audit.record(session, "import_batch", "import", f"Nhập báo cáo kỳ {ctx.period}",
                     entity_id=batch_id, after=result.counts())
        session.flush()
        progress(len(to_write), len(to_write), "Xong")
    except BaseException as exc:
        for copy in new_copies:
            copy.unlink(missing_ok=True)
        if isinstance(exc, OSError):  # copying an original: a full disk, a locked folder
            from unionplanner.domain.storage.errors import file_error

            raise file_error(exc) from exc
        raise
    return result


def _file_row(batch_id: int, analysis: FileAnalysis, stored_name: str) -> dict[str, Any]:
    """The received_file row of one file: names, SHA-256, size (bytes), how it was read."""
    table, book = analysis.table, analysis.book
    return dict(
        batch_id=batch_id, original_name=analysis.name, stored_name=stored_name,
        sha256=analysis.sha256, size=analysis.size, format=book.format if book else "",
        sheet=table.sheet.name if table else "", layout=table.layout if table else "",
        encoding=book.encoding if book else "", arrived_on=analysis.arrived_on,
        notes="\n".join(p.text() for p in analysis.all_problems()))


def _write_submissions(session: Session, ctx: AnalysisContext, batch_id: int,
                       to_write: Sequence[FilePlan], file_ids: Sequence[int],
                       indicator_ids: dict[str, int]) -> None:
    """Insert the submissions of the new and replacing parts, mark the ones they replace
    superseded, and insert their values (bulk statements)."""
    submissions_table = table_of(Submission)
    part_plans: list[PartPlan] = []
    submission_rows = []
    for plan, file_id in zip(to_write, file_ids):
        for part_plan in plan.parts:
            if part_plan.action not in (PartAction.NEW, PartAction.REPLACE):
                continue
            part = part_plan.part
            assert part.unit is not None  # only parts with a unit are planned
            part_plans.append(part_plan)
            submission_rows.append(dict(
                batch_id=batch_id, file_id=file_id, unit_id=part.unit.id,
                form_version_id=ctx.form.version_id, form_id=ctx.form.form_id,
                period=ctx.period, status=SubmissionStatus.CURRENT,
                source_row=None if part.row is None else part.row + 1))
    submission_ids = session.execute(
        insert(submissions_table).returning(submissions_table.c.id,
                                            sort_by_parameter_order=True),
        submission_rows).scalars().all()
    submission_of = {id(pp): sid for pp, sid in zip(part_plans, submission_ids)}
    superseded: list[dict[str, Any]] = []
    value_rows: list[dict[str, Any]] = []
    for part_plan, sub_id in zip(part_plans, submission_ids):
        replaced = part_plan.replaces
        if part_plan.replaces_part is not None:
            replaced = submission_of.get(id(part_plan.replaces_part))
        if replaced is not None:
            superseded.append(dict(id=replaced, status=SubmissionStatus.SUPERSEDED,
                                   superseded_by_id=sub_id))
        found_values = [*part_plan.part.values.values(), *part_plan.part.more.values()]
        value_rows.extend(dict(submission_id=sub_id, indicator_id=indicator_ids[found.code],
                               value=to_int(found.value), cell=found.cell,
                               value_column=found.column, note=found.note)
                          for found in found_values)
    for row in superseded:
        session.execute(update(submissions_table).where(submissions_table.c.id == row["id"])
                        .values(status=row["status"],
                                superseded_by_id=row["superseded_by_id"]))
    if value_rows:
        session.execute(insert(table_of(ReportValue)), value_rows)


def _keep_original(files_dir: Path, period: str, analysis: FileAnalysis,
                   new_copies: list[Path]) -> str:
    folder = files_dir / period
    if not new_copies:
        folder.mkdir(parents=True, exist_ok=True)
    name = paths.kept_name(analysis.name, f"{analysis.sha256[:12]} ")
    target = folder / name
    if not target.exists():
        new_copies.append(target)  # before copying: a copy cut short is removed too
        shutil.copyfile(analysis.path, target)
    return f"{period}/{name}"


def _remember(session: Session, ctx: AnalysisContext, remember: Remember | None) -> None:
    if not remember:
        return
    for code, wording in remember.indicators:
        remember_indicator_alias(session, ctx.form.form_id, code, wording)
    for unit_id, written in remember.units:
        unit = session.get(Unit, unit_id)
        if unit is not None:
            add_alias(session, unit, written)
