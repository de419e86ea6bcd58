"""Văn bản đi page: the year's numbered documents — the plans the office issued and the
reports, letters and notices entered in the register — newest first, and the button that
numbers a document made elsewhere (a letter typed in Word)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from unionplanner.domain.office.outgoing import KINDS, list_documents
from unionplanner.domain.office.service import get_office
from unionplanner.domain.plans.document import PlanStatus
from unionplanner.ui.shell.context import OFFICE, PLANS, AppContext
from unionplanner.ui.shell.table_model import Column, RecordTableModel


@dataclass
class Entry:
    """One line of the register as shown: "12/BC-CĐX", its date, kind, summary, signer."""

    number: str
    day: dt.date | None
    kind: str
    summary: str
    signer: str
    source: str


class OutgoingPage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        title = QLabel(self.tr("Outgoing documents"))
        title.setObjectName("pageTitle")
        self.year = QSpinBox()
        self.year.setRange(2000, 2100)
        self.year.setValue(dt.date.today().year)
        self.add_button = QPushButton(self.tr("Number a document…"))
        self.add_button.setEnabled(not ctx.db.read_only)
        self.add_button.clicked.connect(self.add_document)
        self.model = RecordTableModel([
            Column(self.tr("Number"), lambda e: e.number),
            Column(self.tr("Date"), lambda e: e.day.strftime("%d/%m/%Y") if e.day else "",
                   sort=lambda e: e.day or dt.date.min),
            Column(self.tr("Kind"), lambda e: e.kind),
            Column(self.tr("Summary"), lambda e: e.summary, tooltip=lambda e: e.summary),
            Column(self.tr("Signed by"), lambda e: e.signer),
            Column(self.tr("From"), lambda e: e.source),
        ], self)
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.verticalHeader().setVisible(False)
        self.view.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        hint = QLabel(self.tr("Reports get their number here when they are saved or printed "
                              "for signing (tick \"Enter it in the register\"); plans keep "
                              "the number given on the Plans page."))
        hint.setObjectName("hint")
        hint.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Year")))
        top.addWidget(self.year)
        top.addStretch(1)
        top.addWidget(self.add_button)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addLayout(top)
        layout.addWidget(hint)
        layout.addWidget(self.view, 1)
        self.year.valueChanged.connect(lambda _v: self.refresh())
        ctx.changed.connect(lambda topics: self.refresh() if topics & {OFFICE, PLANS} else None)
        self.refresh()

    def refresh(self) -> None:
        """Read the year's plans with a number and the register's documents again."""
        from unionplanner.domain.plans.service import list_plans, load_document

        year = self.year.value()

        def read(session):
            office = get_office(session)
            symbol = office.symbol if office else ""
            entries = [Entry(f"{d.number:02d}/{d.kind}" + (f"-{symbol}" if symbol else ""),
                             d.issued_on, KINDS.get(d.kind, d.kind), d.summary, d.signer,
                             d.source) for d in list_documents(session, year)]
            entries += [Entry(f"{p.number:02d}/{p.symbol}" if p.symbol else f"{p.number:02d}",
                              p.issued_on, p.doc_type.capitalize(), p.title,
                              load_document(p).signer.name, self.tr("Plans page"))
                        for p in list_plans(session, year=year)
                        if p.number is not None and p.status != PlanStatus.DRAFT]
            return sorted(entries, key=lambda e: (e.day or dt.date.min, e.number), reverse=True)

        self.model.set_records(self.ctx.read(read))

    def add_document(self) -> None:
        """Number a document made elsewhere (a letter, a notice)."""
        from unionplanner.ui.office.number import NumberDialog

        dialog = NumberDialog(self.ctx, "CV", optional=False, parent=self)
        dialog.setWindowTitle(self.tr("Number a document"))
        self._dialog = dialog
        dialog.open()
