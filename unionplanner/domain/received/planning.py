"""Planning an import (nothing is written): what each analysed file will do — import,
replace a unit's earlier report, nothing (a duplicate or the same values), or fail — in the
order a person would apply them (ordinary reports first, then revisions "bổ sung", "điều
chỉnh"). :mod:`unionplanner.domain.received.service` commits the plan."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from unionplanner.domain.received.findings import (
    AnalysisContext,
    FileAnalysis,
    FileState,
    Problem,
    Severity,
    UnitPart,
)
from unionplanner.domain.received.matching import UnitCandidate
from unionplanner.domain.received.models import (
    FileStatus,
    ImportBatch,
    PartAction,
    ReceivedFile,
    ReportValue,
    Submission,
    SubmissionStatus,
)
from unionplanner.domain.report_forms.models import Indicator


@dataclass
class PartPlan:
    """What will happen to one unit's part: ``action`` NEW, REPLACE or SAME (nothing to do),
    ``replaces`` the submission id it supersedes (REPLACE of a stored report) or
    ``replaces_part`` (an earlier file of the same batch)."""

    part: UnitPart
    action: PartAction
    replaces: int | None = None
    replaces_part: PartPlan | None = None
    replaced_at: dt.datetime | None = None
    file: str = ""


@dataclass
class FilePlan:
    """One file's analysis and the resulting ``status`` (imported, replaced, duplicate,
    skipped, error) with a ``reason`` for duplicate/skipped/error."""

    analysis: FileAnalysis
    status: FileStatus
    parts: list[PartPlan] = field(default_factory=list)
    reason: str = ""
    order: int = 0  # the order files are applied in (revisions after the reports they revise)
    #: for a file waiting for a choice: the units it may be from (code, name, score %)
    candidates: list[tuple[str, str, float]] = field(default_factory=list)

    @property
    def writes(self) -> bool:
        return any(p.action in (PartAction.NEW, PartAction.REPLACE) for p in self.parts)

    def to_dict(self, batch_id: int | None = None) -> dict[str, Any]:
        """JSON shape of ``reports import``: file, status, unit (code; codes joined for a
        cluster sheet), units, values (count), warnings, errors, sheet, revision, and
        ``missing_columns``: the form's value columns the file lacks (an imported file with
        any is not complete)."""
        analysis = self.analysis
        codes = [p.part.unit.code for p in self.parts if p.part.unit]
        warnings: list[str] = []
        errors: list[str] = []
        for problem in analysis.all_problems():
            (errors if problem.severity == Severity.ERROR else warnings).append(problem.text())
        told = (FileStatus.DUPLICATE, FileStatus.SKIPPED, FileStatus.WAITING)
        if self.reason and self.status in told and \
                self.reason not in warnings:
            warnings.insert(0, self.reason)
        return {
            "file": analysis.name,
            "status": self.status,
            "unit": codes[0] if len(codes) == 1 else (", ".join(codes) or None),
            "units": codes,
            "values": sum(len(p.part.values) for p in self.parts
                          if p.action in (PartAction.NEW, PartAction.REPLACE) and p.part.unit),
            "warnings": warnings,
            "errors": errors,
            "sheet": analysis.table.sheet.name if analysis.table else None,
            "revision": analysis.is_revision,
            "batch": batch_id,
            "needs_confirmation": self.status == FileStatus.WAITING,
            "candidates": [{"code": code, "name": name, "score": round(score)}
                           for code, name, score in self.candidates],
            "missing_columns": list(analysis.unplaced),
        }


def _stored_values(part: UnitPart) -> dict[str, int | None]:
    """A part's values as stored, keyed "CODE" (main column) and "CODE#n" (column n)."""
    found = {code: to_int(value.value) for code, value in part.values.items()}
    found.update({value_key(code, column): to_int(value.value)
                  for (code, column), value in part.more.items()})
    return found


def value_key(code: str, column: int) -> str:
    """How a value of a column is keyed when reports are compared: "CT05", "CT05#1"."""
    return code if column == 0 else f"{code}#{column}"


def to_int(value: int | bool | None) -> int | None:
    if value is None:
        return None
    return int(value)


def _current_submissions(session: Session, form_id: int, period: str
                         ) -> dict[int, tuple[int, dt.datetime, dict[str, int | None]]]:
    """unit id → (submission id, when imported, code → value) of the current reports."""
    rows = session.execute(
        select(Submission.id, Submission.unit_id, ImportBatch.created_at, Indicator.code,
               ReportValue.value, ReportValue.value_column)
        .join(ImportBatch, ImportBatch.id == Submission.batch_id)
        .outerjoin(ReportValue, ReportValue.submission_id == Submission.id)
        .outerjoin(Indicator, Indicator.id == ReportValue.indicator_id)
        .where(Submission.form_id == form_id, Submission.period == period,
               Submission.status == SubmissionStatus.CURRENT))
    found: dict[int, tuple[int, dt.datetime, dict[str, int | None]]] = {}
    for sub_id, unit_id, created, code, value, column in rows:
        entry = found.setdefault(unit_id, (sub_id, created, {}))
        if code is not None:
            entry[2][value_key(code, column or 0)] = value
    return found


def _known_files(session: Session, form_id: int, period: str) -> dict[str, dt.datetime]:
    rows = session.execute(
        select(ReceivedFile.sha256, func.min(ImportBatch.created_at))
        .join(Submission, Submission.file_id == ReceivedFile.id)
        .join(ImportBatch, ImportBatch.id == ReceivedFile.batch_id)
        .where(Submission.form_id == form_id, Submission.period == period,
               Submission.status != SubmissionStatus.UNDONE)
        .group_by(ReceivedFile.sha256))
    return dict(rows.all())


def _when(moment: dt.datetime) -> str:
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=dt.UTC)
    return moment.astimezone().strftime("%H:%M ngày %d/%m/%Y")


@dataclass
class RegisterState:
    """What planning needs of the register for one form and period, read once: each unit's
    current report (unit id → (submission id, when imported, value key → value)) and the
    files already imported (SHA-256 → when first)."""

    current: dict[int, tuple[int, dt.datetime, dict[str, int | None]]]
    known: dict[str, dt.datetime]


def load_register(session: Session, ctx: AnalysisContext) -> RegisterState:
    """The register's state for ``ctx``'s form and period (see :class:`RegisterState`)."""
    return RegisterState(_current_submissions(session, ctx.form.form_id, ctx.period),
                         _known_files(session, ctx.form.form_id, ctx.period))


def plan_batch(session: Session, ctx: AnalysisContext,
               analyses: Sequence[FileAnalysis]) -> list[FilePlan]:
    """:func:`plan_files` against the register as it is now in ``session``."""
    return plan_files(ctx, analyses, load_register(session, ctx))


def plan_files(ctx: AnalysisContext, analyses: Sequence[FileAnalysis],
               register: RegisterState) -> list[FilePlan]:
    """Decide what each analysed file will do (nothing is written).

    Files are taken in the order a person would: ordinary reports first, then those marked
    as revisions ("bổ sung", "điều chỉnh" in the name or heading), each group by the date in
    its heading and then by name; so a revision replaces the earlier report of its unit even
    when both arrive in one batch. A file whose bytes were already imported for this form
    and period is a duplicate; a unit whose values equal the stored ones is left alone; a
    different report for a unit that already has one replaces it (its old values stay in
    the history).
    """
    period = ctx.period
    current, known = register.current, register.known
    order = sorted(range(len(analyses)), key=lambda i: (
        analyses[i].is_revision, analyses[i].report_date or dt.date.min, analyses[i].name))
    plans: dict[int, FilePlan] = {}
    seen_hashes: dict[str, str] = {}
    latest_part: dict[int, PartPlan] = {}
    rivals = _rivals(analyses)
    units = {unit.id: unit for unit in ctx.units.units}
    for index in order:
        analysis = analyses[index]
        refused = _not_to_import(analysis, known, seen_hashes, period) or \
            _waiting(analysis, rivals, units)
        if refused is not None:
            plans[index] = refused
            continue
        seen_hashes[analysis.sha256] = analysis.name
        plan = FilePlan(analysis, FileStatus.IMPORTED)
        for part in analysis.parts:
            if part.unit is None:
                continue
            part_plan = _plan_part(part, latest_part.get(part.unit.id), current)
            part_plan.file = analysis.name
            if part_plan.action != PartAction.SAME:
                latest_part[part.unit.id] = part_plan
            plan.parts.append(part_plan)
        _settle(plan)
        plans[index] = plan
    for rank, index in enumerate(order):
        plans[index].order = rank
    return [plans[i] for i in range(len(analyses))]


def _confirmed(analysis: FileAnalysis) -> bool:
    """Someone said which unit the file is from (the wizard's choice, --confirm-unit)."""
    return analysis.overrides.unit_id is not None


def _rivals(analyses: Sequence[FileAnalysis]) -> dict[int, list[FileAnalysis]]:
    """unit id → the one-unit files of the batch that are not revisions and report for it
    (two or more with different figures must not replace each other in a row)."""
    found: dict[int, list[FileAnalysis]] = {}
    for analysis in analyses:
        if analysis.is_revision or analysis.status in (FileState.SKIPPED, FileState.FAILED) or \
                len(analysis.parts) != 1 or analysis.parts[0].unit is None:
            continue
        found.setdefault(analysis.parts[0].unit.id, []).append(analysis)
    return found


def _waiting(analysis: FileAnalysis, rivals: dict[int, list[FileAnalysis]],
             units: dict[int, UnitCandidate]) -> FilePlan | None:
    """The plan of a one-unit file nothing may be written from until someone says which
    unit it is: its unit match is not sure, the file names another unit than the one whose
    e-mail address sent it, or other files of the batch report different figures for the
    same unit (shown side by side, never applied one over the other). A sender that is the
    unit the file names makes an unsure match sure. No value is ever credited to a unit on
    a guess."""
    if len(analysis.parts) != 1 or _confirmed(analysis):
        return None
    part = analysis.parts[0]
    unit = part.unit
    if unit is None:
        return None
    candidates = [(unit.code, unit.name, part.match.score)]
    if part.match.runner_up is not None:
        candidates.append((part.match.runner_up.code, part.match.runner_up.name, 0.0))
    sender = units.get(analysis.overrides.sender_unit_id or -1)
    if sender is not None and sender.id != unit.id:
        candidates = [candidates[0], (sender.code, sender.name, 0.0)]
        return FilePlan(analysis, FileStatus.WAITING, reason=(
            f"Tệp ghi là báo cáo của {unit.code} – {unit.name} (theo \"{part.match.text}\") "
            f"nhưng được gửi từ địa chỉ thư của {sender.code} – {sender.name}: chưa nhập gì. "
            "Hãy xác nhận đơn vị của tệp."), candidates=candidates)
    if not part.match.sure and sender is None:
        return FilePlan(analysis, FileStatus.WAITING, reason=(
            f"Chưa chắc tệp là báo cáo của {unit.code} – {unit.name} (theo \"{part.match.text}\", "
            f"khớp {part.match.score:.0f}%): chưa nhập gì. Hãy xác nhận đơn vị của tệp."),
            candidates=candidates)
    others = [] if analysis.is_revision else [  # a revision is meant to replace
        a for a in rivals.get(unit.id, []) if a is not analysis
        and _stored_values(a.parts[0]) != _stored_values(part)]
    if others:
        names = ", ".join(f"\"{a.name}\"" for a in others[:3])
        return FilePlan(analysis, FileStatus.WAITING, reason=(
            f"Lần nhập này có báo cáo khác của {unit.code} – {unit.name} với số liệu khác "
            f"({names}): chưa nhập tệp nào của đơn vị này. Hãy xác nhận tệp đúng của đơn vị, "
            "hoặc ghi \"bổ sung\" vào tên tệp gửi sau."), candidates=candidates)
    return None


def _not_to_import(analysis: FileAnalysis, known: dict[str, dt.datetime],
                   seen_hashes: dict[str, str], period: str) -> FilePlan | None:
    """The plan of a file that will not be imported at all (skipped, unreadable, or the same
    bytes as a file already imported or earlier in this batch), else None."""
    if analysis.status == FileState.SKIPPED:
        return FilePlan(analysis, FileStatus.SKIPPED, reason=(
            "Bỏ qua theo lựa chọn." if analysis.overrides.skip or not analysis.problems
            else analysis.problems[0].text()))
    if analysis.status == FileState.FAILED:
        return FilePlan(analysis, FileStatus.ERROR, reason=analysis.error or "")
    if analysis.sha256 in known:
        return FilePlan(analysis, FileStatus.DUPLICATE, reason=(
            f"Tệp này đã được nhập lúc {_when(known[analysis.sha256])} cho kỳ {period}: "
            "bỏ qua."))
    if analysis.sha256 in seen_hashes:
        return FilePlan(analysis, FileStatus.DUPLICATE, reason=(
            f"Tệp giống hệt tệp \"{seen_hashes[analysis.sha256]}\" trong lần nhập này: "
            "bỏ qua."))
    return None


def _plan_part(part: UnitPart, earlier: PartPlan | None,
               current: dict[int, tuple[int, dt.datetime, dict[str, Any]]]) -> PartPlan:
    """What one unit's part does: replace a part earlier in this batch or the stored report
    (unless its values are the same), or add a new report."""
    values = _stored_values(part)
    if earlier is not None:
        if _stored_values(earlier.part) == values:
            return PartPlan(part, PartAction.SAME)
        return PartPlan(part, PartAction.REPLACE, replaces_part=earlier)
    if part.unit is not None and part.unit.id in current:
        sub_id, created, stored = current[part.unit.id]
        action = PartAction.SAME if stored == values else PartAction.REPLACE
        return PartPlan(part, action, replaces=sub_id, replaced_at=created)
    return PartPlan(part, PartAction.NEW)


def _settle(plan: FilePlan) -> None:
    """The file's status from its parts' actions; each replacement gets a warning naming
    what it replaces."""
    actions = {p.action for p in plan.parts}
    if not plan.parts:
        plan.status, plan.reason = FileStatus.ERROR, plan.analysis.error or "Không có đơn vị nào."
    elif actions == {PartAction.SAME}:
        plan.status = FileStatus.DUPLICATE
        plan.reason = ("Số liệu trong tệp giống hệt báo cáo đã nhập trước đó: không có gì "
                       "thay đổi.")
    elif PartAction.REPLACE in actions:
        plan.status = FileStatus.REPLACED
        for p in plan.parts:
            if p.action == PartAction.REPLACE and p.part.unit:
                source = (f"tệp \"{p.replaces_part.file}\"" if p.replaces_part
                          else "báo cáo nhập trước")
                when = f" lúc {_when(p.replaced_at)}" if p.replaced_at else ""
                p.part.problems.append(Problem(
                    Severity.WARNING,
                    f"Thay thế {source}{when} của {p.part.unit.code}; số liệu cũ vẫn "
                             "được lưu trong lịch sử."))
