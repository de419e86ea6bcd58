"""Learning a report form from the blank Excel template the office sent down: its indicators,
and for the union's statistics forms its headings, value columns and periods."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from unionplanner.core.errors import UserError
from unionplanner.core.text import clean, fold
from unionplanner.domain.report_forms.kinds import IndicatorKind, guess_kind
from unionplanner.domain.report_forms.outline import (
    FEMALE,
    HEADING,
    SUB,
    classify,
    is_ditto,
    is_female_label,
)
from unionplanner.domain.report_forms.periods import PeriodKind
from unionplanner.domain.report_forms.service import FormShape, IndicatorFields
from unionplanner.domain.sheets.detect import (
    ROWS,
    Table,
    find_tables,
    header_block,
    header_role,
    split_unit,
)
from unionplanner.domain.sheets.workbook import read_book


@dataclass
class IndicatorDraft:
    """An indicator before it is stored: text, unit of measure, kind (guessed), position,
    and what the template's outline says (see
    :class:`~unionplanner.domain.report_forms.models.Indicator`)."""

    name: str
    unit_of_measure: str
    kind: str
    position: int
    code: str = ""
    number: str = ""
    parent_code: str | None = None
    columns: list[int] | None = None
    base_code: str | None = None


@dataclass
class FormDraft:
    """What a template says: the heading printed on it, its indicators in order and its
    shape (value columns, period kinds, headings)."""

    title: str
    indicators: list[IndicatorDraft]
    source: str
    shape: FormShape = field(default_factory=FormShape)

    def fields(self) -> list[IndicatorFields]:
        """The indicators as :func:`unionplanner.domain.report_forms.service.create_form`
        takes them."""
        return [IndicatorFields(i.name, i.unit_of_measure, i.kind, i.code or None, i.number,
                                i.parent_code, i.columns, i.base_code)
                for i in self.indicators]


def learn_form(path: str | Path) -> FormDraft:
    """Read a blank template: its table (TT | Nội dung | Đơn vị tính | value columns | Ghi
    chú), each indicator with its unit of measure (or the one in brackets after the text,
    or the row above's for a ditto mark) and a guessed kind
    (:func:`unionplanner.domain.report_forms.kinds.guess_kind`); section and group headings
    (:mod:`unionplanner.domain.report_forms.outline`), which carry no value; indicators under
    another; the value columns ("Tổng số | Trong đó: Nữ"), with the "x" cells that say a
    column does not apply; a weighted average and its base; the periods the header names.

    Raises UserError (Vietnamese) when the file cannot be read or holds no such table.
    """
    path = Path(path)
    book = read_book(path)
    best = None
    marker = book.marker()
    # an office's summary sent up: its exchange sheet is the form (see summary.export)
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
    header = header_block(best.sheet, best)
    value_cols, labels = _value_columns(best)
    indicators, headings, female = _read_rows(best, value_cols)
    columns = [_column_label(label) for label in labels] if len(value_cols) > 1 else []
    if female and not any(is_female_label(c) for c in columns):
        # "- Trong đó: nữ" lines: the same figure as a "Nữ" column of their indicator
        columns = [columns[0] if columns else "Tổng số", "Nữ"]
        for item in indicators:
            item.columns = [0, 1] if item.code in female else [0]
    shape = FormShape(columns, _period_kinds(header), headings)
    return FormDraft(_title(header), indicators, path.name, shape)


def _value_columns(table: Table) -> tuple[list[int], list[str]]:
    """The sheet columns holding values and their labels (the lowest header row that says
    something): one column ("Kết quả", "Số lượng"), or a split such as "Tổng số | Trong đó:
    Nữ" under a merged "Số lượng". Plan, comparison and note columns are not values."""
    sheet = table.sheet
    rows = list(table.header_rows)
    below = rows[-1] + 1
    if below < len(sheet.rows) and not clean(sheet.cell(below, table.label_col)):
        rows.append(below)  # a second header row the detector did not need
    first = max(c for c in (table.label_col, table.uom_col) if c is not None) + 1
    found: list[tuple[int, str]] = []
    width = max(len(sheet.rows[r]) for r in rows)
    for col in range(first, width):
        texts = [clean(sheet.cell(r, col)) for r in rows]
        label = next((t for t in reversed(texts) if t), "")
        role = header_role(texts[0]) if texts[0] else None
        if role in ("note", "plan") or fold(label).startswith(("ghi chu", "so sanh", "ke hoach")):
            continue
        if label:
            found.append((col, label))
    if table.value_col is not None and len(found) < 2:
        return [table.value_col], [clean(sheet.cell(rows[0], table.value_col))]
    return [c for c, _ in found], [label for _, label in found]


def _column_label(label: str) -> str:
    """A value column's label as the form calls it: "Trong đó: Nữ" → "Nữ"."""
    return "Nữ" if is_female_label(label) else clean(label)


def _read_rows(table: Table, value_cols: list[int]
               ) -> tuple[list[IndicatorDraft], list[dict[str, Any]], set[str]]:
    """Indicators (with parents, applying columns, averages), headings, and the codes of
    indicators followed by a "- Trong đó: nữ" line."""
    sheet = table.sheet
    number_col = _number_column(table)
    indicators: list[IndicatorDraft] = []
    headings: list[dict[str, Any]] = []
    pending: list[dict[str, Any]] = []
    female: set[str] = set()
    parent: IndicatorDraft | None = None
    last_unit = ""
    for row in table.data_rows:
        text, bracket_unit = split_unit(table.label(row))
        unit = table.unit_of_measure(row) or bracket_unit
        line = classify(sheet.cell(row, number_col) if number_col is not None else "", text,
                        unit)
        if line.kind == HEADING:
            if line.text:
                pending.append({"level": line.level, "number": line.number, "text": line.text})
            continue
        if line.kind == FEMALE:
            if parent is not None:
                female.add(parent.code)
            continue
        unit = last_unit if is_ditto(unit) else unit
        last_unit = unit or last_unit
        item = IndicatorDraft(line.text, unit, guess_kind(line.text, unit), len(indicators) + 1,
                              f"CT{len(indicators) + 1:02d}", line.number)
        applies = [i for i, col in enumerate(value_cols)
                   if fold(sheet.cell(row, col)) not in ("x", "-x-")]
        item.columns = applies if len(applies) < len(value_cols) else None
        if line.kind == SUB and parent is not None:
            item.parent_code = parent.code
            if (base := _rate_base(line.text, indicators)) is not None:
                item.kind, item.base_code = IndicatorKind.RATE, base.code
            if parent.kind == IndicatorKind.MONEY and "binh quan" in fold(parent.name) and \
                    _is_base(line.text) and parent.base_code is None:
                parent.kind, parent.base_code = IndicatorKind.AVERAGE, item.code
        else:
            parent = item
        for heading in pending:
            headings.append({"before": item.code, **heading})
        pending = []
        indicators.append(item)
    return indicators, headings, female


_RATE = re.compile(r"^t[iy] le so voi (.+?)(?: nu)?\s*%?$")


def _rate_base(text: str, above: list[IndicatorDraft]) -> IndicatorDraft | None:
    """The indicator a "+ Tỷ lệ so với tổng số lao động (nữ)" line is compared with: the
    indicator above whose text is the one named (QĐ 1454/QĐ-TLĐ, Mẫu 2-HĐCĐ); None when the
    line is not such a rate or names nothing on the form (then units fill it in)."""
    match = _RATE.match(fold(text))
    if match is None:
        return None
    named = match.group(1).strip()
    return next((i for i in above if fold(i.name) == named), None) or next(
        (i for i in above if fold(i.name).startswith(named)), None)


def _is_base(text: str) -> bool:
    """"+ Số người được tính", "Số lao động được tính bình quân": the base of an average."""
    key = fold(text)
    return "duoc tinh" in key or key.startswith(("so nguoi tinh", "so lao dong tinh"))


def _number_column(table: Table) -> int | None:
    """The TT column: the header cell saying TT/STT left of the labels, else None."""
    for row in table.header_rows:
        for col in range(0, table.label_col):
            if header_role(table.sheet.cell(row, col)) == "stt":
                return col
    return table.label_col - 1 if table.label_col > 0 else None


def _period_kinds(texts: list[str]) -> list[str]:
    """The periods a template's header names: "6 THÁNG ĐẦU NĂM", "(Số liệu tính đến ngày :
    31/5 30/11)" — the union's statistics are half-yearly and yearly (QĐ 1454/QĐ-TLĐ) —,
    "QUÝ …", else months."""
    key = " ".join(fold(t) for t in texts)
    dates = " ".join(re.sub(r"\s+", "", t) for t in texts)  # "31 / 5" as "31/5"
    cutoff = bool(re.search(r"(?<!\d)(31/0?5|30/11)(?!\d)", dates))
    kinds: list[str] = []
    if "6 thang" in key or "sau thang" in key or cutoff:
        kinds.append(PeriodKind.HALF_YEAR)
    if cutoff or re.search(r"\bnam\s*:", " ".join(t.lower() for t in texts)):
        kinds.append(PeriodKind.YEAR)
    if re.search(r"\bquy\b", key):
        kinds.append(PeriodKind.QUARTER)
    return [str(k) for k in kinds] or [str(PeriodKind.MONTH)]


def _title(texts: list[str]) -> str:
    """The template's heading: the first line saying BIỂU/BÁO CÁO/KẾT QUẢ, else the longest."""
    skip = ("cong hoa xa hoi", "doc lap tu do", "kem theo")
    candidates = [t for t in texts if not fold(t).startswith(skip)]
    for text in candidates:
        if fold(text).startswith(("bieu", "bao cao", "ket qua", "bang tong hop", "tong hop")):
            return text
    return max(candidates, key=len, default="")
