"""Moving an office's data to a server and back: `unionplanner db copy`, counts checked, the
result identical row for row. On PostgreSQL runs the middle database is a real server one;
otherwise another SQLite file."""

from __future__ import annotations

import datetime as dt
import json
import shutil
import uuid

import pytest
from sqlalchemy import create_engine, func, inspect, select

from tests.conftest import POSTGRES, ROOT, _admin, _server_url
from unionplanner.cli import main
from unionplanner.domain.storage.database import open_database
from unionplanner.domain.storage.schema import load_all_models

FIXTURE = ROOT / "tests" / "fixtures" / "databases" / "unionplanner-0.1.0-r0004.sqlite3"


def snapshot(url: str) -> dict[str, list[tuple]]:
    """Every table's rows in key order, moments in UTC (tables an older schema lacks are
    left out)."""
    engine = create_engine(url)
    found = {}
    try:
        with engine.connect() as conn:
            present = set(inspect(conn).get_table_names())
            for table in load_all_models().sorted_tables:
                if table.name not in present:
                    continue
                rows = conn.execute(select(table).order_by(*table.primary_key.columns)).all()
                found[table.name] = [tuple(
                    (v.replace(tzinfo=dt.UTC) if v.tzinfo is None else
                     v.astimezone(dt.UTC)) if isinstance(v, dt.datetime) else v
                    for v in row) for row in rows]
    finally:
        engine.dispose()
    return found


@pytest.fixture
def middle(tmp_path):
    """An empty database to move to: a fresh server database, or an SQLite file."""
    if not POSTGRES:
        yield f"sqlite:///{tmp_path / 'server' / 'office.sqlite3'}"
        return
    name = f"t_copy_{uuid.uuid4().hex[:12]}"
    _admin(f"CREATE DATABASE {name}")
    yield _server_url(name)
    _admin(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")


@pytest.fixture
def office(tmp_path):
    """An office's SQLite file with plans, reports, ticks, the audit log — and a kept
    original beside it."""
    folder = tmp_path / "office"
    (folder / "received" / "2026-03").mkdir(parents=True)
    shutil.copyfile(FIXTURE, folder / "unionplanner.sqlite3")
    (folder / "received" / "2026-03" / "bao cao.xlsx").write_bytes(b"original")
    url = f"sqlite:///{folder / 'unionplanner.sqlite3'}"
    open_database(url).dispose()  # at today's schema, as db copy would leave it
    return url


def test_an_office_moves_to_a_server_and_back_unchanged(office, middle, tmp_path, capsys):
    before = snapshot(office)
    assert sum(map(len, before.values())) > 500
    assert main(["db", "copy", "--from", office, "--to", middle, "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["tables"] == {name: len(rows) for name, rows in before.items()}
    assert report["rows"] == sum(map(len, before.values()))
    on_server = snapshot(middle)
    # a server also keeps the office's files in the database, for every PC to open
    kept = on_server.pop("kept_file")
    assert [(row[1], row[3]) for row in kept] == (
        [("received/2026-03/bao cao.xlsx", b"original")] if POSTGRES else [])
    assert report["stored"] == len(kept)
    assert on_server == {k: v for k, v in before.items() if k != "kept_file"}

    back = f"sqlite:///{tmp_path / 'back' / 'unionplanner.sqlite3'}"
    assert main(["db", "copy", "--from", middle, "--to", back]) == 0
    assert "khớp nhau" in capsys.readouterr().out
    returned = snapshot(back)
    assert len(returned.pop("kept_file")) == len(kept)
    assert returned == {k: v for k, v in before.items() if k != "kept_file"}
    assert (tmp_path / "back" / "received" / "2026-03" / "bao cao.xlsx").read_bytes() == \
        b"original"

    # the copy is a working database: new rows get new ids (sequences moved past the copy)
    from unionplanner.domain.office.service import Department
    from unionplanner.domain.storage.database import open_database

    with open_database(middle) as db, db.transaction() as session:
        session.add(Department(name="Ban mới", short_name="BM", sort_order=9))
    # and a copy never goes into a database that already has data
    assert main(["db", "copy", "--from", office, "--to", middle]) == 1
    assert "đã có dữ liệu" in capsys.readouterr().err


def test_a_count_that_does_not_match_keeps_nothing(office, middle, monkeypatch, capsys):
    from unionplanner.domain.storage import copy

    real = copy._copy_table

    def short_by_one(reader, writer, table, cancel):  # a row lost on the way
        copied = real(reader, writer, table, cancel)
        if table.name == "report_value":
            first = select(func.min(table.c.id)).scalar_subquery()
            writer.execute(table.delete().where(table.c.id == first))
        return copied

    monkeypatch.setattr(copy, "_copy_table", short_by_one)
    assert main(["db", "copy", "--from", office, "--to", middle]) == 1
    assert "report_value" in capsys.readouterr().err
    assert not any(snapshot(middle).values())  # rolled back: the target is still empty


def test_same_source_and_target_is_refused(office, capsys):
    assert main(["db", "copy", "--from", office, "--to", office]) == 1
    assert "cùng một" in capsys.readouterr().err
