"""Item delegates shared by editable tables."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QStyledItemDelegate


class ChoiceDelegate(QStyledItemDelegate):
    """A combo box editor over (data, text) choices; a choice is committed at once."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.choices: Sequence[tuple[object, str]] = []

    def createEditor(self, parent, option, index):
        combo = QComboBox(parent)
        for data, text in self.choices:
            combo.addItem(text, data)
        combo.activated.connect(lambda _i, box=combo: self.commitData.emit(box))
        return combo

    def setEditorData(self, editor, index) -> None:
        editor.setCurrentIndex(max(0, editor.findData(index.data(Qt.ItemDataRole.EditRole))))

    def setModelData(self, editor, model, index) -> None:
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)
