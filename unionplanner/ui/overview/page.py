"""Tổng quan page: the office at a glance (units, members, workers by sector) and "Tháng
này": the activities due this month and next, the late ones, and the units' deadlines with
how many units have reported (a click opens the "chưa nộp" list).

It is the first page the window shows, and it can be shown before the database is open: the
opening fills it from the file (:meth:`OverviewPage.show_overview`, read with sqlite3 while
SQLAlchemy loads) and gives it the context afterwards (:meth:`OverviewPage.attach`). Nothing
here imports SQLAlchemy."""

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
from unionplanner.domain.tracking.overview import Overview, read_overview
from unionplanner.domain.tracking.states import STATES
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
    """The overview; ``ctx`` None: a page filled by :meth:`show_overview` until
    :meth:`attach` gives it the open database."""

    def __init__(self, ctx: AppContext | None, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx: AppContext | None = None
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
        self.missing_button.setEnabled(False)
        if ctx is not None:
            self.attach(ctx)

    def attach(self, ctx: AppContext) -> None:
        """Work on the open database from now on (read again: it is the truth)."""
        self.ctx = ctx
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
        if topics & {OFFICE, UNITS, PLANS, TRACKING, REPORTS}:
            self.refresh()

    def refresh(self, today: date | None = None) -> None:
        """Read the overview for ``today`` (default: the real today) and show it."""
        if self.ctx is not None:
            day = today or date.today()
            overview = self.ctx.read(lambda s: read_overview(s, day))
            if overview is not None:
                self.show_overview(overview)

    def show_overview(self, overview: Overview) -> None:
        """Show what :func:`~unionplanner.domain.tracking.overview.read_overview` read."""
        today, agenda, sectors = overview.today, overview.agenda, overview.sectors
        self.title.setText(overview.office or self.tr("Overview"))
        self.subtitle.setText(labels.fill(self.tr("Today is %1"), today.strftime("%d/%m/%Y"))
                              + (f" · {overview.parent_body}" if overview.parent_body else ""))
        order = labels.sector_codes()
        rows = sorted(sectors.items(), key=lambda item: order.index(item[0])
                      if item[0] in order else len(order))
        self.model.set_records(rows)
        self.units.value.setText(format_number(sum(r["units"] for r in sectors.values())))
        self.members.value.setText(format_number(sum(r["members"] for r in sectors.values())))
        self.workers.value.setText(format_number(sum(r["workers"] for r in sectors.values())))
        self.month_title.setText(labels.fill(self.tr("This month (%1)"),
                                             f"{today.month}/{today.year}"))
        self.month_summary.setText(
            self.tr("%1 activities due this month, %2 next month, %3 late month(s).")
            .replace("%1", str(len(agenda.this_month))).replace("%2", str(len(agenda.next)))
            .replace("%3", str(len(agenda.late))))
        self.due_model.set_records(agenda.late + agenda.this_month + agenda.next)
        self.deadline_model.set_records(agenda.deadlines)
        self.missing_button.setEnabled(self.ctx is not None and any(
            d.expected is not None for d in agenda.deadlines))

    def _show_missing(self) -> None:
        rows = self.deadline_view.selectionModel().selectedRows()
        items = [rows[0].data(OBJECT_ROLE)] if rows else self.deadline_model.records()
        chosen = next((d for d in items if d.expected is not None), None)
        if chosen is not None and self.ctx is not None:
            self.ctx.navigate.emit("received", (chosen.form_id, chosen.period))
