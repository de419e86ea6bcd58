"""Guard against PySide6 6.12.0 + CPython 3.11 aborting (Fatal Python error: none_dealloc)
after thousands of Qt calls that return None. Runs in a subprocess so an abort shows up as a
failed test with Python's message instead of killing the test run."""

import os
import subprocess
import sys

CALLS = 25_000

SCRIPT = f"""
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QApplication
app = QApplication([])
model = QStandardItemModel(1250, 10)
calls = 0
for row in range(1250):
    for column in range(10):
        model.setItem(row, column, QStandardItem(str(row)))   # returns None
        model.item(row, column).setText(f"{{row}}-{{column}}")  # returns None
        calls += 2
assert calls == {CALLS}, calls
import PySide6
print("ok", calls, PySide6.__version__)
"""


def test_many_qt_calls_returning_none_do_not_abort():
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    result = subprocess.run([sys.executable, "-c", SCRIPT], capture_output=True, text=True,
                            timeout=300, env=env)
    assert "none_dealloc" not in result.stderr
    assert result.returncode == 0, result.stderr[-2000:]
    assert result.stdout.startswith(f"ok {CALLS}")


def test_the_installed_pyside_is_a_safe_combination():
    import PySide6

    version = tuple(int(p) for p in PySide6.__version__.split(".")[:2])
    assert not (sys.version_info[:2] == (3, 11) and version >= (6, 12)), (
        "PySide6 6.12 on CPython 3.11 aborts with none_dealloc; see pyproject.toml")
