"""Start-up benchmark, against a bare PySide6 QMainWindow on the same machine (not run by the
test suite):

- *shown*: the main window's first paint (it says "Opening data…");
- *ready*: the first page filled with the office's data from the database file (read with
  sqlite3 while SQLAlchemy still loads, see ``ui.startup.opening.first_look``);
- *complete*: the database open through SQLAlchemy and given to the window (every page
  can be built; a page clicked before this says "Opening data…" until then).

    QT_QPA_PLATFORM=offscreen .venv/bin/python tests/benchmarks/startup.py [RUNS, default 7]
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
while not opening.filled:
    app.processEvents()
    time.sleep(0.002)
app.processEvents()
page = window.current_page()
assert page is window.pages["overview"] and page.model.rowCount() > 0, "overview not filled"
ready = time.perf_counter() - t0
while not opening.finished:
    app.processEvents()
    time.sleep(0.002)
app.processEvents()
assert window.ctx is not None and window.current_page() is window.pages["overview"]
print(shown, ready, time.perf_counter() - t0)
opening.close()
"""


def run_once(code: str, *args: str) -> list[float]:
    """The figures the code prints on its last line (seconds)."""
    out = subprocess.run([sys.executable, "-c", code, *args], capture_output=True,
                         text=True, check=True).stdout
    return [float(x) for x in out.strip().splitlines()[-1].split()]


def measure(db: str, runs: int) -> tuple[float, list[float]]:
    """The medians over ``runs`` of the bare window and of UnionPlanner's figures, the two
    run in turn (bare, app, bare, app…) so that a machine whose load drifts weighs on both
    alike."""
    bare, app = [], []
    for _ in range(runs):
        bare.append(run_once(BARE)[0])
        app.append(run_once(APP, db))
    return statistics.median(bare), [statistics.median(c) for c in zip(*app, strict=True)]


def main() -> None:
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 7
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    with tempfile.TemporaryDirectory() as tmp:
        os.environ["UNIONPLANNER_DATA_DIR"] = tmp
        db = os.path.join(tmp, "bench.sqlite3")
        subprocess.run([sys.executable, "-m", "unionplanner", "--db", db, "demo"], check=True,
                       capture_output=True)
        run_once(BARE)  # the first run of each fills the disk cache: not counted
        run_once(APP, db)
        bare, (shown, ready, complete) = measure(db, runs)
    print(f"bare QMainWindow shown: {bare:.3f} s (median of {runs})")
    print(f"UnionPlanner window shown (demo database): {shown:.3f} s")
    print(f"UnionPlanner ready (first page filled from the data file): {ready:.3f} s")
    print(f"UnionPlanner complete (database open through SQLAlchemy): {complete:.3f} s")
    print(f"ratio shown/bare: {shown / bare:.2f}")
    print(f"ratio ready/bare: {ready / bare:.2f}")
    print(f"ratio complete/bare: {complete / bare:.2f}")


if __name__ == "__main__":
    main()
