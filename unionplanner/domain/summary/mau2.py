"""The office's figures of a statistics form as **Mẫu số 2-HĐCĐ** "Báo cáo tổng hợp số liệu
về hoạt động công đoàn" (Quyết định 1454/QĐ-TLĐ ngày 28/11/2014), what an upper-level union
sends to the body above: the rows of the grassroots form (Mẫu 1-HĐCĐ) summed over its units,
under the same section and group headings, one column per value column ("Tổng số | Nữ", "x"
where a column does not apply), weighted averages over their base, and the rates Mẫu 2 adds
("+ Tỷ lệ so với tổng số lao động") computed from the summed counts.

The lines are shared by the Excel exchange sheet ("Gửi cấp trên") and the PDF.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from unionplanner.core.text import fold, format_number
from unionplanner.domain.documents import layout as L
from unionplanner.domain.report_forms.kinds import IndicatorKind
from unionplanner.domain.report_forms.outline import headings_before
from unionplanner.domain.summary.aggregate import NOT_APPLICABLE, rate_of
from unionplanner.domain.summary.report import SummaryReport

if TYPE_CHECKING:
    from unionplanner.domain.summary.aggregate import IndicatorTotal, Summary

FORM_NUMBER = "MẪU SỐ 2-HĐCĐ"
FORM_TITLE = "BÁO CÁO TỔNG HỢP SỐ LIỆU VỀ HOẠT ĐỘNG CÔNG ĐOÀN"
#: rows Mẫu 2-HĐCĐ adds under a Mẫu 1 count, computed: (the count, the indicator it is
#: compared with, the line's text) — QĐ 1454/QĐ-TLĐ, Mẫu 2-HĐCĐ, I.2 "Việc làm"
ADDED_RATES = (("so lao dong thieu viec lam", "tong so lao dong",
                "Tỷ lệ so với tổng số lao động"),)


@dataclass
class Mau2Line:
    """One row of Mẫu 2: a heading (``level`` 1 section, 2 group; no figures) or a figure
    line with its TT (``number``: "1", "a)", "+"), text, unit of measure and one figure per
    value column (:data:`NOT_APPLICABLE` where the column does not apply, None where no unit
    gave a figure: printed blank, never 0). ``kind`` says how to
    write the figures (money and averages in whole đồng, rates in %)."""

    text: str
    number: str = ""
    unit: str = ""
    figures: list[float | str | None] = field(default_factory=list)
    level: int = 0
    kind: str = ""

    @property
    def is_heading(self) -> bool:
        return self.level > 0

    @property
    def is_sub(self) -> bool:
        """A line under the one above ("+ Số người được tính", "- Trong đó …")."""
        return self.number in ("+", "-", "*")


def mau2_lines(s: Summary) -> list[Mau2Line]:
    """The rows of Mẫu 2 for summary ``s`` (see the module text): its columns are
    ``s.columns`` (one unnamed column when the form has one)."""
    labels = s.columns or [""]
    before = headings_before(s.headings)
    lines: list[Mau2Line] = []
    by_code = {i.code: i for i in s.indicators}
    for number, i in enumerate(s.indicators, 1):
        for heading in before.get(i.code, []):
            mark = str(heading.get("number") or "")
            mark += "." if mark[-1:].isalnum() else ""
            lines.append(Mau2Line(str(heading.get("text") or ""), mark,
                                  level=int(heading.get("level") or 1)))
        figures: list[float | str | None] = [i.total if i.has_figure else None] \
            if not s.columns else [i.column_total(s.columns, label) for label in labels]
        unit = "đơn vị" if i.kind == IndicatorKind.YESNO else (
            "%" if i.kind == IndicatorKind.RATE else i.unit_of_measure)
        lines.append(Mau2Line(i.name, i.number or str(number), unit, figures, kind=i.kind))
        lines += _added_rates(s, i, by_code, labels)
    return lines


def _added_rates(s: Summary, count: IndicatorTotal, by_code: dict[str, IndicatorTotal],
                 labels: list[str]) -> list[Mau2Line]:
    """The rate lines Mẫu 2 adds under ``count`` when the form has none of its own."""
    key = fold(count.name)
    found = []
    for numerator, denominator, text in ADDED_RATES:
        if key != numerator or any(i.kind == IndicatorKind.RATE and i.parent_code == count.code
                                   for i in s.indicators):
            continue
        base = next((i for i in by_code.values() if fold(i.name) == denominator), None)
        if base is None:
            continue
        figures: list[float | str | None] = [
            NOT_APPLICABLE if not count.applies_to(s.columns, label) and s.columns else
                   rate_of(count.units_in(s.columns, label or None),
                           base.units_in(s.columns, label or None)) for label in labels]
        found.append(Mau2Line(text, "+", "%", figures, kind=IndicatorKind.RATE))
    return found


def figure_text(line: Mau2Line, value: float | str | None) -> str:
    """A figure as Mẫu 2 prints it: "x" where the column does not apply, nothing where no
    unit gave one, money in whole đồng ("9.595.568"), rates with one decimal ("2,7")."""
    if value is None or isinstance(value, str):
        return value or ""
    if line.kind in (IndicatorKind.RATE, IndicatorKind.PERCENT):
        return format_number(value, 1)
    if line.kind in (IndicatorKind.MONEY, IndicatorKind.AVERAGE):
        return format_number(round(value))
    return format_number(value, 0 if float(value).is_integer() else 1)


def layout_mau2(report: SummaryReport, today: dt.date | None = None) -> L.OfficialDocument:
    """Mẫu 2-HĐCĐ as an official document: the office and its parent in the header, the
    form's number where a document's number goes, the title with the period and the day the
    figures are counted to, the table, the signature (Nghị định 30/2020/NĐ-CP, Phụ lục I)."""
    from unionplanner.domain.report_forms.periods import parse_period

    s = report.summary
    period = parse_period(s.last)
    labels = s.columns or ["Số lượng"]
    rows: list[list[str]] = []
    bold: set[int] = set()
    for line in mau2_lines(s):
        if line.is_heading:
            bold.add(len(rows))
            rows.append([line.number, line.text, "", *([""] * len(labels)), ""])
        else:
            text = f"{line.number} {line.text}" if line.is_sub else line.text
            rows.append(["" if line.is_sub else line.number, text, line.unit,
                         *[figure_text(line, v) for v in line.figures], ""])
    # room for "2.156.000.000" on one line; the text takes what is left
    share = min(0.18, 0.5 / len(labels))
    table = L.Table([["TT", "Nội dung", "Đơn vị tính", *labels, "Ghi chú"]], rows,
                    [0.06, 0.76 - share * len(labels), 0.1, *([share] * len(labels)), 0.08],
                    numeric={0, *range(3, 3 + len(labels))}, bold_rows=bold, size=10.5)
    counted = f"(Số liệu tính đến ngày {period.last:%d/%m/%Y})"
    body: list = [L.Paragraph(counted, L.CENTER),
                  L.Paragraph(f"Công đoàn cấp trên: {report.parent_name or '…'}. Đơn vị báo "
                              f"cáo: {report.issuer or '…'}. Số CĐCS đã báo cáo: "
                              f"{s.completeness.reported}/{s.completeness.expected}."),
                  table]
    authority, title, name = report.signer
    return L.OfficialDocument(
        issuer=report.issuer, parent_body=report.parent_body,
        number_text=FORM_NUMBER.capitalize().replace("2-hđcđ", "2-HĐCĐ"),
        place=report.place, date=today or dt.date.today(), doc_type="BÁO CÁO",
        title=f"Tổng hợp số liệu về hoạt động công đoàn {report.period_text}",
        body=body, closing=L.Closing(recipients=[f"{report.parent_name or '…'} (để báo cáo);",
                                                 "Lưu: VT."],
                                     authority=authority, title=title, name=name))


def write_mau2_pdf(report: SummaryReport, path: str | Path) -> Path:
    """Mẫu 2-HĐCĐ of the report's period as an A4 PDF in the official format."""
    from unionplanner.domain.documents.pdf import write_pdf

    return write_pdf(layout_mau2(report), path)
