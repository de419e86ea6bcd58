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
    numbered outline (parts in capitals and bold, headings bold), recipients, signature."""
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
                                     delegation=doc.signer.delegation))


def export_pdf(doc: PlanDocument, path: str | Path) -> Path:
    """Write the plan as an A4 PDF (see :mod:`unionplanner.domain.documents.pdf`)."""
    from unionplanner.domain.documents.pdf import write_pdf

    return write_pdf(layout_plan(doc), path)


def export_docx(doc: PlanDocument, path: str | Path) -> Path:
    """Write the plan as an editable Word document (see
    :mod:`unionplanner.domain.documents.word`)."""
    from unionplanner.domain.documents.word import write_docx

    return write_docx(layout_plan(doc), path)
