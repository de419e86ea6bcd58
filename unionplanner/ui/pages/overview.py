"""Tổng quan page: the office at a glance (units, members, workers by sector). The tracking
issue adds "Tháng này" (what is due and late) here."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import (QFrame, QGridLayout, QHeaderView, QLabel, QTableView,
                               QVBoxLayout, QWidget)

from unionplanner.office import get_office
from unionplanner.textutil import format_number
from unionplanner.ui import labels
from unionplanner.ui.context import OFFICE, UNITS, AppContext
from unionplanner.ui.table_model import Column, RecordTableModel
from unionplanner.units.service import count_by_sector


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
        month = QLabel(self.tr("This month: once plans are entered, the activities due this "
                               "month and next, the late ones and the units' reporting "
                               "deadlines will be listed here."))
        month.setWordWrap(True)
        month.setObjectName("placeholderText")
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.subtitle)
        layout.addLayout(figures)
        layout.addWidget(QLabel(self.tr("By sector")))
        layout.addWidget(self.table)
        layout.addWidget(month)
        layout.addStretch(1)
        ctx.changed.connect(lambda topics: topics & {OFFICE, UNITS} and self.refresh())
        self.refresh()

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
