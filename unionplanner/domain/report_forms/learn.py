"""Learning a report form from the blank Excel template the office sent down."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from unionplanner.core.errors import UserError
from unionplanner.core.text import fold
from unionplanner.domain.report_forms.kinds import guess_kind
from unionplanner.domain.report_forms.service import IndicatorFields
from unionplanner.domain.sheets.detect import ROWS, find_tables, header_block, split_unit
from unionplanner.domain.sheets.workbook import read_book


@dataclass
class IndicatorDraft:
    """An indicator before it is stored: text, unit of measure, kind (guessed), position."""

    name: str
    unit_of_measure: str
    kind: str
    position: int


@dataclass
class FormDraft:
    """What a template says: the heading printed on it and its indicators in order."""

    title: str
    indicators: list[IndicatorDraft]
    source: str

    def fields(self) -> list[IndicatorFields]:
        """The indicators as :func:`unionplanner.domain.report_forms.service.create_form`
        takes them."""
        return [IndicatorFields(i.name, i.unit_of_measure, i.kind) for i in self.indicators]


def learn_form(path: str | Path) -> FormDraft:
    """Read the indicators of a blank template (STT | Nội dung | Đơn vị tính | Kết quả):
    one per row of its table, with the unit of measure of the row (or in brackets after the
    text) and a guessed kind (:func:`unionplanner.domain.report_forms.kinds.guess_kind`).

    Raises UserError (Vietnamese) when the file cannot be read or holds no such table.
    """
    path = Path(path)
    book = read_book(path)
    best = None
    marker = book.marker()
    # an office's summary sent up: its exchange sheet is the form (see reports.export)
    only = str(marker.get("sheet")) if marker and marker.get("kind") == "exchange" else None
    for sheet in book.visible_sheets:
        if only and sheet.name != only:
            continue
        for table in find_tables(sheet):
            if table.layout == ROWS and (best is None
                                         or len(table.data_rows) > len(best.data_rows)):
                best = table
    if best is None or len(best.data_rows) < 1:
        raise UserError(f"Không tìm thấy bảng chỉ tiêu trong \"{path.name}\". Mẫu cần có một bảng "
                        "với cột \"Nội dung\" (hoặc \"Chỉ tiêu\") và mỗi chỉ tiêu một dòng.")
    indicators: list[IndicatorDraft] = []
    for row in best.data_rows:
        text, bracket_unit = split_unit(best.label(row))
        unit = best.unit_of_measure(row) or bracket_unit
        if not text:
            continue
        indicators.append(IndicatorDraft(text, unit, guess_kind(text, unit), len(indicators) + 1))
    return FormDraft(_title(header_block(best.sheet, best)), indicators, path.name)


def _title(texts: list[str]) -> str:
    """The template's heading: the first line saying BIỂU/BÁO CÁO/KẾT QUẢ, else the longest."""
    skip = ("cong hoa xa hoi", "doc lap tu do", "kem theo")
    candidates = [t for t in texts if not fold(t).startswith(skip)]
    for text in candidates:
        if fold(text).startswith(("bieu", "bao cao", "ket qua", "bang tong hop", "tong hop")):
            return text
    return max(candidates, key=len, default="")
