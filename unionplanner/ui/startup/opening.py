"""Starting the window: Qt application, language, fonts, error hook, the window shown at once,
then the database (instance lock, integrity check with an offer to restore, migration after a
backup, the daily automatic backup) opened from the event loop and given to the window."""

from __future__ import annotations

import contextlib
import datetime as dt
import importlib
import logging
import sqlite3
import sys
import threading
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

from unionplanner import APP_NAME
from unionplanner.core import paths

logger = logging.getLogger(__name__)

#: what went wrong at start-up without stopping it (the daily backup), for the status bar
STARTUP_WARNINGS: list[str] = []


def open_for_window(db_arg: str | None, checked: bool = False):
    """Lock, check, migrate and open the database, asking the user where needed.
    ``checked``: :func:`first_look` has just passed the file's quick check. Returns
    (Database, InstanceLock) or None when the user chose to quit."""
    from unionplanner.core.errors import UserError
    from unionplanner.domain.storage import backup
    from unionplanner.domain.storage.database import open_database
    from unionplanner.domain.storage.errors import AlreadyOpenError, UpgradeFailedError
    from unionplanner.domain.storage.lock import InstanceLock
    from unionplanner.ui.startup import dialogs as startup_dialogs

    url = paths.resolve_db_url(db_arg)
    db_file = paths.sqlite_file(url)
    lock = InstanceLock(db_file)
    read_only = False
    try:
        lock.acquire()
    except AlreadyOpenError:
        if not startup_dialogs.ask_open_read_only():
            return None
        read_only = True
    if db_file is not None and db_file.exists() and not read_only and not checked:
        ok, message = backup.integrity_check(db_file)
        if not ok:
            good = backup.latest_good_backup(db_file)
            if good is None:
                startup_dialogs.tell_damaged_without_backup(message)
                return None
            if not startup_dialogs.ask_restore_backup(good.made.strftime("%d/%m/%Y %H:%M")):
                return None
            backup.restore_database(db_file, good.path)
    try:
        db = open_database(url, read_only=read_only)
    except UpgradeFailedError as exc:
        # killed midway by an older build, or a step that failed: the sound backup by name
        if exc.backup is None or db_file is None or read_only \
                or not startup_dialogs.ask_restore_after_upgrade(exc.message):
            raise
        backup.restore_database(db_file, exc.backup)
        db = open_database(url, read_only=read_only)
    if db_file is not None and not read_only:
        from unionplanner.domain.storage.settings import get_setting

        with db.session() as session:
            keep = int(get_setting(session, "backup_keep_days"))
        try:
            backup.auto_backup(db_file, keep_days=keep)
        except (UserError, OSError) as exc:  # a warning in the window, never a reason to stop
            STARTUP_WARNINGS.append(getattr(exc, "message", None) or str(exc))
    return db, lock


def first_look(db_arg: str | None) -> Any:
    """The overview (an Overview) read straight from the SQLite file with the standard
    library's sqlite3, read-only, once its quick check has passed: a few milliseconds, where
    SQLAlchemy takes ~0.3 s to import. None whenever the full opening has something to do
    first: a server, a new or absent file, a damaged file, a schema to upgrade, no office
    entered yet, or any fault here (the full opening meets it again and reports it). A file
    open in another window is read all the same: the full opening then asks, as always,
    whether to open it read-only."""
    from PySide6.QtCore import QSettings

    from unionplanner.domain.storage import backup
    from unionplanner.domain.storage.revisions import known_revisions
    from unionplanner.domain.tracking.overview import read_overview
    from unionplanner.ui.settings.server_dialog import SETTING

    if db_arg is None and QSettings().value(SETTING, ""):
        return None
    db_file = paths.sqlite_file(paths.resolve_db_url(db_arg))
    if db_file is None or not db_file.is_file():
        return None
    try:
        if not backup.integrity_check(db_file)[0]:
            return None
        conn = sqlite3.connect(paths.sqlite_uri(db_file, read_only=True), uri=True, timeout=5)
        try:
            [(revision,)] = conn.execute("SELECT version_num FROM alembic_version")
            if revision != max(known_revisions()):
                return None
            return read_overview(conn, dt.date.today())
        finally:
            conn.close()
    except Exception:  # noqa: BLE001 — the full opening meets it again and says so
        logger.warning("first look at %s failed", db_file, exc_info=True)
        return None


#: what the opening imports in the background while the window paints "Opening data…"
WARM_MODULES = (
    "unionplanner.domain.storage.database",
    "unionplanner.domain.storage.backup",
    "unionplanner.domain.office.service",
    "unionplanner.ui.settings.server_dialog",
    "unionplanner.ui.startup.welcome",
    "unionplanner.ui.overview.page",
)


def start_window(db_arg: str | None = None):
    """Show the main window at once (it says "Opening data…") and open the database from
    the event loop: the heavy modules are imported on a thread while the window paints,
    then the database is opened on the GUI thread (its questions are dialogs) and given to
    the window. Returns (QApplication, MainWindow, Opening); ``app.exec()`` runs it."""
    from unionplanner.ui.shell.application import create_application

    app = create_application(guards=False)  # installed once the window has painted
    from unionplanner.ui.shell import errors as ui_errors
    from unionplanner.ui.shell.main_window import MainWindow

    ui_errors.setup_logging()  # none in a read-only data folder: the database says so below
    ui_errors.install_excepthook()
    window = MainWindow()
    window.show()
    opening = Opening(app, window, db_arg)
    after_paint(window, opening.start)
    return app, window, opening


class _AfterPaint(QObject):
    """Calls ``then`` from the event loop once ``widget`` has painted (see
    :func:`after_paint`)."""

    def __init__(self, widget, then):
        super().__init__(widget)
        self.widget, self.then = widget, then
        widget.installEventFilter(self)
        QTimer.singleShot(500, self._go)  # a window that never paints (minimised) goes on

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 — Qt's name
        from PySide6.QtCore import QEvent

        if event.type() == QEvent.Type.Paint:
            QTimer.singleShot(0, self._go)  # after this paint reaches the screen
        return False

    def _go(self) -> None:
        if self.then is not None:
            then, self.then = self.then, None
            self.widget.removeEventFilter(self)
            then()


def after_paint(widget, then) -> None:
    """Run ``then`` once ``widget`` has painted, or after half a second at the latest: the
    start-up's next step waits for the user to see the previous one."""
    _AfterPaint(widget, then)


class Opening(QObject):
    """Opens the database for a shown window; ends the event loop (exit status 1 on an
    error, 0 when the user chose to quit) when it cannot."""

    warmed = Signal()

    def __init__(self, app, window, db_arg: str | None):
        super().__init__()
        self.app, self.window, self.db_arg = app, window, db_arg
        self.opened = None  # (Database, InstanceLock) once open
        self.finished = False
        #: the first page shows the office's data (read early, or once the database is open)
        self.filled = False
        self._checked = False  # first_look passed the file's quick check
        self._started = self._warming = False
        self.warmed.connect(self._open)

    def start(self) -> None:
        """Once the window has painted: the overview read from the file shown at once when
        it can be (:func:`first_look`), then, once that page has painted, the heavy imports
        on a thread and the full opening. Called once (later calls do nothing)."""
        if self._started:
            return
        self._started = True
        overview = first_look(self.db_arg)
        if overview is None:
            self._warm_up()
            return
        self._checked = True
        self.window.show_first(overview)
        self.filled = True
        after_paint(self.window.current_page(), self._warm_up)

    def _warm_up(self) -> None:
        if not self._warming:
            self._warming = True
            threading.Thread(target=self._warm, name="warm-imports", daemon=True).start()

    def _warm(self) -> None:
        for name in WARM_MODULES:  # an import that fails here fails again, loudly, below
            with contextlib.suppress(Exception):
                importlib.import_module(name)
        self.warmed.emit()  # queued to the GUI thread

    def _open(self) -> None:
        from unionplanner.ui.shell.application import install_guards

        install_guards(self.app)  # before any page (spin boxes, lists) is built
        try:
            code = self._open_database()
        except Exception:  # a fault, not the user's: reported and logged, then the end
            sys.excepthook(*sys.exc_info())
            code = 1
        finally:
            self.finished = True
        if code is not None:
            self.window.hide()
            self.app.exit(code)

    def _open_database(self) -> int | None:
        from PySide6.QtCore import QCoreApplication
        from PySide6.QtWidgets import QMessageBox

        from unionplanner.core.errors import UserError
        from unionplanner.domain.storage.errors import ServerError
        from unionplanner.ui.settings.server_dialog import saved_server_url
        from unionplanner.ui.shell.context import AppContext

        from_settings = self.db_arg is None and saved_server_url() is not None
        try:
            try:
                opened = open_for_window(self.db_arg or saved_server_url(),
                                         checked=self._checked)
            except ServerError as exc:
                if not from_settings:
                    raise
                if QMessageBox.question(
                        self.window, APP_NAME, str(exc) + "\n\n" + QCoreApplication.translate(
                            "Startup", "Open the data on this PC instead, this time?")) \
                        != QMessageBox.StandardButton.Yes:
                    return 1
                opened = open_for_window(None)
        except UserError as exc:
            QMessageBox.critical(self.window, APP_NAME, str(exc))
            return 1
        if opened is None:
            return 0
        self.opened = opened
        self.window.attach(AppContext(opened[0]))
        self.filled = True
        from unionplanner import __version__
        from unionplanner.core.secrets import masked

        logger.info("window opened on %s (UnionPlanner %s)", masked(str(opened[0].url)),
                    __version__)
        for warning in STARTUP_WARNINGS:
            self.window.statusBar().showMessage(QCoreApplication.translate(
                "Startup", "Today's automatic backup could not be made: %1").replace(
                "%1", warning))
        if opened[0].notice:  # the data on a network share: said where it stays in view
            self.window.statusBar().showMessage(opened[0].notice)
        return None

    def close(self) -> None:
        """Close the database and release its lock (after the event loop ended)."""
        if self.opened is not None:
            db, lock = self.opened
            self.opened = None
            db.dispose()
            lock.release()
            logger.info("window closed")
