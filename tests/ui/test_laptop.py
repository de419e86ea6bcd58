"""Issue 27 (screens): every page and dialog, with the demo's data, on a laptop's 1024 × 600
logical pixels — each visible button inside the screen (or in a scroll area that is). Run in
a child process: its offscreen screen is set from a JSON file (tests/ui/laptop_check.py)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path


def test_every_page_and_dialog_fits_1024_by_600(tmp_path):
    config = tmp_path / "screen.json"
    config.write_text(json.dumps({"synchronousWindowSystemEvents": True,
                                  "windowFrameMargins": False,
                                  "screens": [{"name": "laptop", "x": 0, "y": 0,
                                               "width": 1024, "height": 600,
                                               "logicalDpi": 96, "logicalBaseDpi": 96,
                                               "dpr": 1}]}))
    env = dict(os.environ, QT_QPA_PLATFORM=f"offscreen:configfile={config}")
    done = subprocess.run([sys.executable, str(Path(__file__).with_name("laptop_check.py"))],
                          capture_output=True, text=True, env=env, timeout=300)
    lines = [line for line in done.stdout.splitlines() if line.startswith(("ok", "outside"))]
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-2000:]
    assert len(lines) >= 8 + 9 + 2  # the pages, the dialogs, the wizard's steps
    assert "screen (0, 0, 1024, 600)" in done.stdout
