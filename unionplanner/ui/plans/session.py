"""A plan being edited: the document, its QUndoStack of domain edits
(:class:`unionplanner.domain.plans.commands.Edit`) and a ``changed`` signal the editor's tabs
refresh from. Typing in one field merges into one undo step; an edit that changes nothing
leaves no step."""

from __future__ import annotations

import zlib

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from unionplanner.domain.plans.commands import Change, Edit
from unionplanner.domain.plans.document import PlanDocument


class _UndoEdit(QUndoCommand):
    def __init__(self, session: PlanSession, edit: Edit):
        super().__init__(edit.label)
        self.session = session
        self.edit = edit

    def redo(self) -> None:
        self.edit.apply(self.session.doc)
        if not self.edit.changed:
            self.setObsolete(True)
        self.session.changed.emit()

    def undo(self) -> None:
        self.edit.undo(self.session.doc)
        self.session.changed.emit()

    def id(self) -> int:
        key = self.edit.merge_key
        return zlib.crc32(key.encode()) & 0x7FFFFFFF if key else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        return isinstance(other, _UndoEdit) and self.edit.merge(other.edit)


class PlanSession(QObject):
    """The document of one editor with its undo stack."""

    changed = Signal()

    def __init__(self, doc: PlanDocument, parent: QObject | None = None):
        super().__init__(parent)
        self.doc = doc
        self.stack = QUndoStack(self)

    def edit(self, label: str, change: Change, merge_key: str | None = None) -> None:
        """Apply ``change`` as one undoable step named ``label``."""
        self.stack.push(_UndoEdit(self, Edit(label, change, merge_key)))

    def replace(self, doc: PlanDocument) -> None:
        """Start over with ``doc`` (after loading); the undo history is cleared."""
        self.doc = doc
        self.stack.clear()
        self.changed.emit()
