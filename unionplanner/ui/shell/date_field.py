"""A date field that takes dates as people type them ("05/06/2024", "5/6/24", "05062024",
"ngày 5 tháng 6 năm 2024"; :func:`unionplanner.domain.plans.when.typed_date`) or picked from a
calendar, and that can be empty: a date the reader did not find shows as an empty, marked
field — never as Qt's 01/01/2000. Text that is not a date keeps the last good date and says
why in red, instead of turning into another date."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import QCalendarWidget, QLineEdit, QMenu, QWidget, QWidgetAction

from unionplanner.ui.shell import icons


class DateField(QLineEdit):
    """``changed(date or None)`` when the clerk settles a new date (Enter, leaving the field,
    a day picked); :meth:`date` and :meth:`set_date` read and show one without a signal."""

    changed = Signal(object)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._date: dt.date | None = None
        self.setPlaceholderText(self.tr("dd/mm/yyyy — not known yet"))
        self.editingFinished.connect(self._typed)
        self.calendar = QCalendarWidget()
        self.calendar.setGridVisible(True)
        self.calendar.clicked.connect(self._picked)
        self._menu = QMenu(self)
        holder = QWidgetAction(self._menu)
        holder.setDefaultWidget(self.calendar)
        self._menu.addAction(holder)
        pick = self.addAction(icons.icon("calendar"), QLineEdit.ActionPosition.TrailingPosition)
        pick.setToolTip(self.tr("Pick a day"))
        pick.triggered.connect(self._open_calendar)
        self._mark(None)

    def date(self) -> dt.date | None:
        return self._date

    def set_date(self, date: dt.date | None) -> None:
        """Show ``date`` (None: empty, marked as not known)."""
        self._date = date
        self.setText(date.strftime("%d/%m/%Y") if date else "")
        self._mark(None)

    def _typed(self) -> None:
        from unionplanner.domain.plans.when import typed_date

        try:
            date = typed_date(self.text())
        except ValueError as exc:
            self._mark(str(exc))  # the last good date stays; the text shows what is wrong
            return
        self._settle(date)

    def _picked(self, day: QDate) -> None:
        self._menu.close()
        self._settle(dt.date(day.year(), day.month(), day.day()))

    def _open_calendar(self) -> None:
        if self._date:
            self.calendar.setSelectedDate(QDate(self._date.year, self._date.month,
                                                self._date.day))
        self._menu.popup(self.mapToGlobal(self.rect().bottomLeft()))

    def _settle(self, date: dt.date | None) -> None:
        changed = date != self._date
        self.set_date(date)
        if changed:
            self.changed.emit(date)

    def _mark(self, problem: str | None) -> None:
        """Red with the reason for text that is not a date; yellow when no date is known."""
        if problem:
            self.setStyleSheet("QLineEdit { background: #fde2e1; }")
            self.setToolTip(problem)
        elif self._date is None:
            self.setStyleSheet("QLineEdit { background: #fff7d6; }")
            self.setToolTip(self.tr("No date yet: type it (dd/mm/yyyy) or pick a day."))
        else:
            self.setStyleSheet("")
            self.setToolTip("")
