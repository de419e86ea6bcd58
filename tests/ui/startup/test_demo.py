"""Issue 17 item 5: "Dùng thử với dữ liệu mẫu" loaded only the office and 40 units (tracking,
reports and summary empty), and after importing the real unit list the demo units stayed and
were counted ("66/128"), with no way to remove them."""

from __future__ import annotations

from tests.ui.conftest import wait_task
from unionplanner.domain.demo import demo_rows
from unionplanner.ui.shell.main_window import MainWindow


def _window(qtbot, ctx):
    win = MainWindow(ctx)
    qtbot.addWidget(win)
    win.show()
    wait_task(qtbot, win.welcome.load_demo(), timeout=60_000)
    return win


def test_the_demo_fills_every_page_and_is_removed_from_settings(qtbot, ctx, messages):
    win = _window(qtbot, ctx)
    tracking = win.pages["tracking"]
    assert tracking.plan.count() == 3  # "all" + the two issued plans
    assert tracking.model.activity_rows() and "trễ hạn" in tracking.summary.text()
    imports = win.pages["received"]
    assert imports.form.count() == 1 and imports.form.currentText().endswith("(dữ liệu mẫu)")
    summary = win.pages["summary"]
    assert summary.form.count() == 1
    settings = win.pages["settings"]
    assert settings.demo_box.isVisibleTo(settings)
    settings.demo_box.remove_button.click()  # the question is answered Yes
    assert "Xóa toàn bộ dữ liệu mẫu" in messages[-1][1]
    qtbot.waitUntil(lambda: ctx.read(demo_rows) is None, timeout=30_000)
    ctx.runner.wait_all()
    qtbot.waitUntil(lambda: win.current_page() is win.welcome, timeout=10_000)
    assert win.pages["units"].model.rowCount() == 0
    assert not settings.demo_box.isVisibleTo(settings)


def test_importing_the_real_unit_list_offers_to_remove_the_demo_first(qtbot, ctx, messages,
                                                                    samples, monkeypatch):
    from unionplanner.ui.shell import file_dialogs

    win = _window(qtbot, ctx)
    units = win.pages["units"]
    assert units.model.rowCount() == 40
    monkeypatch.setattr(file_dialogs, "open_path",
                        lambda *args, **kwargs: samples / "units.xlsx")
    units.choose_import_file()  # Yes: remove the demo, then import
    assert "Xóa dữ liệu mẫu trước?" in messages[-1][1]
    qtbot.waitUntil(lambda: ctx.read(demo_rows) is None, timeout=30_000)
    qtbot.waitUntil(lambda: units.model.rowCount() == 88, timeout=30_000)
    ctx.runner.wait_all()
    codes = {units.model.index(r, 0).data() for r in range(units.model.rowCount())}
    assert not any(code.startswith("HA0") for code in codes)


def test_no_page_keeps_showing_the_demo_after_it_is_removed(qtbot, ctx, messages):
    """Issue 27 item 2: after "Xóa dữ liệu mẫu…" the deleted demo plan stayed open in the
    editor (and could be printed), the summary kept the demo office and "36/89", and Báo
    cáo CĐCS showed "Chưa nộp (53)" over an empty list."""
    win = _window(qtbot, ctx)
    plans = win.pages["plans"]
    plan_id = plans.model.record(0)["id"]
    plans.open_plan(plan_id)
    assert plans.editor is not None and plans.stack.currentWidget() is plans.editor
    summary = win.pages["summary"]
    summary.tabs.setCurrentWidget(summary.preview)
    assert summary.report is not None and "/" in summary.status.text()
    received = win.pages["received"]
    assert received.tabs.tabText(1).startswith("Chưa nộp (")
    win.pages["settings"].demo_box.remove_button.click()
    qtbot.waitUntil(lambda: ctx.read(demo_rows) is None, timeout=30_000)
    ctx.runner.wait_all()
    qtbot.waitUntil(lambda: win.current_page() is win.welcome, timeout=10_000)
    assert plans.editor is None and plans.stack.currentIndex() == 0
    assert plans.model.rowCount() == 0
    assert summary.report is None and summary.form.count() == 0
    assert summary.pdf_document is None or summary.pdf_document.pageCount() == 0
    assert received.tabs.tabText(1) == "Chưa nộp" and received.missing.rowCount() == 0
