"""A form as the tree people read (sections ⊃ groups ⊃ indicators ⊃ lines under them) and
back to the stored flat shape: the Mẫu 1-HĐCĐ form round-trips exactly, new lines get codes,
and a heading with nothing under it is refused."""

from __future__ import annotations

import copy

import pytest

from tests.conftest import SHARED
from unionplanner.core.errors import UserError
from unionplanner.domain.report_forms.learn import learn_form
from unionplanner.domain.report_forms.service import IndicatorFields
from unionplanner.domain.report_forms.tree import FormNode, from_tree, relabel, to_tree

MAU1 = SHARED / "samples-mau1"


def _coded(items):
    coded = copy.deepcopy(items)
    for number, item in enumerate(coded, 1):
        item.code = item.code or f"CT{number:02d}"
    return coded


def test_mau1_reads_as_its_sections_groups_and_lines_and_round_trips():
    if not MAU1.is_dir():
        pytest.skip(f"shared samples not found at {MAU1}")
    draft = learn_form(MAU1 / "form.xlsx")
    items = _coded(draft.indicators)
    # the learnt draft has codes only as parents point at them; give them as stored forms do
    roots = to_tree(items, draft.shape.headings)
    assert [(n.number, n.text) for n in roots] == [
        ("I", "TÌNH HÌNH LAO ĐỘNG"), ("II", "TỔ CHỨC CÔNG ĐOÀN VÀ ĐOÀN VIÊN"),
        ("III", "HOẠT ĐỘNG CỦA CÔNG ĐOÀN CƠ SỞ")]
    assert all(n.is_heading and n.level == 1 for n in roots)
    assert all(child.is_heading and child.level == 2 for n in roots for child in n.children
               if child.is_heading)
    # every indicator is somewhere in the tree, once, and lines sit under their indicator
    def walk(nodes, parent=None):
        for node in nodes:
            if not node.is_heading:
                yield node, parent
            yield from walk(node.children, node if not node.is_heading else None)
    found = list(walk(roots))
    assert [n.indicator.code for n, _ in found] == [i.code for i in items]
    for node, parent in found:
        expected = node.indicator.parent_code
        assert (parent.indicator.code if parent else None) == expected
    wage = next(n for n, _ in found if n.text.startswith("Tiền lương bình quân"))
    assert [c.text for c in wage.children] == ["Số người được tính"]

    again, headings = from_tree(roots, {i.code for i in items})
    assert [(i.code, i.name, i.number, i.parent_code, i.columns, i.base_code, i.kind)
            for i in again] == [(i.code, i.name, i.number, i.parent_code, i.columns,
                                 i.base_code, i.kind) for i in items]
    assert headings == draft.shape.headings


def test_new_lines_get_free_codes_once_and_headings_point_at_them():
    old = IndicatorFields("Tổng số đoàn viên", "người", "stock", code="CT01")
    roots = [FormNode.heading("ĐOÀN VIÊN", 1, "I"), FormNode.heading("KINH PHÍ", 1, "II")]
    roots[0].children.append(FormNode.of(old))
    new = FormNode.of(IndicatorFields("Kết nạp mới", "người", "count", number="a)"))
    roots[0].children[0].children.append(new)
    roots[1].children.append(FormNode.of(IndicatorFields("Số tiền thu", "đồng", "money")))
    used = {"CT01", "CT02"}  # CT02 belonged to an older version: never given again
    items, headings = from_tree(roots, used)
    assert [(i.code, i.parent_code) for i in items] == [("CT01", None), ("CT03", "CT01"),
                                                         ("CT04", None)]
    assert headings == [{"before": "CT01", "level": 1, "number": "I", "text": "ĐOÀN VIÊN"},
                        {"before": "CT04", "level": 1, "number": "II", "text": "KINH PHÍ"}]
    assert from_tree(roots, used)[0][1].code == "CT03"  # saving twice: the same codes


def test_a_heading_with_nothing_under_it_or_under_an_indicator_is_refused():
    item = FormNode.of(IndicatorFields("Tổng số đoàn viên", "người", "stock", code="CT01"))
    with pytest.raises(UserError, match="KINH PHÍ.*chưa có chỉ tiêu"):
        from_tree([FormNode.heading("ĐOÀN VIÊN"), item, FormNode.heading("KINH PHÍ")], set())
    item.children.append(FormNode.heading("Nhóm lạc chỗ", 2))
    with pytest.raises(UserError, match="nằm dưới một chỉ tiêu"):
        from_tree([item], {"CT01"})


def test_an_average_takes_its_first_line_as_base_and_columns_follow_their_labels():
    wage = FormNode.of(IndicatorFields("Tiền lương bình quân", "đồng", "average", code="CT01",
                                       columns=[0]))
    wage.children.append(FormNode.of(IndicatorFields("Số người được tính", "người", "stock",
                                                     code="CT02", number="+")))
    items, _ = from_tree([wage], {"CT01", "CT02"})
    assert items[0].base_code == "CT02"
    # "Nữ" added before "Tổng số": the wage keeps "Tổng số" only, now the second column
    relabel([wage], ["Tổng số", "Nữ"], ["Nữ", "Tổng số", "Kỳ trước"])
    assert wage.indicator.columns == [1, 2] and wage.children[0].indicator.columns is None
    relabel([wage], ["Nữ", "Tổng số", "Kỳ trước"], ["Số lượng"])  # back to one column
    assert wage.indicator.columns is None
    lonely = FormNode.of(IndicatorFields("Thu nhập bình quân", "đồng", "average"))
    with pytest.raises(UserError, match="bình quân gia quyền"):
        from_tree([lonely], set())
