"""Kill test of upgrades: a copy of an older database (each fixture in
``tests/fixtures/databases``) is upgraded by a forked process that SIGKILLs itself just
before a randomly chosen statement of the upgrade (a CREATE, ALTER, INSERT, UPDATE or DROP of
any step). After each kill the database must open — upgraded to the newest schema, with the
fixture's units and reports — and pass ``PRAGMA integrity_check``.

Issue 29: each step's CREATE/ALTER used to commit on its own (Python's sqlite3 begins a
transaction before DML only), so a kill between two of them left a database no later start
could open ("table activity_check already exists").

    .venv/bin/python -m tests.stress.kill_upgrade [KILLS]     (default 100; prints the counts)
"""

from __future__ import annotations

import os
import random
import shutil
import signal
import sqlite3
import sys
import tempfile
from pathlib import Path

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "databases"
#: statements that change the database (what a kill may fall between)
WRITES = ("CREATE", "ALTER", "INSERT", "UPDATE", "DELETE", "DROP", "BEGIN", "COMMIT")


def _counting(kill_at: int | None, seen: list[int]):
    """make_engine wrapped so that each connection counts the writing statements and the
    process kills itself just before number ``kill_at`` (None: only count)."""
    from sqlalchemy import event

    from unionplanner.domain.storage import database

    original = database.make_engine

    def make_engine(*args, **kwargs):
        engine = original(*args, **kwargs)

        @event.listens_for(engine, "connect")
        def trace(dbapi, _record):
            def each(statement: str) -> None:
                if statement.lstrip().upper().startswith(WRITES):
                    seen[0] += 1
                    if seen[0] == kill_at:
                        os.kill(os.getpid(), signal.SIGKILL)
            dbapi.set_trace_callback(each)

        return engine

    database.make_engine = make_engine
    return original


def _contents(db_file: Path) -> tuple[int, int]:
    conn = sqlite3.connect(db_file)
    try:
        return (conn.execute("SELECT count(*) FROM unit").fetchone()[0],
                conn.execute("SELECT count(*) FROM report_value").fetchone()[0]
                if conn.execute("SELECT 1 FROM sqlite_master WHERE name='report_value'")
                .fetchone() else 0)
    finally:
        conn.close()


def statements(fixture: Path, folder: Path) -> int:
    """How many writing statements upgrading ``fixture`` takes (counted in a child)."""
    work = folder / "count.sqlite3"
    shutil.copy(fixture, work)
    read, write = os.pipe()
    pid = os.fork()
    if pid == 0:
        seen = [0]
        _counting(None, seen)
        from unionplanner.domain.storage.database import open_database

        open_database(str(work)).dispose()
        os.write(write, str(seen[0]).encode())
        os._exit(0)
    os.close(write)
    os.waitpid(pid, 0)
    count = int(os.read(read, 64) or b"0")
    os.close(read)
    return count


def run(kills: int, folder: Path, seed: int = 29) -> dict:
    """Kill ``kills`` upgrades, spread over the fixtures; returns the counts and problems."""
    from unionplanner.domain.storage.database import open_database
    from unionplanner.domain.storage.migrate import HEAD_REVISION, current_revision

    rng = random.Random(seed)
    sizes = {f: statements(f, folder) for f in sorted(FIXTURES.glob("*.sqlite3"))}
    fixtures = [f for f, size in sizes.items() if size]  # the newest needs no upgrade
    counts = {"fixtures": len(fixtures), "statements": sum(sizes.values()), "kills": 0,
              "opened": 0, "unopenable": 0, "lost": 0, "corrupt": 0}
    problems: list[str] = []
    for number in range(kills):
        fixture = fixtures[number % len(fixtures)]
        kill_at = rng.randint(1, sizes[fixture])
        work = folder / f"{number}" / "db.sqlite3"
        work.parent.mkdir()
        shutil.copy(fixture, work)
        before = _contents(work)
        pid = os.fork()
        if pid == 0:
            os.environ["UNIONPLANNER_DATA_DIR"] = str(work.parent / "data")
            _counting(kill_at, [0])
            try:
                open_database(str(work)).dispose()
            finally:
                os._exit(0)  # not killed: the statement was never reached
        _, status = os.waitpid(pid, 0)
        if os.WIFSIGNALED(status):
            counts["kills"] += 1
        where = f"{fixture.name} killed before statement {kill_at}/{sizes[fixture]}"
        try:
            db = open_database(str(work))
            revision = current_revision(db)
            db.dispose()
        except Exception as exc:  # noqa: BLE001 - counted and named
            counts["unopenable"] += 1
            problems.append(f"{where}: {type(exc).__name__}: {str(exc)[:160]}")
            continue
        counts["opened"] += 1
        conn = sqlite3.connect(work)
        ok = conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        conn.close()
        if not ok:
            counts["corrupt"] += 1
            problems.append(f"{where}: integrity_check failed")
        if revision != HEAD_REVISION or _contents(work) != before:
            counts["lost"] += 1
            problems.append(f"{where}: revision {revision}, contents {_contents(work)} "
                            f"(before {before})")
        shutil.rmtree(work.parent, ignore_errors=True)
    counts["problems"] = problems[:10]
    return counts


def main() -> int:
    kills = int(sys.argv[1]) if len(sys.argv) > 1 else 100
    with tempfile.TemporaryDirectory() as tmp:
        os.environ["UNIONPLANNER_DATA_DIR"] = tmp
        counts = run(kills, Path(tmp))
    print(" ".join(f"{k}={v}" for k, v in counts.items() if k != "problems"))
    for problem in counts["problems"]:
        print("  ", problem)
    return 0 if counts["opened"] == kills and not (counts["lost"] or counts["corrupt"]) else 1


if __name__ == "__main__":
    sys.exit(main())
