"""Choosing a period as the form is filled: months by default, half-years and years counted
to 31/5 and 30/11 for a statistics form, and the codes the domain stores."""

from __future__ import annotations

from PySide6.QtCore import QDate

from unionplanner.ui.shell.period_picker import PeriodPicker


def test_months_by_default_as_the_month_chooser_did(qtbot):
    picker = PeriodPicker()
    qtbot.addWidget(picker)
    picker.setDate(QDate(2023, 5, 17))
    assert picker.code() == "2023-05" and picker.date() == QDate(2023, 5, 1)
    assert picker.kind.isHidden()  # one kind: nothing to choose
    seen = []
    picker.changed.connect(seen.append)
    picker.part.setCurrentIndex(5)
    assert seen[-1] == "2023-06"


def test_a_statistics_form_offers_half_years_and_years(qtbot):
    picker = PeriodPicker()
    qtbot.addWidget(picker)
    picker.set_kinds(["half-year", "year"])
    assert [picker.kind.itemText(i) for i in range(picker.kind.count())] == ["6 tháng", "Năm"]
    picker.set_code("2025-H1")
    assert picker.code() == "2025-H1" and picker.date() == QDate(2025, 5, 1)
    picker.setDate(QDate(2024, 12, 1))  # 1/12 opens the next year's first half
    assert picker.code() == "2025-H1"
    picker.setDate(QDate(2025, 7, 1))
    assert picker.code() == "2025-H2"
    picker.kind.setCurrentIndex(1)
    assert picker.code() == "2025" and picker.part.isHidden()


def test_a_form_of_figures_as_at_a_date_takes_a_day(qtbot):
    picker = PeriodPicker()
    qtbot.addWidget(picker)
    picker.set_kinds(["day"])
    picker.set_code("2026-10-15")
    assert picker.code() == "2026-10-15"
    assert picker.year.isHidden() and picker.part.isHidden() and not picker.day.isHidden()
    seen = []
    picker.changed.connect(seen.append)
    picker.day.setDate(QDate(2026, 6, 30))
    assert seen[-1] == "2026-06-30"
