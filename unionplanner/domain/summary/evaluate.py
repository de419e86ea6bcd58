"""A plan's targets against the grassroots reports, in the five shapes of
:mod:`unionplanner.domain.plans.document`.

- total count: the sum of the measuring indicator over the units in scope ≥ the number;
- share of units: units in scope "meeting" it (a yes, or a number above 0) ÷ units in scope
  (active in the period) ≥ the percentage; units that did not report count as not meeting
  it and are listed apart;
- share of people: the sum of the measuring indicator ÷ the sum of the base ("Tính trên":
  an indicator, or the units' members from the unit list) ≥ the percentage;
- every unit at least: every unit in scope has the indicator ≥ the number (units that did
  not report fail);
- qualitative: the verdict ticked on the tracking page.
A target with no measuring indicator, or about upper-level unions (not in these reports), is
shown without a verdict.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from unionplanner.domain.plans.document import (
    CEILINGS,
    PERCENT_SHAPES,
    Scope,
    ScopeKind,
    Target,
    TargetShape,
)
from unionplanner.domain.summary.aggregate import Summary, UnitInfo


@dataclass
class TargetResult:
    """A target evaluated: what was asked (``target``: a number, or a % for shares),
    ``achieved`` (same unit), ``percent_of_target`` (achieved ÷ target × 100), ``met`` (None
    when it cannot be judged, with ``why``), the units in scope and the ones not reporting
    (codes), and for shares of units the number meeting."""

    text: str
    shape: str
    target: float | None
    achieved: float | None = None
    percent_of_target: float | None = None
    met: bool | None = None
    why: str = ""
    units_in_scope: int = 0
    units_meeting: int | None = None
    not_reporting: list[str] = field(default_factory=list)
    scope: str = ""
    indicator: str = ""  # the code of the form's indicator measuring it ("" when none)


def units_in_scope(scope: Scope, units: list[UnitInfo]) -> list[UnitInfo] | None:
    """The grassroots units a scope covers (None for upper-level unions)."""
    if scope.kind == ScopeKind.UPPER_LEVEL:
        return None
    if scope.kind == ScopeKind.SECTORS and scope.sectors:
        return [u for u in units if u.sector in scope.sectors]
    if scope.kind == ScopeKind.UNIT_LIST and scope.units:
        wanted = set(scope.units)
        return [u for u in units if u.code in wanted]
    return list(units)


def evaluate(target: Target, summary: Summary, verdict: bool | None = None,
             scope_label: str = "") -> TargetResult:
    """Evaluate one target on ``summary`` (the units expected in its last period are the
    ones counted); ``verdict``: the tracking page's met / not met for a qualitative one."""
    goal = target.percent if target.shape in PERCENT_SHAPES else target.value
    result = TargetResult(target.text, target.shape, goal, scope=scope_label)
    if target.shape == TargetShape.QUALITATIVE:
        result.met = verdict
        result.why = "" if verdict is not None else "chưa đánh giá (trang Theo dõi hoạt động)"
        return result
    scoped = units_in_scope(target.scope, [u for u in summary.units
                                           if u.code in summary.expected_codes])
    if scoped is None:
        result.why = "chỉ tiêu của công đoàn cấp trên, không tính từ báo cáo CĐCS"
        return result
    result.units_in_scope = len(scoped)
    result.not_reporting = [u.code for u in scoped if u.code not in summary.reported]
    measures = [i for i in target.indicators if i.role == "measure"
                and i.form_id == summary.form_id]
    if not measures or summary.indicator(measures[0].code) is None:
        result.why = "chưa gắn chỉ số đo của mẫu báo cáo này"
        return result
    measure = summary.indicator(measures[0].code)
    assert measure is not None  # checked just above
    result.indicator = measure.code
    figures = measure.units_in(summary.columns, measures[0].column)
    values = {code: figures.get(code) for code in (u.code for u in scoped)}
    if target.shape in (TargetShape.TOTAL_COUNT, TargetShape.CEILING_COUNT):
        result.achieved = sum(v for v in values.values() if v is not None)
    elif target.shape == TargetShape.SHARE_OF_UNITS:
        meeting = sum(1 for v in values.values() if v)  # yes, or a number above 0
        result.units_meeting = meeting
        result.achieved = 100.0 * meeting / len(scoped) if scoped else None
    elif target.shape == TargetShape.EVERY_UNIT_AT_LEAST:
        need = target.value if target.value is not None else 1
        meeting = sum(1 for v in values.values() if v is not None and v >= need)
        result.units_meeting = meeting
        result.achieved = float(meeting)
        result.target = float(len(scoped))
        result.met = bool(scoped) and meeting == len(scoped)
    elif target.shape in (TargetShape.SHARE_OF_PEOPLE, TargetShape.CEILING_SHARE):
        bases = [i for i in target.indicators if i.role == "base" and i.form_id == summary.form_id]
        base_indicator = summary.indicator(bases[0].code) if bases else None
        numerator = sum(v for code, v in values.items() if v is not None)
        if base_indicator is not None:
            people = base_indicator.units_in(summary.columns, bases[0].column)
            denominator = sum(people.get(u.code) or 0 for u in scoped
                              if values.get(u.code) is not None)
        else:
            denominator = sum(u.members or 0 for u in scoped)
        result.achieved = 100.0 * numerator / denominator if denominator else None
    if result.achieved is not None and target.shape in CEILINGS and result.target is not None:
        result.met = result.achieved <= result.target  # at most: a percentage of it says little
    elif result.achieved is not None and result.target:
        result.percent_of_target = 100.0 * result.achieved / result.target
        if result.met is None:
            result.met = result.achieved >= result.target
    elif result.achieved is not None and result.target is None:
        result.why = "chỉ tiêu chưa có con số"
    return result
