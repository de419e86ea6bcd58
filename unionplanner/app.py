"""Starting the window: Qt application, language, fonts, error hook, then the database
(instance lock, integrity check with an offer to restore, migration after a backup, the daily
automatic backup) and the main window."""

from __future__ import annotations

import contextlib

from unionplanner import APP_NAME
from unionplanner.core import paths

#: what went wrong at start-up without stopping it (the daily backup), for the status bar
STARTUP_WARNINGS: list[str] = []


def _open_for_window(db_arg: str | None):
    """Lock, check, migrate and open the database, asking the user where needed.
    Returns (Database, InstanceLock) or None when the user chose to quit."""
    from unionplanner.core.errors import UserError
    from unionplanner.domain.storage import backup
    from unionplanner.domain.storage.database import open_database
    from unionplanner.domain.storage.errors import AlreadyOpenError
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
    if db_file is not None and db_file.exists() and not read_only:
        ok, message = backup.integrity_check(db_file)
        if not ok:
            good = backup.latest_good_backup(db_file)
            if good is None:
                startup_dialogs.tell_damaged_without_backup(message)
                return None
            if not startup_dialogs.ask_restore_backup(good.made.strftime("%d/%m/%Y %H:%M")):
                return None
            backup.restore_database(db_file, good.path)
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


def run_gui(db_arg: str | None = None) -> int:
    """Open the main window on ``db_arg`` (path or URL; None = the default database) and run
    until it closes. Returns the exit status."""
    from unionplanner.ui.shell.application import create_application

    app = create_application()
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QMessageBox

    from unionplanner.core.errors import UserError
    from unionplanner.ui.shell import errors as ui_errors
    from unionplanner.ui.startup import dialogs as startup_dialogs

    startup_dialogs.show_splash()
    with contextlib.suppress(OSError):  # a read-only data folder: the database says so below
        ui_errors.setup_logging(paths.logs_dir() / "unionplanner.log")
    ui_errors.install_excepthook()
    from unionplanner.domain.storage.errors import ServerError
    from unionplanner.ui.settings.server_dialog import saved_server_url

    from_settings = db_arg is None and saved_server_url() is not None
    try:
        try:
            opened = _open_for_window(db_arg or saved_server_url())
        except ServerError as exc:
            if not from_settings:
                raise
            startup_dialogs.close_splash()
            if QMessageBox.question(None, APP_NAME, str(exc) + "\n\n" + QCoreApplication.translate(
                    "Startup", "Open the data on this PC instead, this time?")) \
                    != QMessageBox.StandardButton.Yes:
                return 1
            opened = _open_for_window(None)
    except UserError as exc:
        startup_dialogs.close_splash()
        QMessageBox.critical(None, APP_NAME, str(exc))
        return 1
    if opened is None:
        startup_dialogs.close_splash()
        return 0
    db, lock = opened
    from unionplanner.ui.shell.context import AppContext
    from unionplanner.ui.shell.main_window import MainWindow

    window = MainWindow(AppContext(db))
    for warning in STARTUP_WARNINGS:
        window.statusBar().showMessage(QCoreApplication.translate(
            "Startup", "Today's automatic backup could not be made: %1").replace(
            "%1", warning))
    window.show()
    startup_dialogs.close_splash(window)
    try:
        return app.exec()
    finally:
        db.dispose()
        lock.release()
