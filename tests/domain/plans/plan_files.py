"""Plan documents the tests write themselves, in the shapes other bodies' plans arrive in: a
.docx with the header and the signature in borderless two-column tables (bold where asked),
and the same as plain text (columns one after the other, or joined with "|" as a web page
copies them)."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path


@dataclass
class PlanText:
    """A plan's parts. ``left``: the header's left column as (text, bold) lines; ``right``:
    its right column (the national title and motto, then the place and date); ``number``:
    the "Số: …" line under the left column; ``title``: the title's lines after the type;
    ``body``: the paragraphs from the basis on; ``recipients`` and ``signature``: the
    closing's two columns; ``attachment``: what follows the signature — the plan a decision
    issues, its first lines (type, title, "(Kèm theo …)") centred in bold on a new page."""

    left: list[tuple[str, bool]]
    number: str
    place_date: str
    title: list[str]
    body: list[str]
    recipients: list[str] = field(default_factory=lambda: ["Nơi nhận:", "- Như trên;",
                                                           "- Lưu: VT."])
    signature: list[str] = field(default_factory=lambda: ["TM. BAN THƯỜNG VỤ", "CHỦ TỊCH", "",
                                                          "Nguyễn Văn An"])
    national: tuple[str, str] = ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                                 "Độc lập - Tự do - Hạnh phúc")
    doc_type: str = "KẾ HOẠCH"
    attachment: list[str] = field(default_factory=list)


def write_docx(plan: PlanText, path: Path) -> Path:
    """The plan as Word writes it: header and closing in two-column tables."""
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH

    document = docx.Document()
    header = document.add_table(rows=1, cols=2)
    left, right = header.rows[0].cells
    first = True
    for text, bold in [*plan.left, ("_______", False), (plan.number, False)]:
        paragraph = left.paragraphs[0] if first else left.add_paragraph()
        first = False
        paragraph.add_run(text).bold = bold
        paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
    right.paragraphs[0].add_run(plan.national[0]).bold = True
    right.add_paragraph().add_run(plan.national[1]).bold = True
    right.add_paragraph().add_run(plan.place_date).italic = True
    for text in [plan.doc_type, *plan.title]:
        paragraph = document.add_paragraph()
        paragraph.add_run(text).bold = True
        paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
    for text in plan.body:
        document.add_paragraph(text)
    closing = document.add_table(rows=1, cols=2)
    recipients, signature = closing.rows[0].cells
    recipients.paragraphs[0].add_run(plan.recipients[0]).bold = True
    for text in plan.recipients[1:]:
        recipients.add_paragraph(text)
    signature.paragraphs[0].add_run(plan.signature[0]).bold = True
    for text in plan.signature[1:]:
        signature.add_paragraph().add_run(text).bold = True
    if plan.attachment:
        from docx.enum.text import WD_BREAK

        document.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        heading = True
        for text in plan.attachment:
            paragraph = document.add_paragraph()
            paragraph.add_run(text).bold = heading
            if heading:
                paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
            heading = heading and not text.startswith("(")  # the heading ends at "(Kèm theo"
    document.save(str(path))
    return path


def plain_lines(plan: PlanText, *, web: bool = False) -> list[str]:
    """The plan as plain text: the columns one after the other, or (``web``) side by side
    joined with "|" and the place on its own line above the date, under the page's title."""
    if web:
        rows = [f"{plan.left[0][0]} | {plan.national[0]}"]
        rows += [f"{text} | {plan.national[1] if n == 0 else ''}"
                 for n, (text, _bold) in enumerate(plan.left[1:])]
        place, date = plan.place_date.split(",", 1)
        rows += [f"{plan.number} | {place},", date.strip()]
        head = [f"{plan.doc_type.capitalize()} {' '.join(plan.title)} - Cổng thông tin", ""]
        head += rows
    else:
        head = [text for text, _bold in plan.left] + ["_______", plan.number]
        head += [*plan.national, plan.place_date]
    if web:  # the closing's two columns side by side too
        rows = max(len(plan.recipients), len(plan.signature))
        closing = [f"{a} | {b}".strip(" |") if a and b else a or b for a, b in zip(
            plan.recipients + [""] * rows, plan.signature + [""] * rows, strict=False)][:rows]
    else:
        closing = [*plan.recipients, *plan.signature]
    tail = ["", *plan.attachment] if plan.attachment else []
    return [*head, "", plan.doc_type, *plan.title, "", *plan.body, "", *closing, *tail]


def write_txt(plan: PlanText, path: Path, *, web: bool = False) -> Path:
    path.write_text("\n".join(plain_lines(plan, web=web)) + "\n", encoding="utf-8")
    return path
