"""The "Thư nhắc" tab of the Báo cáo CĐCS page: the register of reminders sent about the
chosen form (newest first; each with its letters sent, refused and still waiting) and, for
the chosen reminder, each letter — unit, address, fate, the server's reason, when. "Gửi
tiếp" sends a reminder's waiting letters (after a dropped connection, the day's quota, a
Cancel or the program closed midway) and nothing twice."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSplitter, QVBoxLayout, QWidget

from unionplanner.ui.shell.context import AppContext
from unionplanner.ui.shell.table_model import Column, RecordTableModel, record_view
from unionplanner.ui.shell.tasks import Task


def _when(moment) -> str:
    if moment is None:
        return ""
    return (moment.astimezone() if moment.tzinfo else moment).strftime("%d/%m/%Y %H:%M")


class RemindersPanel(QWidget):
    """The register of reminders of one form (:meth:`show_form`), its letters, and "Gửi
    tiếp"."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        from unionplanner.domain.office.reminders import FATE_TEXT
        from unionplanner.domain.report_forms.periods import parse_period

        super().__init__(parent)
        self.ctx = ctx
        self.form_id: int | None = None
        self.task: Task | None = None
        self.reminders = RecordTableModel([
            Column(self.tr("Sent on"), lambda r: _when(r.created_at), sort=lambda r: r.id),
            Column(self.tr("Period"), lambda r: parse_period(r.period).text if r.period else ""),
            Column(self.tr("Sent"), lambda r: f"{r.sent}/{r.total}", numeric=True),
            Column(self.tr("Refused"), lambda r: str(r.refused or ""), numeric=True),
            Column(self.tr("Not sent"), lambda r: str(r.waiting or ""), numeric=True),
            Column(self.tr("Subject"), lambda r: r.subject),
        ], self)
        self.letters = RecordTableModel([
            Column(self.tr("No."), lambda letter: str(letter.position), numeric=True,
                   sort=lambda letter: letter.position),
            Column(self.tr("Unit"), lambda letter: letter.unit_name),
            Column(self.tr("Address"), lambda letter: letter.address),
            Column(self.tr("Fate"), lambda letter: FATE_TEXT.get(letter.status, letter.status)),
            Column(self.tr("When"), lambda letter: _when(letter.sent_at)),
            Column(self.tr("Server's answer"), lambda letter: letter.reason),
        ], self)
        self.reminders_view = record_view(self.reminders)
        self.letters_view = record_view(self.letters)
        self.reminders_view.selectionModel().selectionChanged.connect(
            lambda *_args: self._show_letters())
        self.empty = QLabel(self.tr("No reminder has been sent from the office's mail account "
                                    "about this form yet (\"Write a reminder…\" in the Not "
                                    "reported tab)."))
        self.empty.setWordWrap(True)
        self.resume_button = QPushButton(self.tr("Send the rest…"))
        self.resume_button.setToolTip(self.tr("Send the letters of the chosen reminder that "
                                              "have not gone yet; none is sent twice."))
        self.resume_button.clicked.connect(self.resume)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.reminders_view)
        splitter.addWidget(self.letters_view)
        buttons = QHBoxLayout()
        buttons.addWidget(self.empty, 1)
        buttons.addStretch(1)
        buttons.addWidget(self.resume_button)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addLayout(buttons)
        self._show_letters()

    def show_form(self, form_id: int | None) -> None:
        """Show the reminders about ``form_id`` (all periods), keeping the chosen one."""
        from unionplanner.domain.office.reminders import reminder_rows

        chosen = self.chosen()
        self.form_id = form_id
        rows = [] if form_id is None else self.ctx.read(
            lambda s: reminder_rows(s, form_id=form_id))
        self.reminders.set_records(rows)
        self.empty.setVisible(not rows)
        ids = [r.id for r in rows]
        row = ids.index(chosen.id) if chosen is not None and chosen.id in ids else 0
        if rows:
            self.reminders_view.selectRow(row)
        self._show_letters()

    def chosen(self):
        """The chosen reminder's register row, or None."""
        rows = self.reminders_view.selectionModel().selectedRows()
        return self.reminders.record(rows[0].row()) if rows else None

    def _show_letters(self) -> None:
        from unionplanner.domain.office.reminders import letters_of

        chosen = self.chosen()
        self.letters.set_records([] if chosen is None else self.ctx.read(
            lambda s: letters_of(s, chosen.id)))
        waiting = chosen.waiting if chosen is not None else 0
        self.resume_button.setEnabled(bool(waiting) and self.task is None)
        self.resume_button.setText(self.tr("Send the remaining %1…").replace(
            "%1", str(waiting)) if waiting else self.tr("Send the rest…"))

    def resume(self) -> Task | None:
        """Send the chosen reminder's waiting letters (after the account, password and a
        confirmation); the register shows each letter's fate afterwards."""
        from unionplanner.ui.received.reminder import send_from_account

        chosen = self.chosen()
        if chosen is None or not chosen.waiting:
            return None

        def finished(_reminder_id: int, _all_went: bool) -> None:
            self.task = None
            self.show_form(self.form_id)

        self.task = send_from_account(self, self.ctx, chosen.waiting,
                                      lambda _account: chosen.id, finished)
        self.resume_button.setEnabled(False)
        if self.task is None:
            self._show_letters()
        return self.task
