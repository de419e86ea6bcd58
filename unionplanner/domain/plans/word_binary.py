"""An old Word .doc (or RTF) converted to .docx by LibreOffice, which must not reach the
network while it does.

A .doc can name pictures and files by address (INCLUDEPICTURE, linked images); opened by
LibreOffice they were fetched — from a tracker, or from a machine inside the office network.
LibreOffice runs here with a profile of its own, made for the one conversion, that blocks
linked pictures from documents outside trusted locations (LibreOffice's
``BlockUntrustedRefererLinks``); on Linux, where unprivileged user namespaces allow it, it
also runs in a network namespace of its own (``unshare -rn``), which has no network at all.
A profile of its own also keeps a LibreOffice the clerk has open from taking the job over
(it would then convert nothing, silently).
"""

from __future__ import annotations

import functools
import shutil
import subprocess
import sys
from pathlib import Path

from unionplanner.core.errors import UserError
from unionplanner.core.isolation import run_program
from unionplanner.core.programs import find_libreoffice

#: what a real Word 97–2003 file starts with (an OLE2 compound file), and an RTF file
OLE2_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
RTF_MAGIC = b"{\\rtf"
#: the profile's settings: linked pictures from untrusted documents are not loaded
PROFILE_SETTINGS = """<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry"
 xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Common/Security/Scripting"><prop
 oor:name="BlockUntrustedRefererLinks" oor:op="fuse"><value>true</value></prop></item>
<item oor:path="/org.openoffice.Office.Common/Misc"><prop oor:name="UseOpenCL"
 oor:op="fuse"><value>false</value></prop></item>
</oor:items>
"""


def is_word_binary(head: bytes) -> bool:
    """Whether a file starting with ``head`` is a Word 97–2003 binary or an RTF file."""
    return head.startswith((OLE2_MAGIC, RTF_MAGIC))


@functools.cache
def offline_prefix() -> tuple[str, ...]:
    """The command that runs a program without any network on this machine: ``unshare -rn``
    on Linux when unprivileged user namespaces work, else nothing (checked once)."""
    unshare = shutil.which("unshare")
    if not sys.platform.startswith("linux") or unshare is None:
        return ()
    try:
        done = subprocess.run([unshare, "-rn", "true"], capture_output=True, timeout=10)
    except (OSError, subprocess.SubprocessError):
        return ()
    return (unshare, "-rn") if done.returncode == 0 else ()


def convert_to_docx(path: Path, folder: Path) -> Path:
    """``path`` (a .doc or RTF file) converted by LibreOffice into ``folder``; the .docx.
    Raises UserError (Vietnamese, naming the file) when the PC has no LibreOffice or the
    conversion fails."""
    office = find_libreoffice()
    if office is None:
        raise UserError(f"Tệp \"{path.name}\" là định dạng Word cũ (.doc). Hãy mở bằng Word và "
                        "lưu lại dưới dạng .docx rồi nhập tệp mới.")
    profile = folder / "profile"
    (profile / "user").mkdir(parents=True)
    (profile / "user" / "registrymodifications.xcu").write_text(PROFILE_SETTINGS,
                                                                encoding="utf-8")
    command = [*offline_prefix(), office, f"-env:UserInstallation={profile.as_uri()}",
               "--headless", "--norestore", "--convert-to", "docx", "--outdir", str(folder),
               str(path)]
    failed = UserError(f"Không chuyển được tệp \"{path.name}\" sang .docx. Hãy mở bằng Word và "
                       "lưu lại dưới dạng .docx.")
    try:
        run_program(command, check=True, capture_output=True, timeout=120)
    except (subprocess.SubprocessError, OSError):
        raise failed from None
    converted = folder / (path.stem + ".docx")
    if not converted.exists():
        raise failed
    return converted
