"""Why a file the user chose could not be written, in one Vietnamese sentence.

Saving a report, a plan or a list into a folder can fail for reasons a clerk can act on,
and each needs its own advice:

- the file is open in Excel, Word or a PDF viewer (Windows: a sharing or lock violation,
  WinError 32 / 33, which Python also reports as "Permission denied");
- Windows Security's *Controlled folder access* (ransomware protection) blocks programs it
  does not know from writing into the protected user folders — Documents, Desktop, Pictures,
  Music, Videos, Favorites, also their OneDrive copies — with a bare "access denied"
  (WinError 5), which reads as if the clerk had no rights to their own Documents;
- no right to write there (a read-only folder or file, a share), the disk is full, the
  folder is gone (a USB stick pulled out).

Sources: Microsoft, "Protect important folders with controlled folder access" (the list of
protected folders) and "System Error Codes (0-499)" (5, 32, 33, 39, 112).
"""

from __future__ import annotations

import errno
import ntpath
import os
import shutil
from collections.abc import Mapping
from pathlib import PurePath

#: ERROR_SHARING_VIOLATION, ERROR_LOCK_VIOLATION: another program has the file open
_OPEN_ELSEWHERE = (32, 33)
#: ERROR_HANDLE_DISK_FULL, ERROR_DISK_FULL
_DISK_FULL = (39, 112)
#: the user folders Controlled folder access protects by default
PROTECTED_FOLDERS = ("Documents", "Desktop", "Pictures", "Music", "Videos", "Favorites")


def controlled_folder(path: str, environ: Mapping[str, str]) -> bool:
    """Whether ``path`` (a Windows path) lies in a folder that Controlled folder access
    protects by default: one of :data:`PROTECTED_FOLDERS` under the user's profile
    (``USERPROFILE`` in ``environ``) or under the profile's OneDrive folders ("OneDrive",
    "OneDrive - <organisation>"). Case-insensitive, as Windows is."""
    profile = environ.get("USERPROFILE")
    if not profile:
        return False
    try:
        relative = ntpath.relpath(ntpath.normpath(path), ntpath.normpath(profile))
    except ValueError:  # another drive
        return False
    parts = [p.casefold() for p in relative.split("\\")]
    if parts[0] == ".." or len(parts) < 2:
        return False
    if parts[0].startswith("onedrive"):
        parts = parts[1:]
    return len(parts) >= 2 and parts[0] in {f.casefold() for f in PROTECTED_FOLDERS}


def cannot_write(path: str | os.PathLike[str], exc: OSError, *,
                 windows: bool | None = None,
                 environ: Mapping[str, str] | None = None) -> str:
    """One Vietnamese sentence saying why ``path`` could not be written (``exc``, the error
    the write raised) and what to do. ``windows`` (default: this machine is Windows) and
    ``environ`` (default: the process environment) decide whether an "access denied" may be
    Controlled folder access. Never raises."""
    windows = os.name == "nt" if windows is None else windows
    environ = os.environ if environ is None else environ
    text = os.fspath(path)
    name = (PurePath(text).name if not windows else ntpath.basename(text)) or text
    folder = (ntpath.dirname(text) if windows else os.path.dirname(text)) or "."
    code = getattr(exc, "winerror", None)
    if code in _OPEN_ELSEWHERE:
        return (f"Không ghi được tệp \"{name}\" vì tệp đang mở trong chương trình khác (Excel, "
                "Word, trình xem PDF…): hãy đóng tệp đó rồi lưu lại.")
    if code in _DISK_FULL or exc.errno == errno.ENOSPC:
        return (f"Ổ đĩa đã đầy nên không ghi được tệp \"{name}\": hãy giải phóng chỗ trống "
                "hoặc lưu vào ổ đĩa khác.")
    if exc.errno in (errno.EACCES, errno.EPERM) or code == 5:
        if windows and controlled_folder(text, environ):
            return (f"Windows không cho UnionPlanner ghi tệp \"{name}\" vào thư mục {folder}, "
                    "có lẽ do tính năng Kiểm soát truy cập thư mục (Controlled folder access) "
                    "của Windows Security: hãy lưu vào thư mục khác (ví dụ C:\\BaoCao) hoặc "
                    "nhờ người quản trị máy cho phép UnionPlanner trong Windows Security → "
                    "Bảo vệ khỏi vi-rút và mối đe dọa → Bảo vệ khỏi phần mềm tống tiền.")
        return (f"Không có quyền ghi tệp \"{name}\" vào thư mục {folder} (thư mục hoặc tệp "
                "chỉ cho đọc): hãy lưu vào thư mục khác.")
    if exc.errno == errno.ENOENT:
        return (f"Không ghi được tệp \"{name}\" vì thư mục {folder} không còn (ổ USB đã rút "
                "ra?): hãy chọn thư mục khác.")
    return (f"Không ghi được tệp \"{name}\" ({exc.strerror or exc}): hãy kiểm tra thư mục "
            "rồi lưu lại.")


def copy_file(source: str | os.PathLike[str], target: str | os.PathLike[str]) -> None:
    """Copy ``source``'s bytes and times to ``target`` (what ``shutil.copy2`` does), without
    Windows' ``CopyFile2``: Python 3.12's copy2 calls it, and Wine 8 — where the Windows
    build also runs — lacks it and aborts the program. Raises OSError as copy2 does."""
    shutil.copyfile(source, target)
    shutil.copystat(source, target)
