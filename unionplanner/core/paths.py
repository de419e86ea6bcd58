"""The one module that knows where files are.

* Bundled run-time files (translations, fonts, icons) are read through
  :mod:`importlib.resources` from the package ``unionplanner.resources`` (the top-level
  ``resources/`` folder), which works from a source checkout, an installed wheel and a
  PyInstaller bundle alike. Nothing else may guess ``sys._MEIPASS``.
* User data (the database, backups, logs, attached evidence) lives in the platformdirs
  user-data folder — ``%LOCALAPPDATA%\\UnionPlanner`` on Windows, ``~/.local/share/UnionPlanner``
  on Linux — never in the install folder. ``UNIONPLANNER_DATA_DIR`` overrides it (tests set it
  so they never touch the real profile) and ``--db`` overrides the database alone.
"""

from __future__ import annotations

import contextlib
import errno
import io
import os
import re
from collections.abc import Callable, Iterator
from importlib import resources
from pathlib import Path
from typing import IO

from unionplanner import APP_NAME

DATA_DIR_ENV = "UNIONPLANNER_DATA_DIR"
DB_FILE_NAME = "unionplanner.sqlite3"

#: Every bundled file the app loads at run time, relative to ``resources/``; the self-test and
#: ``tests/domain/storage/test_storage.py`` checks each exists.
FONT_FILES = (
    "fonts/LiberationSerif-Regular.ttf",
    "fonts/LiberationSerif-Bold.ttf",
    "fonts/LiberationSerif-Italic.ttf",
    "fonts/LiberationSerif-BoldItalic.ttf",
)
APP_ICON = "icons/unionplanner.svg"
USER_GUIDE = "help/huong-dan.html"
LANGUAGES = ("vi", "en")  # Vietnamese is the default; English is the source language


def resource_file(name: str) -> Path:
    """Return the real path of a bundled file, e.g. ``resource_file("fonts/…ttf")``.

    Raises FileNotFoundError (naming the file and the folder searched) when it is missing,
    which means a broken installation or, in a checkout, that ``make`` has not compiled the
    translations yet.
    """
    root = resources.files("unionplanner.resources")
    target = root.joinpath(*name.split("/"))
    path = Path(str(target))
    if not path.is_file():
        raise FileNotFoundError(f"Thiếu tệp tài nguyên {name!r} trong {root}")
    return path


def translation_file(language: str) -> Path:
    """The compiled Qt catalogue (``.qm``) for ``language`` ('vi'); see :data:`LANGUAGES`."""
    return resource_file(f"i18n/unionplanner_{language}.qm")


def qt_translation_file(language: str) -> Path:
    """Our catalogue for the strings Qt itself shows (file dialogs, standard buttons), for
    a language Qt ships none for (Vietnamese)."""
    return resource_file(f"i18n/qtbase_{language}.qm")


def data_dir() -> Path:
    """The user-data folder (created if missing); ``UNIONPLANNER_DATA_DIR`` overrides it."""
    override = os.environ.get(DATA_DIR_ENV)
    if override:
        path = Path(override).expanduser()
    else:
        import platformdirs

        path = Path(platformdirs.user_data_dir(APP_NAME, appauthor=False, roaming=False))
    path.mkdir(parents=True, exist_ok=True)
    private_folder(path)
    return path


def make_private() -> None:
    """From now on, files and folders this process creates are the user's alone (umask
    077: folders 0700, files 0600) where the platform has such modes — the data folder,
    backups and received reports hold members' names and figures, on PCs an office may
    share. Called once at start (the command line and the window). Files the user saves
    elsewhere (exports) keep the user's own umask: see :func:`atomic_write`."""
    global _user_umask
    if os.name == "posix":
        previous = os.umask(0o077)
        if _user_umask is None:
            _user_umask = previous


#: the umask the program started with (before :func:`make_private`), for exports
_user_umask: int | None = None


def _current_umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def private_folder(path: Path) -> None:
    """Make an existing folder the user's alone (0700) on POSIX systems; a folder made
    before this rule (0755) is tightened. Errors (not the owner) are ignored."""
    if os.name == "posix":
        with contextlib.suppress(OSError):
            path.chmod(0o700)


def default_db_path() -> Path:
    return data_dir() / DB_FILE_NAME


def logs_dir() -> Path:
    path = data_dir() / "logs"
    path.mkdir(parents=True, exist_ok=True)
    return path


def resolve_db_url(value: str | os.PathLike | None) -> str:
    """Turn ``--db`` into an SQLAlchemy URL.

    ``None`` → the SQLite file in :func:`data_dir`; anything containing ``://`` (e.g.
    ``postgresql://user@host/db``) is taken as a URL — ``postgresql://`` and ``postgres://``
    mean the bundled psycopg 3 driver; anything else is a SQLite file path.
    """
    if value is None:
        return f"sqlite:///{default_db_path()}"
    text = os.fspath(value)
    if "://" in text:
        scheme, rest = text.split("://", 1)
        if scheme in ("postgresql", "postgres"):
            return f"postgresql+psycopg://{rest}"
        return text
    return f"sqlite:///{Path(text).expanduser().resolve()}"


def sqlite_file(url: str) -> Path | None:
    """The file behind a ``sqlite:///`` URL, or None for other databases and in-memory ones."""
    prefix = "sqlite:///"
    if not url.startswith(prefix):
        return None
    rest = url[len(prefix):].split("?", 1)[0]
    if not rest or rest == ":memory:":
        return None
    return Path(rest)


def sqlite_uri(db_file: Path, *, read_only: bool = False) -> str:
    """The SQLite URI of ``db_file`` (absolute, percent-encoded by :meth:`Path.as_uri`), for
    ``sqlite3.connect(uri, uri=True)``: ``mode=ro`` to read only, else ``rwc``. A URI made as
    ``"file:" + path`` opens another file when a folder is named with "#" or "%" (a user
    name "Phòng #2"), and silently drops read-only mode (SQLite URI rules, sqlite.org/uri)."""
    return f"{db_file.expanduser().resolve().as_uri()}?mode={'ro' if read_only else 'rwc'}"


def backups_dir(db_file: Path) -> Path:
    """Where automatic and manual backups of ``db_file`` go: a ``backups`` folder beside it."""
    path = db_file.parent / "backups"
    path.mkdir(parents=True, exist_ok=True)
    private_folder(path)
    return path


_FORBIDDEN = re.compile(r'[<>:"/\\|?*\x00-\x1f]+')
_RESERVED = {"con", "prn", "aux", "nul", *(f"com{i}" for i in range(1, 10)),
             *(f"lpt{i}" for i in range(1, 10))}


def safe_file_name(name: str, *, limit: int = 120) -> str:
    """``name`` made a file name every system accepts (Windows' rules are the strictest):
    the characters ``< > : " / \\ | ? *`` and control characters become "-", spaces and
    dots at the end go, a reserved device name (CON, PRN, AUX, NUL, COM1…, LPT1…) gets a
    "_" in front, and the stem is cut so the whole is at most ``limit`` characters (the
    extension kept). "KH 12/KH-CĐ: Tết?" → "KH 12-KH-CĐ- Tết"."""
    text = " ".join(_FORBIDDEN.sub("-", name).split())
    stem, dot, suffix = text.rpartition(".") if "." in text.strip(".") else (text, "", "")
    if len(suffix) > 8 or " " in suffix:  # "Kế hoạch v1.2 final": not an extension
        stem, dot, suffix = text, "", ""
    stem = stem.rstrip(" .-") or "tep"
    if stem.split(".")[0].lower() in _RESERVED:
        stem = "_" + stem
    stem = stem[:max(1, limit - len(dot + suffix))].rstrip(" .")
    return stem + dot + suffix


#: a kept copy's name at most: characters (a Windows path stays under 260 with the data
#: folder in front) and UTF-8 bytes (255 per name on Linux file systems)
KEPT_NAME_CHARS, KEPT_NAME_BYTES = 90, 180


def kept_name(name: str, prefix: str = "") -> str:
    """The name a copy kept with the data gets (an imported report's original, an evidence
    file): ``prefix`` + ``name`` made safe (:func:`safe_file_name`: no ``\\ / : * ? " < >
    |``, CR or LF) and shortened — the extension kept — to :data:`KEPT_NAME_CHARS`
    characters and :data:`KEPT_NAME_BYTES` bytes, so that a name legal where it came from
    is legal here too. The one rule for every kept copy."""
    made = prefix + safe_file_name(name, limit=max(8, KEPT_NAME_CHARS - len(prefix)))
    while len(made.encode("utf-8")) > KEPT_NAME_BYTES:
        stem, dot, suffix = made.rpartition(".") if "." in made[len(prefix):] else (made, "", "")
        stem = stem[:-1].rstrip(" .")
        made = stem + dot + suffix
    return made


def save_document(path: str | Path, save: Callable[[IO[bytes]], object]) -> Path:
    """Write a zipped document (.xlsx, .docx) that ``save`` writes into a stream: into
    memory first, then to ``path`` through :func:`atomic_write`. Saved straight to a file on
    a full disk, the library's ZipFile was left open and printed "Exception ignored in
    ZipFile.__del__" with a traceback when collected; now the only write that can fail is
    one plain file write, an OSError the caller turns into a sentence. Returns ``path``."""
    buffer = io.BytesIO()
    try:
        save(buffer)
    except Exception as exc:
        # openpyxl writes each sheet through a temporary file first: on a full disk lxml
        # raises its SerialisationError ("IO_ENOSPC"), not an OSError
        if type(exc).__name__ != "SerialisationError":
            raise
        full = "ENOSPC" in str(exc) or "EFBIG" in str(exc)
        raise OSError(errno.ENOSPC if full else errno.EIO,
                      os.strerror(errno.ENOSPC if full else errno.EIO)) from exc
    target = Path(path)
    with atomic_write(target) as temporary:
        temporary.write_bytes(buffer.getvalue())
    return target


@contextlib.contextmanager
def atomic_write(path: str | Path) -> Iterator[Path]:
    """A temporary file beside ``path`` to write into (same folder, same suffix, hidden
    name); when the block ends it replaces ``path`` in one rename, and if the block raises
    (a full disk, a cancelled export) it is removed and ``path`` is left as it was — never
    a truncated PDF, Word or Excel file at the target.

    On POSIX the finished file gets the mode an ordinary save would give it (the target's
    own when replaced, else 0666 less the user's umask): an export is for sharing, unlike
    the private data folder."""
    from unionplanner.core.retry import retry_shared

    target = Path(path)
    temporary = target.with_name(f".{target.stem[:60]}.{os.getpid()}.part{target.suffix}")
    try:
        yield temporary
        if os.name == "posix" and temporary.exists():
            try:
                mode = target.stat().st_mode & 0o777
            except OSError:
                mask = _user_umask if _user_umask is not None else _current_umask()
                mode = 0o666 & ~mask
            temporary.chmod(mode)
        retry_shared(lambda: os.replace(temporary, target))
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise
