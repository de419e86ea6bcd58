"""Settings → "Shared server…": where the office's shared PostgreSQL database is (host, port,
database, user name, password), a connection test run off the GUI thread, and the choice
saved for the next start (QSettings ``database/url``, without the password, which goes to the
system's store: :mod:`unionplanner.core.secrets`). README, "Máy chủ dùng chung", says how
an office sets up the server."""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from unionplanner.ui.shell.tasks import Task, TaskRunner

SETTING = "database/url"


def saved_server_url() -> str | None:
    """The server chosen in Settings, with its password from the system's store, or None
    for the SQLite file on this PC. A setting saved before passwords went to the store
    (the password in clear text) is moved there when the system has a store."""
    from unionplanner.core import secrets

    value = str(QSettings().value(SETTING, "") or "")
    if not value:
        return None
    bare, password = secrets.split_password(value)
    if password:  # an older clear-text entry: into the store, out of the settings
        try:
            secrets.save_password(bare, password)
        except secrets.NoSecretStore:
            return value  # no store on this PC: it keeps working as before
        QSettings().setValue(SETTING, bare)
        return value
    return secrets.with_password(bare, secrets.load_password(bare))


def forget_server() -> None:
    """Go back to the SQLite file on this PC from the next start (the stored password of
    that server is removed too)."""
    from unionplanner.core import secrets

    value = str(QSettings().value(SETTING, "") or "")
    if value:
        secrets.forget_password(secrets.split_password(value)[0])
    QSettings().remove(SETTING)


class ServerDialog(QDialog):
    """Enter and test the shared server; ``url`` is the chosen URL after accept()."""

    def __init__(self, runner: TaskRunner, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Shared server"))
        self.runner = runner
        self.url = ""
        self.task: Task | None = None  # the running connection test
        self.host = QLineEdit()
        self.host.setPlaceholderText(self.tr("e.g. 192.168.1.10 or may-chu-cong-doan"))
        self.port = QSpinBox()
        self.port.setRange(1, 65535)
        self.port.setValue(5432)
        self.database = QLineEdit("unionplanner")
        self.user = QLineEdit("unionplanner")
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.result_label = QLabel(self.tr(
            "Everyone in the office who uses this server sees the same plans, reports and "
            "ticks. The data on this PC stays where it is; to move it to the server use "
            "\"unionplanner db copy\" (see the README)."))
        self.result_label.setWordWrap(True)
        self.test_button = QPushButton(self.tr("Test the connection"))
        self.test_button.clicked.connect(self.test)
        form = QFormLayout()
        form.addRow(self.tr("Server"), self.host)
        form.addRow(self.tr("Port"), self.port)
        form.addRow(self.tr("Database"), self.database)
        form.addRow(self.tr("User name"), self.user)
        form.addRow(self.tr("Password"), self.password)
        form.addRow("", self.test_button)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Save"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.result_label)
        layout.addWidget(buttons)
        self.setMinimumWidth(480)

    def _url(self) -> str:
        from unionplanner.domain.storage.database import server_url

        return server_url(self.host.text(), self.port.value(), self.database.text(),
                          self.user.text(), self.password.text())

    def test(self) -> None:
        """Connect off the GUI thread and show what the server holds (or what to check)."""
        from unionplanner.core.errors import UserError
        from unionplanner.domain.storage.database import describe_server

        if not self.host.text().strip() or not self.database.text().strip():
            self.result_label.setText(self.tr("Enter the server and the database name."))
            return
        url = self._url()
        self.test_button.setEnabled(False)
        self.result_label.setText(self.tr("Connecting…"))

        def shown(text: str) -> None:
            self.test_button.setEnabled(True)
            self.result_label.setText(text)

        def failed(exc: BaseException) -> bool:
            self.test_button.setEnabled(True)
            if isinstance(exc, UserError):
                self.result_label.setText(exc.message)
                return True
            return False

        self.task = self.runner.run(lambda progress, cancel: describe_server(url),
                                    label=self.tr("Connecting to the server"), on_done=shown,
                                    on_error=failed, cancellable=False)

    def save(self) -> None:
        if not self.host.text().strip() or not self.database.text().strip():
            self.result_label.setText(self.tr("Enter the server and the database name."))
            return
        from unionplanner.core import secrets

        self.url = self._url()
        bare, password = secrets.split_password(self.url)
        if password:
            try:  # the password goes to the system's store, never into the settings
                secrets.save_password(bare, password)
            except secrets.NoSecretStore as exc:
                self.result_label.setText(exc.message)
                return
        QSettings().setValue(SETTING, bare)
        self.accept()
