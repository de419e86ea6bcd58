"""Opening whatever arrives as a grid of cells, safely.

:func:`read_book` takes a path and returns a :class:`Book`: its visible and hidden sheets as
rows of cells (text converted from TCVN3/VNI and cleaned, numbers as calamine gives them,
:data:`NO_RESULT` where a formula was saved without its result).
Everything that is not a readable report raises :class:`BadFile` with a Vietnamese message
saying what is wrong and what to do; an Office lock file raises :class:`NotAReport`.

Formats: .xlsx/.xlsm/.xls/.ods through python-calamine (fast), .csv in UTF-8 (with or without
BOM), Windows-1258 or Windows-1252 (picked by how Vietnamese the text reads). The content
decides the format, not the name: a CSV renamed .xlsx is read as CSV (with a note).

Zip-based files (xlsx, ods) are checked before anything is decompressed: the declared sizes
of the members may not exceed :data:`MAX_UNPACKED` in all, and while a sheet is streamed the
real size is counted too (a file that lies about its sizes is stopped at the same limit), so
a "decompression bomb" is refused in milliseconds and memory stays small.
"""

from __future__ import annotations

import codecs
import csv
import functools
import io
import stat
import zipfile
import zlib
from dataclasses import dataclass, field
from pathlib import Path

from unionplanner.core.errors import UserError
from unionplanner.core.isolation import read_isolated
from unionplanner.core.text import clean
from unionplanner.domain.sheets import biff, legacy
from unionplanner.domain.sheets.addresses import cell_address, column_letter, parse_address
from unionplanner.domain.sheets.xml_scan import (
    MAX_SHEET_CELLS,
    XlsxScan,
    ods_font_hint,
    ods_formulas,
    scan_xlsx,
)

# the address helpers live in sheets.addresses; callers take them from here too
__all__ = ["Book", "BadFile", "NotAReport", "Sheet", "cell_address", "column_letter",
           "parse_address", "read_book"]

#: Most bytes the members of one xlsx/ods may unpack to (a real report unpacks to < 1 MB;
#: a unit list of 5,000 rows to ~5 MB).
MAX_UNPACKED = 64 * 1024 * 1024
#: Largest file accepted at all (the biggest real report workbooks are a few MB).
MAX_FILE_SIZE = 32 * 1024 * 1024
#: Most cells read from one sheet (rows × columns of the used area).
MAX_CELLS = 2_000_000
#: Longest one file may take to read (seconds); a real report takes well under one.
READ_SECONDS = 60

SUFFIXES = (".xlsx", ".xlsm", ".xls", ".ods", ".csv", ".xlsb")
#: what every command says of an Excel binary workbook (read, it would pass none of the
#: guards the XML formats have: extents, formulas, fonts)
XLSB = ("Tệp \"{name}\" là sổ làm việc Excel dạng nhị phân (.xlsb), dạng chương trình chưa "
        "đọc. Hãy mở bằng Excel, chọn Lưu thành › Sổ làm việc Excel (.xlsx) rồi nhập tệp mới.")

_ZIP_MAGIC = b"PK\x03\x04"
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
MARKER_SHEET = "_unionplanner"


class NoStoredResult:
    """Marker for a formula cell saved without its result (so nothing may read it as 0)."""

    def __repr__(self) -> str:
        return "NoStoredResult"

    def __reduce__(self) -> str:  # one marker, also after crossing from the reading worker
        return "NO_RESULT"


NO_RESULT = NoStoredResult()


class ExternalFormula:
    """Marker for a formula cell that takes its number from another program (DDE) or
    another workbook: its cached result is never imported as the unit's figure."""

    def __repr__(self) -> str:
        return "ExternalFormula"

    def __reduce__(self) -> str:
        return "EXTERNAL"


EXTERNAL = ExternalFormula()


class NotAReport(UserError):
    """A file that is not a report at all and is skipped quietly (an Office lock file)."""


class BadFile(UserError):
    """A file that cannot be read as a report; ``message`` says why and what to do."""


@dataclass
class Sheet:
    """One sheet: ``rows[r][c]`` is the cell in Excel row r+1, column c+1 (row 0 is row 1,
    whatever the first used cell). Text cells are Unicode and cleaned."""

    name: str
    visible: bool
    rows: list[list[object]]
    merged: list[tuple[int, int, int, int]] = field(default_factory=list)  # r0, c0, r1, c1

    def cell(self, row: int, col: int) -> object:
        if 0 <= row < len(self.rows) and 0 <= col < len(self.rows[row]):
            return self.rows[row][col]
        return ""

    @property
    def is_empty(self) -> bool:
        return not any(c not in ("", None) for r in self.rows for c in r)


@dataclass
class Book:
    """A read workbook: its format ("xlsx", "xls", "ods", "csv"), sheets in tab order, the
    legacy encoding its text was converted from ("unicode", "tcvn3", "vni"), and notes
    about how it was read (e.g. a CSV with an .xlsx name)."""

    path: Path
    format: str
    sheets: list[Sheet]
    encoding: str = legacy.UNICODE
    notes: list[str] = field(default_factory=list)

    @property
    def visible_sheets(self) -> list[Sheet]:
        return [s for s in self.sheets if s.visible and s.name != MARKER_SHEET]

    def marker(self) -> dict[str, object] | None:
        """The hidden marker a form generated by this app carries (see
        :mod:`unionplanner.domain.report_forms.generate`), as a dict, or None."""
        for sheet in self.sheets:
            if sheet.name == MARKER_SHEET:
                rows: dict[str, object] = {}
                data: dict[str, object] = {"rows": rows}
                for row in sheet.rows:
                    if len(row) >= 2 and isinstance(row[0], str) and row[0]:
                        if row[0] == "indicator" and len(row) >= 3:
                            rows[str(row[1])] = row[2]
                        else:
                            data[row[0]] = row[1]
                return data if data.get("app") == "UnionPlanner" else None
        return None


# --- sniffing and the zip checks -------------------------------------------------------------

def _sniff(path: Path, head: bytes) -> str:
    suffix = path.suffix.lower()
    if head.startswith(_ZIP_MAGIC) or head.startswith(b"PK\x05\x06"):
        return "zip"
    if head.startswith(_OLE_MAGIC):
        return "ole"
    lowered = head.lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if lowered.startswith((b"<html", b"<!doctype html", b"<table", b"<?xml")):
        return "html"
    if suffix == ".csv" or _looks_text(head):
        return "text"
    return "unknown"


def _looks_text(head: bytes) -> bool:
    if not head or b"\0" in head:
        return False
    try:
        head.decode("utf-8")
        return True
    except UnicodeDecodeError as exc:
        if exc.start >= len(head) - 4:  # a character cut by the end of the sample
            return True
    printable = sum(1 for b in head if b >= 0x20 or b in (9, 10, 13))
    return printable / len(head) > 0.95


def _damaged(name: str) -> BadFile:
    return BadFile(f"Tệp \"{name}\" bị hỏng hoặc tải về chưa hết, không đọc được. Hãy đề nghị "
                   "đơn vị gửi lại tệp (hoặc tải lại từ thư điện tử/Zalo) rồi nhập lại.")


def _check_zip(path: Path, archive: zipfile.ZipFile) -> None:
    declared = 0
    for info in archive.infolist():
        declared += info.file_size
        if declared > MAX_UNPACKED or info.file_size > MAX_UNPACKED:
            raise BadFile(
                f"Tệp \"{path.name}\" khi giải nén sẽ chiếm hơn {MAX_UNPACKED // 2**20} MB "
                "(tệp bất thường, có thể là tệp độc hại hoặc bị lỗi), nên không mở. Hãy đề nghị "
                "đơn vị chép số liệu sang một biểu mẫu mới và gửi lại.")
        if info.flag_bits & 0x1:
            raise _password(path)


def _password(path: Path) -> BadFile:
    return BadFile(f"Tệp \"{path.name}\" có đặt mật khẩu nên không đọc được. Hãy mở tệp bằng "
                   "Excel, gỡ mật khẩu (Tệp › Thông tin › Bảo vệ sổ làm việc) rồi lưu lại, hoặc "
                   "đề nghị đơn vị gửi bản không đặt mật khẩu.")


def _read_member(path: Path, archive: zipfile.ZipFile, name: str) -> bytes:
    """A member's bytes, stopping at MAX_UNPACKED whatever its header claims."""
    chunks, total = [], 0
    with archive.open(name) as member:
        while True:
            chunk = member.read(1 << 20)
            if not chunk:
                break
            total += len(chunk)
            if total > MAX_UNPACKED:
                raise BadFile(f"Tệp \"{path.name}\" giải nén ra quá lớn (hơn "
                              f"{MAX_UNPACKED // 2**20} MB), có thể là tệp độc hại, nên không "
                              "mở. Hãy đề nghị đơn vị gửi lại biểu mẫu.")
            chunks.append(chunk)
    return b"".join(chunks)


# --- reading ---------------------------------------------------------------------------------

def read_book(path: str | Path) -> Book:
    """Read a report file (see the module text). Raises NotAReport for Office lock files
    ("~$..."), BadFile for everything unreadable, with a message for the user.

    The reading runs in a worker process (:func:`unionplanner.core.isolation.run_isolated`):
    at most :data:`READ_SECONDS` seconds and :data:`~unionplanner.core.isolation.MEMORY_MB`
    MB of memory; a file that makes the reader hang, allocate without end or abort is
    refused with a message and the program goes on."""
    return read_isolated(read_book_here, Path(path), timeout=READ_SECONDS, error=BadFile,
                         advice="Hãy mở tệp bằng Excel, lưu lại thành .xlsx rồi nhập lại, hoặc "
                                "đề nghị đơn vị gửi lại.")


def read_book_here(path: Path) -> Book:
    """:func:`read_book`'s work, in the calling process: only for code that already runs in
    the reading worker (:func:`unionplanner.domain.received.reading.iter_reads`)."""
    if path.name.startswith("~$"):
        raise NotAReport(f"\"{path.name}\" là tệp khóa tạm của Office (tạo ra khi tệp đang mở), "
                         "không phải báo cáo: bỏ qua.")
    try:
        info = path.stat()
        if not stat.S_ISREG(info.st_mode):  # a FIFO would block the read forever
            raise BadFile(f"\"{path.name}\" không phải một tệp thông thường (thư mục, ống dẫn "
                          "hay thiết bị). Hãy chọn đúng tệp báo cáo.")
        size = info.st_size
        with path.open("rb") as handle:
            head = handle.read(4096)
    except FileNotFoundError:
        raise BadFile(f"Không tìm thấy tệp \"{path}\".") from None
    except OSError as exc:
        raise BadFile(f"Không mở được tệp \"{path.name}\" ({exc.strerror}). Hãy đóng tệp nếu "
                      "đang mở bằng chương trình khác rồi thử lại.") from None
    if size == 0:
        raise BadFile(f"Tệp \"{path.name}\" rỗng (0 byte). Hãy đề nghị đơn vị gửi lại.")
    if size > MAX_FILE_SIZE:
        raise BadFile(f"Tệp \"{path.name}\" quá lớn ({size // 2**20} MB) so với một báo cáo. "
                      "Hãy kiểm tra lại tệp hoặc đề nghị đơn vị gửi bản chỉ có biểu số liệu.")
    kind = _sniff(path, head)
    if kind == "text":
        book = _read_csv(path)
        if path.suffix.lower() != ".csv":
            book.notes.append(f"Tệp có đuôi {path.suffix} nhưng thực chất là tệp văn bản CSV; "
                              "đã đọc như CSV.")
        return book
    if kind == "html":
        raise BadFile(f"Tệp \"{path.name}\" thực chất là trang web (HTML) được đổi tên, không phải "
                      "bảng tính Excel. Hãy mở bằng Excel, chọn Lưu thành › Sổ làm việc Excel "
                      "(.xlsx) rồi nhập tệp mới.")
    if kind == "unknown":
        if not head.strip(b"\0"):
            raise _damaged(path.name)
        raise BadFile(f"Tệp \"{path.name}\" không phải bảng tính Excel, LibreOffice hay CSV. Hãy "
                      "kiểm tra lại tệp đính kèm.")
    scan, hint = XlsxScan(), None
    if kind == "zip":
        try:
            with zipfile.ZipFile(path) as archive:
                _check_zip(path, archive)
                names = set(archive.namelist())
                if "xl/workbook.xml" in names:
                    scan = scan_xlsx(archive, lambda member: _read_member(path, archive, member))
                    if scan.oversized:
                        raise _oversized(path.name, max(scan.oversized.values()))
                elif "content.xml" in names:
                    hint = _scan_ods(_read_member(path, archive, "content.xml"), scan)
                elif "xl/workbook.bin" in names:
                    raise BadFile(XLSB.format(name=path.name))
                else:
                    raise BadFile(f"Tệp \"{path.name}\" là tệp nén nhưng không phải bảng tính "
                                  "(có thể là tệp Word hoặc tệp nén .zip đổi tên). Hãy kiểm tra "
                                  "lại tệp đính kèm.")
                fmt = "xlsx" if "xl/workbook.xml" in names else "ods"
        except zipfile.BadZipFile:
            raise _damaged(path.name) from None
        except (zipfile.LargeZipFile, NotImplementedError, EOFError, OSError, ValueError,
                zlib.error) as exc:
            if "password" in str(exc).lower() or "encrypt" in str(exc).lower():
                raise _password(path) from None
            raise _damaged(path.name) from None
    else:
        fmt = "xls"
        if b"E\0n\0c\0r\0y\0p\0t\0e\0d\0P\0a\0c\0k\0a\0g\0e" in _ole_directory(path):
            raise _password(path)
        walked = biff.scan_xls(path)
        spans = (walked.spans if walked else None) or [0]
        if max(spans) > MAX_SHEET_CELLS:  # calamine would allocate it all, or abort
            raise _oversized(path.name, max(spans))
        scan.external = walked.external if walked else {}
    return _read_calamine(path, fmt, scan, hint)


def _scan_ods(content: bytes, scan: XlsxScan) -> str | None:
    """An .ods file's content.xml: the formulas without a stored value and those that
    fetch from outside into ``scan``; the legacy encoding its fonts imply (or None)."""
    unstored, external = ods_formulas(content)
    scan.unstored = {sheet: {cell_address(r, c) for r, c in cells}
                     for sheet, cells in unstored.items()}
    scan.external = {sheet: {cell_address(r, c) for r, c in cells}
                     for sheet, cells in external.items()}
    return ods_font_hint(content)


def _oversized(name: str, cells: int) -> BadFile:
    return BadFile(f"Tệp \"{name}\" có trang tính trải rộng bất thường ("
                   f"{cells:,} ô".replace(",", ".") + "), nhiều khả năng bị hỏng. Hãy mở tệp "
                   "bằng Excel, xóa các dòng/cột thừa ở cuối trang rồi lưu lại, hoặc đề nghị đơn "
                   "vị gửi lại.")


def _ole_directory(path: Path) -> bytes:
    """The first 64 KB of an OLE file: enough to see an "EncryptedPackage" stream name
    (how Excel stores a password-protected .xlsx)."""
    with path.open("rb") as handle:
        return handle.read(65536)


def damaged_file_error(exc: BaseException) -> bool:
    """True for what python-calamine raises on a damaged file: any Exception, or a Rust
    panic (pyo3's PanicException derives from BaseException, so ``except Exception`` lets
    it through); never for KeyboardInterrupt or SystemExit."""
    return isinstance(exc, Exception) or type(exc).__name__ == "PanicException"


def _read_calamine(path: Path, fmt: str, scan: XlsxScan, hint: str | None) -> Book:
    import python_calamine

    try:
        workbook = python_calamine.CalamineWorkbook.from_path(str(path))
    except python_calamine.PasswordError:
        raise _password(path) from None
    except BaseException as exc:  # calamine raises many kinds for broken files, even panics
        if not damaged_file_error(exc):
            raise
        raise _damaged(path.name) from None
    sheets: list[Sheet] = []
    try:
        for meta in workbook.sheets_metadata:
            if str(getattr(meta, "typ", "")).endswith(("ChartSheet", "Vba", "MacroSheet")):
                continue
            sheet = workbook.get_sheet_by_name(meta.name)
            if (sheet.total_height or 0) * (sheet.total_width or 0) > MAX_CELLS:
                raise BadFile(f"Trang \"{meta.name}\" của tệp \"{path.name}\" có quá nhiều ô "
                              "(hơn 2 triệu), không giống một báo cáo. Hãy xóa các hàng, cột thừa "
                              "rồi lưu lại.")
            rows = sheet.to_python(skip_empty_area=False)
            merged = []
            try:
                for (r0, c0), (r1, c1) in sheet.merged_cell_ranges or []:
                    merged.append((r0, c0, r1, c1))
            except BaseException as exc:  # not available for every format
                if not damaged_file_error(exc):
                    raise
                merged = []
            visible = str(meta.visible).endswith("Visible") and not str(
                meta.visible).endswith("VeryHidden")
            sheets.append(Sheet(meta.name, visible, [list(r) for r in rows], merged))
    except BadFile:
        raise
    except BaseException as exc:
        if not damaged_file_error(exc):
            raise
        raise _damaged(path.name) from None
    finally:
        workbook.close()
    typed: dict[str, int] = {}
    for parsed in sheets:
        for marker, addresses in ((NO_RESULT, scan.unstored.get(parsed.name, ())),
                                  (EXTERNAL, scan.external.get(parsed.name, ()))):
            for address in addresses:
                row, col = parse_address(address)
                while len(parsed.rows) <= row:
                    parsed.rows.append([])
                cells = parsed.rows[row]
                while len(cells) <= col:
                    cells.append("")
                cells[col] = marker
        for address, (encoding, capitals) in scan.fonts.get(parsed.name, {}).items():
            row, col = parse_address(address)
            text = parsed.cell(row, col)
            if isinstance(text, str) and text:
                parsed.rows[row][col] = _FontText(clean(legacy.convert_as(text, encoding,
                                                                          capitals)))
                typed[encoding] = typed.get(encoding, 0) + 1
    by_font = max(typed, key=lambda name: typed[name]) if typed else None
    return _finish(Book(path, fmt, sheets), hint or by_font, by_font)


class _FontText(str):
    """Text already converted by its cell's font (left alone by :func:`_finish`)."""


def _decode_csv(path: Path, data: bytes) -> str:
    if data.startswith(codecs.BOM_UTF8):
        return data[3:].decode("utf-8", errors="replace")
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return data.decode("utf-16", errors="replace")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    readings = [data.decode(enc, errors="replace") for enc in ("cp1258", "cp1252")]
    # Windows-1258 writes tone marks as combining characters: compose before judging
    import unicodedata

    readings[0] = unicodedata.normalize("NFC", readings[0])
    return max(readings, key=legacy._score)


def _read_csv(path: Path) -> Book:
    data = path.read_bytes()
    text = _decode_csv(path, data)
    sample = text[:8192]
    try:
        dialect = csv.Sniffer().sniff(sample, delimiters=",;\t|")
        delimiter = dialect.delimiter
    except csv.Error:
        delimiter = ";" if sample.count(";") > sample.count(",") else ","
    rows: list[list[object]] = [list(r) for r in csv.reader(io.StringIO(text),
                                                           delimiter=delimiter)]
    if len(rows) * max((len(r) for r in rows), default=0) > MAX_CELLS:
        raise BadFile(f"Tệp \"{path.name}\" có quá nhiều ô, không giống một báo cáo.")
    return _finish(Book(path, "csv", [Sheet(path.stem, True, rows)]))


@functools.lru_cache(maxsize=1 << 16)
def _clean_cell(text: str, encoding: str) -> str:
    return clean(legacy.to_unicode(text, encoding))


def _finish(book: Book, hint: str | None = None, by_font: str | None = None) -> Book:
    """Convert legacy text and clean every text cell. ``hint``: the encoding the cells'
    fonts point to (it wins when the statistics do not speak against it); cells converted
    by their own font are left as they are (``by_font``: the encoding of most of them)."""
    texts = [c for s in book.sheets for r in s.rows for c in r
             if isinstance(c, str) and c and type(c) is str]
    book.encoding = legacy.detect_encoding(texts, hint)
    if by_font and book.encoding == legacy.UNICODE:
        book.encoding = by_font  # the legacy cells were all converted by their fonts
    for sheet in book.sheets:
        for row in sheet.rows:
            for i, cell in enumerate(row):
                if isinstance(cell, str) and cell:
                    row[i] = str(cell) if type(cell) is _FontText else _clean_cell(
                        cell, book.encoding)
    if book.encoding != legacy.UNICODE:
        name = {"tcvn3": "TCVN3 (.VnTime)", "vni": "VNI-Windows"}[book.encoding]
        how = " (theo phông chữ của các ô)" if hint == book.encoding else ""
        book.notes.append(f"Chữ trong tệp gõ bằng bảng mã {name}{how}; đã chuyển sang Unicode.")
    if not any(not s.is_empty for s in book.visible_sheets):
        raise BadFile(f"Tệp \"{book.path.name}\" không có dữ liệu (bảng tính trống). Có thể đơn "
                      "vị gửi nhầm tệp: hãy đề nghị gửi lại tệp báo cáo đã điền.")
    return book
