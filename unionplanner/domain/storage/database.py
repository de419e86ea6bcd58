"""Opening the database: engine settings, sessions, transactions, typed errors.

SQLite (the default, one file in the user-data folder) is opened with foreign keys on, WAL
journal, ``synchronous=FULL`` and a busy timeout, so a crash or power cut never leaves a
half-written change. A file on a network share (a mapped drive, a ``\\\\server\\share``
path, an NFS/SMB mount) uses the rollback journal instead: WAL needs memory shared between
the programs using the file, which network file systems do not give (SQLite's own
documentation, "Write-Ahead Logging", §2), and an office would see its data as damaged.
Queries stay portable: the same code runs on ``postgresql://`` URLs.
"""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, ExceptionContext, create_engine, event
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import QueuePool

from unionplanner.core import paths
from unionplanner.domain.storage import audit, errors as storage_errors

BUSY_TIMEOUT_MS = 10_000


class AppSession(Session):
    """Session class of the app; the audit log listens on it."""


audit.install(AppSession)


#: GetDriveTypeW's answer for a drive letter mapped to a network share
DRIVE_REMOTE = 4
#: Linux file system types that live on another machine
_NETWORK_FS = {"nfs", "nfs4", "cifs", "smb3", "smbfs", "fuse.sshfs", "9p", "afs", "ncpfs"}
#: what the office is told when its data file is on a network share (Vietnamese)
NETWORK_NOTICE = ("Dữ liệu đang nằm trên ổ mạng ({path}): chương trình ghi theo cách an toàn cho "
                  "ổ mạng, nhưng mỗi lúc chỉ nên một máy mở tệp này. Để nhiều máy cùng dùng "
                  "dữ liệu, hãy dùng máy chủ dùng chung (Cài đặt → Máy chủ dùng chung).")


def on_network(path: str, *, windows: bool, drive_type: Callable[[str], int] | None = None,
               mounts: list[tuple[str, str]] | None = None) -> bool:
    """Whether the file at ``path`` lives on a network share. On Windows (``windows``): a
    UNC path (``\\\\server\\share\\…``, not ``\\\\?\\C:\\…``) or a drive letter whose
    ``drive_type`` (GetDriveTypeW of "Z:\\") is :data:`DRIVE_REMOTE`; elsewhere the file
    system of the longest of ``mounts`` (mount point, type — /proc/mounts) holding it."""
    if windows:
        if path.startswith(("\\\\?\\", "//?/")):  # a long path: \\?\C:\… or \\?\UNC\server\…
            path = path[4:]
            if path.upper().startswith("UNC\\"):
                return True
        if path.startswith(("\\\\", "//")):
            return True
        return len(path) > 1 and path[1] == ":" and drive_type is not None and \
            drive_type(path[:2] + "\\") == DRIVE_REMOTE
    best = ""
    kind = ""
    for point, fs_type in mounts or []:
        inside = path == point or path.startswith(point.rstrip("/") + "/")
        if inside and len(point) >= len(best):
            best, kind = point, fs_type
    return kind in _NETWORK_FS


def _file_on_network(db_file: Path) -> bool:
    import os

    path = str(db_file.resolve()) if os.name != "nt" else os.path.abspath(db_file)
    if os.name == "nt":
        import ctypes

        return on_network(path, windows=True,
                          drive_type=ctypes.windll.kernel32.GetDriveTypeW)  # type: ignore[attr-defined]
    try:
        lines = Path("/proc/mounts").read_text(encoding="utf-8", errors="replace").splitlines()
    except OSError:
        return False
    mounts = [(parts[1].replace("\\040", " "), parts[2]) for line in lines
              if len(parts := line.split()) >= 3]
    return on_network(path, windows=False, mounts=mounts)


def _sqlite_pragmas(read_only: bool, network: bool = False) -> Callable[[Any, Any], None]:
    def on_connect(dbapi_conn: Any, _record: Any) -> None:
        cur = dbapi_conn.cursor()
        cur.execute("PRAGMA foreign_keys=ON")
        cur.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        if not read_only:
            cur.execute(f"PRAGMA journal_mode={'DELETE' if network else 'WAL'}")
            cur.execute("PRAGMA synchronous=FULL")
        cur.close()

    return on_connect


def _translate_errors(context: ExceptionContext) -> None:
    typed = storage_errors.translate(context.original_exception)
    if typed is not None:
        raise typed from context.original_exception


def make_engine(url: str, *, read_only: bool = False, network: bool | None = None) -> Engine:
    """An engine for ``url`` with the app's settings (see module docstring).

    ``read_only`` opens a SQLite file with ``mode=ro`` (for a second app instance);
    ``network`` whether the file is on a network share (None: found out here).
    Raises :class:`~unionplanner.domain.storage.errors.StorageError` subclasses for fixable faults.
    """
    db_file = paths.sqlite_file(url)
    if db_file is not None:
        if not read_only:
            db_file.parent.mkdir(parents=True, exist_ok=True)
        if network is None:
            network = _file_on_network(db_file)
        uri = paths.sqlite_uri(db_file, read_only=read_only)
        # connect by URI (percent-encoded): "#" or "%" in a folder name opens this file
        engine = create_engine("sqlite://", poolclass=QueuePool, creator=lambda: sqlite3.connect(
            uri, uri=True, check_same_thread=False))
        event.listen(engine, "connect", _sqlite_pragmas(read_only, network))
    else:
        engine = create_engine(url, pool_pre_ping=True)
    event.listen(engine, "handle_error", _translate_errors)
    return engine


class Database:
    """An open database: ``engine``, a session factory and the transaction helper.

    ``file`` is the SQLite file (None for a server database); ``read_only`` is True when a
    second instance opened it for reading only.
    """

    def __init__(self, url: str, *, read_only: bool = False):
        self.url = url
        self.file: Path | None = paths.sqlite_file(url)
        self.read_only = read_only
        network = self.file is not None and _file_on_network(self.file)
        self.engine = make_engine(url, read_only=read_only, network=network)
        #: what the office should be told about where its data lives (Vietnamese), or ""
        self.notice = NETWORK_NOTICE.format(path=self.file) if network else ""
        self._sessions = sessionmaker(self.engine, class_=AppSession, expire_on_commit=False)

    @property
    def files_dir(self) -> Path:
        """Where files that belong with the data go (received originals, evidence): beside
        the SQLite file, or the user-data folder for a server database."""
        return self.file.parent if self.file is not None else paths.data_dir()

    def session(self) -> Session:
        """A plain session for reads; writes go through :meth:`transaction`."""
        return self._sessions()

    @contextlib.contextmanager
    def transaction(self) -> Iterator[Session]:
        """One unit of work: commits on success, rolls everything back on any exception
        (including :class:`~unionplanner.core.errors.Cancelled`) so nothing is half-written."""
        if self.read_only:
            raise storage_errors.ReadOnlyError()
        with self._sessions() as session, session.begin():
            yield session

    def dispose(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> Database:
        return self

    def __exit__(self, *exc: object) -> None:
        self.dispose()

    def __repr__(self) -> str:
        return f"Database({self.engine.url!r}, read_only={self.read_only})"


def open_database(url: str | None = None, *, migrate: bool = True,
                  read_only: bool = False) -> Database:
    """Open (creating if needed) and migrate the database at ``url`` (see
    :func:`unionplanner.core.paths.resolve_db_url`; None = the default file).

    Before any migration of an existing SQLite file a backup copy is made
    (:func:`unionplanner.domain.storage.backup.backup_database`, kind "pre-migrate").
    Raises :class:`~unionplanner.domain.storage.errors.NewerSchemaError` when the file comes from a
    newer app version, and the other StorageError subclasses for fixable faults.
    """
    db = Database(paths.resolve_db_url(url), read_only=read_only)
    if migrate and not read_only:
        from unionplanner.domain.storage.migrate import upgrade

        try:
            upgrade(db)
        except Exception:
            db.dispose()
            raise
    return db


def server_url(host: str, port: int, database: str, user: str, password: str = "") -> str:
    """A PostgreSQL URL for the bundled driver from its parts (special characters in the
    password are escaped), with a 10-second connection timeout."""
    from sqlalchemy.engine import URL

    return URL.create("postgresql+psycopg", username=user or None, password=password or None,
                      host=host.strip(), port=port, database=database.strip(),
                      query={"connect_timeout": "10"}).render_as_string(hide_password=False)


def describe_server(url: str) -> str:
    """Connect to a PostgreSQL server (no schema change) and say in Vietnamese what is there:
    the server version and whether the database already holds UnionPlanner data. Raises
    :class:`~unionplanner.domain.storage.errors.ServerError` with what to check when it cannot."""
    from sqlalchemy import inspect, text

    engine = make_engine(url)
    try:
        with engine.connect() as conn:
            version = conn.execute(text("SHOW server_version")).scalar()
            tables = inspect(conn).get_table_names()
            revision = (conn.execute(text("SELECT version_num FROM alembic_version")).scalar()
                        if "alembic_version" in tables else None)
    finally:
        engine.dispose()
    if revision:
        return (f"Kết nối được PostgreSQL {version}. Cơ sở dữ liệu đã có dữ liệu UnionPlanner "
                f"(lược đồ {revision}).")
    if tables:
        return (f"Kết nối được PostgreSQL {version}, nhưng cơ sở dữ liệu này đã có các bảng "
                "khác. Hãy dùng một cơ sở dữ liệu riêng cho UnionPlanner.")
    return (f"Kết nối được PostgreSQL {version}. Cơ sở dữ liệu còn trống: các bảng sẽ được tạo "
            "khi chương trình mở nó lần đầu.")
