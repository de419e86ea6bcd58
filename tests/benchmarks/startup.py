"""Start-up benchmark: time until the main window is shown, divided by the time a bare
PySide6 QMainWindow takes on the same machine. Prints the ratio; not run by the test suite.

    QT_QPA_PLATFORM=offscreen .venv/bin/python tests/benchmarks/startup.py [RUNS]
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time

BARE = """
import time; t0 = time.perf_counter()
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication([]); w = QMainWindow(); w.show(); app.processEvents()
print(time.perf_counter() - t0)
"""

APP = """
import sys, time; t0 = time.perf_counter()
from unionplanner.ui.shell.application import create_application
app = create_application([])
from unionplanner.app import _open_for_window
from unionplanner.ui.shell.context import AppContext
from unionplanner.ui.shell.main_window import MainWindow
db, lock = _open_for_window(sys.argv[1])
w = MainWindow(AppContext(db)); w.show(); app.processEvents()
print(time.perf_counter() - t0)
"""


def measure(code: str, *args: str, runs: int) -> float:
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        out = subprocess.run([sys.executable, "-c", code, *args], capture_output=True,
                             text=True, check=True).stdout
        times.append(float(out.strip().splitlines()[-1]))
        del started
    return statistics.median(times)


def main() -> None:
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 5
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    with tempfile.TemporaryDirectory() as tmp:
        os.environ["UNIONPLANNER_DATA_DIR"] = tmp
        db = os.path.join(tmp, "bench.sqlite3")
        subprocess.run([sys.executable, "-m", "unionplanner", "--db", db, "demo"], check=True,
                       capture_output=True)
        bare = measure(BARE, runs=runs)
        app = measure(APP, db, runs=runs)
    print(f"bare QMainWindow shown: {bare:.3f} s (median of {runs})")
    print(f"UnionPlanner window shown (demo database): {app:.3f} s")
    print(f"ratio app/bare: {app / bare:.2f}")


if __name__ == "__main__":
    main()
