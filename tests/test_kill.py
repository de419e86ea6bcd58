"""Killing the program during writes leaves a sound database and no half-written change."""

import random
import signal
import sqlite3
import subprocess
import sys
import time

import pytest

from unionplanner.storage.backup import integrity_check

WRITER = r"""
import sys
from pathlib import Path
from sqlalchemy import delete
from unionplanner.storage.database import open_database
from unionplanner.units.excel import import_units
from unionplanner.units.models import Unit, UnitAlias

db = open_database(sys.argv[1])
print("ready", flush=True)
while True:
    with db.transaction() as s:
        import_units(s, Path(sys.argv[2]))
    with db.transaction() as s:
        s.execute(delete(UnitAlias))
        for unit in s.query(Unit).all():
            s.delete(unit)
"""


@pytest.mark.slow
def test_sigkill_during_writes_never_corrupts_or_half_writes(tmp_path, units_xlsx):
    db_file = tmp_path / "kill.sqlite3"
    rng = random.Random(7)
    seen_counts = set()
    for _ in range(12):
        proc = subprocess.Popen([sys.executable, "-c", WRITER, str(db_file), str(units_xlsx)],
                                stdout=subprocess.PIPE, text=True)
        assert proc.stdout.readline().strip() == "ready"
        time.sleep(rng.uniform(0.05, 0.8))
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        ok, message = integrity_check(db_file)
        assert ok, message
        conn = sqlite3.connect(db_file)
        try:
            units = conn.execute("SELECT count(*) FROM unit").fetchone()[0]
            creates = conn.execute(
                "SELECT count(*) FROM audit_log WHERE entity='unit' AND action='create'"
            ).fetchone()[0]
            deletes = conn.execute(
                "SELECT count(*) FROM audit_log WHERE entity='unit' AND action='delete'"
            ).fetchone()[0]
        finally:
            conn.close()
        assert units in (0, 88)  # a whole import or none of it
        assert creates - deletes == units  # the audit log committed with the change
        seen_counts.add(units)
