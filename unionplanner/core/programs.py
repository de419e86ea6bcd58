"""Finding the helper programs an office PC may have: Tesseract (scanned plans) and
LibreOffice (old .doc plans).

On Linux they are on the PATH. On Windows their installers do not add themselves to it:
they are looked for where the installers put them — for all users under Program Files
(64- and 32-bit), for one user under %LOCALAPPDATA%\\Programs — with the folders read from
the environment (a Windows on drive D: is found too), and LibreOffice also where its
installer records itself in the registry (``SOFTWARE\\LibreOffice\\UNO\\InstallPath``).
"""

from __future__ import annotations

import importlib
import ntpath
import os
import shutil
from collections.abc import Callable, Mapping
from typing import Any

#: where LibreOffice's installer records its program folder (HKLM for all users, HKCU for
#: one; WOW6432Node for the 32-bit build on 64-bit Windows)
LIBREOFFICE_KEYS = (r"SOFTWARE\LibreOffice\UNO\InstallPath",
                    r"SOFTWARE\WOW6432Node\LibreOffice\UNO\InstallPath")


def windows_candidates(environ: Mapping[str, str], relative: str) -> list[str]:
    """``relative`` (e.g. ``Tesseract-OCR\\tesseract.exe``) under each folder programs are
    installed in, most common first: Program Files, Program Files (x86), then the user's
    %LOCALAPPDATA%\\Programs and %LOCALAPPDATA%. ``environ`` is the process environment
    (upper-case keys, as Windows gives them)."""
    local = environ.get("LOCALAPPDATA")
    roots = [environ.get("PROGRAMFILES") or r"C:\Program Files", environ.get("PROGRAMW6432"),
             environ.get("PROGRAMFILES(X86)") or r"C:\Program Files (x86)",
             ntpath.join(local, "Programs") if local else None, local]
    return [ntpath.join(root, relative) for root in dict.fromkeys(r for r in roots if r)]


def libreoffice_candidates(environ: Mapping[str, str],
                           registry: Callable[[str], str | None] = lambda _key: None
                           ) -> list[str]:
    """Where soffice.exe may be on Windows: the folders the registry names (``registry``
    gives a key's default value, HKLM then HKCU, or None), then the standard install folders
    (``LibreOffice\\program``, also the older versioned ones such as ``LibreOffice 5``)."""
    found = [ntpath.join(folder, "soffice.exe")
             for folder in (registry(key) for key in LIBREOFFICE_KEYS) if folder]
    for name in ("LibreOffice", "LibreOffice 7", "LibreOffice 6", "LibreOffice 5"):
        found += windows_candidates(environ, ntpath.join(name, "program", "soffice.exe"))
    return list(dict.fromkeys(found))


def find_libreoffice(*, windows: bool | None = None,
                     environ: Mapping[str, str] | None = None,
                     which: Callable[[str], str | None] = shutil.which,
                     exists: Callable[[str], bool] = os.path.isfile,
                     registry: Callable[[str], str | None] | None = None) -> str | None:
    """The LibreOffice program to run (``soffice``), or None when the PC has none: on the
    PATH first, then on Windows (``windows``, default: this machine) where its installer
    puts it (:func:`libreoffice_candidates`)."""
    on_path = which("soffice") or which("libreoffice")
    if on_path:
        return on_path
    if not (os.name == "nt" if windows is None else windows):
        return None
    candidates = libreoffice_candidates(os.environ if environ is None else environ,
                                        registry or _registry_default)
    return next((c for c in candidates if exists(c)), None)


def _registry_default(key: str) -> str | None:
    """The default value of ``key`` under HKLM, else HKCU; None when neither has it."""
    winreg: Any = importlib.import_module("winreg")  # Windows only (and typed only there)

    for hive in (winreg.HKEY_LOCAL_MACHINE, winreg.HKEY_CURRENT_USER):
        try:
            with winreg.OpenKey(hive, key) as handle:
                value, _kind = winreg.QueryValueEx(handle, "")
        except OSError:
            continue
        if isinstance(value, str) and value:
            return value
    return None
