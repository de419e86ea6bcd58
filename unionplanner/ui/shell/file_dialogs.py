"""Open and save dialogs that start where a person expects: the folder last used, else the
user's Documents — never the program's own folder (on Windows the shortcuts start the app in
its install folder, and a bare file name would put reports there). Suggested names are made
safe for Windows (:func:`unionplanner.core.paths.safe_file_name`)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, QStandardPaths
from PySide6.QtWidgets import QFileDialog, QWidget

from unionplanner.core.paths import safe_file_name

_KEY = "dialogs/last_folder"


def start_folder(settings: QSettings | None = None) -> Path:
    """The folder a dialog opens in: the last one used if it still exists, else Documents,
    else the home folder."""
    saved = str((settings or QSettings()).value(_KEY, "") or "")
    if saved and Path(saved).is_dir():
        return Path(saved)
    documents = QStandardPaths.writableLocation(
        QStandardPaths.StandardLocation.DocumentsLocation)
    if documents and Path(documents).is_dir():
        return Path(documents)
    return Path.home()


def remember(path: str | Path, settings: QSettings | None = None) -> None:
    """Remember the folder of ``path`` (a file) or ``path`` itself (a folder) for next time."""
    chosen = Path(path)
    folder = chosen if chosen.is_dir() else chosen.parent
    (settings or QSettings()).setValue(_KEY, str(folder))


def save_path(parent: QWidget | None, title: str, name: str, filters: str) -> Path | None:
    """Ask where to save, suggesting ``name`` (made safe) in :func:`start_folder`; None when
    cancelled."""
    path, _ = QFileDialog.getSaveFileName(parent, title,
                                          str(start_folder() / safe_file_name(name)), filters)
    if not path:
        return None
    remember(path)
    return Path(path)


def open_path(parent: QWidget | None, title: str, filters: str = "") -> Path | None:
    """Ask for one file to open, starting in :func:`start_folder`; None when cancelled."""
    path, _ = QFileDialog.getOpenFileName(parent, title, str(start_folder()), filters)
    if not path:
        return None
    remember(path)
    return Path(path)


def open_paths(parent: QWidget | None, title: str, filters: str = "") -> list[Path]:
    """Ask for files to open, starting in :func:`start_folder`."""
    paths, _ = QFileDialog.getOpenFileNames(parent, title, str(start_folder()), filters)
    if paths:
        remember(paths[0])
    return [Path(p) for p in paths]


def folder_path(parent: QWidget | None, title: str) -> Path | None:
    """Ask for a folder, starting in :func:`start_folder`; None when cancelled."""
    folder = QFileDialog.getExistingDirectory(parent, title, str(start_folder()))
    if not folder:
        return None
    remember(folder)
    return Path(folder)
