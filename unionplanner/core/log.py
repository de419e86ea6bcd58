"""One log for the window and the command line: ``<data folder>/logs/unionplanner.log``,
rotating (1 MB × 5 files), UTF-8, shared by two copies of the program running at once.

What is logged (logger names under ``unionplanner``): migrations and the backups before
them, backups and restores, imports (batch, files, counts), reminders sent by mail, OCR
runs, every error the user was shown (one line: the sentence they read) and every bug with
its traceback; the window routes Qt's own warnings here too
(:func:`unionplanner.ui.shell.errors.route_qt_messages`). Nothing of a unit's figures or a
password is ever written."""

from __future__ import annotations

import contextlib
import logging
import logging.handlers
from pathlib import Path

#: the program's root logger; modules log through ``logging.getLogger(__name__)`` below it
log = logging.getLogger("unionplanner")
FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"
MAX_BYTES = 1_000_000
#: loggers of libraries whose warnings belong in the log (``py.warnings``: Python's
#: ``warnings``, captured)
LIBRARIES = ("pypdf", "py.warnings", "PIL", "fontTools", "docx", "openpyxl")
BACKUPS = 5


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


def log_file() -> Path:
    """Where the log is: ``logs/unionplanner.log`` in the data folder."""
    from unionplanner.core import paths

    return paths.logs_dir() / "unionplanner.log"


def setup_logging(path: str | Path | None = None) -> Path | None:
    """Log to the rotating file ``path`` (default :func:`log_file`), replacing a file
    handler set up before; returns the file, or None when the folder cannot be written
    (the program runs without a log file then)."""
    for logger in (log, *map(logging.getLogger, LIBRARIES)):
        for old in [h for h in logger.handlers
                    if isinstance(h, logging.handlers.RotatingFileHandler)]:
            logger.removeHandler(old)
            old.close()
    try:
        target = Path(path) if path is not None else log_file()
        handler = SharedRotatingFileHandler(target, maxBytes=MAX_BYTES, backupCount=BACKUPS,
                                            encoding="utf-8")
    except OSError:  # a read-only data folder: the database opening says what is wrong
        return None
    handler.setFormatter(logging.Formatter(FORMAT))
    log.addHandler(handler)
    log.setLevel(logging.INFO)
    # the libraries' own warnings (pypdf's "Ignoring wrong pointing object", openpyxl's
    # UserWarnings) go to the log, not in English to the clerk's terminal before "Lỗi:"
    logging.captureWarnings(True)
    for name in LIBRARIES:
        library = logging.getLogger(name)
        library.addHandler(handler)
        library.setLevel(logging.WARNING)
        library.propagate = False
    return target


def shown(message: str, *, where: str = "") -> None:
    """Record an error sentence the user was shown (a dialog, the command line's "Lỗi:")."""
    with contextlib.suppress(Exception):  # logging must never add a second failure
        log.warning("shown to the user%s: %s", f" ({where})" if where else "", message)
