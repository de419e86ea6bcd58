"""The reminder to units that have not reported: the text, editable, with a button that
copies it (for an e-mail, a Zalo group or a printed notice)."""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)


class ReminderDialog(QDialog):
    """Shows ``text`` to edit; "Sao chép" puts it on the clipboard."""

    def __init__(self, text: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Reminder to units that have not reported"))
        self.resize(640, 460)
        self.text = QPlainTextEdit(text)
        hint = QLabel(self.tr("Edit the text if needed, then copy it into an e-mail, the units' "
                              "Zalo group or a notice."))
        hint.setWordWrap(True)
        self.copy_button = QPushButton(self.tr("Copy"))
        self.copy_button.clicked.connect(self.copy)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addWidget(self.text, 1)
        layout.addWidget(buttons)

    def copy(self) -> None:
        QGuiApplication.clipboard().setText(self.text.toPlainText())
        self.copy_button.setText(self.tr("Copied"))
