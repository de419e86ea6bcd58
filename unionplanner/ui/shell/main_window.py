"""The main window: a navigation list on the left and the pages on the right. It only
composes pages (see ``ui/pages/__init__.py``); pages talk to the domain themselves."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QSettings, QSize
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from unionplanner import APP_NAME, __version__
from unionplanner.domain.office.service import get_office
from unionplanner.ui.shell import labels
from unionplanner.ui.shell.context import OFFICE, AppContext
from unionplanner.ui.shell.pages import PAGES
from unionplanner.ui.shell.saved_bar import SavedBar
from unionplanner.ui.startup.welcome import WelcomePage

STYLE = """
QLabel#pageTitle { font-size: 18pt; font-weight: 600; margin-bottom: 6px; }
QLabel#sectionTitle { font-size: 12pt; font-weight: 600; margin-top: 6px; }
QLabel#placeholderText { font-size: 11pt; color: #444; }
QLabel#figureValue { font-size: 22pt; font-weight: 600; color: #1f5fa8; }
QListWidget#navigation { font-size: 11pt; background: #f3f6fa; border: none; }
QListWidget#navigation::item { padding: 8px 6px; }
QListWidget#navigation::item:selected { background: #1f5fa8; color: white; }
"""


class MainWindow(QMainWindow):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        ctx.runner.attach(self)
        self.setStyleSheet(STYLE)
        self.navigation = QListWidget()
        self.navigation.setObjectName("navigation")
        self.navigation.setFixedWidth(220)
        self.navigation.setIconSize(QSize(20, 20))
        self.stack = QStackedWidget()
        self.pages: dict[str, Any] = {}  # key → page widget (each its own class)
        for spec in PAGES:
            page = spec.factory(ctx)
            self.pages[spec.key] = page
            self.stack.addWidget(page)
            QListWidgetItem(self.style().standardIcon(spec.icon), spec.title, self.navigation)
        self.welcome = WelcomePage(ctx)
        self.welcome.enter_details.connect(lambda: self.show_page("settings"))
        self.stack.addWidget(self.welcome)
        self.navigation.currentRowChanged.connect(self._on_navigate)

        self.saved_bar = SavedBar()  # "Đã lưu … [Mở tệp] [Mở thư mục]" after a save
        right = QVBoxLayout()
        right.setContentsMargins(0, 0, 0, 0)
        right.addWidget(self.saved_bar)
        right.addWidget(self.stack, 1)
        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.navigation)
        layout.addLayout(right, 1)
        self.setCentralWidget(central)
        self._make_menus()
        location = ctx.db.file or ctx.db.url
        status = labels.fill(self.tr("Data: %1"), location)
        if ctx.db.read_only:
            status += " — " + self.tr("read-only (open in another window)")
        self.statusBar().addPermanentWidget(QLabel(status))
        self._update_title()
        ctx.changed.connect(self._on_changed)
        ctx.navigate.connect(self._go)
        self.navigation.setCurrentRow(0)
        self._restore_geometry()

    def _make_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        backup = QAction(self.tr("&Back up now"), self)
        backup.triggered.connect(lambda: self.pages["settings"].backup_now())
        backup.setEnabled(self.ctx.db.file is not None)
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(backup)
        file_menu.addSeparator()
        file_menu.addAction(quit_action)
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        about = QAction(self.tr("&About UnionPlanner"), self)
        about.triggered.connect(lambda: QMessageBox.about(
            self, APP_NAME, labels.fill(self.tr("UnionPlanner %1 — plans, monthly tracking "
                                                "and report summaries for union offices."),
                                        __version__)))
        help_menu.addAction(about)

    def has_office(self) -> bool:
        return self.ctx.read(get_office) is not None

    def show_page(self, key: str) -> None:
        keys = [spec.key for spec in PAGES]
        self.navigation.setCurrentRow(keys.index(key))

    def _go(self, key: str, target: object) -> None:
        """Show page ``key`` focused on ``target`` (pages that can, have ``focus``)."""
        self.show_page(key)
        page = self.pages[key]
        if hasattr(page, "focus_on"):
            page.focus_on(target)

    def current_page(self) -> QWidget | None:
        return self.stack.currentWidget()

    def _on_navigate(self, row: int) -> None:
        if row < 0:
            return
        key = PAGES[row].key
        if key == "overview" and not self.has_office():
            self.stack.setCurrentWidget(self.welcome)
        else:
            self.stack.setCurrentWidget(self.pages[key])

    def _on_changed(self, topics: set[str]) -> None:
        if OFFICE in topics:
            self._update_title()
            if self.stack.currentWidget() is self.welcome and self.has_office():
                self.stack.setCurrentWidget(self.pages["overview"])
            elif not self.has_office():  # the demo office removed: start afresh
                self.navigation.setCurrentRow(0)
                self.stack.setCurrentWidget(self.welcome)

    def _update_title(self) -> None:
        office = self.ctx.read(get_office)
        title = APP_NAME if office is None else f"{office.name} — {APP_NAME}"
        if self.ctx.db.read_only:
            title += " " + self.tr("(read-only)")
        self.setWindowTitle(title)

    def _restore_geometry(self) -> None:
        geometry = QSettings().value("window/geometry")
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(1200, 760)

    def closeEvent(self, event: QCloseEvent) -> None:
        QSettings().setValue("window/geometry", self.saveGeometry())
        self.ctx.runner.wait_all()
        super().closeEvent(event)
