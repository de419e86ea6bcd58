"""Central error reporting for the window: user errors as plain messages, bugs logged to
``<data dir>/logs/unionplanner.log`` and shown once in a friendly Vietnamese dialog instead of
a crash."""

from __future__ import annotations

import logging
import sys
import traceback
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from unionplanner import APP_NAME
from unionplanner.core import log as core_log
from unionplanner.core.errors import UserError

log = logging.getLogger("unionplanner")
_showing = False
#: where each error was last shown (type, file, line → monotonic seconds): the same fault
#: raised again by every repaint or every click is logged, not shown again at once
_shown_at: dict[tuple[str, str, int], float] = {}
#: seconds within which the same fault is not shown twice
QUIET_SECONDS = 60.0


def setup_logging(path: str | Path | None = None) -> None:
    """The one log of the program (see :mod:`unionplanner.core.log`), and Qt's own
    warnings routed into it."""
    core_log.setup_logging(path)
    route_qt_messages()


def route_qt_messages() -> None:
    """Qt's warnings ("QFont::setPointSize…", a plugin that failed to load) go to the log
    instead of the console nobody sees on Windows."""
    from PySide6.QtCore import QtMsgType, qInstallMessageHandler

    levels = {QtMsgType.QtDebugMsg: logging.DEBUG, QtMsgType.QtInfoMsg: logging.INFO,
              QtMsgType.QtWarningMsg: logging.WARNING, QtMsgType.QtCriticalMsg: logging.ERROR,
              QtMsgType.QtFatalMsg: logging.CRITICAL}
    qt_log = logging.getLogger("unionplanner.qt")

    def handler(kind, context, message) -> None:
        qt_log.log(levels.get(kind, logging.WARNING), "%s", message)

    qInstallMessageHandler(handler)


def show_user_error(parent: QWidget | None, exc: UserError) -> None:
    """One Vietnamese sentence in a dialog (and in the log)."""
    core_log.shown(exc.message)
    box = QMessageBox(QMessageBox.Icon.Warning, APP_NAME, exc.message,
                      QMessageBox.StandardButton.Ok, parent)
    if exc.details:
        box.setDetailedText("\n".join(exc.details))
    box.exec()


def report_exception(exc_type, exc, tb, parent: QWidget | None = None) -> None:
    """Log a bug with its traceback and show one modal dialog: never a cascade of them, and
    not the same fault again within :data:`QUIET_SECONDS` (a failing repaint or double-click
    would bring the box back after every OK)."""
    import time

    global _showing
    log.error("Unhandled error:\n%s", "".join(traceback.format_exception(exc_type, exc, tb)))
    if _showing or QApplication.instance() is None:
        return
    frames = traceback.extract_tb(tb) if tb is not None else []
    where = (exc_type.__name__, frames[-1].filename if frames else "",
             frames[-1].lineno or 0 if frames else 0)
    now = time.monotonic()
    if now - _shown_at.get(where, -QUIET_SECONDS) < QUIET_SECONDS:
        log.info("the same error again (%s at %s:%d): logged, not shown again", *where)
        return
    _shown_at[where] = now
    _showing = True
    try:
        box = QMessageBox(
            QMessageBox.Icon.Critical, APP_NAME,
            QCoreApplication.translate(
                "Errors", "Sorry, something went wrong inside UnionPlanner. Your saved data "
                "is safe. The details were written to the log file; please send it to the "
                "person who supports the software."),
            QMessageBox.StandardButton.Ok, parent)
        box.setDetailedText("".join(traceback.format_exception_only(exc_type, exc)))
        box.exec()
    finally:
        _showing = False


def install_excepthook() -> None:
    """Route uncaught exceptions (including those in Qt slots) to :func:`report_exception`."""

    def hook(exc_type, exc, tb):
        if issubclass(exc_type, KeyboardInterrupt):
            sys.__excepthook__(exc_type, exc, tb)
            return
        if isinstance(exc, UserError):
            show_user_error(QApplication.activeWindow(), exc)
            return
        report_exception(exc_type, exc, tb, QApplication.activeWindow())

    sys.excepthook = hook
