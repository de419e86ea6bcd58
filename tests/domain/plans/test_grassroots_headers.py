"""Issue 26 (headers): a grassroots union writes "KẾ HOẠCH HOẠT ĐỘNG CÔNG ĐOÀN THÁNG 5 NĂM
2020" — the type and the title on one line — which lost the whole header; typed slips in the
labels ("Só:", "So:", "ngày2 tháng") lost the number or the date."""

from __future__ import annotations

import datetime as dt

import pytest

from unionplanner.domain.plans.extract import extract, type_and_title
from unionplanner.domain.plans.paragraphs import Paragraph


def _paragraphs(number_line: str, date_line: str, type_line: str) -> list[Paragraph]:
    lines = [("CĐ GIÁO DỤC HUYỆN TUY PHƯỚC", (0, 0, 0)), ("CĐCS TRƯỜNG THCS PHƯỚC SƠN", (0, 0, 0)),
             (number_line, (0, 0, 0)),
             ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", (0, 0, 1)),
             ("Độc lập - Tự do - Hạnh phúc", (0, 0, 1)), (date_line, (0, 0, 1)),
             (type_line, None), ("I. MỤC ĐÍCH, YÊU CẦU", None),
             ("- Tổ chức các hoạt động chào mừng ngày Quốc tế Lao động 1/5.", None),
             ("II. NỘI DUNG", None),
             ("1. Tổ chức sinh hoạt công đoàn định kỳ vào tuần đầu tháng.", None)]
    return [Paragraph(text=text, index=n, cell=cell) for n, (text, cell) in enumerate(lines)]


@pytest.mark.parametrize("number_line", ["Số: 05/KH-CĐCS", "Só: 05/KH-CĐCS", "So: 05/KH-CĐCS",
                                         "SỐ: 05/KH-CĐCS", "Sô 05/KH-CĐCS"])
@pytest.mark.parametrize("date_line", ["Phước Sơn, ngày 2 tháng 5 năm 2020",
                                       "Phước Sơn, ngày2 tháng 5 năm 2020",
                                       "Phước Sơn, ngày 02 tháng5 năm 2020"])
def test_a_grassroots_header_with_the_title_on_the_type_line(number_line, date_line):
    result = extract(_paragraphs(number_line, date_line,
                                 "KẾ HOẠCH HOẠT ĐỘNG CÔNG ĐOÀN THÁNG 5 NĂM 2020"))
    doc = result.document
    assert result.typed and doc.doc_type == "KẾ HOẠCH"
    assert doc.title == "HOẠT ĐỘNG CÔNG ĐOÀN THÁNG 5 NĂM 2020"
    assert (doc.number, doc.symbol) == (5, "KH-CĐCS")
    assert (doc.place, doc.date) == ("Phước Sơn", dt.date(2020, 5, 2))
    assert doc.issuer == "CĐCS TRƯỜNG THCS PHƯỚC SƠN"
    assert [b.text for b in doc.blocks][:2] == ["MỤC ĐÍCH, YÊU CẦU",
                                                 "Tổ chức các hoạt động chào mừng ngày Quốc tế "
                                                 "Lao động 1/5."]


@pytest.mark.parametrize("line, found", [
    ("KẾ HOẠCH HOẠT ĐỘNG CÔNG ĐOÀN NĂM HỌC 2020 - 2021",
     ("KẾ HOẠCH", "HOẠT ĐỘNG CÔNG ĐOÀN NĂM HỌC 2020 - 2021")),
    ("BÁO CÁO KẾT QUẢ HOẠT ĐỘNG THÁNG 5", ("BÁO CÁO", "KẾT QUẢ HOẠT ĐỘNG THÁNG 5")),
    ("KẾ HOẠCH", None),  # the type alone: the title is on the next line
    ("Kế hoạch hoạt động tháng 5", None),  # not a line in capitals: a sentence
    ("KẾ HOẠCH SỐ 12", None), ("LIÊN ĐOÀN LAO ĐỘNG", None)])
def test_which_lines_carry_the_type_and_the_title(line, found):
    assert type_and_title(line) == found


def test_a_grassroots_closing_the_chairman_signs_for_the_executive_committee():
    """Issue 26: the closing of a grassroots plan — "TM. BAN CHẤP HÀNH / CHỦ TỊCH / name",
    its recipients on the left."""
    closing = [("Nơi nhận:", (1, 0, 0)), ("- CĐ Giáo dục huyện;", (1, 0, 0)),
               ("- BGH nhà trường;", (1, 0, 0)), ("- Lưu: VT.", (1, 0, 0)),
               ("TM. BAN CHẤP HÀNH", (1, 0, 1)), ("CHỦ TỊCH", (1, 0, 1)),
               ("Nguyễn Thị Hoa", (1, 0, 1))]
    paragraphs = _paragraphs("Số: 05/KH-CĐCS", "Phước Sơn, ngày 2 tháng 5 năm 2020",
                             "KẾ HOẠCH HOẠT ĐỘNG CÔNG ĐOÀN THÁNG 5 NĂM 2020")
    paragraphs += [Paragraph(text=text, index=len(paragraphs) + n, cell=cell)
                   for n, (text, cell) in enumerate(closing)]
    doc = extract(paragraphs).document
    assert (doc.signer.authority, doc.signer.title, doc.signer.name) == (
        "TM. BAN CHẤP HÀNH", "CHỦ TỊCH", "Nguyễn Thị Hoa")
    assert doc.recipients == ["CĐ Giáo dục huyện;", "BGH nhà trường;", "Lưu: VT."]
