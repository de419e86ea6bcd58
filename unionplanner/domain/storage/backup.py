"""Backups of the SQLite database: manual, automatic (rolling, kept N days), before a
migration and before a restore; the integrity check run at start-up; restore.

Copies are made with SQLite's online backup API, so they are consistent even while the app
has the database open. File names: ``<db stem>-<YYYYmmdd-HHMMSS>-<kind>.sqlite3`` in
:func:`unionplanner.core.paths.backups_dir`.
"""

from __future__ import annotations

import datetime as dt
import functools
import logging
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from unionplanner.core import paths
from unionplanner.core.errors import UserError
from unionplanner.core.retry import retry_shared
from unionplanner.domain.storage.errors import CorruptDatabaseError, UpgradeFailedError
from unionplanner.domain.storage.revisions import known_revisions
from unionplanner.domain.storage.schema_check import file_differences

logger = logging.getLogger(__name__)

KINDS = ("manual", "auto", "pre-migrate", "pre-restore")
DEFAULT_KEEP_DAYS = 30
MIN_KEPT = 3  # pruning never removes the newest few automatic copies


@dataclass(frozen=True)
class BackupInfo:
    """One backup file: its path, when it was made (local time), its kind, size in bytes."""

    path: Path
    made: dt.datetime
    kind: str
    size: int


def integrity_check(db_file: Path, *, full: bool = False) -> tuple[bool, str]:
    """Run ``PRAGMA quick_check`` — or, with ``full``, ``integrity_check`` (indexes against
    their tables too: before a restore) and ``foreign_key_check`` —; return (ok, SQLite's
    message). A file that is not a database is not ok."""
    try:
        conn = sqlite3.connect(paths.sqlite_uri(db_file, read_only=True), uri=True, timeout=10)
        try:
            rows = conn.execute(f"PRAGMA {'integrity_check' if full else 'quick_check'}") \
                .fetchall()
            if full and [r[0] for r in rows] == ["ok"]:
                orphans = conn.execute("PRAGMA foreign_key_check").fetchall()
                if orphans:
                    tables = sorted({str(r[0]) for r in orphans})
                    return False, (f"{len(orphans)} dòng trỏ tới dòng không có (bảng "
                                   f"{', '.join(tables[:5])})")
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        return False, str(exc)
    except (UnicodeDecodeError, ValueError) as exc:  # damage inside SQLite's own messages
        return False, f"tệp hỏng ({exc.__class__.__name__})"
    message = "; ".join(str(r[0]) for r in rows[:5])
    return message == "ok", message


def _copy(source: Path, target: Path) -> None:
    src = sqlite3.connect(paths.sqlite_uri(source, read_only=True), uri=True, timeout=30)
    try:
        dst = sqlite3.connect(str(target))
        try:
            src.backup(dst)
        finally:
            dst.close()
    finally:
        src.close()


def backup_database(db_file: Path, to: Path | None = None, kind: str = "manual",
                    now: dt.datetime | None = None) -> Path:
    """Copy ``db_file`` to ``to`` (a file or folder) or to the backups folder; return the
    copy's path. Raises UserError if the database does not exist or the copy fails (disk
    full, no permission) — a failed copy leaves no partial file behind."""
    if kind not in KINDS:
        raise ValueError(kind)
    if not db_file.exists():
        raise UserError(f"Chưa có cơ sở dữ liệu tại {db_file} nên không có gì để sao lưu.")
    stamp = (now or dt.datetime.now()).strftime("%Y%m%d-%H%M%S")
    name = f"{db_file.stem}-{stamp}-{kind}.sqlite3"
    if to is None or to.is_dir():
        try:
            folder = paths.backups_dir(db_file) if to is None else to
        except OSError as exc:  # a read-only data folder: the backups folder cannot be made
            logger.error("backups folder for %s: %s", db_file, exc)
            reason = exc.strerror or str(exc)
            raise UserError(f"Không tạo được thư mục sao lưu cạnh {db_file} ({reason}). Hãy "
                            "kiểm tra quyền ghi của thư mục dữ liệu rồi thử lại; dữ liệu không "
                            "thay đổi.") from exc
        target = folder / name
        number = 1
        while target.exists():  # two copies in one second (a backup, then the one before a
            number += 1         # restore): "….manual.2.sqlite3", never one over the other
            target = folder / f"{db_file.stem}-{stamp}-{kind}.{number}.sqlite3"
    else:
        target = to
    partial = target.with_name(target.name + ".part")
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        retry_shared(lambda: _copy(db_file, partial))
        retry_shared(lambda: partial.replace(target))
    except (OSError, sqlite3.Error) as exc:
        partial.unlink(missing_ok=True)
        logger.error("backup to %s failed: %s", target, exc)
        raise UserError(f"Không sao lưu được vào {target.parent}: {exc}. Hãy kiểm tra chỗ "
                        "trống và quyền ghi của thư mục rồi thử lại.") from exc
    logger.info("backup (%s) written: %s", kind, target)
    return target


def list_backups(db_file: Path) -> list[BackupInfo]:
    """Backups of ``db_file`` in its backups folder, newest first."""
    folder = db_file.parent / "backups"
    if not folder.is_dir():
        return []
    found = []
    for path in folder.glob(f"{db_file.stem}-*.sqlite3"):
        parts = path.stem[len(db_file.stem) + 1:].split("-", 2)
        if len(parts) == 3:  # "manual.2": the second copy of that second
            kind, _, number = parts[2].partition(".")
            parts[2] = kind if number.isdigit() or not number else parts[2]
        if len(parts) != 3 or parts[2] not in KINDS:
            continue
        try:
            made = dt.datetime.strptime(f"{parts[0]}-{parts[1]}", "%Y%m%d-%H%M%S")
        except ValueError:
            continue
        found.append(BackupInfo(path, made, parts[2], path.stat().st_size))
    return sorted(found, key=lambda b: (b.made, _copy_number(b.path), b.path.name),
                  reverse=True)


def _copy_number(path: Path) -> int:
    """2, 3… for the second, third copy made in one second ("….manual.2.sqlite3"), else 1."""
    number = path.stem.rpartition(".")[2]
    return int(number) if "." in path.stem and number.isdigit() else 1


def auto_backup(db_file: Path, keep_days: int = DEFAULT_KEEP_DAYS,
                now: dt.datetime | None = None) -> Path | None:
    """The daily automatic copy: made if none was made today, then old ones pruned.
    Returns the new copy, or None if today's already exists or the database is new."""
    now = now or dt.datetime.now()
    if not db_file.exists():
        return None
    autos = [b for b in list_backups(db_file) if b.kind == "auto"]
    made = None
    if not autos or autos[0].made.date() != now.date():
        made = backup_database(db_file, kind="auto", now=now)
    prune_backups(db_file, keep_days, now)
    return made


def prune_backups(db_file: Path, keep_days: int, now: dt.datetime | None = None) -> list[Path]:
    """Delete automatic and pre-migrate copies older than ``keep_days`` days, always keeping
    the newest :data:`MIN_KEPT`; manual copies are never deleted. Returns what was deleted."""
    now = now or dt.datetime.now()
    limit = now - dt.timedelta(days=keep_days)
    removable = [b for b in list_backups(db_file) if b.kind in ("auto", "pre-migrate")]
    deleted = []
    for info in removable[MIN_KEPT:]:
        if info.made < limit:
            try:
                retry_shared(functools.partial(info.path.unlink, missing_ok=True))
            except OSError:
                continue  # still held open by another program: tried again next time
            deleted.append(info.path)
    return deleted


def latest_good_backup(db_file: Path) -> BackupInfo | None:
    """The newest backup that passes the integrity check."""
    for info in list_backups(db_file):
        if integrity_check(info.path)[0]:
            return info
    return None


def sound_backup(db_file: Path) -> BackupInfo | None:
    """The newest backup of ``db_file`` that passes the integrity check and has exactly the
    schema of its own revision (:mod:`~unionplanner.domain.storage.schema_check`): one made
    before an upgrade that went wrong, not a copy of the half-upgraded file itself."""
    for info in list_backups(db_file):
        revision = _revision(info.path)
        if revision in known_revisions() and integrity_check(info.path)[0]:
            try:
                if not file_differences(info.path, revision):
                    return info
            except sqlite3.Error:
                continue
    return None


def _revision(db_file: Path) -> str | None:
    try:
        conn = sqlite3.connect(paths.sqlite_uri(db_file, read_only=True), uri=True)
        try:
            rows = conn.execute("SELECT version_num FROM alembic_version").fetchall()
        finally:
            conn.close()
    except (sqlite3.Error, UnicodeDecodeError, ValueError):
        return None
    return rows[0][0] if len(rows) == 1 else None


def failed_upgrade(db_file: Path | None, revision: str | None,
                   exc: BaseException) -> UpgradeFailedError:
    """The error to raise when upgrading ``db_file`` (at ``revision``) failed with ``exc``:
    whether an older build left it half-upgraded (its tables differ from its revision's), and
    the backup to restore (:func:`sound_backup`)."""
    half_done = False
    found = None
    if db_file is not None:
        if revision in known_revisions():
            try:
                half_done = bool(file_differences(db_file, revision))
            except sqlite3.Error:
                half_done = True
        found = sound_backup(db_file)
    logger.error("the upgrade from revision %s failed%s: %s", revision,
                 " (half-upgraded before)" if half_done else "", exc)
    return UpgradeFailedError(found.path if found else None,
                              found.made.strftime("%d/%m/%Y %H:%M") if found else "",
                              half_done, str(exc).splitlines()[0][:200] if str(exc) else "")


def restore_database(db_file: Path, source: Path) -> Path | None:
    """Replace the contents of ``db_file`` with the backup ``source``.

    The source is checked first (exists, passes the integrity check, is a UnionPlanner
    database); the current database, if readable, is backed up ("pre-restore") and that
    copy's path returned. The caller must hold the instance lock (no other app open).
    Raises UserError/CorruptDatabaseError with a Vietnamese message; on any failure the
    current database is left as it was.
    """
    if not source.exists():
        raise UserError(f"Không tìm thấy tệp sao lưu \"{source}\".")
    if not source.is_file():  # a folder, a FIFO or a device: never opened
        raise UserError(f"\"{source.name}\" không phải một tệp thông thường (thư mục, ống dẫn hay "
                        "thiết bị). Hãy chọn đúng tệp sao lưu (.sqlite3).")
    ok, message = integrity_check(source, full=True)
    if not ok:
        raise CorruptDatabaseError(f"{source.name}: {message}")
    conn = sqlite3.connect(paths.sqlite_uri(source, read_only=True), uri=True)
    try:
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        revisions = [r[0] for r in conn.execute("SELECT version_num FROM alembic_version")] \
            if "alembic_version" in tables else []
    except (sqlite3.Error, UnicodeDecodeError, ValueError):  # damaged where quick_check
        tables, revisions = set(), []                        # does not look
    finally:
        conn.close()
    if not {"alembic_version", "unit"} <= tables:
        raise UserError(f"Tệp \"{source.name}\" không phải bản sao lưu của UnionPlanner. "
                        "Hãy chọn tệp .sqlite3 trong thư mục backups.")
    if len(revisions) != 1 or revisions[0] not in known_revisions():
        # checked before anything is replaced: a newer app's backup would leave this one
        # unable to open the data at all
        raise UserError(f"Bản sao lưu \"{source.name}\" được tạo bởi phiên bản UnionPlanner mới "
                        f"hơn (lược đồ {', '.join(revisions) or '?'}). Dữ liệu hiện tại không "
                        "thay đổi. Hãy cài phiên bản mới nhất của UnionPlanner rồi khôi phục lại.")
    try:
        foreign = file_differences(source, revisions[0])
    except sqlite3.Error as exc:  # a schema SQLite itself cannot read back
        raise CorruptDatabaseError(f"{source.name}: {exc}") from None
    if foreign:
        # what the program never makes (a trigger rewriting the units' e-mail addresses, a
        # view, a table) would be installed into the office's data with the backup
        raise UserError(f"Bản sao lưu \"{source.name}\" có cấu trúc khác với cơ sở dữ liệu do "
                        "UnionPlanner tạo nên không được khôi phục; dữ liệu hiện tại không thay "
                        "đổi. Hãy chọn một bản sao lưu khác.", foreign)
    current_ok = db_file.exists() and integrity_check(db_file)[0]
    saved = backup_database(db_file, kind="pre-restore") if current_ok else None
    db_file.parent.mkdir(parents=True, exist_ok=True)
    src = sqlite3.connect(paths.sqlite_uri(source, read_only=True), uri=True)
    try:
        if db_file.exists() and not current_ok:
            # a damaged file cannot be written page by page; set it aside whole
            db_file.replace(db_file.with_name(db_file.name + ".damaged"))
            for suffix in ("-wal", "-shm"):
                Path(str(db_file) + suffix).unlink(missing_ok=True)
        dst = sqlite3.connect(str(db_file), timeout=30)
        try:
            src.backup(dst)  # one transaction on the destination: all pages or none
        finally:
            dst.close()
    except (sqlite3.Error, OSError) as exc:
        logger.error("restore from %s failed: %s", source, exc)
        kept = f" Bản sao của dữ liệu trước khi khôi phục: {saved}." if saved else ""
        raise UserError(f"Không khôi phục được: {exc}. Cơ sở dữ liệu hiện tại không thay "
                        f"đổi.{kept}") from exc
    finally:
        src.close()
    logger.info("database restored from %s (the data before: %s)", source, saved)
    return saved
