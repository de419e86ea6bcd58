"""Files kept with the data: the originals of imported grassroots reports and evidence
attached to ticked activities, by a path relative to the database's files folder
(``received/2023-05/…xlsx``, ``evidence/12/anh.jpg``).

On this PC they are files in that folder (beside the SQLite file; the user-data folder for a
server database). A server database also keeps their bytes in the ``kept_file`` table, written
in the same transaction as the import or the evidence, so another PC opening the shared
database can still open them: :func:`local_copy` fetches a missing file once into its own
folder.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Connection, insert, select
from sqlalchemy.orm import Session

from unionplanner.domain.storage.base import table_of
from unionplanner.domain.storage.models import KeptFile

if TYPE_CHECKING:
    from unionplanner.domain.storage.database import Database


def shared(conn: Session | Connection) -> bool:
    """Whether ``conn`` (a Session or a Connection) is on a server database, which keeps the
    files in it as well."""
    dialect = conn.get_bind().dialect if hasattr(conn, "get_bind") else conn.dialect
    return dialect.name != "sqlite"


def kept(conn: Session | Connection, relative: str) -> bool:
    """Whether a server database already keeps a file at ``relative`` (False on SQLite)."""
    table = table_of(KeptFile)
    return shared(conn) and conn.execute(
        select(table.c.id).where(table.c.path == relative)).first() is not None


def keep_in_database(conn: Session | Connection, relative: str, source: Path) -> bool:
    """On a server database, store ``source``'s bytes as ``relative`` (once) through ``conn``
    (Session or Connection, in the caller's transaction: a rolled-back import keeps nothing).
    Returns whether it was added; nothing happens on SQLite."""
    if not shared(conn) or kept(conn, relative):
        return False
    data = Path(source).read_bytes()
    conn.execute(insert(KeptFile).values(path=relative, size=len(data), content=data))
    return True


def local_copy(db: Database, relative: str) -> Path | None:
    """The file ``relative`` on this PC: the one in the files folder, or — when another PC
    imported it into a server database — its bytes fetched from the database into that
    folder. None when it is nowhere (an import on another PC before files were kept)."""
    path = db.files_dir / relative
    if path.is_file():
        return path
    with db.session() as session:
        data = session.scalar(select(KeptFile.content).where(KeptFile.path == relative))
    if data is None:
        return None
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_name(path.name + ".part")
    partial.write_bytes(data)
    partial.replace(path)
    return path


def store_folder(conn: Session | Connection, files_dir: Path, folders: tuple[str, ...]) -> int:
    """Put every file under ``files_dir/<folder>`` into a server database (``db copy`` from
    an office's SQLite file); returns how many were added. Nothing on SQLite."""
    if not shared(conn):
        return 0
    added = 0
    for folder in folders:
        root = files_dir / folder
        if root.is_dir():
            added += sum(keep_in_database(conn, path.relative_to(files_dir).as_posix(), path)
                         for path in sorted(root.rglob("*")) if path.is_file())
    return added
