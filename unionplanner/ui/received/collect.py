"""Báo cáo CĐCS → "Nhận từ hộp thư…": collect the returns where they arrive — the office's
mailbox (IMAP) or the folder Zalo PC or the browser saves received files in — then import
them with the usual wizard, each file dated by its message, its sender as evidence of its
unit (:mod:`unionplanner.domain.collect.service`). Nothing on the mail server changes
unless the clerk names a folder to move the collected messages to. After the import the
clerk may have a receipt sent to each sender from the office's mail account."""

from __future__ import annotations

import contextlib
import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings, QSize, QStandardPaths
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from unionplanner.core.errors import UserError
from unionplanner.domain.collect.mailbox import DEFAULT_PORTS, MailboxAddress, check_mailbox
from unionplanner.domain.collect.models import FOLDER
from unionplanner.domain.collect.service import Collection
from unionplanner.ui.shell import file_dialogs
from unionplanner.ui.shell.context import REPORTS, AppContext
from unionplanner.ui.shell.date_field import DateField
from unionplanner.ui.shell.screens import fit_to_screen
from unionplanner.ui.shell.table_model import Column, RecordTableModel, record_view
from unionplanner.ui.shell.tasks import Task

if TYPE_CHECKING:
    from unionplanner.ui.received.wizard import ImportWizard

# this PC's own choice (QSettings): the folder Zalo saves received files in
FOLDER_KEY = "collect/folder"
SOURCE_KEY = "collect/source"


def zalo_folder() -> str:
    """Where Zalo PC saves received files by default: Documents\\Zalo Received Files."""
    documents = QStandardPaths.writableLocation(
        QStandardPaths.StandardLocation.DocumentsLocation)
    guess = Path(documents) / "Zalo Received Files"
    return str(guess) if guess.is_dir() else ""


class CollectDialog(QDialog):
    """Choose where to collect from and since when, collect off the GUI thread (progress,
    Cancel), look at the files found with their senders, then "Nhập …" opens the import
    wizard with them. ``collection`` holds what the last collect found."""

    def __init__(self, ctx: AppContext, form_id: int | None, period: str,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx, self.form_id, self.period = ctx, form_id, period
        self.collection: Collection | None = None
        self.address: MailboxAddress | None = None
        self.password = ""
        self.task: Task | None = None
        self.wizard: ImportWizard | None = None  # the import that follows a collect
        self.setWindowTitle(self.tr("Collect reports"))
        self.mail_choice = QRadioButton(self.tr("From the office's mailbox"))
        self.folder_choice = QRadioButton(self.tr("From a folder (Zalo, downloads)"))
        choice = QButtonGroup(self)
        choice.addButton(self.mail_choice)
        choice.addButton(self.folder_choice)
        self.sources = QStackedWidget()
        self.sources.addWidget(self._mail_box())
        self.sources.addWidget(self._folder_box())
        self.mail_choice.toggled.connect(
            lambda on: self.sources.setCurrentIndex(0 if on else 1))
        self.since = DateField()
        self.since.set_date(dt.date.today() - dt.timedelta(days=30))
        self.receipts = QCheckBox(self.tr("After importing, send each sender a receipt from "
                                          "the office's mail account"))
        self.collect_button = QPushButton(self.tr("Collect"))
        self.collect_button.setDefault(True)
        self.collect_button.clicked.connect(self.collect)
        since_row = QHBoxLayout()
        since_row.addWidget(QLabel(self.tr("Messages and files since")))
        since_row.addWidget(self.since)
        since_row.addStretch(1)
        since_row.addWidget(self.collect_button)
        self.found = RecordTableModel([
            Column(self.tr("File"), lambda i: i.file_name or self.tr("(no spreadsheet)")),
            Column(self.tr("From"), lambda i: i.sender or i.message_key),
            Column(self.tr("Arrived"), lambda i: i.arrived_on.strftime("%d/%m/%Y")
                   if i.arrived_on else "", sort=lambda i: i.arrived_on or dt.date.min),
            Column(self.tr("Subject"), lambda i: i.subject),
            Column(self.tr("Note"), lambda i: i.reason, tooltip=lambda i: i.reason),
        ], self)
        self.found_view = record_view(self.found)
        self.summary = QLabel(self.tr("Nothing collected yet."))
        self.summary.setWordWrap(True)
        self.import_button = QPushButton(self.tr("Import the files…"))
        self.import_button.setEnabled(False)
        self.import_button.clicked.connect(self.open_import)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))
        buttons.addButton(self.import_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.rejected.connect(self.reject)
        choices = QHBoxLayout()
        choices.addWidget(self.mail_choice)
        choices.addWidget(self.folder_choice)
        choices.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(choices)
        layout.addWidget(self.sources)
        layout.addLayout(since_row)
        layout.addWidget(self.receipts)
        layout.addWidget(self.found_view, 1)
        layout.addWidget(self.summary)
        layout.addWidget(buttons)
        self._load()
        fit_to_screen(self, QSize(880, 640))  # a laptop's screen may be smaller

    # -- the source ---------------------------------------------------------------------------
    def _mail_box(self) -> QWidget:
        box = QWidget()
        self.host = QLineEdit()
        self.host.setPlaceholderText(self.tr("e.g. imap.gmail.com"))
        self.security = QComboBox()
        for key, text in (("ssl", self.tr("SSL/TLS (port 993)")),
                          ("starttls", self.tr("STARTTLS (port 143)")),
                          ("none", self.tr("None (a server inside the office only)"))):
            self.security.addItem(text, key)
        self.port = QSpinBox()
        self.port.setRange(1, 65535)
        self.port.setValue(993)
        self.security.currentIndexChanged.connect(
            lambda _i: self.port.setValue(DEFAULT_PORTS[self.security.currentData()]))
        self.user = QLineEdit()
        self.user.setPlaceholderText(self.tr("e.g. congdoanxa@gmail.com"))
        self.password_field = QLineEdit()
        self.password_field.setEchoMode(QLineEdit.EchoMode.Password)
        self.remember = QCheckBox(self.tr("Keep the password in this PC's password store"))
        self.remember.setChecked(True)
        self.mail_folder = QLineEdit("INBOX")
        self.move_to = QLineEdit()
        self.move_to.setPlaceholderText(self.tr("(leave the messages where they are)"))
        server = QHBoxLayout()
        server.addWidget(self.host, 1)
        server.addWidget(self.security)
        server.addWidget(self.port)
        form = QFormLayout(box)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.tr("Incoming mail server (IMAP)"), server)
        form.addRow(self.tr("User name"), self.user)
        form.addRow(self.tr("Password"), self.password_field)
        form.addRow("", self.remember)
        form.addRow(self.tr("Mail folder"), self.mail_folder)
        form.addRow(self.tr("Afterwards move the messages to"), self.move_to)
        return box

    def _folder_box(self) -> QWidget:
        box = QWidget()
        self.folder = QLineEdit()
        self.folder.setPlaceholderText(self.tr("e.g. Documents\\Zalo Received Files"))
        browse = QPushButton(self.tr("Choose…"))
        browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(self.folder, 1)
        row.addWidget(browse)
        hint = QLabel(self.tr("The folder where Zalo PC or the browser saves the files units "
                              "send. Files seen before are passed over; each file's own time "
                              "is its arrival day."))
        hint.setWordWrap(True)
        form = QFormLayout(box)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.tr("Folder"), row)
        form.addRow("", hint)
        return box

    def _browse(self) -> None:
        folder = file_dialogs.folder_path(self, self.tr("The folder of received files"))
        if folder is not None:
            self.folder.setText(str(folder))

    def _load(self) -> None:
        """Fill in the mailbox as last used (or guessed from the reminders' account) and
        this PC's folder."""
        from unionplanner.core import secrets
        from unionplanner.domain.collect.mailbox import get_mailbox
        from unionplanner.domain.office.mail import get_account

        address = self.ctx.read(get_mailbox)
        if address is None:
            account = self.ctx.read(get_account)
            if account is not None:  # the reminders' account: smtp.x → imap.x
                host = account.host.replace("smtp.office365.com", "outlook.office365.com")
                host = "imap." + host[5:] if host.startswith("smtp.") else host
                address = MailboxAddress(host, 993, "ssl", account.user)
        if address is not None:
            self.host.setText(address.host)
            self.security.setCurrentIndex(max(0, self.security.findData(address.security)))
            self.port.setValue(address.port)
            self.user.setText(address.user)
            self.mail_folder.setText(address.folder)
            self.move_to.setText(address.move_to)
            self.password_field.setText(secrets.load_secret(address.secret_account) or "")
        settings = QSettings()
        self.folder.setText(str(settings.value(FOLDER_KEY, "") or zalo_folder()))
        source = str(settings.value(SOURCE_KEY, "mail"))
        (self.folder_choice if source == FOLDER else self.mail_choice).setChecked(True)
        self.sources.setCurrentIndex(1 if source == FOLDER else 0)

    # -- collecting ---------------------------------------------------------------------------
    def collect(self) -> Task | None:
        """Collect from the chosen source off the GUI thread; the files found are listed.
        Returns the task (None when something must be corrected first)."""
        from unionplanner.domain.collect import service

        since = self.since.date()
        if since is None:
            QMessageBox.warning(self, self.windowTitle(), self.tr(
                "Type the day to collect from, e.g. 01/06/2025."))
            return None
        self._discard()
        try:
            job, source, label = self._job(since)
        except UserError as exc:
            QMessageBox.warning(self, self.windowTitle(), str(exc))
            return None
        known = self.ctx.read(lambda s: service.known_files(s, source))
        staging = service.staging_dir(self.ctx.db)
        self.collect_button.setEnabled(False)

        def failed(exc: BaseException) -> bool:
            import shutil

            shutil.rmtree(staging, ignore_errors=True)
            self.collect_button.setEnabled(True)
            if isinstance(exc, UserError):
                QMessageBox.warning(self, self.windowTitle(), str(exc))
                return True
            return False

        self.task = self.ctx.runner.run(
            lambda progress, cancel: job(known, staging, progress, cancel), label=label,
            on_done=self.show_collection, on_error=failed)
        return self.task

    def _job(self, since: dt.date):
        """(job(known, staging, progress, cancel) → Collection, the source's key, label)
        for the chosen source; the choice is kept for next time. Raises UserError."""
        from unionplanner.core import secrets
        from unionplanner.domain.collect import service
        from unionplanner.domain.collect.mailbox import set_mailbox

        settings = QSettings()
        if self.folder_choice.isChecked():
            text = self.folder.text().strip()
            if not text:
                raise UserError(self.tr("Choose the folder Zalo saves received files in."))
            folder = Path(text)
            settings.setValue(FOLDER_KEY, str(folder))
            settings.setValue(SOURCE_KEY, FOLDER)
            self.address = None
            return (lambda known, staging, progress, cancel: service.collect_folder(
                folder, since, known, staging, progress=progress, cancel=cancel),
                str(folder.resolve()), self.tr("Collecting from the folder"))
        address = check_mailbox(MailboxAddress(
            self.host.text(), self.port.value(), self.security.currentData(), self.user.text(),
            self.mail_folder.text(), self.move_to.text()))
        password = self.password_field.text()
        self.ctx.write_now(lambda s: set_mailbox(s, address), topics=set())
        settings.setValue(SOURCE_KEY, "mail")
        if self.remember.isChecked() and password:
            # no store on this PC: the password is typed each time
            with contextlib.suppress(UserError):
                secrets.save_secret(address.secret_account, password, what="hộp thư")
        self.address, self.password = address, password
        return (lambda known, staging, progress, cancel: service.collect_mail(
            address, password, since, known, staging, progress=progress, cancel=cancel),
            address.url, self.tr("Collecting from the mailbox"))

    def show_collection(self, collection: Collection) -> None:
        """List what was found; with no file to import, remember the messages looked at
        (and the refusals) so they are not downloaded again."""
        from unionplanner.domain.collect.service import record
        from unionplanner.domain.received.service import BatchResult

        self.collect_button.setEnabled(True)
        self.collection = collection
        self.found.set_records(collection.items)
        files = len(collection.files)
        lines = [self.tr("%1 new message(s) or file(s), %2 collected before; %3 file(s) to "
                         "import, %4 refused.").replace("%1", str(collection.messages or files))
                 .replace("%2", str(collection.seen)).replace("%3", str(files))
                 .replace("%4", str(len(collection.refused)))]
        lines += collection.warnings
        if not files:
            lines.append(self.tr("No new reports."))
            if collection.items and self.form_id is not None:
                form_id = self.form_id
                self.ctx.write_now(lambda s: record(s, collection, None, BatchResult(None, []),
                                                    form_id), topics={REPORTS})
        self.summary.setText("\n".join(lines))
        self.import_button.setEnabled(bool(files))
        self.import_button.setText(self.tr("Import %1 file(s)…").replace("%1", str(files)))

    # -- importing ----------------------------------------------------------------------------
    def open_import(self) -> None:
        """The import wizard with the collected files (the senders as evidence); the dialog
        hides while it runs and goes once it is closed."""
        from unionplanner.domain.collect.service import prepare_import
        from unionplanner.domain.received.session import ImportSession
        from unionplanner.ui.received.wizard import ImportWizard

        collection = self.collection
        if collection is None or not collection.files:
            return
        imports = ImportSession()
        self.ctx.read(lambda s: prepare_import(s, imports, collection))
        paths = [item.path for item in collection.files if item.path is not None]
        origins = {item.path: ", ".join(part for part in (
            item.sender, item.arrived_on.strftime("%d/%m/%Y") if item.arrived_on else "")
            if part) for item in collection.files if item.path is not None}
        self.wizard = wizard = ImportWizard(self.ctx, paths, self.form_id, self.period,
                                            self.parentWidget(), imports=imports,
                                            origins=origins)
        wizard.finished.connect(lambda _result: self._imported(wizard))
        self.hide()
        wizard.open()

    def _imported(self, wizard) -> None:
        """After the wizard: move the collected messages if asked, offer the receipts, then
        remove the collected copies and close."""
        collection = self.collection
        result = wizard.outcome
        if collection is not None and result is not None:
            if self.address is not None and self.address.move_to:
                self._move(collection, result)
            form_id = wizard.form_id or self.form_id
            if self.receipts.isChecked() and form_id is not None \
                    and any(i.sender for i in collection.items):
                self.send_receipts(collection, result, form_id)
        self._discard()
        self.accept()

    def _move(self, collection: Collection, result) -> None:
        from unionplanner.domain.collect.mailbox import move_messages
        from unionplanner.domain.collect.service import collected_uids

        address, password = self.address, self.password
        assert address is not None
        uids = collected_uids(collection, result)

        def failed(exc: BaseException) -> bool:
            if isinstance(exc, UserError):
                QMessageBox.warning(self.parentWidget(), self.windowTitle(), str(exc))
                return True
            return False

        self.ctx.runner.run(lambda progress, cancel: move_messages(
            address, password, uids, address.move_to), label=self.tr("Moving the messages"),
            on_error=failed, cancellable=False)

    def send_receipts(self, collection: Collection, result, form_id: int) -> Task | None:
        """Enter one receipt per sender of this collect in the register of reminders and
        send them from the office's mail account (see
        :func:`~unionplanner.ui.received.reminder.send_from_account`)."""
        from unionplanner.domain.collect.receipts import receipts_for
        from unionplanner.ui.received.reminder import send_from_account

        senders = len({i.sender for i in collection.items if i.sender})

        def receipt(account) -> int:
            return self.ctx.write_now(lambda s: receipts_for(
                s, collection, form_id=form_id, period=result.period,
                sender=account.from_address).id, topics={REPORTS})

        return send_from_account(self.parentWidget() or self, self.ctx, senders, receipt,
                                 lambda _id, _all: None, question=self.tr(
                                     "Send a receipt to %1 sender(s) from %2?"))

    def _discard(self) -> None:
        if self.collection is not None and (self.wizard is None or not self.wizard.isVisible()):
            self.collection.discard()

    def reject(self) -> None:
        self._discard()
        super().reject()

