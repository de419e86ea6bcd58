"""Tables in a plan's body (.docx): People's Committees often give their targets as a table
("STT | Chỉ tiêu | Đơn vị tính | Năm 2024 | Năm 2025") and unions their tasks ("STT | Nội
dung | Thời gian | Đơn vị chủ trì | Đơn vị phối hợp"). The first table after the body began
was taken for the closing: everything after it (the tasks, the signature) was lost, and the
signer's title read "III. NHIỆM VỤ".

Each row is now read as the sentence a plan would write: "Tỷ lệ lao động qua đào tạo đạt
70%", "Tổ chức hội nghị (tháng 4/2025; chủ trì: Sở Nội vụ)". (The habit: the targets tables
of the plans listed in CORPUS.md; the words here are the tests' own.)"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.domain.plans.plan_files import PlanText, write_docx
from unionplanner.domain.plans.document import TargetShape
from unionplanner.domain.plans.extract import read_plan

TARGETS = [("STT", "Chỉ tiêu", "Đơn vị tính", "Năm 2024", "Năm 2025"),
           ("1", "Tỷ lệ lao động qua đào tạo", "%", "65", "70"),
           ("2", "Số lao động được giải quyết việc làm mới", "người", "17.500", "18.000"),
           ("3", "Tỷ lệ thất nghiệp khu vực thành thị", "%", "dưới 3,2", "dưới 3"),
           ("4", "Số xã đạt chuẩn nông thôn mới", "xã", "40", "45")]
TASKS = [("STT", "Nội dung", "Thời gian", "Đơn vị chủ trì", "Đơn vị phối hợp"),
         ("1", "Tổ chức hội nghị triển khai Kế hoạch", "Tháng 4/2025", "Sở Nội vụ", ""),
         ("2", "Mở lớp đào tạo nghề cho lao động nông thôn", "Tháng 6 - tháng 9/2025",
          "Sở Lao động - Thương binh và Xã hội", "UBND các huyện"),
         ("3", "Sơ kết 6 tháng, báo cáo Ủy ban nhân dân tỉnh", "Trước ngày 15/7/2025",
          "Sở Lao động - Thương binh và Xã hội", "")]


def _with_tables(path, tables: list[tuple[str, list[tuple[str, ...]]]]):
    """The plan at ``path`` with each table put right after the paragraph starting with
    its anchor text."""
    import docx

    document = docx.Document(str(path))
    for anchor_text, rows in tables:
        anchor = next(p for p in document.paragraphs if p.text.startswith(anchor_text))
        table = document.add_table(rows=len(rows), cols=len(rows[0]))
        for r, row in enumerate(rows):
            for c, value in enumerate(row):
                table.cell(r, c).text = value
        anchor._p.addnext(table._tbl)
    document.save(str(path))
    return path


@pytest.fixture
def plan_with_tables(tmp_path):
    plan = PlanText(left=[("ỦY BAN NHÂN DÂN", True), ("TỈNH BẮC TRUNG", True)],
                    number="Số: 88/KH-UBND", place_date="Bắc Trung, ngày 12 tháng 3 năm 2025",
                    title=["Phát triển nguồn nhân lực năm 2025"],
                    body=["Căn cứ Nghị quyết số 12/NQ-HĐND ngày 10/12/2024 của HĐND tỉnh;",
                          "I. MỤC ĐÍCH, YÊU CẦU", "- Nâng cao chất lượng nguồn nhân lực.",
                          "II. CHỈ TIÊU CHỦ YẾU", "(Chi tiết tại bảng dưới đây)",
                          "III. NHIỆM VỤ, GIẢI PHÁP", "Các nhiệm vụ cụ thể như sau:",
                          "IV. TỔ CHỨC THỰC HIỆN",
                          "Các sở, ngành báo cáo kết quả trước ngày 15/12/2025."],
                    signature=["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "",
                               "Lê Văn Bình"])
    path = write_docx(plan, tmp_path / "kh.docx")
    return _with_tables(path, [("(Chi tiết", TARGETS), ("Các nhiệm vụ cụ thể", TASKS)])


def test_a_table_of_targets_gives_the_targets_of_its_last_year(plan_with_tables):
    doc = read_plan(plan_with_tables).document
    assert [(t.shape, t.percent if t.percent is not None else t.value) for t in doc.targets] \
        == [(TargetShape.SHARE_OF_PEOPLE, 70.0), (TargetShape.TOTAL_COUNT, 18000.0),
            (TargetShape.CEILING_SHARE, 3.0), (TargetShape.TOTAL_COUNT, 45.0)]
    assert doc.targets[0].text == "Tỷ lệ lao động qua đào tạo đạt 70%"
    # the aside "(Chi tiết tại bảng dưới đây)" is no target
    assert not any("Chi tiết" in t.text for t in doc.targets)


def test_a_table_of_tasks_gives_activities_with_their_months(plan_with_tables):
    doc = read_plan(plan_with_tables).document
    assert [(a.title, a.months) for a in doc.activities] == [
        ("Tổ chức hội nghị triển khai Kế hoạch (tháng 4/2025; chủ trì: Sở Nội vụ)",
         ["2025-04"]),
        ("Mở lớp đào tạo nghề cho lao động nông thôn (tháng 6 - tháng 9/2025; chủ trì: Sở Lao "
         "động - Thương binh và Xã hội; phối hợp: UBND các huyện)",
         ["2025-06", "2025-07", "2025-08", "2025-09"]),
        ("Sơ kết 6 tháng, báo cáo Ủy ban nhân dân tỉnh (trước ngày 15/7/2025; chủ trì: Sở Lao "
         "động - Thương binh và Xã hội)", ["2025-07"])]
    assert dt.date(2025, 7, 15) in [d.date for d in doc.deadlines]


def test_a_table_in_the_body_is_not_the_closing(plan_with_tables):
    doc = read_plan(plan_with_tables).document
    assert (doc.signer.authority, doc.signer.delegation, doc.signer.title, doc.signer.name) == (
        "TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Lê Văn Bình")
    assert doc.blocks[-1].text.startswith("Các sở, ngành báo cáo kết quả")
    assert "TỔ CHỨC THỰC HIỆN" in [b.text for b in doc.blocks]
