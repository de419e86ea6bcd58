"""The summary page's "Chỉ tiêu" and "Tình hình nộp báo cáo" tabs filled from a report:
the targets chart (and a hint when the tab would be empty for a reason), and who has
reported — on time, late (by each file's arrival day) and not at all, each its colour."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication

from unionplanner.core.text import format_number
from unionplanner.ui.shell.charts import LATE, MISSING, ON_TIME

if TYPE_CHECKING:
    from unionplanner.domain.summary.report import SummaryReport


def _pct(value) -> str:
    return "" if value is None else format_number(value, 1) + "%"


def _targets_hint(page: Any, report: SummaryReport | None) -> str:
    translate = QCoreApplication.translate
    if report is None:
        return ""
    if page.plan.currentData() is None:
        return translate("SummaryPage", "Choose a plan above to see its targets measured "
                                        "against these figures.")
    if not report.targets:
        return translate("SummaryPage", "This plan has no targets. Add them on the Plans page "
                                        "(Targets tab) to see them measured here.")
    return ""


def show_targets_and_reporting(page: Any, report: SummaryReport | None) -> None:
    """Fill the targets chart and hint and the reporting tab of ``page`` (the
    SummaryPage, named loosely so this module does not import it back) from ``report``
    (None: nothing to show)."""
    translate = QCoreApplication.translate
    hint = _targets_hint(page, report)
    page.targets_hint.setText(hint)
    page.targets_hint.setVisible(bool(hint))
    measured = [r for r in report.targets if r.percent_of_target is not None] if report else []
    page.target_chart.set_data([r.text for r in measured],
                               [r.percent_of_target or 0.0 for r in measured])
    if report is None:
        page.completeness.setText("")
        page.completeness_chart.set_data([], [])
        page.missing.set_records([])
        return
    c = report.summary.completeness
    parts = [(translate("SummaryPage", "Reported"), c.reported, ON_TIME),
             (translate("SummaryPage", "Not reported"), len(c.missing), MISSING)]
    text = translate("SummaryPage", "Expected: %1 · reported: %2 (%3) · not reported: %4"
                     ).replace("%1", str(c.expected)).replace("%2", str(c.reported)).replace(
        "%3", _pct(c.share)).replace("%4", str(len(c.missing)))
    if c.on_time is not None and c.deadline is not None:
        parts = [(translate("SummaryPage", "On time"), c.on_time, ON_TIME),
                 (translate("SummaryPage", "Late"), c.late or 0, LATE),
                 (translate("SummaryPage", "Not reported"), len(c.missing), MISSING)]
        text += translate("SummaryPage", " · deadline %1: %2 on time, %3 late").replace(
            "%1", c.deadline.strftime("%d/%m/%Y")).replace("%2", str(c.on_time)).replace(
            "%3", str(c.late))
    page.completeness.setText(text)
    page.completeness_chart.set_data([p[0] for p in parts], [p[1] for p in parts], "CĐCS",
                                     None, colours=[p[2] for p in parts])
    page.missing.set_records(c.missing)
    page.missing_button.setEnabled(bool(c.missing))


def open_target(page: Any, index: Any) -> None:
    """A double click on a target of ``page`` (the SummaryPage): the units behind its
    figure when an indicator measures it; otherwise why it has no figure and where that is
    put right, with a button that goes there."""
    from PySide6.QtWidgets import QMessageBox

    from unionplanner.domain.plans.document import TargetShape
    from unionplanner.ui.shell.table_model import OBJECT_ROLE

    result = index.data(OBJECT_ROLE)
    report = page.report
    if result is None or report is None:
        return
    indicator = report.summary.indicator(result.indicator) if result.indicator else None
    if indicator is not None:
        page.show_units_behind(indicator)
        return
    translate = QCoreApplication.translate
    if result.shape == TargetShape.QUALITATIVE:
        where, key = translate("SummaryPage", "A qualitative target is judged met or not on "
                               "the Activity tracking page (tab Qualitative targets)."), "tracking"
    else:
        where, key = translate("SummaryPage", "To count it from the reports, open the plan "
                               "(Plans page), tab Targets, and choose the indicator of this "
                               "form in the column \"Measured by\"."), "plans"
    box = QMessageBox(QMessageBox.Icon.Information, translate("SummaryPage", "Target"),
                      f"{result.text}\n\n{result.why}.\n\n{where}" if result.why
                      else f"{result.text}\n\n{where}", parent=page)
    go = box.addButton(translate("SummaryPage", "Go there"), QMessageBox.ButtonRole.AcceptRole)
    box.addButton(translate("SummaryPage", "Close"), QMessageBox.ButtonRole.RejectRole)
    box.exec()
    if box.clickedButton() is go:
        page.ctx.navigate.emit(key, None)
