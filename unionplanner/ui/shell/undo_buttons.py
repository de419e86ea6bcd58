"""Undo and redo buttons whose width never changes.

Qt's ``QUndoStack.createUndoAction`` names the button after the last change ("Hoàn tác Địa
danh", "Hoàn tác Sửa một mục tiêu dài…"): the button grew with each change and pushed the
window wider than an office laptop's screen. Here the buttons keep their short label and
the change they would undo or redo is in the tooltip.
"""

from __future__ import annotations

from PySide6.QtGui import QAction, QKeySequence, QUndoStack
from PySide6.QtWidgets import QToolButton, QWidget


def _button(parent: QWidget, label: str, key: QKeySequence.StandardKey, trigger, can,
            can_changed, text, text_changed) -> QToolButton:
    action = QAction(label, parent)
    action.setShortcut(key)
    action.triggered.connect(trigger)
    action.setEnabled(can())
    can_changed.connect(action.setEnabled)

    def tip(change: str) -> None:
        action.setToolTip(f"{label}: {change}" if change else label)

    tip(text())
    text_changed.connect(tip)
    button = QToolButton(parent)
    button.setDefaultAction(action)
    return button


def undo_redo_buttons(parent: QWidget, stack: QUndoStack, undo_label: str,
                      redo_label: str) -> tuple[QToolButton, QToolButton]:
    """Two tool buttons labelled ``undo_label``/``redo_label`` (already translated) acting
    on ``stack`` with the usual shortcuts; the change itself is in each tooltip."""
    undo = _button(parent, undo_label, QKeySequence.StandardKey.Undo, stack.undo, stack.canUndo,
                   stack.canUndoChanged, stack.undoText, stack.undoTextChanged)
    redo = _button(parent, redo_label, QKeySequence.StandardKey.Redo, stack.redo, stack.canRedo,
                   stack.canRedoChanged, stack.redoText, stack.redoTextChanged)
    return undo, redo
