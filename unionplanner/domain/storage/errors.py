"""Typed storage errors the user can fix, each with a Vietnamese message (qutebrowser's
``misc/sql.py`` pattern): a full disk, a read-only folder, a database locked by another
program, a damaged file, a database from a newer version. Bugs stay ordinary exceptions."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from unionplanner.core.errors import UserError


class StorageError(UserError):
    """A database problem the user can act on."""


class DatabaseLockedError(StorageError):
    def __init__(self) -> None:
        super().__init__(
            "Cơ sở dữ liệu đang bị một chương trình khác khóa. Hãy đóng chương trình đó "
            "(hoặc cửa sổ UnionPlanner khác) rồi thử lại."
        )


class DiskFullError(StorageError):
    def __init__(self) -> None:
        super().__init__(
            "Ổ đĩa đã đầy nên không ghi được dữ liệu; không có gì bị ghi dở. Hãy giải phóng "
            "chỗ trống trên ổ đĩa rồi thử lại."
        )


class DiskIOError(StorageError):
    """SQLite could not read or write its file (SQLITE_IOERR): a disk short of room where
    the system says so only as a failed write, a network or USB drive gone, a failing
    disk. Nothing is half-written (the transaction is rolled back from its journal)."""

    def __init__(self) -> None:
        super().__init__(
            "Không đọc hoặc ghi được tệp cơ sở dữ liệu trên ổ đĩa (ổ đã đầy, ổ mạng hoặc USB "
            "bị ngắt, hoặc ổ bị lỗi); không có gì bị ghi dở. Hãy kiểm tra ổ đĩa còn chỗ trống "
            "và còn kết nối, rồi thử lại."
        )


class ReadOnlyError(StorageError):
    def __init__(self) -> None:
        super().__init__(
            "Cơ sở dữ liệu đang mở ở chế độ chỉ đọc (hoặc thư mục dữ liệu không cho phép "
            "ghi) nên không lưu được thay đổi. Hãy đóng cửa sổ UnionPlanner khác hoặc kiểm "
            "tra quyền ghi của thư mục dữ liệu."
        )


class CannotOpenError(StorageError):
    def __init__(self) -> None:
        super().__init__(
            "Không mở hoặc không ghi được tệp cơ sở dữ liệu: thư mục dữ liệu không cho phép "
            "ghi (hoặc không còn tồn tại, hoặc là ổ mạng đã ngắt). Hãy kiểm tra quyền ghi của "
            "thư mục dữ liệu, hoặc chép dữ liệu sang một thư mục ghi được rồi mở bằng --db."
        )


def file_error(exc: OSError) -> StorageError:
    """A typed error for a failed file write beside the database (copies of received files,
    evidence, backups): a full disk, a folder that cannot be written, or anything else."""
    import errno

    if exc.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", -1)):
        return DiskFullError()
    if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return CannotOpenError()
    return StorageError(f"Không ghi được tệp vào thư mục dữ liệu ({exc.strerror or exc}). "
                        "Không có gì bị ghi dở; hãy kiểm tra ổ đĩa rồi thử lại.")


class CorruptDatabaseError(StorageError):
    def __init__(self, detail: str = "") -> None:
        super().__init__(
            "Tệp cơ sở dữ liệu bị hỏng hoặc không phải cơ sở dữ liệu của UnionPlanner. "
            "Hãy khôi phục từ bản sao lưu gần nhất (Cài đặt → Sao lưu, hoặc lệnh "
            "'unionplanner restore TỆP')." + (f" ({detail})" if detail else "")
        )


class NewerSchemaError(StorageError):
    def __init__(self, revision: str) -> None:
        super().__init__(
            f"Cơ sở dữ liệu được tạo bởi phiên bản UnionPlanner mới hơn (lược đồ {revision}). "
            "Hãy cài phiên bản mới nhất của UnionPlanner rồi mở lại."
        )


class UpgradeFailedError(StorageError):
    """Upgrading the data to this version's schema failed. ``backup`` is the copy to restore
    (None when there is none that is sound); ``half_done`` says the database was left
    half-upgraded by an older build (its tables no longer match its revision), so it cannot
    be opened at all — otherwise nothing of the upgrade was kept and the data is as before."""

    def __init__(self, backup: Path | None, made: str, half_done: bool, detail: str) -> None:
        self.backup, self.made, self.half_done = backup, made, half_done
        if half_done:
            text = ("Dữ liệu đã bị nâng cấp dở dang (lần trước chương trình bị tắt giữa lúc "
                    "nâng cấp) nên không mở được. ")
        else:
            text = ("Không nâng cấp được dữ liệu lên phiên bản này của UnionPlanner; dữ liệu "
                    "vẫn nguyên như trước. ")
        if backup is not None:
            text += (f"Bản sao lưu còn tốt gần nhất (lúc {made}): {backup}. Hãy khôi phục bản "
                     f"đó (mở UnionPlanner sẽ được hỏi, hoặc lệnh 'unionplanner restore "
                     f"\"{backup}\"').")
        else:
            text += ("Không tìm thấy bản sao lưu nào còn dùng được; hãy gửi tệp dữ liệu và "
                     "tệp nhật ký cho người hỗ trợ.")
        super().__init__(text, [detail] if detail else [])


class AlreadyOpenError(StorageError):
    def __init__(self, path: str) -> None:
        super().__init__(
            f"Cơ sở dữ liệu {path} đang được mở trong một cửa sổ UnionPlanner khác. "
            "Hãy dùng cửa sổ đó, hoặc đóng nó rồi mở lại."
        )


class ServerError(StorageError):
    """A shared PostgreSQL server could not be used (unreachable, refused, wrong database)."""


_LOGIN = ("Máy chủ cơ sở dữ liệu từ chối đăng nhập: tên đăng nhập hoặc mật khẩu không đúng, "
          "hoặc máy này chưa được phép kết nối. Hãy kiểm tra lại với người quản trị máy chủ.")
_NO_DATABASE = ("Trên máy chủ chưa có cơ sở dữ liệu với tên đã nhập. Hãy kiểm tra tên, hoặc nhờ "
                "người quản trị tạo nó (xem README, phần máy chủ dùng chung).")
_REFUSED = ("Máy chủ cơ sở dữ liệu trả lời nhưng từ chối kết nối: tên cơ sở dữ liệu, tên đăng "
            "nhập hoặc mật khẩu không đúng, hoặc máy này chưa được phép kết nối. Hãy kiểm tra "
            "lại với người quản trị máy chủ.")
_UNREACHABLE = ("Không kết nối được máy chủ cơ sở dữ liệu. Hãy kiểm tra máy chủ đã bật, địa chỉ "
                "và cổng đúng, và mạng nội bộ đang hoạt động, rồi thử lại.")
_RETRY = ("Một người khác đang sửa cùng dữ liệu nên thao tác này bị dừng; không có gì bị ghi dở. "
          "Hãy thử lại.")

#: PostgreSQL SQLSTATE codes (Appendix A of its manual) → message; a code's first two
#: characters give its class ("08" connection exceptions, "57" operator intervention)
_SQLSTATES = {"28P01": _LOGIN, "28000": _LOGIN, "3D000": _NO_DATABASE, "40P01": _RETRY,
              "40001": _RETRY}
_SQLSTATE_CLASSES = {"08": _UNREACHABLE, "57": _UNREACHABLE}

#: SQLite's primary result codes (https://sqlite.org/rescode.html)
_SQLITE_CORRUPT, _SQLITE_NOTADB = 11, 26
_SQLITE_CODES: dict[int, Callable[[], StorageError]] = {
    5: DatabaseLockedError,   # SQLITE_BUSY
    6: DatabaseLockedError,   # SQLITE_LOCKED
    8: ReadOnlyError,         # SQLITE_READONLY
    10: DiskIOError,          # SQLITE_IOERR
    13: DiskFullError,        # SQLITE_FULL
    14: CannotOpenError,      # SQLITE_CANTOPEN
}


def _server_error(orig: BaseException) -> StorageError | None:
    """A psycopg error by its SQLSTATE. A connection that failed before the server said
    anything has none (libpq and the server both word their messages in their own
    language): whether the server answers a ping then tells an unreachable server from a
    refused login or database, and the server's own words are added."""
    import psycopg

    sqlstate = getattr(orig, "sqlstate", None)
    if sqlstate:
        message = _SQLSTATES.get(sqlstate) or _SQLSTATE_CLASSES.get(sqlstate[:2])
        return ServerError(message) if message else None
    if not isinstance(orig, psycopg.OperationalError):
        return None
    pgconn = getattr(orig, "pgconn", None)
    if pgconn is None:
        return ServerError(_UNREACHABLE)
    if pgconn.needs_password and not pgconn.used_password:
        return ServerError(_LOGIN)
    conninfo = {o.keyword.decode(): o.val.decode() for o in pgconn.info
                if o.val is not None and o.keyword.decode() in (
                    "host", "hostaddr", "port", "dbname", "user", "connect_timeout")}
    if psycopg.pq.PGconn.ping(psycopg.conninfo.make_conninfo(**conninfo).encode()) != 0:
        return ServerError(_UNREACHABLE)  # PQPING_OK is 0: no answer, or no attempt made
    said = pgconn.error_message.decode(errors="replace").strip().splitlines()
    return ServerError(_REFUSED + (f" (Máy chủ báo: {said[0].split(':  ', 1)[-1]})"
                                   if said else ""))


def translate(exc: BaseException) -> StorageError | None:
    """Map a DBAPI error (sqlite3 / psycopg) to a typed error, or None if it is a bug. By
    error code, never by message text: PostgreSQL localises its messages (lc_messages),
    SQLite's wording is not an interface."""
    orig = getattr(exc, "orig", exc)
    if type(orig).__module__.startswith("psycopg"):
        return _server_error(orig)
    code = getattr(orig, "sqlite_errorcode", None)
    if code is None:
        return None
    primary = code & 0xFF  # extended codes carry the primary code in the low byte
    if primary in _SQLITE_CODES:
        return _SQLITE_CODES[primary]()
    if primary in (_SQLITE_NOTADB, _SQLITE_CORRUPT):
        return CorruptDatabaseError(str(orig))
    return None
