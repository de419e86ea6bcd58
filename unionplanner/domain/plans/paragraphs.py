"""A plan document as paragraphs: what the readers (:mod:`unionplanner.domain.plans.reading`,
:mod:`unionplanner.domain.plans.pdf_layout`) give the extraction."""

from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass
class Paragraph:
    """One paragraph: its text (NFC, cleaned), layout hints, and ``index`` (its position in
    the document, which extracted items point back to). ``cell`` is (table, row, column) for
    text in a table, None in the body."""

    text: str
    index: int = 0
    bold: bool = False
    italic: bool = False
    centered: bool = False
    cell: tuple[int, int, int] | None = None
    bold_known: bool = False  # the file says what is bold (a .docx; a .txt with **…**)


#: a line that starts an item of a plan's body (a number, a bullet, a basis, the closing)
STARTS_ITEM = re.compile(r"^([IVX]+\.\s|\d{1,3}(\.\d{1,3})*\.(\s|$)|[a-zđ]\)\s|[-–+•]\s|Đợt \d|"
                         r"Căn cứ|Thực hiện|Nơi nhận|TM\.|KT\.|Số:|KẾ HOẠCH|BÁO CÁO)")
