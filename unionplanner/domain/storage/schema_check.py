"""Whether an SQLite database has exactly the schema the program makes for its revision.

Two faults need it. A backup to restore may carry what the program never makes — a trigger
that rewrites every unit's e-mail after an ordinary edit, a view, a table —, and restoring it
would install that into the office's data. And an older build, killed between two steps of an
upgrade, left databases whose revision says one thing and whose tables another (the steps'
CREATE and ALTER committed one by one), which no later start could upgrade.

The expected schema of a revision is made, not stored: the program's own migrations run on an
empty temporary database up to that revision. Tables are compared by their columns (name,
declared type, NOT NULL, primary key), indexes by table, columns and uniqueness; any trigger or
view is foreign (the program makes none). SQLite's own objects (``sqlite_*``) are left out.
"""

from __future__ import annotations

import functools
import sqlite3
import tempfile
from pathlib import Path

from unionplanner.core import paths

Shape = dict[tuple[str, str], object]
#: what each kind of object is called in the messages
KIND_NAMES = {"table": "bảng", "index": "chỉ mục", "trigger": "trình kích hoạt (trigger)",
              "view": "khung nhìn (view)"}


def shape(conn: sqlite3.Connection) -> Shape:
    """The schema of an open database: {(kind, name): description} for every table, index,
    trigger and view that is not SQLite's own."""
    found: Shape = {}
    rows = conn.execute("SELECT type, name, tbl_name, sql FROM sqlite_master").fetchall()
    for kind, name, table, sql in rows:
        if name.startswith("sqlite_") or kind not in KIND_NAMES:
            continue
        if kind == "table":
            found[(kind, name)] = frozenset(
                (c[1], str(c[2]).upper(), bool(c[3]), int(c[5]))
                for c in conn.execute(f'PRAGMA table_info("{_quoted(name)}")'))
        elif kind == "index":
            columns = tuple(c[2] for c in conn.execute(f'PRAGMA index_info("{_quoted(name)}")'))
            listed = conn.execute(
                f"SELECT \"unique\" FROM pragma_index_list('{_quoted(table, chr(39))}') "
                f"WHERE name = ?", (name,)).fetchone()
            # an index its table does not list: a damaged file, never the program's schema
            found[(kind, name)] = (table, columns, bool(listed[0]) if listed else None)
        else:
            found[(kind, name)] = " ".join(str(sql).split())
    return found


def _quoted(name: str, mark: str = '"') -> str:
    return name.replace(mark, mark * 2)


@functools.cache
def expected_shape(revision: str) -> Shape:
    """The schema the program's migrations make on an empty database up to ``revision``.
    KeyError-free: an unknown revision raises alembic's own error (callers check the
    revision against :func:`~unionplanner.domain.storage.revisions.known_revisions`)."""
    from alembic import command
    from sqlalchemy import create_engine

    from unionplanner.domain.storage.revisions import alembic_config

    with tempfile.TemporaryDirectory(prefix="unionplanner-schema-") as folder:
        file = Path(folder) / "expected.sqlite3"
        engine = create_engine(f"sqlite:///{file}")
        try:
            with engine.begin() as connection:
                command.upgrade(alembic_config(connection), revision)
        finally:
            engine.dispose()
        made = sqlite3.connect(file)
        try:
            return shape(made)
        finally:
            made.close()


def differences(actual: Shape, expected: Shape) -> list[str]:
    """What ``actual`` has that ``expected`` lacks, lacks, or has otherwise — one Vietnamese
    line each ("trình kích hoạt (trigger) lạ: doi_email"), sorted; empty when they agree."""
    lines = []
    for kind, name in sorted(set(actual) | set(expected)):
        what = f"{KIND_NAMES[kind]} {name}"
        if (kind, name) not in expected:
            lines.append(f"{KIND_NAMES[kind]} lạ: {name}")
        elif (kind, name) not in actual:
            lines.append(f"thiếu {what}")
        elif actual[(kind, name)] != expected[(kind, name)]:
            lines.append(f"{what} khác với mẫu của chương trình")
    return lines


def file_differences(db_file: Path, revision: str) -> list[str]:
    """:func:`differences` between the SQLite file ``db_file`` (opened read-only) and the
    program's schema at ``revision``. Raises sqlite3.Error for a file SQLite cannot read."""
    conn = sqlite3.connect(paths.sqlite_uri(db_file, read_only=True), uri=True)
    # a damaged schema text is not UTF-8: read it (and then differ), never fail decoding
    conn.text_factory = lambda data: data.decode("utf-8", "replace")
    try:
        actual = shape(conn)
    finally:
        conn.close()
    # the version table is Alembic's, on every revision
    return differences(actual, expected_shape(revision))
