"""Central error reporting for the window: user errors as plain messages, bugs logged to
``<data dir>/logs/unionplanner.log`` and shown once in a friendly Vietnamese dialog instead of
a crash."""

from __future__ import annotations

import logging
import logging.handlers
import sys
import traceback

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from unionplanner import APP_NAME
from unionplanner.core.errors import UserError

log = logging.getLogger("unionplanner")
_showing = False


class SharedRotatingFileHandler(logging.handlers.RotatingFileHandler):
    """A rotating log that two running copies of the app can share: on Windows the other
    copy holds the file open, so renaming it fails (a sharing violation) — then this copy
    keeps appending and tries to rotate again at the next record, instead of printing
    "--- Logging error ---" for every line."""

    def doRollover(self) -> None:  # noqa: N802 — logging's name
        try:
            super().doRollover()
        except OSError:
            if self.stream is None:
                self.stream = self._open()


def setup_logging(log_file) -> None:
    """Log to a rotating file in the data folder (1 MB × 5), replacing an earlier file; no
    log file when the folder cannot be written."""
    for old in [h for h in log.handlers if isinstance(h, logging.handlers.RotatingFileHandler)]:
        log.removeHandler(old)
        old.close()
    try:
        handler = SharedRotatingFileHandler(log_file, maxBytes=1_000_000, backupCount=5,
                                            encoding="utf-8")
    except OSError:  # a read-only data folder: run without the log file (the database
        return       # opening just after says what is wrong)
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    log.addHandler(handler)
    log.setLevel(logging.INFO)


def show_user_error(parent: QWidget | None, exc: UserError) -> None:
    box = QMessageBox(QMessageBox.Icon.Warning, APP_NAME, exc.message,
                      QMessageBox.StandardButton.Ok, parent)
    if exc.details:
        box.setDetailedText("\n".join(exc.details))
    box.exec()


def report_exception(exc_type, exc, tb, parent: QWidget | None = None) -> None:
    """Log a bug with its traceback and show one dialog (never a cascade of them)."""
    global _showing
    log.error("Unhandled error:\n%s", "".join(traceback.format_exception(exc_type, exc, tb)))
    if _showing or QApplication.instance() is None:
        return
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
