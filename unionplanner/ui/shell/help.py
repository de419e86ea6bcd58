"""The user guide inside the program: ``resources/help/huong-dan.html`` (Vietnamese, written
for a clerk, with pictures of the screens) in a window beside the main one. F1 opens it at
the part for the page on screen (:data:`ANCHORS`); Help → "Hướng dẫn sử dụng" at the start.
:func:`write_guide_pdf` prints the same guide to a PDF, which the installers put beside the
program.
"""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QSize, Qt, QUrl
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from unionplanner.core import paths

#: page key (:data:`unionplanner.ui.shell.pages.PAGES`) → the guide's part for it
ANCHORS = {"welcome": "batdau", "overview": "tongquan", "plans": "kehoach",
           "tracking": "theodoi", "received": "baocao-cdcs", "summary": "tonghop",
           "outgoing": "vanbandi", "units": "donvi", "settings": "caidat"}
#: the PDF copy's file name beside the program
PDF_NAME = "Huong dan su dung UnionPlanner.pdf"


def guide_file() -> Path:
    """The guide's HTML file (FileNotFoundError when the installation lacks it)."""
    return paths.resource_file(paths.USER_GUIDE)


def guide_pictures(html: str) -> list[str]:
    """The pictures the guide shows, relative to its folder ("images/ke-hoach.png")."""
    return re.findall(r'<img\s+src="([^"]+)"', html)


def anchors(html: str) -> list[str]:
    """The parts of the guide that can be opened by name."""
    return re.findall(r'<a name="([^"]+)"', html)


class HelpWindow(QDialog):
    """The guide in a window of its own (not modal: the clerk reads and works)."""

    def __init__(self, parent: QWidget | None = None):
        from unionplanner.ui.shell.screens import fit_to_screen

        super().__init__(parent)
        self.setWindowTitle(self.tr("User guide"))
        self.browser = QTextBrowser()
        self.browser.setOpenExternalLinks(True)
        source = guide_file()
        self.browser.setSearchPaths([str(source.parent)])
        self.browser.setSource(QUrl.fromLocalFile(str(source)))
        contents = QPushButton(self.tr("Contents"))
        contents.clicked.connect(lambda: self.show_part(""))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(contents, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser, 1)
        layout.addWidget(buttons)
        fit_to_screen(self, QSize(860, 700))

    def show_part(self, anchor: str) -> None:
        """Show the guide at ``anchor`` (a value of :data:`ANCHORS`; "" for the start)."""
        if anchor:
            self.browser.scrollToAnchor(anchor)
        else:
            self.browser.verticalScrollBar().setValue(0)
        self.show()
        self.raise_()
        self.activateWindow()


def write_guide_pdf(path: Path) -> Path:
    """Print the guide (with its pictures) to an A4 PDF at ``path``; needs a QGuiApplication.
    Returns the path."""
    from PySide6.QtCore import QMarginsF
    from PySide6.QtGui import QImage, QPageLayout, QPageSize, QPdfWriter

    source = guide_file()
    html = source.read_text(encoding="utf-8")
    document = QTextDocument()
    for name in guide_pictures(html):  # a bare document loads no file by itself
        picture = QImage(str(source.parent / name))  # 820 px: 460 points at about 130 dpi
        document.addResource(QTextDocument.ResourceType.ImageResource, QUrl(name),
                             picture.scaledToWidth(min(820, picture.width()),
                                                   Qt.TransformationMode.SmoothTransformation))
    # the window shows pictures 640 px wide; a page is about 480 points wide between margins
    document.setHtml(re.sub(r'(<img\s[^>]*width=")\d+"', r'\g<1>460"', html))
    writer = QPdfWriter(str(path))
    writer.setTitle("Hướng dẫn sử dụng UnionPlanner")
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4),
                                     QPageLayout.Orientation.Portrait,
                                     QMarginsF(20, 20, 15, 20), QPageLayout.Unit.Millimeter))
    document.print_(writer)
    return path
