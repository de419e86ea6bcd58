"""What an official document is made of, independent of PDF or Word, and the figures of its
format.

Source: Nghị định 30/2020/NĐ-CP, Phụ lục I (layout, type sizes) and Phụ lục III, as the trade
union applies them (Quyết định 933/QĐ-TLĐ of 14/5/2024). A writer
(:mod:`unionplanner.domain.documents.pdf`, :mod:`unionplanner.domain.documents.word`) renders an
:class:`OfficialDocument`: the header block, the document type and title, an optional
"Kính gửi:", body paragraphs, tables, and the closing block.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

# --- page (millimetres) ------------------------------------------------------------------------
PAGE_WIDTH_MM, PAGE_HEIGHT_MM = 210, 297
MARGIN_TOP_MM = 20
MARGIN_BOTTOM_MM = 20
MARGIN_LEFT_MM = 30
MARGIN_RIGHT_MM = 15
HEADER_LEFT_SHARE = 0.42          # the left column of the header block (~40 %)

# --- type (points) -------------------------------------------------------------------------
BODY_PT = 14                      # body 13–14
HEADER_PT = 13                    # bodies' names, national title 12–13
MOTTO_PT = 14                     # "Độc lập - Tự do - Hạnh phúc" 13–14
RECIPIENTS_TITLE_PT = 12          # "Nơi nhận:" 12 bold italic
RECIPIENTS_PT = 11                # its lines 11
PAGE_NUMBER_PT = 13               # 13–14, top centre, from page 2
FIRST_LINE_INDENT_MM = 10         # 1 cm
PARAGRAPH_SPACE_PT = 6            # at least 6 pt between paragraphs
LINE_SPACING = 1.15               # single to 1.5

NATIONAL_TITLE = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
MOTTO = "Độc lập - Tự do - Hạnh phúc"

# paragraph kinds a body is made of
BODY = "body"          # justified, first-line indent
HEADING = "heading"    # bold (a part heading is given in capitals by the caller)
ITALIC = "italic"      # e.g. "(Các hoạt động nêu trên sẽ có kế hoạch riêng)"
CENTER = "center"      # centred, e.g. an appendix line


@dataclass
class Paragraph:
    """A body paragraph: its text (plain; the writer escapes it) and kind."""

    text: str
    kind: str = BODY


@dataclass
class Table:
    """A table in the body: header rows (bold, repeated on each page), rows, the share of
    the width each column takes, which columns are numbers (right-aligned), which rows are
    totals (bold), the type size (smaller for wide appendix tables), and the header's
    merged cells: ``spans`` (first column, first row, last column, last row), counted in
    the header rows, the text in the first cell and the others blank."""

    header: list[list[str]]
    rows: list[list[str]]
    widths: list[float]
    numeric: set[int] = field(default_factory=set)
    bold_rows: set[int] = field(default_factory=set)
    size: float = 12
    spans: list[tuple[int, int, int, int]] = field(default_factory=list)


@dataclass
class Chart:
    """A horizontal bar chart: one bar per label (values in ``unit``, e.g. "%"), a reference
    line at ``reference`` (100 % of a target), bars at or past it green, below it red —
    unless ``plain``. Word documents show it as a small table."""

    title: str
    labels: list[str]
    values: list[float]
    unit: str = "%"
    reference: float | None = 100.0
    plain: bool = False


@dataclass
class Appendix:
    """"Phụ lục I" with its title, the line "(Kèm theo …)", and its content; ``landscape``
    for wide tables."""

    number: str
    title: str
    attached_to: str
    body: list = field(default_factory=list)
    landscape: bool = False


@dataclass
class Closing:
    """"Nơi nhận:" with its lines, and the signature block."""

    recipients: list[str] = field(default_factory=list)
    authority: str = ""
    title: str = ""
    name: str = ""
    delegation: str = ""  # "KT. CHỦ TỊCH" under the authority, above the title


@dataclass
class OfficialDocument:
    """A whole document. ``number_text`` is "Số: 05/KH-LĐLĐ" as printed; ``date`` may be
    None (then "ngày … tháng … năm …" is left to fill by hand)."""

    issuer: str
    parent_body: str
    number_text: str
    place: str
    date: dt.date | None
    doc_type: str
    title: str
    recipient_line: str = ""          # "Kính gửi: …" (reports to a higher body)
    body: list[Paragraph | Table | Chart] = field(default_factory=list)
    closing: Closing = field(default_factory=Closing)
    appendices: list[Appendix] = field(default_factory=list)

    def place_and_date(self) -> str:
        """"Tuy Phước, ngày 05 tháng 6 năm 2023": day below 10 and months 1–2 with a leading
        zero (Nghị định 30/2020/NĐ-CP, Phụ lục I)."""
        place = self.place or "…"
        if self.date is None:
            return f"{place}, ngày     tháng     năm"
        month = f"{self.date.month:02d}" if self.date.month <= 2 else str(self.date.month)
        return f"{place}, ngày {self.date.day:02d} tháng {month} năm {self.date.year}"
