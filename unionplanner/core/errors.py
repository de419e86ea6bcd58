"""Errors the user can understand and fix.

Every message is Vietnamese and says what is wrong and what to do. The GUI shows a
:class:`UserError` in a plain dialog and the command line prints it and exits 1; any other
exception is a bug and goes to the crash handler.
"""

from __future__ import annotations

import datetime as dt


class UserError(Exception):
    """An error caused by input or circumstances the user can fix.

    ``message`` is a full Vietnamese sentence (what is wrong, then what to do);
    ``details`` is an optional list of lines (e.g. the rows of a file that are wrong).
    """

    def __init__(self, message: str, details: list[str] | None = None):
        super().__init__(message)
        self.message = message
        self.details = list(details or [])

    def __reduce__(self) -> tuple[object, ...]:
        # subclasses take other arguments (or none): rebuild from the state, so the error
        # crosses from the reading worker (pickled) with its message and details
        return (_rebuild, (type(self), self.message, self.details))

    def __str__(self) -> str:
        if not self.details:
            return self.message
        return self.message + "\n" + "\n".join(f"  - {d}" for d in self.details)


def _rebuild(cls: type[UserError], message: str, details: list[str]) -> UserError:
    error = cls.__new__(cls)
    Exception.__init__(error, message)
    error.message, error.details = message, details
    return error


class ChangedMeanwhile(UserError):
    """Somebody else changed this record after the caller read it (two people on a shared
    database). The caller shows the message and may write again with ``seen=ANY`` to
    overwrite: last write wins, knowingly."""


#: ``seen`` for a write that overwrites whatever is stored (the command line, undo/redo)
ANY = object()


def same_moment(stored: dt.datetime | None, seen: object) -> bool:
    """Whether two ``updated_at`` values are the same moment: SQLite gives them back without
    a time zone (written in UTC), PostgreSQL with one, and a value just written is still the
    aware Python object."""
    def utc(value: object) -> object:
        if not isinstance(value, dt.datetime):
            return value
        return value.replace(tzinfo=dt.UTC) if value.tzinfo is None else \
            value.astimezone(dt.UTC)

    return utc(stored) == utc(seen)


class Cancelled(Exception):
    """Raised inside a long job when the user pressed Cancel; nothing was written."""
