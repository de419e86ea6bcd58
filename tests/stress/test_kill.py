"""Killing the program during writes (imports, undo, plan saves, ticks) leaves a sound
database and no half-written change: the short run of tests/stress/kill.py (the long one is
``python -m tests.stress.kill 150``)."""

import sys
from pathlib import Path

import pytest

pytestmark = [pytest.mark.slow, pytest.mark.sqlite_only,
              pytest.mark.skipif(sys.platform == "win32", reason="needs fork and SIGKILL")]


RUN = """
import json, sys
from pathlib import Path
from tests.stress.kill import run
if __name__ == "__main__":
    print(json.dumps(run(30, Path(sys.argv[1]), Path(sys.argv[2]), seed=11)))
"""


def test_sigkill_during_imports_and_saves_never_corrupts_or_half_writes(tmp_path, samples):
    """The writers are forked from a fresh interpreter: forked from this test session
    (hundreds of MB of objects, each touched page copied) they did a third of the work in
    CI and the check that the kills hit real work failed."""
    import json
    import os
    import subprocess

    root = Path(__file__).resolve().parents[2]
    env = dict(os.environ, UNIONPLANNER_DATA_DIR=str(tmp_path),
               PYTHONPATH=os.pathsep.join([str(root), os.environ.get("PYTHONPATH", "")]))
    out = subprocess.run([sys.executable, "-c", RUN, str(tmp_path), str(samples)], env=env,
                         cwd=root, capture_output=True, text=True, timeout=600, check=True)
    counts = json.loads(out.stdout.strip().splitlines()[-1])
    assert counts["runs"] == 30 and counts["kills"] >= 28
    assert (counts["corrupt"], counts["partial_writes"], counts["crashes"]) == (0, 0, 0), \
        counts["problems"]
    assert counts["imports"] > 10 and counts["plan_saves"] > 10  # the kills hit real work


UPGRADES = """
import json, sys
from pathlib import Path
from tests.stress.kill_upgrade import run
if __name__ == "__main__":
    print(json.dumps(run(27, Path(sys.argv[1]), seed=5)))
"""


def test_sigkill_during_an_upgrade_leaves_a_database_that_opens(tmp_path):
    """Issue 29 item 1: each older fixture upgraded and killed at a random statement of the
    upgrade (three kills each): every database opens afterwards, at the newest schema, with
    its units and reports. Before the upgrade ran in one transaction, 26 of 27 could not."""
    import json
    import os
    import subprocess

    root = Path(__file__).resolve().parents[2]
    env = dict(os.environ, UNIONPLANNER_DATA_DIR=str(tmp_path),
               PYTHONPATH=os.pathsep.join([str(root), os.environ.get("PYTHONPATH", "")]))
    out = subprocess.run([sys.executable, "-c", UPGRADES, str(tmp_path)], env=env, cwd=root,
                         capture_output=True, text=True, timeout=600, check=True)
    counts = json.loads(out.stdout.strip().splitlines()[-1])
    assert counts["fixtures"] >= 8 and counts["kills"] == 27
    assert (counts["opened"], counts["lost"], counts["corrupt"]) == (27, 0, 0), \
        counts["problems"]
