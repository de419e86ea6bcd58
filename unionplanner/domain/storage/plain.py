"""Plain SQL on either kind of connection, for the few readings that must also run before
SQLAlchemy is loaded (the first page at start-up is read with the standard library's sqlite3
while SQLAlchemy, ~0.3 s of imports, loads behind it).

A *source* is a ``sqlite3.Connection`` or anything SQLAlchemy executes on (a Session or a
Connection, SQLite or PostgreSQL). Statements use ``:name`` parameters, understood by both;
parameters are str/int/None only (dates as ISO text: PostgreSQL casts an untyped literal,
SQLite compares the text it stores). Values come back as each driver gives them, so the
readers convert them with :func:`as_date` and :func:`as_json`."""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from typing import Any

Row = tuple[Any, ...]


def fetch(source: Any, sql: str, params: dict[str, Any] | None = None) -> list[Row]:
    """The rows of ``sql`` on ``source`` as tuples. A SQLAlchemy Session is flushed first,
    so pending ORM changes are seen as an ORM query would see them."""
    if isinstance(source, sqlite3.Connection):
        return source.execute(sql, params or {}).fetchall()
    from sqlalchemy import text

    if hasattr(source, "flush"):
        source.flush()
    return [tuple(row) for row in source.execute(text(sql), params or {})]


def as_date(value: Any) -> dt.date | None:
    """A DATE column's value as a date (SQLite gives "YYYY-MM-DD", PostgreSQL a date)."""
    if value is None or isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value)[:10])


def as_json(value: Any) -> Any:
    """A JSON column's value parsed (SQLite gives the text, PostgreSQL the object)."""
    return json.loads(value) if isinstance(value, str | bytes) else value


def in_list(name: str, values: list[str]) -> tuple[str, dict[str, str]]:
    """``"(:name0, :name1)"`` and its parameters, for ``IN`` over a few fixed values."""
    params = {f"{name}{n}": str(value) for n, value in enumerate(values)}
    return "(" + ", ".join(f":{key}" for key in params) + ")", params
