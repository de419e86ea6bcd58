"""Opening what arrives as a grid of cells: legacy fonts (TCVN3/VNI by statistics and by cell
font), bad and hostile files with clear messages, CSV encodings, formulas without results,
and the tables in a sheet. Files are made by the tests themselves."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest

from tests.helpers import write_xlsx
from unionplanner.domain.sheets import legacy
from unionplanner.domain.sheets.detect import ROWS, UNITS, find_tables
from unionplanner.domain.sheets.workbook import NO_RESULT, BadFile, NotAReport, read_book


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
        return (f'<table:table-cell office:value-type="string"><text:p>{t}</text:p>'
                '</table:table-cell>')

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


FORMULAS = Path(__file__).parents[2] / "fixtures" / "formulas"


def test_xls_formulas_from_another_workbook_or_program_are_marked():
    """Issue 15 item 7 for the legacy format: the 3-D reference into another file and the
    DDE call are EXTERNAL (their cached results are never read as figures)."""
    from unionplanner.domain.sheets.workbook import EXTERNAL

    rows = read_book(FORMULAS / "external.xls").sheets[0].rows
    assert rows[1][1] is EXTERNAL and rows[2][1] is EXTERNAL
    assert rows[3][1] == 12


def test_xls_reports_with_ordinary_formulas_have_no_external_cells(samples):
    from unionplanner.domain.sheets.workbook import EXTERNAL

    for path in sorted((samples / "reports").glob("*.xls")):
        book = read_book(path)
        assert not any(cell is EXTERNAL for sheet in book.sheets for row in sheet.rows
                       for cell in row), path.name


def test_ods_formulas_from_another_file_or_program_are_marked(tmp_path):
    from unionplanner.domain.sheets.workbook import EXTERNAL

    content = (FORMULAS / "external.fods").read_text(encoding="utf-8")
    body = content[content.index("<office:body>"):content.index("</office:document>")]
    ods = tmp_path / "bieu.ods"
    with zipfile.ZipFile(ods, "w") as archive:
        archive.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet",
                         compress_type=zipfile.ZIP_STORED)
        archive.writestr("META-INF/manifest.xml", (
            '<?xml version="1.0" encoding="UTF-8"?><manifest:manifest xmlns:manifest='
            '"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"><manifest:file-entry '
            'manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.'
            'spreadsheet"/><manifest:file-entry manifest:full-path="content.xml" '
            'manifest:media-type="text/xml"/></manifest:manifest>'))
        head = content[content.index("<office:document"):content.index("<office:body>")]
        archive.writestr("content.xml", '<?xml version="1.0" encoding="UTF-8"?>' + head.replace(
            "office:document ", "office:document-content ", 1) + body
            + "</office:document-content>")
    rows = read_book(ods).sheets[0].rows
    assert rows[1][1] is EXTERNAL and rows[2][1] is EXTERNAL
    assert rows[3][1] == 12


def test_german_and_french_are_not_taken_for_tcvn3():
    """Issue 29: German and French cells were "converted" as TCVN3 ("Öcker" → "ệcker"):
    dropping their "ß", "Ö"… made that reading less wrong than the text itself. A legacy
    reading now has to be Vietnamese (more well-formed syllables than not)."""
    from unionplanner.domain.sheets.legacy import TCVN3, UNICODE, detect_encoding

    german = ["Öcker Straße", "Für die Änderungen der Öffnungszeiten", "Grüße aus München",
              "Bürgermeister", "über", "schön", "Mädchen"]
    french = ["Le château de la forêt", "Où est la bibliothèque à côté de l'hôpital",
              "Très élevé", "garçon", "déjà vu", "Noël", "naïve"]
    assert detect_encoding(german) == detect_encoding(french) == UNICODE
    assert detect_encoding(german + french) == UNICODE
    # real TCVN3 cells still are: "Kết nạp đoàn viên mới", "Tổng số"
    assert detect_encoding(["KÕt n¹p ®oµn viªn míi", "Tæng sè", "C«ng ®oµn c¬ së"]) == TCVN3


def test_an_xlsb_workbook_gets_one_message_from_every_command(tmp_path, capsys):
    """Issue 29: an Excel binary workbook got a different, misleading message from each
    command ("not Excel", "a zip that may be a Word file"). One sentence now says what it is
    and how to save it as .xlsx."""
    import zipfile

    from unionplanner.cli import main
    from unionplanner.core.errors import UserError
    from unionplanner.domain.sheets.workbook import read_book
    from unionplanner.domain.units.excel import read_unit_rows

    book = tmp_path / "bao cao.xlsb"
    with zipfile.ZipFile(book, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("xl/workbook.bin", b"\x83\x01\x00")
        archive.writestr("xl/worksheets/sheet1.bin", b"\x81\x01\x00")
    said = []
    for read in (read_book, read_unit_rows):
        with pytest.raises(UserError) as refused:
            read(book)
        said.append(refused.value.message)
    db = str(tmp_path / "x.sqlite3")
    assert main(["--db", db, "forms", "import", str(book)]) == 1
    said.append(capsys.readouterr().err.removeprefix("Lỗi: ").strip())
    assert len(set(said)) == 1 and "dạng nhị phân (.xlsb)" in said[0]
    assert "Lưu thành › Sổ làm việc Excel (.xlsx)" in said[0]
