"""Grassroots unions' monthly and school-year plans: they open with what was done last month
("I. ĐÁNH GIÁ HOẠT ĐỘNG CÔNG ĐOÀN THÁNG 4", "I. TÌNH HÌNH THÁNG 5") or how things stand
("ĐẶC ĐIỂM TÌNH HÌNH": members, women, degrees), then the month's plan. The figures of the
first part are results, never targets; those of the plan are.

The habits, seen in public plans (read, not copied; the words here are the tests' own):
the May 2020 plan of the CĐ THCS Quảng Hùng, Sầm Sơn (thcsquanghung.pgddtsamson.edu.vn:
"Só /KH-CĐ", "ngày2 tháng 5", type and title on one line, April's results first); the June
2022 plan of the CĐCS Mầm non II, Huế (mn2.tphue.thuathienhue.edu.vn: "I. TÌNH HÌNH THÁNG
5/2022"); the 2018–2019 plan of the CĐ THCS Lục Ba, Đại Từ (thcslucba.daitu.edu.vn: "II.
ĐẶC ĐIỂM TÌNH HÌNH" with the members' counts)."""

from __future__ import annotations

import datetime as dt

import pytest

from unionplanner.domain.plans.document import TargetShape
from unionplanner.domain.plans.extract import read_plan
from unionplanner.domain.plans.items import looks_back

HEAD = ["LĐLĐ THÀNH PHỐ BẮC HÀ CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "CĐ TRƯỜNG THCS AN PHÚ Độc lập - Tự do - Hạnh phúc",
        "Só /KH-CĐ", "An Phú, ngày2 tháng 5 năm 2020"]
PLAN = ["II. KẾ HOẠCH HOẠT ĐỘNG THÁNG 5/2020",
        "1. Tổ chức kỷ niệm ngày Quốc tế Lao động 1/5.",
        "2. Phấn đấu 100% đoàn viên tham gia bồi dưỡng chính trị hè.",
        "3. Vận động ít nhất 15 đoàn viên tham gia hiến máu tình nguyện.",
        "4. Hoàn thành hồ sơ thi đua trước ngày 25/5/2020."]
CLOSING = ["TM. BAN CHẤP HÀNH", "CHỦ TỊCH", "", "Lê Thị Hoa"]
LOOKING_BACK = {
    "last month": ["I. ĐÁNH GIÁ HOẠT ĐỘNG CÔNG ĐOÀN THÁNG 4/2020",
                   "- Cuộc thi trực tuyến tìm hiểu lịch sử Đảng bộ tỉnh: 100 đoàn viên dự thi.",
                   "- Ủng hộ phòng chống dịch 4.600.000 đồng; 100% đoàn viên tham gia ủng hộ.",
                   "- Tỷ lệ đoàn viên đạt lao động tiên tiến đạt 85%."],
    "situation": ["I. TÌNH HÌNH THÁNG 4/2020",
                  "- 100% đoàn viên thực hiện nghiêm công tác phòng, chống dịch.",
                  "- Xếp loại hoạt động công đoàn: hoàn thành xuất sắc, đạt 97/100 điểm."],
    "standing": ["I. ĐẶC ĐIỂM TÌNH HÌNH",
                 "- Tổng số công đoàn viên: 20, trong đó nữ: 15 (75%).",
                 "- Trình độ đại học: 17 đồng chí, chiếm 85%."],
}


@pytest.mark.parametrize("opening", list(LOOKING_BACK))
def test_what_was_done_is_not_a_target(tmp_path, opening):
    path = tmp_path / "thang5.txt"
    path.write_text("\n".join(HEAD + ["KẾ HOẠCH HOẠT ĐỘNG CÔNG ĐOÀN THÁNG 5/2020"]
                              + LOOKING_BACK[opening] + PLAN + CLOSING) + "\n", encoding="utf-8")
    doc = read_plan(path).document
    assert (doc.doc_type, doc.title) == ("KẾ HOẠCH", "HOẠT ĐỘNG CÔNG ĐOÀN THÁNG 5/2020")
    assert (doc.issuer, doc.symbol, doc.date) == ("CĐ TRƯỜNG THCS AN PHÚ", "KH-CĐ",
                                                   dt.date(2020, 5, 2))
    assert (doc.signer.authority, doc.signer.name) == ("TM. BAN CHẤP HÀNH", "Lê Thị Hoa")
    assert [(t.shape, t.percent or t.value) for t in doc.targets] == [
        (TargetShape.SHARE_OF_PEOPLE, 100.0), (TargetShape.TOTAL_COUNT, 15.0)]
    assert [a.title.split()[:3] for a in doc.activities] == [
        ["Tổ", "chức", "kỷ"], ["Phấn", "đấu", "100%"], ["Vận", "động", "ít"],
        ["Hoàn", "thành", "hồ"]]
    assert [d.date for d in doc.deadlines] == [dt.date(2020, 5, 25)]


@pytest.mark.parametrize(("title", "back"), [
    ("ĐÁNH GIÁ HOẠT ĐỘNG CÔNG ĐOÀN THÁNG 4/2020", True),
    ("TÌNH HÌNH THÁNG 5/2022", True),
    ("ĐẶC ĐIỂM TÌNH HÌNH", True),
    ("KẾT QUẢ ĐẠT ĐƯỢC NĂM HỌC 2019 - 2020", True),
    ("THỰC TRẠNG", True),
    ("KIỂM ĐIỂM VIỆC THỰC HIỆN NGHỊ QUYẾT", True),
    ("MỤC TIÊU, CHỈ TIÊU", False),
    ("KẾT QUẢ CẦN ĐẠT", False),
    ("KIỂM TRA, ĐÁNH GIÁ", False),
    ("NHIỆM VỤ TRỌNG TÂM THÁNG 5", False),
    ("TỔ CHỨC THỰC HIỆN", False),
])
def test_which_parts_look_back(title, back):
    assert looks_back(title) is back


@pytest.mark.parametrize(("text", "months"), [
    ("QUÝ III/2021 (Tháng 7 – 9)", ["2021-07", "2021-08", "2021-09"]),
    ("QUÝ IV/2021 (Tháng 10 - 12)", ["2021-10", "2021-11", "2021-12"]),
    # a school-year plan of 2021–2022 goes on into 2022: the months are the quarter's year
    ("QUÝ I/2022 (Tháng 1 – 3)", ["2022-01", "2022-02", "2022-03"]),
    # a year the text names far from the plan's is a citation, not the months' year
    ("Thực hiện Nghị quyết năm 2018, tổ chức trong tháng 5", ["2021-05"]),
])
def test_a_school_year_plan_by_quarter(text, months):
    """A grassroots school-year plan by quarter (CĐCS MN Sơn Ca, Quảng Điền, 2021–2022:
    "QUÝ III/2021 (Tháng 7 – 9)"): the months in brackets are the quarter's, in its year."""
    from unionplanner.domain.plans.when import months_in

    assert months_in(text, 2021) == months


@pytest.mark.parametrize(("lines", "signer"), [
    (["T/M BAN CHẤP HÀNH", "CHỦ TỊCH"], ("TM. BAN CHẤP HÀNH", "", "CHỦ TỊCH")),
    (["TM BAN CHẤP HÀNH", "CHỦ TỊCH"], ("TM. BAN CHẤP HÀNH", "", "CHỦ TỊCH")),
    (["T.M BCH CĐCS", "CHỦ TỊCH CÔNG ĐOÀN"], ("TM. BCH CĐCS", "", "CHỦ TỊCH CÔNG ĐOÀN")),
    (["TM. BCH CÔNG ĐOÀN", "K/T CHỦ TỊCH", "PHÓ CHỦ TỊCH"],
     ("TM. BCH CÔNG ĐOÀN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH")),
    (["T/L BAN CHẤP HÀNH", "CHÁNH VĂN PHÒNG"], ("TL. BAN CHẤP HÀNH", "", "CHÁNH VĂN PHÒNG")),
    # the chairman alone, without an authority line
    (["CHỦ TỊCH CÔNG ĐOÀN"], ("", "", "CHỦ TỊCH CÔNG ĐOÀN")),
])
def test_a_grassroots_signature_as_people_type_it(tmp_path, lines, signer):
    """The chairman of a CĐCS signs for its Ban chấp hành, typed "T/M", "TM" without its
    dot, "T.M BCH", or with no authority line at all; the signature is never read as the
    plan's last paragraph."""
    path = tmp_path / "kh.txt"
    path.write_text("\n".join(HEAD + ["KẾ HOẠCH HOẠT ĐỘNG CÔNG ĐOÀN THÁNG 5/2020"] + PLAN
                              + lines + ["", "Lê Thị Hoa"]) + "\n", encoding="utf-8")
    doc = read_plan(path).document
    assert (doc.signer.authority, doc.signer.delegation, doc.signer.title) == signer
    assert doc.signer.name == "Lê Thị Hoa"
    assert doc.blocks[-1].text.startswith("Hoàn thành hồ sơ thi đua")
