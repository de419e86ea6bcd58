"""The Theo dõi hoạt động page: one click ticks, keys and the menu set other states, undo and
redo, filters, late counts that change, collapsing a plan, qualitative targets."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QPoint, Qt

from unionplanner.domain.plans import service as plans
from unionplanner.domain.plans.drafting import new_from_template
from unionplanner.domain.tracking import service as t
from unionplanner.ui.tracking.grid import FIXED_COLUMNS
from unionplanner.ui.tracking.page import TrackingPage

TODAY = dt.date(2024, 6, 3)


@pytest.fixture
def page(qtbot, ctx, messages):
    with ctx.db.transaction() as session:
        for name in ("thang-cong-nhan", "ky-niem-28-7"):
            plan = new_from_template(session, name, 2024)
            plans.set_status(session, plan.id, "issued")
        new_from_template(session, "truyen-thong", 2024)  # a draft: not tracked
    widget = TrackingPage(ctx, today=TODAY)
    qtbot.addWidget(widget)
    return widget


def _cell(page, title_start: str, month: str):
    model = page.model
    column = FIXED_COLUMNS + model.months.index(month)
    for row in range(model.rowCount()):
        line = model.row_at(row)
        if line.activity is not None and line.text.startswith(title_start):
            return model.index(row, column)
    raise AssertionError(title_start)


def _late(page) -> int:
    return sum(len(r.late_months(TODAY)) for r in page.model.activity_rows())


def test_click_ticks_keys_set_states_and_undo_redo(page, ctx):
    assert page.plan.count() == 3  # "all" + the two issued plans
    launch = _cell(page, "Tổ chức Lễ phát động", "2024-04")
    assert launch.data(Qt.ItemDataRole.BackgroundRole).color().name() == "#f8c9c4"  # late
    late_before = _late(page)
    page._clicked(launch)
    launch = _cell(page, "Tổ chức Lễ phát động", "2024-04")
    assert launch.data() == "✓"
    assert launch.data(Qt.ItemDataRole.BackgroundRole).color().name() == "#c6efce"
    assert _late(page) == late_before - 1
    page.set_state(_cell(page, "Tổ chức Tháng cao điểm", "2024-05"), t.PARTIAL)
    assert _cell(page, "Tổ chức Tháng cao điểm", "2024-05").data() == "◐"
    page.stack.undo()
    assert _cell(page, "Tổ chức Tháng cao điểm", "2024-05").data() in ("", None)
    page.stack.undo()
    assert _cell(page, "Tổ chức Lễ phát động", "2024-04").data() in ("", None)
    assert _late(page) == late_before
    page.stack.redo()
    assert _cell(page, "Tổ chức Lễ phát động", "2024-04").data() == "✓"
    with ctx.db.session() as session:
        activity = page.model.row_at(launch.row()).activity.id
        assert t.check_state(session, activity, "2024-04")["status"] == t.DONE
    page._clicked(_cell(page, "Tổ chức Lễ phát động", "2024-04"))  # a second click: not done
    assert _cell(page, "Tổ chức Lễ phát động", "2024-04").data() == "○"


def test_filters_and_collapsing(page):
    everything = page.model.rowCount()
    page.state_filter.setCurrentIndex(page.state_filter.findData("late"))
    late_rows = page.model.activity_rows()
    assert late_rows and all(r.late_months(TODAY) for r in late_rows)
    page.state_filter.setCurrentIndex(0)
    page.search.setText("bua com")  # accents and case do not matter
    assert [r.title[:21] for r in page.model.activity_rows()] == ["Tổ chức “Bữa cơm công"]
    page.search.setText("")
    department = page.department.findText("Ban Tổ chức - Kiểm tra")
    page.department.setCurrentIndex(department)
    assert {r.lead for r in page.model.activity_rows()} == {"Ban Tổ chức - Kiểm tra"}
    page.department.setCurrentIndex(0)
    assert page.model.rowCount() == everything
    plan_row = next(r for r in range(everything) if page.model.row_at(r).kind == "plan")
    page._clicked(page.model.index(plan_row, 0))
    assert page.model.rowCount() < everything
    assert page.model.index(plan_row, 0).data().startswith("▸")
    page._clicked(page.model.index(plan_row, 0))
    assert page.model.rowCount() == everything


def test_summary_and_qualitative_targets(page, ctx):
    from unionplanner.domain.plans.document import Target

    assert "trễ hạn" in page.summary.text()
    with ctx.db.transaction() as session:
        plan = plans.list_plans(session)[-1]
        doc = plans.load_document(plan)
        doc.targets.append(Target(text="Không có CĐCS yếu kém"))  # qualitative
        plans.save_plan(session, plan.id, doc)
    page.reload()
    page.tabs.setCurrentIndex(1)
    model = page.targets_model
    assert model.rowCount() == 1 and model.index(0, 1).data() == "Không có CĐCS yếu kém"
    assert model.setData(model.index(0, 2), True)
    assert model.index(0, 2).data() == "Đạt"


def test_overview_this_month_opens_the_missing_list(qtbot, demo_ctx, messages, samples):
    from PySide6.QtCore import QDate

    from tests.helpers import learn_and_store
    from unionplanner.ui.shell.main_window import MainWindow

    with demo_ctx.db.transaction() as session:
        form_id = learn_and_store(session, "TCN 2024", samples / "form.xlsx")
        plan = new_from_template(session, "thang-cong-nhan", 2024)
        doc = plans.load_document(plan)
        next(d for d in doc.deadlines if d.kind == "report").form_id = form_id
        plans.save_plan(session, plan.id, doc)
        plans.set_status(session, plan.id, "issued")
    window = MainWindow(demo_ctx)
    qtbot.addWidget(window)
    overview = window.pages["overview"]
    overview.refresh(TODAY)
    assert "6/2024" in overview.month_title.text()
    assert overview.due_model.rowCount() > 0
    deadlines = overview.deadline_model
    assert deadlines.rowCount() == 1 and deadlines.index(0, 2).data() == "0/40"
    overview.missing_button.click()
    reports = window.pages["received"]
    assert window.current_page() is reports and reports.tabs.currentIndex() == 1
    assert reports.period.date() == QDate(2024, 5, 1) and reports.form.currentData() == form_id
    assert reports.missing.rowCount() == 40


def test_plan_list_shows_progress_of_tracked_plans(page, ctx):
    from unionplanner.ui.plans.page import PlansPage

    page._clicked(_cell(page, "Tổ chức Lễ phát động", "2024-04"))
    plans_page = PlansPage(ctx)
    progress = {plans_page.model.index(r, 2).data(): plans_page.model.index(r, 5).data()
                for r in range(plans_page.model.rowCount())}
    tcn = next(k for k in progress if "Tháng Công nhân" in k)
    assert progress[tcn].startswith("1/")
    assert progress["Công tác tuyên truyền năm 2024"] == ""  # a draft is not tracked


def test_keys_and_the_details_dialog(page, ctx, qtbot, monkeypatch, tmp_path, messages):
    from unionplanner.ui.tracking import check_dialog

    cell = _cell(page, "Tổ chức Tháng cao điểm", "2024-05")
    page.grid.setCurrentIndex(cell)
    qtbot.keyClick(page.grid, Qt.Key.Key_4)  # partial
    assert _cell(page, "Tổ chức Tháng cao điểm", "2024-05").data() == "◐"
    page.grid.setCurrentIndex(_cell(page, "Tổ chức Tháng cao điểm", "2024-05"))
    qtbot.keyClick(page.grid, Qt.Key.Key_Space)  # done
    assert _cell(page, "Tổ chức Tháng cao điểm", "2024-05").data() == "✓"
    photo = tmp_path / "le ket nap.jpg"
    photo.write_bytes(b"photo")

    def fill(dialog):
        dialog.status.setCurrentIndex(dialog.status.findData(t.CANCELLED))
        dialog.reason.setText("Trùng lịch đại hội")
        dialog.done_by.setText("Ban Tổ chức")
        dialog._attach(str(photo))
        assert dialog.evidence.count() == 1
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(check_dialog.CheckDialog, "exec", fill)
    page.grid.setCurrentIndex(_cell(page, "Tổ chức Tháng cao điểm", "2024-05"))
    qtbot.keyClick(page.grid, Qt.Key.Key_Return)
    cell = _cell(page, "Tổ chức Tháng cao điểm", "2024-05")
    assert cell.data() == "✗" and "Trùng lịch đại hội" in cell.data(Qt.ItemDataRole.ToolTipRole)
    activity = page.model.row_at(cell.row()).activity.id
    with ctx.db.session() as session:
        check = t.get_check(session, activity, "2024-05")
        assert (check.reason, check.done_by, len(check.evidence)) == (
            "Trùng lịch đại hội", "Ban Tổ chức", 1)
        assert (ctx.db.files_dir / check.evidence[0].location).read_bytes() == b"photo"
    page.grid.setCurrentIndex(cell)
    qtbot.keyClick(page.grid, Qt.Key.Key_Delete)  # asks first: the evidence goes too
    assert "1 minh chứng" in messages[-1][1]
    assert _cell(page, "Tổ chức Tháng cao điểm", "2024-05").data() in ("", None)
    page.stack.undo()  # the state comes back (the evidence was removed with the check)
    assert _cell(page, "Tổ chức Tháng cao điểm", "2024-05").data() == "✗"


def test_a_month_someone_else_ticked_meanwhile_is_not_overwritten_unasked(page, ctx, messages):
    from unionplanner.domain.storage.database import open_database

    cell = _cell(page, "Tổ chức Lễ phát động", "2024-04")
    activity = page.model.row_at(cell.row()).activity.id
    colleague = open_database(ctx.db.url)  # another PC on the shared database
    try:
        with colleague.transaction() as session:
            t.set_check(session, activity, "2024-04", t.PARTIAL, note="Chị Lan đã tổ chức")
    finally:
        colleague.dispose()
    # this page still shows the month unticked; the user ticks it done and is told of the
    # colleague's change first (the test answers Yes: overwrite)
    page._clicked(cell)
    assert any("vừa được người khác cập nhật" in text for _kind, text in messages)
    with ctx.db.session() as session:
        state = t.check_state(session, activity, "2024-04")
        assert (state["status"], state["note"]) == (t.DONE, "Chị Lan đã tổ chức")
    page.stack.undo()  # undo brings back the colleague's state, not an empty month
    with ctx.db.session() as session:
        assert t.check_state(session, activity, "2024-04")["status"] == t.PARTIAL


def test_the_month_range_follows_the_chosen_plans(qtbot, ctx, messages):
    """Issue 17 item 3: with today in 2026 and plans for 2024, the page said "no plan issued"
    because the months shown were 2026's. The range follows the plans; choosing one moves it;
    the "no plan" sentence is said only when no plan is issued."""
    with ctx.db.transaction() as session:
        first = new_from_template(session, "thang-cong-nhan", 2024)
        plans.set_status(session, first.id, "issued")
        second = new_from_template(session, "ky-niem-28-7", 2025)
        plans.set_status(session, second.id, "issued")
    page = TrackingPage(ctx, today=dt.date(2026, 11, 28))
    qtbot.addWidget(page)
    months = page.model.months
    assert months[0].startswith("2024") and months[-1].startswith("2025")
    assert {r.plan_id for r in page.model.activity_rows()} == {first.id, second.id}
    assert "Chưa có kế hoạch" not in page.summary.text()
    page.plan.setCurrentIndex(page.plan.findData(second.id))
    assert page.model.months[0].startswith("2025") and page.model.months[-1].startswith("2025")
    assert {r.plan_id for r in page.model.activity_rows()} == {second.id}
    page.search.setText("không có hoạt động nào tên thế này")
    assert "Chưa có kế hoạch" not in page.summary.text() and "bộ lọc" in page.summary.text()


def test_no_issued_plan_is_said_when_true(qtbot, ctx, messages):
    page = TrackingPage(ctx, today=dt.date(2026, 11, 28))
    qtbot.addWidget(page)
    assert "Chưa có kế hoạch" in page.summary.text()


def test_a_click_near_the_edge_selects_without_ticking(page, qtbot):
    """Issue 17: clicking a month to select it also ticked it. Only a click in the middle of
    the cell (its mark) ticks; near the edge it just selects; Space ticks the selection."""
    from PySide6.QtTest import QTest

    page.show()
    index = _cell(page, "Tổ chức Lễ phát động", "2024-04")
    page.grid.scrollTo(index)
    rect = page.grid.visualRect(index)
    viewport = page.grid.viewport()
    QTest.mouseClick(viewport, Qt.MouseButton.LeftButton, pos=rect.topLeft() + QPoint(2, 2))
    index = _cell(page, "Tổ chức Lễ phát động", "2024-04")
    assert index.data() in ("", None)
    assert page.grid.currentIndex() == index  # selected
    QTest.keyClick(page.grid, Qt.Key.Key_Space)
    assert _cell(page, "Tổ chức Lễ phát động", "2024-04").data() == "✓"
    QTest.mouseClick(viewport, Qt.MouseButton.LeftButton, pos=rect.center())
    assert _cell(page, "Tổ chức Lễ phát động", "2024-04").data() == "○"  # the mark: ticks


def test_ticking_under_the_late_filter_keeps_the_row_the_cell_and_the_totals(page):
    """Issue 27 item 4: under "Trễ hạn", ticking a row's last late month made the row vanish
    and the selection jump to another activity; the totals counted only the rows shown;
    "Đang thực hiện" and "Hoãn" counted as late."""
    everything = page.summary.text()
    page.state_filter.setCurrentIndex(page.state_filter.findData("late"))
    assert page.summary.text() == everything  # the totals are the plans', not the filter's
    rows = page.model.activity_rows()
    row = next(r for r in rows if len(r.late_months(TODAY)) == 1)
    month = row.late_months(TODAY)[0]
    cell = _cell(page, row.title[:20], month)
    page.grid.setCurrentIndex(cell)
    page._clicked(cell)
    kept = _cell(page, row.title[:20], month)  # still there, ticked
    assert kept.data() == "✓"
    assert page.grid.currentIndex() == kept  # the selection stays on the ticked cell
    assert page.summary.text() != everything  # one more done, one fewer late
    other = next(r for r in page.model.activity_rows() if r.id != row.id and
                 r.late_months(TODAY))
    late_month = other.late_months(TODAY)[0]
    page.set_state(_cell(page, other.title[:20], late_month), t.IN_PROGRESS)
    with page.ctx.db.session() as session:
        assert t.check_state(session, other.id, late_month)["status"] == t.IN_PROGRESS
    refreshed = next(r for r in page.model.activity_rows() if r.id == other.id)
    assert late_month not in refreshed.late_months(TODAY)  # under way is not late
    page.state_filter.setCurrentIndex(0)
    page.state_filter.setCurrentIndex(page.state_filter.findData("late"))
    assert row.id not in [r.id for r in page.model.activity_rows()]  # gone once refiltered


def test_the_activity_stays_in_view_while_the_months_scroll(page, qtbot):
    """Issue 27 item 4: the activity column scrolled away with the months."""
    page.resize(800, 500)
    page.show()
    qtbot.waitExposed(page)
    page.first.setDate(page.first.date().addMonths(-24))  # many months: the grid scrolls
    grid = page.grid
    bar = grid.horizontalScrollBar()
    assert bar.maximum() > 0
    bar.setValue(bar.maximum())
    front = grid.front
    assert front.isVisible() and not front.isColumnHidden(0) and front.isColumnHidden(2)
    assert front.geometry().width() == grid.columnWidth(0) + grid.columnWidth(1)
    assert front.columnViewportPosition(0) == 0  # not scrolled with the months
    plan_row = next(r for r in range(page.model.rowCount()) if page.model.row_at(r).kind == "plan")
    rows = page.model.rowCount()
    front.clicked.emit(page.model.index(plan_row, 0))  # a click on the frozen part
    assert page.model.rowCount() < rows  # the plan folded, as a click on the table does
