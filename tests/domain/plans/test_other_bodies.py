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
    assert (doc.signer.authority, doc.signer.title, doc.signer.name) == (
        "TM. BAN THƯỜNG VỤ", "CHỦ TỊCH", "Nguyễn Văn An")
    assert doc.recipients == ["Như trên;", "Lưu: VT."]


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


@pytest.mark.parametrize("form", ["docx", "txt"])
@pytest.mark.parametrize(("lines", "title"), [
    (["Tổ chức các hoạt động chào mừng Ngày Quốc tế Lao động 1/5", "", "và Tháng Công nhân năm "
      "2016"], "Tổ chức các hoạt động chào mừng Ngày Quốc tế Lao động 1/5 và Tháng Công nhân "
     "năm 2016"),
    (["Hoạt động công đoàn", "Năm học 2020 – 2021"], "Hoạt động công đoàn Năm học 2020 – 2021"),
    (["TRIỂN KHAI NGHỊ QUYẾT VỀ PHÁT TRIỂN ĐOÀN VIÊN", "ĐẾN NĂM 2023"],
     "TRIỂN KHAI NGHỊ QUYẾT VỀ PHÁT TRIỂN ĐOÀN VIÊN ĐẾN NĂM 2023"),
    (["Chăm lo Tết cho đoàn viên, người lao động có hoàn cảnh khó khăn", "giai đoạn 2021 – 2025"],
     "Chăm lo Tết cho đoàn viên, người lao động có hoàn cảnh khó khăn giai đoạn 2021 – 2025"),
])
def test_a_title_on_several_lines_keeps_its_end(tmp_path, form, lines, title):
    """Issue 16 item 4: "… và Tháng Công nhân năm 2016", "Năm học 2020 – 2021" were lost,
    also with a blank line between."""
    plan = _plan([("LĐLĐ TỈNH SÓC TRĂNG", False), ("CÔNG ĐOÀN VIÊN CHỨC TỈNH", True)],
                 title=[line for line in lines if line or form == "txt"])
    path = write_docx(plan, tmp_path / "kh.docx") if form == "docx" else write_txt(
        plan, tmp_path / "kh.txt")
    doc = read_plan(path).document
    assert doc.title == title
    assert [b.reference for b in doc.basis] == ["12/KH-LĐLĐ"]


def _body_plan(tmp_path, body, **changes):
    plan = _plan([("LĐLĐ TỈNH SÓC TRĂNG", False), ("CÔNG ĐOÀN VIÊN CHỨC TỈNH", True)],
                 body=body, **changes)
    return read_plan(write_txt(plan, tmp_path / "kh.txt")).document


def test_two_objectives_in_one_sentence_are_two_targets(tmp_path):
    """Issue 16 item 5: a total count and a share of units in one sentence, each starting
    at its objective (not at the bullet's lead-in)."""
    doc = _body_plan(tmp_path, [
        "I. MỤC TIÊU, CHỈ TIÊU",
        "- Về phát triển đoàn viên: phấn đấu đến hết năm 2023 có 12 triệu đoàn viên và phấn "
        "đấu 100% số doanh nghiệp có từ 25 lao động trở lên có tổ chức công đoàn."])
    assert [(t.text, t.shape, t.value, t.percent) for t in doc.targets] == [
        ("Phấn đấu đến hết năm 2023 có 12 triệu đoàn viên", "total_count", 12_000_000, None),
        ("Phấn đấu 100% số doanh nghiệp có từ 25 lao động trở lên có tổ chức công đoàn",
         "share_of_units", None, 100)]


def test_targets_as_people_write_them(tmp_path):
    """Issue 16 item 9: list numbers, units or people by the noun, a count without %,
    award criteria, a yearly deadline."""
    doc = _body_plan(tmp_path, [
        "I. MỤC ĐÍCH", "- Chăm lo đời sống đoàn viên.",
        "II. CHỈ TIÊU",
        "(1) 100% các Sở, ngành, địa phương xây dựng kế hoạch thực hiện.",
        "(2) Ít nhất 85% trẻ em trong độ tuổi được tiêm chủng đầy đủ.",
        "(3) 100% các xã, phường có mô hình điểm về văn hóa công sở.",
        "III. NHIỆM VỤ",
        "1. Thí điểm cho tối thiểu 2 dự án khởi nghiệp của thanh niên công nhân (tháng 9/2024).",
        "2. Xem xét tặng Bằng khen cho tập thể đạt 100% chỉ tiêu được giao.",
        "IV. TỔ CHỨC THỰC HIỆN",
        "Các đơn vị gửi báo cáo sơ kết, tổng kết trước ngày 01/6 và 15/11 hằng năm."],
        place_date="Sóc Trăng, ngày 05 tháng 8 năm 2024")
    assert [(t.text, t.shape, t.value, t.percent) for t in doc.targets] == [
        ("100% các Sở, ngành, địa phương xây dựng kế hoạch thực hiện", "share_of_units",
         None, 100),
        ("Ít nhất 85% trẻ em trong độ tuổi được tiêm chủng đầy đủ", "share_of_people", None,
         85),
        ("100% các xã, phường có mô hình điểm về văn hóa công sở", "share_of_units", None, 100),
        ("Thí điểm cho tối thiểu 2 dự án khởi nghiệp của thanh niên công nhân (tháng 9/2024)",
         "total_count", 2, None)]
    assert [(str(d.date), d.kind, d.what) for d in doc.deadlines] == [
        ("2025-06-01", "report", "Các đơn vị gửi báo cáo sơ kết, tổng kết hằng năm"),
        ("2024-11-15", "report", "Các đơn vị gửi báo cáo sơ kết, tổng kết hằng năm")]


def test_a_tet_plan_written_in_october_is_about_next_year(tmp_path):
    """Issue 16 item 6: a plan dated 15/10/2025 for Tết Bính Ngọ 2026 put its activities in
    January-February 2025, before it was written."""
    doc = _body_plan(tmp_path, [
        "I. MỤC ĐÍCH", "- Chăm lo Tết cho đoàn viên.",
        "II. NỘI DUNG",
        "1. Rà soát đoàn viên có hoàn cảnh khó khăn (tháng 11, 12)",
        "2. Thăm hỏi, tặng quà đoàn viên (tháng 01 - 02)",
        "3. Chương trình Tết Sum vầy",
        "III. TỔ CHỨC THỰC HIỆN", "Các CĐCS báo cáo kết quả trước ngày 15/02."],
        title=["Tổ chức Tết Nguyên đán Bính Ngọ năm 2026"],
        place_date="Sóc Trăng, ngày 15 tháng 10 năm 2025")
    assert [a.months for a in doc.activities] == [
        ["2025-11", "2025-12"], ["2026-01", "2026-02"], ["2026-01", "2026-02"]]
    assert [str(d.date) for d in doc.deadlines] == ["2026-02-15"]


def test_a_school_year_plan_runs_from_september_to_may(tmp_path):
    doc = _body_plan(tmp_path, [
        "I. MỤC ĐÍCH", "- Phát huy vai trò nhà giáo.",
        "II. NỘI DUNG",
        "1. Hội thao chào mừng Ngày Nhà giáo Việt Nam (tháng 11)",
        "2. Sơ kết học kỳ I (tháng 01)",
        "3. Tổng kết năm học (tháng 5)"],
        title=["Hoạt động công đoàn năm học 2020 – 2021"], place_date="")
    assert doc.date is None
    assert [a.months for a in doc.activities] == [["2020-11"], ["2021-01"], ["2021-05"]]


@pytest.mark.parametrize("form", ["docx", "txt", "pdf"])
def test_a_three_line_signature(tmp_path, form):
    """Issue 16 item 8: "TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH / PHÓ CHỦ TỊCH" are the
    authority, the delegation and the title; a recipient on two lines stays one."""
    from unionplanner.domain.plans.export import export_pdf

    plan = _plan([("ỦY BAN NHÂN DÂN", True), ("TỈNH SÓC TRĂNG", True)],
                 recipients=["Nơi nhận:", "- Ban Tuyên giáo, Ban Dân vận", "Tỉnh ủy;",
                             "- Lưu: VT."],
                 signature=["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "",
                            "Lê Văn Bình"])
    if form == "docx":
        path = write_docx(plan, tmp_path / "kh.docx")
    else:
        path = write_docx(plan, tmp_path / "kh.docx")
        path = export_pdf(read_plan(path).document, tmp_path / "kh.pdf") if form == "pdf" \
            else path
    signer = read_plan(path).document.signer
    assert (signer.authority, signer.delegation, signer.title, signer.name) == (
        "TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Lê Văn Bình")
    recipients = read_plan(path).document.recipients
    assert recipients == ["Ban Tuyên giáo, Ban Dân vận Tỉnh ủy;", "Lưu: VT."]


def test_the_implementing_plan_never_cites_a_placeholder():
    """Issue 16 item 10: "…23/02/2024 của ... về…" when the parent named no issuer line."""
    import datetime as dt

    from unionplanner.domain.plans.builder import OfficeInfo
    from unionplanner.domain.plans.document import PlanDocument, Signer
    from unionplanner.domain.plans.drafting import implementing

    office = OfficeInfo(name="CÔNG ĐOÀN XÃ HÒA AN", parent_body="LĐLĐ TỈNH AN BÌNH",
                        place="Hòa An", symbol="CĐX", departments=[], signer=Signer())
    by_signature = PlanDocument(title="Tổ chức Tháng Công nhân năm 2024", number=17,
                                symbol="KH-UBND", date=dt.date(2024, 2, 23),
                                signer=Signer("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Lê Văn Bình"))
    nothing = PlanDocument(title="Tổ chức Tháng Công nhân năm 2024", number=None,
                           symbol="KH-LĐLĐ", date=dt.date(2024, 2, 23))
    cited = [implementing(p, office, dt.date(2024, 3, 1)).basis[0].text
             for p in (by_signature, nothing)]
    assert cited[0].startswith("Thực hiện Kế hoạch số 17/KH-UBND ngày 23/02/2024 của Ủy ban "
                               "nhân dân về tổ chức Tháng Công nhân năm 2024")
    assert cited[1].startswith("Thực hiện Kế hoạch ngày 23/02/2024 của LĐLĐ tỉnh An Bình về")
    assert not any("…" in text or "..." in text for text in cited)


def _ocr_ready() -> bool:
    import os

    from unionplanner.domain.plans.ocr import NoOcr, check_ocr

    try:
        check_ocr("kh.pdf")
    except NoOcr:
        if os.environ.get("CI"):  # .ci/run installs Tesseract: its absence is a fault there
            pytest.fail("Tesseract with Vietnamese (tesseract-ocr-vie) is not installed")
        return False
    return True


def _scan(pdf, pages, tmp_path, dpi=200):
    """A scanned copy of ``pages`` of our own PDF: each page rendered (Qt PDF) on white
    paper and put in a PDF of pictures only, as a scanner makes it."""
    from PIL import Image
    from PySide6.QtCore import QSize
    from PySide6.QtPdf import QPdfDocument

    document = QPdfDocument()
    document.load(str(pdf))
    pictures = []
    for number in pages:
        size = document.pagePointSize(number)
        image = document.render(number, QSize(int(size.width() * dpi / 72),
                                              int(size.height() * dpi / 72)))
        image.save(str(tmp_path / f"page{number}.png"))
        page = Image.open(tmp_path / f"page{number}.png").convert("RGBA")
        paper = Image.new("RGBA", page.size, "white")
        paper.alpha_composite(page)
        pictures.append(paper.convert("L"))
    scan = tmp_path / "scan.pdf"
    pictures[0].save(scan, save_all=True, append_images=pictures[1:], resolution=dpi)
    return scan


def test_a_scanned_seed_reads_back_with_ocr(tmp_path, seeds_dir, qapp):
    """Issue 16: a scanned PDF (no text layer) is read with Tesseract, page by page with
    progress: the first page of a seed and the page with its target, scanned by the test,
    give the number, date, header, title and the target; the review gets the pictures."""
    from pypdf import PdfReader
    from rapidfuzz import fuzz

    from unionplanner.domain.plans.export import export_pdf

    if not _ocr_ready():
        pytest.skip("Tesseract with Vietnamese data is not installed")
    doc = read_plan(seeds_dir / "002_2c1bfa3cf37a1e5a.docx").document
    doc.parent_body, doc.issuer = "TỔNG LIÊN ĐOÀN LAO ĐỘNG VIỆT NAM", "LIÊN ĐOÀN LAO ĐỘNG TỈNH"
    pdf = export_pdf(doc, tmp_path / "kh.pdf")
    [target] = doc.targets
    words = target.text[:40]
    texts = [" ".join((page.extract_text() or "").split()) for page in PdfReader(pdf).pages]
    with_target = next(n for n, text in enumerate(texts) if words in text)
    scan = _scan(pdf, [0, with_target] if with_target else [0], tmp_path)
    assert not "".join(page.extract_text() or "" for page in PdfReader(scan).pages).strip()
    seen = []
    result = read_plan(scan, progress=lambda done, total, text="": seen.append((done, total)))
    again = result.document
    assert (again.number, again.symbol, again.date, again.place) == (
        39, "KH-LĐLĐ", doc.date, "Lai Châu")
    assert (again.parent_body, again.issuer) == (doc.parent_body, doc.issuer)
    assert fuzz.ratio(again.title, doc.title) >= 97
    assert [(t.shape, t.value) for t in again.targets] == [(target.shape, target.value)]
    assert fuzz.ratio(again.targets[0].text, target.text) >= 90
    assert seen[-1] == (len(result.page_images), len(result.page_images))
    assert all(image.startswith(b"\x89PNG") for image in result.page_images)


def test_a_scanned_pdf_without_tesseract_says_what_to_install(tmp_path, monkeypatch, qapp):
    from unionplanner.core.errors import UserError
    from unionplanner.domain.plans import ocr

    pdf = write_docx(_plan([("CÔNG ĐOÀN VIÊN CHỨC TỈNH", True)]), tmp_path / "kh.docx")
    from unionplanner.domain.plans.export import export_pdf

    scan = _scan(export_pdf(read_plan(pdf).document, tmp_path / "kh.pdf"), [0], tmp_path,
                 dpi=60)
    monkeypatch.setenv("PATH", str(tmp_path))  # no tesseract to be found
    monkeypatch.setattr(ocr, "tesseract_candidates", lambda _environ: [])
    with pytest.raises(UserError) as error:
        read_plan(scan)
    assert error.value.message.startswith('Tệp "scan.pdf" là bản chụp (không có lớp chữ)')
    assert "tesseract-ocr-vie" in error.value.message


def test_a_national_title_wrapped_in_a_narrow_column(tmp_path):
    """"CỘNG HÒA XÃ HỘI CHỦ NGHĨA" / "VIỆT NAM" (a narrow right column) is not a body."""
    path = tmp_path / "kh.txt"
    path.write_text("\n".join([
        "CÔNG ĐOÀN GIÁO DỤC", "SÓC TRĂNG", "CĐCS TRƯỜNG THPT NGỌC TỐ", "Số: 03/KH-CĐCS",
        "CỘNG HOÀ XÃ HỘI CHỦ NGHĨA", "VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
        "Ngọc Tố, ngày 12 tháng 9 năm 2020", "KẾ HOẠCH", "Hoạt động công đoàn năm học 2020 – "
        "2021", *BODY]), encoding="utf-8")
    doc = read_plan(path).document
    assert (doc.parent_body, doc.issuer) == ("CÔNG ĐOÀN GIÁO DỤC SÓC TRĂNG",
                                             "CĐCS TRƯỜNG THPT NGỌC TỐ")


def test_a_pdf_made_by_libreoffice(tmp_path):
    """A PDF another program made from a Word file (no first-line indents; the national title
    wrapped in the right column) reads like ours."""
    import shutil
    import subprocess

    office = shutil.which("soffice") or shutil.which("libreoffice")
    if office is None:
        pytest.skip("LibreOffice Writer not installed")
    plan = _plan([("CÔNG ĐOÀN GIÁO DỤC", False), ("SÓC TRĂNG", False),
                  ("CĐCS TRƯỜNG THPT NGỌC TỐ", True)],
                 title=["Hoạt động công đoàn", "Năm học 2023 – 2024"],
                 place_date="Ngọc Tố, ngày 12 tháng 9 năm 2023",
                 signature=["TM. BAN CHẤP HÀNH", "CHỦ TỊCH", "", "Trần Thị Mai"])
    docx = write_docx(plan, tmp_path / "kh.docx")
    subprocess.run([office, "--headless", "--convert-to", "pdf", "--outdir", str(tmp_path),
                    str(docx)], check=True, capture_output=True, timeout=180)
    doc = read_plan(tmp_path / "kh.pdf").document
    assert (doc.parent_body, doc.issuer, doc.number, doc.place, str(doc.date)) == (
        "CÔNG ĐOÀN GIÁO DỤC SÓC TRĂNG", "CĐCS TRƯỜNG THPT NGỌC TỐ", 45, "Ngọc Tố",
        "2023-09-12")
    assert doc.title == "Hoạt động công đoàn Năm học 2023 – 2024"
    assert [(str(d.date), d.what) for d in doc.deadlines] == [
        ("2024-06-10", "Các đơn vị báo cáo kết quả")]
    assert (doc.signer.authority, doc.signer.title, doc.signer.name) == (
        "TM. BAN CHẤP HÀNH", "CHỦ TỊCH", "Trần Thị Mai")


def test_a_span_the_plan_date_falls_in_stays_in_its_year():
    from unionplanner.domain.plans.when import months_in

    assert months_in("sơ kết 6 tháng đầu năm", 2024, "2024-04") == [
        f"2024-0{m}" for m in range(1, 7)]
    assert months_in("tháng 01 - 02", 2025, "2025-10") == ["2026-01", "2026-02"]
    assert months_in("tháng 3/2025", 2025, "2025-10") == ["2025-03"]  # its year is said


def test_a_scan_under_an_electronic_signature_stamp_is_still_a_scan(tmp_path, qapp):
    """Signed copies carry a few lines of text (the e-signature's stamp) over the scanned
    pictures: that is not the document's text; the pages go to OCR."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    from unionplanner.domain.plans.reading import ScannedPdf, _read_pdf

    pdf = write_docx(_plan([("CÔNG ĐOÀN VIÊN CHỨC TỈNH", True)]), tmp_path / "kh.docx")
    from unionplanner.domain.plans.export import export_pdf

    _scan(export_pdf(read_plan(pdf).document, tmp_path / "kh.pdf"), [0], tmp_path, dpi=60)
    signed = tmp_path / "signed.pdf"
    page = canvas.Canvas(str(signed), pagesize=A4)
    page.drawImage(str(tmp_path / "page0.png"), 0, 0, *A4)
    page.setFont("Helvetica", 7)
    page.drawString(360, 780, "Signed by: Cong doan tinh Soc Trang")
    page.drawString(360, 770, "Time: 05.04.2024 10:15:02 +07:00")
    page.save()
    with pytest.raises(ScannedPdf):
        _read_pdf(signed)
    assert _read_pdf(tmp_path / "kh.pdf")  # a PDF with its text is read as text


def test_a_scan_far_too_long_for_a_plan_is_refused_before_ocr(tmp_path, monkeypatch, qapp):
    from unionplanner.core.errors import UserError
    from unionplanner.domain.plans import reading
    from unionplanner.domain.plans.export import export_pdf

    if not _ocr_ready():
        pytest.skip("Tesseract with Vietnamese data is not installed")
    pdf = write_docx(_plan([("CÔNG ĐOÀN VIÊN CHỨC TỈNH", True)]), tmp_path / "kh.docx")
    scan = _scan(export_pdf(read_plan(pdf).document, tmp_path / "kh.pdf"), [0], tmp_path,
                 dpi=60)
    monkeypatch.setattr(reading, "OCR_MAX_PAGES", 0)
    with pytest.raises(UserError) as error:
        read_plan(scan)
    assert "quá dài với một kế hoạch" in error.value.message
