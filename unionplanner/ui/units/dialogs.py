"""Dialogs of the Đơn vị page: add/edit a unit, end (dissolve/merge) a unit."""

from __future__ import annotations

from datetime import date

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
    QPlainTextEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from unionplanner.core.errors import UserError
from unionplanner.core.text import parse_count
from unionplanner.domain.units.service import UnitFields
from unionplanner.ui.shell import labels
from unionplanner.ui.shell.numbers import guard_figure_edit


def _to_date(qdate: QDate) -> date:
    return date(qdate.year(), qdate.month(), qdate.day())


def _count(edit: QLineEdit, what: str) -> int | None:
    """The whole number typed in ``edit`` ("1.234" → 1234), None when blank; UserError
    naming ``what`` for anything else (a fraction, a negative number)."""
    try:
        return parse_count(edit.text())
    except ValueError:
        raise UserError(f"{what} \"{edit.text().strip()}\" không phải một số nguyên. Hãy gõ "
                        "số người, ví dụ 1.250.") from None


class _FormDialog(QDialog):
    """A form with OK/Cancel whose OK calls :meth:`submit`; a UserError it raises is shown
    and the dialog stays open with everything the user typed."""

    def _finish(self, form: QFormLayout) -> None:
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def submit(self) -> None:
        raise NotImplementedError

    def accept(self) -> None:
        try:
            self.submit()
        except UserError as exc:
            QMessageBox.warning(self, self.windowTitle(), exc.message)
            return
        super().accept()


class UnitDialog(_FormDialog):
    """Add or edit one unit; ``save(fields: UnitFields)`` is called on OK."""

    def __init__(self, save, initial: dict | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self._save = save
        self.setWindowTitle(self.tr("Edit unit") if initial else self.tr("Add unit"))
        self.code = QLineEdit()
        self.name = QLineEdit()
        self.name.setMinimumWidth(420)
        self.sector = QComboBox()
        for code in labels.sector_codes():
            self.sector.addItem(labels.sector_label(code), code)
        self.workers = QLineEdit()
        self.members = QLineEdit()
        for edit in (self.workers, self.members):
            guard_figure_edit(edit)  # a letter is refused with a word, not dropped
        self.has_start = QCheckBox(self.tr("Founded on"))
        self.start = QDateEdit(QDate.currentDate())
        self.start.setCalendarPopup(True)
        self.start.setDisplayFormat("dd/MM/yyyy")
        self.start.setEnabled(False)
        self.has_start.toggled.connect(self.start.setEnabled)
        self.phone, self.email, self.zalo = QLineEdit(), QLineEdit(), QLineEdit()
        self.email.setPlaceholderText(self.tr("several separated by ;"))
        self.phone.setPlaceholderText("0905 123 456; 0236 3822 123")
        self.note = QPlainTextEdit()
        self.note.setFixedHeight(60)

        form = QFormLayout()
        form.addRow(self.tr("Code"), self.code)
        form.addRow(self.tr("Name of the grassroots union"), self.name)
        form.addRow(self.tr("Sector"), self.sector)
        form.addRow(self.tr("Workers (CNVCLĐ)"), self.workers)
        form.addRow(self.tr("Union members"), self.members)
        form.addRow(self.has_start, self.start)
        form.addRow(self.tr("Phone"), self.phone)
        form.addRow(self.tr("E-mail"), self.email)
        form.addRow(self.tr("Zalo"), self.zalo)
        form.addRow(self.tr("Note"), self.note)
        self._finish(form)
        if initial:
            self.code.setText(initial["code"])
            self.name.setText(initial["name"])
            self.sector.setCurrentIndex(max(0, self.sector.findData(initial["sector"])))
            self.workers.setText("" if initial["workers"] is None else str(initial["workers"]))
            self.members.setText("" if initial["members"] is None else str(initial["members"]))
            if initial.get("active_from"):
                start = date.fromisoformat(initial["active_from"])
                self.has_start.setChecked(True)
                self.start.setDate(QDate(start.year, start.month, start.day))
            self.note.setPlainText(initial.get("note", ""))
            for edit, key in ((self.phone, "phone"), (self.email, "email"),
                              (self.zalo, "zalo")):
                edit.setText(initial.get(key, ""))

    def fields(self) -> UnitFields:
        return UnitFields(
            code=self.code.text(), name=self.name.text(), sector=self.sector.currentData(),
            workers=_count(self.workers, "Số lao động"),
            members=_count(self.members, "Số đoàn viên"),
            active_from=_to_date(self.start.date()) if self.has_start.isChecked() else None,
            note=self.note.toPlainText(), phone=self.phone.text(), email=self.email.text(),
            zalo=self.zalo.text())

    def submit(self) -> None:
        self._save(self.fields())


class EndUnitDialog(_FormDialog):
    """Mark a unit dissolved or merged into another on a date; ``save(on, reason,
    merged_into_code, note)`` is called on OK."""

    def __init__(self, save, unit: dict, others: list[dict], parent: QWidget | None = None):
        super().__init__(parent)
        self._save = save
        self.setWindowTitle(labels.fill(self.tr("Dissolve or merge: %1"), unit["name"]))
        self.dissolved = QRadioButton(self.tr("Dissolved"))
        self.merged = QRadioButton(self.tr("Merged into"))
        self.dissolved.setChecked(True)
        self.target = QComboBox()
        for other in others:
            self.target.addItem(f"{other['code']} — {other['name']}", other["code"])
        self.target.setEnabled(False)
        self.merged.toggled.connect(self.target.setEnabled)
        self.day = QDateEdit(QDate.currentDate())
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("dd/MM/yyyy")
        self.note = QLineEdit()
        self.note.setPlaceholderText(self.tr("e.g. decision number"))
        form = QFormLayout()
        form.addRow(self.dissolved)
        form.addRow(self.merged, self.target)
        form.addRow(self.tr("Takes effect on"), self.day)
        form.addRow(self.tr("Note"), self.note)
        self._finish(form)

    def submit(self) -> None:
        reason = "merged" if self.merged.isChecked() else "dissolved"
        self._save(_to_date(self.day.date()), reason,
                   self.target.currentData() if reason == "merged" else None,
                   self.note.text())
