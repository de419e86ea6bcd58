"""The summary report written out: an official BÁO CÁO (PDF, and a Word draft whose
sentences are written from the figures) and an Excel workbook of the same tables.

Layout: "BÁO CÁO / Kết quả thực hiện Kế hoạch số … (tháng …)", "Kính gửi: <parent body>",
an opening sentence, I. reporting (completeness figures and chart), II. results (the
indicators, with the comparison period), III. targets (table and achievement chart), the
signature; Phụ lục I the per-unit table (landscape, indicators numbered with a legend),
Phụ lục II the units that did not report.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from unionplanner.core.paths import save_document
from unionplanner.core.text import fold, format_number
from unionplanner.domain.documents import layout as L
from unionplanner.domain.office.outgoing import number_text
from unionplanner.domain.plans.document import CEILINGS, PERCENT_SHAPES
from unionplanner.domain.report_forms.kinds import IndicatorKind
from unionplanner.domain.summary.evaluate import TargetResult
from unionplanner.domain.summary.report import SummaryReport, figure
from unionplanner.domain.summary.wide import WIDE, column_table, columns_appendix, in_dong
from unionplanner.domain.units.sectors import SECTORS

if TYPE_CHECKING:
    from unionplanner.domain.documents.excel import TableSpec
    from unionplanner.domain.summary.aggregate import Summary


def _pct(value: float | None) -> str:
    return "" if value is None else format_number(value, 1) + "%"


def _target_figure(result: TargetResult, value: float | None) -> str:
    if value is None:
        return ""
    if result.shape in PERCENT_SHAPES:
        return _pct(value)
    return format_number(value, 0 if float(value).is_integer() else 1)


def _verdict(result: TargetResult) -> str:
    if result.met is None:
        return result.why or "—"
    if result.shape in CEILINGS:  # at most: within the ceiling, or above it
        return "Đạt (không vượt quá)" if result.met else "Chưa đạt (vượt quá)"
    return "Đạt" if result.met else "Chưa đạt"


def sentences(report: SummaryReport) -> list[str]:
    """The narrative a Báo cáo opens with, written from the figures: how many units
    reported, then one clause per indicator with a target ("kết nạp mới 123 đoàn viên, đạt
    82,0% chỉ tiêu")."""
    s = report.summary
    c = s.completeness
    first = (f"Có {c.reported}/{c.expected} CĐCS gửi báo cáo {report.period_text}, đạt "
             f"{_pct(c.share)}")
    if c.on_time is not None:
        first += f" ({c.on_time} đúng hạn, {c.late} trễ hạn)"
    first += f"; {len(c.missing)} CĐCS chưa gửi báo cáo."
    clauses = []
    for result in report.targets:
        if result.achieved is None:
            continue
        text = result.text[:1].lower() + result.text[1:]
        clauses.append(f"{text}: thực hiện {_target_figure(result, result.achieved)}"
                       + (f", đạt {_pct(result.percent_of_target)} chỉ tiêu"
                          if result.percent_of_target is not None else ""))
    found = [first]
    if clauses:
        found.append("Kết quả so với chỉ tiêu: " + "; ".join(clauses) + ".")
    return found


def _indicator_table(report: SummaryReport) -> L.Table:
    s = report.summary
    if 1 < len(s.columns) <= WIDE and s.compared_with is None:
        return column_table(report)
    compared = s.compared_with is not None
    # a form of many columns: its main one here, all of them in a landscape appendix
    main = in_dong(s.columns[0]) if len(s.columns) > 1 else "Kết quả"
    header = ["STT", "Nội dung", "Đơn vị tính", main, "Số CĐCS báo cáo"]
    if compared:
        header += ["Kỳ so sánh", "Tăng/giảm"]
    rows = []
    for i in s.indicators:
        result = figure(i)
        if i.kind == IndicatorKind.YESNO:
            result += f" ({_pct(i.share_yes)})" if i.share_yes is not None else ""
        row = [i.row_number, i.name, i.unit_of_measure, result, str(i.units_reported)]
        if compared:
            row += ["" if i.previous is None else figure(i, i.previous),
                    "" if i.change is None else ("+" if i.change > 0 else "") + figure(
                        i, i.change)]
        rows.append(row)
    widths = [0.06, 0.44, 0.12, 0.2, 0.18] if not compared else [
        0.05, 0.35, 0.1, 0.15, 0.1, 0.13, 0.12]
    return L.Table([header], rows, widths, numeric={0, 3, 4, 5, 6} if compared else {0, 3, 4},
                   size=11)


def _targets_table(report: SummaryReport) -> L.Table:
    rows = [[str(n), r.text, r.scope, _target_figure(r, r.target),
             _target_figure(r, r.achieved), _pct(r.percent_of_target), _verdict(r)]
            for n, r in enumerate(report.targets, 1)]
    return L.Table([["STT", "Chỉ tiêu", "Phạm vi", "Chỉ tiêu đề ra", "Thực hiện",
                     "Tỉ lệ so với chỉ tiêu", "Đánh giá"]], rows,
                   [0.05, 0.33, 0.14, 0.11, 0.11, 0.12, 0.14], numeric={0, 3, 4, 5}, size=11)


def _unit_appendix(report: SummaryReport) -> L.Appendix:
    s = report.summary
    header = ["STT", "Mã", "Tên công đoàn cơ sở"] + [
        str(n) for n in range(1, len(s.indicators) + 1)]
    name_share, code_share, number_share = 0.2, 0.05, 0.03
    rows, reporting = [], [u for u in s.units if u.code in s.reported]
    for number, unit in enumerate(reporting, 1):
        row = [str(number), unit.code, unit.name]
        for indicator in s.indicators:
            value = indicator.per_unit.get(unit.code)
            if value is None:
                row.append("")
            elif indicator.kind == IndicatorKind.YESNO:
                row.append("x" if value else "")
            else:
                row.append(figure(indicator, value))
        rows.append(row)
    rows.append(["", "", "Cộng"] + [figure(i) for i in s.indicators])
    # each indicator column as wide as its longest figure (money needs room, a tick none)
    longest = [max(len(row[3 + n]) for row in rows) + 1 for n in range(len(s.indicators))]
    room = 1 - name_share - code_share - number_share
    widths = [room * n / sum(longest) for n in longest]
    legend = "; ".join(f"({n}) {i.name}" + (f" ({i.unit_of_measure})" if i.unit_of_measure
                                             else "") for n, i in enumerate(s.indicators, 1))
    return L.Appendix(
        "I", f"Số liệu của từng công đoàn cơ sở — {report.period_text}", _attached(report),
        [L.Table([header], rows, [number_share, code_share, name_share] + widths,
                 numeric=set(range(3, 3 + len(s.indicators))) | {0},
                 bold_rows={len(rows) - 1}, size=7.5),
         L.Paragraph("Ghi chú: " + legend + "; x: có.", L.ITALIC)], landscape=True)


def _missing_appendix(report: SummaryReport) -> L.Appendix:
    missing = report.summary.completeness.missing
    rows = [[str(n), u.code, u.name, SECTORS.get(u.sector, u.sector)]
            for n, u in enumerate(missing, 1)]
    return L.Appendix("II", "Danh sách công đoàn cơ sở chưa gửi báo cáo", _attached(report),
                      [L.Table([["STT", "Mã", "Tên công đoàn cơ sở", "Khu vực"]], rows,
                               [0.08, 0.12, 0.5, 0.3], numeric={0}, size=11)])


def _attached(report: SummaryReport) -> str:
    return "Kèm theo Báo cáo kết quả " + (report.plan_label if report.plan_label else
                                          f"mẫu \"{report.summary.form_name}\"") + \
        f" {report.period_text}"


def layout_summary(report: SummaryReport, today: dt.date | None = None) -> L.OfficialDocument:
    """The report as an official document (see the module text)."""
    s = report.summary
    c = s.completeness
    what = (f"Kết quả thực hiện {report.plan_label}" + (
        f" về {report.plan.title[:1].lower()}{report.plan.title[1:]}" if report.plan else "")
        if report.plan_label else f"Kết quả báo cáo \"{s.form_name}\"")
    body: list = [L.Paragraph(text) for text in sentences(report)]
    body.append(L.Paragraph("I. TÌNH HÌNH GỬI BÁO CÁO CỦA CÁC CĐCS", L.HEADING))
    on_time = (f"; đúng hạn (trước ngày {c.deadline:%d/%m/%Y}) {c.on_time}, trễ hạn {c.late}"
               if c.deadline else "")
    body.append(L.Paragraph(f"Số CĐCS phải báo cáo: {c.expected}; đã báo cáo: {c.reported} "
                            f"({_pct(c.share)}){on_time}; chưa báo cáo: {len(c.missing)} "
                            "(danh sách tại Phụ lục II)."))
    parts: list[tuple[str, int]] = [("Đã báo cáo", c.reported), ("Chưa báo cáo", len(c.missing))]
    if c.on_time is not None:
        parts = [("Đúng hạn", c.on_time), ("Trễ hạn", c.late or 0),
                 ("Chưa báo cáo", len(c.missing))]
    body.append(L.Chart("Biểu đồ 1. Tình hình gửi báo cáo (số CĐCS)", [p[0] for p in parts],
                        [float(p[1]) for p in parts], unit="CĐCS", reference=None, plain=True))
    body.append(L.Paragraph("II. KẾT QUẢ THỰC HIỆN", L.HEADING))
    body.append(_indicator_table(report))
    wide = len(s.columns) > WIDE
    if wide:
        body.append(L.Paragraph(f"Số liệu đủ {len(s.columns)} cột của mẫu báo cáo tại Phụ lục "
                                "III.", L.ITALIC))
    if report.targets:
        body.append(L.Paragraph("III. KẾT QUẢ SO VỚI CHỈ TIÊU", L.HEADING))
        body.append(_targets_table(report))
        measured = [r for r in report.targets if r.percent_of_target is not None]
        if measured:
            body.append(L.Chart("Biểu đồ 2. Mức độ đạt chỉ tiêu (% so với chỉ tiêu)",
                                [r.text for r in measured],
                                [r.percent_of_target or 0.0 for r in measured]))
    body.append(L.Paragraph("Trên đây là báo cáo kết quả " + report.period_text + "./."))
    authority, title, name = report.signer
    return L.OfficialDocument(
        issuer=report.issuer, parent_body=report.parent_body,
        number_text=report.number_text or number_text("BC", None, report.symbol),
        place=report.place, date=today or dt.date.today(), doc_type="BÁO CÁO",
        title=f"{what} ({report.period_text})",
        recipient_line=f"Kính gửi: {report.parent_name or '…'}",
        body=body, closing=L.Closing(recipients=[f"{report.parent_name or '…'} (để báo cáo);",
                                                 "Thường trực, các ban;", "Lưu: VT."],
                                     authority=authority, title=title, name=name),
        appendices=[_unit_appendix(report), _missing_appendix(report)]
        + ([columns_appendix(report, "III", _attached(report))] if wide else []))


def write_summary_pdf(report: SummaryReport, path: str | Path) -> Path:
    """The report as an A4 PDF (appendix I landscape)."""
    from unionplanner.domain.documents.pdf import write_pdf

    return write_pdf(layout_summary(report), path)


def write_summary_docx(report: SummaryReport, path: str | Path) -> Path:
    """The report as a Word draft for the office to edit."""
    from unionplanner.domain.documents.word import write_docx

    return write_docx(layout_summary(report), path)


#: the sheet of the Excel summary the body above imports (see _add_exchange_marker)
EXCHANGE_SHEET = "Gửi cấp trên"


def write_summary_xlsx(report: SummaryReport, path: str | Path) -> Path:
    """The tables as an Excel workbook: Tổng hợp (numbers as numbers), Chỉ tiêu, Theo đơn vị,
    Chưa nộp, and Gửi cấp trên with its hidden marker (for the body above to import)."""
    from unionplanner.domain.documents.excel import write_tables

    s = report.summary

    def raw(value: float | str | None) -> float | int | str | None:
        """A figure for a cell: "x" (does not apply) and None (no figure) as they are."""
        if value is None or isinstance(value, str):
            return value
        return int(value) if float(value).is_integer() else round(value, 2)

    others = s.columns[1:]  # "Nữ" … beside the main result
    sheets: dict[str, TableSpec] = {"Tổng hợp": (
        ["STT", "Nội dung", "Đơn vị tính", in_dong(s.columns[0]) if others else "Kết quả",
         *map(in_dong, others),
         "Số CĐCS báo cáo",
         "Tỉ lệ có (%)", "Kỳ so sánh"],
        [[_cell_number(i.row_number), i.name, i.unit_of_measure,
          raw(i.column_total(s.columns, s.columns[0]) if others else
              i.total if i.has_figure else None),
          *[raw(i.column_total(s.columns, c)) for c in others],
          i.units_reported, raw(i.share_yes), raw(i.previous)]
         for i in s.indicators], [6, 60, 14, 16, *[14] * len(others), 14, 12, 14])}
    if report.targets:
        sheets["Chỉ tiêu"] = (
            ["STT", "Chỉ tiêu", "Phạm vi", "Chỉ tiêu đề ra", "Thực hiện",
             "Tỉ lệ so với chỉ tiêu (%)", "Đánh giá", "CĐCS chưa báo cáo"],
            [[n, r.text, r.scope, raw(r.target), raw(r.achieved), raw(r.percent_of_target),
              _verdict(r), ", ".join(r.not_reporting)] for n, r in enumerate(report.targets, 1)],
            [6, 60, 22, 14, 14, 16, 16, 30])
    reporting = [u for u in s.units if u.code in s.reported]
    sheets["Theo đơn vị"] = (
        ["Mã", "Tên công đoàn cơ sở", "Khu vực"] + [i.name for i in s.indicators],
        [[u.code, u.name, SECTORS.get(u.sector, u.sector)] +
         [raw(i.per_unit.get(u.code)) for i in s.indicators] for u in reporting],
        [10, 40, 22] + [14] * len(s.indicators))
    sheets["Chưa nộp"] = (["STT", "Mã", "Tên công đoàn cơ sở", "Khu vực"],
                         [[n, u.code, u.name, SECTORS.get(u.sector, u.sector)]
                          for n, u in enumerate(s.completeness.missing, 1)], [6, 10, 50, 30])
    sheets[EXCHANGE_SHEET] = _exchange_sheet(s, raw) if s.columns else (
        ["STT", "Nội dung", "Đơn vị tính", "Kết quả thực hiện"],
        [[n, i.name, "đơn vị" if i.kind == IndicatorKind.YESNO else i.unit_of_measure,
          raw(i.total if i.has_figure else None)] for n, i in enumerate(s.indicators, 1)],
        [6, 60, 14, 18])
    form = s.form_name if fold(s.form_name).startswith("bao cao") else f"báo cáo {s.form_name}"
    title = (f"Kết quả {report.plan_label} " if report.plan_label else
             f"Kết quả {form} ") + report.period_text
    own = {EXCHANGE_SHEET: _exchange_heading(report)} if s.columns else None
    written = write_tables(path, title, sheets, heading=[report.issuer], own=own)
    _add_exchange_marker(report, written)
    return written



def _cell_number(number: str) -> int | str:
    """A row number for a cell: a whole number as a number ("3" → 3), "a)" or "+" as text."""
    return int(number) if number.isdigit() else number


def _exchange_sheet(s: Summary, raw: Callable[[float | None], Any]) -> TableSpec:
    """The office's figures of a statistics form laid out as Mẫu 2-HĐCĐ (QĐ 1454/QĐ-TLĐ,
    :func:`~unionplanner.domain.summary.mau2.mau2_lines`): TT | Nội dung | Đơn vị tính | one
    column per value column ("x" where one does not apply) | Ghi chú, under the form's
    headings; weighted averages with their base beside them, so that the body above weighs
    them again; rates rounded to 0,01 %."""
    from unionplanner.domain.summary.mau2 import mau2_lines

    rows: list[list[Any]] = []
    for line in mau2_lines(s):
        if line.is_heading:
            rows.append([None, f"{line.number} {line.text}".strip(), None,
                         *([None] * len(s.columns)), None])
            continue
        figures = [value if isinstance(value, str) or value is None else
                   round(value) if line.kind in (IndicatorKind.MONEY, IndicatorKind.AVERAGE)
                   else raw(value)
                   for value in line.figures]
        if line.is_sub:  # a line under the one above: "+ Số người được tính"
            rows.append([None, f"{line.number} {line.text}", line.unit, *figures, None])
        else:
            rows.append([line.number, line.text, line.unit, *figures, None])
    return (["TT", "Nội dung", "Đơn vị tính", *s.columns, "Ghi chú"], rows,
            [6, 60, 14, *([16] * len(s.columns)), 20])


def _exchange_heading(report: SummaryReport) -> tuple[list[str], str]:
    """Mẫu 2-HĐCĐ's own header on the exchange sheet: "Công đoàn cấp trên :", "Đơn vị báo
    cáo :", the form's number, and its title with the period and the day the figures are
    counted to (QĐ 1454/QĐ-TLĐ)."""
    from unionplanner.domain.report_forms.periods import parse_period
    from unionplanner.domain.summary.mau2 import FORM_NUMBER, FORM_TITLE

    last = parse_period(report.summary.last).last
    return ([f"Công đoàn cấp trên : {report.parent_name or report.parent_body}",
             f"Đơn vị báo cáo : {report.issuer}", FORM_NUMBER],
            f"{FORM_TITLE}\n{report.period_text}\n(Số liệu tính đến ngày {last:%d/%m/%Y})")


def _add_exchange_marker(report: SummaryReport, path: Path) -> None:
    """Mark the sheet "Gửi cấp trên" (the office's figures laid out as one unit's report, for
    the body above to import with the same wizard: it rolls up its offices like grassroots
    unions; yes/no indicators as the number of units answering yes) with the hidden marker
    sheet that says so: ``kind`` exchange, the sheet, the office, the period.

    The marker is read by :mod:`unionplanner.domain.received.analysis` and
    :mod:`unionplanner.domain.report_forms.learn`; its format is shared with the ready-to-fill
    forms of :mod:`unionplanner.domain.report_forms.generate` (``_unionplanner`` sheet)."""
    from openpyxl import load_workbook

    from unionplanner.domain.documents.excel import append_row
    from unionplanner.domain.sheets.workbook import MARKER_SHEET

    s = report.summary
    book = load_workbook(path)
    marker = book.create_sheet(MARKER_SHEET)
    for key, value in (("app", "UnionPlanner"), ("kind", "exchange"), ("sheet", EXCHANGE_SHEET),
                       ("office", report.issuer), ("period", s.first), ("last_period", s.last),
                       ("units_reported", len(s.reported))):
        append_row(marker, [key, value])
    marker.sheet_state = "veryHidden"
    if s.columns:
        _style_sections(book[EXCHANGE_SHEET])
    save_document(path, book.save)


def _style_sections(sheet: Any) -> None:
    """Mẫu 2-HĐCĐ's look on the exchange sheet: section and group headings (a label with
    neither TT nor unit) in bold, "x" (the column does not apply) centred, rows tall enough
    for a long label (LibreOffice and Excel do not fit a written row to its wrapped text)."""
    from openpyxl.styles import Alignment, Font

    for row in sheet.iter_rows(min_row=1):
        if len(row) < 3:
            continue
        if row[1].value and row[0].value is None and row[2].value is None and \
                any(c.border.left.style for c in row[:2]):
            row[1].font = Font(bold=True)
        text = str(row[1].value or "")
        if len(text) > 62:  # wraps in the 60-character column: room for its lines
            sheet.row_dimensions[row[1].row].height = 15 * (len(text) // 62 + 1)
        for cell in row[3:]:
            if cell.value == "x":
                cell.alignment = Alignment(horizontal="center")
