"""The Đơn vị page: filter, search, add/edit through the dialog, dissolve, import."""

from datetime import date, timedelta

from PySide6.QtCore import Qt

from tests.ui.conftest import wait_task
from unionplanner.domain.units import service
from unionplanner.ui.units.dialogs import EndUnitDialog, UnitDialog
from unionplanner.ui.units.page import COL_CODE, COL_MEMBERS, COL_NAME, COL_STATUS


def visible_codes(page):
    return [page.proxy.index(r, COL_CODE).data() for r in range(page.proxy.rowCount())]


def test_sector_filter_and_search(qtbot, window):
    page = window.pages["units"]
    assert page.proxy.rowCount() == 40
    page.sector.setCurrentIndex(page.sector.findData("fdi"))
    assert page.proxy.rowCount() == 2
    page.sector.setCurrentIndex(0)
    page.search.setText("may mac")  # no diacritics, any case
    qtbot.waitUntil(lambda: page.proxy.rowCount() == 1)
    assert "May mặc" in page.proxy.index(0, COL_NAME).data()
    assert page.summary.text().startswith("Đang hiện 1 đơn vị")


def test_members_sort_as_numbers(window):
    page = window.pages["units"]
    page.table.sortByColumn(COL_MEMBERS, Qt.SortOrder.DescendingOrder)
    values = [page.proxy.index(r, COL_MEMBERS).data() for r in range(3)]
    numbers = [int(v.replace(".", "")) for v in values]
    assert numbers == sorted(numbers, reverse=True) and numbers[0] >= 1000


def test_add_unit_dialog_saves_or_keeps_the_input_on_error(qtbot, window, messages):
    page = window.pages["units"]
    ctx = page.ctx

    def save(fields):
        return ctx.write_now(lambda s: service.add_unit(s, fields), topics={"units"})

    dialog = UnitDialog(save, parent=page)
    qtbot.addWidget(dialog)
    dialog.code.setText("HA001")  # taken by the demo data
    dialog.name.setText("CĐCS Trường Mầm non Hòa Mới")
    dialog.members.setText("12")
    dialog.accept()
    assert messages[-1][0] == "warning" and "đã dùng" in messages[-1][1]
    assert dialog.result() != dialog.DialogCode.Accepted
    assert dialog.name.text() == "CĐCS Trường Mầm non Hòa Mới"  # nothing the user typed lost
    dialog.code.setText("HA100")
    dialog.accept()
    assert dialog.result() == dialog.DialogCode.Accepted
    assert "HA100" in visible_codes(page)


def test_dissolve_hides_the_unit_until_asked_to_show_ended_ones(qtbot, window, messages):
    page = window.pages["units"]
    page.table.selectRow(0)
    unit = page.selected()
    others = [r for r in page.model.records() if r["id"] != unit["id"]]
    ctx = page.ctx
    dialog = EndUnitDialog(lambda on, reason, target, note: ctx.write_now(
        lambda s: service.end_unit(s, unit["id"], on, reason, target, note), topics={"units"}),
        unit, others, parent=page)
    qtbot.addWidget(dialog)
    dialog.merged.setChecked(True)
    dialog.target.setCurrentIndex(1)
    dialog.accept()
    assert unit["code"] not in visible_codes(page)
    assert window.pages["overview"].units.value.text() == "39"
    page.show_ended.setChecked(True)
    row = visible_codes(page).index(unit["code"])
    status = page.proxy.index(row, COL_STATUS).data()
    yesterday = (date.today() - timedelta(days=1)).strftime("%d/%m/%Y")
    assert status == f"Đã sáp nhập (hoạt động đến {yesterday})"
    page.table.selectRow(row)
    assert page.end_button.text() == "Hoạt động trở lại"
    page.end_button.click()
    page.show_ended.setChecked(False)
    assert unit["code"] in visible_codes(page)


def test_import_from_excel_runs_in_the_background_and_refreshes(qtbot, window, messages,
                                                                units_xlsx):
    page = window.pages["units"]
    task = wait_task(qtbot, page.import_file(units_xlsx))
    assert task.error is None and task.result.added == 88
    assert page.proxy.rowCount() == 128
    assert window.pages["overview"].units.value.text() == "128"
    assert any("thêm 88" in text for kind, text in messages)


def test_import_error_is_shown_once_and_nothing_changes(qtbot, window, messages, tmp_path):
    from tests.helpers import unit_list

    bad = unit_list(tmp_path / "bad.xlsx", [["Z1", "Một", "HCSN", "abc", 1]])
    task = wait_task(qtbot, window.pages["units"].import_file(bad))
    assert task.error is not None
    assert [k for k, _ in messages] == ["box"] and "chưa nhập gì" in messages[0][1]
    assert window.pages["units"].proxy.rowCount() == 40


def test_models_pass_the_model_tester(qtmodeltester, window):
    qtmodeltester.check(window.pages["units"].model)
    qtmodeltester.check(window.pages["overview"].model)
    settings = window.pages["settings"]
    qtmodeltester.check(settings.departments)
    settings.departments.add_row()
    qtmodeltester.check(settings.departments)
