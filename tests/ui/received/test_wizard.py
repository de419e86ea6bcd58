"""The import wizard and the Báo cáo CĐCS page, driven like a person would, offscreen."""

from __future__ import annotations

import os
import shutil

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QComboBox

from tests.helpers import write_xlsx
from tests.ui.received.conftest import FILES
from unionplanner.domain.received.models import FileStatus
from unionplanner.domain.received.register import list_values, missing_units
from unionplanner.domain.received.service import form_spec
from unionplanner.ui.received.page import ReceivedPage
from unionplanner.ui.received.wizard import ImportWizard


def _wait_ready(qtbot, page):
    qtbot.waitUntil(page.isComplete, timeout=20_000)


def test_wizard_imports_previews_and_undoes(qtbot, office, messages):
    ctx, form_id, folder = office
    wizard = ImportWizard(ctx, [folder], form_id, "2023-05")
    qtbot.addWidget(wizard)
    wizard.show()
    assert wizard.files_page.list.count() == len(FILES)
    wizard.next()
    assert wizard.currentPage() is wizard.form_page
    assert wizard.form_page.period.date() == QDate(2023, 5, 1)
    wizard.next()
    preview = wizard.preview_page
    _wait_ready(qtbot, preview)
    statuses = {p.analysis.name: p.status for p in wizard.plans}
    assert statuses["Book1.xlsx"] == "error"
    assert statuses[FILES[1]] == "replaced" and statuses[FILES[0]] == "imported"
    # the detected table is highlighted and the values are listed
    preview.files.setCurrentRow([p.analysis.name for p in wizard.plans].index(FILES[2]))
    assert preview.values.model().rowCount() == 20
    grid = preview.grid.model()
    background = Qt.ItemDataRole.BackgroundRole
    assert grid.index(7, 1).data(background).color().name() == "#cfe2f3"  # header row
    assert grid.index(8, 3).data(background).color().name() == "#d9ead3"  # a value
    # the user drops one row's mapping: that value is no longer read
    combo = preview.mapping.indexWidget(preview.mapping.model().index(0, 1))
    assert isinstance(combo, QComboBox) and combo.currentData() is not None
    combo.setCurrentIndex(0)
    combo.activated.emit(0)
    qtbot.waitUntil(lambda: preview.values.model().rowCount() == 19)
    assert preview.values.model().rowCount() == 19
    # a value typed in the preview replaces what the file says
    values = preview.values.model()
    assert values.setData(values.index(0, 1), "1.234")
    qtbot.waitUntil(lambda: values.index(0, 1).data() == "1.234")
    wizard.next()
    summary = wizard.changes_page
    assert summary.replacements.count() == 1
    wizard.next()
    result = wizard.result_page
    _wait_ready(qtbot, result)
    assert wizard.outcome.batch_id is not None
    with ctx.db.session() as session:
        values = list_values(session, "2023-05", form_id)
        units = {v["unit"] for v in values}
        assert {"SA079", "SA045", "SA017"} <= units
        assert "SA001" in {u.code for u in missing_units(session, "2023-05", form_id)}
        son = [v for v in values if v["unit"] == "SA045"]
        assert len(son) == 19
    # the remembered wording is not needed here; undo takes it all back
    result.undo_button.click()  # the question is answered Yes
    assert messages[-1][0] == "question"
    with ctx.db.session() as session:
        assert list_values(session, "2023-05", form_id) == []


def test_reports_page_lists_received_and_missing(qtbot, office, messages):
    ctx, form_id, folder = office
    page = ReceivedPage(ctx)
    qtbot.addWidget(page)
    page.period.setDate(QDate(2023, 5, 1))
    assert page.missing.rowCount() == 88
    from unionplanner.domain.received.session import import_paths

    import_paths(ctx.db, [folder], form_id, "2023-05")
    ctx.notify("reports")
    assert page.received.rowCount() == 1 + 1 + 1 + 6  # the revision replaced the first
    assert page.missing.rowCount() == 88 - 8
    assert "80" in page.tabs.tabText(1)
    assert "<td>SA001</td>" in page.missing_html()
    assert page.batches.rowCount() == 1


def test_a_report_from_an_unknown_unit_gets_a_new_unit(qtbot, office, messages, monkeypatch,
                                                        tmp_path):
    ctx, form_id, _folder = office
    with ctx.db.session() as session:
        targets = form_spec(session, form_id).targets[:5]
    expected = {t.name: True if t.kind == "yesno" else n for n, t in enumerate(targets, 1)}
    rows = [["LIÊN ĐOÀN LAO ĐỘNG HUYỆN TUY PHƯỚC"], ["CĐCS Trường Mầm non Hoa Sen"], [],
            ["BÁO CÁO KẾT QUẢ THÁNG CÔNG NHÂN"], [],
            ["STT", "Nội dung", "Đơn vị tính", "Kết quả"]]
    rows += [[n, name, "", "Có" if value is True else value]
             for n, (name, value) in enumerate(expected.items(), 1)]
    report = write_xlsx(tmp_path / "bao cao.xlsx", rows)
    from unionplanner.ui.units import dialogs as unit_dialogs

    seen = {}

    def fill_and_accept(dialog):
        seen["code"], seen["name"] = dialog.code.text(), dialog.name.text()
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(unit_dialogs.UnitDialog, "exec", fill_and_accept)
    wizard = ImportWizard(ctx, [report], form_id, "2023-05")
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.next()
    wizard.next()
    preview = wizard.preview_page
    _wait_ready(qtbot, preview)
    assert wizard.plans[0].status == "error"
    assert preview.new_unit_button.isEnabled()
    preview.new_unit_button.click()
    # the code continues the office's pattern, the name is written the office's way
    assert seen == {"code": "SA089", "name": "Công đoàn cơ sở Trường Mầm non Hoa Sen"}
    assert wizard.plans[0].status == "imported"
    assert preview.unit.currentText().startswith("SA089")
    wizard.next()
    wizard.next()
    _wait_ready(qtbot, wizard.result_page)
    with ctx.db.session() as session:
        stored = {v["indicator"]: v["value"] for v in list_values(session, "2023-05", form_id)
                  if v["unit"] == "SA089"}
    assert stored == expected


FILES_MAU1_OK = "Mau1_HDCD_6T_Truong_Mam_non_Son_Ca.xlsx"


def test_mau1_returns_waiting_for_a_unit_are_listed_before_the_import(qtbot, ctx, messages,
                                                                      tmp_path):
    """Mẫu 1-HĐCĐ returns for 2025-H1: the files whose unit is not certain are listed on the
    summary step with the units they may be; nothing of them is imported, and a double
    click goes back to that file in the preview."""
    from tests.conftest import SHARED
    from tests.helpers import store_mau1

    form_id = store_mau1(ctx.db)
    mau1 = SHARED / "samples-mau1"
    # two files with different figures for one unit, neither marked "bổ sung"
    import openpyxl

    name = "BC 6 thang 2025 - Cong ty CP Cap nuoc Song Han.xlsx"
    folder = tmp_path / "in"
    folder.mkdir()
    shutil.copyfile(mau1 / "reports" / name, folder / name)
    shutil.copyfile(mau1 / "reports" / FILES_MAU1_OK, folder / FILES_MAU1_OK)
    book = openpyxl.load_workbook(mau1 / "reports" / name)
    row = next(r for r in book.active.iter_rows() if r[1].value == "Tổng số lao động")
    row[3].value = (row[3].value or 0) + 5
    book.save(folder / "Cong ty Cap nuoc Song Han.xlsx")
    wizard = ImportWizard(ctx, [folder], form_id, "2025-H1")
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.next()
    wizard.next()
    _wait_ready(qtbot, wizard.preview_page)
    waiting = [i for i, p in enumerate(wizard.plans) if p.status == FileStatus.WAITING]
    assert len(waiting) == 2 and len(wizard.plans) == 3
    wizard.next()
    summary = wizard.changes_page
    assert summary.waiting.isVisibleTo(summary) and summary.waiting.count() == len(waiting)
    first = summary.waiting.item(0)
    plan = wizard.plans[waiting[0]]
    assert first.text().startswith(plan.analysis.name)
    assert plan.candidates[0][0] in first.text()  # the unit it may be, by code
    summary.waiting.itemDoubleClicked.emit(first)
    assert wizard.currentPage() is wizard.preview_page
    assert wizard.preview_page.files.currentRow() == waiting[0]


def test_the_wizard_proposes_the_period_the_returns_state(qtbot, ctx, messages, samples):
    """Issue 17 item 9: the period was a day calendar starting at the current month (41 clicks
    back to 05/2023). The wizard now reads the period the returns state and chooses it."""
    from tests.helpers import store_mau1
    from tests.ui.conftest import wait_task

    form_id = store_mau1(ctx.db)
    wizard = ImportWizard(ctx, [samples.parent / "samples-mau1" / "reports"], form_id)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.next()
    page = wizard.form_page
    wait_task(qtbot, page.guess_task)
    assert page.period.code() == "2025-H1"
    assert "6 tháng đầu năm 2025" in page.stated.text() and page.stated.isVisibleTo(page)
    assert "41 của 42 tệp" in page.stated.text()


def test_the_wizard_says_when_returns_state_different_periods(qtbot, office, messages, tmp_path):
    from tests.ui.conftest import wait_task
    from unionplanner.domain.report_forms.generate import generate_forms

    ctx, form_id, _folder = office
    with ctx.db.session() as session:
        may = generate_forms(session, form_id, "2023-05", tmp_path / "5", ["SA001", "SA002"])
        june = generate_forms(session, form_id, "2023-06", tmp_path / "6", ["SA003"])
    wizard = ImportWizard(ctx, [*may, *june], form_id, "2023-05")
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.next()
    page = wizard.form_page
    wait_task(qtbot, page.guess_task)
    assert page.period.code() == "2023-05"  # nothing chosen for the user
    text = page.stated.text()
    assert "khác nhau" in text and "tháng 5/2023" in text and june[0].name in text


def test_the_page_keeps_the_period_across_a_restart(qtbot, office, messages):
    """Issue 17 item 9: the page's period reset to the current month after a restart."""
    ctx, form_id, _folder = office
    page = ReceivedPage(ctx)
    qtbot.addWidget(page)
    page.period.set_code("2023-05")
    assert page.period_text() == "2023-05"
    again = ReceivedPage(ctx)  # the next start of the program
    qtbot.addWidget(again)
    assert again.period_text() == "2023-05"


def test_the_register_shows_and_corrects_the_arrival_day(qtbot, office, messages):
    """Issue 17: arrival = import day made every report late; the register shows each file's
    arrival day and a double click corrects it."""
    import datetime as dt

    from unionplanner.domain.received.session import import_paths

    ctx, form_id, folder = office
    import_paths(ctx.db, [folder / FILES[2]], form_id, "2023-05")
    page = ReceivedPage(ctx)
    qtbot.addWidget(page)
    page.form.setCurrentIndex(page.form.findData(form_id))
    page.period.set_code("2023-05")
    model = page.received
    column = next(c for c in range(model.columnCount())
                  if model.headerData(c, Qt.Orientation.Horizontal) == "Ngày nhận")
    index = model.index(0, column)
    assert index.flags() & Qt.ItemFlag.ItemIsEditable
    assert model.setData(index, "05/06/2023")
    with ctx.db.session() as session:
        from unionplanner.domain.received.register import register

        assert [e.arrival for e in register(session)] == [dt.date(2023, 6, 5)]
    assert model.index(0, column).data() == "05/06/2023"
    model.setData(model.index(0, column), "hôm qua")
    assert "không phải một ngày" in messages[-1][1]


def test_the_wizard_takes_the_arrival_day_per_file_and_for_all(qtbot, office, messages):
    """Issue 17: the arrival day is editable in the wizard (one file, or every file of the
    batch), kept when a file is read again, and stored with the import."""
    import datetime as dt
    import os

    from unionplanner.domain.received.register import register

    ctx, form_id, folder = office
    for name in FILES[:3]:  # saved from the e-mail on 3 June 2023
        stamp = dt.datetime(2023, 6, 3, 9).timestamp()
        os.utime(folder / name, (stamp, stamp))
    wizard = ImportWizard(ctx, [folder / name for name in (FILES[0], FILES[2])], form_id,
                          "2023-05")
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.next()
    wizard.next()
    preview = wizard.preview_page
    _wait_ready(qtbot, preview)
    names = [p.analysis.name for p in wizard.plans]
    preview.files.setCurrentRow(names.index(FILES[2]))
    assert preview.arrived.date() == QDate(2023, 6, 3)  # the file's own date
    assert preview.arrived.maximumDate() == QDate.currentDate()
    preview.arrived.setDate(QDate(2023, 6, 1))
    preview.arrived_all.click()
    preview.files.setCurrentRow(names.index(FILES[0]))
    assert preview.arrived.date() == QDate(2023, 6, 1)
    preview.arrived.setDate(QDate(2023, 6, 2))
    preview.skip.setChecked(True)  # a re-read keeps the clerk's day
    preview.skip.setChecked(False)
    assert preview.arrived.date() == QDate(2023, 6, 2)
    wizard.next()
    wizard.next()
    _wait_ready(qtbot, wizard.result_page)
    with ctx.db.session() as session:
        arrivals = {e.file: e.arrival for e in register(session)}
    assert arrivals == {FILES[0]: dt.date(2023, 6, 2), FILES[2]: dt.date(2023, 6, 1)}


def test_a_return_of_another_period_is_imported_only_when_the_clerk_says_so(
        qtbot, office, messages, tmp_path):
    """Issue 25: a return stating another period is never stored under the chosen one on a
    guess. In the wizard it is refused with the reason, and a tick the clerk gives ("the
    figures are of the period being imported") imports it, with a warning that stays."""
    from unionplanner.domain.report_forms.generate import generate_forms

    ctx, form_id, _folder = office
    with ctx.db.session() as session:
        [june] = generate_forms(session, form_id, "2023-06", tmp_path / "6", ["SA003"])
        [may] = generate_forms(session, form_id, "2023-05", tmp_path / "5", ["SA001"])
    wizard = ImportWizard(ctx, [may, june], form_id, "2023-05")
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.next()
    wizard.next()
    preview = wizard.preview_page
    _wait_ready(qtbot, preview)
    names = [p.analysis.name for p in wizard.plans]
    preview.files.setCurrentRow(names.index(may.name))
    assert not preview.same_period.isVisibleTo(preview)  # only for a file of another period
    preview.files.setCurrentRow(names.index(june.name))
    plan = wizard.plans[names.index(june.name)]
    assert plan.status == FileStatus.ERROR and "tháng 6/2023" in plan.reason
    assert preview.same_period.isVisibleTo(preview) and not preview.same_period.isChecked()
    preview.same_period.setChecked(True)
    plan = wizard.plans[names.index(june.name)]
    assert plan.status == FileStatus.IMPORTED
    if folder := os.environ.get("UNIONPLANNER_SCREENSHOTS"):
        wizard.resize(1200, 720)
        wizard.grab().save(os.path.join(folder, "import-other-period.png"))
    assert any("tháng 6/2023" in p.text() and "xác nhận" in p.text()
               for p in plan.analysis.all_problems())
    preview.same_period.setChecked(False)  # changed the clerk's mind: refused again
    assert wizard.plans[names.index(june.name)].status == FileStatus.ERROR
    preview.same_period.setChecked(True)
    wizard.next()
    wizard.next()
    _wait_ready(qtbot, wizard.result_page)
    with ctx.db.session() as session:
        units = {r["unit"] for r in list_values(session, "2023-05", form_id)}
        assert not list_values(session, "2023-06", form_id)
    assert units == {"SA001", "SA003"}


def test_cancel_before_the_import_asks_when_the_clerk_changed_something(qtbot, office,
                                                                        messages, monkeypatch):
    """Issue 27 item 8: Hủy on the last step closed the wizard at once and lost the arrival
    days the clerk had typed. Now it asks; No keeps everything, Yes closes."""
    from PySide6.QtWidgets import QMessageBox

    ctx, form_id, folder = office
    wizard = ImportWizard(ctx, [folder / FILES[0], folder / FILES[2]], form_id, "2023-05")
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.next()
    wizard.next()
    preview = wizard.preview_page
    _wait_ready(qtbot, preview)
    asked: list[str] = []
    answer = [QMessageBox.StandardButton.No]
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *a, **k: asked.append(a[2]) or answer[0])
    preview.arrived.setDate(QDate(2023, 6, 1))
    wizard.next()  # the last step before the import
    wizard.reject()  # Hủy
    assert wizard.isVisible() and "1 tệp" in asked[-1] and "ngày nhận" in asked[-1]
    assert len(wizard.imports.changed_files()) == 1
    answer[0] = QMessageBox.StandardButton.Yes
    wizard.reject()
    assert not wizard.isVisible()


def test_cancel_with_nothing_changed_closes_without_asking(qtbot, office, messages,
                                                          monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    ctx, form_id, folder = office
    wizard = ImportWizard(ctx, [folder / FILES[0]], form_id, "2023-05")
    qtbot.addWidget(wizard)
    wizard.show()
    asked: list[str] = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: asked.append(a[2]))
    wizard.reject()
    assert not wizard.isVisible() and asked == []
