"""The reminder to units that have not reported: the text, editable, with a button that
copies it (for a Zalo group or a printed notice), one that opens the mail program with the
units' addresses (in Bcc), the subject and the text, and one that sends it from the office's
own mail account (one message to each unit; :mod:`unionplanner.domain.office.mail`)."""

from __future__ import annotations

from PySide6.QtCore import QUrl, QUrlQuery
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from unionplanner.core.errors import UserError
from unionplanner.ui.shell.context import AppContext
from unionplanner.ui.shell.tasks import Task


def mailto(addresses: list[str], subject: str, body: str) -> QUrl:
    """A mailto: link with ``addresses`` in Bcc (the units do not see each other)."""
    url = QUrl("mailto:")
    query = QUrlQuery()
    query.addQueryItem("bcc", ",".join(addresses))
    query.addQueryItem("subject", subject)
    query.addQueryItem("body", body)
    url.setQuery(query)
    return url


class ReminderDialog(QDialog):
    """Shows ``text`` to edit; "Sao chép" puts it on the clipboard, "Mở thư" opens the mail
    program addressed to ``addresses`` (the units' e-mails) with ``subject``; ``without``
    names the units with no address (to reach by phone or Zalo). With ``ctx`` (the window's
    database), "Gửi thư" sends it from the office's mail account."""

    def __init__(self, text: str, parent: QWidget | None = None, *,
                 addresses: list[str] | None = None, subject: str = "",
                 without: list[str] | None = None, ctx: AppContext | None = None):
        super().__init__(parent)
        self.addresses, self.subject, self.ctx = list(addresses or []), subject, ctx
        self.all_addresses = list(self.addresses)  # after a send stopped midway, the rest
        self.task: Task | None = None  # the sending, while it runs
        self.setWindowTitle(self.tr("Reminder to units that have not reported"))
        self.resize(640, 460)
        self.text = QPlainTextEdit(text)
        hint = QLabel(self.tr("Edit the text if needed, then copy it into an e-mail, the units' "
                              "Zalo group or a notice."))
        hint.setWordWrap(True)
        self.copy_button = QPushButton(self.tr("Copy"))
        self.copy_button.clicked.connect(self.copy)
        self.mail_button = QPushButton(self.tr("Open in the mail program"))
        self.mail_button.setEnabled(bool(self.addresses))
        self.mail_button.clicked.connect(self.open_mail)
        self.send_button = QPushButton(self.tr("Send from the office's mail account…"))
        self.send_button.setEnabled(bool(self.addresses) and ctx is not None)
        self.send_button.setVisible(ctx is not None)
        self.send_button.clicked.connect(self.send)
        self.without = QLabel(self.tr("No e-mail address for: %1 (phone or Zalo).").replace(
            "%1", ", ".join(without or [])) if without else "")
        self.without.setWordWrap(True)
        self.without.setVisible(bool(without))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.mail_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.send_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.without)
        layout.addWidget(buttons)

    def copy(self) -> None:
        QGuiApplication.clipboard().setText(self.text.toPlainText())
        self.copy_button.setText(self.tr("Copied"))

    def open_mail(self) -> None:
        """The mail program, addressed and filled in; the user checks and sends."""
        QDesktopServices.openUrl(mailto(self.addresses, self.subject, self.text.toPlainText()))

    def send(self) -> Task | None:
        """Send the text to every address from the office's mail account (set up first when
        there is none), after a confirmation, off the GUI thread with Cancel; then say what
        was sent and what the server refused. Returns the task (None when not started)."""
        from unionplanner.domain.office.mail import SendInterrupted, get_account, send_messages
        from unionplanner.ui.settings.mail_dialog import MailAccountDialog, account_password

        assert self.ctx is not None
        account = self.ctx.read(get_account)
        if account is None:
            dialog = MailAccountDialog(self.ctx, self)
            if dialog.exec() != QDialog.DialogCode.Accepted or dialog.account is None:
                return None
            account = dialog.account
        password = account_password(account)
        if password is None:
            password, ok = QInputDialog.getText(
                self, self.tr("Mail account"), self.tr("Password of %1:").replace(
                    "%1", account.user or account.from_address), QLineEdit.EchoMode.Password)
            if not ok:
                return None
        question = self.tr("Send this reminder to %1 address(es) from %2? Each unit gets its "
                           "own message.").replace("%1", str(len(self.addresses))).replace(
                               "%2", account.from_address)
        if QMessageBox.question(self, self.tr("Send reminder"), question) \
                != QMessageBox.StandardButton.Yes:
            return None
        addresses, subject, body = list(self.addresses), self.subject, self.text.toPlainText()
        self.send_button.setEnabled(False)

        def done(result) -> None:
            self.send_button.setEnabled(True)
            self.send_button.setText(self.tr("Send from the office's mail account…"))
            self.addresses = list(self.all_addresses)
            QMessageBox.information(self, self.tr("Send reminder"), self.sent_text(result))

        def failed(exc: BaseException) -> bool:
            self.send_button.setEnabled(True)
            if isinstance(exc, SendInterrupted):  # only the letters not sent go next time
                self.addresses = [a for a in self.addresses if a not in exc.result.sent
                                  and a not in exc.result.refused]
                self.send_button.setText(self.tr("Send the remaining %1…").replace(
                    "%1", str(len(self.addresses))))
            if isinstance(exc, UserError):
                QMessageBox.warning(self, self.tr("Send reminder"), str(exc))
                return True
            return False

        self.task = self.ctx.runner.run(
            lambda progress, cancel: send_messages(account, password or None, addresses,
                                                   subject, body, progress=progress,
                                                   cancel=cancel),
            label=self.tr("Sending the reminder"), on_done=done, on_error=failed)
        return self.task

    def sent_text(self, result) -> str:
        """What the sending did, in one message: sent, refused (with the server's reason),
        not sent because the user stopped it."""
        lines = [self.tr("Sent %1 message(s).").replace("%1", str(len(result.sent)))]
        if result.refused:
            lines.append(self.tr("The server refused:") + "\n" + "\n".join(
                f"  {address} ({reason})" for address, reason in result.refused.items()))
        left = len(self.addresses) - len(result.sent) - len(result.refused)
        if result.cancelled and left:
            lines.append(self.tr("Stopped: %1 address(es) not sent.").replace("%1", str(left)))
        return "\n\n".join(lines)
