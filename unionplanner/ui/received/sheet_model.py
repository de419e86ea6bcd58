"""How a received file shows in the import preview: the sheet as a read-only table model
coloured by what was read (header blue, values green, problems red, skipped rows grey), the
text of a cell and of a value, and the values table's rows."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QTableView

from unionplanner.domain.received.analysis import found_value_cells
from unionplanner.domain.received.findings import FileAnalysis, Severity
from unionplanner.domain.received.values import EXTERNAL, NO_RESULT
from unionplanner.domain.sheets.workbook import cell_address, parse_address

HEADER_BRUSH = QBrush(QColor("#cfe2f3"))
VALUE_BRUSH = QBrush(QColor("#d9ead3"))
ERROR_BRUSH = QBrush(QColor("#f4cccc"))
SKIPPED_BRUSH = QBrush(QColor("#eeeeee"))
UNSURE_BRUSH = QBrush(QColor("#fff2cc"))


def value_text(value) -> str:
    if value is True:
        return QCoreApplication.translate("QWizardPage", "Yes")
    if value is False:
        return QCoreApplication.translate("QWizardPage", "No")
    if value is None:
        return ""
    from unionplanner.core.text import format_number

    return format_number(value)


def cell_text(cell) -> str:
    """A sheet cell as shown in the preview (whole numbers without ".0")."""
    if cell is NO_RESULT:
        return QCoreApplication.translate("QWizardPage", "(formula, no result)")
    if cell is EXTERNAL:
        return QCoreApplication.translate("QWizardPage", "(formula from another file)")
    if cell in ("", None):
        return ""
    if isinstance(cell, str):
        return cell
    if isinstance(cell, bool) or (isinstance(cell, (int, float)) and float(cell).is_integer()):
        return value_text(cell if isinstance(cell, bool) else int(cell))
    return str(cell)


class SheetModel(QAbstractTableModel):
    """The chosen sheet of a file, read-only, coloured: table header blue, values read
    green, cells with an error red, rows left out (a total row) grey."""

    MAX_ROWS, MAX_COLUMNS = 400, 40

    def __init__(self, parent=None):
        super().__init__(parent)
        self._rows: list[list] = []
        self._width = 0
        self._brushes: dict[tuple[int, int], QBrush] = {}

    def set_analysis(self, analysis: FileAnalysis) -> None:
        self.beginResetModel()
        table = analysis.table
        self._rows = table.sheet.rows[:self.MAX_ROWS] if table else []
        self._width = min(max((len(r) for r in self._rows), default=0), self.MAX_COLUMNS)
        self._brushes = {}
        if table is not None:
            for r, _reason in table.skipped:
                self._brushes.update(((r, c), SKIPPED_BRUSH) for c in range(self._width))
            self._brushes.update((cell, VALUE_BRUSH) for cell in found_value_cells(analysis))
            self._brushes.update((parse_address(p.cell), ERROR_BRUSH)
                                 for p in analysis.all_problems()
                                 if p.severity == Severity.ERROR and p.cell)
            for r in table.header_rows:
                self._brushes.update(((r, c), HEADER_BRUSH) for c in range(self._width))
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else self._width

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        r, c = index.row(), index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            row = self._rows[r]
            return cell_text(row[c]) if c < len(row) else ""
        if role == Qt.ItemDataRole.BackgroundRole:
            return self._brushes.get((r, c))
        return None

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return cell_address(0, section)[:-1]
        return section + 1


@dataclass(frozen=True)
class ValueRow:
    """One line of the Values tab: the unit id, indicator code and name, what was read, and
    the form's value column it belongs to (0: the main figure)."""

    unit_id: int | None
    code: str
    name: str
    found: object
    column: int = 0


def table_view(model) -> QTableView:
    view = QTableView()
    view.setModel(model)
    view.verticalHeader().setVisible(False)
    view.setWordWrap(True)
    return view
