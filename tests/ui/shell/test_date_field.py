"""Issue 26: a date the reader did not find showed as 01/01/2000, and a date typed into the
field was ignored or turned into another one."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate

from unionplanner.ui.shell.date_field import DateField


def test_typed_dates_are_taken_and_other_text_is_refused_keeping_the_date(qtbot):
    field = DateField()
    qtbot.addWidget(field)
    seen: list = []
    field.changed.connect(seen.append)
    assert field.date() is None and field.text() == "" and "background" in field.styleSheet()
    field.setText("5/6/24")
    field.editingFinished.emit()
    assert field.date() == dt.date(2024, 6, 5) and field.text() == "05/06/2024"
    assert seen == [dt.date(2024, 6, 5)] and field.styleSheet() == ""
    field.setText("31/02/2024")
    field.editingFinished.emit()
    assert field.date() == dt.date(2024, 6, 5) and "không có trên lịch" in field.toolTip()
    assert seen == [dt.date(2024, 6, 5)]
    field.setText("")
    field.editingFinished.emit()
    assert field.date() is None and seen[-1] is None
    field.calendar.clicked.emit(QDate(2024, 11, 20))  # a day picked
    assert field.date() == dt.date(2024, 11, 20) and field.text() == "20/11/2024"


def test_the_editor_shows_an_unknown_date_empty_and_takes_a_typed_one(qtbot, ctx, messages):
    from unionplanner.domain.plans.document import PlanDocument
    from unionplanner.ui.plans.editor import PlanEditor

    editor = PlanEditor(ctx, doc=PlanDocument(title="Kế hoạch không ghi ngày"))
    qtbot.addWidget(editor)
    assert editor.date.text() == "" and editor.doc.date is None  # never 01/01/2000
    editor.date.setText("23022024")
    editor.date.editingFinished.emit()
    assert editor.doc.date == dt.date(2024, 2, 23)
    editor.session.stack.undo()
    assert editor.doc.date is None and editor.date.text() == ""
