"""The shell: navigation, welcome page on an empty database, demo data, read-only mode."""

import pytest
from PySide6.QtWidgets import QLabel, QListWidget

from tests.ui.conftest import wait_task
from unionplanner.ui.shell.main_window import MainWindow


def test_empty_database_shows_welcome_and_demo_fills_the_overview(qtbot, ctx, messages):
    win = MainWindow(ctx)
    qtbot.addWidget(win)
    win.show()
    nav: QListWidget = win.navigation
    assert [nav.item(i).text() for i in range(nav.count())] == [
        "Tổng quan", "Kế hoạch", "Theo dõi hoạt động", "Báo cáo CĐCS", "Báo cáo tổng hợp",
        "Văn bản đi", "Đơn vị", "Cài đặt"]
    assert win.current_page() is win.welcome
    assert win.windowTitle() == "UnionPlanner"
    wait_task(qtbot, win.welcome.load_demo())
    overview = win.pages["overview"]
    assert win.current_page() is overview
    assert overview.units.value.text() == "40"
    assert overview.title.text() == "CÔNG ĐOÀN XÃ HÒA AN"
    assert win.windowTitle().startswith("CÔNG ĐOÀN XÃ HÒA AN")
    assert win.pages["units"].model.rowCount() == 40  # the other pages heard the change


def test_welcome_details_button_opens_settings(qtbot, ctx, messages):
    win = MainWindow(ctx)
    qtbot.addWidget(win)
    win.welcome.details_button.click()
    assert win.current_page() is win.pages["settings"]


def test_navigation_switches_pages(window):
    for row, key in enumerate(("overview", "plans", "tracking", "received", "summary",
                               "outgoing", "units", "settings")):
        window.navigation.setCurrentRow(row)
        assert window.current_page() is window.pages[key]
    words = " ".join(label.text() for label in window.pages["summary"].findChildren(QLabel))
    assert "Báo cáo tổng hợp" in words


@pytest.mark.sqlite_only
def test_read_only_window_says_so_and_disables_editing(qtbot, demo_ctx, messages):
    from unionplanner.domain.storage.database import open_database
    from unionplanner.ui.shell.context import AppContext

    reader = open_database(str(demo_ctx.db.file), read_only=True)
    try:
        win = MainWindow(AppContext(reader))
        qtbot.addWidget(win)
        assert "(chỉ đọc)" in win.windowTitle()
        units = win.pages["units"]
        assert not units.add_button.isEnabled() and not units.import_button.isEnabled()
        assert units.model.rowCount() == 40
    finally:
        reader.dispose()


def test_closing_while_work_runs_asks_then_stops_it(qtbot, demo_ctx, monkeypatch):
    """Issue 27 item 8: the window's X was ignored without a word while a scan was read.
    Now the progress dialog says how to close, and a close while work runs asks first."""
    import threading

    from PySide6.QtWidgets import QMessageBox

    from unionplanner.core.errors import Cancelled
    from unionplanner.ui.shell.main_window import MainWindow

    window = MainWindow(demo_ctx)
    qtbot.addWidget(window)
    window.show()
    started = threading.Event()

    def slow(progress, cancel):
        started.set()
        while not cancel.cancelled:
            threading.Event().wait(0.02)
        raise Cancelled()

    task = demo_ctx.runner.run(slow, label="Đang đọc bản quét")
    assert started.wait(5)
    answers = [QMessageBox.StandardButton.No]
    asked: list[str] = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: asked.append(a[2]) or
                        answers[0])
    window.close()
    assert window.isVisible() and "Đang đọc bản quét" in asked[0]
    assert not task.done
    answers[0] = QMessageBox.StandardButton.Yes
    window.close()
    qtbot.waitUntil(lambda: task.done, timeout=5000)
    assert not window.isVisible()


def test_the_progress_dialog_says_how_to_close_the_program(qtbot, demo_ctx):
    label = demo_ctx.runner._label("Đang đọc bản quét", True)
    assert label.endswith("Muốn đóng chương trình, hãy bấm Hủy trước.")
    assert demo_ctx.runner._label("Đang lưu", False) == "Đang lưu"
