"""Plans a People's Committee issues with a decision: "QUYẾT ĐỊNH Ban hành Kế hoạch …", its
basis, three articles and the signature, then on the next page "KẾ HOẠCH … (Kèm theo Quyết
định số …)" and the plan itself. The decision gives the number, the date, the issuer and
the signer; the plan gives the title, the content, the targets and the activities; and the
office's own plan cites it as "Thực hiện Quyết định số … ban hành Kế hoạch …".

The habit, seen in public plans (read, not copied): Quyết định 1100/QĐ-UBND of Tây Ninh
(21/5/2021, thuvienphapluat.vn/van-ban/Van-hoa-Xa-hoi/Quyet-dinh-1100-QD-UBND-2021-…-478758
.aspx), 2873/QĐ-UBND of Bình Định (08/7/2021, hethongphapluat.com), 55/2007 of Ninh Thuận
(luatminhkhue.vn); each issues its plan "kèm theo" the decision. The words here are the
tests' own."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, strategies as st

from tests.domain.plans.plan_files import PlanText, write_docx, write_txt
from unionplanner.domain.plans.document import TargetShape
from unionplanner.domain.plans.drafting import OfficeInfo, implementing
from unionplanner.domain.plans.extract import read_plan

PLAN_TITLE = "Nâng cao chất lượng nguồn nhân lực tỉnh Bắc Trung giai đoạn 2023 - 2025"
DECISION = ["Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;",
            "Căn cứ Nghị quyết số 12/NQ-HĐND ngày 10/12/2022 của Hội đồng nhân dân tỉnh về "
            "phát triển nguồn nhân lực;",
            "Theo đề nghị của Giám đốc Sở Nội vụ tại Tờ trình số 215/TTr-SNV ngày 05 tháng 4 "
            "năm 2023.",
            "QUYẾT ĐỊNH:",
            f"Điều 1. Ban hành kèm theo Quyết định này Kế hoạch {PLAN_TITLE[:1].lower()}"
            f"{PLAN_TITLE[1:]}.",
            "Điều 2. Quyết định này có hiệu lực kể từ ngày ký.",
            "Điều 3. Chánh Văn phòng UBND tỉnh, Thủ trưởng các sở, ban, ngành tỉnh và Chủ tịch "
            "UBND các huyện chịu trách nhiệm thi hành Quyết định này./."]
ATTACHED = ["KẾ HOẠCH", PLAN_TITLE.upper(),
            "(Kèm theo Quyết định số 812/QĐ-UBND ngày 14 tháng 4 năm 2023 của Ủy ban nhân dân "
            "tỉnh Bắc Trung)",
            "I. MỤC ĐÍCH, YÊU CẦU",
            "1. Mục đích",
            "Nâng cao chất lượng nguồn nhân lực đáp ứng yêu cầu phát triển kinh tế - xã hội.",
            "II. MỤC TIÊU",
            "Chỉ tiêu 1: Đến năm 2025, tỷ lệ lao động qua đào tạo đạt 70%.",
            "Chỉ tiêu 2: Mỗi năm giải quyết việc làm mới cho ít nhất 18.000 lao động.",
            "Chỉ tiêu 3: Giảm tỷ lệ thất nghiệp ở khu vực thành thị xuống dưới 3%.",
            "III. NHIỆM VỤ VÀ GIẢI PHÁP",
            "1. Tổ chức hội nghị triển khai Kế hoạch trong tháng 5/2023.",
            "2. Mở các lớp đào tạo nghề cho lao động nông thôn (tháng 6 - tháng 9/2023).",
            "IV. TỔ CHỨC THỰC HIỆN",
            "Sở Lao động - Thương binh và Xã hội chủ trì, tổng hợp kết quả, báo cáo Ủy ban nhân "
            "dân tỉnh trước ngày 15/12/2023."]
#: the plan's page repeats the issuer and the national title above "KẾ HOẠCH", as many do
REPEATED_HEADER = ["ỦY BAN NHÂN DÂN", "TỈNH BẮC TRUNG", "-------",
                   "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
                   "---------------"]


def decision(attachment: list[str] = ATTACHED) -> PlanText:
    return PlanText(left=[("ỦY BAN NHÂN DÂN", True), ("TỈNH BẮC TRUNG", True)],
                    number="Số: 812/QĐ-UBND", place_date="Bắc Trung, ngày 14 tháng 4 năm 2023",
                    doc_type="QUYẾT ĐỊNH", title=["BAN HÀNH KẾ HOẠCH " + PLAN_TITLE.upper(),
                                                  "ỦY BAN NHÂN DÂN TỈNH BẮC TRUNG"],
                    body=DECISION, recipients=["Nơi nhận:", "- Như Điều 3;", "- TT Tỉnh ủy;",
                                               "- Lưu: VT, KGVX."],
                    signature=["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "",
                               "Trần Văn Bình"], attachment=attachment)


def write(plan: PlanText, form: str, folder) -> object:
    if form == "docx":
        return write_docx(plan, folder / "qd.docx")
    return write_txt(plan, folder / "qd.txt", web=form == "web")


@pytest.mark.parametrize("repeated", [False, True], ids=["plain", "header-repeated"])
@pytest.mark.parametrize("form", ["docx", "txt", "web"])
def test_the_plan_a_decision_issues_is_read_with_the_decisions_header(tmp_path, form,
                                                                     repeated):
    attachment = REPEATED_HEADER + ATTACHED if repeated else ATTACHED
    doc = read_plan(write(decision(attachment), form, tmp_path)).document
    assert (doc.doc_type, doc.title) == ("KẾ HOẠCH", PLAN_TITLE.upper())
    assert (doc.number, doc.symbol, doc.place, doc.date) == (
        812, "QĐ-UBND", "Bắc Trung", dt.date(2023, 4, 14))
    assert doc.issuer == "ỦY BAN NHÂN DÂN TỈNH BẮC TRUNG" and doc.carrier == "QUYẾT ĐỊNH"
    assert (doc.signer.authority, doc.signer.delegation, doc.signer.title, doc.signer.name) == (
        "TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Trần Văn Bình")
    assert doc.recipients == ["Như Điều 3;", "TT Tỉnh ủy;", "Lưu: VT, KGVX."]
    assert [b.reference for b in doc.basis] == ["", "12/NQ-HĐND"]
    # the articles are the decision's; the plan's content is the plan's
    texts = [b.text for b in doc.blocks]
    assert not any(t.startswith(("Điều 1", "QUYẾT ĐỊNH", "Kèm theo", "(Kèm")) for t in texts)
    assert texts[0] == "MỤC ĐÍCH, YÊU CẦU" and "TỔ CHỨC THỰC HIỆN" in texts
    shapes = [(t.shape, t.percent if t.percent is not None else t.value) for t in doc.targets]
    assert shapes == [(TargetShape.SHARE_OF_PEOPLE, 70.0), (TargetShape.TOTAL_COUNT, 18000.0),
                      (TargetShape.CEILING_SHARE, 3.0)], shapes
    assert [a.title[:20] for a in doc.activities] == ["Tổ chức hội nghị tri",
                                                      "Mở các lớp đào tạo n"]
    assert [a.months for a in doc.activities] == [
        ["2023-05"], ["2023-06", "2023-07", "2023-08", "2023-09"]]
    assert [d.date for d in doc.deadlines] == [dt.date(2023, 12, 15)]


def test_the_office_cites_the_decision_that_issued_the_plan(tmp_path):
    parent = read_plan(write(decision(), "txt", tmp_path)).document
    office = OfficeInfo(name="Công đoàn Viên chức tỉnh Bắc Trung", symbol="CĐVC",
                        parent_body="LĐLĐ tỉnh Bắc Trung", place="Bắc Trung")
    ours = implementing(parent, office, dt.date(2023, 4, 20))
    text = ours.basis[0].text
    assert text.startswith("Thực hiện Quyết định số 812/QĐ-UBND ngày 14/04/2023 của Ủy ban "
                           "nhân dân tỉnh Bắc Trung ban hành Kế hoạch")
    # the title in capitals cited in small letters, the place's name kept
    assert " ban hành Kế hoạch nâng cao chất lượng nguồn nhân lực tỉnh Bắc Trung giai đoạn " \
        "2023 - 2025, Công đoàn Viên chức" in text
    # the office's name, kept in capitals in its settings, is written as a sentence has it
    capitals = OfficeInfo(name="CÔNG ĐOÀN VIÊN CHỨC TỈNH BẮC TRUNG", symbol="CĐVC")
    assert ", Công đoàn Viên chức tỉnh Bắc Trung xây dựng Kế hoạch triển khai như sau:" in \
        implementing(parent, capitals, dt.date(2023, 4, 20)).basis[0].text
    assert ours.basis[0].reference == "812/QĐ-UBND" and len(ours.targets) == 3


def test_a_decision_without_a_plan_attached_stays_a_decision(tmp_path):
    """Nothing "kèm theo" after the signature: a decision, read as before."""
    doc = read_plan(write(decision(attachment=[]), "txt", tmp_path)).document
    assert doc.doc_type == "QUYẾT ĐỊNH" and doc.signer.name == "Trần Văn Bình"
    assert any(b.text.startswith("Điều 1") for b in doc.blocks)


def test_a_plan_that_only_mentions_an_attachment_is_not_split(tmp_path):
    """A plan (not a decision) whose body says "kèm theo" is one plan."""
    plan = PlanText(left=[("LĐLĐ TỈNH BẮC TRUNG", True)], number="Số: 05/KH-LĐLĐ",
                    place_date="Bắc Trung, ngày 02 tháng 3 năm 2024",
                    title=["Tổ chức Tháng Công nhân năm 2024"],
                    body=["I. MỤC ĐÍCH, YÊU CẦU", "- Tuyên truyền sâu rộng.",
                          "II. NỘI DUNG", "1. Hội nghị phát động (tháng 5/2024), kèm theo "
                          "danh sách đơn vị tham gia."])
    doc = read_plan(write_txt(plan, tmp_path / "kh.txt")).document
    assert (doc.doc_type, doc.number, doc.symbol) == ("KẾ HOẠCH", 5, "KH-LĐLĐ")
    assert doc.carrier == "KẾ HOẠCH"


@pytest.mark.parametrize(("text", "months"), [
    ("(tháng 6 - tháng 9/2023)", ["2023-06", "2023-07", "2023-08", "2023-09"]),
    ("tháng 6 – tháng 9 năm 2023", ["2023-06", "2023-07", "2023-08", "2023-09"]),
    ("tháng 11/2023 - tháng 2/2024", ["2023-11", "2023-12", "2024-01", "2024-02"]),
    ("tháng 6, tháng 9/2023", ["2023-06", "2023-09"]),  # two months, not a span
])
def test_a_dash_between_two_months_is_a_span(text, months):
    """People's Committee plans write a span "(tháng 6 - tháng 9/2023)"; it read as the
    two months at its ends."""
    from unionplanner.domain.plans.when import months_in

    assert months_in(text, 2023) == months


@pytest.mark.parametrize(("name", "cited"), [
    ("ỦY BAN NHÂN DÂN TỈNH BẮC TRUNG", "Ủy ban nhân dân tỉnh Bắc Trung"),
    ("ỦY BAN NHÂN DÂN THÀNH PHỐ HÀ NỘI", "Ủy ban nhân dân thành phố Hà Nội"),
    ("UBND TỈNH SÓC TRĂNG", "UBND tỉnh Sóc Trăng"),
    ("TỔNG LIÊN ĐOÀN LAO ĐỘNG VIỆT NAM", "Tổng Liên đoàn Lao động Việt Nam"),
    ("LIÊN ĐOÀN LAO ĐỘNG THÀNH PHỐ HỒ CHÍ MINH", "Liên đoàn Lao động thành phố Hồ Chí Minh"),
    ("LĐLĐ TỈNH AN BÌNH", "LĐLĐ tỉnh An Bình"),
    ("BAN THƯỜNG VỤ LIÊN ĐOÀN LAO ĐỘNG TỈNH AN BÌNH",
     "Ban Thường vụ Liên đoàn Lao động tỉnh An Bình"),
    ("CÔNG ĐOÀN VIÊN CHỨC TỈNH SÓC TRĂNG", "Công đoàn Viên chức tỉnh Sóc Trăng"),
    ("CÔNG ĐOÀN NGÀNH GIÁO DỤC TỈNH SÓC TRĂNG", "Công đoàn ngành Giáo dục tỉnh Sóc Trăng"),
    ("CÔNG ĐOÀN XÃ HÒA AN", "Công đoàn xã Hòa An"),
    ("CÔNG ĐOÀN CƠ SỞ CÔNG TY TNHH MINH LONG", "Công đoàn cơ sở Công ty TNHH Minh Long"),
    ("CĐCS TRƯỜNG THPT NGỌC TỐ", "CĐCS Trường THPT Ngọc Tố"),
    ("SỞ GIÁO DỤC VÀ ĐÀO TẠO", "Sở Giáo dục và Đào tạo"),
    ("SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI", "Sở Lao động - Thương binh và Xã hội"),
    ("HUYỆN ỦY CHÂU THÀNH", "Huyện ủy Châu Thành"),
    ("ĐẢNG BỘ TỈNH SÓC TRĂNG", "Đảng bộ tỉnh Sóc Trăng"),
])
def test_a_body_in_capitals_is_cited_as_the_official_format_writes_it(name, cited):
    """"của Ủy Ban Nhân Dân Tỉnh …" was printed in the office's plan: Nghị định
    30/2020/NĐ-CP, Phụ lục II capitalises the kind of body and its field, and the place
    after "tỉnh", "xã"… as a proper name."""
    from unionplanner.domain.plans.drafting import _sentence_case

    assert _sentence_case(name) == cited


@given(st.lists(st.sampled_from(["ỦY", "BAN", "NHÂN", "DÂN", "TỈNH", "XÃ", "HỘI", "LIÊN",
                                 "ĐOÀN", "LAO", "ĐỘNG", "CÔNG", "SỞ", "VÀ", "-", "NGÀNH",
                                 "LĐLĐ", "CĐCS", "TRƯỜNG", "THPT", "HÒA", "AN", "VIỆT", "NAM",
                                 "CHẤP", "HÀNH", "THƯỜNG", "VỤ", "CƠ", "ĐẢNG", "BỘ"]),
                min_size=1, max_size=10))
def test_citing_a_body_only_changes_letters_case(words):
    from unionplanner.domain.plans.drafting import _sentence_case

    name = " ".join(words)
    assert _sentence_case(name).upper() == name.upper()


@pytest.mark.parametrize(("what", "written"), [
    ("Gửi báo cáo kết quả về Liên đoàn Lao động tỉnh", "gửi báo cáo kết quả về Liên đoàn"),
    ("Sở Lao động - Thương binh và Xã hội tổng hợp", "Sở Lao động - Thương binh và Xã hội"),
    ("CĐCS gửi báo cáo nhanh", "CĐCS gửi báo cáo nhanh"),
    ("Ủy ban nhân dân các huyện báo cáo", "Ủy ban nhân dân các huyện"),
])
def test_a_deadline_drafted_keeps_the_capitals_of_names(what, written):
    """"Trước ngày …, sở Lao động …" and "…, cĐCS gửi …" were drafted: the first letter is made
    small only where it starts an ordinary word."""
    from unionplanner.domain.plans.document import Deadline, PlanDocument

    parent = PlanDocument(title="Kế hoạch thử", deadlines=[
        Deadline(date=dt.date(2025, 12, 15), what=what, kind="other")])
    ours = implementing(parent, OfficeInfo(name="Công đoàn xã Hòa An"), dt.date(2025, 3, 1))
    assert f"Trước ngày 15/12/2025, {written}" in " ".join(b.text for b in ours.blocks)
