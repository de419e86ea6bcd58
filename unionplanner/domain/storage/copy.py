"""Moving an office's data between databases: its SQLite file to a PostgreSQL server and
back (``unionplanner db copy --from URL --to URL``).

Both databases are brought to the current schema first (an SQLite source is backed up before
that, as on every open). The target must be empty. Every table is copied in foreign-key order
in one transaction on the target, in chunks, with Core statements (bulk, not ORM objects);
columns that point into their own table (a report superseded by a later one) are filled in a
second pass. Before committing, the row count of every table is compared with the source's;
any difference rolls the whole copy back. On PostgreSQL the id sequences are moved past the
copied ids. Files kept with the data (received originals, evidence) are copied to the
target's files folder when it is a different folder, and into a server target's database
(``kept_file``) so that every PC can open them.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import Connection, DateTime, Table, func, select, text, update

from unionplanner.core.errors import UserError
from unionplanner.core.files import copy_file
from unionplanner.core.progress import CancelToken, ProgressFn, no_progress
from unionplanner.domain.storage.files import store_folder

CHUNK = 2000
FILE_FOLDERS = ("received", "evidence")


class CopyMismatch(UserError):
    """After copying, a table's row count differs from the source's (nothing was kept)."""


@dataclass
class CopyResult:
    """Rows copied per table (name → count, equal in source and target), and files copied."""

    tables: dict[str, int] = field(default_factory=dict)
    files: int = 0   # copied into the target's files folder
    stored: int = 0  # put into a server target's kept_file table

    @property
    def rows(self) -> int:
        return sum(self.tables.values())


def _self_references(table: Table) -> list[str]:
    return [fk.parent.name for fk in table.foreign_keys if fk.column.table is table]


def _count(conn: Connection, table: Table) -> int:
    return conn.execute(select(func.count()).select_from(table)).scalar_one()


def copy_database(source_url: str, target_url: str, *, progress: ProgressFn = no_progress,
                  cancel: CancelToken | None = None) -> CopyResult:
    """Copy every row from ``source_url`` to the empty database ``target_url`` (URLs or
    SQLite paths, as ``--db`` takes them). Returns the counts per table.

    Raises UserError when source and target are the same or the target already holds data,
    CopyMismatch when a count differs after copying (the target is left empty), and the
    storage errors of :func:`~unionplanner.domain.storage.database.open_database`.
    """
    from unionplanner.core import paths
    from unionplanner.domain.storage.database import open_database
    from unionplanner.domain.storage.schema import load_all_models

    source_url, target_url = paths.resolve_db_url(source_url), paths.resolve_db_url(target_url)
    if source_url == target_url:
        raise UserError("Nguồn và đích là cùng một cơ sở dữ liệu. Hãy chọn một đích khác.")
    tables = load_all_models().sorted_tables
    source = open_database(source_url)
    target = None
    try:
        target = open_database(target_url)
        with target.engine.connect() as conn:
            filled = [t.name for t in tables if _count(conn, t)]
        if filled:
            raise UserError("Cơ sở dữ liệu đích đã có dữ liệu (bảng " + ", ".join(filled[:3])
                            + "…). Hãy chép vào một cơ sở dữ liệu mới, trống.")
        result = CopyResult()
        with source.engine.connect() as reader, target.engine.begin() as writer:
            for number, table in enumerate(tables):
                if cancel is not None:
                    cancel.check()
                progress(number, len(tables), f"Chép bảng {table.name}")
                result.tables[table.name] = _copy_table(reader, writer, table, cancel)
            for table in tables:
                expected, copied = _count(reader, table), _count(writer, table)
                if copied != expected:
                    raise CopyMismatch(
                        f"Bảng {table.name}: nguồn có {expected} dòng nhưng đích nhận "
                        f"{copied}. Chưa có gì được ghi vào đích.")
            if writer.dialect.name == "postgresql":
                _move_sequences(writer, tables)
            # an office's files go into the server too, so every PC can open them
            result.stored = store_folder(writer, source.files_dir, FILE_FOLDERS)
        progress(len(tables), len(tables), "Chép tệp đi kèm")
        result.files = _copy_files(source.files_dir, target.files_dir)
        return result
    finally:
        source.dispose()
        if target is not None:
            target.dispose()


def _copy_table(reader: Connection, writer: Connection, table: Table,
                cancel: CancelToken | None) -> int:
    """Copy ``table`` in primary-key order; self-references are set after every row is in."""
    later = _self_references(table)
    # moments as UTC both ways: SQLite keeps them without a zone (written in UTC), a server
    # may run in any time zone
    moments = [c.name for c in table.columns
               if isinstance(c.type, DateTime) and c.type.timezone]
    order = list(table.primary_key.columns) or list(table.columns)
    copied = 0
    pending: list[dict] = []
    result = reader.execution_options(stream_results=True).execute(
        select(table).order_by(*order))
    while rows := result.fetchmany(CHUNK):
        if cancel is not None:
            cancel.check()
        batch = [dict(row._mapping) for row in rows]
        for row in batch:
            for name in moments:
                row[name] = _utc(row[name])
        if later:
            pending += [r for r in batch if any(r[c] is not None for c in later)]
            batch = [{k: (None if k in later else v) for k, v in r.items()} for r in batch]
        writer.execute(table.insert(), batch)
        copied += len(batch)
    if pending:
        key = table.primary_key.columns.values()[0]
        for row in pending:
            writer.execute(update(table).where(key == row[key.name])
                           .values({c: row[c] for c in later}))
    return copied


def _utc(value: dt.datetime | None) -> dt.datetime | None:
    if value is None:
        return None
    if value.tzinfo is None:
        return value.replace(tzinfo=dt.UTC)
    return value.astimezone(dt.UTC)


def _move_sequences(writer: Connection, tables: list[Table]) -> None:
    """Point each serial id's sequence past the copied ids (PostgreSQL)."""
    for table in tables:
        keys = list(table.primary_key.columns)
        if len(keys) != 1 or not keys[0].autoincrement or keys[0].type.python_type is not int:
            continue
        sequence = writer.execute(text("SELECT pg_get_serial_sequence(:t, :c)"),
                                  {"t": table.name, "c": keys[0].name}).scalar()
        if sequence:
            highest = f'SELECT MAX("{keys[0].name}") FROM "{table.name}"'
            writer.execute(text(f"SELECT setval(:s, COALESCE(({highest}), 0) + 1, false)"),
                           {"s": sequence})


def _copy_files(source_dir: Path, target_dir: Path) -> int:
    """Copy the files kept with the data (received originals, evidence) when the target
    keeps them elsewhere; files already there are left alone. Returns how many were copied."""
    if source_dir.resolve() == target_dir.resolve():
        return 0
    copied = 0
    for folder in FILE_FOLDERS:
        root = source_dir / folder
        if not root.is_dir():
            continue
        for path in root.rglob("*"):
            if path.is_file():
                destination = target_dir / folder / path.relative_to(root)
                if not destination.exists():
                    destination.parent.mkdir(parents=True, exist_ok=True)
                    copy_file(path, destination)
                    copied += 1
    return copied
