"""The reminder to units that have not reported: the text, editable, with a button that
copies it (for a Zalo group or a printed notice) and one that opens the mail program with
the units' addresses (in Bcc), the subject and the text."""

from __future__ import annotations

from PySide6.QtCore import QUrl, QUrlQuery
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)


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
    names the units with no address (to reach by phone or Zalo)."""

    def __init__(self, text: str, parent: QWidget | None = None, *,
                 addresses: list[str] | None = None, subject: str = "",
                 without: list[str] | None = None):
        super().__init__(parent)
        self.addresses, self.subject = list(addresses or []), subject
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
        self.without = QLabel(self.tr("No e-mail address for: %1 (phone or Zalo).").replace(
            "%1", ", ".join(without or [])) if without else "")
        self.without.setWordWrap(True)
        self.without.setVisible(bool(without))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.mail_button, QDialogButtonBox.ButtonRole.ActionRole)
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
