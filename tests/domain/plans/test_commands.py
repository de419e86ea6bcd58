"""Undoable edits of a plan document: exact undo/redo, merging typing, moving a clause with
its bullets, indenting, removing a block unlinks its items."""

from __future__ import annotations

import datetime as dt

from unionplanner.domain.plans import commands as c
from unionplanner.domain.plans.builder import OfficeInfo
from unionplanner.domain.plans.document import CLAUSE, DASH, PART, SUB
from unionplanner.domain.plans.outline import labels
from unionplanner.domain.plans.templates import build


def _doc():
    return build("thang-cong-nhan", 2024, OfficeInfo(name="LĐLĐ huyện A", symbol="LĐLĐ"))


def test_undo_and_redo_are_exact():
    doc = _doc()
    start = doc.to_dict()
    edit = c.Edit("Xóa", c.remove_item("blocks", 3))
    edit.apply(doc)
    assert edit.changed and len(doc.blocks) == len(start["blocks"]) - 1
    after = doc.to_dict()
    edit.undo(doc)
    assert doc.to_dict() == start
    edit.apply(doc)
    assert doc.to_dict() == after


def test_typing_in_one_field_merges_into_one_step():
    doc = _doc()
    first = c.Edit("Tên", c.set_field("title", "T"), merge_key="title")
    first.apply(doc)
    second = c.Edit("Tên", c.set_field("title", "Tháng"), merge_key="title")
    second.apply(doc)
    assert first.merge(second)
    other = c.Edit("Nơi", c.set_field("place", "X"), merge_key="place")
    other.apply(doc)
    assert not first.merge(other)
    other.undo(doc)
    first.undo(doc)
    assert doc.title.startswith("Tổ chức các hoạt động Tháng Công nhân")


def test_moving_a_clause_takes_its_bullets_and_renumbers():
    doc = _doc()
    subs = [i for i, b in enumerate(doc.blocks) if b.level == SUB]
    first, second = subs[0], subs[1]
    moving = doc.blocks[first].text
    bullet = doc.blocks[first + 1].text
    assert doc.blocks[first + 1].level == DASH
    c.Edit("Xuống", c.move_item("blocks", first, 1)).apply(doc)
    texts = [b.text for b in doc.blocks]
    position = texts.index(moving)
    assert texts[position + 1] == bullet and position > first
    assert labels(doc.blocks)[position] == "2.2."
    c.Edit("Lên", c.move_item("blocks", position, -1)).apply(doc)
    assert [b.text for b in doc.blocks].index(moving) == first
    assert second == subs[1]


def test_indent_and_new_blocks():
    doc = _doc()
    index = next(i for i, b in enumerate(doc.blocks) if b.level == CLAUSE)
    c.Edit("Thụt", c.indent_block(index, deeper=True)).apply(doc)
    assert doc.blocks[index].level == SUB
    c.Edit("Lùi", c.indent_block(index, deeper=False)).apply(doc)
    assert doc.blocks[index].level == CLAUSE
    c.Edit("Thêm", c.new_block_after(0)).apply(doc)
    assert doc.blocks[0].level == PART and doc.blocks[1].level == DASH and doc.blocks[1].text == ""


def test_removing_a_block_unlinks_its_activity_and_blocks_make_activities():
    doc = _doc()
    activity = doc.activities[0]
    index = next(i for i, b in enumerate(doc.blocks) if b.id == activity.block_id)
    c.Edit("Xóa", c.remove_item("blocks", index)).apply(doc)
    assert doc.activities[0].block_id is None
    block = doc.blocks[-3]
    block.text = "Tổ chức hội thao công nhân vào tháng 9/2024"
    c.Edit("Hoạt động", c.activity_from_block(len(doc.blocks) - 3)).apply(doc)
    assert doc.activities[-1].months == ["2024-09"] and doc.activities[-1].block_id == block.id
    c.Edit("Hạn", c.new_deadline(dt.date(2024, 9, 30))).apply(doc)
    assert doc.deadlines[-1].date == dt.date(2024, 9, 30)
