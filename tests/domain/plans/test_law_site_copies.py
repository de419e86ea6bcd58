"""Plans copied from a law site's page: above the document, the page's own table of its
properties ("Số hiệu | 152/KH-UBND", "Loại văn bản | Kế hoạch", "Cơ quan ban hành | Tỉnh …",
"Người ký | …"), then the header with the columns joined by "|". The table is the page's:
its "Kế hoạch" is not the document's type line (that one is in capitals, Nghị định
30/2020/NĐ-CP, Phụ lục I) and its values are not the header.

The habit, seen on nhansu.vn and thuvienphapluat.vn copies of People's Committee plans (Kế
hoạch 152/KH-UBND of Hà Giang, 16/5/2019) — read, not copied; the words are the tests'."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings, strategies as st

from unionplanner.domain.plans.document import TargetShape
from unionplanner.domain.plans.extract import read_plan

TABLE = ["| Số hiệu | 152/KH-UBND |", "| Ngày ban hành | 16/05/2024 |",
         "| Ngày có hiệu lực | 16/05/2024 |", "| Loại văn bản | Kế hoạch |",
         "| Cơ quan ban hành | Tỉnh Bắc Trung |", "| Người ký | Trần Văn Bình |",
         "| Lĩnh vực | Giáo dục |", "|"]
DOCUMENT = ["ỦY BAN NHÂN DÂN |", "TỈNH BẮC TRUNG | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "|",
            "Số: 152/KH-UBND | Bắc Trung, ngày 16 tháng 5 năm 2024 |",
            "KẾ HOẠCH",
            "THỰC HIỆN ĐỀ ÁN PHÁT TRIỂN NGUỒN NHÂN LỰC TỈNH BẮC TRUNG GIAI ĐOẠN 2024-2025",
            "Căn cứ Quyết định số 522/QĐ-TTg ngày 14/5/2018 của Thủ tướng Chính phủ;",
            "I. MỤC ĐÍCH, YÊU CẦU", "1. Nâng cao chất lượng nguồn nhân lực.",
            "II. CHỈ TIÊU",
            "1. Đến năm 2025, có ít nhất 40% học sinh tốt nghiệp THCS học tiếp tại các cơ sở "
            "giáo dục nghề nghiệp.",
            "2. Phấn đấu 100% trường THCS thực hiện giáo dục hướng nghiệp.",
            "III. TỔ CHỨC THỰC HIỆN",
            "Sở Giáo dục và Đào tạo chủ trì, báo cáo kết quả trước ngày 15/12/2024.",
            "Nơi nhận: | TM. ỦY BAN NHÂN DÂN", "- Bộ GD&ĐT; | KT. CHỦ TỊCH",
            "- Lưu: VT. | PHÓ CHỦ TỊCH", "| Trần Văn Bình"]


@pytest.mark.parametrize("with_table", [True, False], ids=["page-table", "document-only"])
def test_a_law_sites_copy_reads_as_the_document(tmp_path, with_table):
    page = ["Kế hoạch 152/KH-UBND năm 2024 thực hiện Đề án phát triển nguồn nhân lực tỉnh Bắc "
            "Trung"] + (TABLE if with_table else []) + DOCUMENT
    path = tmp_path / "kh.txt"
    path.write_text("\n".join(page) + "\n", encoding="utf-8")
    doc = read_plan(path).document
    assert (doc.doc_type, doc.title) == (
        "KẾ HOẠCH", "THỰC HIỆN ĐỀ ÁN PHÁT TRIỂN NGUỒN NHÂN LỰC TỈNH BẮC TRUNG GIAI ĐOẠN 2024-2025")
    assert (doc.parent_body, doc.issuer) == ("", "ỦY BAN NHÂN DÂN TỈNH BẮC TRUNG")
    assert (doc.number, doc.symbol, doc.place, doc.date) == (
        152, "KH-UBND", "Bắc Trung", dt.date(2024, 5, 16))
    assert (doc.signer.delegation, doc.signer.name) == ("KT. CHỦ TỊCH", "Trần Văn Bình")
    assert [(t.shape, t.percent) for t in doc.targets] == [
        (TargetShape.SHARE_OF_PEOPLE, 40.0), (TargetShape.SHARE_OF_UNITS, 100.0)]
    assert [d.date for d in doc.deadlines] == [dt.date(2024, 12, 15)]


#: the same plan copied as text from the page's layout: lines broken inside the header's
#: cells ("ỦY" / "BAN NHÂN DÂN", "Số:" / "152/KH-UBND", "Bắc" / "Trung, ngày …") and inside
#: sentences
WRAPPED = ["ỦY", "BAN NHÂN DÂN", "TỈNH BẮC TRUNG", "-------", "|", "CỘNG",
           "HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "---------------",
           "|", "Số:", "152/KH-UBND", "|", "Bắc", "Trung, ngày 16 tháng 5 năm 2024", "|",
           "KẾ HOẠCH",
           "THỰC HIỆN ĐỀ ÁN PHÁT TRIỂN NGUỒN NHÂN LỰC TỈNH BẮC TRUNG GIAI ĐOẠN 2024-2025",
           "Căn cứ Quyết định số 522/QĐ-TTg ngày 14/5/2018 của Thủ tướng",
           "Chính phủ về việc phê duyệt Đề án;",
           "I. MỤC ĐÍCH, YÊU CẦU", "1. Nâng cao chất lượng nguồn nhân lực.", "II. CHỈ TIÊU",
           "1. Đến năm 2025, có ít nhất 40% học sinh tốt nghiệp THCS học tiếp tại",
           "các cơ sở giáo dục nghề nghiệp.",
           "2. Phấn đấu 100% trường THCS thực hiện giáo dục hướng nghiệp.",
           "III. TỔ CHỨC THỰC HIỆN",
           "Sở Giáo dục và Đào tạo chủ trì, báo cáo kết quả trước ngày",
           "15/12/2024.", "|", "Nơi nhận:", "- Bộ GD&ĐT;", "- Lưu: VT.", "|",
           "TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Trần Văn Bình"]


def test_a_copy_with_its_lines_broken_reads_as_the_document(tmp_path):
    path = tmp_path / "kh.txt"
    path.write_text("\n".join(WRAPPED) + "\n", encoding="utf-8")
    doc = read_plan(path).document
    assert (doc.parent_body, doc.issuer, doc.number, doc.symbol, doc.place, doc.date) == (
        "", "ỦY BAN NHÂN DÂN TỈNH BẮC TRUNG", 152, "KH-UBND", "Bắc Trung", dt.date(2024, 5, 16))
    assert [(b.reference, b.date) for b in doc.basis] == [("522/QĐ-TTg", dt.date(2018, 5, 14))]
    assert doc.targets[0].text.endswith("học tiếp tại các cơ sở giáo dục nghề nghiệp")
    assert [d.date for d in doc.deadlines] == [dt.date(2024, 12, 15)]
    assert (doc.signer.delegation, doc.signer.name) == ("KT. CHỦ TỊCH", "Trần Văn Bình")


SENTENCES = ["Căn cứ Kế hoạch số 77/KH-UBND ngày 08/5/2023 của UBND tỉnh về dạy và học "
             "ngoại ngữ trong các cơ sở giáo dục;",
             "I. MỤC TIÊU",
             "- Đến năm 2025, 100% giáo viên ngoại ngữ đạt chuẩn năng lực theo quy định của "
             "Bộ Giáo dục và Đào tạo.",
             "II. NHIỆM VỤ",
             "1. Tổ chức bồi dưỡng giáo viên ngoại ngữ trong tháng 7/2024 cho các trường trung "
             "học cơ sở và tiểu học trên địa bàn.",
             "2. Kiểm tra việc thực hiện ở các trường trong quý IV/2024, báo cáo kết quả trước "
             "ngày 15/12/2024."]


@settings(max_examples=40, deadline=None)
@given(st.lists(st.integers(min_value=0, max_value=1000), min_size=12, max_size=12))
def test_lines_broken_before_a_small_letter_or_a_figure_join_again(tmp_path_factory, cuts):
    """Wherever a copy breaks a sentence before a word in small letters or a figure, the
    reading gives the paragraphs of the unbroken text."""
    def broken(line: str, choices: list[int]) -> list[str]:
        words, out, current = line.split(" "), [], []
        spots = [n for n, w in enumerate(words) if n > 2 and (w[:1].islower() or w[:1].isdigit())]
        chosen = {spots[c % len(spots)] for c in choices[:2]} if spots else set()
        for n, word in enumerate(words):
            if n in chosen and current:
                out.append(" ".join(current))
                current = []
            current.append(word)
        return out + [" ".join(current)]

    head = ["LĐLĐ TỈNH BẮC TRUNG", "Số: 05/KH-LĐLĐ", "Bắc Trung, ngày 02 tháng 3 năm 2024",
            "KẾ HOẠCH", "Bồi dưỡng giáo viên ngoại ngữ năm 2024"]
    whole, cut = [], []
    for number, line in enumerate(SENTENCES):
        whole.append(line)
        cut += broken(line, cuts[2 * number:2 * number + 2])
    folder = tmp_path_factory.mktemp("wrap")
    (folder / "a.txt").write_text("\n".join(head + whole) + "\n", encoding="utf-8")
    (folder / "b.txt").write_text("\n".join(head + cut) + "\n", encoding="utf-8")
    a, b = (read_plan(folder / name).document for name in ("a.txt", "b.txt"))
    assert [x.text for x in b.blocks] == [x.text for x in a.blocks]
    assert [(x.reference, x.date) for x in b.basis] == [(x.reference, x.date) for x in a.basis]
    assert [(t.shape, t.percent) for t in b.targets] == [(t.shape, t.percent) for t in a.targets]
    assert [(x.title, x.months) for x in b.activities] == [(x.title, x.months)
                                                            for x in a.activities]


def test_a_plain_copy_keeps_its_list_items_apart(tmp_path):
    """Items written "1)" or "a)" after a lead-in without a colon start their own lines."""
    path = tmp_path / "kh.txt"
    path.write_text("\n".join([
        "LĐLĐ TỈNH BẮC TRUNG", "Số: 05/KH-LĐLĐ", "Bắc Trung, ngày 02 tháng 3 năm 2024",
        "KẾ HOẠCH", "Tổ chức Tháng Công nhân năm 2024", "I. NỘI DUNG", "Các hoạt động chính",
        "1) Tổ chức Lễ phát động (tháng 5/2024).", "2) Thăm hỏi công nhân (tháng 5/2024).",
        "a) Ưu tiên công nhân khó khăn."]) + "\n", encoding="utf-8")
    texts = [b.text for b in read_plan(path).document.blocks]
    assert "Các hoạt động chính" in texts
    assert any(t.endswith("Tổ chức Lễ phát động (tháng 5/2024).") for t in texts)
