"""Issue 27 item 7: started without Qt's system libraries, `unionplanner` aborted with Qt's
English message; only `make run` explained. The program now says it, in Vietnamese, with
the apt-get line."""

from __future__ import annotations

import ctypes

import pytest

from unionplanner.core import qtlibs


def test_a_missing_library_is_named_with_the_package_that_brings_it(monkeypatch, capsys):
    real = ctypes.CDLL

    def cdll(name, *args, **kwargs):
        if name == "libxcb-cursor.so.0":
            raise OSError(f"{name}: cannot open shared object file")
        return real(name, *args, **kwargs)

    monkeypatch.setattr(ctypes, "CDLL", cdll)
    monkeypatch.setenv("QT_QPA_PLATFORM", "xcb")
    monkeypatch.setattr(qtlibs.sys, "platform", "linux")
    missing = qtlibs.missing_libraries()
    if set(missing) - {"libxcb-cursor.so.0"}:
        pytest.skip(f"this machine lacks more: {missing}")
    assert missing == ["libxcb-cursor.so.0"]
    from unionplanner.app import run_gui

    assert run_gui(None) == 1  # no window tried: Qt would abort
    said = capsys.readouterr().err
    assert said.startswith("UnionPlanner không mở được cửa sổ")
    assert "sudo apt-get install libxcb-cursor0" in said


@pytest.mark.parametrize("platform, needed", [("", True), ("xcb", True), ("offscreen", False),
                                              ("wayland", False), ("vnc:size=800x600", False)])
def test_only_an_xcb_window_needs_them(monkeypatch, platform, needed):
    monkeypatch.setattr(qtlibs.sys, "platform", "linux")
    monkeypatch.setenv("QT_QPA_PLATFORM", platform)
    assert qtlibs.needs_xcb() is needed
    monkeypatch.setattr(qtlibs.sys, "platform", "win32")
    assert qtlibs.needs_xcb() is False
