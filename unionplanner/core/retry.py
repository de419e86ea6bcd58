"""File operations that Windows may refuse for a moment.

On Windows an antivirus scan, the search indexer or an Explorer preview briefly holds a file
open without sharing it: opening, renaming or deleting it then fails with a sharing or lock
violation (WinError 32 / 33) — or, while OneDrive syncs it or a scan holds it for deletion,
with "access denied" (WinError 5) — although a second later it would work. Those operations are
retried a few times here; any other error — and every error elsewhere — is raised at once.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import TypeVar

T = TypeVar("T")

#: ERROR_ACCESS_DENIED, ERROR_SHARING_VIOLATION, ERROR_LOCK_VIOLATION (Windows system error
#: codes); a denial that lasts (a read-only folder, Controlled Folder Access) is still raised
#: after the retries, about 8 s later
SHARING_ERRORS = (5, 32, 33)


def is_sharing_violation(exc: BaseException) -> bool:
    """Whether ``exc`` is Windows saying another program holds the file for a moment."""
    return isinstance(exc, OSError) and getattr(exc, "winerror", None) in SHARING_ERRORS


def retry_shared(operation: Callable[[], T], *, attempts: int = 6, delay: float = 0.25,
                 sleep: Callable[[float], None] | None = None) -> T:
    """Run ``operation`` (a file operation: open, copy, rename, delete); on a sharing
    violation wait ``delay`` seconds, doubling, and try again, ``attempts`` times in all
    (≈ 8 s). Returns what it returns; the last error, or any other, propagates."""
    for attempt in range(attempts):
        try:
            return operation()
        except OSError as exc:
            if not is_sharing_violation(exc) or attempt == attempts - 1:
                raise
            (sleep or time.sleep)(delay * (2 ** attempt))
    raise AssertionError("unreachable")  # pragma: no cover
