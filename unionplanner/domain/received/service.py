"""Importing grassroots reports into the register: prepare, plan, commit (undoing and the
questions asked afterwards are in :mod:`unionplanner.domain.received.register`).

Flow: :func:`prepare` loads what files are read against (:class:`AnalysisContext`);
:func:`~unionplanner.domain.received.analysis.analyse_file` reads each file (dry run);
:func:`plan_batch` decides per unit whether it is new, replaces an earlier report, or is a
duplicate; :func:`commit_batch` writes everything in the caller's one transaction and copies
the original files into the data folder. :func:`import_paths` does all of it for the command
line.
"""

from __future__ import annotations

import datetime as dt
import re
import shutil
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import func, insert, select, update
from sqlalchemy.orm import Session

from unionplanner.core.errors import UserError
from unionplanner.core.progress import CancelToken, ProgressFn, no_progress
from unionplanner.domain.received.analysis import analyse_file
from unionplanner.domain.received.findings import (
    ERROR,
    FAILED,
    SKIPPED,
    WARNING,
    AnalysisContext,
    FileAnalysis,
    FormSpec,
    Problem,
    UnitFacts,
    UnitPart,
)
from unionplanner.domain.received.import_lock import (  # noqa: F401 — ImportedMeanwhile for callers
    ImportedMeanwhile,
    check_still_current,
    lock_period,
)
from unionplanner.domain.received.matching import Target, UnitCandidate, UnitIndex
from unionplanner.domain.received.models import (
    CURRENT,
    SUPERSEDED,
    UNDONE,
    FileStatus,
    ImportBatch,
    PartAction,
    ReceivedFile,
    ReportValue,
    Submission,
)
from unionplanner.domain.report_forms.models import Indicator
from unionplanner.domain.report_forms.periods import check_period, period_bounds  # noqa: F401 (re-export)
from unionplanner.domain.report_forms.service import (
    aliases_by_code,
    get_form,
    remember_indicator_alias,
)
from unionplanner.domain.sheets.workbook import SUFFIXES
from unionplanner.domain.storage import audit
from unionplanner.domain.storage.files import keep_in_database
from unionplanner.domain.units.models import Unit, UnitAlias
from unionplanner.domain.units.service import add_alias

# statuses of a file in an import (command line and wizard), and of one unit's part
IMPORTED, REPLACED, DUPLICATE, SKIPPED_FILE, ERROR_FILE = (
    FileStatus.IMPORTED, FileStatus.REPLACED, FileStatus.DUPLICATE, FileStatus.SKIPPED,
    FileStatus.ERROR)
NEW, REPLACE, SAME = PartAction.NEW, PartAction.REPLACE, PartAction.SAME

def received_dir(db) -> Path:
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
                      aliases.get(i.code, ())) for i in version.indicators]
    return FormSpec(form.id, version.id, version.number, targets)


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
                     Submission.status == CURRENT)
              .group_by(Submission.unit_id).subquery())
    rows = session.execute(
        select(Submission.unit_id, Indicator.code, ReportValue.value)
        .join(latest, (latest.c.unit_id == Submission.unit_id)
              & (latest.c.period == Submission.period))
        .join(ReportValue, ReportValue.submission_id == Submission.id)
        .join(Indicator, Indicator.id == ReportValue.indicator_id)
        .where(Submission.form_id == form_id, Submission.status == CURRENT))
    found: dict[int, dict[str, int]] = {}
    for unit_id, code, value in rows:
        if value is not None:
            found.setdefault(unit_id, {})[code] = value
    return found


# --- planning ----------------------------------------------------------------------------------

@dataclass
class PartPlan:
    """What will happen to one unit's part: ``action`` NEW, REPLACE or SAME (nothing to do),
    ``replaces`` the submission id it supersedes (REPLACE of a stored report) or
    ``replaces_part`` (an earlier file of the same batch)."""

    part: UnitPart
    action: str
    replaces: int | None = None
    replaces_part: PartPlan | None = None
    replaced_at: dt.datetime | None = None
    file: str = ""


@dataclass
class FilePlan:
    """One file's analysis and the resulting ``status`` (imported, replaced, duplicate,
    skipped, error) with a ``reason`` for duplicate/skipped/error."""

    analysis: FileAnalysis
    status: str
    parts: list[PartPlan] = field(default_factory=list)
    reason: str = ""
    order: int = 0  # the order files are applied in (revisions after the reports they revise)

    @property
    def writes(self) -> bool:
        return any(p.action in (NEW, REPLACE) for p in self.parts)

    def to_dict(self, batch_id: int | None = None) -> dict[str, Any]:
        """JSON shape of ``reports import``: file, status, unit (code; codes joined for a
        cluster sheet), units, values (count), warnings, errors, sheet, revision."""
        analysis = self.analysis
        codes = [p.part.unit.code for p in self.parts if p.part.unit]
        warnings, errors = [], []
        for problem in analysis.all_problems():
            (errors if problem.severity == ERROR else warnings).append(problem.text())
        if self.reason and self.status in (DUPLICATE, SKIPPED_FILE) and self.reason not in warnings:
            warnings.insert(0, self.reason)
        return {
            "file": analysis.name,
            "status": self.status,
            "unit": codes[0] if len(codes) == 1 else (", ".join(codes) or None),
            "units": codes,
            "values": sum(len(p.part.values) for p in self.parts
                          if p.action in (NEW, REPLACE) and p.part.unit),
            "warnings": warnings,
            "errors": errors,
            "sheet": analysis.table.sheet.name if analysis.table else None,
            "revision": analysis.is_revision,
            "batch": batch_id,
        }


def _stored_values(part: UnitPart) -> dict[str, int | None]:
    return {code: _to_int(found.value) for code, found in part.values.items()}


def _to_int(value: int | bool | None) -> int | None:
    if value is None:
        return None
    return int(value)


def _current_submissions(session: Session, form_id: int, period: str
                         ) -> dict[int, tuple[int, dt.datetime, dict[str, int | None]]]:
    """unit id → (submission id, when imported, code → value) of the current reports."""
    rows = session.execute(
        select(Submission.id, Submission.unit_id, ImportBatch.created_at, Indicator.code,
               ReportValue.value)
        .join(ImportBatch, ImportBatch.id == Submission.batch_id)
        .outerjoin(ReportValue, ReportValue.submission_id == Submission.id)
        .outerjoin(Indicator, Indicator.id == ReportValue.indicator_id)
        .where(Submission.form_id == form_id, Submission.period == period,
               Submission.status == CURRENT))
    found: dict[int, tuple[int, dt.datetime, dict[str, int | None]]] = {}
    for sub_id, unit_id, created, code, value in rows:
        entry = found.setdefault(unit_id, (sub_id, created, {}))
        if code is not None:
            entry[2][code] = value
    return found


def _known_files(session: Session, form_id: int, period: str) -> dict[str, dt.datetime]:
    rows = session.execute(
        select(ReceivedFile.sha256, func.min(ImportBatch.created_at))
        .join(Submission, Submission.file_id == ReceivedFile.id)
        .join(ImportBatch, ImportBatch.id == ReceivedFile.batch_id)
        .where(Submission.form_id == form_id, Submission.period == period,
               Submission.status != UNDONE)
        .group_by(ReceivedFile.sha256))
    return dict(rows.all())


def _when(moment: dt.datetime) -> str:
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=dt.UTC)
    return moment.astimezone().strftime("%H:%M ngày %d/%m/%Y")


def plan_batch(session: Session, ctx: AnalysisContext,
               analyses: Sequence[FileAnalysis]) -> list[FilePlan]:
    """Decide what each analysed file will do (nothing is written).

    Files are taken in the order a person would: ordinary reports first, then those marked
    as revisions ("bổ sung", "điều chỉnh" in the name or heading), each group by the date in
    its heading and then by name; so a revision replaces the earlier report of its unit even
    when both arrive in one batch. A file whose bytes were already imported for this form
    and period is a duplicate; a unit whose values equal the stored ones is left alone; a
    different report for a unit that already has one replaces it (its old values stay in
    the history).
    """
    form_id, period = ctx.form.form_id, ctx.period
    current = _current_submissions(session, form_id, period)
    known = _known_files(session, form_id, period)
    order = sorted(range(len(analyses)), key=lambda i: (
        analyses[i].is_revision, analyses[i].report_date or dt.date.min, analyses[i].name))
    plans: dict[int, FilePlan] = {}
    seen_hashes: dict[str, str] = {}
    latest_part: dict[int, PartPlan] = {}
    for index in order:
        analysis = analyses[index]
        if analysis.status == SKIPPED:
            plans[index] = FilePlan(analysis, SKIPPED_FILE, reason=(
                analysis.problems[0].text() if analysis.problems else "Bỏ qua theo lựa chọn."))
            continue
        if analysis.status == FAILED:
            plans[index] = FilePlan(analysis, ERROR_FILE, reason=analysis.error or "")
            continue
        if analysis.sha256 in known:
            plans[index] = FilePlan(analysis, DUPLICATE, reason=(
                f"Tệp này đã được nhập lúc {_when(known[analysis.sha256])} cho kỳ {period}: "
                "bỏ qua."))
            continue
        if analysis.sha256 in seen_hashes:
            plans[index] = FilePlan(analysis, DUPLICATE, reason=(
                f"Tệp giống hệt tệp \"{seen_hashes[analysis.sha256]}\" trong lần nhập này: "
                "bỏ qua."))
            continue
        seen_hashes[analysis.sha256] = analysis.name
        plan = FilePlan(analysis, IMPORTED)
        for part in analysis.parts:
            if part.unit is None:
                continue
            values = _stored_values(part)
            earlier = latest_part.get(part.unit.id)
            if earlier is not None:
                if _stored_values(earlier.part) == values:
                    part_plan = PartPlan(part, SAME)
                else:
                    part_plan = PartPlan(part, REPLACE, replaces_part=earlier)
            elif part.unit.id in current:
                sub_id, created, stored = current[part.unit.id]
                if stored == values:
                    part_plan = PartPlan(part, SAME, replaces=sub_id, replaced_at=created)
                else:
                    part_plan = PartPlan(part, REPLACE, replaces=sub_id, replaced_at=created)
            else:
                part_plan = PartPlan(part, NEW)
            part_plan.file = analysis.name
            if part_plan.action != SAME:
                latest_part[part.unit.id] = part_plan
            plan.parts.append(part_plan)
        actions = {p.action for p in plan.parts}
        if not plan.parts:
            plan.status, plan.reason = ERROR_FILE, analysis.error or "Không có đơn vị nào."
        elif actions == {SAME}:
            plan.status = DUPLICATE
            plan.reason = ("Số liệu trong tệp giống hệt báo cáo đã nhập trước đó: không có gì "
                           "thay đổi.")
        elif REPLACE in actions:
            plan.status = REPLACED
            for p in plan.parts:
                if p.action == REPLACE and p.part.unit:
                    source = (f"tệp \"{p.replaces_part.file}\"" if p.replaces_part
                              else "báo cáo nhập trước")
                    when = f" lúc {_when(p.replaced_at)}" if p.replaced_at else ""
                    p.part.problems.append(Problem(
                        WARNING, f"Thay thế {source}{when} của {p.part.unit.code}; số liệu cũ vẫn "
                                 "được lưu trong lịch sử."))
        plans[index] = plan
    for rank, index in enumerate(order):
        plans[index].order = rank
    return [plans[i] for i in range(len(analyses))]


# --- committing --------------------------------------------------------------------------------

@dataclass
class Remember:
    """Choices the user confirmed in the wizard, remembered for next time: wordings of
    indicators ((code, text)) and unit aliases ((unit id, text))."""

    indicators: list[tuple[str, str]] = field(default_factory=list)
    units: list[tuple[int, str]] = field(default_factory=list)


@dataclass
class BatchResult:
    """What an import wrote: the batch id (None for a dry run or when nothing was written)
    and the per-file plans."""

    batch_id: int | None
    plans: list[FilePlan]

    def counts(self) -> dict[str, int]:
        found: dict[str, int] = {}
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
        return BatchResult(None, list(plans))
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
            analysis = plan.analysis
            table = analysis.table
            stored_name = _keep_original(files_dir, ctx.period, analysis, new_copies)
            keep_in_database(session, f"received/{stored_name}", analysis.path)
            file_rows.append(dict(
                batch_id=batch_id, original_name=analysis.name,
                stored_name=stored_name,
                sha256=analysis.sha256, size=analysis.size,
                format=analysis.book.format if analysis.book else "",
                sheet=table.sheet.name if table else "", layout=table.layout if table else "",
                encoding=analysis.book.encoding if analysis.book else "",
                notes="\n".join(p.text() for p in analysis.all_problems())))
        # three bulk statements for the whole batch (ORM objects one by one are ~14× slower)
        files_table, submissions_table = ReceivedFile.__table__, Submission.__table__
        file_ids = session.execute(
            insert(files_table).returning(files_table.c.id, sort_by_parameter_order=True),
            file_rows).scalars().all()
        part_plans: list[PartPlan] = []
        submission_rows = []
        for plan, file_id in zip(to_write, file_ids):
            for part_plan in plan.parts:
                if part_plan.action not in (NEW, REPLACE):
                    continue
                part = part_plan.part
                part_plans.append(part_plan)
                submission_rows.append(dict(
                    batch_id=batch_id, file_id=file_id, unit_id=part.unit.id,
                    form_version_id=ctx.form.version_id, form_id=ctx.form.form_id,
                    period=ctx.period, status=CURRENT,
                    source_row=None if part.row is None else part.row + 1))
        submission_ids = session.execute(
            insert(submissions_table).returning(submissions_table.c.id,
                                                sort_by_parameter_order=True),
            submission_rows).scalars().all()
        submission_of = {id(pp): sid for pp, sid in zip(part_plans, submission_ids)}
        superseded, value_rows = [], []
        for part_plan, sub_id in zip(part_plans, submission_ids):
            replaced = part_plan.replaces
            if part_plan.replaces_part is not None:
                replaced = submission_of.get(id(part_plan.replaces_part))
            if replaced is not None:
                superseded.append(dict(id=replaced, status=SUPERSEDED, superseded_by_id=sub_id))
            value_rows.extend(dict(submission_id=sub_id, indicator_id=indicator_ids[code],
                                   value=_to_int(found.value), cell=found.cell)
                              for code, found in part_plan.part.values.items())
        for row in superseded:
            session.execute(update(submissions_table).where(submissions_table.c.id == row["id"])
                            .values(status=row["status"],
                                    superseded_by_id=row["superseded_by_id"]))
        if value_rows:
            session.execute(insert(ReportValue.__table__), value_rows)
        _remember(session, ctx, remember)
        result = BatchResult(batch_id, list(plans))
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


def _keep_original(files_dir: Path, period: str, analysis: FileAnalysis,
                   new_copies: list[Path]) -> str:
    folder = files_dir / period
    if not new_copies:
        folder.mkdir(parents=True, exist_ok=True)
    safe = re.sub(r"[\\/:*?\"<>|]+", "_", analysis.name)
    name = f"{analysis.sha256[:12]} {safe}"
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


def import_paths(db, items: Sequence[str | Path], form_id: int, period: str, *,
                 dry_run: bool = False, progress: ProgressFn = no_progress,
                 cancel: CancelToken | None = None) -> BatchResult:
    """The whole import for the command line: expand folders, analyse every file, plan,
    and (unless ``dry_run``) commit in one transaction. Bad files never stop the others."""
    files = expand_paths(items)
    if not files:
        raise UserError("Không có tệp nào để nhập (chỉ nhận .xlsx, .xlsm, .xls, .ods, .csv).")
    with db.session() as session:
        ctx = prepare(session, form_id, period)
    analyses = []
    for number, path in enumerate(files):
        if cancel is not None:
            cancel.check()
        progress(number, len(files), f"Đọc {path.name}")
        analyses.append(analyse_file(path, ctx))
    if dry_run:
        with db.session() as session:
            return BatchResult(None, plan_batch(session, ctx, analyses))
    with db.transaction() as session:
        lock_period(session, form_id, period)  # a concurrent import waits, then plans anew
        plans = plan_batch(session, ctx, analyses)
        return commit_batch(session, received_dir(db), ctx, plans, progress=progress,
                            cancel=cancel)
