"""Issue 29: the peer projects' test documents (pypdf's PDFs, python-docx's documents, from
their source distributions on PyPI) through the plan reader: no traceback, and none of
them — tax forms, font samples, test pages in English — taken for a plan. Skipped, saying
why, where PyPI cannot be reached."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow

RUN = """
import json, sys
from pathlib import Path
from tests.stress.peers import fetch, run
if __name__ == "__main__":
    try:
        documents = fetch(Path(sys.argv[1]))
    except RuntimeError as exc:
        print(json.dumps({"skip": str(exc)}))
        sys.exit(0)
    verdicts, crashes = run(documents)
    print(json.dumps({"documents": len(documents), "verdicts": verdicts, "crashes": crashes}))
"""


def test_peer_test_documents_are_refused_in_a_sentence_never_a_traceback(tmp_path):
    import json
    import os

    root = Path(__file__).resolve().parents[2]
    cache = Path.home() / ".cache" / "unionplanner-peers"
    cache.mkdir(parents=True, exist_ok=True)
    env = dict(os.environ, UNIONPLANNER_DATA_DIR=str(tmp_path),
               PYTHONPATH=os.pathsep.join([str(root), os.environ.get("PYTHONPATH", "")]))
    out = subprocess.run([sys.executable, "-c", RUN, str(cache)], env=env, cwd=root,
                         capture_output=True, text=True, timeout=1200, check=True)
    found = json.loads(out.stdout.strip().splitlines()[-1])
    if "skip" in found:
        pytest.skip(f"PyPI not reachable: {found['skip']}")
    assert found["documents"] >= 100
    assert found["crashes"] == [] and found["verdicts"].get("plan", 0) == 0, found
