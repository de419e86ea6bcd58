"""Choosing a report period the way the form is filled: a month, a quarter, a half-year, a
year (the union's statistics count half-years and years to 31/5 and 30/11) or the day figures
are counted to, limited to the kinds the chosen form takes
(:mod:`unionplanner.domain.report_forms.periods`)."""

from __future__ import annotations

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import QComboBox, QDateEdit, QHBoxLayout, QSpinBox, QWidget

from unionplanner.domain.report_forms.periods import PERIOD_KINDS, PeriodKind, parse_period

_ROMAN = ("I", "II", "III", "IV")


class PeriodPicker(QWidget):
    """A period chooser: kind (shown when the form takes more than one), year, and the month,
    quarter or half of that year. ``code()`` is the period code ("2023-05", "2025-H1");
    ``date()``/``setDate()`` speak of months as the month chooser it replaces did."""

    changed = Signal(str)
    dateChanged = Signal(QDate)  # noqa: N815 — the name QDateEdit gives it

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.kind = QComboBox()
        self.year = QSpinBox()
        self.year.setRange(2000, 2100)
        self.part = QComboBox()
        # narrow enough for two pickers side by side on a laptop; the whole text is its tooltip
        self.part.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.part.setMinimumContentsLength(13)
        self.part.currentTextChanged.connect(self.part.setToolTip)
        self.day = QDateEdit()  # figures as at a date
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("dd/MM/yyyy")
        self.day.setDate(QDate.currentDate())
        self.day.hide()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in (self.kind, self.part, self.year, self.day):
            layout.addWidget(widget)
        self._filling = False
        self.set_kinds([PeriodKind.MONTH])
        self.setDate(QDate.currentDate().addMonths(-1))
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.year.valueChanged.connect(lambda _v: self._emit())
        self.part.currentIndexChanged.connect(lambda _i: self._emit())
        self.day.dateChanged.connect(lambda _d: self._emit())

    # -- the kinds a form takes -----------------------------------------------------------
    def set_kinds(self, kinds: list[str]) -> None:
        """Offer these period kinds (a form's ``period_kinds``); months when empty."""
        current = self.kind.currentData()
        self._filling = True
        self.kind.clear()
        for kind in kinds or [PeriodKind.MONTH]:
            self.kind.addItem(PERIOD_KINDS.get(kind, kind), str(kind))
        self.kind.setVisible(self.kind.count() > 1)
        index = self.kind.findData(current)
        self.kind.setCurrentIndex(max(index, 0))
        self._fill_parts()
        self._filling = False
        self._emit()

    def _kind_changed(self, _index: int) -> None:
        if not self._filling:
            self._fill_parts()
            self._emit()

    def _fill_parts(self) -> None:
        kind = self.kind.currentData()
        keep = self.part.currentIndex()
        filling, self._filling = self._filling, True
        self.part.clear()
        if kind == PeriodKind.MONTH:
            for month in range(1, 13):
                self.part.addItem(self.tr("Month %1").replace("%1", str(month)), f"{month:02d}")
        elif kind == PeriodKind.QUARTER:
            for quarter in range(1, 5):
                self.part.addItem(self.tr("Quarter %1").replace("%1", _ROMAN[quarter - 1]),
                                  f"Q{quarter}")
        elif kind == PeriodKind.HALF_YEAR:
            self.part.addItem(self.tr("First half (to 31/5)"), "H1")
            self.part.addItem(self.tr("Second half (to 30/11)"), "H2")
        self.part.setVisible(self.part.count() > 0)
        self.year.setVisible(kind != PeriodKind.DAY)
        self.day.setVisible(kind == PeriodKind.DAY)
        if 0 <= keep < self.part.count():
            self.part.setCurrentIndex(keep)
        self._filling = filling

    # -- the period --------------------------------------------------------------------------
    def code(self) -> str:
        """The period chosen, as a code (see :func:`parse_period`)."""
        if self.kind.currentData() == PeriodKind.DAY:
            return self.day.date().toString("yyyy-MM-dd")
        year = f"{self.year.value():04d}"
        part = self.part.currentData()
        if self.kind.currentData() == PeriodKind.YEAR or part is None:
            return year
        return f"{year}-{part}"

    def set_code(self, code: str) -> None:
        """Show the period ``code`` (its kind is added to the choices if missing)."""
        period = parse_period(code)
        self._filling = True
        if self.kind.findData(str(period.kind)) < 0:
            self.kind.addItem(PERIOD_KINDS[period.kind], str(period.kind))
            self.kind.setVisible(self.kind.count() > 1)
        self.kind.setCurrentIndex(self.kind.findData(str(period.kind)))
        self._fill_parts()
        self.year.setValue(int(period.code[:4]))
        if period.kind == PeriodKind.DAY:
            self.day.setDate(QDate(period.last.year, period.last.month, period.last.day))
        elif period.kind != PeriodKind.YEAR:
            self.part.setCurrentIndex(max(self.part.findData(period.code[5:]), 0))
        self._filling = False
        self._emit()

    def date(self) -> QDate:
        """The first day of the period's last month (a month: the month itself)."""
        last = parse_period(self.code()).last
        return QDate(last.year, last.month, 1)

    def setDate(self, date: QDate) -> None:  # noqa: N802 — QDateEdit's name
        """Show the month of ``date``, or the period of the form's kind that holds it."""
        kind = self.kind.currentData() or PeriodKind.MONTH
        month, year = date.month(), date.year()
        if kind == PeriodKind.MONTH:
            self.set_code(f"{year:04d}-{month:02d}")
        elif kind == PeriodKind.QUARTER:
            self.set_code(f"{year:04d}-Q{(month - 1) // 3 + 1}")
        elif kind == PeriodKind.DAY:
            self.set_code(date.toString("yyyy-MM-dd"))
        elif kind == PeriodKind.HALF_YEAR:
            # 1/12 belongs to the next year's first half (QĐ 1454/QĐ-TLĐ)
            self.set_code(f"{year + 1:04d}-H1" if month == 12 else
                          f"{year:04d}-H1" if month <= 5 else f"{year:04d}-H2")
        else:
            self.set_code(f"{year + 1 if month == 12 else year:04d}")

    def _emit(self) -> None:
        if not self._filling:
            self.changed.emit(self.code())
            self.dateChanged.emit(self.date())
