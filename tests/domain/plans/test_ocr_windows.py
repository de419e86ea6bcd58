"""Issue 28: what the OCR of scanned plans needs on Windows, decided here without Windows —
where Tesseract is installed, a temp folder it can open under a Vietnamese profile name, no
console window flashing at each page."""

from __future__ import annotations

import subprocess

from unionplanner.domain.plans.ocr import ascii_folder, quiet, tesseract_candidates


def test_tesseract_is_looked_for_where_its_installer_puts_it_for_all_users_or_one():
    environ = {"PROGRAMFILES": r"D:\Program Files", "PROGRAMFILES(X86)": r"D:\Program Files (x86)",
               "PROGRAMW6432": r"D:\Program Files",
               "LOCALAPPDATA": r"C:\Users\Nguyễn Văn An\AppData\Local"}
    assert tesseract_candidates(environ) == [
        r"D:\Program Files\Tesseract-OCR\tesseract.exe",
        r"D:\Program Files (x86)\Tesseract-OCR\tesseract.exe",
        r"C:\Users\Nguyễn Văn An\AppData\Local\Programs\Tesseract-OCR\tesseract.exe",
        r"C:\Users\Nguyễn Văn An\AppData\Local\Tesseract-OCR\tesseract.exe"]
    assert tesseract_candidates({})[:2] == [r"C:\Program Files\Tesseract-OCR\tesseract.exe",
                                           r"C:\Program Files (x86)\Tesseract-OCR\tesseract.exe"]


def test_a_vietnamese_profile_folder_is_given_to_tesseract_by_its_short_name():
    temp = r"C:\Users\Nguyễn Văn An\AppData\Local\Temp"
    assert ascii_folder(r"C:\Users\an\AppData\Local\Temp", lambda _p: None) == \
        r"C:\Users\an\AppData\Local\Temp"
    assert ascii_folder(temp, lambda _p: r"C:\Users\NGUYNV~1\AppData\Local\Temp") == \
        r"C:\Users\NGUYNV~1\AppData\Local\Temp"
    assert ascii_folder(temp, lambda _p: None) is None  # no 8.3 names on that volume
    assert ascii_folder(temp, lambda p: p) is None  # the "short" name is the long one


def test_tesseract_runs_without_a_console_window():
    def original(include_stdout=True):
        return {"stdin": subprocess.PIPE, "stdout": subprocess.PIPE if include_stdout else None}

    wrapped = quiet(original)
    assert wrapped()["creationflags"] == 0x08000000  # CREATE_NO_WINDOW
    assert wrapped(False)["stdout"] is None and wrapped.quiet
