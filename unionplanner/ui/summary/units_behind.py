"""The units behind one figure of the summary report: each unit's value with the file, sheet
and cell it came from, and the kept original opened from there."""

from __future__ import annotations

from PySide6.QtCore import QSize, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from unionplanner.domain.report_forms.kinds import IndicatorKind
from unionplanner.domain.units.sectors import SECTORS
from unionplanner.ui.shell.screens import fit_to_screen
from unionplanner.ui.shell.table_model import OBJECT_ROLE, Column, RecordTableModel


def table_view(model, stretch: int) -> QTableView:
    """A read-only row table over ``model``; column ``stretch`` takes the spare width."""
    view = QTableView()
    view.setModel(model)
    view.verticalHeader().setVisible(False)
    view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
    view.setSortingEnabled(False)
    view.horizontalHeader().setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    return view


class UnitsBehind(QDialog):
    """The units behind an indicator's figure, each value with its file, sheet and cell;
    "Mở tệp gốc" opens the copy kept when the file was imported."""

    def __init__(self, indicator, locate, parent: QWidget | None = None):
        """``locate(stored_name)`` gives the kept original on this PC, or None."""
        from unionplanner.domain.received.period_checks import period_text
        from unionplanner.domain.summary.report import figure

        super().__init__(parent)
        self.locate = locate
        self.setWindowTitle(indicator.name)
        fit_to_screen(self, QSize(900, 560))  # a laptop's screen may be smaller
        self.model = RecordTableModel([
            Column(self.tr("Code"), lambda v: v.unit.code),
            Column(self.tr("Grassroots union"), lambda v: v.unit.name),
            Column(self.tr("Sector"), lambda v: SECTORS.get(v.unit.sector, v.unit.sector)),
            # a half-year's "2025-H1" has no month to read (issue 27 item 1)
            Column(self.tr("Period"), lambda v: period_text(v.period)),
            Column(self.tr("Value"), lambda v: "" if v.value is None else (
                (self.tr("yes") if v.value else self.tr("no"))
                if indicator.kind == IndicatorKind.YESNO
                else figure(indicator, v.value / 100 if indicator.kind == "percent" else
                            v.value)), numeric=True, sort=lambda v: v.value or 0),
            Column(self.tr("File"), lambda v: v.file),
            Column(self.tr("Sheet"), lambda v: v.sheet),
            Column(self.tr("Cell"), lambda v: v.cell),
        ], self)
        self.model.set_records(indicator.values)
        self.view = table_view(self.model, 1)
        self.view.doubleClicked.connect(lambda _i: self.open_source())
        open_button = QPushButton(self.tr("Open the original file"))
        open_button.clicked.connect(self.open_source)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))
        buttons.rejected.connect(self.reject)
        buttons.addButton(open_button, QDialogButtonBox.ButtonRole.ActionRole)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Total: %1 from %2 unit(s).").replace(
            "%1", figure(indicator)).replace("%2", str(indicator.units_reported))))
        layout.addWidget(self.view, 1)
        layout.addWidget(buttons)

    def open_source(self) -> None:
        rows = self.view.selectionModel().selectedRows()
        if rows:
            value = rows[0].data(OBJECT_ROLE)
            path = self.locate(value.stored_name)
            if path is None:
                QMessageBox.information(self, self.windowTitle(), self.tr(
                    "The original of this file is not on this PC (it was imported on another "
                    "PC before files were kept in the shared database)."))
                return
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
