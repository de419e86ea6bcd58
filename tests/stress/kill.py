"""Kill test: a writer process is SIGKILLed at random moments while it imports grassroots
reports, undoes imports, saves a plan and ticks activities, again and again. After each kill
the database must pass ``PRAGMA integrity_check`` and every change must be whole:

- an import batch exists only with its audit entry (written last, in the same transaction),
  with as many received files as that entry says were imported or replaced, and no unit ever
  has two current reports for one form and period;
- the plan's title (which carries the save number) always agrees with its activities (each
  save adds exactly one).

Forked from a parent that has loaded everything, so a run costs little more than the time
before the kill. ``tests/stress/test_kill.py`` runs a short version in the suite; for the long one:

    .venv/bin/python -m tests.stress.kill [RUNS]      (default 150; prints the counts)
"""

from __future__ import annotations

import json
import os
import random
import re
import signal
import sqlite3
import sys
import tempfile
import time
from pathlib import Path

SAMPLES = Path(__file__).resolve().parents[2].parent / "shared" / "samples"
PERIODS = ("2023-04", "2023-05", "2023-06")


def prepare(folder: Path, samples: Path) -> dict:
    """A database with the sample unit list, the learnt form and an issued plan."""
    from tests.helpers import learn_and_store
    from unionplanner.domain.plans import service as plans
    from unionplanner.domain.plans.drafting import new_from_template
    from unionplanner.domain.storage.database import open_database
    from unionplanner.domain.units.excel import import_units

    db_file = folder / "kill.sqlite3"
    with open_database(str(db_file)) as db, db.transaction() as session:
        import_units(session, samples / "units.xlsx")
        form_id = learn_and_store(session, "TCN", samples / "form.xlsx")
        plan = new_from_template(session, "thang-cong-nhan", 2023)
        plans.set_status(session, plan.id, "issued")
        plan_id = plan.id
    files = sorted(p for p in (samples / "reports").iterdir() if not p.name.startswith("~$"))
    return {"db_file": db_file, "form_id": form_id, "plan_id": plan_id, "files": files}


def writer(world: dict, seed: int) -> None:
    """Write forever (until killed): imports, undos, plan saves, ticks."""
    from sqlalchemy import select

    from unionplanner.domain.plans import service as plans
    from unionplanner.domain.plans.document import Activity
    from unionplanner.domain.received.models import ImportBatch
    from unionplanner.domain.received.register import undo_batch
    from unionplanner.domain.received.session import import_paths
    from unionplanner.domain.storage.database import open_database
    from unionplanner.domain.tracking import service as tracking

    rng = random.Random(seed)
    db = open_database(str(world["db_file"]))
    while True:
        action = rng.choice(("import", "import", "undo", "plan", "tick"))
        try:
            if action == "import":
                files = rng.sample(world["files"], rng.randint(3, 12))
                import_paths(db, files, world["form_id"], rng.choice(PERIODS))
            elif action == "undo":
                with db.transaction() as session:
                    batch = session.scalar(select(ImportBatch.id).order_by(
                        ImportBatch.id.desc()))
                    if batch is not None:
                        undo_batch(session, batch)
            elif action == "plan":
                with db.transaction() as session:
                    plan = plans.get_plan(session, world["plan_id"])
                    doc = plans.load_document(plan)
                    saves = int(m.group(1)) if (m := re.search(r"\(lần (\d+)\)$", doc.title)) \
                        else 0
                    doc.title = re.sub(r" \(lần \d+\)$", "", doc.title) + f" (lần {saves + 1})"
                    doc.activities.append(Activity(title=f"Hoạt động lần {saves + 1}",
                                                   months=["2023-05"]))
                    plans.save_plan(session, world["plan_id"], doc)
            else:
                with db.transaction() as session:
                    rows = tracking.activity_rows(session, [world["plan_id"]])
                    row = rng.choice([r for r in rows if r.months])
                    tracking.set_check(session, row.id, rng.choice(row.months),
                                       rng.choice(list(tracking.STATES)), note="kill test")
        except Exception as exc:  # an expected refusal (e.g. nothing to undo) — go on
            from unionplanner.core.errors import UserError

            if not isinstance(exc, UserError):
                raise


def check(db_file: Path) -> list[str]:
    """What is wrong with the database after a kill (empty: sound and whole)."""
    problems = []
    conn = sqlite3.connect(db_file)
    try:
        verdict = conn.execute("PRAGMA integrity_check").fetchone()[0]
        if verdict != "ok":
            return [f"integrity_check: {verdict}"]
        audits = {entity_id: json.loads(after or "{}") for entity_id, after in conn.execute(
            "SELECT entity_id, after FROM audit_log WHERE entity='import_batch' "
            "AND action='import'")}
        for (batch,) in conn.execute("SELECT id FROM import_batch"):
            if batch not in audits:
                problems.append(f"batch {batch} without its audit entry")
                continue
            files = conn.execute("SELECT count(*) FROM received_file WHERE batch_id=?",
                                 (batch,)).fetchone()[0]
            said = audits[batch].get("imported", 0) + audits[batch].get("replaced", 0)
            if files != said:
                problems.append(f"batch {batch}: {files} files stored, {said} imported")
        for unit, _form, period, count in conn.execute(
                "SELECT unit_id, form_id, period, count(*) FROM submission "
                "WHERE status='current' GROUP BY unit_id, form_id, period HAVING count(*) > 1"):
            problems.append(f"unit {unit} has {count} current reports for {period}")
        for title, plan_id in conn.execute("SELECT title, id FROM plan"):
            match = re.search(r"\(lần (\d+)\)$", title)
            saves = int(match.group(1)) if match else 0
            added = conn.execute("SELECT count(*) FROM plan_activity WHERE plan_id=? AND "
                                 "title LIKE 'Hoạt động lần %'", (plan_id,)).fetchone()[0]
            if added != saves:
                problems.append(f"plan {plan_id}: title says {saves} saves, {added} activities")
    finally:
        conn.close()
    return problems


def run(runs: int, folder: Path, samples: Path, seed: int = 7,
        max_wait: float = 1.2) -> dict:
    """Kill the writer ``runs`` times; returns the counts."""
    rng = random.Random(seed)
    world = prepare(folder, samples)
    counts = {"runs": 0, "kills": 0, "corrupt": 0, "partial_writes": 0, "crashes": 0,
              "imports": 0, "plan_saves": 0}
    problems: list[str] = []
    for number in range(runs):
        pid = os.fork()
        if pid == 0:  # the writer
            code = 0
            try:
                writer(world, seed * 1000 + number)
            except BaseException:
                import traceback

                traceback.print_exc()
                code = 3
            os._exit(code)
        time.sleep(rng.uniform(0.02, max_wait))
        try:
            os.kill(pid, signal.SIGKILL)
            counts["kills"] += 1
        except ProcessLookupError:
            pass
        _, status = os.waitpid(pid, 0)
        if os.WIFEXITED(status) and os.WEXITSTATUS(status) == 3:
            counts["crashes"] += 1
        counts["runs"] += 1
        found = check(world["db_file"])
        if any(p.startswith("integrity_check") for p in found):
            counts["corrupt"] += 1
        elif found:
            counts["partial_writes"] += 1
        problems += found
    conn = sqlite3.connect(world["db_file"])
    counts["imports"] = conn.execute("SELECT count(*) FROM import_batch").fetchone()[0]
    title = conn.execute("SELECT title FROM plan").fetchone()[0]
    conn.close()
    match = re.search(r"\(lần (\d+)\)$", title)
    counts["plan_saves"] = int(match.group(1)) if match else 0
    counts["problems"] = problems[:10]
    return counts


def main() -> int:
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 150
    with tempfile.TemporaryDirectory() as tmp:
        os.environ["UNIONPLANNER_DATA_DIR"] = tmp
        counts = run(runs, Path(tmp), SAMPLES)
    print(" ".join(f"{k}={v}" for k, v in counts.items() if k != "problems"))
    for problem in counts["problems"]:
        print("  ", problem)
    return 0 if not (counts["corrupt"] or counts["partial_writes"] or counts["crashes"]) else 1


if __name__ == "__main__":
    sys.exit(main())
