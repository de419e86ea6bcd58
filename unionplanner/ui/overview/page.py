"""Tổng quan page: the office at a glance (units, members, workers by sector) and "Tháng
này": the activities due this month and next, the late ones, and the units' deadlines with
how many units have reported (a click opens the "chưa nộp" list)."""

from __future__ import annotations

from datetime import date

from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from unionplanner.core.text import format_number
from unionplanner.domain.office.service import get_office
from unionplanner.domain.tracking.service import STATES
from unionplanner.domain.units.service import count_by_sector
from unionplanner.ui.shell import labels
from unionplanner.ui.shell.context import OFFICE, PLANS, REPORTS, TRACKING, UNITS, AppContext
from unionplanner.ui.shell.table_model import OBJECT_ROLE, Column, RecordTableModel


class _Figure(QFrame):
    def __init__(self, caption: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("figureCard")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.value = QLabel("0")
        self.value.setObjectName("figureValue")
        layout = QVBoxLayout(self)
        layout.addWidget(self.value)
        layout.addWidget(QLabel(caption))


class OverviewPage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.title = QLabel()
        self.title.setObjectName("pageTitle")
        self.subtitle = QLabel()
        self.units = _Figure(self.tr("grassroots unions active"))
        self.members = _Figure(self.tr("union members"))
        self.workers = _Figure(self.tr("workers (CNVCLĐ)"))
        figures = QGridLayout()
        for column, card in enumerate((self.units, self.members, self.workers)):
            figures.addWidget(card, 0, column)
        self.model = RecordTableModel([
            Column(self.tr("Sector"), lambda r: labels.sector_label(r[0])),
            Column(self.tr("Units"), lambda r: labels.number(r[1]["units"]),
                   sort=lambda r: r[1]["units"], numeric=True),
            Column(self.tr("Members"), lambda r: labels.number(r[1]["members"]),
                   sort=lambda r: r[1]["members"], numeric=True),
            Column(self.tr("Workers"), lambda r: labels.number(r[1]["workers"]),
                   sort=lambda r: r[1]["workers"], numeric=True),
        ], self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.setMaximumHeight(230)
        self.month_title = QLabel()
        self.month_title.setObjectName("sectionTitle")
        self.month_summary = QLabel()
        self.month_summary.setWordWrap(True)
        late = QBrush(QColor("#f8c9c4"))
        self.due_model = RecordTableModel([
            Column(self.tr("Month"), lambda d: f"{int(d.month[5:])}/{d.month[:4]}"),
            Column(self.tr("Activity"), lambda d: d.title),
            Column(self.tr("Department"), lambda d: d.department),
            Column(self.tr("State"), lambda d: self.tr("Late") if d.late else
                   STATES.get(d.status, "") if d.status else "",
                   background=lambda d: late if d.late else None),
            Column(self.tr("Plan"), lambda d: d.plan),
        ], self)
        self.due_view = self._view(self.due_model, 1)
        self.deadline_model = RecordTableModel([
            Column(self.tr("Date"), lambda d: d.date.strftime("%d/%m/%Y"), sort=lambda d: d.date),
            Column(self.tr("What is due"), lambda d: d.what),
            Column(self.tr("Reported"), lambda d: f"{d.reported}/{d.expected}"
                   if d.expected is not None else "", numeric=True),
            Column(self.tr("Plan"), lambda d: d.plan),
        ], self)
        self.deadline_view = self._view(self.deadline_model, 1)
        self.missing_button = QPushButton(self.tr("Show who has not reported"))
        self.missing_button.clicked.connect(self._show_missing)
        missing_row = QHBoxLayout()
        missing_row.addStretch(1)
        missing_row.addWidget(self.missing_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.subtitle)
        layout.addLayout(figures)
        layout.addWidget(QLabel(self.tr("By sector")))
        layout.addWidget(self.table)
        layout.addWidget(self.month_title)
        layout.addWidget(self.month_summary)
        layout.addWidget(self.due_view, 2)
        layout.addWidget(QLabel(self.tr("Units' deadlines")))
        layout.addWidget(self.deadline_view, 1)
        layout.addLayout(missing_row)
        ctx.changed.connect(self._on_changed)
        self.refresh()

    def _view(self, model, stretch: int) -> QTableView:
        view = QTableView()
        view.setModel(model)
        view.verticalHeader().setVisible(False)
        view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        view.horizontalHeader().setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
        return view

    def _on_changed(self, topics: set[str]) -> None:
        if topics & {OFFICE, UNITS}:
            self.refresh()
        elif topics & {PLANS, TRACKING, REPORTS}:
            self.refresh_month()

    def refresh(self) -> None:
        office, sectors = self.ctx.read(lambda s: (get_office(s), count_by_sector(s)))
        self.title.setText(office.name if office else self.tr("Overview"))
        self.subtitle.setText(labels.fill(self.tr("Today is %1"),
                                          date.today().strftime("%d/%m/%Y"))
                              + (f" · {office.parent_body}" if office and office.parent_body
                                 else ""))
        order = labels.sector_codes()
        rows = sorted(sectors.items(), key=lambda item: order.index(item[0])
                      if item[0] in order else len(order))
        self.model.set_records(rows)
        self.units.value.setText(format_number(sum(r["units"] for r in sectors.values())))
        self.members.value.setText(format_number(sum(r["members"] for r in sectors.values())))
        self.workers.value.setText(format_number(sum(r["workers"] for r in sectors.values())))
        self.refresh_month()

    def refresh_month(self, today: date | None = None) -> None:
        """Fill "Tháng này" for ``today`` (default: the real today)."""
        from unionplanner.domain.tracking.agenda import month_agenda

        today = today or date.today()
        agenda = self.ctx.read(lambda s: month_agenda(s, today))
        self.month_title.setText(labels.fill(self.tr("This month (%1)"),
                                             f"{today.month}/{today.year}"))
        self.month_summary.setText(
            self.tr("%1 activities due this month, %2 next month, %3 late month(s).")
            .replace("%1", str(len(agenda.this_month))).replace("%2", str(len(agenda.next)))
            .replace("%3", str(len(agenda.late))))
        self.due_model.set_records(agenda.late + agenda.this_month + agenda.next)
        self.deadline_model.set_records(agenda.deadlines)
        self.missing_button.setEnabled(any(d.expected is not None for d in agenda.deadlines))

    def _show_missing(self) -> None:
        rows = self.deadline_view.selectionModel().selectedRows()
        items = [rows[0].data(OBJECT_ROLE)] if rows else self.deadline_model.records()
        chosen = next((d for d in items if d.expected is not None), None)
        if chosen is not None:
            self.ctx.navigate.emit("received", (chosen.form_id, chosen.period))
