"""Learning a report form from the blank Excel template the office sent down, whatever its
shape: its indicators, headings, totals, value columns and periods, read through the table's
anatomy (:mod:`unionplanner.domain.report_forms.anatomy`)."""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from unionplanner.core.errors import UserError
from unionplanner.core.text import clean, fold
from unionplanner.domain.report_forms.anatomy import (
    Anatomy,
    Aspect,
    ColumnRole,
    LaidColumn,
    RowRole,
    read_anatomy,
    short_names,
)
from unionplanner.domain.report_forms.kinds import IndicatorKind, guess_kind
from unionplanner.domain.report_forms.outline import is_ditto, is_female_label
from unionplanner.domain.report_forms.periods import PeriodKind, stated_period
from unionplanner.domain.report_forms.service import FormShape, IndicatorFields
from unionplanner.domain.report_forms.table_words import PATH_SEPARATOR, cell_text, scale_of
from unionplanner.domain.sheets import detect
from unionplanner.domain.sheets.detect import header_role
from unionplanner.domain.sheets.workbook import Book, read_book

logger = logging.getLogger(__name__)


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
    total_of: list[str] | None = None
    form_code: str | None = None


@dataclass
class FormDraft:
    """What a template says: the heading printed on it, its indicators in order and its
    shape (value columns, period kinds, headings)."""

    title: str
    indicators: list[IndicatorDraft]
    source: str
    shape: FormShape = field(default_factory=FormShape)
    #: what the clerk should know about the learning (columns left out, figures above the
    #: table not taken), one Vietnamese sentence each
    notes: list[str] = field(default_factory=list)
    #: the table as read, for the clerk to check and correct the roles of its rows and
    #: columns (None for a draft not learnt from a template)
    anatomy: Anatomy | None = field(default=None, repr=False, compare=False)

    def fields(self) -> list[IndicatorFields]:
        """The indicators as :func:`unionplanner.domain.report_forms.service.create_form`
        takes them."""
        return [IndicatorFields(i.name, i.unit_of_measure, i.kind, i.code or None, i.number,
                                i.parent_code, i.columns, i.base_code, i.total_of,
                                i.form_code)
                for i in self.indicators]


def learn_form(path: str | Path) -> FormDraft:
    """Read a blank template of any shape (see :mod:`unionplanner.domain.report_forms.
    anatomy`): its indicators down the rows — each with its unit of measure (or the one in
    brackets after the text, the row above's for a ditto mark, the table's "Đơn vị tính:
    đồng"), a guessed kind (:func:`unionplanner.domain.report_forms.kinds.guess_kind`) and
    the code the form prints ("Mã số": never a figure) —; section and group headings
    (:mod:`unionplanner.domain.report_forms.outline`), which carry no value; lines under an
    indicator; total rows with the rows they sum; its value columns named by their header
    paths ("Trình độ › Đại học › Nữ"), with the "x" cells that say a column does not apply;
    a weighted average and its base; the periods the header names. Two rows of the same
    words are told apart by their section. What is left out (plan and ratio columns, figures
    asked for above the table) is said in :attr:`FormDraft.notes`.

    Raises UserError (Vietnamese, naming the file) when the file cannot be read or holds no
    such table; never anything else."""
    path = Path(path)
    book = read_book(path)
    try:
        return _learn(book, path)
    except UserError:
        raise
    except Exception:  # an odd table must give a sentence, not a traceback
        logger.exception("learning the form %s failed", path)
        raise UserError(f"Không hiểu được cấu trúc bảng trong \"{path.name}\". Hãy mở tệp, "
                        "kiểm tra hàng tiêu đề của bảng (tên các cột) rồi thử lại, hoặc tạo "
                        "mẫu báo cáo bằng tay.") from None


def _learn(book: Book, path: Path) -> FormDraft:
    marker = book.marker()
    # an office's summary sent up: its exchange sheet is the form (see summary.export)
    only = str(marker.get("sheet")) if marker and marker.get("kind") == "exchange" else None
    best: Anatomy | None = None
    downs: list[Anatomy] = []
    for sheet in book.visible_sheets:
        if only and sheet.name != only or sheet.is_empty:
            continue
        anatomy = read_anatomy(sheet)
        if anatomy is not None and _units_down(anatomy):
            downs.append(anatomy)
        elif anatomy is not None and (best is None or _weight(anatomy) > _weight(best)):
            best = anatomy
    if downs and (best is None or _weight(best) <= _weight(downs[0])):
        return _units_down_draft(downs[0], path.name)
    if best is None or _weight(best) < 1:
        raise UserError(f"Không tìm thấy bảng chỉ tiêu trong \"{path.name}\". Mẫu cần có một bảng "
                        "với cột \"Nội dung\" (hoặc \"Chỉ tiêu\") và mỗi chỉ tiêu một dòng.")
    return draft_from_anatomy(best, path.name)


#: a row naming a grassroots union: "Công đoàn Công ty …", "CĐCS Trường …", "Nghiệp đoàn …"
_UNIT_ROW = re.compile(r"^(cong doan|cdcs|cd |nghiep doan)")


def _units_down(anatomy: Anatomy) -> bool:
    """Whether ``anatomy`` is a table of units down the rows (a "bảng tổng hợp" each CĐCS
    fills one row of, indicators across): its label column is headed by a unit word ("Tên
    công đoàn cơ sở", "Tên CĐCS") and its rows are blank for the units to fill, or most of
    them name grassroots unions. A label column "Tên đơn vị" over named rows ("Văn phòng",
    "Phòng Nội vụ") is a table of indicators (the staff table of Thông tư 11/2012/TT-BNV)."""
    heads = [cell_text(anatomy.sheet.cell(r, anatomy.label_col)) for r in anatomy.header_rows]
    if not any(header_role(h) == "unit" for h in heads if h):
        return False
    labels = [fold(r.label) for r in anatomy.rows if r.role != RowRole.TOTAL and r.label]
    return sum(1 for label in labels if _UNIT_ROW.match(label)) * 2 >= len(labels)


def _units_down_draft(anatomy: Anatomy, source: str) -> FormDraft:
    """The form a units-down table asks (``anatomy`` its table read whole; ``source`` the
    file name; UserError when it has no value column), read as returns of that shape are read (the
    cluster layout of :func:`unionplanner.domain.sheets.detect.find_tables`, so learning
    and reading name the columns alike): each value column an indicator named by its header
    ("Kết nạp mới", "Số lao động" with its unit from "(người)"); a column split in "Tổng số
    | Nữ" one indicator with a "Nữ" column."""
    header = [clean(c) for row in anatomy.sheet.rows[:anatomy.header_rows[0]] for c in row
              if isinstance(c, str) and clean(c)]
    table = detect.units_table_at(anatomy.sheet, anatomy.header_rows[0])
    columns = table.columns if table is not None else []
    indicators: list[IndicatorDraft] = []
    split_in_two: set[str] = set()
    for column, after in zip(columns, [*columns[1:], None]):
        if column.split and is_female_label(column.split):
            continue  # the "Nữ" half of the indicator before it
        money = scale_of(column.unit_of_measure)
        unit = money[0] if money else column.unit_of_measure
        position = len(indicators) + 1
        item = IndicatorDraft(column.label, unit, guess_kind(column.label, unit), position,
                              f"CT{position:02d}", str(position))
        if after is not None and after.split and is_female_label(after.split) and \
                after.group == column.group:
            split_in_two.add(item.code)
        indicators.append(item)
    if not indicators:
        raise UserError(f"Bảng trong \"{source}\" không có cột số liệu (chỉ có tên, mã, đơn "
                        "vị tính, ghi chú). Hãy kiểm tra hàng tiêu đề của bảng.")
    labels = ["Tổng số", "Nữ"] if split_in_two else []
    for item in indicators:
        item.columns = ([0, 1] if item.code in split_in_two else [0]) if labels else None
    notes = [f"Bảng có mỗi đơn vị một dòng: mỗi cột số liệu là một chỉ tiêu ({len(indicators)}"
             " chỉ tiêu); báo cáo của mỗi đơn vị được đọc ở dòng mang tên đơn vị."]
    shape = FormShape(labels, _period_kinds(header), [],
                      {"units_down": True, "year": _template_year(header)})
    # no row roles to check (the rows are units): the clerk goes straight to the indicators
    return FormDraft(_title(header), indicators, source, shape, notes, None)


def draft_from_anatomy(best: Anatomy, source: str) -> FormDraft:
    """The form a table read whole says (see :func:`learn_form`), from ``best`` as the
    learner read it or as the clerk corrected it (a row's or a column's role changed:
    :mod:`unionplanner.domain.report_forms.review`); ``source`` the template's file name.
    Raises UserError when the table has no value column or no indicator."""
    header = [clean(c) for row in best.sheet.rows[:best.header_rows[0]] for c in row
              if isinstance(c, str) and clean(c)]
    notes: list[str] = []
    kept = _value_columns(best, notes)
    if not kept:
        raise UserError(f"Bảng trong \"{source}\" không có cột số liệu (chỉ có tên, mã, đơn "
                        "vị tính, ghi chú). Hãy kiểm tra hàng tiêu đề của bảng.")
    indicators, headings, female, row_scales = _read_rows(best, [c.index for c in kept])
    # one value column needs no name; several are named by the shortest telling path
    columns = [_column_label(name) for name in short_names(
        {c.index: c.path for c in kept}).values()] if len(kept) > 1 else []
    if female and not any(is_female_label(c) for c in columns):
        # "- Trong đó: nữ" lines: the same figure as a "Nữ" column of their indicator
        columns = [columns[0] if columns else "Tổng số", "Nữ"]
        for item in indicators:
            item.columns = [0, 1] if item.code in female else [0]
    asked = _outside_indicators(best, indicators, several=len(columns) > 1)
    if asked:
        notes.append(f"{len(asked)} số liệu ghi phía trên bảng ("
                     + "; ".join(f"\"{i.name}\"" for i in asked[:4])
                     + (" ..." if len(asked) > 4 else "")
                     + ") là chỉ tiêu của mẫu, đọc ở dòng của nó khi nhập báo cáo.")
    indicators = asked + indicators
    for position, item in enumerate(indicators, 1):
        item.position = position
    code = best.column(ColumnRole.CODE)
    if code is not None:
        notes.append(f"Cột \"{code.name}\" là mã của chỉ tiêu, không phải số liệu.")
    layout = layout_of(best, kept)
    layout["year"] = _template_year(header)
    if row_scales:  # rows in "triệu đồng", "1.000 đồng": code → multiplier to đồng
        layout["row_scales"] = row_scales
    layout["outside"] = [{**entry, "name": item.name}
                         for entry, item in zip(layout["outside"], asked)]
    empty = [name for name, c in zip(columns or ["Số liệu"], layout["columns"])
             if c["blank"] == "none"]
    if empty:
        notes.append("Ô để trống ở cột " + ", ".join(f"\"{n}\"" for n in empty) + " được hiểu "
                     "là chưa có số liệu (không phải 0).")
    if not indicators:
        raise UserError(f"Bảng trong \"{source}\" không còn chỉ tiêu nào: hãy đặt vai trò "
                        "\"Chỉ tiêu\" cho ít nhất một dòng.")
    shape = FormShape(columns, _period_kinds(header), headings, layout)
    return FormDraft(_title(header), indicators, source, shape, notes, best)


def _weight(anatomy: Anatomy) -> int:
    return sum(1 for r in anatomy.rows if r.role in (RowRole.INDICATOR, RowRole.LINE))


def _value_columns(anatomy: Anatomy, notes: list[str]) -> list[LaidColumn]:
    """The columns a unit fills in for the period, the main one first: plan, ratio and
    comparison columns are left out (a plan is a target, a ratio is computed) unless they
    are all the table has (a form asking for plans); when the
    first column is of another period or the level above's, the unit's own comes first."""
    kept: list[LaidColumn] = []
    if all(c.aspect in (Aspect.PLAN, Aspect.RATIO) for c in anatomy.value_columns):
        return list(anatomy.value_columns)  # a form of plans only: the plan is the figure
    for column in anatomy.value_columns:
        if column.aspect in (Aspect.PLAN, Aspect.RATIO):
            notes.append(f"Bỏ qua cột \"{column.name}\" ("
                         + ("kế hoạch, không phải số thực hiện" if column.aspect == Aspect.PLAN
                            else "tỷ lệ, được tính lại khi tổng hợp") + ").")
            continue
        kept.append(column)
    own = [c for c in kept if c.is_own]
    if kept and own and kept[0] not in own:
        kept.remove(own[0])
        kept.insert(0, own[0])
    return kept


def layout_of(anatomy: Anatomy, kept: list[LaidColumn]) -> dict[str, Any]:
    """What a version keeps of its template's table (``FormVersion.layout``): each value
    column as learnt (header ``path``, ``aspect``, ``when``, ``year``, ``unit``, ``scale``),
    in the form's column order, with what a blank cell in it means (``blank``:
    :func:`blank_reading`); the table's ``unit`` and ``scale``; the figures asked for above
    the table (``outside``: label, unit)."""
    return {
        "columns": [{"path": list(c.path), "aspect": c.aspect.value if c.aspect else None,
                     "when": c.when, "year": c.year, "unit": c.unit, "scale": c.scale,
                     "sheet_column": c.index, "blank": blank_reading(c)} for c in kept],
        "unit": anatomy.unit, "scale": anatomy.scale,
        "outside": [{"label": f.label, "unit": f.unit} for f in anatomy.outside],
    }


def blank_reading(column: LaidColumn) -> str:
    """What a blank cell of ``column`` means in a return: "zero" in a column of the unit's
    own figures for the period (units leave blank what they did not do: "zero left blank",
    samples of Mẫu 1-HĐCĐ), "none" — no figure — in a column the unit does not own or
    that is not yet known: the level above's approval, an estimate, a plan, a cumulative
    figure, another period's."""
    if column.when == "previous" or column.aspect in (Aspect.UPPER, Aspect.ESTIMATE,
                                                      Aspect.PLAN, Aspect.CUMULATIVE):
        return "none"
    return "zero"


def _column_label(label: str) -> str:
    """A value column's label as the form calls it: "Trong đó: Nữ" → "Nữ"; a path that
    tells one "Nữ" from another ("Đại học › Nữ") stays whole."""
    if PATH_SEPARATOR in label:
        return clean(label)
    return "Nữ" if is_female_label(label) else clean(label)


def _read_rows(anatomy: Anatomy, value_cols: list[int]
               ) -> tuple[list[IndicatorDraft], list[dict[str, Any]], set[str], dict[str, int]]:
    """Indicators (with parents, applying columns, averages, totals), headings, the codes
    of indicators followed by a "- Trong đó: nữ" line, and the multiplier to đồng of rows
    whose own unit is a scale of it ("Triệu đồng": code → 1 000 000; such a row's unit is
    "đồng", its figures stored in đồng)."""
    sheet = anatomy.sheet
    indicators: list[IndicatorDraft] = []
    headings: list[dict[str, Any]] = []
    pending: list[dict[str, Any]] = []
    female: set[str] = set()
    parent: IndicatorDraft | None = None
    last_unit = ""
    code_of: dict[int, str] = {}
    seen: dict[str, int] = {}
    money = anatomy.unit == "đồng"
    scales: dict[str, int] = {}
    for row in anatomy.rows:
        if row.role in (RowRole.IGNORE, RowRole.NUMBERING):  # set aside by the clerk
            continue
        if row.role == RowRole.HEADING:
            parent = None  # a heading ends the lines of the indicator above it
            if row.label:
                pending.append({"level": min(max(row.level, 1), 2), "number": row.number,
                                "text": row.label})
            continue
        if row.role == RowRole.FEMALE:
            if parent is not None:
                female.add(parent.code)
            continue
        unit = last_unit if is_ditto(row.unit) else row.unit
        last_unit = unit or last_unit
        if not unit and money:
            unit = "đồng"
        code = f"CT{len(indicators) + 1:02d}"
        if (scaled := scale_of(unit)) is not None:  # "Triệu đồng": stored in đồng
            unit = scaled[0]
            if scaled[1] > 1:
                scales[code] = scaled[1]
        code_of[row.index] = code
        name = distinct_name(row.label, row.section, seen)
        item = IndicatorDraft(name, unit, guess_kind(row.label, unit), len(indicators) + 1,
                              code, row.number, form_code=row.code or None)
        applies = [i for i, col in enumerate(value_cols)
                   if fold(sheet.cell(row.index, col)) not in ("x", "-x-")]
        item.columns = applies if len(applies) < len(value_cols) else None
        if row.role == RowRole.TOTAL:
            item.total_of = [code_of[i] for i in row.total_of if i in code_of] or None
            parent = None
        elif row.role == RowRole.LINE:
            # "- Điện" right under a heading has no indicator above it: one of its own
            if parent is not None:
                _line_of(parent, item, row.label, indicators)
        else:
            parent = item
        for heading in pending:
            headings.append({"before": item.code, **heading})
        pending = []
        indicators.append(item)
    return indicators, headings, female, scales


def _line_of(parent: IndicatorDraft, item: IndicatorDraft, label: str,
             above: list[IndicatorDraft]) -> None:
    """``item`` as a line under ``parent``: a rate of an indicator above ("+ Tỷ lệ so với
    tổng số lao động"), or the base of a money average ("+ Số người được tính" under
    "Tiền lương bình quân …", QĐ 1454/QĐ-TLĐ Mẫu 1-HĐCĐ)."""
    item.parent_code = parent.code
    if (base := _rate_base(label, above)) is not None:
        item.kind, item.base_code = IndicatorKind.RATE, base.code
    if parent.kind == IndicatorKind.MONEY and "binh quan" in fold(parent.name) and \
            _is_base(label) and parent.base_code is None:
        parent.kind, parent.base_code = IndicatorKind.AVERAGE, item.code


def _outside_indicators(anatomy: Anatomy, table: list[IndicatorDraft], *, several: bool
                        ) -> list[IndicatorDraft]:
    """The figures asked above the table ("- Số lao động : ………… Người", "- Tổng quỹ tiền
    lương : ……… triệu đồng") as indicators of their own, listed first as the form shows
    them, coded after the table's rows; money in đồng (the scale is read on import from
    the unit the line states). With several value columns they fill the main one."""
    seen = {fold(i.name): 1 for i in table}
    found: list[IndicatorDraft] = []
    for figure in anatomy.outside:
        money = scale_of(figure.unit)
        unit = money[0] if money else figure.unit
        name = distinct_name(figure.label, (), seen)
        code = f"CT{len(table) + len(found) + 1:02d}"
        found.append(IndicatorDraft(name, unit, guess_kind(figure.label, unit), 0, code,
                                    columns=[0] if several else None))
    return found


def distinct_name(label: str, section: tuple[str, ...], seen: dict[str, int]) -> str:
    """``label``, or — for the second row of the same words ("Tổng cộng" under "Phần thu"
    and under "Phần chi") — the words and their section: "Tổng cộng (Phần chi)"; a number
    when even that repeats. ``seen`` (folded name → count) is the table's so far; the import
    names a return's rows the same way (:mod:`unionplanner.domain.received.laid`)."""
    name = label
    key = fold(name)
    if key in seen and section:
        name = f"{label} ({section[-1]})"
        key = fold(name)
    count = seen.get(key, 0)
    seen[key] = count + 1
    if count:
        name = f"{name} ({count + 1})"
        seen[fold(name)] = 1
    if fold(label) != key and fold(label) not in seen:
        seen[fold(label)] = 1
    return name


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


#: a line ending in a year ("Năm 2026", "Kỳ báo cáo: Năm 2026", "… NGÂN SÁCH NĂM 2026",
#: "Năm ……"; not "… VIỆT NAM")
_YEAR_LINE = re.compile(r"^nam\s*(\d{4}|[.…_ ]*)$"
                        r"|(?:^|[\s:])nam\s*:?\s*(\d{4}|[.…_]{2,}[.…_ ]*)\)?$")
#: figures as at a day: "Tính đến ngày …", "Thời điểm báo cáo", "Ngày báo cáo"
_AS_AT = re.compile(r"\b(tinh den ngay|thoi diem bao cao|ngay bao cao)\b")
#: … unless a month, a quarter or a day comes before it ("Tháng 5 năm 2026", "Quý III năm
#: 2026", "Hà Nội, ngày 5 tháng 6 năm 2026", "6 tháng đầu năm 2026")
_NOT_A_YEAR = re.compile(r"\b(thang|quy|ngay)\b")


def _period_kinds(texts: list[str]) -> list[str]:
    """The periods a template's header names: "6 THÁNG ĐẦU NĂM", "(Số liệu tính đến ngày :
    31/5 30/11)" — the union's statistics are half-yearly and yearly (QĐ 1454/QĐ-TLĐ) —,
    "QUÝ …", "Tính đến ngày …" alone (figures as at a date), else months."""
    key = " ".join(fold(t) for t in texts)
    dates = " ".join(re.sub(r"\s+", "", t) for t in texts)  # "31 / 5" as "31/5"
    cutoff = bool(re.search(r"(?<!\d)(31/0?5|30/11)(?!\d)", dates))
    year_end = bool(re.search(r"(?<!\d)31/12(?!\d)", dates))  # "Tính đến ngày 31/12/2025"
    kinds: list[str] = []
    if "6 thang" in key or "sau thang" in key or cutoff:
        kinds.append(PeriodKind.HALF_YEAR)
    if cutoff or year_end or re.search(r"\bnam\s*:", " ".join(t.lower() for t in texts)) or any(
            _YEAR_LINE.search(f) and not _NOT_A_YEAR.search(f) for f in map(fold, texts)):
        kinds.append(PeriodKind.YEAR)  # "NĂM : 2025", "Kỳ báo cáo: Năm 2026", "Năm ……"
    if re.search(r"\bquý\b", " ".join(t.lower() for t in texts)):
        kinds.append(PeriodKind.QUARTER)  # "QUÝ III", "hằng quý" — not "quỹ tiền lương"
    if not kinds and _AS_AT.search(key):  # "Tính đến ngày …/…/2026": a count at a date
        kinds.append(PeriodKind.DAY)
    return [str(k) for k in kinds] or [str(PeriodKind.MONTH)]


def _template_year(texts: list[str]) -> int | None:
    """The year the template is for ("Năm 2026", "NĂM : 2025"), against which the years in
    its column headers are read ("Ước thực hiện năm 2025" is the year before); None when it
    states none."""
    stated = stated_period(texts, PeriodKind.YEAR)
    return int(stated) if stated else None


def _title(texts: list[str]) -> str:
    """The template's heading: the first line saying BIỂU/BÁO CÁO/KẾT QUẢ, else the longest."""
    skip = ("cong hoa xa hoi", "doc lap tu do", "kem theo")
    candidates = [t for t in texts if not fold(t).startswith(skip)]
    for text in candidates:
        if fold(text).startswith(("bieu", "bao cao", "ket qua", "bang tong hop", "tong hop")):
            return text
    return max(candidates, key=len, default="")
