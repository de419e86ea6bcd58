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
