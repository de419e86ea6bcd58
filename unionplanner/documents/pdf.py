"""Writing an :class:`~unionplanner.documents.layout.OfficialDocument` as PDF with reportlab.

Liberation Serif (metric-compatible with Times New Roman, with every Vietnamese glyph; shipped
in resources/fonts with its licence) is embedded in all four styles, so no glyph falls back
to a built-in PDF font. A4 portrait, margins, the header block as a borderless two-column
table with its short rules, page numbers centred in the top margin from page 2 (FORMAT.md).
"""

from __future__ import annotations

from pathlib import Path
from xml.sax.saxutils import escape

from unionplanner.documents import layout as L
from unionplanner.paths import resource_file

FONT = "LiberationSerif"
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


def _styles():
    from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm

    base = ParagraphStyle("base", fontName=FONT, fontSize=L.BODY_PT,
                          leading=L.BODY_PT * L.LINE_SPACING)

    def style(name, **kw):
        return ParagraphStyle(name, parent=base, **kw)

    return {
        "body": style("body", alignment=TA_JUSTIFY, firstLineIndent=L.FIRST_LINE_INDENT_MM * mm,
                      spaceAfter=L.PARAGRAPH_SPACE_PT),
        "heading": style("heading", alignment=TA_JUSTIFY, fontName=f"{FONT}-Bold",
                         firstLineIndent=L.FIRST_LINE_INDENT_MM * mm,
                         spaceAfter=L.PARAGRAPH_SPACE_PT, keepWithNext=1),
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
    }


def _p(text: str, style):
    from reportlab.platypus import Paragraph

    return Paragraph(escape(text).replace("\n", "<br/>"), style)


def _rule(text_width_pt: float, share: float):
    """A short centred rule (under the issuing body, the motto, the title)."""
    from reportlab.platypus.flowables import Flowable

    class Rule(Flowable):
        def __init__(self, width: float):
            super().__init__()
            self.length = width
            self.space = 0.0

        def wrap(self, available_width, available_height):
            self.space = available_width
            return available_width, 9

        def draw(self):
            start = max(0.0, (self.space - self.length) / 2)
            self.canv.setLineWidth(0.6)
            self.canv.line(start, 3, start + self.length, 3)

    return Rule(text_width_pt * share)


def write_pdf(doc: L.OfficialDocument, path: str | Path) -> Path:
    """Write ``doc`` to ``path`` (A4 PDF); returns the path. OSError propagates (the caller
    tells the user the file could not be written)."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import mm
    from reportlab.pdfbase.pdfmetrics import stringWidth
    from reportlab.platypus import KeepTogether, SimpleDocTemplate, Spacer, Table, TableStyle

    register_fonts()
    path = Path(path)
    s = _styles()
    frame_width = (L.PAGE_WIDTH_MM - L.MARGIN_LEFT_MM - L.MARGIN_RIGHT_MM) * mm
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
    header.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("FONTNAME", (0, 0), (-1, -1), FONT),
                                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                                ("TOPPADDING", (0, 1), (-1, 1), 4)]))
    story = [header, _p(doc.doc_type.upper(), s["doc_type"]), _p(doc.title, s["title"]),
             _rule(frame_width, 0.3)]
    if doc.recipient_line:
        story.append(_p(doc.recipient_line, s["recipient_line"]))
    story.append(Spacer(1, 6))
    for item in doc.body:
        if isinstance(item, L.Table):
            story.append(_table(item, frame_width, s))
        else:
            story.append(_p(item.text, s.get(item.kind, s["body"])))
    # the signature never stands alone on a page: the last paragraph goes with it
    last = [story.pop()] if doc.body and not isinstance(doc.body[-1], L.Table) else []
    story.append(KeepTogether([*last, Spacer(1, 10), _closing(doc.closing, frame_width, s)]))

    def later_pages(canvas, document) -> None:
        canvas.saveState()
        canvas.setFont(FONT, L.PAGE_NUMBER_PT)
        canvas.drawCentredString(L.MARGIN_LEFT_MM * mm + frame_width / 2,
                                 (L.PAGE_HEIGHT_MM - L.MARGIN_TOP_MM / 2) * mm - 4,
                                 str(document.page))
        canvas.restoreState()

    pdf = SimpleDocTemplate(str(path), pagesize=A4, leftMargin=L.MARGIN_LEFT_MM * mm,
                            rightMargin=L.MARGIN_RIGHT_MM * mm, topMargin=L.MARGIN_TOP_MM * mm,
                            bottomMargin=L.MARGIN_BOTTOM_MM * mm, title=doc.title,
                            author=doc.issuer, subject=doc.doc_type, lang="vi",
                            initialFontName=FONT, initialFontSize=L.BODY_PT)
    pdf.build(story, onLaterPages=later_pages)
    return path


def _table(table: L.Table, frame_width: float, s):
    from reportlab.platypus import Table, TableStyle

    widths = [frame_width * w for w in table.widths]
    data = [[_p(c, s["cell_head"]) for c in row] for row in table.header]
    for row in table.rows:
        data.append([_p(c, s["cell_number"] if i in table.numeric else s["cell"])
                     for i, c in enumerate(row)])
    result = Table(data, colWidths=widths, repeatRows=len(table.header))
    result.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, "black"),
                                ("FONTNAME", (0, 0), (-1, -1), FONT),
                                ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]))
    return result


def _closing(closing: L.Closing, frame_width: float, s):
    from reportlab.platypus import Spacer, Table, TableStyle

    left = [_p("Nơi nhận:", s["to_title"])]
    left += [_p(f"- {line}", s["to_line"]) for line in closing.recipients]
    right = [_p(closing.authority.upper(), s["sign"])] if closing.authority else []
    if closing.title:
        right.append(_p(closing.title.upper(), s["sign"]))
    right.append(Spacer(1, 26 * 2.835))  # room for the signature and seal (~26 mm)
    right.append(_p(closing.name, s["sign"]))
    table = Table([[left, right]], colWidths=[frame_width * 0.45, frame_width * 0.55])
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("FONTNAME", (0, 0), (-1, -1), FONT),
                               ("LEFTPADDING", (0, 0), (-1, -1), 0),
                               ("RIGHTPADDING", (0, 0), (-1, -1), 0)]))
    return table
