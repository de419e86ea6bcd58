"""Long fuzz run of every door a file comes through: mutated copies (truncated, bit flips,
altered XML inside the zip, huge sheet dimensions, deep and overlapping merges, entity
declarations) of the sample reports (imported), the unit list (``units import``), the blank
form (learnt), the seed plans (.docx and .txt, read as the parent body's plan) and a backup
(restored over a scratch database), each read by a worker process with a time limit per file
and a memory limit. Counts, in all and per reader:

- ``crashes``: an exception escaped the import (it must turn every bad file into a status
  with a message), or the worker died;
- ``hangs``: a file took longer than the limit (the worker is killed and replaced);
- ``partial_writes``: a refused file changed the stored values (the units, the scratch
  database a backup was restored over), or an imported file's stored values differ from what
  was read;
- ``peak_memory_mb``: the largest resident memory a worker reached.

``tests/domain/received/test_fuzz.py`` runs a short version in the suite; for the long one:

    .venv/bin/python -m tests.stress.fuzz [FILES] [SECONDS_PER_FILE]   (default 10000, 20)
"""

from __future__ import annotations

import contextlib
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

SHARED = Path(__file__).resolve().parents[2].parent / "shared"
SAMPLES = SHARED / "samples"
#: the readers and how often each gets a file (reports most: they arrive most)
READERS = (("report", 6), ("units", 1), ("form", 1), ("plan", 1), ("backup", 1))
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
    if name.endswith((".xlsx", ".ods", ".docx")) and rng.random() < 0.6:
        return _alter_zip(data, rng)
    return rng.choice((_truncate, _flip_bits))(data, rng)


# --- the worker ----------------------------------------------------------------------------

def _worker(folder: str, samples: str, tasks: mp.Queue, results: mp.Queue,
            seconds: float) -> None:
    try:
        import resource

        resource.setrlimit(resource.RLIMIT_AS, (MEMORY_LIMIT, MEMORY_LIMIT))
    except (ImportError, ValueError, OSError):
        pass
    from tests.helpers import learn_and_store
    from unionplanner.domain.plans import reading
    from unionplanner.domain.sheets import workbook
    from unionplanner.domain.storage.database import open_database
    from unionplanner.domain.units.excel import import_units

    # the program's own time limit acts first (half the run's), so a hang counted here is
    # one the program let through
    workbook.READ_SECONDS = max(1, int(seconds / 2))
    reading.READ_SECONDS = max(1, int(seconds / 2))

    os.environ["UNIONPLANNER_DATA_DIR"] = folder
    db = open_database(str(Path(folder) / "fuzz.sqlite3"))
    with db.transaction() as session:
        import_units(session, Path(samples) / "units.xlsx")
        form_id = learn_and_store(session, "TCN", Path(samples) / "form.xlsx")
    scratch = Path(folder) / "scratch.sqlite3"
    open_database(str(scratch)).dispose()
    results.put(("ready", None))
    while (task := tasks.get()) is not None:
        number, reader, path = task
        try:
            verdict = READ[reader](db, form_id, scratch, Path(path))
        except BaseException as exc:  # an escape: counted as a crash
            verdict = f"crash {type(exc).__name__}: {str(exc)[:120]}"
        results.put((number, verdict, _peak_mb()))


def _peak_mb() -> int:
    """The larger peak resident memory (MB) of this worker and of the program's reading
    worker (unionplanner.core.isolation), which does the reading."""
    from unionplanner.core import isolation

    peaks = [0]
    try:
        import resource

        peaks.append(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024)
        peaks.append(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss // 1024)
    except ImportError:
        pass
    reader = isolation._worker
    if reader is not None:
        try:
            status = Path(f"/proc/{reader.process.pid}/status").read_text()
            peaks.append(int(status.split("VmHWM:")[1].split()[0]) // 1024)
        except (OSError, IndexError, ValueError):
            pass
    return max(peaks)


def _read_report(db, form_id: int, _scratch: Path, path: Path) -> str:
    from unionplanner.core.errors import UserError
    from unionplanner.domain.received.register import list_values, undo_batch
    from unionplanner.domain.received.session import import_paths

    with db.session() as session:
        before = list_values(session, PERIOD, form_id)
    try:
        result = import_paths(db, [path], form_id, PERIOD)
    except UserError:
        with db.session() as session:
            after = list_values(session, PERIOD, form_id)
        return "partial" if after != before else "refused"
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
    return verdict


def _read_units(db, _form_id: int, _scratch: Path, path: Path) -> str:
    """The unit list in a transaction that is then rolled back: a refusal must leave the
    units as they were."""
    from sqlalchemy import func, select

    from unionplanner.core.errors import UserError
    from unionplanner.domain.units.excel import import_units
    from unionplanner.domain.units.models import Unit

    def count() -> int:
        with db.session() as session:
            return int(session.scalar(select(func.count()).select_from(Unit)) or 0)

    before = count()
    with db.session() as session:
        try:
            import_units(session, path)
            verdict = "imported"
        except UserError:
            verdict = "refused"
        finally:
            session.rollback()
    return "partial" if count() != before else verdict


def _read_form(_db, _form_id: int, _scratch: Path, path: Path) -> str:
    from unionplanner.core.errors import UserError
    from unionplanner.domain.report_forms.learn import learn_form

    try:
        learn_form(path)
    except UserError:
        return "refused"
    return "imported"


def _read_plan(_db, _form_id: int, _scratch: Path, path: Path) -> str:
    from unionplanner.core.errors import UserError
    from unionplanner.domain.plans.extract import read_plan

    try:
        read_plan(path)
    except UserError:
        return "refused"
    return "imported"


def _read_backup(_db, _form_id: int, scratch: Path, path: Path) -> str:
    """Restore over a scratch database: a refused backup must leave it byte for byte."""
    from unionplanner.core.errors import UserError
    from unionplanner.domain.storage import backup

    before = scratch.read_bytes()
    try:
        backup.restore_database(scratch, path)
    except UserError:
        return "partial" if scratch.read_bytes() != before else "refused"
    if not backup.integrity_check(scratch)[0]:
        return "partial"
    return "imported"


READ = {"report": _read_report, "units": _read_units, "form": _read_form, "plan": _read_plan,
        "backup": _read_backup}


def _originals(samples: Path, folder: Path) -> dict[str, dict[str, bytes]]:
    """Per reader, the files mutated for it: name → bytes."""
    reports = {p.name: p.read_bytes() for p in sorted((samples / "reports").iterdir())
               if p.is_file() and not p.name.startswith("~$") and p.stat().st_size}
    seeds = samples.parent / "seeds"
    plans = {p.name: p.read_bytes() for p in sorted(seeds.glob("*"))
             if p.suffix in (".docx", ".txt")} if seeds.is_dir() else {}
    if plans:
        plans.update(_scan_and_doc(folder, seeds))
    from unionplanner.domain.storage import backup
    from unionplanner.domain.storage.database import open_database
    from unionplanner.domain.units.excel import import_units

    made = folder / "backup-source" / "office.sqlite3"
    db = open_database(f"sqlite:///{made}")  # a file even in the suite's PostgreSQL run
    with db.transaction() as session:
        import_units(session, samples / "units.xlsx")
    db.dispose()
    copy = backup.backup_database(made)
    found = {"report": reports, "units": {"units.xlsx": (samples / "units.xlsx").read_bytes()},
             "form": {"form.xlsx": (samples / "form.xlsx").read_bytes()}, "plan": plans,
             "backup": {"backup.sqlite3": copy.read_bytes()}}
    return {reader: files for reader, files in found.items() if files}


def _scan_and_doc(folder: Path, seeds: Path) -> dict[str, bytes]:
    """A scanned plan page (a JPEG in a PDF, read with OCR when Tesseract is there), a web
    page saved as .doc, and — with LibreOffice — a seed plan as a Word 97 .doc: issue 29
    adds them to the mix."""
    import shutil
    import subprocess

    from PIL import Image, ImageDraw

    page = Image.new("L", (1654, 2339), "white")  # A4 at 200 dpi
    draw = ImageDraw.Draw(page)
    for number, line in enumerate(["CONG DOAN XA HOA AN", "KE HOACH",
                                   "To chuc Thang Cong nhan nam 2026"]):
        draw.text((200, 200 + 60 * number), line, fill="black")
    scan = io.BytesIO()
    page.save(scan, "PDF", resolution=200)
    found = {"scan.pdf": scan.getvalue(),
             "web.doc": ("<html><body><p><b>KẾ HOẠCH</b></p><p>Tổ chức Tháng Công nhân năm "
                         "2026</p><img src='http://127.0.0.1:9/a.png'></body></html>")
             .encode()}
    office = shutil.which("soffice")
    source = next(iter(sorted(seeds.glob("*.docx"))), None)
    if office and source:
        out = folder / "doc-seed"
        subprocess.run([office, f"-env:UserInstallation={(out / 'p').as_uri()}", "--headless",
                        "--convert-to", "doc:MS Word 97", "--outdir", str(out), str(source)],
                       capture_output=True, timeout=180)
        made = out / (source.stem + ".doc")
        if made.exists():
            found["seed.doc"] = made.read_bytes()
    return found


def _kill_tree(process) -> None:
    """Stop a fuzz worker and the program's reading worker it started."""
    children = Path(f"/proc/{process.pid}/task/{process.pid}/children")
    try:
        pids = [int(pid) for pid in children.read_text().split()]
    except (OSError, ValueError):
        pids = []
    for pid in pids:
        with contextlib.suppress(OSError):
            os.kill(pid, 9)
    if process.is_alive():
        process.kill()
    process.join()


def run(files: int, seconds: float, folder: Path, samples: Path, seed: int = 2026,
        workers: int | None = None) -> dict:
    """Read ``files`` mutated files, spread over the readers; returns the counts (in all,
    and per reader under ``readers``)."""
    rng = random.Random(seed)
    originals = _originals(samples, folder)
    schedule = [reader for reader, weight in READERS if reader in originals
                for _ in range(weight)]
    inputs = folder / "in"
    inputs.mkdir(parents=True, exist_ok=True)
    workers = workers or max(1, min(4, os.cpu_count() or 1))
    context = mp.get_context("spawn")
    keys = ("files", "crashes", "hangs", "partial_writes", "imported", "refused")
    counts: dict = dict.fromkeys(keys, 0)
    counts["peak_memory_mb"] = 0
    per_reader = {reader: dict.fromkeys(keys, 0) for reader in originals}
    notes: list[str] = []
    pool: list[dict] = []

    def start(index: int) -> dict:
        home = folder / f"worker{index}-{time.monotonic_ns()}"
        home.mkdir()
        tasks, results = context.Queue(), context.Queue()
        # not a daemon: the program's reading worker is a process of its own
        process = context.Process(target=_worker, args=(str(home), str(samples), tasks,
                                                        results, seconds))
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
                reader = schedule[number % len(schedule)]
                names = sorted(originals[reader])
                name = names[(number // len(schedule)) % len(names)]
                path = inputs / f"{number:05d} {name}"
                path.write_bytes(mutate(originals[reader][name], name, rng))
                worker["tasks"].put((number, reader, str(path)))
                worker["task"] = (number, reader, path, time.monotonic())
        for index, worker in enumerate(pool):
            if worker["task"] is None:
                continue
            number, reader, path, began = worker["task"]
            try:
                _, verdict, peak = worker["results"].get(timeout=0.01)
                counts["peak_memory_mb"] = max(counts["peak_memory_mb"], peak)
            except Exception:  # queue.Empty: still working — or dead, or stuck
                if not worker["process"].is_alive():
                    verdict = f"crash worker died ({worker['process'].exitcode})"
                elif time.monotonic() - began > seconds:
                    verdict = "hang"
                else:
                    continue
                _kill_tree(worker["process"])
                pool[index] = start(index)
            done += 1
            key = ("crashes" if verdict.startswith("crash") else "hangs" if verdict == "hang"
                   else "partial_writes" if verdict == "partial"
                   else "imported" if verdict in ("imported", "replaced") else "refused")
            for tally in (counts, per_reader[reader]):
                tally["files"] += 1
                tally[key] += 1
            if key in ("crashes", "hangs", "partial_writes"):
                notes.append(f"{reader} {path.name}: {verdict}")
            else:
                path.unlink(missing_ok=True)  # keep only the files that found something
            pool[index]["task"] = None
    for worker in pool:
        worker["tasks"].put(None)
        worker["process"].join(10)
        _kill_tree(worker["process"])
    counts["readers"] = per_reader
    counts["notes"] = notes[:20]
    return counts


def main() -> int:
    files = int(sys.argv[1]) if len(sys.argv) > 1 else 10_000
    seconds = float(sys.argv[2]) if len(sys.argv) > 2 else 20.0
    started = time.monotonic()
    with tempfile.TemporaryDirectory() as tmp:
        counts = run(files, seconds, Path(tmp), SAMPLES)
    print(" ".join(f"{k}={v}" for k, v in counts.items() if k not in ("notes", "readers"))
          + f" seconds={time.monotonic() - started:.0f}")
    for reader, tally in counts["readers"].items():
        print(f"  {reader}: " + " ".join(f"{k}={v}" for k, v in tally.items()))
    for note in counts["notes"]:
        print("  ", note)
    return 0 if not (counts["crashes"] or counts["hangs"] or counts["partial_writes"]) else 1


if __name__ == "__main__":
    sys.exit(main())
