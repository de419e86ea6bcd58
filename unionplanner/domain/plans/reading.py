"""Reading a plan document into paragraphs: .docx (python-docx, text in tables included — the
header and signature blocks are usually borderless tables), .txt, .pdf with a text layer
(pypdf), and .doc by converting it with LibreOffice when that is installed.

Each :class:`Paragraph` keeps what the extraction needs of the layout: bold, italic, centred,
and where it stood (body, or a table cell: row and column). Paragraphs a page break cut in two
(the second starts in lower case, the first has no closing punctuation) are joined again.
"""

from __future__ import annotations

import logging
import re
import stat
import tempfile
import zipfile
from pathlib import Path
from typing import Any

from unionplanner.core.errors import UserError
from unionplanner.core.isolation import read_isolated
from unionplanner.core.progress import CancelToken, ProgressFn, no_progress
from unionplanner.core.text import clean, fold
from unionplanner.domain.plans.paragraphs import STARTS_ITEM, Paragraph

logger = logging.getLogger(__name__)

SUFFIXES = (".docx", ".txt", ".pdf", ".doc")


#: the largest plan document read (bytes on disk; a .txt far less), and what a .docx may
#: unpack to — a plan is a few pages; beyond is a wrong file or a zip bomb
MAX_DOCUMENT_BYTES, MAX_TEXT_BYTES, MAX_UNPACKED_BYTES = 50 * 2**20, 5 * 2**20, 200 * 2**20


def _check_size(path: Path) -> None:
    """Refuse, before reading, what is not a regular file or is bigger than any plan."""
    try:
        info = path.stat()
    except OSError:
        raise UserError(f"Không tìm thấy tệp \"{path}\".") from None
    if not stat.S_ISREG(info.st_mode):  # a FIFO would block the read forever
        raise UserError(f"\"{path.name}\" không phải một tệp thông thường. Hãy chọn tệp văn bản "
                        "kế hoạch (.docx, .doc, .pdf, .txt).")
    limit = MAX_TEXT_BYTES if path.suffix.lower() == ".txt" else MAX_DOCUMENT_BYTES
    if info.st_size > limit:
        raise UserError(f"Tệp \"{path.name}\" quá lớn ({info.st_size // 2**20} MB) so với một văn "
                        "bản kế hoạch. Hãy kiểm tra lại đúng tệp chưa.")
    if path.suffix.lower() == ".docx":
        try:
            with zipfile.ZipFile(path) as archive:
                unpacked = sum(item.file_size for item in archive.infolist())
        except Exception:  # BadZipFile, NotImplementedError ("zip file version 14.8")…:
            return         # python-docx then says it is damaged, with the usual message
        if unpacked > MAX_UNPACKED_BYTES:
            raise UserError(f"Tệp \"{path.name}\" giải nén ra {unpacked // 2**20} MB — bất thường "
                            "với một văn bản Word. Hãy mở bằng Word, lưu lại rồi thử lại.")


#: Longest one plan document may take to read (seconds), a .doc's conversion included.
READ_SECONDS = 180


#: Longest one scanned page may take to read with OCR (seconds), and the memory cap of the
#: worker then (Tesseract, which it starts, shares the cap; a page needs ~200 MB).
OCR_PAGE_SECONDS, OCR_MEMORY_MB = 120, 1024
#: the most pages of a scan read with OCR (a plan is a few pages; ~12 s a page)
OCR_MAX_PAGES = 40
_ADVICE = "Hãy mở bằng Word, lưu lại dưới dạng .docx rồi thử lại."


class ScannedPdf(UserError):
    """A PDF without a text layer: its pages are pictures (a scan)."""


def read_paragraphs(path: str | Path) -> list[Paragraph]:
    """The paragraphs of a plan document, in reading order (see :func:`read_document`)."""
    return read_document(path)[0]


def read_document(path: str | Path, progress: ProgressFn = no_progress,
                  cancel: CancelToken | None = None) -> tuple[list[Paragraph], list[bytes]]:
    """The paragraphs of a plan document in reading order, and for a scanned PDF a PNG
    picture of each page (an empty list otherwise). Raises UserError (Vietnamese) for a
    missing, unsupported, damaged or text-less file; a scanned PDF is read with OCR
    (:mod:`unionplanner.domain.plans.ocr`) page by page, ``progress(done, pages, text)``
    after each, Cancelled when ``cancel`` is set, NoOcr when the PC has no Tesseract.

    The reading runs in a worker process (:func:`unionplanner.core.isolation.run_isolated`):
    at most :data:`READ_SECONDS` seconds (:data:`OCR_PAGE_SECONDS` a scanned page) and the
    worker's memory cap; a document that makes a reader hang, allocate without end or
    abort is refused and the program goes on."""
    path = Path(path)
    try:
        return read_isolated(_read_paragraphs_here, path, timeout=READ_SECONDS,
                             advice=_ADVICE), []
    except ScannedPdf:
        pass
    from unionplanner.core.isolation import ReadTimedOut, WorkerDied, run_isolated
    from unionplanner.domain.plans import ocr
    from unionplanner.domain.plans.pdf_layout import layout_paragraphs

    try:
        run_isolated(ocr.check_ocr, path.name, timeout=60, memory_mb=OCR_MEMORY_MB)
        pages = run_isolated(ocr.page_count, path, timeout=60, memory_mb=OCR_MEMORY_MB)
    except (ReadTimedOut, WorkerDied, MemoryError):
        raise UserError(f"Không mở được chương trình nhận dạng chữ cho tệp \"{path.name}\". "
                        "Hãy xin bản .docx của văn bản.") from None
    if pages > OCR_MAX_PAGES:
        raise UserError(f"Tệp \"{path.name}\" là bản chụp dài {pages} trang — quá dài với một "
                        "kế hoạch để nhận dạng chữ. Hãy kiểm tra đúng tệp chưa, hoặc xin bản "
                        ".docx của văn bản.")
    logger.info("OCR of %s: %d page(s)", path.name, pages)
    texts, images = [], []
    for number in range(pages):
        progress(number, pages, f"Đang nhận dạng chữ trang {number + 1}/{pages}")
        try:
            page = run_isolated(ocr.read_page, path, number, timeout=OCR_PAGE_SECONDS,
                                cancel=cancel, memory_mb=OCR_MEMORY_MB)
        except (ReadTimedOut, WorkerDied, MemoryError):
            logger.warning("OCR of %s stopped on page %d", path.name, number + 1)
            raise UserError(f"Không nhận dạng được trang {number + 1} của tệp \"{path.name}\" "
                            "(ảnh quét quá lớn hoặc bị hỏng). Hãy xin bản .docx của văn bản."
                            ) from None
        texts.append(page.text)
        images.append(page.image)
    progress(pages, pages, "")
    return _numbered(_join_broken([p for p in layout_paragraphs(texts) if p.text]),
                     path), images


def _read_paragraphs_here(path: Path) -> list[Paragraph]:
    """:func:`read_paragraphs`' work, in the calling process (the reading worker runs this)."""
    _check_size(path)
    suffix = path.suffix.lower()
    if suffix == ".docx":
        paragraphs = _read_docx(path)
    elif suffix == ".txt":
        paragraphs = _read_txt(path)
    elif suffix == ".pdf":
        paragraphs = _read_pdf(path)
    elif suffix == ".doc":
        paragraphs = _read_doc(path)
    else:
        raise UserError(f"Tệp \"{path.name}\" không phải văn bản đọc được (chỉ nhận .docx, .doc, "
                        ".pdf, .txt).")
    return _numbered(_join_broken([p for p in paragraphs if p.text]), path)


def _numbered(paragraphs: list[Paragraph], path: Path) -> list[Paragraph]:
    if not paragraphs:
        raise UserError(f"Tệp \"{path.name}\" không có chữ nào đọc được. Nếu là bản chụp (PDF "
                        "ảnh), hãy xin bản .docx của văn bản.")
    for index, paragraph in enumerate(paragraphs):
        paragraph.index = index
    return paragraphs


def _styled(paragraph: Any, text: str, cell: Any = None,
            styles: dict[Any, Any] | None = None) -> Paragraph:
    runs = [r for r in paragraph.runs if r.text.strip()]
    style = _style(paragraph, {} if styles is None else styles)

    def all_of(attribute: str) -> bool:
        if not runs:
            return False
        style_font = style.font if style is not None else None
        return all(getattr(r.font, attribute) or (getattr(r.font, attribute) is None and
                   style_font is not None and getattr(style_font, attribute)) for r in runs)

    # read the raw value: files saved by LibreOffice or WPS say "start"/"end", which
    # python-docx's alignment enum does not know
    alignment = paragraph._p.xpath("./w:pPr/w:jc/@w:val")
    if not alignment and style is not None:
        alignment = style.element.xpath("./w:pPr/w:jc/@w:val")
    return Paragraph(text=text, bold=all_of("bold"), italic=all_of("italic"),
                     centered=bool(alignment) and alignment[0] == "center", cell=cell,
                     bold_known=True)


def _style(paragraph: Any, styles: dict[Any, Any]) -> Any:
    """The paragraph's style, looked up once per style id: python-docx finds the default
    style by walking every style each time, which made a plan with a 1,000-row table take
    20 s (issue 29 item 8)."""
    properties = paragraph._p.pPr
    style_id = properties.style if properties is not None else None
    if style_id not in styles:
        styles[style_id] = paragraph.style
    return styles[style_id]


def _read_docx(path: Path) -> list[Paragraph]:
    import docx
    from docx.table import Table
    from docx.text.paragraph import Paragraph as DocxParagraph

    try:
        document = docx.Document(str(path))
    except Exception:  # python-docx raises many kinds for broken files
        raise UserError(f"Tệp \"{path.name}\" bị hỏng hoặc không phải tệp Word .docx. Hãy mở "
                        "bằng Word và lưu lại rồi thử lại.") from None
    found: list[Paragraph] = []
    tables = 0
    styles: dict[Any, Any] = {}  # style id → style, for :func:`_style`

    def add_table(table: Any, number: int) -> None:
        seen = set()
        for r, row in enumerate(table.rows):
            for c, cell in enumerate(row.cells):
                if cell._tc in seen:  # merged cells repeat (the set keeps them alive)
                    continue
                seen.add(cell._tc)
                for item in cell.iter_inner_content():
                    if isinstance(item, DocxParagraph):
                        for line in item.text.split("\n"):
                            found.append(_styled(item, clean(line), (number, r, c), styles))
                    else:
                        add_table(item, number)

    try:
        for item in document.iter_inner_content():
            if isinstance(item, Table):
                add_table(item, tables)
                tables += 1
            elif isinstance(item, DocxParagraph):
                for line in item.text.split("\n"):
                    found.append(_styled(item, clean(line), styles=styles))
    except (ValueError, KeyError, AttributeError):  # malformed parts python-docx rejects
        raise UserError(f"Không đọc được nội dung tệp \"{path.name}\" (cấu trúc Word không chuẩn)."
                        " Hãy mở bằng Word, lưu lại dưới dạng .docx rồi thử lại.") from None
    return found


def _read_txt(path: Path) -> list[Paragraph]:
    """A plain-text plan (UTF-8, else Windows-1258/1252), a line a paragraph; "**" marks
    bold; a line of cells joined by "|" (a web page's table) gives each cell."""
    data = path.read_bytes()
    for encoding in ("utf-8-sig", "cp1258", "cp1252"):
        try:
            text = data.decode(encoding)
            break
        except UnicodeDecodeError:
            continue
    else:  # none fits (a damaged file, or bytes cp1252 leaves undefined): read what is UTF-8
        text = data.decode("utf-8", errors="replace")
    found = []
    for line in text.splitlines():
        # a table copied from a web page: its cells joined by "|", one after the other
        for cell in [c for c in line.split("|") if c.strip()] if "|" in line else [line]:
            bold = bool(re.fullmatch(r"\s*\*\*.*\*\*\s*", cell)) or cell.strip().startswith("**")
            cell = re.sub(r"\*{1,2}", "", cell)  # markdown emphasis: "Số: *11* /KH-LĐLĐ"
            found.append(Paragraph(text=clean(cell), bold=bold))
    if any(p.bold for p in found):  # the file marks bold: the rest is upright
        for paragraph in found:
            paragraph.bold_known = True
    return _join_wrapped([p for p in found if p.text])


_ENDS_SENTENCE = re.compile(r"[.:;!?]$")


def _continues(before: str, line: str, wrapped: bool) -> bool:
    """Whether ``line`` goes on the line ``before`` in a text copied with hard line breaks
    (a law site's page copied as text: "ỦY" / "BAN NHÂN DÂN", "Số:" / "29/KH-UBND", "Bắc" /
    "Trung, ngày …", "… kế hoạch triển" / "khai thực hiện …")."""
    if STARTS_ITEM.match(line) or re.match(r"\(?\d{1,3}[).]\s", line):  # also "1) …"
        return False
    if " " not in before.strip():  # a word alone: "ỦY", "CỘNG", "Số:", a place's first word
        if before.isupper() and line.isupper() and len(before) <= 6:
            return True
        if fold(before).rstrip(":") == "so" and re.match(r"[\d/]", line):
            return True
        if before[:1].isupper() and re.match(r"^[\wÀ-ỹ]+, ngày\b", line):
            return True
    if _ENDS_SENTENCE.search(before) or before.isupper():
        return False
    if line[:1].islower() or re.match(r"\d", line):  # "khai thực hiện", "7/2024."
        return True
    # a capital going on a sentence ("… của Thủ tướng" / "Chính phủ: …"): only in a file
    # that shows it was wrapped, after a line long enough to have been cut
    return wrapped and len(before) >= 30 and before.rsplit(" ", 1)[-1][:1].islower()


def _join_wrapped(lines: list[Paragraph]) -> list[Paragraph]:
    """Lines of a hard-wrapped text joined into the paragraphs they were cut from (see
    :func:`_continues`); a file without such breaks is left as it is."""
    wrapped = sum(1 for a, b in zip(lines, lines[1:], strict=False)
                  if b.text[:1].islower() and not _ENDS_SENTENCE.search(a.text)
                  and not STARTS_ITEM.match(b.text)) >= 2
    found: list[Paragraph] = []
    for line in lines:
        if found and _continues(found[-1].text, line.text, wrapped):
            found[-1].text = f"{found[-1].text} {line.text}"
            found[-1].bold = found[-1].bold and line.bold
        else:
            found.append(line)
    return found


def _read_pdf(path: Path) -> list[Paragraph]:
    """A PDF with a text layer, read by position (:mod:`unionplanner.domain.plans.pdf_layout`:
    the header's and the signature's columns apart)."""
    from pypdf import PdfReader

    from unionplanner.domain.plans.pdf_layout import layout_paragraphs

    try:
        reader = PdfReader(str(path))
        _open_encrypted(reader, path)
        _check_contents(reader, path)
        pages = [page.extract_text(extraction_mode="layout") or "" for page in reader.pages]
        if not any(_letters(page) for page in pages):
            # the layout mode found nothing where the plain extraction may find hundreds
            # of letters (text drawn in ways the layout mode does not place)
            plain = [page.extract_text() or "" for page in reader.pages]
            if any(_letters(page) for page in plain):
                pages = plain
    except UserError:
        raise
    except Exception:
        raise UserError(f"Tệp PDF \"{path.name}\" bị hỏng, không đọc được.") from None
    letters = sum(_letters(page) for page in pages)
    if pages and (letters == 0 or letters < SCANNED_LETTERS * len(pages)
                  and _has_pictures(reader)):
        # no text, or only a digital signature's stamp over the scanned pictures
        raise ScannedPdf(f"Tệp \"{path.name}\" là bản chụp (không có lớp chữ).")
    return layout_paragraphs(pages)


#: the most a PDF page's drawing instructions may unpack to (a typed plan page needs tens of
#: kilobytes; tens of megabytes kept the layout extraction busy for minutes)
MAX_PAGE_CONTENT = 8 * 2**20


def _check_contents(reader: Any, path: Path) -> None:
    """Refuse, before any text is extracted, a page whose content stream unpacks to more
    than :data:`MAX_PAGE_CONTENT` bytes (pypdf's own limit stops at 75 MB)."""
    for number, page in enumerate(reader.pages, 1):
        contents = page.get_contents()
        size = len(contents.get_data()) if contents is not None else 0
        if size > MAX_PAGE_CONTENT:
            raise UserError(f"Trang {number} của tệp \"{path.name}\" chứa {size // 2**20} MB lệnh "
                            "vẽ — bất thường với một văn bản kế hoạch. Hãy xin bản .docx hoặc "
                            "in lại ra PDF.")


def _letters(text: str) -> int:
    return len(re.findall(r"[^\W\d_]", text))


def _open_encrypted(reader: Any, path: Path) -> None:
    """Open an encrypted PDF that needs no password to read (an owner password only, which
    restricts printing or copying — most "protected" PDFs); UserError for one that asks a
    password to open, or whose AES encryption this build cannot undo."""
    if not reader.is_encrypted:
        return
    try:
        opened = reader.decrypt("")
    except Exception:  # AES without a crypto library in this build (pypdf's DependencyError)
        raise UserError(f"Tệp \"{path.name}\" được mã hóa kiểu AES mà chương trình chưa mở "
                        "được. Hãy xin bản PDF không mã hóa (hoặc mở rồi in ra PDF mới).") \
            from None
    if not opened:
        raise UserError(f"Tệp \"{path.name}\" có mật khẩu. Hãy xin bản không đặt mật khẩu.")


#: fewer letters than this a page, over pictures, is a scan (a typed page has thousands;
#: an electronic signature's stamp — "Ký bởi: …, Thời gian ký: …" — about a hundred)
SCANNED_LETTERS = 200


def _has_pictures(reader: Any) -> bool:
    try:
        return any(len(page.images) for page in reader.pages)
    except Exception:  # a damaged picture: read the text there is
        return False


def _read_doc(path: Path) -> list[Paragraph]:
    """A .doc: a Word 97–2003 binary or RTF through LibreOffice, offline
    (:mod:`~unionplanner.domain.plans.word_binary`); a web page saved under a Word name read
    here (:mod:`~unionplanner.domain.plans.word_html`); anything else refused."""
    from unionplanner.domain.plans import word_binary, word_html

    with path.open("rb") as file:
        head = file.read(4096)
    if word_html.looks_like_html(head):
        return word_html.read_html(path.read_bytes())
    if not word_binary.is_word_binary(head):
        raise UserError(f"Tệp \"{path.name}\" mang đuôi .doc nhưng không phải tệp Word (hỏng, "
                        "hoặc là loại tệp khác đổi tên). Hãy xin lại tệp .docx hoặc PDF của văn "
                        "bản.")
    with tempfile.TemporaryDirectory() as folder:
        return _read_docx(word_binary.convert_to_docx(path, Path(folder)))


def _join_broken(paragraphs: list[Paragraph]) -> list[Paragraph]:
    """Join a paragraph a page break split: the next starts in lower case and the first does
    not end a sentence ("… các điển" + "hình tiên tiến …")."""
    found: list[Paragraph] = []
    for paragraph in paragraphs:
        if (found and paragraph.cell is None and found[-1].cell is None
                and paragraph.text[:1].islower() and not re.search(r"[.:;!?]$", found[-1].text)
                and len(found[-1].text) > 80):
            found[-1].text = f"{found[-1].text} {paragraph.text}"
        else:
            found.append(paragraph)
    return found
