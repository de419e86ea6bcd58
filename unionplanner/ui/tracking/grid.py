"""The month grid's model: rows are plan and section headings (collapsible) and activities;
columns are the activity, its department, then one column per month. A month cell shows the
activity's state there; scheduled months are shaded, late ones red, done ones green.

Everything a cell shows is computed when the rows are set (one pass over the checks), so
``data()`` is a dictionary look-up: 500 activities × 24 months scroll smoothly (see
tests/benchmarks/bench_tracking.py).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from PySide6.QtCore import QAbstractTableModel, QEvent, QModelIndex, QObject, QPoint, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from unionplanner.domain.tracking.service import (
    CANCELLED,
    DONE,
    IN_PROGRESS,
    NOT_DONE,
    PARTIAL,
    POSTPONED,
    STATES,
    ActivityRow,
    is_late,
)

#: what a month cell shows for each state
SYMBOLS: dict[str, str] = {DONE: "✓", PARTIAL: "◐", IN_PROGRESS: "…", POSTPONED: "»",
                           CANCELLED: "✗", NOT_DONE: "○"}
_SCHEDULED = QBrush(QColor("#dbe8f6"))
_DONE = QBrush(QColor("#c6efce"))
_LATE = QBrush(QColor("#f8c9c4"))
_PLAN = QBrush(QColor("#e7e6e6"))
_SECTION = QBrush(QColor("#f2f2f2"))
ACTIVITY_ROLE = Qt.ItemDataRole.UserRole + 10   # the ActivityRow of a row (None for headings)
MONTH_ROLE = Qt.ItemDataRole.UserRole + 11      # the "YYYY-MM" of a column (None before them)
FIXED_COLUMNS = 2
_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_BACKGROUND = int(Qt.ItemDataRole.BackgroundRole)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole)
_ALIGNMENT = int(Qt.ItemDataRole.TextAlignmentRole)
_FONT = int(Qt.ItemDataRole.FontRole)
_ACTIVITY, _MONTH = int(ACTIVITY_ROLE), int(MONTH_ROLE)
_HANDLED = frozenset({_DISPLAY, _BACKGROUND, _TOOLTIP, _ALIGNMENT, _FONT, _ACTIVITY, _MONTH})
_CENTER = int(Qt.AlignmentFlag.AlignCenter)


@dataclass
class GridRow:
    """A line of the grid: a heading (``kind`` "plan"/"section", ``key`` for collapsing)
    or an activity."""

    kind: str
    text: str
    key: str
    activity: ActivityRow | None = None


class TrackingGridModel(QAbstractTableModel):
    """Rows of activities under plan and section headings, one column per month."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.months: list[str] = []
        self._all: list[GridRow] = []
        self._rows: list[GridRow] = []
        self.collapsed: set[str] = set()
        self.as_of = dt.date.today()
        self._cells: list[dict[int, tuple[str, QBrush | None, str]]] = []
        self._bold = QFont()
        self._bold.setBold(True)
        self.titles = ("Activity", "Department")

    # -- filling ---------------------------------------------------------------------------
    def set_rows(self, activities: list[ActivityRow], months: list[str], as_of: dt.date) -> None:
        """Show ``activities`` (already filtered, in plan order) over ``months``."""
        self.beginResetModel()
        self.months, self.as_of = list(months), as_of
        self._all = []
        plan = section = None
        for row in activities:
            if row.plan != plan:
                plan, section = row.plan, None
                self._all.append(GridRow("plan", row.plan, f"p{row.plan_id}"))
            if row.section and row.section != section:
                section = row.section
                self._all.append(GridRow("section", row.section, f"p{row.plan_id}/{section}"))
            self._all.append(GridRow("activity", row.title, f"a{row.id}", row))
        self._visible()
        self.endResetModel()

    def _visible(self) -> None:
        rows: list[GridRow] = []
        plan_hidden = section_hidden = False
        for row in self._all:
            if row.kind == "plan":
                plan_hidden, section_hidden = row.key in self.collapsed, False
            elif plan_hidden:
                continue
            elif row.kind == "section":
                section_hidden = row.key in self.collapsed
            elif section_hidden:
                continue
            rows.append(row)
        self._rows = rows
        self._cells = [self._cells_of(row) for row in rows]

    def _cells_of(self, row: GridRow) -> dict[int, tuple[str, QBrush | None, str]]:
        activity = row.activity
        if activity is None:
            return {}
        cells = {}
        for column, month in enumerate(self.months, FIXED_COLUMNS):
            status = activity.checks.get(month)
            scheduled = month in activity.months
            if not scheduled and status is None:
                continue
            brush: QBrush | None
            if status == DONE:
                brush = _DONE
            elif scheduled and is_late(month, status, self.as_of):
                brush = _LATE
            else:
                brush = _SCHEDULED if scheduled else None
            tip = STATES.get(status or NOT_DONE, STATES[NOT_DONE]) + (
                "" if scheduled else " (ngoài lịch)")
            note = activity.notes.get(month)
            if note:
                tip += f"\n{note}"
            cells[column] = (SYMBOLS.get(status or "", ""), brush, tip)
        return cells

    def toggle(self, row: int) -> None:
        """Collapse or expand the heading at ``row``."""
        key = self._rows[row].key
        self.beginResetModel()
        self.collapsed.symmetric_difference_update({key})
        self._visible()
        self.endResetModel()

    # -- reading ---------------------------------------------------------------------------
    def row_at(self, row: int) -> GridRow | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def month_at(self, column: int) -> str | None:
        index = column - FIXED_COLUMNS
        return self.months[index] if 0 <= index < len(self.months) else None

    def cell_exists(self, row: int, column: int) -> bool:
        """A month cell of an activity that is scheduled or has a check."""
        return 0 <= row < len(self._cells) and column in self._cells[row]

    def activity_rows(self) -> list[ActivityRow]:
        return [r.activity for r in self._rows if r.activity is not None]

    # -- Qt --------------------------------------------------------------------------------
    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else FIXED_COLUMNS + len(self.months)

    def data(self, index, role=_DISPLAY):
        # the view asks a dozen roles per cell on every paint: answer the ones never used
        # first, with plain ints (enum comparisons cost more than the look-up itself)
        role = int(role)
        if role not in _HANDLED:
            return None
        row, column = index.row(), index.column()
        if row >= len(self._rows):
            return None
        if column >= FIXED_COLUMNS:
            cell = self._cells[row].get(column)
            if cell is not None:
                if role == _DISPLAY:
                    return cell[0]
                if role == _BACKGROUND:
                    return cell[1]
                if role == _TOOLTIP:
                    return cell[2]
                if role == _ALIGNMENT:
                    return _CENTER
            if role == _MONTH:
                return self.month_at(column)
            if role == _ACTIVITY:
                return self._rows[row].activity
            line = self._rows[row]
            if line.kind != "activity" and role == _BACKGROUND:
                return _PLAN if line.kind == "plan" else _SECTION
            return None
        line = self._rows[row]
        if line.kind != "activity":
            if role == _DISPLAY and column == 0:
                return ("▸ " if line.key in self.collapsed else "▾ ") + line.text
            if role == _BACKGROUND:
                return _PLAN if line.kind == "plan" else _SECTION
            if role == _FONT:
                return self._bold
            return None
        if role == _ACTIVITY:
            return line.activity
        if role == _DISPLAY:
            return line.text if column == 0 else line.activity.lead
        if role == _TOOLTIP and column == 0:
            return line.text
        return None

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        if section < FIXED_COLUMNS:
            return self.titles[section]
        month = self.month_at(section)
        return f"{int(month[5:])}/{month[2:4]}" if month else None


class MarkClicks(QObject):
    """Where the last mouse press on the grid landed, so a click can select a month without
    ticking it: only a click in the middle of a cell (where its mark is drawn) ticks; one
    near its edge just selects it (issue 17: selecting ticked, and a wrong tick is a report
    to the level above)."""

    def __init__(self, view) -> None:
        super().__init__(view)
        self.view = view
        self.last: QPoint | None = None
        view.viewport().installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.MouseButtonPress:
            self.last = event.position().toPoint()
        return False

    def on_mark(self, index) -> bool:
        """Whether the last press (if any: a call from code counts as on the mark) was in
        the middle of ``index``'s cell; forgets the press."""
        press, self.last = self.last, None
        if press is None:
            return True
        rect = self.view.visualRect(index)
        margin_x, margin_y = rect.width() // 5, rect.height() // 6
        return rect.adjusted(margin_x, margin_y, -margin_x, -margin_y).contains(press)
