"""Opening the window: second instance, damaged database, and the whole run_gui path."""

import pytest
from PySide6.QtWidgets import QApplication

from unionplanner import app as app_module
from unionplanner.domain.storage import backup
from unionplanner.domain.storage.lock import InstanceLock
from unionplanner.ui.startup import dialogs as startup_dialogs


@pytest.fixture
def demo_db_file(tmp_path):
    from unionplanner.cli import main

    path = tmp_path / "office.sqlite3"
    assert main(["--db", str(path), "demo"]) == 0
    return path


@pytest.mark.sqlite_only
def test_second_instance_can_open_read_only_or_quit(demo_db_file, monkeypatch):
    holder = InstanceLock(demo_db_file)
    holder.acquire()
    try:
        monkeypatch.setattr(startup_dialogs, "ask_open_read_only", lambda: False)
        assert app_module._open_for_window(str(demo_db_file)) is None
        monkeypatch.setattr(startup_dialogs, "ask_open_read_only", lambda: True)
        db, lock = app_module._open_for_window(str(demo_db_file))
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
    db, lock = app_module._open_for_window(str(demo_db_file))
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
    monkeypatch.setattr(QApplication, "exec", lambda *a: shown.extend(
        w.windowTitle() for w in QApplication.topLevelWidgets() if w.isVisible()) or 0)
    assert app_module.run_gui(str(demo_db_file)) == 0
    assert any(t.startswith("CÔNG ĐOÀN XÃ HÒA AN") for t in shown)
    assert [b.kind for b in backup.list_backups(demo_db_file)] == ["auto"]
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
    from unionplanner.ui.shell.main_window import MainWindow

    def refuse(*_args, **_kwargs):
        raise UserError("Không sao lưu được vào backups: đang được chương trình khác dùng.")

    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.setattr(backup, "auto_backup", refuse)
    monkeypatch.setattr(app_module, "STARTUP_WARNINGS", [])
    messages = []
    monkeypatch.setattr(QApplication, "exec", lambda *a: messages.extend(
        w.statusBar().currentMessage() for w in QApplication.topLevelWidgets()
        if isinstance(w, MainWindow) and w.isVisible()) or 0)
    assert app_module.run_gui(str(demo_db_file)) == 0
    assert any("sao lưu tự động" in m and "chương trình khác" in m for m in messages), messages
