"""Issue 17 item 8: letters typed in number fields vanished without a word ("3x00" → blank
in a target's figure; "abc7" after 1 in Số → 17). A refused keystroke now shows why, and
text that is not a figure is never stored as a blank."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLineEdit

from unionplanner.domain.office.service import OfficeDetails, save_office
from unionplanner.domain.plans.drafting import new_from_template
from unionplanner.ui.plans.editor import PlanEditor
from unionplanner.ui.shell.numbers import is_figure, refused_text
from unionplanner.ui.units.dialogs import UnitDialog


def test_is_figure_takes_vietnamese_figures_only():
    assert all(is_figure(t) for t in ("", "1.250", "81,3", "75%", " 12 "))
    assert not any(is_figure(t) for t in ("3x00", "abc7", "5x0", "mười"))


def test_a_letter_in_the_plan_number_is_refused_with_a_word(qtbot, ctx, messages):
    with ctx.db.transaction() as session:
        save_office(session, OfficeDetails(name="Công đoàn xã Hòa An", symbol="CĐX"))
        plan_id = new_from_template(session, "thang-cong-nhan", 2024).id
    editor = PlanEditor(ctx, plan_id)
    qtbot.addWidget(editor)
    editor.show()
    editor.number.setValue(1)
    editor.number.setFocus()
    editor.number.lineEdit().end(False)
    QTest.keyClicks(editor.number, "a")
    assert editor.number.property("refused") == refused_text()
    assert "chỉ nhận số" in refused_text()
    assert editor.number.value() == 1


def test_a_figure_cell_refuses_letters_and_keeps_its_value(qtbot, ctx, messages):
    with ctx.db.transaction() as session:
        plan_id = new_from_template(session, "thang-cong-nhan", 2024).id
    editor = PlanEditor(ctx, plan_id)
    qtbot.addWidget(editor)
    editor.show()
    targets = editor.targets
    model = targets.model
    column = next(c for c in range(model.columnCount())
                  if model.headerData(c, Qt.Orientation.Horizontal) == "Số")
    index = model.index(0, column)
    before = index.data()
    assert not model.setData(index, "3x00")  # pasted text that is no figure: refused
    assert model.index(0, column).data() == before
    targets.view.setCurrentIndex(index)
    targets.view.edit(index)
    line = targets.view.findChild(QLineEdit)
    assert line is not None
    line.selectAll()
    QTest.keyClicks(line, "3x00")
    assert line.text() == "300" and line.property("refused") == refused_text()
    assert model.setData(index, "1.250")
    assert model.index(0, column).data() == "1.250"


def test_the_unit_dialog_refuses_letters_and_fractions_with_a_message(qtbot, messages):
    saved = []
    dialog = UnitDialog(saved.append)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.code.setText("X1")
    dialog.name.setText("Công ty X")
    dialog.members.setFocus()
    QTest.keyClicks(dialog.members, "5x0")
    assert dialog.members.property("refused") == refused_text()
    dialog.members.setText("1,5")
    dialog.accept()
    assert saved == [] and "Số đoàn viên \"1,5\" không phải một số nguyên" in messages[-1][1]
