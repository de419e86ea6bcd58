"""Settings → "Mail account…": the office's own mail account (SMTP) the reminders to units
are sent from — server, port, security, user name, sender — with a test message to itself
sent off the GUI thread. The account is an office setting; its password goes to this PC's
system store (:mod:`unionplanner.core.secrets`), never into the settings."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from unionplanner.core.errors import UserError
from unionplanner.domain.office.mail import DEFAULT_PORTS, MailAccount, check_account, get_account
from unionplanner.ui.shell.context import OFFICE, AppContext
from unionplanner.ui.shell.tasks import Task


class MailAccountDialog(QDialog):
    """Enter, test and save the office's mail account; ``account`` is what was saved."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Mail account"))
        self.account: MailAccount | None = ctx.read(get_account)
        self.task: Task | None = None  # the running test message
        self.host = QLineEdit()
        self.host.setPlaceholderText(self.tr("e.g. smtp.gmail.com"))
        self.security = QComboBox()
        for key, text in (("ssl", self.tr("SSL/TLS (port 465)")),
                          ("starttls", self.tr("STARTTLS (port 587)")),
                          ("none", self.tr("None (a server inside the office only)"))):
            self.security.addItem(text, key)
        self.port = QSpinBox()
        self.port.setRange(1, 65535)
        self.port.setValue(465)
        self.security.currentIndexChanged.connect(
            lambda _i: self.port.setValue(DEFAULT_PORTS[self.security.currentData()]))
        self.user = QLineEdit()
        self.user.setPlaceholderText(self.tr("e.g. congdoanxa@gmail.com"))
        self.sender_address = QLineEdit()
        self.sender_address.setPlaceholderText(self.tr("the same as the user name when empty"))
        self.sender_name = QLineEdit()
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(self.tr("kept in this PC's password store"))
        self.result_label = QLabel(self.tr(
            "Reminders to the units that have not reported are sent from this account, one "
            "message to each unit. Gmail and Outlook need an \"app password\" made in the "
            "account's security page."))
        self.result_label.setWordWrap(True)
        self.test_button = QPushButton(self.tr("Send a test message to myself"))
        self.test_button.clicked.connect(self.send_test)
        form = QFormLayout()
        form.addRow(self.tr("Mail server (SMTP)"), self.host)
        form.addRow(self.tr("Security"), self.security)
        form.addRow(self.tr("Port"), self.port)
        form.addRow(self.tr("User name"), self.user)
        form.addRow(self.tr("Password"), self.password)
        form.addRow(self.tr("Sender address"), self.sender_address)
        form.addRow(self.tr("Sender name"), self.sender_name)
        form.addRow("", self.test_button)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save  # named by Qt's
                                   | QDialogButtonBox.StandardButton.Cancel)  # catalogue
        buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(not ctx.db.read_only)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.result_label)
        layout.addWidget(buttons)
        self.setMinimumWidth(520)
        self._show(self.account)

    def _show(self, account: MailAccount | None) -> None:
        if account is None:  # the office's name is what units know the sender by
            from unionplanner.domain.office.service import get_office

            office = self.ctx.read(get_office)
            self.sender_name.setText(office.name if office else "")
            return
        self.host.setText(account.host)
        self.security.setCurrentIndex(max(0, self.security.findData(account.security)))
        self.port.setValue(account.port)  # after the security, which proposes its own port
        self.user.setText(account.user)
        self.sender_address.setText(account.sender)
        self.sender_name.setText(account.sender_name)

    def entered(self) -> MailAccount:
        """The account as entered (checked: UserError in Vietnamese when it cannot work)."""
        return check_account(MailAccount(
            self.host.text(), self.port.value(), str(self.security.currentData()),
            self.user.text(), self.sender_address.text(), self.sender_name.text()))

    def send_test(self) -> Task | None:
        """Send one short message to the sender address, off the GUI thread (the task; None
        when the account as entered cannot work — the dialog says why)."""
        from unionplanner.domain.office.mail import send_messages

        try:
            account = self.entered()
        except UserError as exc:
            self.result_label.setText(exc.message)
            return None
        password = self.password.text() or account_password(account)
        self.test_button.setEnabled(False)
        self.result_label.setText(self.tr("Sending…"))

        def done(_result) -> None:
            self.test_button.setEnabled(True)
            self.result_label.setText(self.tr("Sent. Look for it in the inbox of %1.")
                                      .replace("%1", account.from_address))

        def failed(exc: BaseException) -> bool:
            self.test_button.setEnabled(True)
            if isinstance(exc, UserError):
                self.result_label.setText(exc.message)
                return True
            return False

        subject = self.tr("UnionPlanner: test message")
        body = self.tr("This message was sent by UnionPlanner to check the mail account.")
        self.task = self.ctx.runner.run(
            lambda progress, cancel: send_messages(account, password, [account.from_address],
                                                   subject, body),
            label=self.tr("Sending a test message"), on_done=done, on_error=failed,
            cancellable=False)
        return self.task

    def save(self) -> None:
        from unionplanner.core import secrets
        from unionplanner.domain.office.mail import set_account

        try:
            account = self.entered()
            if self.password.text():  # the password goes to the system's store
                secrets.save_secret(account.secret_account, self.password.text(),
                                    what="tài khoản thư")
            self.ctx.write_now(lambda session: set_account(session, account), topics={OFFICE})
        except UserError as exc:
            self.result_label.setText(exc.message)
            return
        self.account = account
        self.accept()


def account_password(account: MailAccount) -> str | None:
    """The password kept on this PC for ``account`` (None: none kept, or no store)."""
    from unionplanner.core import secrets

    return secrets.load_secret(account.secret_account)


class MailBox(QGroupBox):
    """The Settings page's "Thư điện tử" box: which account reminders are sent from, and
    the button that opens :class:`MailAccountDialog`."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(self.tr("E-mail"), parent)
        self.ctx = ctx
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.button = QPushButton(self.tr("Mail account…"))
        self.button.clicked.connect(self.edit)
        row = QHBoxLayout(self)
        row.addWidget(self.label, 1)
        row.addWidget(self.button)
        ctx.changed.connect(self._on_changed)
        self.refresh()

    def _on_changed(self, topics: set[str]) -> None:
        if OFFICE in topics:
            self.refresh()

    def refresh(self) -> None:
        account = self.ctx.read(get_account)
        if account is None:
            self.label.setText(self.tr(
                "No mail account yet: reminders to units can be copied or opened in the mail "
                "program; with the office's account they are sent from here."))
        else:
            self.label.setText(self.tr("Reminders are sent from %1 (%2:%3).")
                               .replace("%1", account.from_address)
                               .replace("%2", account.host).replace("%3", str(account.port)))

    def edit(self) -> None:
        MailAccountDialog(self.ctx, self).exec()
