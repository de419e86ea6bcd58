"""`make run` checks Qt's system libraries first (issue 17: it aborted where `make test`,
offscreen, had passed): a missing one gives the apt-get line to install it. The check is the
program's own (unionplanner.core.qtlibs, also run by `unionplanner`; issue 27 item 7)."""

from __future__ import annotations

import sys
from importlib.machinery import SourceFileLoader
from importlib.util import module_from_spec, spec_from_loader

import pytest

from tests.conftest import ROOT
from unionplanner.core import qtlibs


def _script():
    loader = SourceFileLoader("check_qt_libs", str(ROOT / ".ci" / "check-qt-libs"))
    module = module_from_spec(spec_from_loader("check_qt_libs", loader))
    loader.exec_module(module)
    return module


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="xcb is Linux's")
def test_missing_qt_libraries_are_named_with_the_apt_line(monkeypatch, capsys):
    monkeypatch.setenv("QT_QPA_PLATFORM", "xcb")
    monkeypatch.setattr(qtlibs, "missing_libraries", lambda: ["libxcb-cursor.so.0"])
    assert _script().main() == 1
    assert "sudo apt-get install libxcb-cursor0" in capsys.readouterr().err


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="xcb is Linux's")
def test_nothing_is_said_when_everything_is_there(monkeypatch, capsys):
    monkeypatch.setenv("QT_QPA_PLATFORM", "xcb")
    monkeypatch.setattr(qtlibs, "missing_libraries", lambda: [])
    assert _script().main() == 0 and capsys.readouterr().err == ""
