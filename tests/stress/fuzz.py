"""Long fuzz run of the import pipeline: mutated copies of the sample reports (truncated, bit
flips, altered XML inside the zip, huge sheet dimensions, deep and overlapping merges, entity
declarations), each imported by a worker process with a time limit per file and a memory
limit. Counts:

- ``crashes``: an exception escaped the import (it must turn every bad file into a status
  with a message), or the worker died;
- ``hangs``: a file took longer than the limit (the worker is killed and replaced);
- ``partial_writes``: a refused file changed the stored values, or an imported file's stored
  values differ from what was read.

``tests/domain/received/test_fuzz.py`` runs a short version in the suite; for the long one:

    .venv/bin/python -m tests.stress.fuzz [FILES] [SECONDS_PER_FILE]   (default 10000, 20)
"""

from __future__ import annotations

import io
import multiprocessing as mp
import os
import random
import re
import sys
import tempfile
import time
import zipfile
from pathlib import Path

SAMPLES = Path(__file__).resolve().parents[2].parent / "shared" / "samples"
PERIOD = "2023-05"
MEMORY_LIMIT = 2 * 1024 ** 3  # bytes of address space per worker


# --- mutations ---------------------------------------------------------------------------

def _truncate(data: bytes, rng: random.Random) -> bytes:
    return data[: rng.randrange(1, len(data))]


def _flip_bits(data: bytes, rng: random.Random) -> bytes:
    buffer = bytearray(data)
    for _ in range(rng.randint(1, 40)):
        buffer[rng.randrange(len(buffer))] ^= 1 << rng.randrange(8)
    return bytes(buffer)


def _xml_edit(xml: bytes, rng: random.Random) -> bytes:
    choice = rng.randrange(9)
    if choice == 0:  # cut a slice out
        a = rng.randrange(len(xml))
        return xml[:a] + xml[a + rng.randint(1, 200):]
    if choice == 1:  # repeat a slice
        a = rng.randrange(len(xml))
        piece = xml[a:a + rng.randint(1, 300)]
        return xml[:a] + piece * rng.randint(2, 50) + xml[a:]
    if choice == 2:  # garbage in an attribute value
        values = list(re.finditer(rb'="([^"]*)"', xml))
        if values:
            m = rng.choice(values)
            junk = rng.choice([b"-1", b"99999999999", b"A0", b"XFD1048577", b"", b"\xff\xfe",
                               b"1e308", b"&amp;&lt;", b"NaN"])
            return xml[:m.start(1)] + junk + xml[m.end(1):]
        return xml
    if choice == 3:  # huge dimension and a far cell
        xml = re.sub(rb'<dimension ref="[^"]*"', b'<dimension ref="A1:XFD1048576"', xml)
        return xml.replace(b"</sheetData>", b'<row r="1048576"><c r="XFD1048576" t="n">'
                           b"<v>1</v></c></row></sheetData>", 1)
    if choice == 4:  # deep and overlapping merges
        merges = b"".join(b'<mergeCell ref="A%d:Z%d"/>' % (i, i + rng.randint(0, 5000))
                          for i in range(1, rng.randint(100, 3000)))
        if b"<mergeCells" in xml:
            return re.sub(rb"<mergeCells[^>]*>", b"<mergeCells>" + merges, xml, count=1)
        return xml.replace(b"</sheetData>", b"</sheetData><mergeCells>" + merges
                           + b"</mergeCells>", 1)
    if choice == 5:  # an entity expansion bomb in the prolog
        bomb = (b'<!DOCTYPE x [<!ENTITY a "' + b"A" * 100 + b'">'
                + b"".join(b'<!ENTITY %s "%s">' % (bytes([98 + i]), (b"&" + bytes([97 + i])
                                                                   + b";") * 10)
                           for i in range(8)) + b"]>")
        return re.sub(rb"^(<\?xml[^>]*\?>)?", lambda m: (m.group(0) or b"") + bomb, xml,
                      count=1)
    if choice == 6:  # numbers where text was, text where numbers were
        return re.sub(rb"<v>([^<]*)</v>", lambda m: rng.choice(
            [b"<v>abc</v>", b"<v>-0</v>", b"<v>1e400</v>", m.group(0)]), xml)
    if choice == 7:  # a shared string index far out of range
        return re.sub(rb'(t="s"[^>]*>\s*<v>)\d+', rb"\g<1>4294967295", xml, count=1)
    buffer = bytearray(xml)  # flipped bytes inside the XML only
    for _ in range(rng.randint(1, 20)):
        buffer[rng.randrange(len(buffer))] = rng.randrange(256)
    return bytes(buffer)


def _alter_zip(data: bytes, rng: random.Random) -> bytes:
    try:
        source = zipfile.ZipFile(io.BytesIO(data))
        names = source.namelist()
    except zipfile.BadZipFile:
        return _flip_bits(data, rng)
    xml_names = [n for n in names if n.endswith(".xml") or n.endswith(".rels")]
    targets = set(rng.sample(xml_names, min(len(xml_names), rng.randint(1, 3)))) \
        if xml_names else set()
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for name in names:
            content = source.read(name)
            if name in targets:
                content = _xml_edit(content, rng)
            target.writestr(name, content)
    return out.getvalue()


def mutate(data: bytes, name: str, rng: random.Random) -> bytes:
    """One mutated copy of a sample file."""
    if name.endswith((".xlsx", ".ods")) and rng.random() < 0.6:
        return _alter_zip(data, rng)
    return rng.choice((_truncate, _flip_bits))(data, rng)


# --- the worker ----------------------------------------------------------------------------

def _worker(folder: str, samples: str, tasks: mp.Queue, results: mp.Queue) -> None:
    try:
        import resource

        resource.setrlimit(resource.RLIMIT_AS, (MEMORY_LIMIT, MEMORY_LIMIT))
    except (ImportError, ValueError, OSError):
        pass
    from tests.helpers import learn_and_store
    from unionplanner.core.errors import UserError
    from unionplanner.domain.received.register import list_values, undo_batch
    from unionplanner.domain.received.service import import_paths
    from unionplanner.domain.storage.database import open_database
    from unionplanner.domain.units.excel import import_units

    os.environ["UNIONPLANNER_DATA_DIR"] = folder
    db = open_database(str(Path(folder) / "fuzz.sqlite3"))
    with db.transaction() as session:
        import_units(session, Path(samples) / "units.xlsx")
        form_id = learn_and_store(session, "TCN", Path(samples) / "form.xlsx")
    results.put(("ready", None))
    while (task := tasks.get()) is not None:
        number, path = task
        with db.session() as session:
            before = list_values(session, PERIOD, form_id)
        try:
            result = import_paths(db, [Path(path)], form_id, PERIOD)
        except UserError:
            with db.session() as session:
                after = list_values(session, PERIOD, form_id)
            results.put((number, "partial" if after != before else "refused"))
            continue
        except BaseException as exc:  # an escape: counted as a crash
            results.put((number, f"crash {type(exc).__name__}: {str(exc)[:120]}"))
            continue
        plan = result.plans[0]
        with db.session() as session:
            after = list_values(session, PERIOD, form_id)
        verdict = plan.status
        if plan.status in ("imported", "replaced"):
            for part_plan in plan.parts:
                code = part_plan.part.unit.code
                stored = {v["code"]: v["value"] for v in after if v["unit"] == code}
                expected = {c: f.value for c, f in part_plan.part.values.items()}
                if stored != expected:
                    verdict = "partial"
            with db.transaction() as session:
                undo_batch(session, result.batch_id)
        elif after != before:
            verdict = "partial"
        results.put((number, verdict))


def run(files: int, seconds: float, folder: Path, samples: Path, seed: int = 2026,
        workers: int | None = None) -> dict:
    """Import ``files`` mutated workbooks; returns the counts."""
    rng = random.Random(seed)
    originals = {p.name: p.read_bytes() for p in sorted((samples / "reports").iterdir())
                 if p.is_file() and not p.name.startswith("~$") and p.stat().st_size}
    sources = sorted(originals)
    inputs = folder / "in"
    inputs.mkdir(parents=True, exist_ok=True)
    workers = workers or max(1, min(4, os.cpu_count() or 1))
    context = mp.get_context("spawn")
    counts = {"files": 0, "crashes": 0, "hangs": 0, "partial_writes": 0, "imported": 0,
              "refused": 0}
    notes: list[str] = []
    pool: list[dict] = []

    def start(index: int) -> dict:
        home = folder / f"worker{index}-{time.monotonic_ns()}"
        home.mkdir()
        tasks, results = context.Queue(), context.Queue()
        process = context.Process(target=_worker, args=(str(home), str(samples), tasks,
                                                        results), daemon=True)
        process.start()
        if results.get(timeout=120)[0] != "ready":
            raise RuntimeError("worker did not start")
        return {"process": process, "tasks": tasks, "results": results, "task": None}

    pool = [start(i) for i in range(workers)]
    pending = list(range(files))
    done = 0
    while done < files:
        for worker in pool:
            if worker["task"] is None and pending:
                number = pending.pop(0)
                name = sources[number % len(sources)]
                path = inputs / f"{number:05d} {name}"
                path.write_bytes(mutate(originals[name], name, rng))
                worker["tasks"].put((number, str(path)))
                worker["task"] = (number, path, time.monotonic())
        for index, worker in enumerate(pool):
            if worker["task"] is None:
                continue
            number, path, began = worker["task"]
            try:
                _, verdict = worker["results"].get(timeout=0.01)
            except Exception:  # queue.Empty: still working — or dead, or stuck
                if not worker["process"].is_alive():
                    verdict = f"crash worker died ({worker['process'].exitcode})"
                elif time.monotonic() - began > seconds:
                    verdict = "hang"
                else:
                    continue
                worker["process"].kill()
                worker["process"].join()
                pool[index] = start(index)
            counts["files"] += 1
            done += 1
            if verdict.startswith("crash"):
                counts["crashes"] += 1
                notes.append(f"{path.name}: {verdict}")
            elif verdict == "hang":
                counts["hangs"] += 1
                notes.append(f"{path.name}: hang")
            elif verdict == "partial":
                counts["partial_writes"] += 1
                notes.append(f"{path.name}: partial write")
            elif verdict in ("imported", "replaced"):
                counts["imported"] += 1
            else:
                counts["refused"] += 1
            if verdict not in ("hang",) and not verdict.startswith("crash") \
                    and verdict != "partial":
                path.unlink(missing_ok=True)  # keep only the files that found something
            pool[index]["task"] = None
    for worker in pool:
        worker["tasks"].put(None)
        worker["process"].join(10)
    counts["notes"] = notes[:20]
    return counts


def main() -> int:
    files = int(sys.argv[1]) if len(sys.argv) > 1 else 10_000
    seconds = float(sys.argv[2]) if len(sys.argv) > 2 else 20.0
    started = time.monotonic()
    with tempfile.TemporaryDirectory() as tmp:
        counts = run(files, seconds, Path(tmp), SAMPLES)
    print(" ".join(f"{k}={v}" for k, v in counts.items() if k != "notes")
          + f" seconds={time.monotonic() - started:.0f}")
    for note in counts["notes"]:
        print("  ", note)
    return 0 if not (counts["crashes"] or counts["hangs"] or counts["partial_writes"]) else 1


if __name__ == "__main__":
    sys.exit(main())
