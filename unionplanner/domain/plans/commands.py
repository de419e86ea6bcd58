"""Edits of a plan document as undoable commands (the editor's undo stack wraps these).

An :class:`Edit` is one user action: a label ("Sửa tên kế hoạch") and a change function
applied to the document. It remembers the document before and after, so undo and redo are
exact whatever the change did (insert, delete, move, renumber). Successive edits of the same
field (typing) carry the same ``merge_key`` and are merged into one undo step.

The helpers below are the changes the editor makes; each takes list positions, not objects,
so it stays valid after an undo has rebuilt the document.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from unionplanner.domain.plans.document import (
    CLAUSE,
    DASH,
    PART,
    PLUS,
    POINT,
    SUB,
    TEXT,
    Activity,
    Block,
    Deadline,
    PlanDocument,
    Target,
)

Change = Callable[[PlanDocument], None]


def restore(doc: PlanDocument, state: dict[str, Any]) -> None:
    """Make ``doc`` equal to a :meth:`PlanDocument.to_dict` state, in place."""
    doc.__dict__.update(PlanDocument.from_dict(state).__dict__)


@dataclass
class Edit:
    """One undoable edit (see the module text)."""

    label: str
    change: Change
    merge_key: str | None = None
    before: dict[str, Any] = field(default_factory=dict)
    after: dict[str, Any] = field(default_factory=dict)

    def apply(self, doc: PlanDocument) -> None:
        """Do (the first time) or redo the edit."""
        if self.after:
            restore(doc, self.after)
            return
        self.before = doc.to_dict()
        self.change(doc)
        self.after = doc.to_dict()

    def undo(self, doc: PlanDocument) -> None:
        """Put the document back as it was before the edit."""
        restore(doc, self.before)

    def merge(self, later: Edit) -> bool:
        """Absorb a later edit of the same field; False if they do not merge."""
        if self.merge_key is None or later.merge_key != self.merge_key:
            return False
        self.after = later.after
        return True

    @property
    def changed(self) -> bool:
        """False for an edit that left the document as it was."""
        return self.before != self.after


# --- changes ----------------------------------------------------------------------------------

def set_field(name: str, value: Any) -> Change:
    """Set a header field (title, number, symbol, place, date, issuer, parent_body…)."""
    return lambda doc: setattr(doc, name, value)


#: the field of an activity, target or deadline that repeats words of the paragraph it was
#: read from
_WORDED = {"activities": "title", "targets": "text", "deadlines": "what"}


def set_item(collection: str, index: int, name: str, value: Any) -> Change:
    """Set one field of item ``index`` of ``collection`` ("blocks", "activities",
    "targets", "deadlines", "basis"). Correcting the words of an activity, target or
    deadline corrects them in the paragraph of the text it was read from too, so the
    printed plan says what the editor shows."""
    def change(doc: PlanDocument) -> None:
        item = getattr(doc, collection)[index]
        old = getattr(item, name)
        setattr(item, name, value)
        if _WORDED.get(collection) == name and isinstance(old, str) and isinstance(value, str):
            _reword(doc, getattr(item, "block_id", None), old, value)
    return change


def _reword(doc: PlanDocument, block_id: str | None, old: str, new: str) -> None:
    """In the paragraph ``block_id``, the words ``old`` become ``new`` (the first time they
    appear); a paragraph that no longer holds them is left as the clerk wrote it."""
    block = next((b for b in doc.blocks if b.id == block_id), None) if block_id else None
    old = old.strip()
    if block is None or not old:
        return
    if block.text.strip() == old:
        block.text = new.strip()
    elif old in block.text:
        block.text = block.text.replace(old, new.strip(), 1)


def set_scope(collection: str, index: int, **values: Any) -> Change:
    """Set fields of the scope of an activity or target."""
    def change(doc: PlanDocument) -> None:
        scope = getattr(doc, collection)[index].scope
        for name, value in values.items():
            setattr(scope, name, value)
    return change


def insert_item(collection: str, index: int, item: Any) -> Change:
    """Insert ``item`` at ``index`` (at the end when ``index`` is past it)."""
    def change(doc: PlanDocument) -> None:
        items = getattr(doc, collection)
        items.insert(min(index, len(items)), item)
    return change


def remove_item(collection: str, index: int) -> Change:
    """Remove item ``index``; removing a block also unlinks the items drawn from it."""
    def change(doc: PlanDocument) -> None:
        items = getattr(doc, collection)
        removed = items.pop(index)
        if collection == "blocks":
            drawn: list[Activity | Target | Deadline] = [*doc.activities, *doc.targets,
                                                         *doc.deadlines]
            for linked in drawn:
                if linked.block_id == removed.id:
                    linked.block_id = None
    return change


def move_item(collection: str, index: int, step: int) -> Change:
    """Move item ``index`` by ``step`` places (a block moves with the blocks under it)."""
    def change(doc: PlanDocument) -> None:
        items = getattr(doc, collection)
        if collection == "blocks":
            _move_block(items, index, step)
            return
        target = index + step
        if 0 <= index < len(items) and 0 <= target < len(items):
            items[index], items[target] = items[target], items[index]
    return change


def _subtree_end(blocks: list[Block], index: int) -> int:
    level = blocks[index].level
    end = index + 1
    if level == TEXT:
        return end
    while end < len(blocks) and (blocks[end].level > level or blocks[end].level == TEXT):
        end += 1
    return end


def _move_block(blocks: list[Block], index: int, step: int) -> None:
    """Move a block with its sub-blocks past its previous or next sibling."""
    end = _subtree_end(blocks, index)
    chunk = blocks[index:end]
    level = blocks[index].level
    if step < 0:
        before = index - 1
        while before > 0 and (blocks[before].level > level or
                              (blocks[before].level == TEXT and level != TEXT)):
            before -= 1
        if before < 0 or index == 0:
            return
        blocks[before:end] = chunk + blocks[before:index]
    else:
        if end >= len(blocks):
            return
        after_end = _subtree_end(blocks, end)
        blocks[index:after_end] = blocks[end:after_end] + chunk


_DEEPER = {PART: CLAUSE, CLAUSE: SUB, SUB: POINT, POINT: DASH, DASH: PLUS, PLUS: PLUS,
           TEXT: DASH}
_SHALLOWER = {v: k for k, v in _DEEPER.items() if k != v and k != TEXT}


def indent_block(index: int, deeper: bool) -> Change:
    """Make block ``index`` one level deeper (1. → 1.1. → a) → - → +) or shallower."""
    def change(doc: PlanDocument) -> None:
        block = doc.blocks[index]
        block.level = (_DEEPER if deeper else _SHALLOWER).get(block.level, block.level)
        if block.level == PART:
            block.heading = True
    return change


def new_block_after(index: int) -> Change:
    """A new block after ``index`` at the same level (a bullet after a heading)."""
    def change(doc: PlanDocument) -> None:
        if not doc.blocks or index < 0:
            doc.blocks.insert(0, Block(PART, "", True))
            return
        level = doc.blocks[index].level
        if doc.blocks[index].heading and level in (PART, CLAUSE, SUB):
            level = DASH
        doc.blocks.insert(index + 1, Block(level, ""))
    return change


def activity_from_block(index: int) -> Change:
    """Make the text of block ``index`` an activity of the plan (linked to the block)."""
    def change(doc: PlanDocument) -> None:
        from unionplanner.domain.plans.items import plan_months_in, title_of

        block = doc.blocks[index]
        doc.activities.append(Activity(title=title_of(block.text), block_id=block.id,
                                       months=plan_months_in(doc, block.text)))
    return change


def new_deadline(date: dt.date) -> Change:
    """A new deadline on ``date`` with nothing said yet."""
    return lambda doc: doc.deadlines.append(Deadline(date=date, what=""))
