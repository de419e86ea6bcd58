"""Printing a PDF the program wrote, page by page, on the printer the user chose.

The summary's PDF mixes portrait pages with landscape appendices. Each page is printed in
its own orientation on the printer's paper (A4 in an office, but Letter or A3 where that is
what the tray holds), scaled to fit with its proportions kept and centred; the PDF's own
margins (Nghị định 30/2020/NĐ-CP, Phụ lục I: 20–25 mm left, 15–20 mm top and bottom) are
the page's, so the printer's margins are not added to them.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, QSizeF
from PySide6.QtGui import QPageLayout, QPainter

#: the highest resolution pages go to a printer at (dots per inch): each page is sent as a
#: bitmap, and at 600 dpi an A4 page is ~140 MB; 300 dpi prints text and charts cleanly
MAX_PRINT_DPI = 300


def orientation_of(page: QSizeF) -> QPageLayout.Orientation:
    """Landscape for a page wider than high, else portrait."""
    return (QPageLayout.Orientation.Landscape if page.width() > page.height()
            else QPageLayout.Orientation.Portrait)


def fit(page: QSizeF, paper: QSizeF) -> QRectF:
    """Where a page of size ``page`` (points) goes on ``paper`` (device pixels): as large
    as fits with its proportions kept, centred. An empty rectangle for an empty page."""
    if page.width() <= 0 or page.height() <= 0:
        return QRectF()
    scale = min(paper.width() / page.width(), paper.height() / page.height())
    width, height = page.width() * scale, page.height() * scale
    return QRectF((paper.width() - width) / 2, (paper.height() - height) / 2, width, height)


def print_pdf(document, printer) -> int:
    """Paint every page of ``document`` (a loaded QPdfDocument) on ``printer`` (a QPrinter
    the user set up), each in its own orientation, fitted to the paper; the number of pages
    printed. The resolution is capped at :data:`MAX_PRINT_DPI`."""
    count = document.pageCount()
    if count <= 0:
        return 0
    printer.setResolution(min(printer.resolution(), MAX_PRINT_DPI))
    printer.setFullPage(True)  # the PDF's margins are the page's
    printer.setPageOrientation(orientation_of(document.pagePointSize(0)))
    painter = QPainter(printer)
    try:
        for number in range(count):
            size = document.pagePointSize(number)
            if number:
                printer.setPageOrientation(orientation_of(size))
                printer.newPage()
            paper = printer.paperRect(printer.Unit.DevicePixel).size()
            target = fit(size, paper)
            image = document.render(number, QSize(round(target.width()),
                                                  round(target.height())))
            painter.drawImage(target, image)
    finally:
        painter.end()
    return count
