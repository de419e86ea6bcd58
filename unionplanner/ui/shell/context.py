"""What every page of a window shares: the open database, the task runner and the change
notices (Anki's OpChanges pattern: after a write one ``changed`` signal names what changed
and each page decides whether to reload)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtCore import QObject, Signal

from unionplanner.ui.shell.tasks import Task, TaskRunner

if TYPE_CHECKING:  # the window imports this before the database layer is loaded
    from sqlalchemy.orm import Session

    from unionplanner.domain.storage.database import Database

T = TypeVar("T")

# Change topics pages listen for.
OFFICE = "office"
UNITS = "units"
BACKUPS = "backups"
REPORTS = "reports"  # forms, imports, the received-files register
PLANS = "plans"  # plans, their activities, targets, deadlines, templates
TRACKING = "tracking"  # ticks of activities, verdicts on qualitative targets
ALL_TOPICS = frozenset({OFFICE, UNITS, BACKUPS, REPORTS, PLANS, TRACKING})


class AppContext(QObject):
    """The database and runner of one main window."""

    changed = Signal(object)  # set[str] of topics
    #: ask the window to show a page: (page key, what to show there, e.g. (form id, period))
    navigate = Signal(str, object)

    def __init__(self, db: Database, runner: TaskRunner | None = None,
                 parent: QObject | None = None):
        super().__init__(parent)
        self.db = db
        self.runner = runner or TaskRunner()

    def read(self, fn: Callable[[Session], T]) -> T:
        """Run a quick read ``fn(session)`` on the GUI thread and return its result."""
        with self.db.session() as session:
            return fn(session)

    def read_later(self, fn: Callable[[Session], T], *, label: str,
                   on_done: Callable[[T], None],
                   on_error: Callable[[BaseException], bool] | None = None) -> Task:
        """Run a read that may take long (a page's load over thousands of rows, a server
        far away) off the GUI thread, then ``on_done(result)`` on it; a progress dialog
        with Cancel shows only if it lasts (see :meth:`TaskRunner.run`)."""

        def job(progress, cancel) -> T:
            with self.db.session() as session:
                return fn(session)

        return self.runner.run(job, label=label, on_done=on_done, on_error=on_error)

    def write_now(self, fn: Callable[[Session], T], *, topics: set[str]) -> T:
        """Run a small write ``fn(session)`` (one row) in one transaction on the GUI thread;
        UserError propagates to the caller (a dialog that stays open), nothing is written."""
        with self.db.transaction() as session:
            result = fn(session)
        self.notify(*topics)
        return result

    def write(self, fn: Callable[..., Any], *, label: str, topics: set[str],
              on_done: Callable[[Any], None] | None = None,
              on_error: Callable[[BaseException], bool] | None = None) -> Task:
        """Run ``fn(session, progress=, cancel=)`` in one transaction off the GUI thread; on
        success call ``on_done(result)`` and announce ``topics``. Any error rolls back and goes
        to ``on_error`` (see :meth:`TaskRunner.run`). Every write of the window that takes
        long goes this one way; ``fn`` gets plain values taken before it starts, never
        widgets."""

        def job(progress, cancel):
            with self.db.transaction() as session:
                return fn(session, progress=progress, cancel=cancel)

        def done(result: Any) -> None:
            if on_done is not None:
                on_done(result)
            self.notify(*topics)

        return self.runner.run(job, label=label, on_done=done, on_error=on_error)

    def restore(self, source) -> Task:
        """Replace the database with the backup ``source`` (the current data is backed up
        first), reopen and migrate it, then tell every page to reload."""
        from unionplanner.domain.storage.backup import restore_database
        from unionplanner.domain.storage.database import open_database

        db_file = self.db.file
        assert db_file is not None  # restoring is offered for a database file only

        def job(progress, cancel):
            self.db.dispose()
            try:
                restore_database(db_file, source)
            finally:
                reopened = open_database(str(db_file))
            return reopened

        def done(db: Database) -> None:
            self.db = db
            self.notify(*ALL_TOPICS)

        return self.runner.run(job, label=self.tr("Restoring"), on_done=done,
                               cancellable=False)

    def notify(self, *topics: str) -> None:
        self.changed.emit(set(topics))
