"""The main window's page stack: the pages built the first time they are shown
(:class:`LazyPages`), and what shows while the database opens (:class:`LoadingPage`)."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QApplication, QHBoxLayout, QLabel, QProgressBar, QVBoxLayout, QWidget

from unionplanner.ui.shell.pages import PAGES

if TYPE_CHECKING:
    from unionplanner.ui.shell.main_window import MainWindow


class LazyPages(Mapping[str, Any]):
    """The window's pages by key (``PAGES`` order), each built by its factory the first
    time it is asked for and then kept in the window's stack. Asking before the window has
    its database raises LookupError."""

    def __init__(self, window: MainWindow):
        self._window = window
        self._built: dict[str, QWidget] = {}

    def __getitem__(self, key: str) -> Any:
        page = self._built.get(key)
        if page is None:
            spec = next((s for s in PAGES if s.key == key), None)
            if spec is None:
                raise KeyError(key)
            if self._window.ctx is None:
                raise LookupError(f"page {key!r} asked for before the database is open")
            from PySide6.QtCore import Qt

            QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
            try:
                page = spec.factory(self._window.ctx)
            finally:
                QApplication.restoreOverrideCursor()
            self._built[key] = page
            self._window.stack.addWidget(page)
        return page

    def __iter__(self) -> Iterator[str]:
        return iter(spec.key for spec in PAGES)

    def __len__(self) -> int:
        return len(PAGES)

    def built(self) -> list[str]:
        """The keys of the pages built so far."""
        return list(self._built)

    def adopt(self, key: str, page: QWidget) -> None:
        """Keep ``page``, built before the database was open, as page ``key``."""
        self._built[key] = page
        self._window.stack.addWidget(page)


class LoadingPage(QWidget):
    """What the window shows while the database opens: a sentence and a busy bar."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        text = QLabel(self.tr("Opening data…"))
        text.setObjectName("placeholderText")
        bar = QProgressBar()
        bar.setRange(0, 0)  # busy
        bar.setMaximumWidth(320)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        for widget in (text, bar):  # centred by stretches: no Qt flags before the first paint
            row = QHBoxLayout()
            row.addStretch(1)
            row.addWidget(widget)
            row.addStretch(1)
            layout.addLayout(row)
        layout.addStretch(2)
