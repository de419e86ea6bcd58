"""The report-form editor: typing a form, editing one in place, a new version once imports
used it (old version readable, not editable), bad input keeping the dialog open."""

from __future__ import annotations

import shutil

import pytest
from PySide6.QtCore import Qt

from tests.helpers import learn_and_store
from unionplanner.domain.received.session import import_paths
from unionplanner.domain.report_forms.kinds import IndicatorKind
from unionplanner.domain.report_forms.service import get_form, list_forms
from unionplanner.domain.units.excel import import_units
from unionplanner.ui.received.page import ReceivedPage
from unionplanner.ui.report_forms.editor import FormEditor

EDIT = Qt.ItemDataRole.EditRole


@pytest.fixture
def office(ctx, samples):
    with ctx.db.transaction() as session:
        import_units(session, samples / "units.xlsx")
        form_id = learn_and_store(session, "Tháng Công nhân 2023", samples / "form.xlsx")
    return ctx, form_id


def _indicators(ctx, form_id):
    with ctx.db.session() as session:
        form = get_form(session, form_id)
        return form.name, [(i.code, i.name, i.unit_of_measure, i.kind)
                           for i in form.current.indicators], len(form.versions)


def test_typing_a_new_form(qtbot, ctx, messages):
    editor = FormEditor(ctx)
    qtbot.addWidget(editor)
    editor.name.setText("Báo cáo nhanh Tết")
    editor.add_indicator()
    editor.add_indicator()
    model = editor.model
    assert model.rowCount() == 2 and model.index(0, model.code_column).data() == "mới"
    model.setData(model.index(0, 0), "Số đoàn viên được tặng quà")
    model.setData(model.index(1, 0), "Tổng số tiền hỗ trợ")
    model.setData(model.index(1, 2), "đồng")
    model.setData(model.index(1, 3), IndicatorKind.MONEY)
    assert model.index(1, 3).data() == "Tiền (đồng)"
    editor.accept()
    assert messages == []
    name, indicators, versions = _indicators(ctx, editor.form_id)
    assert name == "Báo cáo nhanh Tết" and versions == 1
    assert indicators == [("CT01", "Số đoàn viên được tặng quà", "người", "count"),
                          ("CT02", "Tổng số tiền hỗ trợ", "đồng", IndicatorKind.MONEY)]


def test_bad_input_keeps_the_dialog_open_and_writes_nothing(qtbot, office, messages):
    ctx, form_id = office
    before = _indicators(ctx, form_id)
    editor = FormEditor(ctx, form_id)
    qtbot.addWidget(editor)
    editor.show()
    model = editor.model
    model.setData(model.index(1, 0), model.index(0, 0).data())  # the same text twice
    editor.accept()
    assert editor.isVisible() and editor.result() == 0
    assert messages and messages[-1][0] == "warning" and "trùng" in messages[-1][1]
    editor.name.setText("  ")
    editor.accept()
    assert "tên" in messages[-1][1]
    assert _indicators(ctx, form_id) == before


def test_editing_an_unused_form_changes_it_in_place(qtbot, office, messages):
    ctx, form_id = office
    editor = FormEditor(ctx, form_id)
    qtbot.addWidget(editor)
    assert editor.model.rowCount() == 20 and editor.version.count() == 1
    first = editor.model.index(0, 0).data()
    editor.view.setCurrentIndex(editor.model.index(0, 0))
    editor.move_indicator(1)
    assert editor.model.index(1, 0).data() == first
    editor.view.setCurrentIndex(editor.model.index(19, 0))
    editor.remove_indicator()
    editor.accept()
    _name, indicators, versions = _indicators(ctx, form_id)
    assert versions == 1 and len(indicators) == 19
    assert indicators[1][1] == first and indicators[1][0] == "CT01"  # the code travels


def test_a_form_used_by_imports_gets_a_new_version(qtbot, office, messages, samples, tmp_path):
    ctx, form_id = office
    report = tmp_path / "report.xlsx"
    shutil.copy(samples / "reports" / "BC TCN 2023 - Truong THCS Phuoc Hoa.xlsx", report)
    assert import_paths(ctx.db, [report], form_id, "2023-05").counts()["imported"] == 1
    editor = FormEditor(ctx, form_id)
    qtbot.addWidget(editor)
    assert "phiên bản 2" in editor.version_note.text()
    model = editor.model
    stock_row = next(r for r in range(model.rowCount())
                     if model.index(r, 3).data(EDIT) == IndicatorKind.STOCK)
    model.setData(model.index(stock_row, 3), IndicatorKind.YESNO)
    editor.accept()
    _name, indicators, versions = _indicators(ctx, form_id)
    assert versions == 2 and indicators[stock_row][3] == IndicatorKind.YESNO

    again = FormEditor(ctx, form_id)
    qtbot.addWidget(again)
    assert again.version.count() == 2
    again.version.setCurrentIndex(0)  # the version the import used: shown, read-only
    assert again.model.index(stock_row, 3).data(EDIT) == IndicatorKind.STOCK
    assert not again.add_button.isEnabled() and not again.name.isEnabled()
    assert again.view.editTriggers() == again.view.EditTrigger.NoEditTriggers
    assert not again.buttons.button(again.buttons.StandardButton.Save).isEnabled()
    again.version.setCurrentIndex(1)  # back to the current one: editable again
    assert again.view.editTriggers() != again.view.EditTrigger.NoEditTriggers
    # and the form can no longer be deleted
    again._delete()
    assert "không xóa được" in messages[-1][1]
    with ctx.db.session() as session:
        assert [f.id for f in list_forms(session)] == [form_id]


def test_reports_page_opens_the_editor_and_follows_a_new_form(qtbot, office, messages):
    ctx, form_id = office
    page = ReceivedPage(ctx)
    qtbot.addWidget(page)
    assert page.edit_form_action.isEnabled()
    page.new_form_action.trigger()
    editor = page._editor
    assert editor.form_id is None
    editor.name.setText("Mẫu 2")
    editor.add_indicator()
    editor.model.setData(editor.model.index(0, 0), "Số cuộc đối thoại")
    editor.accept()
    assert page.form.currentText() == "Mẫu 2" and page.form.count() == 2


def test_a_statistics_form_shows_as_a_tree_with_its_columns(qtbot, ctx, messages):
    """Mẫu 1-HĐCĐ in the editor: sections ⊃ groups ⊃ indicators ⊃ lines, a tick per value
    column (none where the form prints "x"); a group and an indicator added, a column
    unticked and the periods changed are saved as the form's headings, columns and kinds."""
    from tests.helpers import store_mau1

    form_id = store_mau1(ctx.db, units=False)
    editor = FormEditor(ctx, form_id)
    qtbot.addWidget(editor)
    model = editor.model
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert headers == ["Chỉ tiêu", "TT", "Đơn vị tính", "Loại", "Tổng số", "Nữ", "Mã"]
    assert editor.columns_edit.text() == "Tổng số; Nữ"
    assert [k for k, box in editor.period_boxes.items() if box.isChecked()] == ["half-year",
                                                                             "year"]
    sections = [model.index(r, 0) for r in range(model.rowCount())]
    assert [i.data() for i in sections] == ["TÌNH HÌNH LAO ĐỘNG",
                                            "TỔ CHỨC CÔNG ĐOÀN VÀ ĐOÀN VIÊN",
                                            "HOẠT ĐỘNG CỦA CÔNG ĐOÀN CƠ SỞ"]
    labour = model.index(0, 0, sections[0])  # group "1. …" under section I
    first = model.index(0, 0, labour)
    assert first.data() == "Tổng số lao động"
    checked = Qt.CheckState.Checked.value
    assert model.index(0, 5, labour).data(Qt.ItemDataRole.CheckStateRole) == checked

    def find(parent, text):
        for row in range(model.rowCount(parent)):
            index = model.index(row, 0, parent)
            if index.data().startswith(text):
                return index
            if (found := find(index, text)) is not None:
                return found
        return None

    wage = find(model.index(-1, -1), "Tiền lương bình quân")
    assert model.index(wage.row(), 5, wage.parent()).data(
        Qt.ItemDataRole.CheckStateRole) != checked  # "x" in the Nữ column
    assert model.index(0, 0, wage).data() == "Số người được tính"

    # a new group in section III with one indicator, Nữ unticked on it, quarters too
    editor.view.setCurrentIndex(sections[2])
    editor.add_heading(2)
    group = model.index(model.rowCount(sections[2]) - 1, 0, sections[2])
    model.setData(group, "Hoạt động xã hội")
    editor.view.setCurrentIndex(group)
    editor.add_indicator()
    new = model.index(0, 0, group)
    model.setData(new, "Số suất quà Tết trao tặng")
    model.setData(model.index(0, 2, group), "suất")
    model.setData(model.index(0, 5, group), Qt.CheckState.Unchecked.value,
                  Qt.ItemDataRole.CheckStateRole)
    editor.period_boxes["quarter"].setChecked(True)
    editor.accept()
    assert messages == []
    with ctx.db.session() as session:
        version = get_form(session, form_id).current
        last = version.indicators[-1]
        assert (last.name, last.unit_of_measure, last.columns, last.parent_code) == (
            "Số suất quà Tết trao tặng", "suất", [0], None)
        assert version.headings[-1] == {"before": last.code, "level": 2, "number": "",
                                        "text": "Hoạt động xã hội"}
        assert version.period_kinds == ["quarter", "half-year", "year"]
        assert len(version.indicators) == 25 and version.columns == ["Tổng số", "Nữ"]


def test_an_empty_section_is_refused_and_nothing_is_written(qtbot, office, messages):
    ctx, form_id = office
    before = _indicators(ctx, form_id)
    editor = FormEditor(ctx, form_id)
    qtbot.addWidget(editor)
    editor.show()
    editor.add_heading(1)
    editor.model.setData(editor.view.currentIndex(), "MỤC TRỐNG")
    editor.accept()
    assert editor.isVisible() and "MỤC TRỐNG" in messages[-1][1]
    assert _indicators(ctx, form_id) == before


def _learn_through_the_page(qtbot, ctx, monkeypatch, path):
    from unionplanner.ui.shell import file_dialogs

    page = ReceivedPage(ctx)
    qtbot.addWidget(page)
    page._editor = page._review = None
    monkeypatch.setattr(file_dialogs, "open_path", lambda *args, **kwargs: path)
    page.learn_action.trigger()
    _past_the_review(qtbot, page)
    return page, page._editor


def _past_the_review(qtbot, page):
    """The table read from the template is shown first; "Continue" opens the editor."""
    qtbot.waitUntil(lambda: page._editor is not None or page._review is not None,
                    timeout=20_000)
    if page._editor is None:
        page._review.accept()
    qtbot.waitUntil(lambda: page._editor is not None, timeout=5_000)


def test_cancel_on_a_learnt_form_stores_nothing(qtbot, ctx, samples, messages, monkeypatch):
    """Issue 17 item 2: "Hủy" on the check of a form read from a template still left a form
    "form" behind. It is stored only on OK."""
    page, editor = _learn_through_the_page(qtbot, ctx, monkeypatch, samples / "form.xlsx")
    assert editor.form_id is None and editor.name.text() == "form"
    assert editor.model.rowCount() > 5 and editor.title_edit.text()
    editor.reject()
    with ctx.db.session() as session:
        assert list_forms(session) == []
    page._editor = page._review = None
    page.learn_action.trigger()
    _past_the_review(qtbot, page)
    page._editor.accept()
    with ctx.db.session() as session:
        forms = list_forms(session)
        assert [f.name for f in forms] == ["form"] and forms[0].versions[0].source == "form.xlsx"
    assert page.form.currentText() == "form"


def test_learning_a_form_the_office_has_offers_the_one_it_has(qtbot, office, samples, messages,
                                                               monkeypatch):
    ctx, form_id = office
    page, editor = _learn_through_the_page(qtbot, ctx, monkeypatch, samples / "form.xlsx")
    assert messages[-1][0] == "question" and "Tháng Công nhân 2023" in messages[-1][1]
    assert editor.form_id == form_id  # the form it has, opened (the dialog answered Yes)
    with ctx.db.session() as session:
        assert [f.id for f in list_forms(session)] == [form_id]
