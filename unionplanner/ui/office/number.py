"""Giving a document its number when it is printed for signing: the dialog shown before a
report is saved or printed, and for a document entered by hand on the register page."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QMessageBox,
    QSpinBox,
    QWidget,
)

from unionplanner.core.errors import UserError
from unionplanner.domain.office.outgoing import KINDS, add_document, next_number, number_text
from unionplanner.domain.office.service import get_office
from unionplanner.ui.shell.context import OFFICE, AppContext


class NumberDialog(QDialog):
    """Number a document: kind (fixed for a report), number (the next free one, or typed),
    date, summary (trích yếu) and signer. With ``optional`` (a report being saved) a tick
    says whether to enter it in the register now; unticked, it prints "Số:    /BC-…" to be
    numbered by hand. After OK, :attr:`number_text` is what to print ("" when unnumbered)."""

    def __init__(self, ctx: AppContext, kind: str = "BC", summary: str = "", source: str = "",
                 optional: bool = True, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx, self.source, self.number_text = ctx, source, ""
        self.setWindowTitle(self.tr("Outgoing documents register"))
        self.setMinimumWidth(560)  # the summary (trích yếu) is a long line
        office = ctx.read(get_office)
        self.symbol = office.symbol if office else ""
        signers = office.signers if office else []
        self.enter = QCheckBox(self.tr("Enter it in the register now (give it its number for "
                                       "signing)"))
        self.kind = QComboBox()
        for code, name in KINDS.items():
            self.kind.addItem(f"{name} ({code})", code)
        self.kind.setCurrentIndex(max(0, self.kind.findData(kind)))
        self.kind.setEnabled(not optional)
        self.number = QSpinBox()
        self.number.setRange(1, 99999)
        self.date = QDateEdit(QDate.currentDate())
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("dd/MM/yyyy")
        self.summary = QLineEdit(summary)
        self.signer = QComboBox()
        self.signer.setEditable(True)
        for signer in signers:
            self.signer.addItem(signer.get("name", ""))
        form = QFormLayout(self)
        if optional:
            form.addRow(self.enter)
        form.addRow(self.tr("Kind"), self.kind)
        form.addRow(self.tr("Number"), self.number)
        form.addRow(self.tr("Date"), self.date)
        form.addRow(self.tr("Summary (trích yếu)"), self.summary)
        form.addRow(self.tr("Signed by"), self.signer)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.optional = optional
        self.enter.toggled.connect(self._enable)
        self.kind.currentIndexChanged.connect(lambda _i: self._suggest())
        self.date.dateChanged.connect(lambda _d: self._suggest())
        self._suggest()
        self._enable(not optional)

    def _enable(self, on: bool) -> None:
        for widget in (self.number, self.date, self.summary, self.signer):
            widget.setEnabled(on)

    def _suggest(self) -> None:
        kind, year = self.kind.currentData(), self.date.date().year()
        self.number.setValue(self.ctx.read(lambda s: next_number(s, year, kind)))

    def accept(self) -> None:
        """Enter the document (one transaction) when asked; a taken number keeps the dialog
        open with the message."""
        if self.optional and not self.enter.isChecked():
            self.number_text = ""
            super().accept()
            return
        kind, number = self.kind.currentData(), self.number.value()
        q = self.date.date()
        day = dt.date(q.year(), q.month(), q.day())
        summary, signer = self.summary.text(), self.signer.currentText()
        try:
            self.ctx.write_now(lambda s: add_document(
                s, kind, summary, day, number=number, signer=signer, source=self.source),
                topics={OFFICE})
        except UserError as exc:
            QMessageBox.warning(self, self.windowTitle(), exc.message)
            return
        self.number_text = number_text(kind, number, self.symbol)
        super().accept()


def ask_number(parent: QWidget, ctx: AppContext, summary: str, source: str) -> str | None:
    """Before a report is saved or printed: "Số: 12/BC-CĐX" when the user entered it in the
    register, "" for no number yet, None when they cancelled (nothing is saved)."""
    dialog = NumberDialog(ctx, "BC", summary, source, optional=True, parent=parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return dialog.number_text


def report_number(parent: QWidget, ctx: AppContext, summary: str) -> str | None:
    """The number of a report about to be saved or printed: the one it was given already —
    the register holds it under the same ``summary``, so the PDF, the Word copy and a print
    after a restart carry one number —, else :func:`ask_number`."""
    from unionplanner.domain.office.outgoing import find_document

    def given(session) -> str:
        found = find_document(session, "BC", summary)
        office = get_office(session)
        return "" if found is None else number_text("BC", found.number,
                                                    office.symbol if office else "")

    return ctx.read(given) or ask_number(parent, ctx, summary, "Báo cáo tổng hợp")
