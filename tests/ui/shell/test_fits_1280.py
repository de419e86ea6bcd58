"""Issue 17 item 7: the window widened itself past an office laptop's screen (1244 → 1295 px
when the undo button became "Hoàn tác Địa danh", 1328 px on the summary page). With real data
— long plan titles, a long form name, a plan open in the editor after a change — every page
fits 1280 px."""

from __future__ import annotations

from tests.helpers import store_mau1
from unionplanner.domain.plans import service as plans
from unionplanner.domain.plans.drafting import new_from_template
from unionplanner.domain.report_forms.service import get_form

WIDTH = 1280


def test_every_page_fits_1280_pixels_with_real_data(qtbot, window):
    ctx = window.ctx
    form_id = store_mau1(ctx.db, units=False)
    with ctx.db.transaction() as session:
        form = get_form(session, form_id)
        form.name = ("Mẫu 1-HĐCĐ — Báo cáo thống kê tình hình công nhân viên chức lao động và "
                     "hoạt động công đoàn 6 tháng đầu năm (QĐ 1454/QĐ-TLĐ)")
        for year in (2024, 2025):
            plan = new_from_template(session, "thang-cong-nhan", year)
            plans.set_status(session, plan.id, "issued")
        plan_id = plan.id
    ctx.changed.emit({"plans", "reports", "units", "office"})
    window.resize(WIDTH, 720)
    for key in window.pages:
        window.show_page(key)
        qtbot.wait(20)
        widths = {k: p.minimumSizeHint().width() for k, p in window.pages.items()}
        assert window.minimumSizeHint().width() <= WIDTH, str((key, widths))
        assert window.width() <= WIDTH, key
    window.show_page("plans")
    page = window.pages["plans"]
    page.open_plan(plan_id)
    editor = page.editor
    editor.place.setText("Thị trấn Tuy Phước, huyện Tuy Phước, tỉnh Bình Định")
    editor.place.textEdited.emit(editor.place.text())
    assert editor.session.stack.canUndo()
    qtbot.wait(20)
    assert editor.undo_button.text() == "Hoàn tác"
    assert "Hoàn tác:" in editor.undo_button.toolTip()
    assert window.minimumSizeHint().width() <= WIDTH and window.width() <= WIDTH


def test_the_smallest_window_is_at_most_1024_by_600_on_every_page(qtbot, window):
    """Issue 27 item 3: the smallest main window was 1078 × 600, and after "Điều chỉnh" a
    maximised window grew to 1649 px (the amending note on one line)."""
    ctx = window.ctx
    store_mau1(ctx.db, units=False)
    with ctx.db.transaction() as session:
        plan = new_from_template(session, "thang-cong-nhan", 2025)
        plans.set_status(session, plan.id, "issued")
        plan_id = plan.id
    ctx.changed.emit({"plans", "reports", "units", "office"})
    for key in window.pages:
        window.show_page(key)
        qtbot.wait(20)
        size = window.minimumSizeHint()
        assert size.width() <= 1024 and size.height() <= 600, (key, size.toTuple())
    window.show_page("plans")
    page = window.pages["plans"]
    page.open_plan(plan_id)
    page.editor._amend()
    qtbot.wait(20)
    assert "Đang điều chỉnh" in page.editor.saved.text() or page.editor.saved.text()
    size = window.minimumSizeHint()
    assert size.width() <= 1024 and size.height() <= 600, size.toTuple()
