"""The summary report (Báo cáo tổng hợp): a form's figures for a period, a plan's targets
evaluated on them, completeness against the plan's report deadline, a comparison period, and
the office's header and signature — gathered once, then printed (:mod:`.export`) or given
as JSON (the command line)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from unionplanner.domain.office.service import get_office
from unionplanner.domain.plans.document import PlanDocument, Scope, ScopeKind
from unionplanner.domain.report_forms.kinds import IndicatorKind
from unionplanner.domain.summary.aggregate import IndicatorTotal, Summary, summarise
from unionplanner.domain.summary.evaluate import TargetResult, evaluate
from unionplanner.domain.units.sectors import SECTORS


@dataclass
class SummaryReport:
    """Everything the summary report shows."""

    summary: Summary
    targets: list[TargetResult] = field(default_factory=list)
    plan: PlanDocument | None = None
    plan_label: str = ""
    issuer: str = ""
    parent_body: str = ""
    parent_name: str = ""   # as the office writes it, for "Kính gửi:"
    place: str = ""
    signer: tuple[str, str, str] = ("", "", "")
    symbol: str = ""        # the office's issuer symbol ("CĐX" in "Số: 12/BC-CĐX")
    number_text: str = ""   # "Số: 12/BC-CĐX" once entered in the register; blank: by hand

    @property
    def period_text(self) -> str:
        """"tháng 5/2023", "từ tháng 1/2023 đến tháng 6/2023", "6 tháng đầu năm 2025"."""
        from unionplanner.domain.report_forms.periods import parse_period

        s = self.summary
        first, last = parse_period(s.first).text, parse_period(s.last).text
        return first if s.first == s.last else f"từ {first} đến {last}"


def scope_text(scope: Scope) -> str:
    """The words for a scope ("Tất cả CĐCS", "CĐCS Doanh nghiệp ngoài nhà nước")."""
    if scope.kind == ScopeKind.SECTORS and scope.sectors:
        if sorted(scope.sectors) == sorted(["dnnn", "ngoai_nn", "fdi"]):
            return "CĐCS khối doanh nghiệp"
        return "CĐCS " + ", ".join(SECTORS.get(s, s).lower() for s in scope.sectors)
    if scope.kind == ScopeKind.UNIT_LIST and scope.units:
        return f"{len(scope.units)} CĐCS: " + ", ".join(scope.units[:5]) + (
            "…" if len(scope.units) > 5 else "")
    if scope.kind == ScopeKind.UPPER_LEVEL:
        return "Công đoàn cấp trên cơ sở"
    return "Tất cả CĐCS" if scope.kind == ScopeKind.ALL_UNITS else scope.text


def _report_deadline(doc: PlanDocument, form_id: int, period: str) -> dt.date | None:
    """The plan's deadline for this form's report of ``period``: one set for that period
    when the plan has it (a plan asking for each month's report by the 5th of the next),
    else the latest report deadline for the form or for reports in general."""
    reports = [d for d in doc.deadlines if d.kind == "report" and d.form_id in (None, form_id)]
    for_period = [d.date for d in reports if d.period == period]
    dates = for_period or [d.date for d in reports if not d.period]
    return max(dates) if dates else None


def build_report(session: Session, form_id: int, period: str, *, last: str | None = None,
                 plan_id: int | None = None, compare: str | None = None) -> SummaryReport:
    """Gather the report (see the module text). Raises UserError for an unknown form or plan
    or a bad period."""
    from unionplanner.domain.plans.models import PlanTarget
    from unionplanner.domain.plans.service import get_plan, load_document
    from unionplanner.domain.tracking.models import TargetCheck

    doc = None
    deadline = None
    verdicts: dict[str, bool | None] = {}
    if plan_id is not None:
        plan = get_plan(session, plan_id)
        doc = load_document(plan)
        deadline = _report_deadline(doc, form_id, last or period)
        rows = session.execute(select(PlanTarget.key, TargetCheck.met).join(
            TargetCheck, TargetCheck.target_id == PlanTarget.id).where(
            PlanTarget.plan_id == plan_id)).all()
        verdicts = dict(rows)
    summary = summarise(session, form_id, period, last=last, deadline=deadline,
                        compare=compare)
    office = get_office(session)
    report = SummaryReport(summary, plan=doc)
    if doc is not None:
        report.plan_label = (f"Kế hoạch số {doc.number_text.removeprefix('Số: ').strip()}"
                             + (f" ngày {doc.date:%d/%m/%Y}" if doc.date else ""))
        report.targets = [evaluate(t, summary, verdicts.get(t.id), scope_text(t.scope))
                          for t in doc.targets]
    source = doc if doc is not None else None
    report.issuer = (source.issuer if source and source.issuer else
                     (office.name.upper() if office else ""))
    report.parent_body = (source.parent_body if source and source.parent_body else
                          (office.parent_body.upper() if office else ""))
    report.parent_name = (office.parent_body if office and office.parent_body else
                          report.parent_body)
    report.place = source.place if source and source.place else (office.place if office else "")
    report.symbol = office.symbol if office else ""
    if source and source.signer.name:
        report.signer = (source.signer.authority, source.signer.title, source.signer.name)
    elif office and office.signers:
        first = office.signers[0]
        report.signer = (first.get("authority", ""), first.get("title", ""), first.get("name", ""))
    return report


def _number(value: float | None) -> int | float | None:
    if value is None:
        return None
    return int(value) if float(value).is_integer() else round(value, 2)


def report_json(report: SummaryReport) -> dict[str, Any]:
    """The figures as ``summary --json`` prints them: indicators (indicator text as on the
    form, code, unit, kind, total — yes/no: units answering yes; a weighted average over its
    base, a rate computed from summed counts —, units_reported, share_yes, by_sector, previous,
    columns {label: total} and sector_columns {label: {sector: total}}, empty for a form with
    one value column), targets (text, shape, target, achieved, percent_of_target, met,
    scope, units_in_scope, units_meeting, not_reporting, why), completeness (expected,
    reported, on_time, late, missing codes, deadline)."""
    s = report.summary
    c = s.completeness
    return {
        "form": {"id": s.form_id, "name": s.form_name},
        "period": s.first if s.first == s.last else {"from": s.first, "to": s.last},
        "compared_with": s.compared_with,
        "indicators": [{
            "indicator": i.name, "code": i.code, "unit_of_measure": i.unit_of_measure,
            "kind": i.kind, "total": _number(i.total) if i.has_figure else None,
            "units_reported": i.units_reported,
            "share_yes": _number(i.share_yes) if i.kind == IndicatorKind.YESNO else None,
            "by_sector": {k: _number(v) for k, v in sorted(i.by_sector.items())},
            "previous": _number(i.previous),
            "columns": {label: _number(total) for label, total in i.columns.items()},
            "sector_columns": {label: {k: _number(v) for k, v in sorted(sectors.items())}
                               for label, sectors in i.sector_columns.items()}}
            for i in s.indicators],
        "targets": [{
            "text": t.text, "shape": t.shape, "target": _number(t.target),
            "achieved": _number(t.achieved), "percent_of_target": _number(t.percent_of_target),
            "met": t.met, "scope": t.scope, "units_in_scope": t.units_in_scope,
            "units_meeting": t.units_meeting, "not_reporting": t.not_reporting,
            "why": t.why or None} for t in report.targets],
        "completeness": {
            "expected": c.expected, "reported": c.reported, "on_time": c.on_time,
            "late": c.late, "missing": [u.code for u in c.missing],
            "deadline": c.deadline.isoformat() if c.deadline else None},
    }


def figure(indicator: IndicatorTotal, value: float | None = None) -> str:
    """An indicator's figure in Vietnamese style ("1.234", "290.900.000", "81,5%");
    ``value`` None: its total, "" when no unit gave a figure (no figure is not 0)."""
    from unionplanner.core.text import format_number

    if value is None:
        if not indicator.has_figure:
            return ""
        value = indicator.total
    if indicator.kind in (IndicatorKind.PERCENT, IndicatorKind.RATE):
        return format_number(value, 1) + "%"
    if indicator.kind in (IndicatorKind.MONEY, IndicatorKind.AVERAGE):  # whole đồng
        return format_number(round(value))
    return format_number(value, 0 if float(value).is_integer() else 1)


def column_text(indicator: IndicatorTotal, labels: list[str], label: str) -> str:
    """The total of value column ``label`` (one of the form's ``labels``) as printed: its
    figure, "x" where the column does not apply, "" where no unit gave a figure."""
    total = indicator.column_total(labels, label)
    if isinstance(total, str):
        return total
    return "" if total is None else figure(indicator, total)
