"""Benchmark of the month grid: 500 activities × 24 months.

Builds a database with 20 issued plans of 25 activities over 24 months (each scheduled in 1–4
months, a third of the scheduled months ticked), then measures, in one run:

- ``read``: the two queries of ``tracking.service.activity_rows`` (absolute, ms);
- the grid model (``TrackingGridModel.set_rows`` and asking every cell for its text, colour
  and tooltip) against Qt's own ``QStandardItemModel`` holding the same texts and colours;
- painting: scrolling a 1280×800 view through the whole grid, our model against the
  QStandardItemModel.

Prints the time per screenful and ``ratio_model=X ratio_paint=Y`` last (1.0 = as fast as
Qt's stock C++ model; painting a Python model costs a call per role per cell, so the aim is
a screenful well under a 60 Hz frame rather than a ratio of 1).
Run: ``QT_QPA_PLATFORM=offscreen .venv/bin/python tests/benchmarks/bench_tracking.py``.
"""

from __future__ import annotations

import datetime as dt
import os
import random
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

ACTIVITIES, MONTHS, PLANS = 500, 24, 20


def build_database(folder: Path):
    from unionplanner.domain.plans import service as plans
    from unionplanner.domain.plans.document import PART, Activity, Block, PlanDocument
    from unionplanner.domain.storage.database import open_database
    from unionplanner.domain.tracking import service as t

    random.seed(7)
    months = [f"{2023 + (m // 12)}-{m % 12 + 1:02d}" for m in range(MONTHS)]
    db = open_database(str(folder / "bench.sqlite3"))
    with db.transaction() as session:
        for number in range(1, PLANS + 1):
            part = Block(PART, "NỘI DUNG HOẠT ĐỘNG", True)
            doc = PlanDocument(title=f"Kế hoạch thử {number}", number=number, symbol="KH-LĐLĐ",
                               date=dt.date(2023, 1, 1), blocks=[part])
            for index in range(ACTIVITIES // PLANS):
                start = random.randrange(MONTHS)
                span = months[start:start + random.randint(1, 4)]
                doc.activities.append(Activity(
                    title=f"Hoạt động {number}.{index}: tuyên truyền, thăm hỏi, tặng quà",
                    months=span, lead=random.choice(["Ban Tuyên giáo - Nữ công", "Văn phòng",
                                                     "Ban Tổ chức - Kiểm tra"]),
                    block_id=part.id))
            plan = plans.create_plan(session, doc)
            plans.set_status(session, plan.id, "issued")
            for activity in plan.activities:
                for month in activity.months:
                    if random.random() < 0.33:
                        t.set_check(session, activity.id, month, t.DONE)
    return db, months


def timed(function, repeat: int = 3) -> float:
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        function()
        best = min(best, time.perf_counter() - start)
    return best


def main() -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QStandardItem, QStandardItemModel
    from PySide6.QtWidgets import QApplication, QTableView

    from unionplanner.domain.tracking.service import activity_rows
    from unionplanner.ui.tracking.grid import TrackingGridModel

    app = QApplication.instance() or QApplication([])
    folder = Path(tempfile.mkdtemp())
    db, months = build_database(folder)
    as_of = dt.date(2024, 6, 15)
    with db.session() as session:
        read = timed(lambda: activity_rows(session))
        rows = activity_rows(session)
    roles = (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.BackgroundRole,
             Qt.ItemDataRole.ToolTipRole)

    def sweep(model) -> None:
        for row in range(model.rowCount()):
            for column in range(model.columnCount()):
                index = model.index(row, column)
                for role in roles:
                    model.data(index, role)

    ours = TrackingGridModel()

    def ours_build_and_sweep() -> None:
        ours.set_rows(rows, months, as_of)
        sweep(ours)

    stock = QStandardItemModel()

    def stock_build_and_sweep() -> None:
        stock.clear()
        stock.setColumnCount(ours.columnCount())
        for row in range(ours.rowCount()):
            items = []
            for column in range(ours.columnCount()):
                index = ours.index(row, column)
                item = QStandardItem(index.data() or "")
                brush = index.data(Qt.ItemDataRole.BackgroundRole)
                if brush is not None:
                    item.setBackground(brush)
                tip = index.data(Qt.ItemDataRole.ToolTipRole)
                if tip:
                    item.setToolTip(tip)
                items.append(item)
            stock.appendRow(items)
        sweep(stock)

    ours.set_rows(rows, months, as_of)
    model_ours = timed(ours_build_and_sweep)
    model_stock = timed(stock_build_and_sweep)

    def paint(model) -> float:
        view = QTableView()
        view.resize(1280, 800)
        view.setModel(model)
        view.setColumnWidth(0, 420)
        view.show()
        app.processEvents()

        def scroll() -> None:
            bar = view.verticalScrollBar()
            for value in range(0, bar.maximum() + 1, max(1, bar.pageStep())):
                bar.setValue(value)
                view.viewport().grab()
        result = timed(scroll)
        pages.append(max(1, view.verticalScrollBar().maximum() // max(
            1, view.verticalScrollBar().pageStep()) + 1))
        view.close()
        return result

    pages: list[int] = []
    paint_ours, paint_stock = paint(ours), paint(stock)
    print(f"activities={len(rows)} months={len(months)} cells={ours.rowCount() * len(months)}")
    print(f"read={read * 1000:.1f}ms model_ours={model_ours * 1000:.1f}ms "
          f"model_stock={model_stock * 1000:.1f}ms paint_ours={paint_ours * 1000:.1f}ms "
          f"paint_stock={paint_stock * 1000:.1f}ms "
          f"per_screen_ours={paint_ours * 1000 / pages[0]:.1f}ms (60 frames/s = 16.7 ms)")
    print(f"ratio_model={model_ours / model_stock:.2f} ratio_paint={paint_ours / paint_stock:.2f}")
    db.dispose()


if __name__ == "__main__":
    main()
