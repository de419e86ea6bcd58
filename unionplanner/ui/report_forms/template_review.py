"""The draft of a form learnt from its template, laid out like the sheet: each row's role in
the first column (a combo box), each column's role in its header (click it to change), the
cells the learner was unsure of in yellow with the reason as a tooltip. "Continue" makes the
form from the table as corrected and hands it to the form editor, where only "Save" stores
it (:mod:`unionplanner.domain.report_forms.review`)."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QSize, Qt
from PySide6.QtGui import QBrush, QColor, QCursor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMenu,
    QMessageBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from unionplanner.core.errors import UserError
from unionplanner.domain.report_forms.anatomy import Anatomy, ColumnRole, RowRole
from unionplanner.domain.report_forms.learn import FormDraft, draft_from_anatomy
from unionplanner.domain.report_forms.review import (
    COLUMN_CHOICES,
    ROW_CHOICES,
    reviewed,
    unsure_cells,
)
from unionplanner.domain.sheets.workbook import cell_address
from unionplanner.ui.received.sheet_model import cell_text
from unionplanner.ui.shell.delegates import ChoiceDelegate
from unionplanner.ui.shell.screens import fit_to_screen

HEADER_BRUSH = QBrush(QColor("#cfe2f3"))
VALUE_BRUSH = QBrush(QColor("#d9ead3"))
CODE_BRUSH = QBrush(QColor("#e6e0f0"))
IGNORED_BRUSH = QBrush(QColor("#eeeeee"))
UNSURE_BRUSH = QBrush(QColor("#ffe599"))


def row_role_text(role: RowRole) -> str:
    """A row role as the clerk reads it."""
    translate = QCoreApplication.translate
    return {
        RowRole.HEADING: translate("TemplateReview", "Section heading"),
        RowRole.INDICATOR: translate("TemplateReview", "Indicator"),
        RowRole.LINE: translate("TemplateReview", "Line under an indicator"),
        RowRole.FEMALE: translate("TemplateReview", "Of which: women"),
        RowRole.TOTAL: translate("TemplateReview", "Total row"),
        RowRole.NUMBERING: translate("TemplateReview", "Column numbers"),
        RowRole.IGNORE: translate("TemplateReview", "Set aside"),
    }[role]


def column_role_text(role: ColumnRole) -> str:
    """A column role as the clerk reads it."""
    translate = QCoreApplication.translate
    return {
        ColumnRole.ORDER: translate("TemplateReview", "No."),
        ColumnRole.LABEL: translate("TemplateReview", "Indicator names"),
        ColumnRole.UNIT: translate("TemplateReview", "Unit of measure"),
        ColumnRole.CODE: translate("TemplateReview", "Code (not a figure)"),
        ColumnRole.VALUE: translate("TemplateReview", "Figures"),
        ColumnRole.NOTE: translate("TemplateReview", "Note"),
        ColumnRole.IGNORE: translate("TemplateReview", "Set aside"),
    }[role]


class TemplateModel(QAbstractTableModel):
    """The template's table from its first header row to its last row: column 0 the row's
    role, then the sheet's columns. Changing a role reads the table again through
    :func:`reviewed` (the learner's own reading is kept apart)."""

    MAX_COLUMNS = 60

    def __init__(self, anatomy: Anatomy, parent=None):
        super().__init__(parent)
        self.learnt = anatomy
        self.row_roles: dict[int, RowRole] = {}
        self.column_roles: dict[int, ColumnRole] = {}
        self.anatomy = anatomy
        self._refresh()

    # -- what the clerk changes ---------------------------------------------------------------
    def set_row_role(self, sheet_row: int, role: RowRole) -> None:
        self.row_roles[sheet_row] = role
        self._changed()

    def set_column_role(self, sheet_column: int, role: ColumnRole) -> None:
        self.column_roles[sheet_column] = role
        self._changed()

    def _changed(self) -> None:
        self.beginResetModel()
        self.anatomy = reviewed(self.learnt, self.row_roles, self.column_roles)
        self._refresh()
        self.endResetModel()

    def _refresh(self) -> None:
        anatomy = self.anatomy
        top = anatomy.header_rows[0]
        last = anatomy.rows[-1].index if anatomy.rows else anatomy.header_rows[-1]
        self.sheet_rows = list(range(top, last + 1))
        self.width = min(max((len(anatomy.sheet.rows[r]) for r in self.sheet_rows), default=0),
                         self.MAX_COLUMNS)
        self.rows = {r.index: r for r in anatomy.rows}
        self.columns = {c.index: c for c in anatomy.columns}
        self.unsure = unsure_cells(anatomy)

    # -- Qt -----------------------------------------------------------------------------------
    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.sheet_rows)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else self.width + 1

    def flags(self, index):
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == 0 and self.sheet_rows[index.row()] in self.rows:
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        r, c = self.sheet_rows[index.row()], index.column() - 1
        row = self.rows.get(r)
        if c < 0:
            return self._role_cell(r, row, role)
        if role == Qt.ItemDataRole.DisplayRole:
            cells = self.anatomy.sheet.rows[r]
            return cell_text(cells[c]) if c < len(cells) else ""
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.unsure.get((r, c))
        if role == Qt.ItemDataRole.BackgroundRole:
            return self._brush(r, c, row)
        if role == Qt.ItemDataRole.FontRole and row is not None and row.role in (
                RowRole.HEADING, RowRole.TOTAL):
            font = QFont()
            font.setBold(True)
            return font
        return None

    def _role_cell(self, r: int, row, role):
        if role == Qt.ItemDataRole.EditRole:
            return row.role if row is not None else None
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if row is not None:
            return row_role_text(row.role)
        if r in self.anatomy.header_rows:
            return self.tr("Table header")
        return row_role_text(RowRole.NUMBERING) if r == self.anatomy.numbering_row else ""

    def _brush(self, r: int, c: int, row):
        if (r, c) in self.unsure:
            return UNSURE_BRUSH
        if r in self.anatomy.header_rows:
            return HEADER_BRUSH
        column = self.columns.get(c)
        if row is None or row.role == RowRole.IGNORE or (
                column is not None and column.role == ColumnRole.IGNORE):
            return IGNORED_BRUSH if row is not None or column is not None else None
        if column is not None and column.role == ColumnRole.VALUE and row.role != RowRole.HEADING:
            return VALUE_BRUSH
        if column is not None and column.role == ColumnRole.CODE:
            return CODE_BRUSH
        return None

    def setData(self, index, value, role=Qt.ItemDataRole.EditRole) -> bool:
        if index.column() != 0 or role != Qt.ItemDataRole.EditRole or value is None:
            return False
        self.set_row_role(self.sheet_rows[index.row()], RowRole(value))
        return True

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Vertical:
            return self.sheet_rows[section] + 1 if role == Qt.ItemDataRole.DisplayRole else None
        if section == 0:
            return self.tr("Row is") if role == Qt.ItemDataRole.DisplayRole else None
        column = self.columns.get(section - 1)
        letter = cell_address(0, section - 1)[:-1]
        if role == Qt.ItemDataRole.DisplayRole:
            what = column_role_text(column.role) if column is not None else self.tr("(empty)")
            return f"{letter}\n{what}"
        if role == Qt.ItemDataRole.ToolTipRole and column is not None:
            return self._column_tip(column)
        if role == Qt.ItemDataRole.BackgroundRole and column is not None and not column.sure:
            return UNSURE_BRUSH
        return None

    def _column_tip(self, column) -> str:
        parts = [column.name or self.tr("(no header)")]
        if column.role == ColumnRole.VALUE:
            if column.year:
                parts.append(self.tr("year %1").replace("%1", str(column.year)))
            if column.when == "previous":
                parts.append(self.tr("an earlier period's figure"))
            if column.scale > 1:
                parts.append(self.tr("in units of %1 đồng").replace("%1", f"{column.scale:,}"
                                                                .replace(",", ".")))
        if not column.sure:
            parts.append(self.tr("Unsure: %1").replace("%1", column.why))
        parts.append(self.tr("Click to change what this column is."))
        return "\n".join(parts)


class TemplateReview(QDialog):
    """Check what was read from a template (see the module text). After "Continue",
    :attr:`draft` is the form made from the table as corrected."""

    def __init__(self, draft: FormDraft, parent: QWidget | None = None):
        super().__init__(parent)
        assert draft.anatomy is not None
        self.draft = draft
        self.setWindowTitle(self.tr("Check the table read from the template"))
        fit_to_screen(self, QSize(1100, 680))  # a laptop's screen may be smaller
        self.model = TemplateModel(draft.anatomy, self)
        self.role_delegate = ChoiceDelegate(self)
        self.role_delegate.choices = [(role, row_role_text(role)) for role in ROW_CHOICES]
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setItemDelegateForColumn(0, self.role_delegate)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers)
        self.view.setWordWrap(True)
        self.view.horizontalHeader().sectionClicked.connect(self._column_menu)
        self.view.horizontalHeader().setMinimumSectionSize(40)
        self.view.setColumnWidth(0, 150)
        self.model.modelReset.connect(self._fit)
        self._fit()
        hint = QLabel(self.tr(
            "This is the table read from the template. Check what each row is (first column) "
            "and what each column is (click its header to change it). Yellow cells are where "
            "the program is unsure: point at one to see why. Blue: the table header; green: "
            "where units write their figures; grey: set aside."))
        hint.setWordWrap(True)
        hint.setObjectName("hint")
        self.notes = QLabel("\n".join(draft.notes))
        self.notes.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Continue"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.notes)
        layout.addWidget(buttons)

    def _fit(self) -> None:
        self.view.clearSpans()  # the sheet's merged cells, as the sheet shows them
        rows = self.model.sheet_rows
        for r0, c0, r1, c1 in self.model.anatomy.sheet.merged:
            if r0 in rows and c0 < self.model.width and (r1 > r0 or c1 > c0):
                last = min(r1, rows[-1])
                self.view.setSpan(rows.index(r0), c0 + 1, last - r0 + 1,
                                  min(c1, self.model.width - 1) - c0 + 1)
        for column in range(1, self.model.columnCount()):
            laid = self.model.columns.get(column - 1)
            wide = laid is not None and laid.index == self.model.anatomy.label_col
            self.view.setColumnWidth(column, 300 if wide else 90)
        self.view.resizeRowsToContents()

    def _column_menu(self, section: int) -> None:
        if section == 0 or section - 1 not in self.model.columns:
            return
        menu = QMenu(self)
        current = self.model.columns[section - 1].role
        for role in COLUMN_CHOICES:
            action = menu.addAction(column_role_text(role))
            action.setCheckable(True)
            action.setChecked(role == current)
            action.triggered.connect(
                lambda _c=False, r=role: self.model.set_column_role(section - 1, r))
        menu.popup(QCursor.pos())
        self._menu = menu  # kept for tests and while it is open

    def accept(self) -> None:
        try:
            draft = draft_from_anatomy(self.model.anatomy, self.draft.source)
        except UserError as exc:
            QMessageBox.warning(self, self.tr("Cannot make the form"), exc.message)
            return
        self.draft = draft
        super().accept()
