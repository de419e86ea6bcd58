"""Writing an :class:`~unionplanner.domain.documents.layout.OfficialDocument` as a Word .docx with
python-docx, for the office to edit.

The document is ordinary: named paragraph styles ("UP Body", "UP Heading", …) carry the
format — no hard-coded spaces or tabs —, the header and closing blocks are borderless
two-column tables, the short rules are paragraph borders, and page numbers are a PAGE field
in a header that the first page does not show (Nghị định 30/2020/NĐ-CP, Phụ lục I; Quyết
định 933/QĐ-TLĐ). Text is in Times New Roman, which Word has and LibreOffice replaces with
the metric-compatible Liberation Serif.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from unionplanner.core.paths import save_document
from unionplanner.domain.documents import layout as L

FONT = "Times New Roman"


def _font(style_or_run: Any, size: float, bold: bool | None = None,
          italic: bool | None = None) -> None:
    from docx.oxml.ns import qn
    from docx.shared import Pt

    font = style_or_run.font
    font.name = FONT
    font.size = Pt(size)
    if bold is not None:
        font.bold = bold
    if italic is not None:
        font.italic = italic
    element = style_or_run.element
    rpr = element.get_or_add_rPr()
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = rpr.makeelement(qn("w:rFonts"), {})
        rpr.append(fonts)
    for attribute in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        fonts.set(qn(attribute), FONT)


def _styles(document: Any) -> None:
    from docx.enum.style import WD_STYLE_TYPE
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Mm, Pt

    normal = document.styles["Normal"]
    _font(normal, L.BODY_PT)
    normal.paragraph_format.space_after = Pt(0)

    def add(name: str, size: float = L.BODY_PT, *, bold: bool | None = None,
            italic: bool | None = None, align: Any = None, indent: bool = False,
            space_after: float = 0.0, space_before: float = 0.0) -> Any:
        style = document.styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
        style.base_style = normal
        style.quick_style = True
        _font(style, size, bold, italic)
        fmt = style.paragraph_format
        if align is not None:
            fmt.alignment = align
        if indent:
            fmt.first_line_indent = Mm(L.FIRST_LINE_INDENT_MM)
        fmt.space_after = Pt(space_after)
        fmt.space_before = Pt(space_before)
        fmt.line_spacing = L.LINE_SPACING if indent else 1.0
        return style

    justify, center, left = (WD_ALIGN_PARAGRAPH.JUSTIFY, WD_ALIGN_PARAGRAPH.CENTER,
                             WD_ALIGN_PARAGRAPH.LEFT)
    add("UP Body", align=justify, indent=True, space_after=L.PARAGRAPH_SPACE_PT)
    heading = add("UP Heading", bold=True, align=justify, indent=True,
                  space_after=L.PARAGRAPH_SPACE_PT)
    heading.paragraph_format.keep_with_next = True  # a heading never ends a page
    add("UP Italic", italic=True, align=justify, indent=True, space_after=L.PARAGRAPH_SPACE_PT)
    add("UP Center", align=center, space_after=L.PARAGRAPH_SPACE_PT)
    add("UP Header", L.HEADER_PT, align=center)
    add("UP Header Bold", L.HEADER_PT, bold=True, align=center)
    add("UP Motto", L.MOTTO_PT, bold=True, align=center)
    add("UP Number", L.HEADER_PT, align=center, space_before=4)
    add("UP Date", italic=True, align=center, space_before=4)
    add("UP Document Type", bold=True, align=center, space_before=14)
    add("UP Title", bold=True, align=center)
    add("UP Recipient Line", align=center, space_before=6, space_after=6)
    add("UP Recipients Title", L.RECIPIENTS_TITLE_PT, bold=True, italic=True, align=left)
    add("UP Recipients", L.RECIPIENTS_PT, align=left)
    add("UP Signature", bold=True, align=center)
    add("UP Rule", 2, align=center)
    add("UP Cell", 12)
    add("UP Cell Head", 12, bold=True, align=center)
    add("UP Cell Number", 12, align=WD_ALIGN_PARAGRAPH.RIGHT)


def _rule(container: Any, cell_width_mm: float, length_mm: float) -> None:
    """A short centred rule: an empty paragraph with a bottom border, indented so the
    border is ``length_mm`` long."""
    from docx.oxml.ns import qn
    from docx.shared import Mm

    paragraph = container.add_paragraph(style="UP Rule")
    side = max(0.0, (cell_width_mm - length_mm) / 2)
    paragraph.paragraph_format.left_indent = Mm(side)
    paragraph.paragraph_format.right_indent = Mm(side)
    ppr = paragraph._p.get_or_add_pPr()
    borders = ppr.makeelement(qn("w:pBdr"), {})
    bottom = borders.makeelement(qn("w:bottom"), {qn("w:val"): "single", qn("w:sz"): "6",
                                                  qn("w:space"): "1", qn("w:color"): "000000"})
    borders.append(bottom)
    ppr.append(borders)


def _cell_text(cell: Any, text: str, style: str, first: bool = False) -> Any:
    paragraph = cell.paragraphs[0] if first else cell.add_paragraph()
    paragraph.style = style
    paragraph.add_run(text)
    return paragraph


def _page_numbers(section: Any) -> None:
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml.ns import qn

    section.different_first_page_header_footer = True
    paragraph = section.header.paragraphs[0]
    paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
    field = paragraph._p.makeelement(qn("w:fldSimple"), {qn("w:instr"): "PAGE"})
    run = paragraph.add_run("1")
    _font(run, L.PAGE_NUMBER_PT)
    field.append(run._r)
    paragraph._p.append(field)


def write_docx(doc: L.OfficialDocument, path: str | Path) -> Path:
    """Write ``doc`` to ``path`` as .docx; returns the path. OSError propagates."""
    import docx
    from docx.shared import Mm

    path = Path(path)
    document = docx.Document()
    section = document.sections[0]
    section.page_width, section.page_height = Mm(L.PAGE_WIDTH_MM), Mm(L.PAGE_HEIGHT_MM)
    section.top_margin, section.bottom_margin = Mm(L.MARGIN_TOP_MM), Mm(L.MARGIN_BOTTOM_MM)
    section.left_margin, section.right_margin = Mm(L.MARGIN_LEFT_MM), Mm(L.MARGIN_RIGHT_MM)
    section.header_distance = Mm(L.MARGIN_TOP_MM / 2)
    _styles(document)
    _page_numbers(section)
    width = L.PAGE_WIDTH_MM - L.MARGIN_LEFT_MM - L.MARGIN_RIGHT_MM
    left_w = width * L.HEADER_LEFT_SHARE
    right_w = width - left_w

    header = document.add_table(rows=2, cols=2)
    _widths(header, [left_w, right_w])
    left, right = header.rows[0].cells
    first = True
    if doc.parent_body:
        _cell_text(left, doc.parent_body.upper(), "UP Header", first=True)
        first = False
    _cell_text(left, doc.issuer.upper() or "…", "UP Header Bold", first=first)
    _rule(left, left_w, left_w * 0.4)
    _cell_text(right, L.NATIONAL_TITLE, "UP Header Bold", first=True)
    _cell_text(right, L.MOTTO, "UP Motto")
    _rule(right, right_w, 58)
    _cell_text(header.rows[1].cells[0], doc.number_text, "UP Number", first=True)
    _cell_text(header.rows[1].cells[1], doc.place_and_date(), "UP Date", first=True)

    document.add_paragraph(doc.doc_type.upper(), style="UP Document Type")
    document.add_paragraph(doc.title, style="UP Title")
    _rule(document, width, width * 0.3)
    if doc.recipient_line:
        document.add_paragraph(doc.recipient_line, style="UP Recipient Line")
    styles = {L.BODY: "UP Body", L.HEADING: "UP Heading", L.ITALIC: "UP Italic",
              L.CENTER: "UP Center"}
    last = _body(document, doc.body, width, styles)
    if last is not None:  # the signature never stands alone on a page
        last.paragraph_format.keep_with_next = True

    closing = document.add_table(rows=1, cols=2)
    _widths(closing, [width * 0.45, width * 0.55])
    _keep_row(closing.rows[0])
    to, sign = closing.rows[0].cells
    _cell_text(to, "Nơi nhận:", "UP Recipients Title", first=True)
    for line in doc.closing.recipients:
        _cell_text(to, f"- {line}", "UP Recipients")
    first = True
    for line in (doc.closing.authority, doc.closing.delegation, doc.closing.title):
        if line:
            _cell_text(sign, line.upper(), "UP Signature", first=first)
            first = False
    for _ in range(4):  # room for the signature and seal
        sign.add_paragraph(style="UP Signature")
    _cell_text(sign, doc.closing.name, "UP Signature")
    for appendix in doc.appendices:
        _appendix(document, appendix, styles)
    document.core_properties.title = doc.title
    document.core_properties.author = doc.issuer
    return save_document(path, document.save)  # a full disk: no truncated .docx, no noise


def _body(document: Any, items: list[Any], width: float, styles: dict[str, Any]) -> Any:
    """Paragraphs, tables and charts (as a small table of their figures); returns the last
    paragraph written (None if the body ends with a table)."""
    from unionplanner.domain.documents.pdf import format_value

    last = None
    for item in items:
        if isinstance(item, L.Table):
            _table(document, item, width)
            last = None
        elif isinstance(item, L.Chart):
            document.add_paragraph(item.title, style="UP Center")
            _table(document, L.Table([["", ""]], [[label, format_value(value, item.unit)]
                                                  for label, value in zip(item.labels,
                                                                          item.values)],
                                     [0.75, 0.25], numeric={1}), width)
            last = None
        else:
            last = document.add_paragraph(item.text, style=styles.get(item.kind, "UP Body"))
    return last


def _appendix(document: Any, appendix: L.Appendix, styles: dict[str, Any]) -> None:
    """A new section (landscape when asked) with "Phụ lục …", its title and content."""
    from docx.enum.section import WD_ORIENT, WD_SECTION
    from docx.shared import Mm

    section = document.add_section(WD_SECTION.NEW_PAGE)
    if appendix.landscape:
        section.orientation = WD_ORIENT.LANDSCAPE
        section.page_width, section.page_height = Mm(L.PAGE_HEIGHT_MM), Mm(L.PAGE_WIDTH_MM)
    else:
        section.orientation = WD_ORIENT.PORTRAIT
        section.page_width, section.page_height = Mm(L.PAGE_WIDTH_MM), Mm(L.PAGE_HEIGHT_MM)
    width = (section.page_width.mm - L.MARGIN_LEFT_MM - L.MARGIN_RIGHT_MM)
    document.add_paragraph(f"Phụ lục {appendix.number}".strip(), style="UP Document Type")
    document.add_paragraph(appendix.title.upper(), style="UP Title")
    line = document.add_paragraph(f"({appendix.attached_to})", style="UP Center")
    for run in line.runs:
        run.italic = True
    _body(document, appendix.body, width, styles)


def _keep_row(row: Any) -> None:
    """The row may not break across pages."""
    from docx.oxml.ns import qn

    tr_pr = row._tr.get_or_add_trPr()
    tr_pr.append(tr_pr.makeelement(qn("w:cantSplit"), {}))


def _widths(table: Any, widths_mm: list[float], padding: int | None = 0) -> None:
    """Fixed column widths that Word and LibreOffice both keep (grid, columns and cells);
    ``padding``: the cells' left/right margin in twentieths of a point (None: as styled)."""
    from docx.oxml.ns import qn
    from docx.shared import Mm

    table.autofit = False
    tbl_pr = table._tbl.tblPr
    layout = tbl_pr.makeelement(qn("w:tblLayout"), {qn("w:type"): "fixed"})
    tbl_pr.append(layout)
    if padding is not None:
        margins = tbl_pr.makeelement(qn("w:tblCellMar"), {})
        for side in ("left", "right"):
            margins.append(margins.makeelement(qn(f"w:{side}"), {
                qn("w:w"): str(padding), qn("w:type"): "dxa"}))
        tbl_pr.append(margins)
    for column, width in zip(table.columns, widths_mm):
        column.width = Mm(width)
    for row in table.rows:
        for cell, width in zip(row.cells, widths_mm):
            cell.width = Mm(width)


def _table(document: Any, table: L.Table, width_mm: float) -> None:
    from docx.shared import Pt

    result = document.add_table(rows=0, cols=len(table.widths))
    result.style = "Table Grid"
    heading = len(table.header)
    for number, row in enumerate(table.header + table.rows):
        cells = result.add_row().cells
        head = number < heading
        for column, (cell, text) in enumerate(zip(cells, row)):
            style = "UP Cell Head" if head else (
                "UP Cell Number" if column in table.numeric else "UP Cell")
            paragraph = _cell_text(cell, text, style, first=True)
            if table.size != 12 or (not head and number - heading in table.bold_rows):
                for run in paragraph.runs:
                    run.font.size = Pt(table.size)
                    if not head and number - heading in table.bold_rows:
                        run.bold = True
    for first, top, last, bottom in table.spans:
        merged = result.cell(top, first).merge(result.cell(bottom, last))
        for paragraph in merged.paragraphs[1:]:  # the blank cells' paragraphs come along
            if not paragraph.text:
                paragraph._p.getparent().remove(paragraph._p)
    _widths(result, [width_mm * w for w in table.widths], padding=None)
