"""Opening the window: second instance, damaged database, and the whole run_gui path."""

import pytest
from PySide6.QtWidgets import QApplication

from unionplanner import app as app_module
from unionplanner.domain.storage import backup
from unionplanner.domain.storage.lock import InstanceLock
from unionplanner.ui.startup import dialogs as startup_dialogs, opening


@pytest.fixture
def demo_db_file(tmp_path):
    from unionplanner.cli import main

    path = tmp_path / "office.sqlite3"
    assert main(["--db", str(path), "demo"]) == 0
    return path


def close_when_open(look):
    """While run_gui's event loop runs: once its window has the database, call
    ``look(window)`` and close the window (which ends the loop, as the user closing it)."""
    from PySide6.QtCore import QTimer

    from unionplanner.ui.shell.main_window import MainWindow

    timer = QTimer()

    def check():
        for window in QApplication.topLevelWidgets():
            if isinstance(window, MainWindow) and window.isVisible() and window.ctx is not None:
                timer.stop()
                look(window)
                window.close()

    timer.timeout.connect(check)
    timer.start(20)
    close_when_open.timer = timer  # kept alive until the next test


@pytest.mark.sqlite_only
def test_second_instance_can_open_read_only_or_quit(demo_db_file, monkeypatch):
    holder = InstanceLock(demo_db_file)
    holder.acquire()
    try:
        monkeypatch.setattr(startup_dialogs, "ask_open_read_only", lambda: False)
        assert opening.open_for_window(str(demo_db_file)) is None
        monkeypatch.setattr(startup_dialogs, "ask_open_read_only", lambda: True)
        db, lock = opening.open_for_window(str(demo_db_file))
        try:
            assert db.read_only
        finally:
            db.dispose()
            lock.release()
    finally:
        holder.release()


@pytest.mark.sqlite_only
def test_damaged_database_offers_the_latest_good_backup(demo_db_file, monkeypatch):
    good = backup.backup_database(demo_db_file, kind="auto")
    raw = bytearray(demo_db_file.read_bytes())
    raw[100:4096] = b"\x00\xff" * ((4096 - 100) // 2)
    demo_db_file.write_bytes(bytes(raw))
    asked = []
    monkeypatch.setattr(startup_dialogs, "ask_restore_backup",
                        lambda made: asked.append(made) or True)
    db, lock = opening.open_for_window(str(demo_db_file))
    try:
        assert asked and backup.integrity_check(demo_db_file)[0]
        from unionplanner.domain.units.service import list_units

        with db.session() as s:
            assert len(list_units(s)) == 40
        assert good.exists()
    finally:
        db.dispose()
        lock.release()


@pytest.mark.sqlite_only
def test_run_gui_opens_the_window_and_makes_the_daily_backup(qapp, demo_db_file, monkeypatch):
    import sys

    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # run_gui installs its own
    shown = []
    close_when_open(lambda window: shown.append(window.windowTitle()))
    assert app_module.run_gui(str(demo_db_file)) == 0
    assert any(t.startswith("CÔNG ĐOÀN XÃ HÒA AN") for t in shown)
    assert [b.kind for b in backup.list_backups(demo_db_file)] == ["auto"]
    # the log says when the window opened on which data, and that it closed (what the
    # Windows test looks for after closing the installed program)
    from unionplanner.core.log import log_file

    lines = log_file().read_text(encoding="utf-8").splitlines()
    opened = [n for n, line in enumerate(lines) if "window opened on" in line]
    assert opened and demo_db_file.name in lines[opened[-1]]
    assert any("window closed" in line for line in lines[opened[-1]:])
    again = InstanceLock(demo_db_file)
    again.acquire()  # the window released its lock on exit
    again.release()


@pytest.mark.sqlite_only
def test_a_daily_backup_that_cannot_be_made_is_a_warning_not_a_stop(qapp, demo_db_file,
                                                                    monkeypatch):
    """The backups folder held by another program (or full): the window opens anyway and
    its status bar says the day's copy was not made."""
    import sys

    from unionplanner.core.errors import UserError

    def refuse(*_args, **_kwargs):
        raise UserError("Không sao lưu được vào backups: đang được chương trình khác dùng.")

    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.setattr(backup, "auto_backup", refuse)
    monkeypatch.setattr(opening, "STARTUP_WARNINGS", [])
    messages = []
    close_when_open(lambda window: messages.append(window.statusBar().currentMessage()))
    assert app_module.run_gui(str(demo_db_file)) == 0
    assert any("sao lưu tự động" in m and "chương trình khác" in m for m in messages), messages


SHOWN_FIRST = """
import sys
from unionplanner.ui.startup.opening import start_window
app, window, opening = start_window(sys.argv[1])
painted = not window.grab().isNull()  # what the first paint draws, before the event loop
before = ("sqlalchemy" in sys.modules, window.isVisible() and painted,
          window.stack.currentWidget() is window.loading, window.navigation.isEnabled(),
          bool(app.property("unionplanner_guards")))
while not opening.finished:
    app.processEvents()
app.processEvents()
built = window.pages.built()
print(before, window.current_page() is window.pages["overview"], built,
      bool(app.property("unionplanner_guards")))
opening.close()
"""


@pytest.mark.sqlite_only
def test_the_window_is_shown_before_the_database_layer_loads(demo_db_file, tmp_path):
    """The first paint comes before SQLAlchemy is imported ("Opening data…", navigation not
    yet usable); then the database opens and only the first page is built."""
    import os
    import subprocess
    import sys

    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", UNIONPLANNER_DATA_DIR=str(tmp_path))
    out = subprocess.run([sys.executable, "-c", SHOWN_FIRST, str(demo_db_file)], env=env,
                         capture_output=True, text=True, timeout=120, check=True).stdout
    # the wheel and number guards come after the paint, before any page
    assert out.strip().splitlines()[-1] == \
        "(False, True, True, False, False) True ['overview'] True"


def test_a_fault_while_opening_is_reported_and_ends_the_program(qapp, monkeypatch, tmp_path):
    """A bug while the database opens must not leave the window saying "Đang mở dữ liệu…"
    for ever: the fault goes to the error report and the program ends with status 1."""
    import sys

    def broken(*_args, **_kwargs):
        raise RuntimeError("migration bug")

    reported = []
    monkeypatch.setattr(opening, "open_for_window", broken)
    monkeypatch.setattr(sys, "excepthook", lambda *info: reported.append(info[1]))
    from unionplanner.ui.shell import errors as ui_errors

    monkeypatch.setattr(ui_errors, "install_excepthook", lambda: None)
    assert app_module.run_gui(str(tmp_path / "office.sqlite3")) == 1
    assert [str(e) for e in reported] == ["migration bug"]
