"""Table models for QTableView (tables are always a view over a model).

:class:`RecordTableModel` shows a list of domain records through a list of :class:`Column`
definitions; ``SORT_ROLE`` returns raw values (so numbers sort as numbers) and
``OBJECT_ROLE`` the record itself. :class:`EditableTableModel` edits a list of dicts in place
(signers, departments). Both are tested with pytest-qt's ``qtmodeltester``.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from unionplanner.ui.shell.numbers import is_figure

logger = logging.getLogger(__name__)

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
OBJECT_ROLE = Qt.ItemDataRole.UserRole + 2

Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class Column:
    """``title``: header text (already translated); ``text(record)``: what is shown;
    ``sort(record)``: the raw value for sorting (defaults to the text); ``numeric`` right-
    aligns; ``background(record)``: a QBrush or None; ``edit(record, value)`` makes the
    column editable and receives what was typed or chosen (``edit_value(record)`` is what
    the editor starts from, defaults to the text)."""

    title: str
    text: Callable[[Any], str]
    sort: Callable[[Any], Any] | None = None
    numeric: bool = False
    tooltip: Callable[[Any], str] | None = None
    background: Callable[[Any], Any] | None = None
    edit: Callable[[Any, Any], None] | None = None
    edit_value: Callable[[Any], Any] | None = None


class RecordTableModel(QAbstractTableModel):
    def __init__(self, columns: Sequence[Column], parent=None):
        super().__init__(parent)
        self._columns = list(columns)
        self._records: list[Any] = []
        self._failed: set[tuple[int, int]] = set()  # (column, role) whose getter raised

    def set_records(self, records: Sequence[Any]) -> None:
        self.beginResetModel()
        self._records = list(records)
        self.endResetModel()

    def set_columns(self, columns: Sequence[Column]) -> None:
        """Show other columns (a form's own value columns, known only once it is chosen)."""
        self.beginResetModel()
        self._columns = list(columns)
        self.endResetModel()

    def refresh(self, records: Sequence[Any]) -> None:
        """Show ``records`` keeping the view's selection and scroll position when only
        their contents changed (same count); a different count resets the model."""
        records = list(records)
        if len(records) != len(self._records) or not records:
            self.set_records(records)
            return
        self._records = records
        self.dataChanged.emit(self.index(0, 0),
                              self.index(len(records) - 1, len(self._columns) - 1))

    def records(self) -> list[Any]:
        return list(self._records)

    def record(self, row: int) -> Any:
        return self._records[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._records)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self._records)):
            return None
        try:
            return self._data(self._records[index.row()], self._columns[index.column()], role)
        except Exception:  # noqa: BLE001 - a bug in one cell's getter, logged once
            # raised from data() it reached the error box on every repaint, and the box
            # came back after each "OK" (issue 27 item 1): the cell stays blank instead
            if (index.column(), role) not in self._failed:
                self._failed.add((index.column(), role))
                logger.exception("column %r of %s failed", self._columns[index.column()].title,
                                 type(self).__name__)
            return None

    def _data(self, record: Any, column: Column, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return column.text(record)
        if role == SORT_ROLE:
            value = column.sort(record) if column.sort else column.text(record)
            return "" if value is None else value
        if role == OBJECT_ROLE:
            return record
        if role == Qt.ItemDataRole.TextAlignmentRole and column.numeric:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and column.tooltip:
            return column.tooltip(record)
        if role == Qt.ItemDataRole.BackgroundRole and column.background:
            return column.background(record)
        if role == Qt.ItemDataRole.EditRole and column.edit:
            return column.edit_value(record) if column.edit_value else column.text(record)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and self._columns[index.column()].edit:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        column = self._columns[index.column()] if index.isValid() else None
        if column is None or column.edit is None or role != Qt.ItemDataRole.EditRole:
            return False
        if column.numeric and isinstance(value, str) and not is_figure(value):
            return False  # "3x00" is refused, never stored as a blank
        column.edit(self._records[index.row()], value)
        self.dataChanged.emit(index, index)
        return True

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self._columns):
            return self._columns[section].title
        if orientation == Qt.Orientation.Vertical:
            return section + 1
        return None


class EditableTableModel(QAbstractTableModel):
    """Edits rows of dicts; ``keys`` are the dict keys shown as columns, ``titles`` their
    headers. Rows keep any other keys (such as a database id) untouched."""

    def __init__(self, keys: Sequence[str], titles: Sequence[str], parent=None):
        super().__init__(parent)
        self._keys = list(keys)
        self._titles = list(titles)
        self._rows: list[dict[str, Any]] = []

    def set_rows(self, rows: Sequence[dict[str, Any]]) -> None:
        self.beginResetModel()
        self._rows = [dict(r) for r in rows]
        self.endResetModel()

    def rows(self) -> list[dict[str, Any]]:
        return [dict(r) for r in self._rows]

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._keys)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self._rows)):
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return str(self._rows[index.row()].get(self._keys[index.column()], "") or "")
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        self._rows[index.row()][self._keys[index.column()]] = str(value)
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.DisplayRole,
                                             Qt.ItemDataRole.EditRole])
        return True

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                | Qt.ItemFlag.ItemIsEditable)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal \
                and 0 <= section < len(self._titles):
            return self._titles[section]
        return None

    def add_row(self, row: dict[str, Any] | None = None) -> int:
        position = len(self._rows)
        self.beginInsertRows(QModelIndex(), position, position)
        self._rows.append(dict(row or {k: "" for k in self._keys}))
        self.endInsertRows()
        return position

    def remove_row(self, position: int) -> None:
        if 0 <= position < len(self._rows):
            self.beginRemoveRows(QModelIndex(), position, position)
            del self._rows[position]
            self.endRemoveRows()


def record_view(model: QAbstractTableModel):
    """A read-only list of records: whole rows chosen one at a time, alternating colours, no
    row numbers, columns fitted to their contents and the last one stretched."""
    from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

    view = QTableView()
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setAlternatingRowColors(True)
    view.verticalHeader().setVisible(False)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    view.horizontalHeader().setStretchLastSection(True)
    return view
