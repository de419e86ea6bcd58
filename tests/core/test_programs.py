"""Issue 28: helper programs found where Windows installers put them, decided without
Windows; the reading worker's memory cap on Windows (a Job object) and LibreOffice leaving it."""

from __future__ import annotations

import ctypes
import subprocess

import pytest

from unionplanner.core import isolation, winjob
from unionplanner.core.programs import find_libreoffice, libreoffice_candidates

ENVIRON = {"PROGRAMFILES": r"D:\Program Files", "PROGRAMFILES(X86)": r"D:\Program Files (x86)",
           "LOCALAPPDATA": r"C:\Users\Nguyễn Văn An\AppData\Local"}


def test_libreoffice_is_looked_for_in_the_registry_then_the_install_folders():
    registry = {r"SOFTWARE\LibreOffice\UNO\InstallPath": r"E:\Apps\LibreOffice\program"}
    found = libreoffice_candidates(ENVIRON, registry.get)
    assert found[0] == r"E:\Apps\LibreOffice\program\soffice.exe"
    assert found[1:3] == [r"D:\Program Files\LibreOffice\program\soffice.exe",
                          r"D:\Program Files (x86)\LibreOffice\program\soffice.exe"]
    assert r"D:\Program Files\LibreOffice 5\program\soffice.exe" in found
    assert len(found) == len(set(found))


def test_find_libreoffice_prefers_the_path_and_looks_on_disk_only_on_windows():
    installed = r"C:\Program Files\LibreOffice\program\soffice.exe"
    nothing = {"which": lambda _name: None, "registry": lambda _key: None,
               "exists": lambda path: path == installed, "environ": {}}
    assert find_libreoffice(windows=True, **nothing) == installed
    assert find_libreoffice(windows=False, **nothing) is None
    assert find_libreoffice(windows=True, **{**nothing, "exists": lambda _p: False}) is None
    on_path = {**nothing, "which": lambda name: f"/usr/bin/{name}" if name == "soffice" else None}
    assert find_libreoffice(windows=True, **on_path) == "/usr/bin/soffice"


def test_the_job_limits_cap_each_process_and_let_libreoffice_leave():
    info = winjob.limits(300)
    assert ctypes.sizeof(winjob.ExtendedLimits) == (144 if ctypes.sizeof(ctypes.c_void_p) == 8
                                                    else 112)
    assert info.ProcessMemoryLimit == 300 * 2**20 and info.JobMemoryLimit == 0
    flags = info.BasicLimitInformation.LimitFlags
    assert flags == 0x100 | 0x800 | 0x2000  # process memory, breakaway ok, kill on close


def test_a_program_started_from_a_capped_windows_worker_breaks_away(monkeypatch):
    calls = []

    def run(args, **kwargs):
        calls.append(kwargs.get("creationflags"))
        if len(calls) == 1 and kwargs.get("creationflags"):
            raise PermissionError(13, "Access is denied")  # an outer job forbids breakaway
        return subprocess.CompletedProcess(args, 0)

    monkeypatch.setitem(__import__("sys").modules, "resource", None)  # as on Windows
    monkeypatch.setattr(winjob, "_job", 1234)
    monkeypatch.setattr(subprocess, "run", run)
    assert isolation.program_kwargs() == {"creationflags": 0x01000000}
    assert isolation.run_program(["soffice"], timeout=1).returncode == 0
    assert calls == [0x01000000, None]  # refused, then run inside the job
    monkeypatch.setattr(winjob, "_job", None)
    assert isolation.program_kwargs() == {}


@pytest.mark.skipif(__import__("os").name == "nt", reason="POSIX rlimits")
def test_on_posix_the_program_runs_with_the_limit_lifted():
    assert "preexec_fn" in isolation.program_kwargs()
