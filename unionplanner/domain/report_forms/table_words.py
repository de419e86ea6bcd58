"""The words of a statistics table's header and surroundings: what a value column holds
(its aspect: plan, actual, estimate, budget, the level above's approval…), the period it
names, the money unit and scale stated ("ĐVT: 1.000 đồng"), code columns, and the figures a
form asks for above its table. Used by :mod:`unionplanner.domain.report_forms.anatomy`; the
rules come from the union's forms (QĐ
1454/QĐ-TLĐ), its finance forms (Hướng dẫn 1730/TLĐ) and sectors' statistics tables.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from enum import StrEnum

from unionplanner.core.text import clean, fold
from unionplanner.domain.report_forms.outline import is_female_label
from unionplanner.domain.sheets.workbook import Sheet

PATH_SEPARATOR = " › "


class Aspect(StrEnum):
    """What a value column holds, from its header words."""

    ACTUAL = "actual"          # Thực hiện, Kết quả, Số lượng, Số liệu
    PLAN = "plan"              # Kế hoạch, Chỉ tiêu giao
    ESTIMATE = "estimate"      # Ước thực hiện
    BUDGET = "budget"          # Dự toán
    UPPER = "upper"            # Cấp trên duyệt: the level above's column, not the unit's
    CUMULATIVE = "cumulative"  # Lũy kế
    RATIO = "ratio"            # Tỷ lệ %, So sánh
    OPENING = "opening"        # Đầu kỳ, Số dư đầu
    INCREASE = "increase"      # Tăng
    DECREASE = "decrease"      # Giảm
    CLOSING = "closing"        # Cuối kỳ, Số dư cuối
    FEMALE = "female"          # Nữ, Trong đó: nữ
    OTHER = "other"            # a category ("Đại học", "Nam"): a figure of its own


@dataclass
class OutsideFigure:
    """A figure asked for above the table ("- Số lao động : ………… Người"): its label, unit,
    and the cell where it is written (row, column; the label's cell)."""

    label: str
    unit: str
    row: int
    col: int


# --- words -------------------------------------------------------------------------------

_CODE_WORDS = ("ma so", "ma", "ma chi tieu", "ma so chi tieu", "ms", "ma dong", "ma hieu")
_ASPECTS: tuple[tuple[Aspect, tuple[str, ...]], ...] = (
    (Aspect.UPPER, ("cap tren duyet", "cap tren phe duyet", "duyet", "cap tren giao")),
    (Aspect.RATIO, ("ty le", "ti le", "so sanh", "%", "phan tram")),
    (Aspect.CUMULATIVE, ("luy ke", "cong don")),
    (Aspect.ESTIMATE, ("uoc thuc hien", "uoc th", "uoc")),
    (Aspect.BUDGET, ("du toan",)),
    (Aspect.PLAN, ("ke hoach", "chi tieu giao", "chi tieu ke hoach", "kh", "muc tieu",
                   "dang ky")),
    (Aspect.OPENING, ("dau ky", "so du dau", "ton dau", "dau nam")),
    (Aspect.CLOSING, ("cuoi ky", "so du cuoi", "ton cuoi", "cuoi nam")),
    (Aspect.INCREASE, ("tang", "tang trong ky", "phat sinh tang")),
    (Aspect.DECREASE, ("giam", "giam trong ky", "phat sinh giam")),
    (Aspect.ACTUAL, ("thuc hien", "ket qua", "so luong", "so lieu", "tong so", "tong",
                     "so tien", "gia tri", "th", "kq", "ky nay", "so thuc hien", "cung ky")),
)
PREVIOUS_WORDS = ("cung ky", "nam truoc", "ky truoc", "thang truoc", "quy truoc", "nam ngoai")
THIS_WORDS = ("ky nay", "nam nay", "thang nay", "quy nay", "ky bao cao")
YEAR_IN_TEXT = re.compile(r"(?<!\d)(19[5-9]\d|20\d\d)(?!\d)")
_SCALE = (("trieu dong", 1_000_000), ("tr dong", 1_000_000), ("trieu d", 1_000_000),
          ("ty dong", 1_000_000_000), ("nghin dong", 1000), ("ngan dong", 1000),
          ("1000 dong", 1000), ("1 000 dong", 1000), ("1000d", 1000), ("1 000d", 1000),
          ("1000 d", 1000), ("1 000 d", 1000))
#: the same phrases as whole words, compiled once (a header is read for each return)
_SCALE_WORDS = tuple((re.compile(rf"(?<![a-z]){re.escape(phrase)}(?![a-z])"), scale)
                     for phrase, scale in _SCALE)
#: a plain "đồng" as the unit itself, ending the text: "Số tiền (đồng)", "ĐVT: đồng", "VNĐ" —
#: not "Đồng chí", "đồng thời"
_PLAIN_DONG = re.compile(r"(?:^|\(|:|đvt|đơn vị tính|số tiền)\s*(?:vnđ|vnd|đồng|đ)\s*\)?$")
TABLE_UNIT_LINE = re.compile(r"^(?:don vi tinh|dvt|don vi)\s*:?\s*(.+)$")
_OUTSIDE = re.compile(r"(?:^|\s)[-–+•]?\s*([^:\-–+•]{3,80}?)\s*:\s*[.…_\s]{3,}\s*"
                      r"([^\s.…_][^.…_]{0,20})?")


#: a column headed with the count of women: "Số lao động nữ", "Số nữ" (Nghị định
#: 39/2016/NĐ-CP, Phụ lục XI) — a column header only: as a row, "Số lao động nữ" may be
#: an indicator of its own
_FEMALE_COUNT = re.compile(r"so\s+((lao dong|nguoi|doan vien|can bo|cong nhan)\s+)?nu")


@functools.lru_cache(maxsize=1 << 12)
def aspect_of(text: str) -> Aspect:
    """The aspect a value column's header words give (see :class:`Aspect`), from the most
    telling word anywhere in ``text`` (a path joined): "Cấp trên duyệt" wins over
    "Dự toán"; a header with none of the words is :attr:`Aspect.OTHER` (a category). A
    phrase is found inside one header cell, never across two ("Nam › Ngoài nhà nước" is
    not "năm ngoái")."""
    leaf = text.split(PATH_SEPARATOR)[-1]
    if is_female_label(leaf) or _FEMALE_COUNT.fullmatch(fold(leaf)):
        return Aspect.FEMALE
    cells = header_words(text.replace("%", " phan tram "))
    for aspect, phrases in _ASPECTS:
        if any(f" {p} " in words for p in phrases for words in cells):
            return aspect
    return Aspect.OTHER


def header_words(path: str) -> list[str]:
    """Each header cell of a joined ``path`` folded and padded with spaces (" ke hoach "),
    so that a phrase is looked for inside one cell."""
    return [f" {fold(part)} " for part in path.split(PATH_SEPARATOR)]


def scale_of(text: str) -> tuple[str, int] | None:
    """("đồng", 1000) for "(1.000 đồng)", "ĐVT: nghìn đồng"; ("đồng", 10^6) for "triệu
    đồng"; None when ``text`` names no money unit."""
    key = fold(text.replace(".", "").replace(",", ""))
    if "d" not in key:  # every phrase names đồng: most headers are settled here
        return None
    for pattern, scale in _SCALE_WORDS:
        if pattern.search(key):
            return "đồng", scale
    return ("đồng", 1) if _PLAIN_DONG.search(clean(text).lower()) else None


def is_code_header(text: str) -> bool:
    """"Mã số", "Mã chỉ tiêu", "MS": a column of identifiers, never figures."""
    key = fold(text)
    return key in _CODE_WORDS or key.startswith(("ma so ", "ma chi tieu "))


def cell_text(value: object) -> str:
    """A text cell cleaned; "" for a number or a blank."""
    return clean(value) if isinstance(value, str) else ""


def outside_figures(sheet: Sheet, top: int) -> list[OutsideFigure]:
    """The figures a form asks for above its table, one or two to a line: "- Số lao động :
    ……… Người   - Số CB chuyên trách CĐ : ……… Người" (the dotted gap is where the unit
    writes its figure)."""
    found: list[OutsideFigure] = []
    for r in range(max(0, top - 15), top):
        for c, cell in enumerate(sheet.rows[r]):
            text = cell_text(cell)
            if ":" not in text or not re.search(r"[.…_]{3,}", text):
                continue
            for match in _OUTSIDE.finditer(text):
                label = clean(match.group(1)).strip(" -–+•")
                unit = clean(match.group(2) or "")
                # a figure is asked with its unit ("… Người"); "Đơn vị báo cáo : ……" or
                # "Ngày : …… 2025" ask none
                if label and unit and not any(ch.isdigit() for ch in unit):
                    found.append(OutsideFigure(label, unit, r, c))
    return found
