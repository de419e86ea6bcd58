"""Progress reporting and cancellation for long domain functions.

A long domain function takes ``progress: ProgressFn`` and ``cancel: CancelToken`` keyword
arguments. It calls ``progress(done, total, text)`` now and then and ``cancel.check()`` between
steps; ``check`` raises :class:`~unionplanner.core.errors.Cancelled`, which the function lets
through after rolling back, so a cancelled job writes nothing. The GUI passes a token that its
Cancel button sets; the command line and tests pass ``None`` (never cancelled).
"""

from __future__ import annotations

import threading
from typing import Protocol

from unionplanner.core.errors import Cancelled


class ProgressFn(Protocol):
    def __call__(self, done: int, total: int, text: str = "") -> None: ...


def no_progress(done: int, total: int, text: str = "") -> None:
    """A progress callback that ignores everything."""


class CancelToken:
    """A thread-safe flag: set by the GUI thread, checked by the worker."""

    def __init__(self) -> None:
        self._event = threading.Event()

    def cancel(self) -> None:
        self._event.set()

    @property
    def cancelled(self) -> bool:
        return self._event.is_set()

    def check(self) -> None:
        """Raise :class:`Cancelled` if :meth:`cancel` was called."""
        if self._event.is_set():
            raise Cancelled()

