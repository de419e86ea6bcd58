"""A form version as the tree people read on paper: sections ("I. …") hold groups ("1. …")
and indicators; an indicator holds the lines under it ("+ Số người được tính", "a) kết nạp
mới"). Stored forms are flat (indicators in order with ``parent_code``, headings "before" an
indicator — :class:`~unionplanner.domain.report_forms.models.FormVersion`); the form editor
edits this tree and turns it back into the flat shape when saving.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from unionplanner.core.errors import UserError
from unionplanner.core.text import clean
from unionplanner.domain.report_forms.kinds import IndicatorKind
from unionplanner.domain.report_forms.outline import headings_before
from unionplanner.domain.report_forms.service import IndicatorFields, next_code


@dataclass
class FormNode:
    """One line of the tree. A heading has ``level`` 1 (section) or 2 (group) and no
    ``indicator``; an indicator line has ``indicator`` (its text is ``indicator.name``).
    ``number`` is what the TT column prints ("I", "1.", "3", "+", "a)"). ``children`` in
    the form's order."""

    text: str
    number: str = ""
    level: int = 0
    indicator: IndicatorFields | None = None
    children: list[FormNode] = field(default_factory=list)

    @property
    def is_heading(self) -> bool:
        return self.indicator is None

    @staticmethod
    def heading(text: str, level: int = 1, number: str = "") -> FormNode:
        """A section (``level`` 1) or group (2) heading."""
        return FormNode(text, number, max(1, min(level, 2)))

    @staticmethod
    def of(item: IndicatorFields) -> FormNode:
        """The node of an indicator."""
        return FormNode(item.name, item.number, 0, item)


def to_tree(items: Sequence[IndicatorFields],
            headings: Sequence[dict[str, Any]] | None) -> list[FormNode]:
    """The tree of a form version: ``items`` in order (codes set) and ``headings`` as stored
    (``{"before": code, "level": 1|2, "number", "text"}``). A section holds everything up to
    the next section, a group up to the next group or section; an indicator whose
    ``parent_code`` is above it sits under that indicator. Returns the top-level nodes."""
    before = headings_before(list(headings or []))
    roots: list[FormNode] = []
    section: FormNode | None = None
    group: FormNode | None = None
    by_code: dict[str, FormNode] = {}
    for item in items:
        for heading in before.get(str(item.code), []):
            node = FormNode.heading(str(heading.get("text", "")), int(heading.get("level", 1)),
                                    str(heading.get("number", "")))
            if node.level == 1:
                roots.append(node)
                section, group = node, None
            else:  # a group: inside the open section, or at the top when there is none
                (section.children if section is not None else roots).append(node)
                group = node
        node = FormNode.of(item)
        parent = by_code.get(item.parent_code or "")
        holder = parent.children if parent is not None else (
            group.children if group is not None else
            section.children if section is not None else roots)
        holder.append(node)
        if item.code:
            by_code[item.code] = node
    return roots


def from_tree(roots: Sequence[FormNode], used_codes: set[str]
              ) -> tuple[list[IndicatorFields], list[dict[str, Any]]]:
    """The flat shape of a tree: the indicators in reading order, each with its
    ``parent_code`` (the indicator it sits under, None under a heading), and the headings
    each "before" the first indicator that follows it. A new indicator (``code`` None) is
    given the next free code ("CT25") not in ``used_codes``, which grows; the code is
    written into the node so saving twice gives the same codes. A weighted average with no
    base takes the first line under it as its base (QĐ 1454/QĐ-TLĐ: "+ Số người được tính"
    under "Tiền lương bình quân"). Raises UserError for a heading with no indicator after
    it, a heading placed under an indicator, or an average with no line under it."""
    items: list[IndicatorFields] = []
    headings: list[dict[str, Any]] = []
    waiting: list[dict[str, Any]] = []

    def walk(nodes: Sequence[FormNode], parent: IndicatorFields | None) -> None:
        for node in nodes:
            if node.indicator is None:
                if parent is not None:
                    raise UserError(f"Mục \"{clean(node.text)}\" nằm dưới một chỉ tiêu. Mục "
                                    "chỉ đứng trên các chỉ tiêu, hãy chuyển nó ra ngoài.")
                waiting.append({"level": node.level or 1, "number": clean(node.number),
                                "text": clean(node.text)})
                walk(node.children, None)
                continue
            item = node.indicator
            item.name, item.number = node.text, node.number
            if not item.code:
                item.code = next_code(used_codes)
            item.parent_code = parent.code if parent is not None else None
            for heading in waiting:
                headings.append({"before": item.code, **heading})
            waiting.clear()
            items.append(item)
            walk(node.children, item)
            if item.kind == IndicatorKind.AVERAGE and not item.base_code:
                base = next((c.indicator for c in node.children if c.indicator), None)
                if base is None:
                    raise UserError(f"Chỉ tiêu bình quân \"{clean(item.name)}\" cần một dòng "
                                    "con ghi số người được tính (vd. \"+ Số người được tính\")"
                                    " để tính bình quân gia quyền. Hãy thêm dòng đó.")
                item.base_code = base.code

    walk(roots, None)
    if waiting:
        raise UserError(f"Mục \"{waiting[0]['text']}\" chưa có chỉ tiêu nào ở dưới. Hãy thêm "
                        "chỉ tiêu vào mục này hoặc xóa mục.")
    return items, headings


def relabel(roots: Sequence[FormNode], old: Sequence[str], new: Sequence[str]) -> None:
    """Keep each indicator's columns by label when the form's value columns change from
    ``old`` to ``new`` (renamed or removed columns drop out, added ones apply to all); an
    indicator left with none applies to all (None)."""
    old_labels = [clean(label) for label in old] if len(old) > 1 else []
    new_labels = [clean(label) for label in new] if len(new) > 1 else []
    for node in roots:
        item = node.indicator
        if item is not None and item.columns is not None:
            kept = {old_labels[i] for i in item.columns if 0 <= i < len(old_labels)}
            added = set(new_labels) - set(old_labels)
            columns = [i for i, label in enumerate(new_labels) if label in kept | added]
            item.columns = columns if columns and len(columns) < len(new_labels) else None
        relabel(node.children, old, new)
