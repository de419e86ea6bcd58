"""Adding up the grassroots reports of a form over a period (or a range of periods).

Per indicator (keyed by its stable code, named as on the form's current version):
- count and money indicators: the sum over units and periods;
- stock indicators ("tổng số đoàn viên"): each unit's latest value in the range, summed over
  units — never a sum over time;
- yes/no: the number of units answering yes (a unit answers yes if it did in any period of
  the range) and their share of the units that answered;
- percentages: the mean of the units' latest values;
- weighted averages ("Tiền lương bình quân"): Σ(value × base) ÷ Σ base over the units;
- derived rates ("+ Tỷ lệ so với tổng số lao động"): 100 × the summed figure of the line
  above ÷ the summed figure of the indicator compared with, column by column — computed,
  never added up (QĐ 1454/QĐ-TLĐ, Mẫu 2-HĐCĐ).
Each value column ("Tổng số", "Nữ") and each sector is computed the same way. Also per
sector and per unit (with the file, sheet and cell each value came from), the units expected
(active in the last period), reported, on time and late against a deadline, missing, and the
same figures for a comparison period (previous month, or the same month a year before). One
query reads the values; everything else is computed in Python from it.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from unionplanner.core.errors import UserError
from unionplanner.core.text import fold
from unionplanner.domain.received.models import (
    ImportBatch,
    ReceivedFile,
    ReportValue,
    Submission,
    SubmissionStatus,
)
from unionplanner.domain.report_forms.kinds import IndicatorKind
from unionplanner.domain.report_forms.models import Indicator, ReportForm
from unionplanner.domain.report_forms.periods import (
    check_period,
    parse_period,
    per_year,
    period_bounds,
    shift,
)
from unionplanner.domain.report_forms.service import get_form
from unionplanner.domain.units.models import Unit


@dataclass
class UnitInfo:
    """A unit as summaries need it."""

    id: int
    code: str
    name: str
    sector: str
    members: int | None
    workers: int | None


@dataclass
class UnitValue:
    """One unit's value of an indicator in a period and where it was read."""

    unit: UnitInfo
    period: str
    value: int | None
    file: str
    sheet: str
    cell: str
    stored_name: str


#: what a summary prints where a value column does not apply to an indicator: "x", as on the
#: blank form (QĐ 1454/QĐ-TLĐ, Mẫu 1/2-HĐCĐ)
NOT_APPLICABLE = "x"


@dataclass
class IndicatorTotal:
    """The summary of one indicator. ``total``: sum (count, money), sum of latest values
    (stock), units answering yes (yes/no), mean (percent, in %), the weighted average over
    its base (average: Σ(value × base) ÷ Σ base over the units reporting both, QĐ
    1454/QĐ-TLĐ — never a mean of the units' averages); ``share_yes`` in % of the units that
    answered (yes/no only); ``per_unit``: code → the unit's figure for the range (the main
    column); ``columns``: the form's value column labels → totals (empty for one column;
    None for a column no unit gave a figure in). Without any figure (:attr:`has_figure`
    False) ``total`` is 0 but is no figure: a summary prints none, never 0."""

    code: str
    name: str
    unit_of_measure: str
    kind: str
    position: int
    total: float = 0
    units_reported: int = 0
    share_yes: float | None = None
    by_sector: dict[str, float] = field(default_factory=dict)
    per_unit: dict[str, float] = field(default_factory=dict)
    values: list[UnitValue] = field(default_factory=list)
    previous: float | None = None
    columns: dict[str, float | None] = field(default_factory=dict)
    base_code: str | None = None
    number: str = ""   # as numbered on the form ("1", "+", "a)"), blank if not
    #: the value columns it is counted in (indices; None: all of the form's)
    applies: list[int] | None = None
    parent_code: str | None = None
    #: the other value columns' figures: label → unit code → figure (the main column is
    #: ``per_unit``), and each column's total per sector: label → sector → total
    column_units: dict[str, dict[str, float]] = field(default_factory=dict)
    sector_columns: dict[str, dict[str, float]] = field(default_factory=dict)

    def units_in(self, labels: list[str], label: str | None) -> dict[str, float]:
        """Unit code → figure in the value column ``label`` (None or the first: the main
        column)."""
        if label is None or not labels or label == labels[0]:
            return self.per_unit
        return self.column_units.get(label, {})

    @property
    def row_number(self) -> str:
        """The row's number as the form prints it ("3", "a)", "+"), or its position on a
        form that numbers none: the same on the screen, the PDF, the Word and Excel files."""
        return self.number or str(self.position)

    def applies_to(self, labels: list[str], label: str) -> bool:
        """Whether the value column ``label`` (one of the form's ``labels``) applies to this
        indicator: False where the blank form has "x" (QĐ 1454/QĐ-TLĐ, Mẫu 1/2-HĐCĐ)."""
        return self.applies is None or (label in labels and labels.index(label) in self.applies)

    @property
    def has_figure(self) -> bool:
        """Whether some unit gave a figure in the main column (a blank is no figure: the
        level above's approval column of a finance form is blank in every return)."""
        return bool(self.per_unit)

    def column_total(self, labels: list[str], label: str) -> float | str | None:
        """The total of column ``label``: :data:`NOT_APPLICABLE` where it does not apply,
        None where it applies but no unit gave a figure (printed as no figure, not 0)."""
        if not self.applies_to(labels, label):
            return NOT_APPLICABLE
        return self.columns.get(label)

    @property
    def change(self) -> float | None:
        """Total minus the comparison period's (None without one)."""
        return None if self.previous is None else self.total - self.previous


@dataclass
class Completeness:
    """Units expected (active in the last period), reported, on time / late against
    ``deadline`` (by the day each unit's file arrived: ``received_file.arrived_on``, else
    its import day), missing."""

    expected: int
    reported: int
    on_time: int | None
    late: int | None
    missing: list[UnitInfo]
    deadline: dt.date | None = None

    @property
    def share(self) -> float:
        """Reported ÷ expected, in %."""
        return 100.0 * self.reported / self.expected if self.expected else 0.0


@dataclass
class Summary:
    """A form's reports for the periods ``first``…``last`` (codes: YYYY-MM, YYYY-Hn…)."""

    form_id: int
    form_name: str
    form_title: str
    first: str
    last: str
    indicators: list[IndicatorTotal]
    completeness: Completeness
    units: list[UnitInfo]
    reported: set[str]
    expected_codes: set[str] = field(default_factory=set)   # active in the last period
    #: the form's value column labels (empty for one) and its section/group headings
    columns: list[str] = field(default_factory=list)
    headings: list[dict[str, Any]] = field(default_factory=list)
    compared_with: str | None = None
    #: each of ``columns``' header path on the form ("Trình độ chuyên môn", "Đại học",
    #: "Nữ") and place in the form's sheet (0-based; the learnt layout's, else its order)
    paths: list[tuple[str, ...]] = field(default_factory=list)
    places: list[int] = field(default_factory=list)

    def indicator(self, code: str) -> IndicatorTotal | None:
        """The indicator with this code, or None."""
        return next((i for i in self.indicators if i.code == code), None)


def periods_between(first: str, last: str) -> list[str]:
    """Every period of ``first``'s kind from ``first`` to ``last`` inclusive (at most 240):
    "2023-01".."2023-06" gives six months, "2024-H2".."2025-H1" two half-years. Raises
    UserError when the two are not of one kind."""
    if parse_period(first).kind != parse_period(last).kind:
        raise UserError(f"Kỳ {first} và kỳ {last} không cùng loại (tháng, quý, 6 tháng, năm); "
                        "hãy chọn hai kỳ cùng loại.")
    found = [first]
    while found[-1] < last and len(found) < 240:
        found.append(shift(found[-1], 1))
    return found


def shift_period(period: str, steps: int) -> str:
    """``period`` moved by ``steps`` periods of its kind (negative: earlier)."""
    return shift(period, steps)


def _weighted(figures: dict[str, float], base: dict[str, float]) -> float:
    """Σ(value × base) ÷ Σ base over the units that report both (a wage over the people it
    is computed for); 0 when no unit does (QĐ 1454/QĐ-TLĐ, Mẫu 2-HĐCĐ)."""
    pairs = [(value, base[unit]) for unit, value in figures.items() if base.get(unit)]
    weight = sum(people for _value, people in pairs)
    return sum(value * people for value, people in pairs) / weight if weight else 0.0


def combine(kind: str, figures: dict[str, float], base: dict[str, float] | None) -> float:
    """One figure from the units' ``figures`` (unit code → figure) of an indicator of
    ``kind``: the mean for a percentage, the weighted average over ``base`` (unit code →
    people) for an average, else the sum (counts, stocks, money, units answering yes)."""
    if kind == IndicatorKind.PERCENT:
        return sum(figures.values()) / len(figures) if figures else 0.0
    if kind == IndicatorKind.AVERAGE and base is not None:
        return _weighted(figures, base)
    return float(sum(figures.values()))


def rate_of(numerator: dict[str, float], denominator: dict[str, float],
            units: set[str] | None = None) -> float | None:
    """100 × Σ numerator ÷ Σ denominator (unit code → figure) over the units (all when
    ``units`` is None) that give both — a rate of summed counts, in % (QĐ 1454/QĐ-TLĐ, Mẫu
    2-HĐCĐ: "+ Tỷ lệ so với tổng số lao động"); None when the denominator sums to 0."""
    chosen = [u for u in numerator if (units is None or u in units)
              and denominator.get(u) is not None]
    below = sum(denominator[u] for u in chosen)
    return 100.0 * sum(numerator[u] for u in chosen) / below if below else None


def compared_column(rate: IndicatorTotal, labels: list[str], label: str | None) -> str | None:
    """The column of the indicator a rate is compared with: the same column, except that a
    rate "so với tổng số lao động nữ" takes the female column ("Nữ") for the main one."""
    female = next((c for c in labels[1:] if fold(c) in ("nu", "trong do nu")), None)
    if female and fold(rate.name).endswith(" nu") and label in (None, labels[0]):
        return female
    return label


def _add_other(others: dict[tuple[str, int, str], tuple[str, float]], indicator: IndicatorTotal,
               column: int, unit_code: str, period: str, value: int) -> None:
    """A value of another column: the latest for stock-like kinds, else summed."""
    key = (indicator.code, column, unit_code)
    if indicator.kind in (IndicatorKind.STOCK, IndicatorKind.PERCENT, IndicatorKind.AVERAGE):
        if key not in others or others[key][0] < period:
            others[key] = (period, float(value))
    else:
        previous = others.get(key, ("", 0.0))[1]
        counted = 1 if value and indicator.kind == IndicatorKind.YESNO else value
        others[key] = (period, previous + counted)


def _column_units(indicators: dict[str, IndicatorTotal], labels: list[str],
                  others: dict[tuple[str, int, str], tuple[str, float]]) -> None:
    """Each indicator's unit figures per other value column, by the form's labels."""
    for (code, column, unit), (_period, value) in others.items():
        if 0 < column < len(labels):
            indicator = indicators[code]
            # percentages are stored in hundredths of a percent, like the main column's
            figure = value / 100 if indicator.kind == IndicatorKind.PERCENT else value
            indicator.column_units.setdefault(labels[column], {})[unit] = figure


def _totals(indicators: dict[str, IndicatorTotal], labels: list[str],
            sectors: dict[str, str]) -> None:
    """Totals of every indicator, column and sector, by kind (see the module text); rates
    last, from the totals of the indicators they divide."""
    columns = labels if len(labels) > 1 else [None]
    for indicator in sorted(indicators.values(), key=lambda i: i.kind == IndicatorKind.RATE):
        base = indicators.get(indicator.base_code or "")
        parent = indicators.get(indicator.parent_code or "")
        for label in columns:
            numerator = denominator = None
            if indicator.kind == IndicatorKind.RATE:
                if base is None or parent is None:
                    continue
                numerator = parent.units_in(labels, label)
                denominator = base.units_in(labels, compared_column(indicator, labels, label))
                rates = {u: 100.0 * value / denominator[u] for u, value in numerator.items()
                         if denominator.get(u)}
                if label is None or label == labels[0]:
                    indicator.per_unit = rates
                else:
                    indicator.column_units[label] = rates
            figures = indicator.units_in(labels, label)
            weights = base.units_in(labels, label) if base is not None else None
            by_sector: dict[str, dict[str, float]] = {}
            for unit, value in figures.items():
                by_sector.setdefault(sectors.get(unit, "khac"), {})[unit] = value
            if numerator is not None and denominator is not None:
                total = rate_of(numerator, denominator) or 0.0
                sector_totals = {sector: rate_of(numerator, denominator, set(units)) or 0.0
                                 for sector, units in by_sector.items()}
            else:
                total = combine(indicator.kind, figures, weights)
                sector_totals = {sector: combine(indicator.kind, units, weights)
                                 for sector, units in by_sector.items()}
            if label is None or label == labels[0]:
                indicator.total, indicator.by_sector = total, sector_totals
            if label is not None:
                indicator.columns[label] = total if figures else None
                indicator.sector_columns[label] = sector_totals


def active_units(session: Session, first_day: dt.date, last_day: dt.date) -> list[UnitInfo]:
    """Units active at some time between the two days, by code."""
    stmt = (select(Unit).where((Unit.active_from.is_(None)) | (Unit.active_from <= last_day))
            .where((Unit.active_to.is_(None)) | (Unit.active_to >= first_day))
            .order_by(Unit.code))
    return [UnitInfo(u.id, u.code, u.name, u.sector, u.members, u.workers)
            for u in session.scalars(stmt)]


def _values(session: Session, form_id: int, periods: list[str]) -> list[tuple[Any, ...]]:
    stmt = (select(Submission.unit_id, Submission.period, Indicator.code, ReportValue.value,
                   ReportValue.cell, ReceivedFile.original_name, ReceivedFile.sheet,
                   ReceivedFile.stored_name, ImportBatch.created_at, ReceivedFile.arrived_on,
                   ReportValue.value_column)
            .join(ReportValue, ReportValue.submission_id == Submission.id)
            .join(Indicator, Indicator.id == ReportValue.indicator_id)
            .join(ReceivedFile, ReceivedFile.id == Submission.file_id)
            .join(ImportBatch, ImportBatch.id == Submission.batch_id)
            .where(Submission.form_id == form_id, Submission.status == SubmissionStatus.CURRENT,
                   Submission.period.in_(periods)))
    return [tuple(row) for row in session.execute(stmt)]


def summarise(session: Session, form_id: int, period: str, *, last: str | None = None,
              deadline: dt.date | None = None, compare: str | None = None) -> Summary:
    """The summary of form ``form_id`` for ``period`` (to ``last`` when given). ``compare``:
    "previous" (the range just before, same length) or "last_year" (a year earlier).
    Raises UserError for an unknown form or a bad period."""
    first = check_period(period)
    last = check_period(last) if last else first
    if last < first:
        first, last = last, first
    form = get_form(session, form_id)
    periods = periods_between(first, last)
    units = active_units(session, period_bounds(first)[0], period_bounds(last)[1])
    summary = _build(session, form, periods, units, deadline)
    if compare in ("previous", "last_year"):
        steps = -len(periods) if compare == "previous" else -per_year(periods[0])
        other = [shift_period(p, steps) for p in periods]
        earlier = _build(session, form, other, units, None)
        for indicator in summary.indicators:
            before = earlier.indicator(indicator.code)
            indicator.previous = before.total if before and before.units_reported else None
        summary.compared_with = other[0] if len(other) == 1 else f"{other[0]}–{other[-1]}"
    return summary


def _build(session: Session, form: ReportForm, periods: list[str], units: list[UnitInfo],
           deadline: dt.date | None) -> Summary:
    by_id = {u.id: u for u in units}
    indicators = {i.code: IndicatorTotal(i.code, i.name, i.unit_of_measure, i.kind, i.position,
                                         base_code=i.base_code, number=i.number or "",
                                         applies=list(i.columns) if i.columns is not None
                                         else None, parent_code=i.parent_code)
                  for i in form.current.indicators}
    latest: dict[tuple[str, str], tuple[str, int]] = {}   # (code, unit) → (period, value)
    sums: dict[tuple[str, str], float] = {}
    others: dict[tuple[str, int, str], tuple[str, float]] = {}  # (code, column, unit)
    arrived: dict[str, dt.date] = {}  # unit → the day its report arrived (the latest file)
    for (unit_id, period, code, value, cell, file, sheet, stored, at, arrived_on,
         column) in _values(session, form.id, periods):
        unit = by_id.get(unit_id)
        indicator = indicators.get(code)
        if unit is None or indicator is None:
            continue
        day = arrived_on or at.date()  # files imported before arrival days were kept
        arrived[unit.code] = max(arrived.get(unit.code, day), day)
        if column:  # another value column ("Nữ"): added up the same way, by column
            if value is not None:
                _add_other(others, indicator, column, unit.code, period, value)
            continue
        indicator.values.append(UnitValue(unit, period, value, file, sheet, cell, stored))
        if value is None:
            continue
        key = (code, unit.code)
        if indicator.kind in (IndicatorKind.STOCK, IndicatorKind.PERCENT, IndicatorKind.AVERAGE):
            if key not in latest or latest[key][0] < period:
                latest[key] = (period, value)
        elif indicator.kind == IndicatorKind.YESNO:
            sums[key] = max(sums.get(key, 0), 1 if value else 0)
        else:
            sums[key] = sums.get(key, 0) + value
    for (code, unit_code), (_period, value) in latest.items():
        percent = indicators[code].kind == IndicatorKind.PERCENT
        sums[(code, unit_code)] = value / 100 if percent else value
    for (code, unit_code), value in sums.items():
        indicators[code].per_unit[unit_code] = value
    labels = list(form.current.columns or [])
    _column_units(indicators, labels, others)
    _totals(indicators, labels, {u.code: u.sector for u in units})
    for indicator in indicators.values():
        indicator.units_reported = len(indicator.per_unit)
        if indicator.kind == IndicatorKind.YESNO:
            figures = indicator.per_unit
            indicator.share_yes = 100.0 * indicator.total / len(figures) if figures else None
        indicator.values.sort(key=lambda v: (v.unit.code, v.period))
    reported = set(arrived)
    in_last = {u.id for u in active_units(session, *period_bounds(periods[-1]))}
    expected = [u for u in units if u.id in in_last]
    missing = [u for u in expected if u.code not in reported]
    on_time = late = None
    if deadline is not None:
        on_time = sum(1 for code in reported if arrived[code] <= deadline)
        late = len(reported) - on_time
    completeness = Completeness(len(expected), len([u for u in expected if u.code in reported]),
                                on_time, late, missing, deadline)
    return Summary(form.id, form.name, form.title, periods[0], periods[-1],
                   sorted(indicators.values(), key=lambda i: i.position), completeness, units,
                   reported, {u.code for u in expected}, labels,
                   [dict(h) for h in form.current.headings or []],
                   None, *_column_places(labels, form.current.layout))


def _column_places(labels: list[str], layout: dict[str, Any] | None
                   ) -> tuple[list[tuple[str, ...]], list[int]]:
    """Each value column's header path and place in the form's sheet, from the layout the
    form learnt from its template (``FormVersion.layout``); a form without one (typed in,
    or learnt before layouts were kept) has its labels as one-row paths, in their order."""
    kept = (layout or {}).get("columns") or []
    if len(kept) != len(labels):
        return [(label,) for label in labels], list(range(len(labels)))
    paths = [tuple(str(p) for p in c.get("path") or ()) or (label,)
             for c, label in zip(kept, labels)]
    places = [int(c["sheet_column"]) if isinstance(c.get("sheet_column"), int) else n
              for n, c in enumerate(kept)]
    return paths, places
