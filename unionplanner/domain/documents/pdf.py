"""Writing an :class:`~unionplanner.domain.documents.layout.OfficialDocument` as PDF with reportlab.

Liberation Serif (metric-compatible with Times New Roman, with every Vietnamese glyph; shipped
in resources/fonts with its licence) is embedded in all four styles, so no glyph falls back
to a built-in PDF font. A4 portrait, margins, the header block as a borderless two-column
table with its short rules, page numbers centred in the top margin from page 2 (Nghị định
30/2020/NĐ-CP, Phụ lục I; Quyết định 933/QĐ-TLĐ).
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from unionplanner.core.paths import atomic_write, resource_file
from unionplanner.domain.documents import layout as L

FONT = "LiberationSerif"
_FIGURE = re.compile(r"[\d.,%+\- x]*")
_registered = False


def register_fonts() -> str:
    """Register the embedded serif family once; returns its name."""
    global _registered
    if not _registered:
        from reportlab.lib.fonts import addMapping
        from reportlab.pdfbase import pdfmetrics
        from reportlab.pdfbase.ttfonts import TTFont

        for style, file in (("", "Regular"), ("-Bold", "Bold"), ("-Italic", "Italic"),
                            ("-BoldItalic", "BoldItalic")):
            pdfmetrics.registerFont(TTFont(f"{FONT}{style}",
                                           str(resource_file(f"fonts/LiberationSerif-{file}.ttf"))))
        addMapping(FONT, 0, 0, FONT)
        addMapping(FONT, 1, 0, f"{FONT}-Bold")
        addMapping(FONT, 0, 1, f"{FONT}-Italic")
        addMapping(FONT, 1, 1, f"{FONT}-BoldItalic")
        _registered = True
    return FONT


def _styles() -> dict[str, Any]:
    from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm

    base = ParagraphStyle("base", fontName=FONT, fontSize=L.BODY_PT,
                          leading=L.BODY_PT * L.LINE_SPACING)

    def style(name: str, **kw: Any) -> Any:
        return ParagraphStyle(name, parent=base, **kw)

    return {
        "body": style("body", alignment=TA_JUSTIFY, firstLineIndent=L.FIRST_LINE_INDENT_MM * mm,
                      spaceAfter=L.PARAGRAPH_SPACE_PT),
        "heading": style("heading", alignment=TA_JUSTIFY, fontName=f"{FONT}-Bold",
                         firstLineIndent=L.FIRST_LINE_INDENT_MM * mm,
                         spaceAfter=L.PARAGRAPH_SPACE_PT, keepWithNext=1),
        "heading_free": style("heading_free", alignment=TA_JUSTIFY, fontName=f"{FONT}-Bold",
                              firstLineIndent=L.FIRST_LINE_INDENT_MM * mm,
                              spaceAfter=L.PARAGRAPH_SPACE_PT),
        "italic": style("italic", alignment=TA_JUSTIFY, fontName=f"{FONT}-Italic",
                        firstLineIndent=L.FIRST_LINE_INDENT_MM * mm,
                        spaceAfter=L.PARAGRAPH_SPACE_PT),
        "center": style("center", alignment=TA_CENTER, spaceAfter=L.PARAGRAPH_SPACE_PT),
        "head_plain": style("head_plain", alignment=TA_CENTER, fontSize=L.HEADER_PT,
                            leading=L.HEADER_PT * 1.2),
        "head_bold": style("head_bold", alignment=TA_CENTER, fontSize=L.HEADER_PT,
                           leading=L.HEADER_PT * 1.2, fontName=f"{FONT}-Bold"),
        "motto": style("motto", alignment=TA_CENTER, fontSize=L.MOTTO_PT,
                       leading=L.MOTTO_PT * 1.2, fontName=f"{FONT}-Bold"),
        "number": style("number", alignment=TA_CENTER, fontSize=L.HEADER_PT),
        "date": style("date", alignment=TA_CENTER, fontName=f"{FONT}-Italic"),
        "doc_type": style("doc_type", alignment=TA_CENTER, fontName=f"{FONT}-Bold",
                          spaceBefore=14),
        "title": style("title", alignment=TA_CENTER, fontName=f"{FONT}-Bold"),
        "recipient_line": style("recipient_line", alignment=TA_CENTER, spaceBefore=6,
                                spaceAfter=6),
        "to_title": style("to_title", alignment=TA_LEFT, fontSize=L.RECIPIENTS_TITLE_PT,
                          fontName=f"{FONT}-BoldItalic", leading=L.RECIPIENTS_TITLE_PT * 1.2),
        "to_line": style("to_line", alignment=TA_LEFT, fontSize=L.RECIPIENTS_PT,
                         leading=L.RECIPIENTS_PT * 1.2),
        "sign": style("sign", alignment=TA_CENTER, fontName=f"{FONT}-Bold"),
        "cell": style("cell", fontSize=12, leading=14),
        "cell_head": style("cell_head", fontSize=12, leading=14, fontName=f"{FONT}-Bold",
                           alignment=TA_CENTER),
        "cell_number": style("cell_number", fontSize=12, leading=14, alignment=TA_RIGHT),
        "appendix_number": style("appendix_number", alignment=TA_CENTER, fontName=f"{FONT}-Bold"),
        "appendix_line": style("appendix_line", alignment=TA_CENTER, fontName=f"{FONT}-Italic",
                               spaceAfter=8),
        "chart_title": style("chart_title", alignment=TA_CENTER, fontName=f"{FONT}-Italic",
                             fontSize=12, spaceBefore=6),
    }


def _p(text: str, style: Any) -> Any:
    from reportlab.platypus import Paragraph

    return Paragraph(escape(text).replace("\n", "<br/>"), style)


def _rule(text_width_pt: float, share: float) -> Any:
    """A short centred rule (under the issuing body, the motto, the title)."""
    from reportlab.platypus.flowables import Flowable

    class Rule(Flowable):
        def __init__(self, width: float):
            super().__init__()
            self.length = width
            self.space = 0.0

        def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
            self.space = available_width
            return available_width, 9

        def draw(self) -> None:
            start = max(0.0, (self.space - self.length) / 2)
            self.canv.setLineWidth(0.6)
            self.canv.line(start, 3, start + self.length, 3)

    return Rule(text_width_pt * share)


def write_pdf(doc: L.OfficialDocument, path: str | Path) -> Path:
    """Write ``doc`` to ``path`` (A4 PDF; appendices marked landscape on landscape pages);
    returns the path. OSError propagates (the caller tells the user the file could not be
    written)."""
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.units import mm
    from reportlab.platypus import (
        BaseDocTemplate,
        KeepTogether,
        NextPageTemplate,
        PageBreak,
        PageTemplate,
        Spacer,
    )

    register_fonts()
    path = Path(path)
    s = _styles()
    frame_width = (L.PAGE_WIDTH_MM - L.MARGIN_LEFT_MM - L.MARGIN_RIGHT_MM) * mm
    wide_width = (L.PAGE_HEIGHT_MM - L.MARGIN_LEFT_MM - L.MARGIN_RIGHT_MM) * mm
    header = _header_block(doc, frame_width, s)
    story = [header, _p(doc.doc_type.upper(), s["doc_type"]), _p(doc.title, s["title"]),
             _rule(frame_width, 0.3)]
    if doc.recipient_line:
        story.append(_p(doc.recipient_line, s["recipient_line"]))
    story.append(Spacer(1, 6))
    story += _flowables(doc.body, frame_width, s)
    # the signature never stands alone on a page: the last paragraph goes with it, and so
    # do the headings just above that paragraph (a heading never ends a page)
    last = [story.pop()] if doc.body and isinstance(doc.body[-1], L.Paragraph) else []
    while last and story and _keeps_with_next(story[-1]):
        last.insert(0, story.pop())
    story.append(KeepTogether([*last, Spacer(1, 10), _closing(doc.closing, frame_width, s)]))
    for appendix in doc.appendices:
        story.append(NextPageTemplate("landscape" if appendix.landscape else "portrait"))
        story.append(PageBreak())
        story += [_p(f"Phụ lục {appendix.number}".strip(), s["appendix_number"]),
                  _p(appendix.title.upper(), s["title"]),
                  _p(f"({appendix.attached_to})", s["appendix_line"])]
        story += _flowables(appendix.body, wide_width if appendix.landscape else frame_width, s)

    with atomic_write(path) as temporary:  # a full disk leaves no truncated PDF behind
        pdf = BaseDocTemplate(str(temporary), pagesize=A4, title=doc.title,
                              author=doc.issuer, subject=doc.doc_type, lang="vi",
                              initialFontName=FONT, initialFontSize=L.BODY_PT)
        pdf.addPageTemplates([
            PageTemplate("portrait", frames=[_frame(A4)], onPage=_page_number, pagesize=A4),
            PageTemplate("landscape", frames=[_frame(landscape(A4))], onPage=_page_number,
                         pagesize=landscape(A4))])
        pdf.build(story)
    return path


def _keeps_with_next(flowable: Any) -> bool:
    """Whether ``flowable`` is a paragraph that must stay on the page of the next (a
    heading)."""
    style = getattr(flowable, "style", None)
    return bool(getattr(style, "keepWithNext", False))


def _header_block(doc: L.OfficialDocument, frame_width: float, s: dict[str, Any]) -> Any:
    """The two-column header: parent body and issuer over a short rule on the left, the
    national title and motto over a rule on the right; the number and the place and date
    below (Nghị định 30/2020/NĐ-CP, Phụ lục I)."""
    from reportlab.pdfbase.pdfmetrics import stringWidth
    from reportlab.platypus import Table, TableStyle

    left_w = frame_width * L.HEADER_LEFT_SHARE
    right_w = frame_width - left_w
    left = []
    if doc.parent_body:
        left.append(_p(doc.parent_body.upper(), s["head_plain"]))
    left.append(_p(doc.issuer.upper() or "…", s["head_bold"]))
    left.append(_rule(left_w, 0.4))
    motto_width = stringWidth(L.MOTTO, f"{FONT}-Bold", L.MOTTO_PT)
    right = [_p(L.NATIONAL_TITLE, s["head_bold"]), _p(L.MOTTO, s["motto"]),
             _rule(motto_width, 1.0)]
    header = Table([[left, right], [_p(doc.number_text, s["number"]),
                                    _p(doc.place_and_date(), s["date"])]],
                   colWidths=[left_w, right_w])
    header.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                                ("FONTNAME", (0, 0), (-1, -1), FONT),
                                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                                ("TOPPADDING", (0, 1), (-1, 1), 4)]))
    return header


def _page_number(canvas: Any, document: Any) -> None:
    """The page number, top centre, from page 2 on."""
    from reportlab.lib.units import mm

    if canvas.getPageNumber() < 2:
        return
    width = canvas._pagesize[0]
    canvas.saveState()
    canvas.setFont(FONT, L.PAGE_NUMBER_PT)
    usable = width - (L.MARGIN_LEFT_MM + L.MARGIN_RIGHT_MM) * mm
    canvas.drawCentredString(L.MARGIN_LEFT_MM * mm + usable / 2,
                             canvas._pagesize[1] - L.MARGIN_TOP_MM / 2 * mm - 4,
                             str(canvas.getPageNumber()))
    canvas.restoreState()


def _frame(size: tuple[float, float]) -> Any:
    """The text frame of a page of ``size`` (points) inside the official margins."""
    from reportlab.lib.units import mm
    from reportlab.platypus import Frame

    return Frame(L.MARGIN_LEFT_MM * mm, L.MARGIN_BOTTOM_MM * mm,
                 size[0] - (L.MARGIN_LEFT_MM + L.MARGIN_RIGHT_MM) * mm,
                 size[1] - (L.MARGIN_TOP_MM + L.MARGIN_BOTTOM_MM) * mm,
                 leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)


def _flowables(items: list[Any], width: float, s: dict[str, Any]) -> list[Any]:
    from reportlab.lib.units import mm
    from reportlab.platypus import CondPageBreak

    found = []
    for position, item in enumerate(items):
        if isinstance(item, L.Table):
            found.append(_table(item, width, s))
        elif isinstance(item, L.Chart):
            found.append(_chart(item, width, s))
        elif item.kind == L.HEADING and position + 1 < len(items) and isinstance(
                items[position + 1], (L.Table, L.Chart)):
            # a heading over a long table: start a page only if little room is left, and
            # let the table split (keeping them together would push the whole table on)
            found.append(CondPageBreak(40 * mm))
            found.append(_p(item.text, s["heading_free"]))
        else:
            found.append(_p(item.text, s.get(item.kind, s["body"])))
    return found


def _table(table: L.Table, frame_width: float, s: dict[str, Any]) -> Any:
    """A grid table. Cells that fit their column are plain strings styled by the table
    (fast even for an appendix of 250 units × 20 indicators); longer ones wrap."""
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfbase.pdfmetrics import stringWidth
    from reportlab.platypus import Table, TableStyle

    size = table.size
    padding = 2.5 if size < 10 else 4
    widths = _fit_header_words([frame_width * w for w in table.widths], table.header, size,
                               padding)
    plain = ParagraphStyle("cell_small", parent=s["cell"], fontSize=size, leading=size * 1.2)
    bold = ParagraphStyle("cell_bold", parent=plain, fontName=f"{FONT}-Bold")
    head = ParagraphStyle("cell_head_small", parent=s["cell_head"], fontSize=size,
                          leading=size * 1.2)
    number = ParagraphStyle("cell_number_small", parent=plain, alignment=2)

    def cell(text: str, column: int, style: Any) -> Any:
        room = widths[column] - 2 * padding
        # figures (digits are half an em in this font) need no measuring
        if len(text) * size * 0.5 <= room and _FIGURE.fullmatch(text):
            return text
        if "\n" not in text and stringWidth(text, style.fontName, size) <= room:
            return text
        return _p(text, style)

    data = [[cell(c, i, head) for i, c in enumerate(row)] for row in table.header]
    for number_row, row in enumerate(table.rows):
        style = bold if number_row in table.bold_rows else plain
        data.append([cell(c, i, number if i in table.numeric else style)
                     for i, c in enumerate(row)])
    heading = len(table.header)
    commands: list[tuple[Any, ...]] = [("GRID", (0, 0), (-1, -1), 0.5, "black"),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("FONTNAME", (0, 0), (-1, -1), FONT), ("FONTSIZE", (0, 0), (-1, -1), size),
                ("LEADING", (0, 0), (-1, -1), size * 1.2),
                ("FONTNAME", (0, 0), (-1, heading - 1), f"{FONT}-Bold"),
                ("ALIGN", (0, 0), (-1, heading - 1), "CENTER"),
                ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
                ("LEFTPADDING", (0, 0), (-1, -1), padding),
                ("RIGHTPADDING", (0, 0), (-1, -1), padding)]
    for first, top, last, bottom in table.spans:
        commands.append(("SPAN", (first, top), (last, bottom)))
    for column in table.numeric:
        commands.append(("ALIGN", (column, heading), (column, -1), "RIGHT"))
    for bold in table.bold_rows:
        commands.append(("FONTNAME", (0, heading + bold), (-1, heading + bold), f"{FONT}-Bold"))
    result = Table(data, colWidths=widths, repeatRows=heading)
    result.setStyle(TableStyle(commands))
    result.spaceBefore, result.spaceAfter = 2, L.PARAGRAPH_SPACE_PT + 4  # the next heading
    return result


def _fit_header_words(widths: list[float], header: list[list[str]], size: float,
                      padding: float) -> list[float]:
    """Column widths (points) in which no header word is broken ("STT" printed as "ST/T"):
    a column narrower than its longest header word, in bold at ``size``, grows to it and
    the widest column gives up the difference."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    widths = list(widths)
    for column in range(len(widths)):
        words = [w for row in header if column < len(row) for w in row[column].split()]
        need = max((stringWidth(w, f"{FONT}-Bold", size) for w in words), default=0)
        need += 2 * padding + 1
        if widths[column] >= need:
            continue
        widest = max((c for c in range(len(widths)) if c != column), key=lambda c: widths[c],
                     default=None)
        if widest is None or widths[widest] - (need - widths[column]) < need:
            continue
        widths[widest] -= need - widths[column]
        widths[column] = need
    return widths


def _chart(chart: L.Chart, width: float, s: dict[str, Any]) -> Any:
    """Horizontal bars with the reference line; green at or past it, red below."""
    from reportlab.graphics.charts.barcharts import HorizontalBarChart
    from reportlab.graphics.shapes import Drawing, Line, String
    from reportlab.lib import colors
    from reportlab.platypus import KeepTogether

    count = max(1, len(chart.values))
    bar_height = 16
    label_width = min(width * 0.45, 230)
    height = count * bar_height + 34
    drawing = Drawing(width, height)
    bars = HorizontalBarChart()
    bars.x, bars.y = label_width, 20
    bars.width, bars.height = width - label_width - 40, count * bar_height
    bars.data = [list(reversed(chart.values)) or [0]]
    top = max([chart.reference or 0, *chart.values, 1]) * 1.1
    bars.valueAxis.valueMin, bars.valueAxis.valueMax = 0, top
    bars.valueAxis.labels.fontName, bars.valueAxis.labels.fontSize = FONT, 8
    bars.categoryAxis.categoryNames = [
        (label if len(label) <= 48 else label[:46] + "…") for label in reversed(chart.labels)]
    bars.categoryAxis.labels.fontName, bars.categoryAxis.labels.fontSize = FONT, 8
    bars.categoryAxis.labels.boxAnchor = "e"
    bars.barLabelFormat = lambda v: format_value(v, chart.unit)
    bars.barLabels.fontName, bars.barLabels.fontSize = FONT, 8
    bars.barLabels.boxAnchor = "w"
    bars.barLabels.dx = 3
    for index, value in enumerate(reversed(chart.values)):
        good = chart.plain or chart.reference is None or value >= chart.reference
        bars.bars[(0, index)].fillColor = colors.HexColor(
            "#4f81bd" if chart.plain else ("#70ad47" if good else "#e06666"))
    drawing.add(bars)
    if chart.reference is not None:
        x = bars.x + bars.width * chart.reference / top
        drawing.add(Line(x, bars.y - 4, x, bars.y + bars.height + 4, strokeColor=colors.black,
                         strokeDashArray=[3, 2], strokeWidth=0.8))
        drawing.add(String(x, bars.y + bars.height + 6, format_value(chart.reference, chart.unit),
                           fontName=FONT, fontSize=8, textAnchor="middle"))
    return KeepTogether([_p(chart.title, s["chart_title"]), drawing])


def format_value(value: float, unit: str) -> str:
    """A bar's label in Vietnamese style ("81,2%", "1.234")."""
    from unionplanner.core.text import format_number

    text = format_number(value, 0 if float(value).is_integer() else 1)
    return f"{text}%" if unit == "%" else f"{text} {unit}".strip()


def _closing(closing: L.Closing, frame_width: float, s: dict[str, Any]) -> Any:
    from reportlab.platypus import Spacer, Table, TableStyle

    left = [_p("Nơi nhận:", s["to_title"])]
    left += [_p(f"- {line}", s["to_line"]) for line in closing.recipients]
    right = [_p(line.upper(), s["sign"]) for line in (closing.authority, closing.delegation,
                                                       closing.title) if line]
    right.append(Spacer(1, 26 * 2.835))  # room for the signature and seal (~26 mm)
    right.append(_p(closing.name, s["sign"]))
    table = Table([[left, right]], colWidths=[frame_width * 0.45, frame_width * 0.55])
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("FONTNAME", (0, 0), (-1, -1), FONT),
                               ("LEFTPADDING", (0, 0), (-1, -1), 0),
                               ("RIGHTPADDING", (0, 0), (-1, -1), 0)]))
    return table
