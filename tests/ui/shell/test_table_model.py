"""The table models on their own, without a window: what each role gives, sorting by raw
values, editing through the column's callback, and Qt's model tester on each."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QSortFilterProxyModel, Qt

from unionplanner.ui.shell.table_model import (
    OBJECT_ROLE,
    SORT_ROLE,
    Column,
    EditableTableModel,
    RecordTableModel,
)


@dataclass
class Unit:
    code: str
    name: str
    members: int


UNITS = [Unit("A2", "Trường Tiểu học An", 1_250), Unit("A10", "Trạm Y tế", 9),
         Unit("A1", "Công ty May", 300)]


def _model(edits: list | None = None) -> RecordTableModel:
    def rename(unit, value):
        edits.append((unit.code, value))
        unit.name = value

    return RecordTableModel([
        Column("Mã", lambda u: u.code),
        Column("Tên", lambda u: u.name, edit=rename if edits is not None else None),
        Column("Đoàn viên", lambda u: f"{u.members:,}".replace(",", "."),
               sort=lambda u: u.members, numeric=True),
    ])


def test_record_model_roles_and_model_tester(qtmodeltester):
    model = _model()
    model.set_records(UNITS)
    qtmodeltester.check(model)
    assert (model.rowCount(), model.columnCount()) == (3, 3)
    assert model.headerData(2, Qt.Orientation.Horizontal) == "Đoàn viên"
    cell = model.index(0, 2)
    assert model.data(cell) == "1.250"
    assert model.data(cell, SORT_ROLE) == 1250
    assert model.data(cell, OBJECT_ROLE) is UNITS[0]
    assert int(model.data(cell, Qt.ItemDataRole.TextAlignmentRole)) & int(
        Qt.AlignmentFlag.AlignRight)
    assert not model.flags(model.index(0, 1)) & Qt.ItemFlag.ItemIsEditable


def test_numbers_sort_as_numbers_and_text_as_text(qtmodeltester):
    model = _model()
    model.set_records(UNITS)
    proxy = QSortFilterProxyModel()
    proxy.setSourceModel(model)
    proxy.setSortRole(SORT_ROLE)
    proxy.sort(2, Qt.SortOrder.AscendingOrder)
    assert [proxy.index(r, 2).data() for r in range(3)] == ["9", "300", "1.250"]
    proxy.sort(0, Qt.SortOrder.AscendingOrder)  # no sort callback: the shown text
    assert [proxy.index(r, 0).data() for r in range(3)] == ["A1", "A10", "A2"]
    qtmodeltester.check(proxy)


def test_editing_goes_through_the_column_and_refresh_keeps_the_rows():
    edits: list = []
    model = _model(edits)
    records = [Unit(u.code, u.name, u.members) for u in UNITS]
    model.set_records(records)
    index = model.index(1, 1)
    assert model.flags(index) & Qt.ItemFlag.ItemIsEditable
    assert model.setData(index, "Trạm Y tế xã", Qt.ItemDataRole.EditRole)
    assert edits == [("A10", "Trạm Y tế xã")]
    changed = []
    model.dataChanged.connect(lambda *_: changed.append(True))
    resets = []
    model.modelReset.connect(lambda: resets.append(True))
    model.refresh(records)  # same count: the view keeps its selection
    assert changed and not resets
    model.refresh(records[:2])  # fewer rows: a reset
    assert resets and model.rowCount() == 2


def test_editable_dict_model(qtmodeltester):
    model = EditableTableModel(["name", "short_name"], ["Tên ban", "Viết tắt"])
    model.set_rows([{"name": "Văn phòng", "short_name": "VP"}])
    row = model.add_row({"name": "Ban Tuyên giáo"})
    assert model.setData(model.index(row, 1), "TG", Qt.ItemDataRole.EditRole)
    qtmodeltester.check(model)
    assert model.rows() == [{"name": "Văn phòng", "short_name": "VP"},
                            {"name": "Ban Tuyên giáo", "short_name": "TG"}]
    model.remove_row(0)
    assert [r["name"] for r in model.rows()] == ["Ban Tuyên giáo"]


def test_a_failing_cell_is_blank_and_logged_once_not_raised_on_every_repaint(caplog):
    """Issue 27: a getter that raised inside data() reached the error box on every repaint,
    and the box came back after each "OK"."""
    import logging

    from PySide6.QtCore import Qt

    from unionplanner.ui.shell.table_model import Column, RecordTableModel

    model = RecordTableModel([Column("Tên", lambda r: r["name"]),
                              Column("Kỳ", lambda r: int(r["period"][5:]))])
    model.set_records([{"name": "A", "period": "2025-H1"}, {"name": "B", "period": "2025-H2"}])
    with caplog.at_level(logging.ERROR):
        for _ in range(3):  # three repaints
            shown = [[model.index(r, c).data() for c in range(2)] for r in range(2)]
    assert shown == [["A", None], ["B", None]]
    failures = [r for r in caplog.records if "failed" in r.getMessage()]
    assert len(failures) == 1 and "Kỳ" in failures[0].getMessage()
    assert model.index(0, 0).data(Qt.ItemDataRole.DisplayRole) == "A"
