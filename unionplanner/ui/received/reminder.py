"""The reminder to units that have not reported: the text, editable, with a button that
copies it (for a Zalo group or a printed notice), one that opens the mail program with the
units' addresses (in Bcc), the subject and the text, and one that sends it from the office's
own mail account — one letter per unit naming only that unit, each letter's fate kept in the
register of reminders (:mod:`unionplanner.domain.office.reminders`), so a sending stopped
midway is finished later ("Gửi tiếp") without sending anything twice."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QUrl, QUrlQuery
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
from unionplanner.ui.shell.context import REPORTS, AppContext
from unionplanner.ui.shell.tasks import Task

if TYPE_CHECKING:
    from unionplanner.domain.office.mail import MailAccount, SendResult
    from unionplanner.domain.units.models import Unit


translate = QCoreApplication.translate


def mailto(addresses: list[str], subject: str, body: str) -> QUrl:
    """A mailto: link with ``addresses`` in Bcc (the units do not see each other)."""
    url = QUrl("mailto:")
    query = QUrlQuery()
    query.addQueryItem("bcc", ",".join(addresses))
    query.addQueryItem("subject", subject)
    query.addQueryItem("body", body)
    url.setQuery(query)
    return url


def send_from_account(parent: QWidget, ctx: AppContext, count: int,
                      reminder: Callable[[MailAccount], int],
                      finished: Callable[[int, bool], None],
                      question: str | None = None) -> Task | None:
    """Send a reminder's waiting letters from the office's mail account: set the account up
    first when there is none, ask for its password when the system's store has none, ask
    to confirm (``count`` letters), then call ``reminder(account)`` for the reminder's id (a
    new one is entered in the register only now) and send off the GUI thread with Cancel. At the
    end ``finished(id, all_went)`` and one message: sent, refused with the server's reason,
    not sent. ``question``: the confirmation asked (%1 the count, %2 the sender's address;
    default: the reminder's). Returns the task (None when the clerk stopped before)."""
    from unionplanner.domain.office.mail import get_account
    from unionplanner.domain.office.reminders import send_reminder
    from unionplanner.ui.settings.mail_dialog import MailAccountDialog, account_password

    account = ctx.read(get_account)
    if account is None:
        dialog = MailAccountDialog(ctx, parent)
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.account is None:
            return None
        account = dialog.account
    password = account_password(account)
    if password is None:
        password, ok = QInputDialog.getText(
            parent, translate("ReminderDialog", "Mail account"),
            translate("ReminderDialog", "Password of %1:").replace(
                "%1", account.user or account.from_address), QLineEdit.EchoMode.Password)
        if not ok:
            return None
    question = (question or translate(
        "ReminderDialog", "Send this reminder to %1 address(es) from %2? Each unit gets its "
        "own message.")).replace("%1", str(count)).replace("%2", account.from_address)
    if QMessageBox.question(parent, translate("ReminderDialog", "Send reminder"), question) \
            != QMessageBox.StandardButton.Yes:
        return None
    try:
        reminder_id = reminder(account)
    except UserError as exc:
        QMessageBox.warning(parent, translate("ReminderDialog", "Send reminder"), str(exc))
        return None

    def done(result: SendResult) -> None:
        ctx.notify(REPORTS)
        finished(reminder_id, not result.cancelled)
        QMessageBox.information(parent, translate("ReminderDialog", "Send reminder"),
                                sent_text(result, count))

    def failed(exc: BaseException) -> bool:
        ctx.notify(REPORTS)
        finished(reminder_id, False)
        if isinstance(exc, UserError):
            QMessageBox.warning(parent, translate("ReminderDialog", "Send reminder"), str(exc))
            return True
        return False

    return ctx.runner.run(
        lambda progress, cancel: send_reminder(ctx.db, reminder_id, account, password or None,
                                               progress=progress, cancel=cancel),
        label=translate("ReminderDialog", "Sending the reminder"), on_done=done, on_error=failed)


def sent_text(result: SendResult, count: int) -> str:
    """What a sending of ``count`` letters did, in one message: sent, refused (with the
    server's reason), not sent because the clerk stopped it."""
    lines = [translate("ReminderDialog", "Sent %1 message(s).").replace(
        "%1", str(len(result.sent)))]
    if result.refused:
        lines.append(translate("ReminderDialog", "The server refused:") + "\n" + "\n".join(
            f"  {address} ({reason})" for address, reason in result.refused.items()))
    left = count - len(result.sent) - len(result.refused)
    if result.cancelled and left:
        lines.append(translate("ReminderDialog", "Stopped: %1 address(es) not sent. \"Send the "
                               "rest\" in the Reminders tab sends them.").replace("%1", str(left)))
    return "\n\n".join(lines)


class ReminderDialog(QDialog):
    """Shows ``text`` to edit; "Sao chép" puts it on the clipboard, "Mở thư" opens the mail
    program addressed to the ``units``' e-mails with ``subject``; the units with no address
    are named (to reach by phone or Zalo). With ``ctx`` (the window's database), "Gửi thư"
    sends one letter per unit from the office's mail account and enters the reminder, about
    ``form_id``/``form_name`` and ``period``, in the register."""

    def __init__(self, text: str, parent: QWidget | None = None, *,
                 units: Sequence[Unit] = (), subject: str = "", ctx: AppContext | None = None,
                 form_id: int | None = None, form_name: str = "", period: str = ""):
        from unionplanner.domain.office.contacts import split_emails
        from unionplanner.domain.office.reminders import letter_addresses

        super().__init__(parent)
        self.subject, self.ctx = subject, ctx
        self.form_id, self.form_name, self.period = form_id, form_name, period
        self.unit_ids = [unit.id for unit in units]
        self.addresses = [a for unit in units for a in split_emails(unit.email)[0]]
        self.letters = sum(len(letter_addresses(unit)) for unit in units)
        self.reminder_id: int | None = None  # after a sending stopped midway: its rest
        self.left = 0  # how many of its letters wait
        self.task: Task | None = None  # the sending, while it runs
        without = [unit.name for unit in units if not unit.email]
        self.setWindowTitle(self.tr("Reminder to units that have not reported"))
        self.resize(640, 460)
        self.text = QPlainTextEdit(text)
        hint = QLabel(self.tr("Edit the text if needed, then copy it into an e-mail, the units' "
                              "Zalo group or a notice. Sent from the office's mail account, "
                              "each unit gets its own letter, addressed to it alone."))
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
            "%1", ", ".join(without)) if without else "")
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
        """Send one letter per unit from the office's mail account (see
        :func:`send_from_account`); after a sending stopped midway, only its letters still
        waiting. Returns the task (None when not started)."""
        from unionplanner.domain.office.reminders import create_reminder, reminder_rows
        from unionplanner.domain.units.service import get_unit

        assert self.ctx is not None
        ctx = self.ctx
        text = self.text.toPlainText()

        def reminder(account) -> int:
            if self.reminder_id is not None:
                return self.reminder_id
            return ctx.write_now(lambda session: create_reminder(
                session, form_id=self.form_id, form_name=self.form_name, period=self.period,
                subject=self.subject, text=text, sender=account.from_address,
                units=[get_unit(session, i) for i in self.unit_ids]).id, topics={REPORTS})

        def finished(reminder_id: int, all_went: bool) -> None:
            rows = ctx.read(lambda s: reminder_rows(s, reminder_id=reminder_id))
            self.left = rows[0].waiting if rows and not all_went else 0
            self.reminder_id = reminder_id if self.left else None
            self.send_button.setEnabled(True)
            self.send_button.setText(self.tr("Send the remaining %1…").replace(
                "%1", str(self.left)) if self.left else self.tr(
                    "Send from the office's mail account…"))

        count = self.left if self.reminder_id is not None else self.letters
        self.task = send_from_account(self, ctx, count, reminder, finished)
        if self.task is not None:
            self.send_button.setEnabled(False)
        return self.task

