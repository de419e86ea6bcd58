"""Killing the program during writes (imports, undo, plan saves, ticks) leaves a sound
database and no half-written change: the short run of tests/stress/kill.py (the long one is
``python -m tests.stress.kill 150``)."""

import sys

import pytest

pytestmark = [pytest.mark.slow, pytest.mark.sqlite_only,
              pytest.mark.skipif(sys.platform == "win32", reason="needs fork and SIGKILL")]


def test_sigkill_during_imports_and_saves_never_corrupts_or_half_writes(tmp_path, samples):
    from tests.stress.kill import run

    counts = run(30, tmp_path, samples, seed=11)
    assert counts["runs"] == 30 and counts["kills"] >= 28
    assert (counts["corrupt"], counts["partial_writes"], counts["crashes"]) == (0, 0, 0), \
        counts["problems"]
    assert counts["imports"] > 10 and counts["plan_saves"] > 10  # the kills hit real work
