"""The message bar shown after a file is saved: which file, and buttons to open it or the
folder it is in — a saved report is never left for the user to hunt for.

:func:`announce_saved` is what pages call after writing a file; inside the main window it
shows the bar above the page (it stays until closed or replaced), elsewhere (a page used
on its own) a message box says where the file is.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QToolButton,
    QWidget,
)


def open_file(path: Path) -> None:
    """Open ``path`` with the program the system uses for it."""
    QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


def open_folder(path: Path) -> None:
    """Show the folder holding ``path`` (on Windows with the file selected)."""
    if sys.platform == "win32":
        subprocess.Popen(["explorer", "/select,", str(path)])  # noqa: S603,S607
    else:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(path.parent)))


class SavedBar(QFrame):
    """"Đã lưu «name» vào «folder»  [Mở tệp] [Mở thư mục] ×"; hidden until a file is saved."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("savedBar")
        self.setStyleSheet("#savedBar { background: #e6f4ea; border: 1px solid #a8d5b5; "
                           "border-radius: 4px; }")
        self.path: Path | None = None
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.open_button = QPushButton(self.tr("Open file"))
        self.folder_button = QPushButton(self.tr("Open folder"))
        close = QToolButton()
        close.setText("×")
        close.setToolTip(self.tr("Close"))
        close.setAutoRaise(True)
        self.open_button.clicked.connect(lambda: self.path and open_file(self.path))
        self.folder_button.clicked.connect(lambda: self.path and open_folder(self.path))
        close.clicked.connect(self.hide)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 4, 4, 4)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.open_button)
        layout.addWidget(self.folder_button)
        layout.addWidget(close)
        self.hide()

    def show_file(self, path: Path) -> None:
        self.path = Path(path)
        self.label.setText(self.tr("Saved \"%1\" in %2.").replace("%1", self.path.name)
                           .replace("%2", str(self.path.parent)))
        self.label.setToolTip(str(self.path))
        self.show()


def announce_saved(widget: QWidget, path: Path | str) -> None:
    """Tell the user ``path`` was saved: the main window's bar, else a message box."""
    holder: QWidget | None = widget
    while holder is not None and not isinstance(getattr(holder, "saved_bar", None), SavedBar):
        holder = holder.parentWidget()
    if holder is not None:
        holder.saved_bar.show_file(Path(path))  # type: ignore[attr-defined]
        return
    QMessageBox.information(widget, widget.window().windowTitle() or "UnionPlanner",
                            QCoreApplication.translate("SavedBar", "Saved \"%1\" in %2.")
                            .replace("%1", Path(path).name)
                            .replace("%2", str(Path(path).parent)))
