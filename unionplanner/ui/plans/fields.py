"""Fields of the plan editor: the closing block (recipients, the signing authority, the
signer's title and name), and showing a stored value in a field without firing an edit."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QFormLayout, QLineEdit, QPlainTextEdit, QWidget


def set_text_quietly(widget, value: str) -> None:
    """Show ``value`` without firing an edit (and without disturbing the user's typing)."""
    current = widget.toPlainText() if isinstance(widget, QPlainTextEdit) else widget.text()
    if current != value:
        widget.blockSignals(True)
        if isinstance(widget, QPlainTextEdit):
            widget.setPlainText(value)
        else:
            widget.setText(value)
        widget.blockSignals(False)


class ClosingFields(QWidget):
    """The "Nơi nhận và chữ ký" tab: recipients (one per line), the authority ("TM. BAN
    THƯỜNG VỤ", "KT. CHỦ TỊCH"…, Nghị định 30/2020/NĐ-CP, Phụ lục I), the signer's title and
    name. The editor connects their edits."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.recipients = QPlainTextEdit()
        self.recipients.setPlaceholderText(self.tr("One recipient per line; the last is usually "
                                                   "“Lưu: VT.”"))
        self.authority = QComboBox()
        self.authority.setEditable(True)
        self.authority.addItems(["TM. BAN THƯỜNG VỤ", "KT. CHỦ TỊCH", "TM. BAN CHẤP HÀNH", ""])
        self.delegation = QLineEdit()
        self.delegation.setPlaceholderText(self.tr("e.g. KT. CHỦ TỊCH under TM. ỦY BAN NHÂN DÂN "
                                                   "(usually empty)"))
        self.signer_title = QLineEdit()
        self.signer_name = QLineEdit()
        form = QFormLayout(self)
        form.addRow(self.tr("Recipients"), self.recipients)
        form.addRow(self.tr("On behalf of"), self.authority)
        form.addRow(self.tr("Signing for"), self.delegation)
        form.addRow(self.tr("Signer's title"), self.signer_title)
        form.addRow(self.tr("Signer's name"), self.signer_name)
