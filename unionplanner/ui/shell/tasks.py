"""The one helper that runs domain functions off the GUI thread.

``runner.run(fn, label=..., on_done=...)`` calls ``fn(progress=..., cancel=...)`` on a worker
thread (one at a time, so database work is serialised), shows a progress dialog with Cancel
only if the job lasts longer than :data:`DIALOG_DELAY_MS`, and brings the result back to the
GUI thread. Errors are reported in one place: a :class:`~unionplanner.core.errors.UserError` as a
plain message, a cancellation quietly, anything else through the crash handler.
Widgets are never handed to the worker.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, QTimer, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from unionplanner.core.errors import Cancelled, UserError
from unionplanner.core.progress import CancelToken
from unionplanner.ui.shell import errors as ui_errors

DIALOG_DELAY_MS = 500


class Task(QObject):
    """One job. Signals arrive on the GUI thread."""

    progressed = Signal(int, int, str)
    succeeded = Signal(object)
    failed = Signal(object)

    def __init__(self, label: str, parent: QObject | None = None):
        super().__init__(parent)
        self.label = label
        self.cancel_token = CancelToken()
        self.done = False
        self.result: Any = None
        self.error: BaseException | None = None

    def cancel(self) -> None:
        self.cancel_token.cancel()


class _Worker(QRunnable):
    def __init__(self, task: Task, fn: Callable[..., Any]):
        super().__init__()
        self.setAutoDelete(True)
        self._task = task
        self._fn = fn

    def run(self) -> None:  # worker thread: touch no widget here
        task = self._task
        try:
            result = self._fn(progress=lambda d, t, s="": task.progressed.emit(d, t, s),
                              cancel=task.cancel_token)
        except BaseException as exc:  # reported on the GUI thread
            task.failed.emit(exc)
        else:
            task.succeeded.emit(result)


class TaskRunner(QObject):
    """Runs jobs for the pages of one window (``parent_widget`` owns the dialogs)."""

    busy_changed = Signal(bool)

    def __init__(self, parent_widget: QWidget | None = None):
        super().__init__(parent_widget)
        self._parent_widget = parent_widget
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._running: set[Task] = set()

    def attach(self, widget: QWidget) -> None:
        """Make ``widget`` (the main window) the owner of progress and error dialogs."""
        self.setParent(widget)
        self._parent_widget = widget

    def run(self, fn: Callable[..., Any], *, label: str,
            on_done: Callable[[Any], None] | None = None,
            on_error: Callable[[BaseException], bool] | None = None,
            cancellable: bool = True) -> Task:
        """Start ``fn(progress=, cancel=)``; ``on_done(result)`` runs on the GUI thread.
        ``on_error(exc)`` may return True to say it handled the error itself."""
        task = Task(label, self)
        dialog = self._make_dialog(task, cancellable)
        timer = QTimer(task)
        timer.setSingleShot(True)
        timer.timeout.connect(lambda: None if task.done else dialog.show())
        timer.start(DIALOG_DELAY_MS)

        def on_progress(done: int, total: int, text: str) -> None:
            dialog.setMaximum(max(total, 1))
            dialog.setValue(min(done, max(total, 1)))
            if text and not task.cancel_token.cancelled:
                dialog.setLabelText(self._label(f"{label}\n{text}", cancellable))

        def finish() -> None:
            task.done = True
            timer.stop()
            dialog.reset()
            dialog.hide()
            dialog.deleteLater()
            self._running.discard(task)
            self.busy_changed.emit(bool(self._running))

        def succeeded(result: Any) -> None:
            task.result = result
            finish()
            if on_done is not None:
                on_done(result)

        def failed(exc: BaseException) -> None:
            task.error = exc
            finish()
            if on_error is not None and on_error(exc):
                return
            if isinstance(exc, Cancelled):
                return
            if isinstance(exc, UserError):
                ui_errors.show_user_error(self._parent_widget, exc)
            else:
                ui_errors.report_exception(type(exc), exc, exc.__traceback__,
                                           parent=self._parent_widget)

        task.progressed.connect(on_progress)
        task.succeeded.connect(succeeded)
        task.failed.connect(failed)
        self._running.add(task)
        self.busy_changed.emit(True)
        self._pool.start(_Worker(task, fn))
        return task

    def _make_dialog(self, task: Task, cancellable: bool) -> QProgressDialog:
        dialog = QProgressDialog(self._label(task.label, cancellable),
                                 self.tr("Cancel") if cancellable else "", 0, 0,
                                 self._parent_widget)
        dialog.setWindowTitle(self.tr("Please wait"))
        from PySide6.QtCore import Qt

        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.setMinimumDuration(10**9)  # shown by our own timer, never by Qt's heuristics
        if not cancellable:
            dialog.setCancelButton(None)
        dialog.canceled.connect(task.cancel)
        dialog.canceled.connect(lambda: dialog.setLabelText(self.tr("Cancelling…")))
        dialog.hide()
        return dialog

    def wait_all(self, msecs: int = 30_000) -> bool:
        """Block until every job finished (for shutdown and tests)."""
        return self._pool.waitForDone(msecs)

    def _label(self, text: str, cancellable: bool) -> str:
        """The dialog's text; the window behind it takes no click while it shows (its X
        included), so it says how to get out."""
        return text + ("\n\n" + self.tr("To close the program, press Cancel first.")
                       if cancellable else "")

    def running(self) -> list[Task]:
        """The jobs not finished yet."""
        return [task for task in self._running if not task.done]

    def cancel_all(self) -> None:
        """Ask every running job to stop (each stops at its next check)."""
        for task in self.running():
            task.cancel()
