"""A table whose first columns stay in place while the others scroll sideways — the month
grid's activity and department beside twenty-four months (after Qt's "Frozen Column"
example: a second view over the same model and selection, laid over the first columns).

The second view takes no focus: keys go to the table; its clicks, double-clicks and
context menus are the table's own signals, so a page connects to the table alone.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPoint, Qt
from PySide6.QtWidgets import QAbstractItemView, QFrame, QHeaderView, QTableView, QWidget


class FrozenColumnsTable(QTableView):
    """A QTableView whose first ``frozen`` columns do not scroll horizontally."""

    def __init__(self, frozen: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.frozen_columns = frozen
        self.front = QTableView(self)
        self.front.setObjectName("frozenColumns")
        self.front.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.front.verticalHeader().hide()
        self.front.setFrameShape(QFrame.Shape.NoFrame)
        self.front.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.front.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.front.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.front.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.front.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.viewport().stackUnder(self.front)
        self.front.clicked.connect(self.clicked.emit)
        self.front.doubleClicked.connect(self.doubleClicked.emit)
        self.front.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.front.customContextMenuRequested.connect(self._front_menu)
        self.horizontalHeader().sectionResized.connect(self._resized)
        self.verticalHeader().sectionResized.connect(
            lambda row, _old, size: self.front.setRowHeight(row, size))
        self.verticalScrollBar().valueChanged.connect(self.front.verticalScrollBar().setValue)
        self.front.verticalScrollBar().valueChanged.connect(self.verticalScrollBar().setValue)

    def setModel(self, model) -> None:  # noqa: N802 - Qt's name
        super().setModel(model)
        self.front.setModel(model)
        self.front.setSelectionModel(self.selectionModel())
        self.front.setSelectionMode(self.selectionMode())
        self.front.setSelectionBehavior(self.selectionBehavior())
        for signal in (model.modelReset, model.columnsInserted, model.columnsRemoved,
                       model.layoutChanged):
            signal.connect(lambda *_args: self._show_front())
        self._show_front()

    def setSelectionMode(self, mode) -> None:  # noqa: N802 - Qt's name
        super().setSelectionMode(mode)
        self.front.setSelectionMode(mode)

    def _show_front(self) -> None:
        """Only the frozen columns in the front view, as wide as in the table."""
        model = self.model()
        if model is None:
            return
        self.front.verticalHeader().setDefaultSectionSize(
            self.verticalHeader().defaultSectionSize())
        for column in range(model.columnCount()):
            self.front.setColumnHidden(column, column >= self.frozen_columns)
            if column < self.frozen_columns:
                self.front.setColumnWidth(column, self.columnWidth(column))
        self._place_front()

    def _resized(self, column: int, _old: int, size: int) -> None:
        if column < self.frozen_columns:
            self.front.setColumnWidth(column, size)
            self._place_front()

    def _front_menu(self, position: QPoint) -> None:
        where = self.viewport().mapFromGlobal(self.front.viewport().mapToGlobal(position))
        self.customContextMenuRequested.emit(where)

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        self._place_front()

    def updateGeometries(self) -> None:  # noqa: N802 - Qt's name
        super().updateGeometries()
        self._place_front()

    def _place_front(self) -> None:
        width = sum(self.columnWidth(c) for c in range(self.frozen_columns))
        frame = self.frameWidth()
        self.front.setGeometry(self.verticalHeader().width() + frame, frame, width,
                               self.viewport().height() + self.horizontalHeader().height())

    def moveCursor(self, action, modifiers) -> QModelIndex:  # noqa: N802 - Qt's name
        """Moving left into the frozen columns scrolls the months back to their start."""
        current = super().moveCursor(action, modifiers)
        frozen_width = sum(self.columnWidth(c) for c in range(self.frozen_columns))
        if action == QAbstractItemView.CursorAction.MoveLeft and current.column() > 0 \
                and self.visualRect(current).topLeft().x() < frozen_width:
            scrolled = self.horizontalScrollBar().value() + self.visualRect(
                current).topLeft().x() - frozen_width
            self.horizontalScrollBar().setValue(scrolled)
        return current

    def scrollTo(self, index, hint=QAbstractItemView.ScrollHint.EnsureVisible) -> None:  # noqa: N802
        if index.column() >= self.frozen_columns:
            super().scrollTo(index, hint)
