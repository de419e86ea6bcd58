"""Peer projects' own test documents through the plan reader: pypdf's test PDFs and
python-docx's test documents, taken from their source distributions on PyPI (the test files
ship there; both MIT/BSD-licensed, read here, never kept in this repository).

Every file must end in a plan draft or in one Vietnamese sentence (UserError): no traceback,
no hang (the reader's own time limits apply). Issue 29 found 110 of such documents "read" as
an empty plan without a word and English PDFs yielding a target per percent.

    .venv/bin/python -m tests.stress.peers            (prints the verdicts and the counts)
"""

from __future__ import annotations

import subprocess
import sys
import tarfile
from collections import Counter
from pathlib import Path

#: source distributions whose test documents are read, and the kinds taken from each
PEERS = {"pypdf==6.1.1": (".pdf",), "python-docx==1.1.2": (".docx",)}


def fetch(folder: Path) -> list[Path]:
    """The peers' test documents, downloaded into ``folder`` (kept there: a second run reads
    them again without the network). Raises RuntimeError when PyPI cannot be reached."""
    documents: list[Path] = []
    for requirement, kinds in PEERS.items():
        target = folder / requirement.replace("==", "-")
        if not target.is_dir():
            download = folder / "downloads"
            done = subprocess.run([sys.executable, "-m", "pip", "download", "--quiet",
                                   "--no-deps", "--no-binary", ":all:", requirement, "-d",
                                   str(download)], capture_output=True, text=True, timeout=300)
            if done.returncode != 0:
                raise RuntimeError(f"pip download {requirement}: {done.stderr[-300:]}")
            name = requirement.split("==")[0].replace("-", "_")
            archive = next(p for p in download.glob("*.tar.gz")
                           if p.name.lower().replace("-", "_").startswith(name.lower()))
            staging = folder / f"{target.name}.part"
            with tarfile.open(archive) as tar:
                members = [m for m in tar.getmembers()
                           if m.isfile() and m.name.lower().endswith(kinds)]
                tar.extractall(staging, members=members, filter="data")
            staging.rename(target)
        documents += sorted(p for p in target.rglob("*") if p.is_file())
    return documents


def run(documents: list[Path]) -> tuple[Counter[str], list[str]]:
    """Read each document as a plan: the verdict counts ("plan", "refused", "crash") and the
    crashes named."""
    from unionplanner.core.errors import UserError
    from unionplanner.domain.plans.extract import read_plan

    verdicts: Counter[str] = Counter()
    crashes: list[str] = []
    for path in documents:
        try:
            read_plan(path)
        except UserError:
            verdicts["refused"] += 1
        except Exception as exc:  # noqa: BLE001 - what this run looks for
            verdicts["crash"] += 1
            crashes.append(f"{path.name}: {type(exc).__name__}: {str(exc)[:160]}")
        else:
            verdicts["plan"] += 1
    return verdicts, crashes


def main() -> int:
    folder = Path.home() / ".cache" / "unionplanner-peers"
    folder.mkdir(parents=True, exist_ok=True)
    documents = fetch(folder)
    verdicts, crashes = run(documents)
    print(f"documents={len(documents)} " + " ".join(f"{k}={v}" for k, v in verdicts.items()))
    for crash in crashes:
        print("  ", crash)
    return 1 if crashes else 0


if __name__ == "__main__":
    sys.exit(main())
