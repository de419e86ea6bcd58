"""`make run` checks Qt's system libraries first (issue 17: it aborted where `make test`,
offscreen, had passed): a missing one gives the apt-get line to install it."""

from __future__ import annotations

import subprocess
import sys
from importlib.machinery import SourceFileLoader
from importlib.util import module_from_spec, spec_from_loader

import pytest

from tests.conftest import ROOT


def _script():
    loader = SourceFileLoader("check_qt_libs", str(ROOT / ".ci" / "check-qt-libs"))
    module = module_from_spec(spec_from_loader("check_qt_libs", loader))
    loader.exec_module(module)
    return module


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="ldd is Linux's")
def test_missing_qt_libraries_are_named_with_the_apt_line(monkeypatch, capsys):
    script = _script()
    answer = subprocess.CompletedProcess([], 0, "\tlibxcb-cursor.so.0 => not found\n"
                                                "\tlibfoo.so.9 => not found\n"
                                                "\tlibc.so.6 => /lib/libc.so.6\n", "")
    monkeypatch.setattr(script.subprocess, "run", lambda *args, **kwargs: answer)
    assert script.main() == 1
    err = capsys.readouterr().err
    assert "sudo apt-get install libxcb-cursor0" in err and "libfoo.so.9" in err


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="ldd is Linux's")
def test_nothing_is_said_when_everything_is_there(monkeypatch, capsys):
    script = _script()
    answer = subprocess.CompletedProcess([], 0, "\tlibc.so.6 => /lib/libc.so.6\n", "")
    monkeypatch.setattr(script.subprocess, "run", lambda *args, **kwargs: answer)
    assert script.main() == 0 and capsys.readouterr().err == ""
