"""Start-up of the frozen app (PyInstaller onedir, ``make dist``) against the unfrozen one.

Wall-clock medians of whole processes, so the bootloader, unpacking the archive and loading
the bundled libraries all count:

- ``--version``: the command line starting and leaving (Python + the CLI module);
- ``self-test``: Qt, the translations, fonts and icon, the main window on a migrated demo
  database, a plan printed as PDF and Word, an Excel file written and read.

Prints ``ratio_version=X ratio_self_test=Y`` last (frozen / unfrozen; 1.0 = as fast).
Run after ``make dist``: ``.venv/bin/python tests/benchmarks/bench_frozen.py [RUNS]``.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
FROZEN = ROOT / "dist" / "UnionPlanner" / (
    "unionplanner.exe" if os.name == "nt" else "unionplanner")
UNFROZEN = [sys.executable, "-m", "unionplanner"]


def wall(command: list[str], runs: int) -> float:
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        subprocess.run(command, check=True, capture_output=True)
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def main() -> int:
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 5
    if not FROZEN.exists():
        print(f"No frozen app at {FROZEN}: run `make dist` first.", file=sys.stderr)
        return 1
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    ratios = {}
    for name, args in (("version", ["--version"]), ("self_test", ["self-test"])):
        wall([str(FROZEN), *args], 1)  # the first run warms the disk cache for both
        frozen = wall([str(FROZEN), *args], runs)
        unfrozen = wall([*UNFROZEN, *args], runs)
        ratios[name] = frozen / unfrozen
        print(f"{name:10s} frozen {frozen:.3f} s  unfrozen {unfrozen:.3f} s  (median of {runs})")
    print(" ".join(f"ratio_{k}={v:.2f}" for k, v in ratios.items()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
