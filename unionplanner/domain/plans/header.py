"""The header of an administrative document (Nghị định 30/2020/NĐ-CP, Phụ lục I): on the left
the parent body and the issuing body, each on one or more lines, over a short rule, then
"Số: 39/KH-LĐLĐ"; on the right the national title and motto, then "Lai Châu, ngày 23 tháng
02 năm 2024".

How the left column splits into bodies follows how the column is written, not any one file:

- when the file says which line is bold, the bold lines are the issuing body and the upright
  ones above them the parent body;
- otherwise by the names of bodies: a line that begins a body ("LIÊN ĐOÀN LAO ĐỘNG …",
  "LĐLĐ TỈNH …", "CÔNG ĐOÀN GIÁO DỤC …", "CĐCS TRƯỜNG …", "ỦY BAN NHÂN DÂN …", "SỞ …",
  "HUYỆN ỦY …") starts one; a line that does not ("VIỆT NAM", "THÀNH PHỐ HÀ NỘI", "TỈNH SÓC
  TRĂNG") continues the body above, as does any line after an unfinished name ("ỦY BAN NHÂN
  DÂN", "BAN CHẤP HÀNH"). One body is the issuer alone — the Tổng Liên đoàn Lao động Việt Nam
  has no parent in a union header; with two, the first is the parent.

Tone marks are compared in their modern placement ("CỘNG HOÀ" is "CỘNG HÒA"), and a header
copied from a web page (the place and the date on two lines; its "|" cells the text reader
gives one by one) reads the same as the document.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from unionplanner.core.text import clean, fold, modern_tones
from unionplanner.domain.plans.document import PlanDocument
from unionplanner.domain.plans.when import parse_date

#: "Số: 39/KH-LĐLĐ", also as typed in haste: "Só:", "So:", "Sô:" (a tone mark slipped)
NUMBER = re.compile(r"^s[oóòỏõọôốồổỗộ]\s*:?\s*(\d*)\s*/\s*([^\s,]+)", re.I)
#: "Lai Châu, ngày 23 …", also "ngày2 tháng" (the space forgotten)
PLACE_DATE = re.compile(r"^(.{2,60}?),\s*ngày(?![^\W\d_])", re.I)
NATIONAL = re.compile(r"(CỘNG\s*HÒA\s*XÃ\s*HỘI\s*CHỦ\s*NGHĨA\s*VIỆT\s*NAM|Độc\s*lập\s*[-–]\s*Tự"
                      r"\s*do\s*[-–]\s*Hạnh\s*phúc)", re.I)

# folded words that begin the name of a body (union, party, state, school, enterprise)
_BODY_START = re.compile(
    r"^(tong lien doan|lien doan|ldld|cong doan|cdcs|cd |uy ban|ubnd|hoi dong|hdnd|ban |so |"
    r"phong |truong |dang uy|dang bo|chi bo|(tinh|thanh|huyen|quan|thi|xa|phuong|dang) uy|"
    r"doan |hoi |bo |vien |trung tam|cong ty|tong cong ty|benh vien|mat tran|cuc |chi cuc|"
    r"van phong|hoc vien|dai hoc|ngan hang|tap doan|nghiep doan)")
# a name that is not finished at the end of its line: the next line carries on
_UNFINISHED = re.compile(
    r"^(tong lien doan lao dong|lien doan lao dong|uy ban nhan dan|hoi dong nhan dan|"
    r"ban chap hanh|ban thuong vu|doan chu tich|thuong truc|uy ban mat tran to quoc|"
    r"cong doan|cong doan co so|cong doan nganh)$")


@dataclass
class HeaderLine:
    """One line of the header as read: its text and whether the file prints it bold (None:
    the file does not say, as in a .txt or a PDF)."""

    text: str
    bold: bool | None = None
    index: int | None = None  # the paragraph it was read from


def pieces(lines: list[HeaderLine]) -> list[HeaderLine]:
    """The header lines with the national title and motto cut out, a "Số: …" and a
    place-and-date on one line split apart, and a place ("Hà Nội,") joined to the date on
    the next line."""
    found: list[HeaderLine] = []
    for line in _unwrap_national(lines):
        text = clean(line.text.replace("*", " "))
        start = 0
        for match in [*NATIONAL.finditer(modern_tones(text)), None]:
            end = match.start() if match else len(text)
            _add(found, text[start:end], line.bold, line.index)
            start = match.end() if match else end
    joined: list[HeaderLine] = []
    for line in found:
        if joined and joined[-1].text.endswith(",") and re.match(r"ngày\b", line.text, re.I):
            joined[-1] = HeaderLine(f"{joined[-1].text} {line.text}", joined[-1].bold,
                                    joined[-1].index)
        else:
            joined.append(line)
    return joined


def _unwrap_national(lines: list[HeaderLine]) -> list[HeaderLine]:
    """The header's lines with a national title wrapped over two lines ("CỘNG HÒA XÃ HỘI
    CHỦ NGHĨA" / "VIỆT NAM" in a narrow column) cut out of both."""
    lines = [HeaderLine(clean(line.text), line.bold, line.index) for line in lines]
    for number in range(len(lines) - 1):
        first, second = lines[number], lines[number + 1]
        combined = f"{first.text} {second.text}"
        match = NATIONAL.search(modern_tones(combined))  # same length: slices the original
        if match and match.start() < len(first.text) < match.end():
            first.text, second.text = combined[:match.start()], combined[match.end():]
    return lines


def _add(found: list[HeaderLine], text: str, bold: bool | None, index: int | None) -> None:
    part = text.strip(" _-–.")
    if not part or not re.search(r"[^\W_\d]", part):
        return
    number = NUMBER.match(part)
    if number and PLACE_DATE.search(part[number.end():]):
        found.append(HeaderLine(part[:number.end()], bold, index))
        found.append(HeaderLine(part[number.end():].strip(), bold, index))
    else:
        found.append(HeaderLine(part, bold, index))


def read_header(doc: PlanDocument, lines: list[HeaderLine]) -> dict[str, int]:
    """Fill ``doc``'s parent body, issuer, number, symbol, place and date from the header's
    lines (the paragraphs before the document type). Returns where each came from: field
    ("number", "date", "parent", "issuer") → the paragraph index of its (first) line."""
    names: list[HeaderLine] = []
    sources: dict[str, int] = {}
    for line in pieces(lines):
        text = line.text
        number = NUMBER.match(text)
        place = PLACE_DATE.match(text)
        if number:
            doc.number = int(number.group(1)) if number.group(1) else None
            doc.symbol = number.group(2).strip()
        elif place:
            doc.place = place.group(1).strip()
            doc.date = parse_date(text)
        elif text.upper() == text and len(text.split()) <= 14:
            names.append(line)
            continue
        else:
            continue
        if line.index is not None:
            sources["number" if number else "date"] = line.index
    doc.parent_body, doc.issuer = split_bodies(names)
    for field, name in (("parent", doc.parent_body), ("issuer", doc.issuer)):
        first = next((line.index for line in names if name and name.startswith(line.text)
                      and line.index is not None), None)
        if first is not None:
            sources[field] = first
    return sources


def split_bodies(lines: list[HeaderLine]) -> tuple[str, str]:
    """(parent body, issuing body) of the left column's upper-case lines (see the module
    text); "" where there is none."""
    if not lines:
        return "", ""
    bold = [line.bold for line in lines]
    if True in bold and False in bold:
        first_bold = bold.index(True)
        if all(bold[first_bold:]):  # the issuer in bold under its upright parent
            return (_join(lines[:first_bold]), _join(lines[first_bold:]))
    bodies = group_bodies([line.text for line in lines])
    if len(bodies) == 1:
        return "", bodies[0]
    return " ".join(bodies[:-1]), bodies[-1]


def group_bodies(texts: list[str]) -> list[str]:
    """The names of bodies the lines of a header's left column make (see the module
    text): ``["TỔNG LIÊN ĐOÀN LAO ĐỘNG", "VIỆT NAM"]`` → one, ``["LĐLĐ TỈNH BÌNH ĐỊNH",
    "LIÊN ĐOÀN LAO ĐỘNG", "HUYỆN TUY PHƯỚC"]`` → two."""
    bodies: list[str] = []
    for text in texts:
        key = fold(text) + " "
        if bodies and (not _BODY_START.match(key) or _UNFINISHED.match(fold(bodies[-1]))):
            bodies[-1] = f"{bodies[-1]} {text}"
        else:
            bodies.append(text)
    return bodies


def _join(lines: list[HeaderLine]) -> str:
    return " ".join(line.text for line in lines)


#: the labels of a law site's table about the document, above the copy of it ("Số hiệu |
#: 152/KH-UBND", "Cơ quan ban hành | Tỉnh …"): the page's, never the document's header
_PAGE_LABELS = {"so hieu", "ngay ban hanh", "loai van ban", "co quan ban hanh", "nguoi ky",
                "linh vuc", "ngay co hieu luc", "tinh trang", "tinh trang hieu luc",
                "ngay cong bao", "so cong bao", "ngay het hieu luc", "noi ban hanh"}


def without_page_table(header: list[HeaderLine]) -> list[HeaderLine]:
    """``header`` less a law site's table of the document's properties (each label and
    the value after it)."""
    kept: list[HeaderLine] = []
    skip_value = False
    for paragraph in header:
        if skip_value:
            skip_value = False
            continue
        if fold(paragraph.text.strip(" |:")) in _PAGE_LABELS:
            skip_value = True
            continue
        kept.append(paragraph)
    return kept
