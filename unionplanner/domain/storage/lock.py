"""One app instance per database: an OS-level lock on ``<database>.lock``.

The lock (fcntl on Linux, msvcrt on Windows, via the filelock library) is released by the OS
when the process ends, even if it is killed, so a crash never leaves a stale lock. Server
databases (PostgreSQL) need no lock: the server arbitrates.
"""

from __future__ import annotations

from pathlib import Path

from unionplanner.domain.storage.errors import AlreadyOpenError


class InstanceLock:
    """Hold ``acquire()`` for the life of the app window; ``release()`` on close."""

    def __init__(self, db_file: Path | None):
        self.db_file = db_file
        self._lock = None
        if db_file is not None:
            from filelock import FileLock

            db_file.parent.mkdir(parents=True, exist_ok=True)
            self._lock = FileLock(str(db_file) + ".lock", timeout=0)

    def acquire(self) -> None:
        """Take the lock or raise AlreadyOpenError (another instance has it)."""
        if self._lock is None:
            return
        from filelock import Timeout

        try:
            self._lock.acquire()
        except Timeout as exc:
            raise AlreadyOpenError(str(self.db_file)) from exc

    def release(self) -> None:
        if self._lock is not None and self._lock.is_locked:
            self._lock.release()

    @property
    def held(self) -> bool:
        return self._lock is None or self._lock.is_locked

    def __enter__(self) -> InstanceLock:
        self.acquire()
        return self

    def __exit__(self, *exc: object) -> None:
        self.release()
