"""Đơn vị page: the grassroots unions in a table with search and sector filter; add, edit,
dissolve/merge (history stays), and import the list from Excel."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSortFilterProxyModel, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from unionplanner.core.text import format_number
from unionplanner.domain.units import service
from unionplanner.domain.units.excel import SPREADSHEET_SUFFIXES, import_units
from unionplanner.ui.shell import file_dialogs, labels
from unionplanner.ui.shell.context import UNITS, AppContext
from unionplanner.ui.shell.table_model import OBJECT_ROLE, SORT_ROLE, Column, RecordTableModel
from unionplanner.ui.startup.demo import before_real_units
from unionplanner.ui.units.dialogs import EndUnitDialog, UnitDialog

# column numbers of the units table
COL_CODE, COL_NAME, COL_SECTOR, COL_MEMBERS, COL_WORKERS, COL_STATUS = range(6)


class UnitsPage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search by code or name…"))
        self.search.setClearButtonEnabled(True)
        self.sector = QComboBox()
        self.sector.addItem(self.tr("All sectors"), None)
        for code in labels.sector_codes():
            self.sector.addItem(labels.sector_label(code), code)
        self.show_ended = QCheckBox(self.tr("Show dissolved and merged units"))
        self.add_button = QPushButton(self.tr("Add unit…"))
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.end_button = QPushButton(self.tr("Dissolve / merge…"))
        self.import_button = QPushButton(self.tr("Import from Excel…"))
        self.summary = QLabel()

        self.model = RecordTableModel(self._columns(), self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.proxy.setSortCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(COL_CODE, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_NAME, QHeaderView.ResizeMode.Stretch)

        filters = QHBoxLayout()
        filters.addWidget(self.search, 2)
        filters.addWidget(self.sector, 1)
        filters.addWidget(self.show_ended)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.end_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.import_button)
        title = QLabel(self.tr("Grassroots unions"))
        title.setObjectName("pageTitle")
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addLayout(filters)
        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.summary)

        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(200)
        self._debounce.timeout.connect(self.refresh)
        self.search.textChanged.connect(self._debounce.start)
        self.sector.currentIndexChanged.connect(self.refresh)
        self.show_ended.toggled.connect(self.refresh)
        self.add_button.clicked.connect(self.add_unit)
        self.edit_button.clicked.connect(self.edit_unit)
        self.end_button.clicked.connect(self.end_or_reopen_unit)
        self.import_button.clicked.connect(self.choose_import_file)
        self.table.doubleClicked.connect(lambda _index: self.edit_unit())
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        ctx.changed.connect(self._on_changed)
        self.setAcceptDrops(True)
        self.refresh()

    def _columns(self) -> list[Column]:
        return [
            Column(self.tr("Code"), lambda r: r["code"]),
            Column(self.tr("Name"), lambda r: r["name"]),
            Column(self.tr("Sector"), lambda r: labels.sector_label(r["sector"])),
            Column(self.tr("Members"), lambda r: labels.number(r["members"]),
                   sort=lambda r: r["members"] or 0, numeric=True),
            Column(self.tr("Workers"), lambda r: labels.number(r["workers"]),
                   sort=lambda r: r["workers"] or 0, numeric=True),
            Column(self.tr("Status"), self._status),
        ]

    def _status(self, record: dict) -> str:
        if record["active"]:
            return self.tr("Active")
        reason = labels.end_reason_label(record["end_reason"])
        if not record["active_to"]:
            return reason
        y, m, d = record["active_to"].split("-")
        return labels.fill(self.tr("%1 (active until %2)"), reason, f"{d}/{m}/{y}")

    def _on_changed(self, topics: set[str]) -> None:
        if UNITS in topics:
            self.refresh()

    def refresh(self) -> None:
        def load(session):
            units = service.list_units(session, search=self.search.text(),
                                       sector=self.sector.currentData(),
                                       include_ended=self.show_ended.isChecked())
            return [dict(service.unit_to_dict(u), id=u.id, note=u.note) for u in units]

        records = self.ctx.read(load)
        self.model.set_records(records)
        active = [r for r in records if r["active"]]
        self.summary.setText(labels.fill(
            self.tr("%1 units shown · %2 members · %3 workers"),
            format_number(len(records)),
            format_number(sum(r["members"] or 0 for r in active)),
            format_number(sum(r["workers"] or 0 for r in active))))
        self._update_buttons()

    def selected(self) -> dict | None:
        rows = self.table.selectionModel().selectedRows()
        return self.proxy.index(rows[0].row(), 0).data(OBJECT_ROLE) if rows else None

    def _update_buttons(self) -> None:
        unit = self.selected()
        writable = not self.ctx.db.read_only
        for button in (self.add_button, self.import_button):
            button.setEnabled(writable)
        self.edit_button.setEnabled(writable and unit is not None)
        self.end_button.setEnabled(writable and unit is not None)
        self.end_button.setText(self.tr("Reactivate") if unit and not unit["active"]
                                else self.tr("Dissolve / merge…"))

    def add_unit(self) -> None:
        dialog = UnitDialog(lambda f: self.ctx.write_now(
            lambda s: service.add_unit(s, f), topics={UNITS}), parent=self)
        dialog.exec()

    def edit_unit(self) -> None:
        unit = self.selected()
        if unit is None or self.ctx.db.read_only:
            return
        dialog = UnitDialog(lambda f: self.ctx.write_now(
            lambda s: service.update_unit(s, unit["id"], f), topics={UNITS}),
            initial=unit, parent=self)
        dialog.exec()

    def end_or_reopen_unit(self) -> None:
        unit = self.selected()
        if unit is None:
            return
        if not unit["active"]:
            self.ctx.write_now(lambda s: service.reopen_unit(s, unit["id"]), topics={UNITS})
            return
        others = [r for r in self.model.records() if r["active"] and r["id"] != unit["id"]]
        dialog = EndUnitDialog(
            lambda on, reason, target, note: self.ctx.write_now(
                lambda s: service.end_unit(s, unit["id"], on, reason, target, note),
                topics={UNITS}),
            unit, others, parent=self)
        dialog.exec()

    def choose_import_file(self) -> None:
        patterns = " ".join(f"*{s}" for s in SPREADSHEET_SUFFIXES)
        chosen = file_dialogs.open_path(self, self.tr("Import the list of grassroots unions"),
                                        labels.fill(self.tr("Spreadsheets (%1)"), patterns))
        if chosen is not None:  # with the demo loaded, offer to remove it first
            before_real_units(self, self.ctx, lambda: self.import_file(chosen))

    def import_file(self, path: Path):
        """Import ``path`` off the GUI thread; returns the task (tests wait on it)."""
        def done(result) -> None:
            text = labels.fill(self.tr("Imported %1: %2 added, %3 updated, %4 unchanged."),
                               path.name, result.added, result.updated, result.unchanged)
            box = QMessageBox(QMessageBox.Icon.Information, self.tr("Import units"), text,
                              QMessageBox.StandardButton.Ok, self)
            notes = list(result.warnings)
            if result.not_in_file:
                notes.append(labels.fill(self.tr("Units not in the file (kept): %1"),
                                         ", ".join(result.not_in_file)))
            if notes:
                box.setDetailedText("\n".join(notes))
            box.open()

        return self.ctx.write(lambda s, progress, cancel: import_units(
            s, path, progress=progress, cancel=cancel),
            label=labels.fill(self.tr("Importing units from %1"), path.name),
            topics={UNITS}, on_done=done)

    # drag a unit list onto the page
    def dragEnterEvent(self, event) -> None:
        urls = event.mimeData().urls()
        if len(urls) == 1 and urls[0].toLocalFile().lower().endswith(SPREADSHEET_SUFFIXES):
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:
        self.import_file(Path(event.mimeData().urls()[0].toLocalFile()))
