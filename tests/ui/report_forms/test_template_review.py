"""The draft of a form learnt from its template, laid out like the sheet: roles shown and
changed by the clerk, unsure cells marked, nothing stored before "Save"."""

from __future__ import annotations

import os

from PySide6.QtCore import Qt

from tests.domain.report_forms.corpus import FINANCE_B14, STAFF
from tests.forms import write_template
from unionplanner.domain.report_forms.anatomy import RowRole
from unionplanner.domain.report_forms.learn import learn_form
from unionplanner.domain.report_forms.service import list_forms
from unionplanner.ui.report_forms.template_review import UNSURE_BRUSH, VALUE_BRUSH, TemplateReview

EDIT = Qt.ItemDataRole.EditRole


def _row_of(dialog, label):
    model = dialog.model
    sheet_row = next(r.index for r in model.anatomy.rows if r.label == label)
    return model.sheet_rows.index(sheet_row)


def test_the_clerk_sets_a_row_aside_and_a_column_to_codes(qtbot, tmp_path, messages):
    draft = learn_form(write_template(FINANCE_B14, tmp_path / "b14.xlsx"))
    dialog = TemplateReview(draft)
    qtbot.addWidget(dialog)
    dialog.show()
    model = dialog.model
    row = _row_of(dialog, "Kinh phí dự phòng")
    assert model.index(row, 0).data() == "Chỉ tiêu"
    assert model.setData(model.index(row, 0), RowRole.IGNORE, EDIT)
    assert model.index(_row_of(dialog, "Kinh phí dự phòng"), 0).data() == "Bỏ qua"
    estimate = next(c for c in model.anatomy.value_columns if "Ước thực hiện" in c.name)
    assert model.index(row + 1, estimate.index + 1).data(Qt.ItemDataRole.BackgroundRole) \
        == VALUE_BRUSH
    dialog._column_menu(estimate.index + 1)  # the header clicked: a menu of roles
    [ignore] = [a for a in dialog._menu.actions() if a.text() == "Bỏ qua"]
    ignore.trigger()
    assert "Bỏ qua" in model.headerData(estimate.index + 1, Qt.Orientation.Horizontal)
    dialog.accept()
    names = [i.name for i in dialog.draft.indicators]
    assert "Kinh phí dự phòng" not in names and "Thu kinh phí Công đoàn" in names
    assert all("Ước thực hiện" not in "".join(c["path"])
               for c in dialog.draft.shape.layout["columns"])


def test_unsure_cells_are_marked_with_the_reason(qtbot, tmp_path, messages):
    draft = learn_form(write_template(FINANCE_B14, tmp_path / "b14.xlsx"))
    first = next(r for r in draft.anatomy.rows if r.role == RowRole.INDICATOR)
    first.number = ""  # an indicator without the order number the others have
    dialog = TemplateReview(draft)
    qtbot.addWidget(dialog)
    index = dialog.model.index(dialog.model.sheet_rows.index(first.index),
                               draft.anatomy.label_col + 1)
    assert index.data(Qt.ItemDataRole.BackgroundRole) == UNSURE_BRUSH
    assert "số thứ tự" in index.data(Qt.ItemDataRole.ToolTipRole)


def test_a_many_column_draft_shows_every_column_role(qtbot, tmp_path, messages, ctx,
                                                     monkeypatch):
    """The staff table (21 value columns under a three-row header) learnt through the
    reports page: the review shows each column's role in its header, then the editor; a
    screenshot is kept when UNIONPLANNER_SCREENSHOTS names a folder."""
    from unionplanner.ui.received.page import ReceivedPage
    from unionplanner.ui.shell import file_dialogs

    path = write_template(STAFF, tmp_path / "Biểu cán bộ.xlsx")
    page = ReceivedPage(ctx)
    qtbot.addWidget(page)
    page._editor = page._review = None
    monkeypatch.setattr(file_dialogs, "open_path", lambda *args, **kwargs: path)
    page.learn_action.trigger()
    qtbot.waitUntil(lambda: page._review is not None, timeout=20_000)
    review = page._review
    review.resize(1366, 700)
    qtbot.waitExposed(review)
    model = review.model
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in
               range(1, model.columnCount())]
    assert sum("Số liệu" in h for h in headers) == 21
    assert headers[1].endswith("Tên chỉ tiêu") and headers[0].endswith("Số TT")
    assert [model.index(r, 0).data() for r in range(3)] == ["Tiêu đề bảng"] * 3
    if folder := os.environ.get("UNIONPLANNER_SCREENSHOTS"):
        review.grab().save(os.path.join(folder, "form-draft-staff.png"))
    review.accept()
    qtbot.waitUntil(lambda: page._editor is not None, timeout=5_000)
    with ctx.db.session() as session:
        assert list_forms(session) == []  # only "Save" stores
    page._editor.accept()
    with ctx.db.session() as session:
        [form] = list_forms(session)
        assert len(form.current.columns) == 21
