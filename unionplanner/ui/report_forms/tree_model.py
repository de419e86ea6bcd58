"""The form editor's tree: one row per heading or indicator line of a
:class:`~unionplanner.domain.report_forms.tree.FormNode` tree, with the columns Chỉ tiêu, TT,
Đơn vị tính, Loại, one tick per value column of the form ("Tổng số", "Nữ": ticked where the
column applies, "x" on the printed form where it does not) and Mã."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont, QStandardItem, QStandardItemModel

from unionplanner.domain.report_forms.kinds import KINDS
from unionplanner.domain.report_forms.tree import FormNode

NODE_ROLE = Qt.ItemDataRole.UserRole + 10
KIND_ROLE = Qt.ItemDataRole.UserRole + 11
TEXT, NUMBER, UNIT, KIND = 0, 1, 2, 3
_EDIT = Qt.ItemDataRole.EditRole


class FormTreeModel(QStandardItemModel):
    """The tree of a form being edited. ``labels`` are the form's value columns (none shown
    when it has one); the node objects ride on the first column's items, so :meth:`tree`
    gives back the same nodes with what was typed written into them."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.labels: list[str] = []
        self._headers()

    # -- columns ------------------------------------------------------------------------------
    @property
    def code_column(self) -> int:
        return KIND + 1 + len(self.value_labels)

    @property
    def value_labels(self) -> list[str]:
        """The value columns shown as ticks (none for a one-column form)."""
        return self.labels if len(self.labels) > 1 else []

    def _headers(self) -> None:
        titles = [QCoreApplication.translate("FormTreeModel", "Indicator"),
                  QCoreApplication.translate("FormTreeModel", "No."),
                  QCoreApplication.translate("FormTreeModel", "Unit of measure"),
                  QCoreApplication.translate("FormTreeModel", "Kind"),
                  *self.value_labels, QCoreApplication.translate("FormTreeModel", "Code")]
        self.setColumnCount(len(titles))
        self.setHorizontalHeaderLabels(titles)

    # -- kind column: the code is edited, the label shown --------------------------------------
    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if index.column() == KIND and role == _EDIT:
            return super().data(index, KIND_ROLE)
        return super().data(index, role)

    def setData(self, index, value, role=_EDIT):  # noqa: N802 — Qt's name
        if index.column() == KIND and role == _EDIT:
            super().setData(index, value, KIND_ROLE)
            return super().setData(index, KINDS.get(str(value), str(value)),
                                   Qt.ItemDataRole.DisplayRole)
        return super().setData(index, value, role)

    # -- building and reading back ------------------------------------------------------------
    def set_tree(self, roots: Sequence[FormNode], labels: Sequence[str]) -> None:
        """Show ``roots`` with the value columns ``labels``."""
        self.clear()
        self.labels = list(labels)
        self._headers()
        for node in roots:
            self.invisibleRootItem().appendRow(self.row_for(node))

    def row_for(self, node: FormNode) -> list[QStandardItem]:
        """The items of one row (and, under its first, the rows of its children)."""
        text = QStandardItem(node.text)
        text.setData(node, NODE_ROLE)
        number = QStandardItem(node.number)
        unit, kind = QStandardItem(), QStandardItem()
        ticks = [QStandardItem() for _ in self.value_labels]
        code = QStandardItem()
        code.setEditable(False)
        item = node.indicator
        if item is None:
            font = QFont()
            font.setBold(True)
            for cell in (text, number):
                cell.setFont(font)
            text.setToolTip(QCoreApplication.translate("FormTreeModel", "Section")
                            if node.level == 1
                            else QCoreApplication.translate("FormTreeModel", "Group"))
            for cell in (unit, kind, *ticks):
                cell.setEditable(False)
        else:
            unit.setText(item.unit_of_measure)
            kind.setData(item.kind, KIND_ROLE)
            kind.setText(KINDS.get(item.kind, item.kind))
            for index, tick in enumerate(ticks):
                tick.setEditable(False)
                tick.setCheckable(True)
                applies = item.columns is None or index in item.columns
                tick.setCheckState(Qt.CheckState.Checked if applies else Qt.CheckState.Unchecked)
            code.setText(item.code or QCoreApplication.translate("FormTreeModel", "new"))
        for child in node.children:
            text.appendRow(self.row_for(child))
        return [text, number, unit, kind, *ticks, code]

    def node_at(self, index) -> FormNode | None:
        """The node of the row of ``index`` (None for none)."""
        if not index.isValid():
            return None
        first = self.itemFromIndex(index.siblingAtColumn(0))
        return first.data(NODE_ROLE) if first is not None else None

    def tree(self) -> list[FormNode]:
        """The nodes as they stand: order, nesting and what was typed or ticked."""
        return [self._read(self.invisibleRootItem(), row)
                for row in range(self.invisibleRootItem().rowCount())]

    def _read(self, holder: QStandardItem, row: int) -> FormNode:
        text = holder.child(row, TEXT)
        node: FormNode = text.data(NODE_ROLE)
        node.text = text.text().strip()
        node.number = holder.child(row, NUMBER).text().strip()
        if node.indicator is not None:
            node.indicator.unit_of_measure = holder.child(row, UNIT).text().strip()
            node.indicator.kind = holder.child(row, KIND).data(KIND_ROLE)
            ticked = [i for i in range(len(self.value_labels))
                      if holder.child(row, KIND + 1 + i).checkState() == Qt.CheckState.Checked]
            node.indicator.columns = (None if len(ticked) == len(self.value_labels)
                                      else ticked)
        node.children = [self._read(text, child) for child in range(text.rowCount())]
        return node
