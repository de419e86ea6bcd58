"""The details of one activity in one month: state, note, reason (for "không thực hiện"),
date done, who, and evidence (files copied into the data folder, or links)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QDate, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from unionplanner.core.errors import UserError
from unionplanner.domain.tracking.service import CANCELLED, STATES
from unionplanner.ui.shell import file_dialogs


class CheckDialog(QDialog):
    """Edit the check of an activity in a month. ``values()`` gives what to save; evidence
    is added at once through ``add_evidence(source)`` (a callable the page gives, which
    saves the check first and returns the evidence list)."""

    def __init__(self, title: str, month: str, current: dict, add_evidence,
                 parent: QWidget | None = None, locate=None):
        """``locate(location)`` gives an attached file on this PC (or None)."""
        super().__init__(parent)
        self._add = add_evidence
        self._locate = locate or (lambda location: Path(location))
        self.setWindowTitle(self.tr("%1 — month %2").replace("%1", title[:60]).replace(
            "%2", f"{int(month[5:])}/{month[:4]}"))
        self.resize(560, 480)
        self.status = QComboBox()
        for code, label in STATES.items():
            self.status.addItem(label, code)
        self.status.setCurrentIndex(max(0, self.status.findData(current.get("status"))))
        self.note = QPlainTextEdit(current.get("note", ""))
        self.note.setFixedHeight(70)
        self.reason = QLineEdit(current.get("reason", ""))
        self.reason.setPlaceholderText(self.tr("Why it was not done (needed for “Không thực "
                                               "hiện”)"))
        self.has_date = QCheckBox(self.tr("Done on"))
        self.done_on = QDateEdit()
        self.done_on.setCalendarPopup(True)
        self.done_on.setDisplayFormat("dd/MM/yyyy")
        day = current.get("done_on") or dt.date.today()
        self.done_on.setDate(QDate(day.year, day.month, day.day))
        self.has_date.setChecked(current.get("done_on") is not None)
        self.done_on.setEnabled(self.has_date.isChecked())
        self.has_date.toggled.connect(self.done_on.setEnabled)
        self.done_by = QLineEdit(current.get("done_by", ""))
        self.evidence = QListWidget()
        self._fill(current.get("evidence", []))
        self.evidence.itemDoubleClicked.connect(self._open)
        add_file = QPushButton(self.tr("Attach a file…"))
        add_link = QPushButton(self.tr("Add a link…"))
        add_file.clicked.connect(self._attach_file)
        add_link.clicked.connect(self._attach_link)
        date_row = QHBoxLayout()
        date_row.addWidget(self.has_date)
        date_row.addWidget(self.done_on, 1)
        evidence_buttons = QHBoxLayout()
        evidence_buttons.addWidget(add_file)
        evidence_buttons.addWidget(add_link)
        evidence_buttons.addStretch(1)
        form = QFormLayout()
        form.addRow(self.tr("State"), self.status)
        form.addRow(self.tr("Note"), self.note)
        form.addRow(self.tr("Reason"), self.reason)
        form.addRow(date_row)
        form.addRow(self.tr("Done by"), self.done_by)
        form.addRow(self.tr("Evidence"), self.evidence)
        form.addRow("", evidence_buttons)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def values(self) -> dict:
        """The state, note, reason, date done and who, as entered."""
        return {"status": self.status.currentData(), "note": self.note.toPlainText().strip(),
                "reason": self.reason.text().strip(),
                "done_on": self.done_on.date().toPython() if self.has_date.isChecked() else None,
                "done_by": self.done_by.text().strip()}

    def accept(self) -> None:
        values = self.values()
        if values["status"] == CANCELLED and not (values["reason"] or values["note"]):
            QMessageBox.warning(self, self.windowTitle(),
                                self.tr("Write why the activity was not done."))
            return
        super().accept()

    def _fill(self, evidence: list[tuple[str, str, str]]) -> None:
        self.evidence.clear()
        for kind, name, location in evidence:
            item = QListWidgetItem(("🔗 " if kind == "link" else "📎 ") + name)
            item.setData(Qt.ItemDataRole.UserRole, (kind, location))
            self.evidence.addItem(item)

    def _attach(self, source: str) -> None:
        try:
            self._fill(self._add(source, self.values()))
        except UserError as exc:
            QMessageBox.warning(self, self.windowTitle(), exc.message)

    def _attach_file(self) -> None:
        chosen = file_dialogs.open_path(self, self.tr("Evidence file"))
        if chosen is not None:
            self._attach(str(chosen))

    def _attach_link(self) -> None:
        link, ok = QInputDialog.getText(self, self.tr("Add a link"), self.tr("Address (http…)"))
        if ok and link.strip():
            self._attach(link.strip())

    def _open(self, item: QListWidgetItem) -> None:
        kind, location = item.data(Qt.ItemDataRole.UserRole)
        if kind == "link":
            QDesktopServices.openUrl(QUrl(location))
            return
        path = self._locate(location)
        if path is None:
            QMessageBox.information(self, self.windowTitle(), self.tr(
                "This file is not on this PC (it was attached on another PC)."))
            return
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
