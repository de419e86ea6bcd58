"""Reading what grassroots unions send: legacy fonts, Vietnamese values, bad files, tables
in odd places. Files are made by the tests themselves (see also test_reports_truth.py)."""

from __future__ import annotations

import io
import zipfile

import pytest

from tests.helpers import write_xlsx
from unionplanner.domain.sheets import legacy
from unionplanner.domain.sheets.detect import ROWS, UNITS, find_tables
from unionplanner.domain.received.matching import Label, Target, UnitCandidate, UnitIndex, match_indicators
from unionplanner.domain.received.values import NO_RESULT, parse_value
from unionplanner.domain.sheets.workbook import BadFile, NotAReport, read_book


@pytest.mark.parametrize("raw, encoding, text", [
    ("KÕt n¹p ®oµn viªn míi", legacy.TCVN3, "Kết nạp đoàn viên mới"),
    ("C§CS TR¦êNG THCS PH¦íC THµNH", legacy.TCVN3, "CĐCS TRƯỜNG THCS PHƯỚC THÀNH"),
    ("Sè l\xadît ng\xadêi tham gia", legacy.TCVN3, "Số lượt người tham gia"),
    ("Keát naïp ñoaøn vieân môùi", legacy.VNI, "Kết nạp đoàn viên mới"),
    ("CHUÛ TÒCH COÂNG ÑOAØN", legacy.VNI, "CHỦ TỊCH CÔNG ĐOÀN"),
    ("Ngöôøi lao ñoäng ñöôïc thaêm hoûi", legacy.VNI, "Người lao động được thăm hỏi"),
])
def test_legacy_text_is_recognised_and_converted(raw, encoding, text):
    assert legacy.detect_encoding([raw]) == encoding
    assert legacy.to_unicode(raw, encoding) == text


def test_unicode_text_is_left_alone():
    texts = ["Tổng số đoàn viên công đoàn", "Có", "Số tiền (đồng)", "Fanpage/Zalo", "Toán học"]
    assert legacy.detect_encoding(texts) == legacy.UNICODE
    # a Unicode cell typed later inside a TCVN3 sheet stays as it is
    assert legacy.to_unicode("Tổng số đoàn viên", legacy.TCVN3) == "Tổng số đoàn viên"


@pytest.mark.parametrize("raw, kind, value", [
    ("6.500.000", "money", 6_500_000), ("6.500.000 đ", "money", 6_500_000),
    ("1,5 triệu", "money", 1_500_000), ("2 tỷ", "money", 2_000_000_000),
    ("500 nghìn", "money", 500_000), ("6,500,000", "money", 6_500_000),
    ("85%", "percent", 8500), ("85,5 %", "percent", 8550), (0.85, "percent", 8500),
    (125.0, "count", 125), ("1.234", "count", 1234), ("12 người", "count", 12),
    ("", "count", 0), (None, "stock", 0),
    ("x", "yesno", True), ("Có", "yesno", True), ("có", "yesno", True),
    ("Đã thực hiện", "yesno", True), (1, "yesno", True), ("Không", "yesno", False),
    ("Chưa", "yesno", False), (0.0, "yesno", False), (True, "yesno", True),
])
def test_vietnamese_values(raw, kind, value):
    parsed = parse_value(raw, kind)
    assert parsed.error is None
    assert parsed.value == value and type(parsed.value) is type(value)


def test_blank_yes_no_depends_on_the_files_habit():
    assert parse_value("", "yesno").value is None
    assert parse_value("", "yesno", x_marks=True).value is False
    assert parse_value("", "count").blank


@pytest.mark.parametrize("raw, kind, words", [
    ("đang cập nhật", "count", "không phải là số"), ("-3", "count", "số âm"),
    ("1,5", "count", "không phải số nguyên"), ("đang xem xét", "yesno", "Có/Không"),
    ("85%", "count", "phần trăm"), (NO_RESULT, "count", "Excel"),
])
def test_bad_values_are_errors_never_zero(raw, kind, words):
    parsed = parse_value(raw, kind)
    assert parsed.value is None and words in parsed.error


def test_bad_files_get_clear_messages(tmp_path):
    lock = tmp_path / "~$bao cao.xlsx"
    lock.write_bytes(b"\0" * 165)
    with pytest.raises(NotAReport):
        read_book(lock)
    truncated = tmp_path / "cut.xlsx"
    good = write_xlsx(tmp_path / "good.xlsx", [["STT", "Nội dung"], [1, "Số vụ"]])
    truncated.write_bytes(good.read_bytes()[:900])
    with pytest.raises(BadFile, match="hỏng"):
        read_book(truncated)
    empty = write_xlsx(tmp_path / "Book1.xlsx", [])
    with pytest.raises(BadFile, match="trống"):
        read_book(empty)
    zero = tmp_path / "zero.xlsx"
    zero.write_bytes(b"")
    with pytest.raises(BadFile, match="rỗng"):
        read_book(zero)
    html = tmp_path / "web.xls"
    html.write_text("<html><table><tr><td>1</td></tr></table></html>")
    with pytest.raises(BadFile, match="HTML"):
        read_book(html)
    word = tmp_path / "thu.xlsx"
    with zipfile.ZipFile(word, "w") as archive:
        archive.writestr("word/document.xml", "<w/>")
    with pytest.raises(BadFile, match="không phải bảng tính"):
        read_book(word)


def test_a_decompression_bomb_is_refused_before_reading(tmp_path):
    bomb = tmp_path / "bomb.xlsx"
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("xl/workbook.xml", "<workbook/>")
        archive.writestr("xl/worksheets/sheet1.xml", b"<" + b" " * (80 * 2**20) + b">")
    with pytest.raises(BadFile, match="MB"):
        read_book(bomb)


def test_a_bomb_that_lies_about_its_size_is_stopped_while_streaming(tmp_path, monkeypatch):
    from unionplanner.domain.sheets import workbook

    monkeypatch.setattr(workbook, "MAX_UNPACKED", 2 * 2**20)
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("xl/workbook.xml", b"<" + b" " * (3 * 2**20) + b">")
    with zipfile.ZipFile(io.BytesIO(buffer.getvalue())) as archive:
        with pytest.raises(BadFile, match="quá lớn"):
            workbook._read_member(tmp_path / "x.xlsx", archive, "xl/workbook.xml")


def _cp1258(text: str) -> bytes:
    """Windows-1258 as Vietnamese Windows writes it: tone marks as separate characters."""
    import unicodedata

    tones = "\u0300\u0301\u0303\u0309\u0323"
    out = []
    for ch in text:
        try:
            out.append(ch.encode("cp1258"))
        except UnicodeEncodeError:
            parts = unicodedata.normalize("NFD", ch)
            base = unicodedata.normalize("NFC", "".join(c for c in parts if c not in tones))
            out.append((base + "".join(c for c in parts if c in tones)).encode("cp1258"))
    return b"".join(out)


@pytest.mark.parametrize("raw", [
    "STT;Nội dung;Kết quả\n1;Số vụ tai nạn lao động;3\n".encode("utf-8-sig"),
    _cp1258("STT,Nội dung,Kết quả\n1,Số vụ tai nạn lao động,3\n"),
])
def test_csv_in_any_encoding(tmp_path, raw):
    path = tmp_path / "bao cao.csv"
    path.write_bytes(raw)
    book = read_book(path)
    assert book.sheets[0].rows[1][1] == "Số vụ tai nạn lao động"


def test_the_table_is_found_below_a_moved_header_with_plan_and_result(tmp_path):
    rows = [["LĐLĐ HUYỆN X"], ["CĐCS TRƯỜNG TH AN"], [], [], [], [],
            ["TT", "Chỉ tiêu", "ĐVT", "Kết quả", None],
            [None, None, None, "Kế hoạch", "Thực hiện"],
            [1, "Số vụ tai nạn lao động", "Vụ", 2, 1],
            [2, "Tổng số tiền", "Đồng", None, "1.000.000"],
            [], ["", "NGƯỜI LẬP BIỂU", "", "TM. BAN CHẤP HÀNH"], ["", "Nguyễn Văn A"]]
    sheet = read_book(write_xlsx(tmp_path / "r.xlsx", rows)).sheets[0]
    table = find_tables(sheet)[0]
    assert table.layout == ROWS and table.value_col == 4 and table.plan_col == 3
    assert [table.label(r) for r in table.data_rows] == ["Số vụ tai nạn lao động", "Tổng số tiền"]


def test_cluster_sheet_skips_its_total_row(tmp_path):
    rows = [["CỤM 3"], [], ["STT", "Tên đơn vị", "Số vụ TNLĐ (vụ)", "Số tiền thăm hỏi (đồng)"],
            [1, "UBND xã A", 1, 100], [2, "Trường MN B", 0, 200], ["", "Cộng", 1, 300]]
    table = find_tables(read_book(write_xlsx(tmp_path / "c.xlsx", rows)).sheets[0])[0]
    assert table.layout == UNITS and len(table.data_rows) == 2
    assert table.skipped and "tổng" in table.skipped[0][1]
    assert [c.unit_of_measure for c in table.columns] == ["vụ", "đồng"]


def test_indicator_matching_uses_units_of_measure_and_abbreviations():
    targets = [Target("A", "Số đoàn viên kết nạp mới", "Người", "count", 1),
               Target("B", "Tổng số tiền thăm hỏi, tặng quà", "Đồng", "money", 2),
               Target("C", "Số cuộc kiểm tra, giám sát an toàn, vệ sinh lao động", "Cuộc",
                      "count", 3),
               Target("D", "Có trang Fanpage/Zalo của công đoàn cơ sở", "Có/Không", "yesno", 4)]
    labels = [Label("Tổng số tiền (đồng)", "Đồng", 1), Label("Kết nạp ĐV mới", "Người", 2),
              Label("Số cuộc KT, GS ATVSLĐ", "Cuộc", 3), Label("Số cuộc tọa đàm, hội thảo",
                                                              "Cuộc", 4),
              Label("Trang mạng xã hội của CĐCS", "Có/Không", 5)]
    found = {labels[m.label].text: m.code for m in match_indicators(labels, targets)}
    assert found == {"Tổng số tiền (đồng)": "B", "Kết nạp ĐV mới": "A",
                     "Số cuộc KT, GS ATVSLĐ": "C", "Trang mạng xã hội của CĐCS": "D"}


def test_unit_names_with_typos_abbreviations_or_only_in_the_file_name():
    index = UnitIndex([
        UnitCandidate(1, "A1", "Công đoàn cơ sở Trường Mầm non Phước Thắng"),
        UnitCandidate(2, "A2", "Công đoàn cơ sở Trường Tiểu học Phước Thắng"),
        UnitCandidate(3, "A3", "Công đoàn cơ sở Công ty TNHH Nội thất Lâm Viên Việt Nam"),
        UnitCandidate(4, "A4", "Công đoàn cơ sở UBND xã Phước Hòa"),
        UnitCandidate(5, "A5", "Công đoàn cơ sở Trạm Y tế xã Phước Hòa"),
    ])
    assert index.match_name("CĐCS TRƯỜNG MN PHƯỚC THẮNG").unit.code == "A1"
    assert index.match_name("CĐCS Trường TH Phuớc Thắng").unit.code == "A2"
    assert index.match_name("CĐCS CTY TNHH NỘI THẤT LÂM VIÊN VN").unit.code == "A3"
    assert index.match_name("CĐCS Ủy ban nhân dân xã Phước Hoà").unit.code == "A4"
    assert index.match_file_name("TCN2023_TramYtexaPhuocHoa").unit.code == "A5"
    assert index.match_file_name("Bao cao thang cong nhan_Truong_Tieu_hoc_Phuoc_Thang").unit.code == "A2"
    assert index.match_name("CĐCS Bệnh viện Đa khoa tỉnh").unit is None


def _district_of_communes() -> UnitIndex:
    """A made-up district: every commune (all named "Phước …") has a kindergarten, a
    primary school, a health station and a people's committee."""
    communes = ["Phước An", "Phước Hòa", "Phước Sơn", "Phước Thắng", "Phước Thành",
                "Phước Quang", "Phước Nghĩa", "Phước Hưng", "Phước Lộc", "Phước Thuận"]
    kinds = ["Trường Mầm non", "Trường Tiểu học", "Trạm Y tế xã", "UBND xã"]
    units = [UnitCandidate(n, f"U{n:03d}", f"Công đoàn cơ sở {kind} {commune}")
             for n, (kind, commune) in enumerate(
                 ((k, c) for c in communes for k in kinds), 1)]
    return UnitIndex(units)


def test_a_school_of_another_name_is_not_taken_for_a_known_one():
    """Names share "Trường Mầm non Phước": what tells them apart is the last word, so a
    school the office does not have yet is not matched to a look-alike."""
    index = _district_of_communes()
    for text in ("CĐCS Trường Mầm non Hoa Sen", "Trường THCS Nguyễn Huệ",
                 "Trường Tiểu học Phước Bình"):
        assert index.match_name(text).unit is None, text
    assert index.match_file_name("truongmamnonhoasen").unit is None


def test_commune_names_that_look_like_report_words_and_run_together_file_names():
    index = _district_of_communes()
    name = {u.id: u.name for u in index.units}
    found = index.match_file_name("Bao cao thang cong nhan_Truong_Tieu_hoc_Phuoc_Thang")
    assert name[found.unit.id].endswith("Tiểu học Phước Thắng")  # "thang" is not "tháng"
    found = index.match_file_name("BC thang 5 nam 2023 - Tram Y te xa Phuoc Hoa")
    assert name[found.unit.id].endswith("Trạm Y tế xã Phước Hòa")
    for stem, expected in (("TCN2023_TruongMamnonPhuocSon", "Mầm non Phước Sơn"),
                           ("TCN2023_TramYtexaPhuocHoa", "Y tế xã Phước Hòa")):
        found = index.match_file_name(stem)
        assert found.unit and name[found.unit.id].endswith(expected), stem
    found = index.match_name("CĐCS Trường MN Phước Thắg")  # a typo: matched, to be checked
    assert name[found.unit.id].endswith("Mầm non Phước Thắng") and not found.sure


def test_cell_fonts_say_how_legacy_text_is_encoded(tmp_path):
    """A mostly-Unicode sheet with a few cells still typed in .VnTime/.VnTimeH/VNI-Times:
    statistics over the sheet say Unicode, the cells' fonts say otherwise, and win."""
    import openpyxl
    from openpyxl.styles import Font

    workbook = openpyxl.Workbook()
    sheet = workbook.active
    unicode_rows = ["Tổng số đoàn viên", "Kết nạp đoàn viên mới", "Số cuộc đối thoại",
                    "Người lao động được thăm hỏi", "Đoàn viên được tặng quà"]
    for row, text in enumerate(unicode_rows, 1):
        sheet.cell(row, 2, text)
    typed = {"A1": ("c«ng ®oµn huyÖn", ".VnTimeH"), "A2": ("Sè", ".VnTime"),
             "A3": ("Keát naïp", "VNI-Times"), "A4": ("Đoàn viên", ".VnTime")}
    for address, (text, font) in typed.items():
        sheet[address] = text
        sheet[address].font = Font(name=font)
    path = tmp_path / "mixed.xlsx"
    workbook.save(path)
    book = read_book(path)
    rows = book.sheets[0].rows
    assert [rows[r][0] for r in range(4)] == ["CÔNG ĐOÀN HUYỆN", "Số", "Kết nạp", "Đoàn viên"]
    assert rows[0][1] == "Tổng số đoàn viên"
    # without the fonts, one short legacy word in a Unicode sheet cannot be told apart
    workbook = openpyxl.load_workbook(path)
    for address in typed:
        workbook.active[address].font = Font(name="Times New Roman")
    workbook.active["A1"] = workbook.active["A3"] = None
    workbook.save(tmp_path / "plain.xlsx")
    assert read_book(tmp_path / "plain.xlsx").sheets[0].rows[1][0] == "Sè"


def test_legacy_font_names():
    from unionplanner.domain.sheets.xml_scan import legacy_font, ods_font_hint

    assert legacy_font(".VnTime") == (legacy.TCVN3, False)
    assert legacy_font(".VnArialH") == (legacy.TCVN3, True)
    assert legacy_font("VNI-Times") == (legacy.VNI, False)
    assert legacy_font("Times New Roman") is None
    assert ods_font_hint(b'<style:text-properties style:font-name=".VnTime"/>') == legacy.TCVN3
    assert ods_font_hint(b'<style:text-properties style:font-name="Arial"/>') is None


def _write_ods(path, table_xml: str):
    content = (
        '<?xml version="1.0" encoding="UTF-8"?><office:document-content '
        'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
        'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
        'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2">'
        f'<office:body><office:spreadsheet>{table_xml}</office:spreadsheet></office:body>'
        '</office:document-content>')
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet",
                         compress_type=zipfile.ZIP_STORED)
        archive.writestr("content.xml", content)
        archive.writestr("META-INF/manifest.xml", (
            '<?xml version="1.0"?><manifest:manifest xmlns:manifest="urn:oasis:names:tc:'
            'opendocument:xmlns:manifest:1.0"><manifest:file-entry manifest:full-path="/" '
            'manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/>'
            '</manifest:manifest>'))
    return path


def test_ods_formula_without_a_stored_result_is_no_result_not_zero(tmp_path):
    def text(t):
        return f'<table:table-cell office:value-type="string"><text:p>{t}</text:p></table:table-cell>'

    path = _write_ods(tmp_path / "cum.ods", (
        '<table:table table:name="Cụm 3">'
        f'<table:table-row>{text("STT")}{text("Đơn vị")}{text("Số ĐV")}</table:table-row>'
        '<table:table-row table:number-rows-repeated="2">'
        '<table:table-cell office:value-type="float" office:value="1"/>'
        '<table:table-cell table:number-columns-repeated="2" office:value-type="float" '
        'office:value="5"/></table:table-row>'
        '<table:table-row><table:table-cell table:number-columns-repeated="2"/>'
        '<table:table-cell table:formula="of:=SUM([.C2:.C3])"/>'
        '<table:table-cell table:formula="of:=1+1" office:value-type="float" office:value="2"/>'
        '</table:table-row></table:table>'))
    rows = read_book(path).sheets[0].rows
    assert rows[3][2] is NO_RESULT  # C4: the total saved without its result
    assert rows[3][3] == 2 and rows[1][2] == 5 and rows[2][2] == 5
