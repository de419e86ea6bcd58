"""Start-up benchmark: time until the main window is shown (its first paint, saying "Opening
data…"), divided by the time a bare PySide6 QMainWindow takes on the same machine; also the
time until the database is open and the first page filled ("ready"). Prints the ratios; not
run by the test suite.

    QT_QPA_PLATFORM=offscreen .venv/bin/python tests/benchmarks/startup.py [RUNS]
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile

BARE = """
import time; t0 = time.perf_counter()
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication([]); w = QMainWindow(); w.show(); app.processEvents()
print(time.perf_counter() - t0)
"""

APP = """
import sys, time; t0 = time.perf_counter()
from unionplanner.ui.startup.opening import start_window
app, window, opening = start_window(sys.argv[1])
app.processEvents()
shown = time.perf_counter() - t0
while not opening.finished:
    app.processEvents()
    time.sleep(0.002)
app.processEvents()
assert window.ctx is not None and window.current_page() is window.pages["overview"]
print(shown, time.perf_counter() - t0)
opening.close()
"""


def measure(code: str, *args: str, runs: int) -> list[float]:
    """The median of each figure the code prints on its last line, over ``runs`` runs."""
    rows = []
    for _ in range(runs):
        out = subprocess.run([sys.executable, "-c", code, *args], capture_output=True,
                             text=True, check=True).stdout
        rows.append([float(x) for x in out.strip().splitlines()[-1].split()])
    return [statistics.median(column) for column in zip(*rows, strict=True)]


def main() -> None:
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 5
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    with tempfile.TemporaryDirectory() as tmp:
        os.environ["UNIONPLANNER_DATA_DIR"] = tmp
        db = os.path.join(tmp, "bench.sqlite3")
        subprocess.run([sys.executable, "-m", "unionplanner", "--db", db, "demo"], check=True,
                       capture_output=True)
        (bare,) = measure(BARE, runs=runs)
        shown, ready = measure(APP, db, runs=runs)
    print(f"bare QMainWindow shown: {bare:.3f} s (median of {runs})")
    print(f"UnionPlanner window shown (demo database): {shown:.3f} s")
    print(f"UnionPlanner ready (database open, overview filled): {ready:.3f} s")
    print(f"ratio shown/bare: {shown / bare:.2f}")
    print(f"ratio ready/bare: {ready / bare:.2f}")


if __name__ == "__main__":
    main()
