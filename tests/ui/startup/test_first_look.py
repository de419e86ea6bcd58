"""The first page filled at once: the start-up reads the overview from the data file with
sqlite3 while SQLAlchemy loads, then gives the same page the open database. And every case
where it must not (a server, a file to upgrade, a damaged file, no office yet)."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from unionplanner.domain.storage.lock import InstanceLock
from unionplanner.ui.startup import opening

FIXTURES = Path(__file__).parents[2] / "fixtures" / "databases"

FIRST_LOOK = """
import json, sys
from unionplanner.ui.startup.opening import start_window
app, window, opening = start_window(sys.argv[1])
app.processEvents()
while not opening.filled and not opening.finished:
    app.processEvents()
page = window.current_page()
early = {"sqlalchemy": "sqlalchemy" in sys.modules, "ctx": window.ctx is not None,
         "overview": window.pages.built() == ["overview"] and page is window.pages["overview"],
         "title": page.title.text(), "units": page.units.value.text(),
         "rows": [page.due_model.index(r, 1).data() for r in range(page.due_model.rowCount())],
         "deadlines": [page.deadline_model.index(r, 2).data()
                       for r in range(page.deadline_model.rowCount())],
         "navigation": window.navigation.isEnabled(),
         "missing_button": page.missing_button.isEnabled()}
window.navigation.setCurrentRow(1)  # the user clicks "Kế hoạch" before the data is open
early["clicked_shows_loading"] = window.current_page() is window.loading
while not opening.finished:
    app.processEvents()
app.processEvents()
late = {"ctx": window.ctx is not None, "same_page": window.pages["overview"] is page,
        "current": window.current_key(), "plans_page": window.current_page()
        is window.pages["plans"], "title": page.title.text(),
        "rows": [page.due_model.index(r, 1).data() for r in range(page.due_model.rowCount())],
        "missing_button": page.missing_button.isEnabled()}
print(json.dumps([early, late]))
opening.close()
"""


def run(script: str, db_file: Path, data_dir: Path) -> list[dict]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", UNIONPLANNER_DATA_DIR=str(data_dir))
    out = subprocess.run([sys.executable, "-c", script, str(db_file)], env=env,
                         capture_output=True, text=True, timeout=120, check=True).stdout
    return json.loads(out.strip().splitlines()[-1])


@pytest.fixture
def demo_file(tmp_path):
    from unionplanner.cli import main

    path = tmp_path / "office.sqlite3"
    assert main(["--db", str(path), "demo"]) == 0
    return path


@pytest.mark.sqlite_only
def test_the_overview_is_filled_from_the_file_before_sqlalchemy_loads(demo_file, tmp_path):
    early, late = run(FIRST_LOOK, demo_file, tmp_path)
    assert early["sqlalchemy"] is False and early["ctx"] is False and early["overview"]
    assert early["title"] == "CÔNG ĐOÀN XÃ HÒA AN" and early["units"] == "40"
    assert early["rows"] and any("/" in d for d in early["deadlines"])
    # the navigation answers at once; a page that needs the database waits for it
    assert early["navigation"] and early["clicked_shows_loading"]
    assert not early["missing_button"]  # it opens another page: not before the data is open
    # then the same page works on the database, and the page the user clicked is shown
    assert late["ctx"] and late["same_page"] and late["plans_page"] and late["current"] == "plans"
    assert (late["title"], late["rows"]) == (early["title"], early["rows"])
    assert late["missing_button"]


@pytest.mark.sqlite_only
def test_a_file_open_in_another_window_is_read_then_asked_about(demo_file, monkeypatch):
    """The first look only reads: another window's lock does not stop it, and the full
    opening still asks whether to open read-only."""
    holder = InstanceLock(demo_file)
    holder.acquire()
    try:
        overview = opening.first_look(str(demo_file))
        assert overview is not None and overview.office == "CÔNG ĐOÀN XÃ HÒA AN"
        from unionplanner.ui.startup import dialogs

        monkeypatch.setattr(dialogs, "ask_open_read_only", lambda: False)
        assert opening.open_for_window(str(demo_file), checked=True) is None
    finally:
        holder.release()


@pytest.mark.sqlite_only
def test_no_first_look_where_the_full_opening_has_work_or_questions(demo_file, tmp_path,
                                                                   qsettings):
    from PySide6.QtCore import QSettings

    from unionplanner.domain.storage.database import open_database
    from unionplanner.ui.settings.server_dialog import SETTING

    assert opening.first_look(str(demo_file)) is not None
    # a file from an older version: upgraded (after a backup) by the full opening first
    old = tmp_path / "old.sqlite3"
    shutil.copy(FIXTURES / "unionplanner-r0012.sqlite3", old)
    assert opening.first_look(str(old)) is None
    # a damaged file: the full opening offers the latest good backup
    damaged = tmp_path / "damaged.sqlite3"
    raw = bytearray(demo_file.read_bytes())
    raw[100:4096] = b"\x00\xff" * ((4096 - 100) // 2)
    damaged.write_bytes(bytes(raw))
    assert opening.first_look(str(damaged)) is None
    # a new database (no office yet: the welcome page) and a file that is not there
    open_database(str(tmp_path / "new.sqlite3")).dispose()
    assert opening.first_look(str(tmp_path / "new.sqlite3")) is None
    assert opening.first_look(str(tmp_path / "absent.sqlite3")) is None
    assert not (tmp_path / "absent.sqlite3").exists()
    # the shared server chosen in Settings: the default file is not what will open
    QSettings().setValue(SETTING, "postgresql+psycopg://clerk@server/office")
    assert opening.first_look(None) is None
    QSettings().remove(SETTING)
