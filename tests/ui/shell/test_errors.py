"""Issue 27: a failing repaint or double-click brought the error box back after every OK
(the window could only be killed). The same fault is logged each time but shown once; another
fault is shown; a user's sentence is always shown."""

from __future__ import annotations

import logging
import sys

from PySide6.QtWidgets import QMessageBox

from unionplanner.ui.shell import errors


def _raise(kind, where):
    try:
        where(kind)
    except Exception:  # noqa: BLE001 - the test reports it as the hook would
        return sys.exc_info()


def _paint(kind):
    raise kind("invalid literal for int() with base 10: 'H1'")


def _click(kind):
    raise kind("another fault")


def test_the_same_fault_is_shown_once_and_logged_each_time(qtbot, monkeypatch, caplog):
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box.detailedText()))
    monkeypatch.setattr(errors, "_shown_at", {})
    caplog.set_level(logging.INFO, logger="unionplanner")
    for _ in range(5):  # five repaints
        errors.report_exception(*_raise(ValueError, _paint))
    assert len(shown) == 1 and "'H1'" in shown[0]
    assert sum("Unhandled error" in r.message for r in caplog.records) == 5
    errors.report_exception(*_raise(KeyError, _click))  # another fault: shown
    assert len(shown) == 2
    monkeypatch.setattr(errors, "QUIET_SECONDS", 0.0)  # later on: shown again
    errors.report_exception(*_raise(ValueError, _paint))
    assert len(shown) == 3
