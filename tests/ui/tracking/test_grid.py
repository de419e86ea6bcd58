"""The month grid's model on its own: headings and activities, what a month cell shows
(symbol, colour, tooltip), late months, collapsing a plan, and Qt's model tester."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt

from unionplanner.domain.tracking.service import DONE, PARTIAL, ActivityRow
from unionplanner.ui.tracking.grid import ACTIVITY_ROLE, MONTH_ROLE, TrackingGridModel

MONTHS = ["2024-01", "2024-02", "2024-03"]


def _rows() -> list[ActivityRow]:
    return [
        ActivityRow(1, 7, "Kế hoạch Tết", "I. Chăm lo", "Thăm hỏi đoàn viên", "Ban Nữ công",
                    ["2024-01"], checks={"2024-01": DONE}),
        ActivityRow(2, 7, "Kế hoạch Tết", "I. Chăm lo", "Trao quà Tết", "",
                    ["2024-01", "2024-02"], checks={"2024-02": PARTIAL},
                    notes={"2024-02": "Còn 3 CĐCS"}),
        ActivityRow(3, 8, "Kế hoạch Tháng Công nhân", "", "Hội thi", "Văn phòng", ["2024-03"]),
    ]


def test_grid_rows_cells_and_model_tester(qapp, qtmodeltester):
    model = TrackingGridModel()
    model.set_rows(_rows(), MONTHS, as_of=dt.date(2024, 3, 10))
    qtmodeltester.check(model)
    # plan, section, 2 activities, plan, activity (no section)
    assert [model.row_at(r).kind for r in range(model.rowCount())] == [
        "plan", "section", "activity", "activity", "plan", "activity"]
    assert model.columnCount() == 2 + len(MONTHS)
    assert model.headerData(3, Qt.Orientation.Horizontal) == "2/24"
    done = model.index(2, 2)
    assert model.data(done) == "✓" and model.data(done, MONTH_ROLE) == "2024-01"
    assert model.data(done, ACTIVITY_ROLE).id == 1
    # January is scheduled and ended without a tick: late (red); February partial with note
    assert model.data(model.index(3, 2), Qt.ItemDataRole.BackgroundRole).color().name() == \
        "#f8c9c4"
    february = model.index(3, 3)
    assert model.data(february) == "◐"
    assert "Còn 3 CĐCS" in model.data(february, Qt.ItemDataRole.ToolTipRole)
    assert not model.cell_exists(2, 3)  # not scheduled, never ticked: no cell
    assert model.data(model.index(5, 1)) == "Văn phòng"


def test_collapsing_a_plan_hides_its_rows(qapp, qtmodeltester):
    model = TrackingGridModel()
    model.set_rows(_rows(), MONTHS, as_of=dt.date(2024, 3, 10))
    model.toggle(0)
    assert model.data(model.index(0, 0)).startswith("▸ ")
    assert [model.row_at(r).text for r in range(model.rowCount())] == [
        "Kế hoạch Tết", "Kế hoạch Tháng Công nhân", "Hội thi"]
    assert [a.id for a in model.activity_rows()] == [3]
    qtmodeltester.check(model)
    model.toggle(0)
    assert model.rowCount() == 6
