"""Typed storage errors the user can fix, each with a Vietnamese message (qutebrowser's
``misc/sql.py`` pattern): a full disk, a read-only folder, a database locked by another
program, a damaged file, a database from a newer version. Bugs stay ordinary exceptions."""

from __future__ import annotations

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


class AlreadyOpenError(StorageError):
    def __init__(self, path: str) -> None:
        super().__init__(
            f"Cơ sở dữ liệu {path} đang được mở trong một cửa sổ UnionPlanner khác. "
            "Hãy dùng cửa sổ đó, hoặc đóng nó rồi mở lại."
        )


class ServerError(StorageError):
    """A shared PostgreSQL server could not be used (unreachable, refused, wrong database)."""


_SERVER_FAULTS = (
    (("password authentication failed", "no password supplied", "role \"",
      "pg_hba.conf"),
     "Máy chủ cơ sở dữ liệu từ chối đăng nhập: tên đăng nhập hoặc mật khẩu không đúng, hoặc "
     "máy này chưa được phép kết nối. Hãy kiểm tra lại với người quản trị máy chủ."),
    (("database \"", "does not exist"),
     "Trên máy chủ chưa có cơ sở dữ liệu với tên đã nhập. Hãy kiểm tra tên, hoặc nhờ người "
     "quản trị tạo nó (xem README, phần máy chủ dùng chung)."),
    (("connection refused", "could not connect", "could not translate host name",
      "name or service not known", "timeout expired", "no route to host",
      "server closed the connection", "connection timed out", "network is unreachable"),
     "Không kết nối được máy chủ cơ sở dữ liệu. Hãy kiểm tra máy chủ đã bật, địa chỉ và cổng "
     "đúng, và mạng nội bộ đang hoạt động, rồi thử lại."),
    (("deadlock detected", "could not serialize access"),
     "Một người khác đang sửa cùng dữ liệu nên thao tác này bị dừng; không có gì bị ghi dở. "
     "Hãy thử lại."),
)


def translate(exc: BaseException) -> StorageError | None:
    """Map a DBAPI error (sqlite3 / psycopg) to a typed error, or None if it is a bug."""
    text = str(getattr(exc, "orig", exc)).lower()
    if "psycopg" in type(getattr(exc, "orig", exc)).__module__:
        for needles, message in _SERVER_FAULTS:
            if (all(n in text for n in needles) if needles[0] == 'database "'
                    else any(n in text for n in needles)):
                return ServerError(message)
    if "database is locked" in text or "database table is locked" in text:
        return DatabaseLockedError()
    if "disk is full" in text or "no space left" in text or "disk full" in text:
        return DiskFullError()
    if "readonly" in text or "read-only" in text or "read only" in text:
        return ReadOnlyError()
    if "unable to open database file" in text:
        return CannotOpenError()
    if "file is not a database" in text or "malformed" in text or "disk i/o error" in text:
        return CorruptDatabaseError(str(getattr(exc, "orig", exc)))
    return None
