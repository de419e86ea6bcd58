"""Printing a plan in the official format: the plan laid out as an
:class:`~unionplanner.domain.documents.layout.OfficialDocument` (numbers given to its outline) and
written as PDF or Word."""

from __future__ import annotations

from pathlib import Path

from unionplanner.domain.documents import layout as L
from unionplanner.domain.plans.document import PART, PlanDocument
from unionplanner.domain.plans.outline import labels


def layout_plan(doc: PlanDocument) -> L.OfficialDocument:
    """The printable layout of a plan: header, "KẾ HOẠCH" and title, basis lines, the
    numbered outline (parts in capitals and bold, headings bold), recipients, signature;
    then, as the editor holds them, an appendix of the activities with their months, the
    departments leading them and the results expected, and of the targets (so what the
    clerk set in the Hoạt động and Chỉ tiêu tabs reaches the paper, not only the text)."""
    body: list[L.Paragraph | L.Table | L.Chart] = [L.Paragraph(b.text) for b in doc.basis]
    for block, label in zip(doc.blocks, labels(doc.blocks)):
        text = block.text.upper() if block.level == PART else block.text
        shown = f"{label} {text}" if label else text
        body.append(L.Paragraph(shown, L.HEADING if block.heading else L.BODY))
    return L.OfficialDocument(
        issuer=doc.issuer, parent_body=doc.parent_body, number_text=doc.number_text,
        place=doc.place, date=doc.date, doc_type=doc.doc_type or "KẾ HOẠCH", title=doc.title,
        body=body, closing=L.Closing(recipients=list(doc.recipients),
                                     authority=doc.signer.authority, title=doc.signer.title,
                                     name=doc.signer.name,
                                     delegation=doc.signer.delegation),
        appendices=_appendix(doc))


def months_text(months: list[str]) -> str:
    """Months as a plan says them: "tháng 4, 5/2026"; across years "tháng 12/2025,
    1/2026"; "" for none."""
    if not months:
        return ""
    ordered = sorted(set(months))
    years = {m[:4] for m in ordered}
    if len(years) == 1:
        return "tháng " + ", ".join(str(int(m[5:])) for m in ordered) + "/" + ordered[0][:4]
    return "tháng " + ", ".join(f"{int(m[5:])}/{m[:4]}" for m in ordered)


def _appendix(doc: PlanDocument) -> list[L.Appendix]:
    """"Phụ lục": the activities (STT | Hoạt động | Thời gian | Chủ trì | Phối hợp | Kết
    quả dự kiến) and the targets, when the plan has any."""
    body: list[L.Paragraph | L.Table | L.Chart] = []
    if doc.activities:
        rows = [[str(n), a.title, a.when or months_text(a.months), a.lead,
                 ", ".join(a.partners), a.output] for n, a in enumerate(doc.activities, 1)]
        header = ["STT", "Hoạt động", "Thời gian", "Chủ trì", "Phối hợp", "Kết quả dự kiến"]
        shares = [0.06, 0.38, 0.14, 0.16, 0.12, 0.14]
        kept = [c for c in range(len(header)) if c < 3 or any(row[c] for row in rows)]
        room = sum(shares[c] for c in kept)  # an empty column gives its room to the others
        body.append(L.Paragraph("I. CÁC HOẠT ĐỘNG", L.HEADING))
        body.append(L.Table([[header[c] for c in kept]], [[row[c] for c in kept] for row in rows],
                            [shares[c] / room for c in kept], numeric={0}, size=11))
    if doc.targets:
        body.append(L.Paragraph(("II" if doc.activities else "I") + ". CÁC CHỈ TIÊU",
                                L.HEADING))
        body += [L.Paragraph(f"{n}. {t.text}") for n, t in enumerate(doc.targets, 1)]
    if not body:
        return []
    number = doc.number_text.removeprefix("Số:").strip()
    attached = "Kèm theo Kế hoạch" + (f" số {number}" if number and not number.startswith(
        "/") else "") + (f" ngày {doc.date:%d/%m/%Y}" if doc.date else "")
    return [L.Appendix("", "Các hoạt động và chỉ tiêu của kế hoạch", attached, body,
                       landscape=False)]


def export_pdf(doc: PlanDocument, path: str | Path) -> Path:
    """Write the plan as an A4 PDF (see :mod:`unionplanner.domain.documents.pdf`)."""
    from unionplanner.domain.documents.pdf import write_pdf

    return write_pdf(layout_plan(doc), path)


def export_docx(doc: PlanDocument, path: str | Path) -> Path:
    """Write the plan as an editable Word document (see
    :mod:`unionplanner.domain.documents.word`)."""
    from unionplanner.domain.documents.word import write_docx

    return write_docx(layout_plan(doc), path)
