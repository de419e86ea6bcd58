"""The main window: a navigation list on the left and the pages on the right. It only
composes pages (see :mod:`unionplanner.ui.shell.pages`); pages talk to the domain themselves.

The window is shown before the database is open (nothing heavy before the first paint: this
module imports no SQLAlchemy): it says "Opening data…" until :meth:`MainWindow.attach` gives
it the open database, and each page is built the first time it is shown
(:class:`~unionplanner.ui.shell.page_stack.LazyPages`)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QSize, Signal
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
from unionplanner.ui.shell import icons, labels, screens
from unionplanner.ui.shell.context import OFFICE, AppContext
from unionplanner.ui.shell.page_stack import LazyPages, LoadingPage
from unionplanner.ui.shell.pages import PAGES
from unionplanner.ui.shell.saved_bar import SavedBar

STYLE = """
QLabel#pageTitle { font-size: 18pt; font-weight: 600; margin-bottom: 6px; }
QLabel#sectionTitle { font-size: 12pt; font-weight: 600; margin-top: 6px; }
QLabel#placeholderText { font-size: 11pt; color: #444; }
QLabel#figureValue { font-size: 22pt; font-weight: 600; color: #1f5fa8; }
QListWidget#navigation { font-size: 11pt; background: #f3f6fa; border: none; }
QListWidget#navigation::item { padding: 8px 6px; }
QListWidget#navigation::item:selected { background: #1f5fa8; color: white; }
"""

NAV_ICON = 20  # px: the navigation's icons


def _shortcut(action: QAction, keys: QKeySequence) -> None:
    """``action.setShortcut(keys)`` through Qt's property: the overloaded setter makes
    PySide6 load Qt's whole namespace of enums (~20 ms) before the window's first paint."""
    action.setProperty("shortcut", keys)


class MainWindow(QMainWindow):
    """The main window. ``MainWindow(ctx)`` is ready at once; ``MainWindow()`` shows
    "Opening data…" until :meth:`attach` (``opened`` is emitted then)."""

    opened = Signal()

    def __init__(self, ctx: AppContext | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx: AppContext | None = None
        self.setStyleSheet(STYLE)
        self.navigation = QListWidget()
        self.navigation.setObjectName("navigation")
        self.navigation.setFixedWidth(220)
        self.navigation.setIconSize(QSize(NAV_ICON, NAV_ICON))
        for spec in PAGES:
            QListWidgetItem(icons.icon(spec.key, sizes=(NAV_ICON,)), spec.title, self.navigation)
        self.navigation.setEnabled(False)
        self.navigation.currentRowChanged.connect(self._on_navigate)
        self.stack = QStackedWidget()
        self.loading = LoadingPage()
        self.stack.addWidget(self.loading)
        self.pages = LazyPages(self)  # key → page widget (each its own class)
        self.welcome: Any = None
        self._help: Any = None  # the user guide's window, once opened

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
        self.setWindowTitle(APP_NAME)
        self._restore_geometry()
        if ctx is not None:
            self.attach(ctx)

    def attach(self, ctx: AppContext) -> None:
        """Give the window its open database: the welcome page, the status line, the title,
        the change notices; then the first page is shown and ``opened`` emitted."""
        from unionplanner.ui.startup.welcome import WelcomePage

        self.ctx = ctx
        ctx.runner.attach(self)
        self.welcome = WelcomePage(ctx)
        self.welcome.enter_details.connect(lambda: self.show_page("settings"))
        self.stack.addWidget(self.welcome)
        location = ctx.db.file or ctx.db.url
        status = labels.fill(self.tr("Data: %1"), location)
        if ctx.db.read_only:
            status += " — " + self.tr("read-only (open in another window)")
        self.statusBar().addPermanentWidget(QLabel(status))
        self.backup_action.setEnabled(ctx.db.file is not None)
        self._update_title()
        ctx.changed.connect(self._on_changed)
        ctx.navigate.connect(self._go)
        if "overview" in self.pages.built():  # shown early (show_first): now on the database
            self.pages["overview"].attach(ctx)
        self.navigation.setEnabled(True)
        row = max(self.navigation.currentRow(), 0)  # a page the user clicked meanwhile stays
        self._select_row(row)
        self._on_navigate(row)
        self.opened.emit()

    def show_first(self, overview: Any) -> None:
        """Show the overview read from the data file before the database is open (see
        :func:`unionplanner.ui.startup.opening.first_look`); :meth:`attach` gives the page
        its context. The navigation answers at once: another page says "Opening data…"
        until then."""
        from unionplanner.ui.overview.page import OverviewPage

        page = OverviewPage(None)
        page.show_overview(overview)
        self.pages.adopt("overview", page)
        self._select_row(0)
        self.navigation.setEnabled(True)
        self.stack.setCurrentWidget(page)

    def _select_row(self, row: int) -> None:
        """Select navigation row ``row`` without its page being shown for it."""
        self.navigation.blockSignals(True)
        self.navigation.setCurrentRow(row)
        self.navigation.blockSignals(False)

    def _make_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        backup = QAction(self.tr("&Back up now"), self)
        backup.triggered.connect(lambda: self.pages["settings"].backup_now())
        backup.setEnabled(False)  # until the database is open (a file, not a server)
        self.backup_action = backup
        quit_action = QAction(self.tr("&Quit"), self)
        _shortcut(quit_action, QKeySequence(QKeySequence.StandardKey.Quit))
        quit_action.triggered.connect(self.close)
        file_menu.addAction(backup)
        file_menu.addSeparator()
        file_menu.addAction(quit_action)
        pages_menu = self.menuBar().addMenu(self.tr("&Pages"))
        for number, spec in enumerate(PAGES, 1):  # Ctrl+1 … Ctrl+8, shown in the menu
            go = QAction(spec.title, self)
            _shortcut(go, QKeySequence(f"Ctrl+{number}"))
            go.triggered.connect(lambda _checked=False, key=spec.key: self._go_if_open(key))
            pages_menu.addAction(go)
            self.navigation.item(number - 1).setToolTip(f"{spec.title} (Ctrl+{number})")
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        guide = QAction(self.tr("&User guide"), self)
        _shortcut(guide, QKeySequence(QKeySequence.StandardKey.HelpContents))  # F1: the page's
        guide.triggered.connect(lambda: self.show_help(self.current_key()))
        whole = QAction(self.tr("User guide from the &start"), self)
        whole.triggered.connect(lambda: self.show_help(""))
        help_menu.addAction(guide)
        help_menu.addAction(whole)
        help_menu.addSeparator()
        about = QAction(self.tr("&About UnionPlanner"), self)
        about.triggered.connect(lambda: QMessageBox.about(
            self, APP_NAME, labels.fill(self.tr("UnionPlanner %1 — plans, monthly tracking "
                                                "and report summaries for union offices."),
                                        __version__)))
        help_menu.addAction(about)

    def _go_if_open(self, key: str) -> None:
        if self.navigation.isEnabled():  # not while the database opens
            self.show_page(key)

    def current_key(self) -> str:
        """The key of the page on screen ("welcome" for the first-start screen)."""
        if self.welcome is not None and self.stack.currentWidget() is self.welcome:
            return "welcome"
        row = self.navigation.currentRow()
        return PAGES[row].key if 0 <= row < len(PAGES) else ""

    def show_help(self, key: str) -> None:
        """The user guide at the part for page ``key`` ("" for its start)."""
        from unionplanner.ui.shell.help import ANCHORS, HelpWindow

        if self._help is None:
            try:
                self._help = HelpWindow(self)
            except FileNotFoundError as exc:  # a broken installation
                QMessageBox.warning(self, APP_NAME, str(exc))
                return
        self._help.show_part(ANCHORS.get(key, ""))

    def has_office(self) -> bool:
        from unionplanner.domain.office.service import get_office

        return self.ctx is not None and self.ctx.read(get_office) is not None

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
        if self.ctx is None:  # shown early: only the overview until the database is open
            early = key in self.pages.built()
            self.stack.setCurrentWidget(self.pages[key] if early else self.loading)
        elif key == "overview" and not self.has_office():
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
        from unionplanner.domain.office.service import get_office

        assert self.ctx is not None
        office = self.ctx.read(get_office)
        title = APP_NAME if office is None else f"{office.name} — {APP_NAME}"
        if self.ctx.db.read_only:
            title += " " + self.tr("(read-only)")
        self.setWindowTitle(title)

    def _restore_geometry(self) -> None:
        screens.restore_window(self)

    def closeEvent(self, event: QCloseEvent) -> None:
        """Close, after asking when work is still running (it is stopped first, nothing
        half-written: each job rolls back when cancelled)."""
        ctx = self.ctx
        running = ctx.runner.running() if ctx is not None else []
        if ctx is not None and running:
            answer = QMessageBox.question(self, APP_NAME, self.tr(
                "Still working: %1. Stop it and close the program?").replace(
                    "%1", running[0].label))
            if answer != QMessageBox.StandardButton.Yes:
                event.ignore()
                return
            ctx.runner.cancel_all()
        screens.save_window(self)
        if self.ctx is not None:
            self.ctx.runner.wait_all()
        super().closeEvent(event)
