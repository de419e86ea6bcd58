"""The Cài đặt page: office details, departments, backups and restore."""

import pytest

from tests.ui.conftest import wait_task
from unionplanner.domain.office.service import get_office, list_departments
from unionplanner.domain.storage.backup import list_backups


def test_office_details_and_departments_are_saved(qtbot, window, messages):
    page = window.pages["settings"]
    assert page.name.text() == "CÔNG ĐOÀN XÃ HÒA AN"
    assert page.signers.rows()[0]["authority"] == "TM. BAN THƯỜNG VỤ"
    page.name.setText("Công đoàn phường Bình Minh")
    page.symbol.setText("CĐP")
    row = page.departments.add_row()
    page.departments.setData(page.departments.index(row, 0), "Ban Nữ công")
    page.save_office()
    assert messages[-1] == ("information", "Đã lưu thông tin cơ quan.")
    office, departments = window.ctx.read(lambda s: (get_office(s), list_departments(s)))
    assert (office.name, office.symbol) == ("Công đoàn phường Bình Minh", "CĐP")
    assert [d.name for d in departments][-1] == "Ban Nữ công"
    assert window.windowTitle().startswith("Công đoàn phường Bình Minh")


def test_empty_office_name_is_refused(window, messages):
    page = window.pages["settings"]
    page.name.setText("  ")
    page.save_office()
    assert messages[-1][0] == "warning" and "tên cơ quan" in messages[-1][1]
    assert window.ctx.read(get_office).name == "CÔNG ĐOÀN XÃ HÒA AN"


@pytest.mark.sqlite_only
def test_backup_now_then_restore_the_selected_backup(qtbot, window, messages):
    page = window.pages["settings"]
    wait_task(qtbot, page.backup_now())
    assert page.backups.rowCount() == 1
    units = window.pages["units"]
    units.table.selectRow(0)
    code = units.selected()["code"]
    from datetime import date

    from unionplanner.domain.units.service import end_unit

    window.ctx.write_now(lambda s: end_unit(s, units.selected()["id"], date(2024, 1, 1),
                                            "dissolved"), topics={"units"})
    assert code not in [r["code"] for r in units.model.records()]
    page.backups_view.selectRow(0)
    page.restore_selected()
    qtbot.waitUntil(lambda: code in [r["code"] for r in units.model.records()], timeout=10000)
    kinds = sorted(b.kind for b in list_backups(window.ctx.db.file))
    assert kinds == ["manual", "pre-restore"]
    assert page.backups.rowCount() == 2


def _wheel(qtbot, widget, steps=-3):
    from PySide6.QtCore import QPoint, QPointF, Qt
    from PySide6.QtGui import QWheelEvent
    from PySide6.QtWidgets import QApplication

    centre = QPointF(widget.rect().center())
    for _ in range(abs(steps)):
        event = QWheelEvent(centre, QPointF(widget.mapToGlobal(centre.toPoint())), QPoint(),
                            QPoint(0, 120 if steps > 0 else -120), Qt.MouseButton.NoButton,
                            Qt.KeyboardModifier.NoModifier, Qt.ScrollPhase.NoScrollPhase, False)
        QApplication.sendEvent(widget, event)
    qtbot.wait(50)


def test_the_wheel_passing_over_a_field_scrolls_the_page_and_changes_nothing(qtbot, window):
    """Issue 17 item 1: scrolling the Settings page turned "keep backups 30 days" into 19
    and saved it. A field without the focus lets the wheel through to the page."""
    from PySide6.QtWidgets import QComboBox

    from unionplanner.domain.storage.settings import get_setting

    window.show_page("settings")
    page = window.pages["settings"]
    before = page.keep_days.value()
    stored = window.ctx.read(lambda s: get_setting(s, "backup_keep_days"))
    window.activateWindow()
    page.name.setFocus()
    _wheel(qtbot, page.keep_days)
    _wheel(qtbot, page.keep_days.lineEdit())
    assert page.keep_days.value() == before
    assert window.ctx.read(lambda s: get_setting(s, "backup_keep_days")) == stored
    combos = [c for c in window.findChildren(QComboBox) if c.count() > 1]
    for combo in combos[:3]:
        index = combo.currentIndex()
        _wheel(qtbot, combo, steps=2)
        assert combo.currentIndex() == index, combo.objectName()
    # a field the user has clicked into still takes the wheel, as in every program
    page.keep_days.setFocus()
    qtbot.waitUntil(page.keep_days.hasFocus)
    _wheel(qtbot, page.keep_days, steps=2)
    assert page.keep_days.value() == before + 2
