"""Plans of other bodies as they really arrive (issue 16): headers of one or two bodies on
one or more lines, old and new tone marks, titles on several lines, web copies, three-line
signatures — in documents the tests write themselves (tests/domain/plans/plan_files.py)."""

from __future__ import annotations

import pytest

from tests.domain.plans.plan_files import PlanText, write_docx, write_txt
from unionplanner.domain.plans.extract import read_plan
from unionplanner.domain.plans.header import group_bodies

BODY = ["Căn cứ Kế hoạch số 12/KH-LĐLĐ ngày 05/3/2024 của Liên đoàn Lao động tỉnh về tổ chức "
        "Tháng Công nhân năm 2024;",
        "I. MỤC ĐÍCH, YÊU CẦU", "- Tuyên truyền sâu rộng trong đoàn viên.",
        "II. NỘI DUNG", "1. Tổ chức Lễ phát động Tháng Công nhân (tháng 5/2024)",
        "III. TỔ CHỨC THỰC HIỆN", "Các đơn vị báo cáo kết quả trước ngày 10/6/2024."]


def _plan(left, **changes) -> PlanText:
    fields = dict(left=left, number="Số: 45/KH-CĐN", place_date="Sóc Trăng, ngày 05 tháng 4 "
                  "năm 2024", title=["Tổ chức Tháng Công nhân năm 2024"], body=BODY)
    fields.update(changes)
    return PlanText(**fields)


HEADERS = [  # (left column with bold, parent, issuer)
    ([("TỔNG LIÊN ĐOÀN LAO ĐỘNG", True), ("VIỆT NAM", True)],
     "", "TỔNG LIÊN ĐOÀN LAO ĐỘNG VIỆT NAM"),
    ([("ỦY BAN NHÂN DÂN", True), ("THÀNH PHỐ HÀ NỘI", True)],
     "", "ỦY BAN NHÂN DÂN THÀNH PHỐ HÀ NỘI"),
    ([("CÔNG ĐOÀN GIÁO DỤC", False), ("SÓC TRĂNG", False), ("CĐCS TRƯỜNG THPT NGỌC TỐ", True)],
     "CÔNG ĐOÀN GIÁO DỤC SÓC TRĂNG", "CĐCS TRƯỜNG THPT NGỌC TỐ"),
    ([("LĐLĐ TỈNH SÓC TRĂNG", False), ("CÔNG ĐOÀN VIÊN CHỨC", True), ("TỈNH SÓC TRĂNG", True)],
     "LĐLĐ TỈNH SÓC TRĂNG", "CÔNG ĐOÀN VIÊN CHỨC TỈNH SÓC TRĂNG"),
    ([("UBND TỈNH SÓC TRĂNG", False), ("SỞ GIÁO DỤC VÀ ĐÀO TẠO", True)],
     "UBND TỈNH SÓC TRĂNG", "SỞ GIÁO DỤC VÀ ĐÀO TẠO"),
    ([("ĐẢNG BỘ TỈNH SÓC TRĂNG", False), ("HUYỆN ỦY CHÂU THÀNH", True)],
     "ĐẢNG BỘ TỈNH SÓC TRĂNG", "HUYỆN ỦY CHÂU THÀNH"),
]


@pytest.mark.parametrize("form", ["docx", "txt", "web"])
@pytest.mark.parametrize(("left", "parent", "issuer"), HEADERS)
def test_bodies_on_one_or_more_lines_in_either_column(tmp_path, form, left, parent, issuer):
    """Issue 16 item 1: "TỔNG LIÊN ĐOÀN LAO ĐỘNG / VIỆT NAM" came out as parent and issuer.
    In a .docx bold says which is the issuer; in plain text the names of bodies do."""
    plan = _plan(left)
    path = write_docx(plan, tmp_path / "kh.docx") if form == "docx" else write_txt(
        plan, tmp_path / "kh.txt", web=form == "web")
    doc = read_plan(path).document
    assert (doc.parent_body, doc.issuer) == (parent, issuer)
    assert (doc.number, doc.symbol, doc.place, str(doc.date)) == (
        45, "KH-CĐN", "Sóc Trăng", "2024-04-05")
    assert doc.title == "Tổ chức Tháng Công nhân năm 2024"


@pytest.mark.parametrize("national", ["CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                                      "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"])
def test_old_and_new_tone_marks_are_the_same_national_title(tmp_path, national):
    """Issue 16 item 3: "CỘNG HOÀ" (older placement) was glued to the issuer."""
    path = tmp_path / "kh.txt"
    path.write_text("\n".join([
        "CÔNG ĐOÀN GIÁO DỤC SÓC TRĂNG", f"CĐCS TRƯỜNG THPT NGỌC TỐ {national}",
        "Độc lập - Tự do - Hạnh phúc", "Số: 03/KH-CĐCS Ngọc Tố, ngày 12 tháng 9 năm 2020",
        "KẾ HOẠCH", "Hoạt động công đoàn năm học 2020 – 2021", *BODY]), encoding="utf-8")
    doc = read_plan(path).document
    assert (doc.parent_body, doc.issuer) == ("CÔNG ĐOÀN GIÁO DỤC SÓC TRĂNG",
                                             "CĐCS TRƯỜNG THPT NGỌC TỐ")
    assert (doc.number, doc.place) == (3, "Ngọc Tố")


def test_group_bodies_by_their_names():
    assert group_bodies(["LĐLĐ TỈNH BÌNH ĐỊNH", "LIÊN ĐOÀN LAO ĐỘNG", "HUYỆN TUY PHƯỚC"]) == [
        "LĐLĐ TỈNH BÌNH ĐỊNH", "LIÊN ĐOÀN LAO ĐỘNG HUYỆN TUY PHƯỚC"]
    assert group_bodies(["BAN CHẤP HÀNH", "CÔNG ĐOÀN CƠ SỞ TRƯỜNG TIỂU HỌC HÒA AN"]) == [
        "BAN CHẤP HÀNH CÔNG ĐOÀN CƠ SỞ TRƯỜNG TIỂU HỌC HÒA AN"]
    assert group_bodies(["ĐOÀN CHỦ TỊCH", "TỔNG LIÊN ĐOÀN LAO ĐỘNG", "VIỆT NAM"]) == [
        "ĐOÀN CHỦ TỊCH TỔNG LIÊN ĐOÀN LAO ĐỘNG VIỆT NAM"]
    assert group_bodies(["TỈNH ỦY SÓC TRĂNG", "BAN TUYÊN GIÁO"]) == [
        "TỈNH ỦY SÓC TRĂNG", "BAN TUYÊN GIÁO"]


SEEDS = ["000_765413dbe16de2c5", "002_2c1bfa3cf37a1e5a", "003_4a44d8c65f0918c8"]


def _fields(doc) -> dict:
    return {"parent": doc.parent_body, "issuer": doc.issuer, "number": doc.number,
            "symbol": doc.symbol, "date": doc.date, "place": doc.place, "title": doc.title,
            "signer": doc.signer, "targets": [(t.text, t.shape, t.value, t.percent)
                                              for t in doc.targets],
            "activities": [(a.title, a.months) for a in doc.activities],
            "deadlines": [(d.date, d.kind) for d in doc.deadlines]}


@pytest.mark.parametrize("seed", SEEDS)
@pytest.mark.parametrize("office", [("LĐLĐ TỈNH BÌNH ĐỊNH", "CÔNG ĐOÀN GIÁO DỤC TỈNH BÌNH ĐỊNH"),
                                    ("", "TỔNG LIÊN ĐOÀN LAO ĐỘNG VIỆT NAM")])
def test_our_own_pdf_of_a_seed_reads_back_with_every_field(tmp_path, seeds_dir, seed, office):
    """Issue 16 item 2: the two header columns came out word-mixed from a PDF. A seed read
    from its .docx, given a full header, printed by the program and read back as PDF gives
    the same header, title, signer, targets, activities and deadlines."""
    from unionplanner.domain.plans.export import export_pdf

    doc = read_plan(seeds_dir / f"{seed}.docx").document
    doc.parent_body, doc.issuer = office
    doc.place = doc.place or "Quy Nhơn"
    pdf = export_pdf(doc, tmp_path / "kh.pdf")
    again = read_plan(pdf).document
    assert _fields(again) == _fields(doc)
