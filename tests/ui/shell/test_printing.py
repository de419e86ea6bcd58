"""Printing a PDF: each page in its own orientation, on the printer's paper, proportions kept."""

from __future__ import annotations

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QSize, QSizeF
from PySide6.QtGui import QPageLayout, QPageSize
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter
from reportlab.lib.pagesizes import A4, landscape
from reportlab.pdfgen.canvas import Canvas

from unionplanner.ui.shell.printing import fit, orientation_of, print_pdf

INSET = 72  # points of white around each source page's black box


def source_pdf(path, sizes):
    canvas = Canvas(str(path))
    for width, height in sizes:
        canvas.setPageSize((width, height))
        canvas.rect(INSET, INSET, width - 2 * INSET, height - 2 * INSET, fill=1)
        canvas.showPage()
    canvas.save()
    return path


def black_box(document, number, width=300):
    """The black box's bounding box on a printed page, as fractions of the page."""
    size = document.pagePointSize(number)
    image = document.render(number, QSize(width, round(width * size.height() / size.width())))
    xs, ys = [], []
    for y in range(0, image.height(), 2):
        for x in range(0, image.width(), 2):
            colour = image.pixelColor(x, y)
            if colour.alpha() > 128 and colour.lightness() < 60:  # transparent is no ink
                xs.append(x)
                ys.append(y)
    return (min(xs) / image.width(), min(ys) / image.height(),
            max(xs) / image.width(), max(ys) / image.height())


def test_fit_keeps_proportions_and_centres():
    target = fit(QSizeF(842, 595), QSizeF(1000, 1000))
    assert target.width() == pytest.approx(1000) and target.height() == pytest.approx(706.65, 0.01)
    assert target.top() == pytest.approx((1000 - target.height()) / 2) and target.left() == 0
    assert fit(QSizeF(0, 10), QSizeF(10, 10)).isEmpty()
    assert orientation_of(QSizeF(842, 595)) == QPageLayout.Orientation.Landscape
    assert orientation_of(QSizeF(595, 842)) == QPageLayout.Orientation.Portrait


@pytest.mark.parametrize("paper, points", [(QPageSize.PageSizeId.A4, (595, 842)),
                                           (QPageSize.PageSizeId.Letter, (612, 792))])
def test_each_page_prints_in_its_own_orientation(qapp, tmp_path, paper, points):
    source = source_pdf(tmp_path / "report.pdf", [A4, landscape(A4), A4])
    document = QPdfDocument()
    document.load(str(source))
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    printer.setPageSize(QPageSize(paper))
    printer.setResolution(1200)
    assert print_pdf(document, printer) == 3
    assert printer.resolution() == 300  # capped: each page goes as a bitmap
    pages = PdfReader(tmp_path / "printed.pdf").pages
    shapes = [(round(float(p.mediabox.width)), round(float(p.mediabox.height))) for p in pages]
    portrait, wide = points, points[::-1]
    assert shapes == [portrait, wide, portrait]
    printed = QPdfDocument()
    printed.load(str(tmp_path / "printed.pdf"))
    for number, (width, height) in enumerate([A4, landscape(A4), A4]):
        left, top, right, bottom = black_box(printed, number)
        paper_w, paper_h = shapes[number]
        box_w, box_h = (right - left) * paper_w, (bottom - top) * paper_h
        # the box keeps the source's proportions (within the sampling step)
        assert box_w / box_h == pytest.approx((width - 2 * INSET) / (height - 2 * INSET), 0.03)
        # and is centred on the paper
        assert left == pytest.approx(1 - right, abs=0.02)
        assert top == pytest.approx(1 - bottom, abs=0.02)
