"""Reading a scanned plan (a PDF of page images, no text layer — how signed and sealed
documents usually travel) with Tesseract OCR and its Vietnamese data, when the PC has them
(Debian ``tesseract-ocr tesseract-ocr-vie``, which the .deb recommends; on Windows the
Tesseract installer with Vietnamese ticked).

Each page's image is taken out of the PDF as it was scanned (pypdf; JPEG, Flate or CCITT
as Pillow reads them), read by Tesseract word by word with positions, and written back as
lines in the same shape pypdf's layout mode gives a PDF with text: each word at its column.
:mod:`unionplanner.domain.plans.pdf_layout` then reads the header's and the signature's
two columns and the paragraphs exactly as for any PDF. Tesseract is called through
pytesseract.
"""

from __future__ import annotations

import io
import ntpath
import os
import re
import shutil
import statistics
import tempfile
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from unionplanner.core.errors import UserError
from unionplanner.core.programs import windows_candidates
from unionplanner.domain.plans import scan_image

LANGUAGE = "vie"
#: the resolution Tesseract reads best at (a lower scan is enlarged to it), dots per inch
OCR_DPI = 300
#: the width of the page picture kept for the review screen (pixels)
PREVIEW_WIDTH = 900
#: CREATE_NO_WINDOW (Windows): a console program started without a console window
_NO_WINDOW = 0x08000000


class NoOcr(UserError):
    """The PC has no Tesseract, or no Vietnamese data for it."""


@dataclass
class OcrPage:
    """One scanned page read: ``text`` as layout lines (see the module text) and ``image``
    a PNG of the page, :data:`PREVIEW_WIDTH` wide, for the review screen."""

    text: str
    image: bytes


def tesseract_candidates(environ: Mapping[str, str]) -> list[str]:
    """Where Tesseract's Windows installer (UB Mannheim's, the one its project links to)
    puts tesseract.exe, most common first (:func:`unionplanner.core.programs.
    windows_candidates`): for all users under Program Files, for one user under
    %LOCALAPPDATA%\\Programs — read from ``environ``."""
    return windows_candidates(environ, ntpath.join("Tesseract-OCR", "tesseract.exe"))


def ascii_folder(folder: str, short_name: Callable[[str], str | None]) -> str | None:
    """A spelling of ``folder`` Tesseract can open: itself when it is plain ASCII, else its
    8.3 short name (``short_name``, GetShortPathNameW on Windows) when the volume keeps
    them; None when neither (Tesseract's Windows build takes its file names in the ANSI
    code page, so "C:\\Users\\Nguyễn\\AppData\\Local\\Temp" cannot be opened)."""
    if folder.isascii():
        return folder
    short = short_name(folder)
    return short if short and short.isascii() else None


def _short_name(path: str) -> str | None:
    import ctypes

    buffer = ctypes.create_unicode_buffer(1024)
    size = ctypes.windll.kernel32.GetShortPathNameW(path, buffer, len(buffer))  # type: ignore[attr-defined]
    return buffer.value if 0 < size < len(buffer) else None


def quiet(subprocess_args: Callable[..., dict[str, Any]]) -> Callable[..., dict[str, Any]]:
    """pytesseract's ``subprocess_args`` with CREATE_NO_WINDOW added: started from the
    windowed program, each run of the console program tesseract.exe would flash a console
    window (hiding it with SW_HIDE, as pytesseract does, still creates it)."""
    def args(*a: Any, **k: Any) -> dict[str, Any]:
        kwargs = subprocess_args(*a, **k)
        kwargs["creationflags"] = kwargs.get("creationflags", 0) | _NO_WINDOW
        return kwargs
    args.quiet = True  # type: ignore[attr-defined]
    return args


def _tesseract() -> Any:
    import pytesseract

    command = shutil.which("tesseract")
    if os.name == "nt":
        if command is None:
            command = next((p for p in tesseract_candidates(os.environ) if Path(p).exists()),
                           None)
        module = pytesseract.pytesseract
        if not getattr(module.subprocess_args, "quiet", False):
            module.subprocess_args = quiet(module.subprocess_args)
        temp = tempfile.gettempdir()
        if (usable := ascii_folder(temp, _short_name)) is None:
            usable = ntpath.join(os.environ.get("PROGRAMDATA") or r"C:\ProgramData",
                                 "UnionPlanner", "ocr")
            os.makedirs(usable, exist_ok=True)
        if usable != temp:
            tempfile.tempdir = usable  # the same folder, spelt so Tesseract can open it
    if command is not None:
        pytesseract.pytesseract.tesseract_cmd = command
    return pytesseract


def check_ocr(name: str) -> None:
    """Raise NoOcr (Vietnamese, naming the file ``name``) when Tesseract or its Vietnamese
    data is missing."""
    pytesseract = _tesseract()
    advice = ("Trên Linux cài gói tesseract-ocr-vie; trên Windows cài Tesseract OCR (chọn "
              "thêm tiếng Việt). Hoặc xin bản .docx của văn bản.")
    try:
        languages = pytesseract.get_languages(config="")
    except (pytesseract.TesseractNotFoundError, OSError):
        raise NoOcr(f"Tệp \"{name}\" là bản chụp (không có lớp chữ) và máy này chưa có chương "
                    f"trình nhận dạng chữ Tesseract. {advice}") from None
    if LANGUAGE not in languages:
        raise NoOcr(f"Tệp \"{name}\" là bản chụp; Tesseract trên máy này chưa có dữ liệu tiếng "
                    f"Việt. {advice}")


def page_count(path: Path) -> int:
    return len(_reader(path).pages)


def _reader(path: Path) -> Any:
    """The scanned PDF opened, decrypted when it needs no password to read (reading.py has
    refused those that do before a page reaches OCR)."""
    from pypdf import PdfReader

    reader = PdfReader(str(path))
    if reader.is_encrypted:
        reader.decrypt("")
    return reader


def read_page(path: Path, number: int) -> OcrPage:
    """OCR page ``number`` (from 0) of the scanned PDF ``path``. Raises UserError when the
    page holds no picture to read."""
    from unionplanner.domain.plans.scan_image import prepare_page

    image = _page_image(path, number)
    if image is None:
        raise UserError(f"Trang {number + 1} của tệp \"{path.name}\" không có chữ và cũng không "
                        "có ảnh quét để nhận dạng.")
    image = prepare_page(image)  # red seal out, 300 dpi, straightened, rule lines out
    # --psm 3: find the blocks (columns) of the page; no search for white-on-black text
    pytesseract = _tesseract()
    try:
        data = pytesseract.image_to_data(image, lang=LANGUAGE,
                                         config="--psm 3 -c tessedit_do_invert=0",
                                         output_type="dict")
    except (pytesseract.TesseractNotFoundError, pytesseract.TesseractError) as exc:
        check_ocr(path.name)  # says what is missing
        raise UserError(f"Tesseract không đọc được trang {number + 1} của tệp \"{path.name}\"."
                        " Hãy xin bản .docx của văn bản.", [str(exc)]) from None
    preview = image.copy()
    preview.thumbnail((PREVIEW_WIDTH, PREVIEW_WIDTH * 2))
    buffer = io.BytesIO()
    preview.save(buffer, "PNG", optimize=True)
    return OcrPage(mend_lines(layout_text(data)), buffer.getvalue())


#: the most pixels a scanned page's picture may declare (a 600-dpi A4 page has 35 million;
#: a picture declaring 60000 × 60000 is refused before anything is decoded)
MAX_PIXELS = 120_000_000
#: the width a page is read at (an A4 page at 300 dpi, what Tesseract needs): a 600-dpi scan
#: is decoded at half size straight from its JPEG data (Pillow's draft mode), never whole
OCR_WIDTH = scan_image.OCR_WIDTH


def _page_image(path: Path, number: int) -> Any:
    """The largest picture on page ``number`` (a scan has one) as a Pillow image, at most
    about :data:`OCR_WIDTH` wide for JPEG pictures; None when the page has none. Raises
    UserError (naming the page) for a picture over :data:`MAX_PIXELS`, an encoding this PC
    cannot decode (JBIG2 without jbig2dec) or damaged picture data."""
    page = _reader(path).pages[number]
    where = f"trang {number + 1} của tệp \"{path.name}\""
    try:
        best = _largest_picture(page)
        return _decode(best) if best is not None else None
    except _TooLarge as large:
        raise UserError(f"Ảnh quét ở {where} quá lớn để đọc ({large.args[0]} × "
                        f"{large.args[1]} điểm ảnh). Hãy quét lại ở 300 dpi rồi nhập "
                        "lại.") from None
    except Exception as exc:  # noqa: BLE001 - the picture's own damage, said per page
        if type(exc).__name__ in ("LimitReachedError", "DecompressionBombError", "MemoryError"):
            raise UserError(f"Ảnh quét ở {where} quá lớn để đọc. Hãy quét lại ở 300 dpi "
                            "(ảnh JPEG) rồi nhập lại.") from None
        if "jbig2" in f"{type(exc).__name__} {exc}".lower():
            raise UserError(f"Ảnh quét ở {where} được nén kiểu JBIG2 mà máy này không giải "
                            "được. Hãy quét lại ra PDF ảnh thường (JPEG) rồi nhập lại.") from None
        raise UserError(f"Ảnh quét ở {where} bị hỏng, không đọc được. Hãy quét lại trang "
                        "đó.", [f"{type(exc).__name__}: {str(exc)[:200]}"]) from None


class _TooLarge(Exception):
    """A picture that declares more than MAX_PIXELS: (width, height)."""


def _largest_picture(page: Any) -> Any:
    """The page's largest picture XObject by its declared size, None when it has none;
    _TooLarge for one over :data:`MAX_PIXELS` (measured before anything is decoded)."""
    pictures = []
    for _name, picture in _pictures(page):
        width, height = int(picture.get("/Width", 0)), int(picture.get("/Height", 0))
        if width * height > MAX_PIXELS:
            raise _TooLarge(width, height)
        if width > 0 and height > 0:
            pictures.append((width * height, picture))
    return max(pictures, key=lambda found: found[0])[1] if pictures else None


def _pictures(page: Any) -> list[tuple[str, Any]]:
    """The page's picture XObjects (name, dictionary), also those inside forms on it."""
    found: list[tuple[str, Any]] = []

    def walk(resources: Any, depth: int) -> None:
        objects = resources.get("/XObject") if resources is not None else None
        if objects is None or depth > 3:
            return
        for name, reference in objects.get_object().items():
            item = reference.get_object()
            if item.get("/Subtype") == "/Image":
                found.append((str(name), item))
            elif item.get("/Subtype") == "/Form":
                walk(item.get("/Resources"), depth + 1)

    walk(page.get("/Resources"), 0)
    return found


def _decode(picture: Any) -> Any:
    """A picture XObject as a Pillow image: JPEG data decoded by Pillow at the smallest
    scale still :data:`OCR_WIDTH` wide; anything else through pypdf (within its limits)."""
    from PIL import Image

    filters = picture.get("/Filter")
    names = [str(f) for f in filters] if isinstance(filters, list) else [str(filters)]
    if names == ["/DCTDecode"]:
        image = Image.open(io.BytesIO(picture.get_data()))
        if image.width * image.height > MAX_PIXELS:  # the JPEG's own header, not the PDF's
            raise _TooLarge(image.width, image.height)
        scale = max(1, image.width // OCR_WIDTH)
        # the colours kept: a red seal is taken out before the page turns grey
        image.draft(image.mode, (image.width // scale, image.height // scale))
        image.load()
        return image
    return picture.decode_as_image()


def layout_text(data: dict[str, list[Any]]) -> str:
    """Tesseract's words (``image_to_data`` as a dict: left, top, width, height, text,
    block_num, par_num, line_num) as text lines with each word at its column. Tesseract's
    own lines are kept whole (it follows a line's slight slope); lines of different blocks
    (its columns) whose middles are within half a line share a row, two lines of one
    block never do — so the recipients' column beside the signature, a few pixels off,
    does not pull "PHÓ CHỦ" away from "TỊCH". A column is the median width of a letter;
    words of two blocks, or far apart, get at least three spaces between them, words of
    one phrase one."""
    count = len(data["text"])
    keys = zip(data.get("block_num", [0] * count), data.get("par_num", [0] * count),
               data.get("line_num", range(count)), strict=False)
    words = [(int(left), int(top), int(width), int(height), str(text).strip(), key)
             for left, top, width, height, text, key in zip(
                 data["left"], data["top"], data["width"], data["height"], data["text"],
                 keys, strict=False)
             if str(text).strip()]
    if not words:
        return ""
    letter = statistics.median(w[2] / max(1, len(w[4])) for w in words) or 1.0
    tall = statistics.median(w[3] for w in words) or 1
    lines: dict[Any, list[tuple[int, int, int, int, str, Any]]] = {}
    for word in words:
        lines.setdefault(word[5], []).append(word)

    def middle(line: list[tuple[int, int, int, int, str, Any]]) -> float:
        return statistics.median(w[1] + w[3] / 2 for w in line)

    rows: list[tuple[float, list[Any]]] = []  # (the row's middle, its lines)
    for line in sorted(lines.values(), key=middle):
        here = middle(line)
        row = rows[-1] if rows else None
        if row is not None and abs(here - row[0]) <= tall / 2 \
                and all(other[0][5][0] != line[0][5][0] for other in row[1]):
            row[1].append(line)
        else:
            rows.append((here, [line]))
    left_edge = min(w[0] for w in words)
    text_lines = []
    for _middle, row_lines in rows:
        text, end, block_before = "", None, None
        for left, _top, width, _height, word, key in sorted(
                (w for line in row_lines for w in line), key=lambda w: w[0]):
            column = round((left - left_edge) / letter)
            if end is None:
                spaces = column
            elif key[0] != block_before or left - end > 1.5 * letter:
                spaces = max(3, column - len(text))  # another column (a word space is
                # about half a letter)
            else:  # the next word of the same phrase, whatever its letters' widths
                spaces = 1
            text += " " * spaces + word
            end, block_before = left + width, key[0]
        text_lines.append(text)
    return "\n".join(text_lines)


#: the fixed wordings of the official format (Nghị định 30/2020/NĐ-CP, Phụ lục I: the
#: national title and motto, the signature's titles): OCR drops their marks under bold
#: type ("CHỦ TICH", "GỘNG HÒA"); a column's text this close to one is that wording
FORMULAS = ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
            "TM. BAN THƯỜNG VỤ", "TM. BAN CHẤP HÀNH", "TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH",
            "PHÓ CHỦ TỊCH THƯỜNG TRỰC", "PHÓ CHỦ TỊCH", "CHỦ TỊCH", "Nơi nhận:")
_FORMULA_SCORE = 85
_SEGMENT = re.compile(r"\S+(?: \S+)*")
#: a heading's Roman numeral as OCR misreads it in bold type ("II." read "H.", "I." "L")
_ROMAN_SLIPS = {"H": "II", "IH": "III", "HI": "III", "Il": "II", "lI": "II", "ll": "II",
                "1I": "II", "I1": "II", "L": "I", "l": "I", "1V": "IV", "lV": "IV"}
_HEADING = re.compile(r"^(\s*)(H|IH|HI|Il|lI|ll|1I|I1|L|l|1V|lV)\s*[.,:]?\s+"
                      r"(?=[A-ZĐÀÁẢÃẠÂẦẤẨẪẬĂẰẮẲẴẶÈÉẺẼẸÊỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢÙÚỦŨỤƯỪỨỬỮỰỲÝỶỸỴ]"
                      r"{2,}(?:[ ,][A-ZĐ]))")


#: "Số: 45KH-CĐN": the number's slash lost (a thin stroke) before the symbol, which the
#: official format always writes "Số: 45/KH-CĐN" (Nghị định 30/2020/NĐ-CP, Phụ lục I)
_NUMBER_SLASH = re.compile(r"(\bS[ốô]\s*:?\s*\d{1,5})(?=[A-ZĐ]{1,6}(?:[-–][A-ZĐ]))")
_PART = re.compile(r"^(\s*)([IVX]+)(?=\.\s+[A-ZĐÀ-Ỹ]{2,})")


def mend_lines(text: str) -> str:
    """OCR's layout lines with the slips of a scanned official document mended, each at its
    column: a column's text within a letter or two of a fixed wording (:data:`FORMULAS`)
    becomes that wording; a heading's misread Roman numeral ("H. NỘI DUNG") becomes the
    numeral ("II. NỘI DUNG"), a part's numeral read as the one before it ("II." after
    "II.", the last stroke lost) the next, and a number's lost slash is put back ("Số:
    45KH-CĐN" → "Số: 45/KH-CĐN"). Text PDFs never need this."""
    from rapidfuzz import fuzz

    from unionplanner.domain.plans.outline import roman

    mended = []
    numerals = {roman(n): n for n in range(1, 40)}
    previous = 0  # the last part's number: "II." read twice is II then III
    for line in text.splitlines():
        heading = _HEADING.match(line)
        if heading:
            line = (heading.group(1) + _ROMAN_SLIPS[heading.group(2)] + ". "
                    + line[heading.end():])
        line = _NUMBER_SLASH.sub(r"\1/", line)
        part = _PART.match(line)
        if part and part.group(2) in numerals:
            number = numerals[part.group(2)]
            if number == previous:
                number += 1
                line = part.group(1) + roman(number) + line[part.end(2):]
            previous = number
        pieces = []
        last = 0
        for segment in _SEGMENT.finditer(line):
            words = segment.group()
            best = max(FORMULAS, key=lambda f: fuzz.ratio(words.upper(), f.upper()))
            if words != best and len(words) >= 6 and abs(len(words) - len(best)) <= 3 \
                    and fuzz.ratio(words.upper(), best.upper()) >= _FORMULA_SCORE:
                words = best
            pieces.append(line[last:segment.start()] + words)
            last = segment.end()
        mended.append("".join(pieces) + line[last:])
    return "\n".join(mended)
