"""The wizard's preview step: each file as read, before anything is written — the detected
table highlighted in the sheet, the values, the row ↔ indicator mapping (changeable), the
problems; the unit, the sheet and single values can be corrected and the file skipped. A
change re-reads that one file on the GUI thread (a few milliseconds)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (QAbstractItemView, QCheckBox, QComboBox, QFormLayout,
                               QHeaderView, QLabel, QListWidget, QListWidgetItem, QMessageBox,
                               QSizePolicy, QSplitter, QStyle, QTableWidget, QTableWidgetItem,
                               QTabWidget, QVBoxLayout, QWidget, QWizardPage)

from unionplanner.imports.analysis import analyse_file, found_value_cells
from unionplanner.imports.findings import ERROR, FAILED, WARNING, FileAnalysis, Overrides
from unionplanner.imports.service import (
    DUPLICATE, ERROR_FILE, IMPORTED, REPLACED, SKIPPED_FILE, plan_batch, prepare)
from unionplanner.imports.values import NO_RESULT
from unionplanner.imports.workbook import cell_address

if TYPE_CHECKING:
    from unionplanner.ui.import_wizard import ImportWizard

_HEADER_BRUSH = QBrush(QColor("#cfe2f3"))
_VALUE_BRUSH = QBrush(QColor("#d9ead3"))
_ERROR_BRUSH = QBrush(QColor("#f4cccc"))
_SKIPPED_BRUSH = QBrush(QColor("#eeeeee"))


def _value_text(value) -> str:
    if value is True:
        return QWizardPage.tr("Yes")
    if value is False:
        return QWizardPage.tr("No")
    if value is None:
        return ""
    from unionplanner.textutil import format_number

    return format_number(value)


class PreviewPage(QWizardPage):
    """Step 3: each file as read, before anything is written."""

    def __init__(self, wizard: "ImportWizard"):
        super().__init__()
        self._wizard = wizard
        self.setTitle(self.tr("Check each file"))
        self.setSubTitle(self.tr("Nothing is stored yet. Green cells are the values read, blue "
                                 "the table's header, red the cells with a problem."))
        self.files = QListWidget()
        self.files.currentRowChanged.connect(self._show)
        self.unit = QComboBox()
        self.unit.setEditable(False)
        self.unit.activated.connect(self._unit_chosen)
        self.skip = QCheckBox(self.tr("Do not import this file"))
        self.skip.toggled.connect(self._skip_toggled)
        self.sheet_choice = QComboBox()
        self.sheet_choice.activated.connect(self._sheet_chosen)
        self.values = QTableWidget(0, 4)
        self.values.setHorizontalHeaderLabels([self.tr("Indicator"), self.tr("Value"),
                                               self.tr("Cell"), self.tr("Row in the file")])
        self.values.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.values.verticalHeader().setVisible(False)
        self.values.itemChanged.connect(self._value_edited)
        self.mapping = QTableWidget(0, 2)
        self.mapping.setHorizontalHeaderLabels([self.tr("Row or column in the file"),
                                                self.tr("Indicator of the form")])
        self.mapping.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.mapping.verticalHeader().setVisible(False)
        self.grid = QTableWidget()
        self.grid.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.problems = QListWidget()
        self.problems.setWordWrap(True)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.values, self.tr("Values"))
        self.tabs.addTab(self.grid, self.tr("The sheet"))
        self.tabs.addTab(self.mapping, self.tr("Rows ↔ indicators"))
        self.tabs.addTab(self.problems, self.tr("Problems"))
        self.summary = QLabel()
        self.summary.setWordWrap(True)

        right = QWidget()
        form = QFormLayout()
        form.addRow(self.tr("Unit"), self.unit)
        form.addRow(self.tr("Sheet"), self.sheet_choice)
        form.addRow(self.skip)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.summary)
        right_layout.addLayout(form)
        right_layout.addWidget(self.tabs, 1)
        splitter = QSplitter()
        splitter.addWidget(self.files)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([330, 770])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        # QWizard only gives a page the spare height when the page asks for it
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)
        self._ready = False
        self._filling = False

    # -- loading ---------------------------------------------------------------------------
    def initializePage(self) -> None:
        self._ready = False
        self.files.clear()
        self.completeChanged.emit()
        wizard = self._wizard
        paths, form_id, period = wizard.paths, wizard.form_id, wizard.period
        db = wizard.ctx.db

        def job(progress, cancel):
            with db.session() as session:
                ctx = prepare(session, form_id, period)
            analyses = []
            for number, path in enumerate(paths):
                cancel.check()
                progress(number, len(paths), path.name)
                analyses.append(analyse_file(path, ctx))
            return ctx, analyses

        def done(result) -> None:
            wizard.analysis_ctx, wizard.analyses = result
            self._replan()
            self._ready = True
            self.completeChanged.emit()
            if self.files.count():
                self.files.setCurrentRow(0)

        def failed(exc) -> bool:
            wizard.back()
            return False

        wizard.ctx.runner.run(job, label=self.tr("Reading the files"), on_done=done,
                              on_error=failed)

    def _replan(self) -> None:
        wizard = self._wizard
        wizard.plans = wizard.ctx.read(
            lambda s: plan_batch(s, wizard.analysis_ctx, wizard.analyses))
        current = self.files.currentRow()
        self.files.blockSignals(True)
        self.files.clear()
        style = self.style()
        for plan in wizard.plans:
            item = QListWidgetItem(plan.analysis.name)
            icon = {IMPORTED: QStyle.StandardPixmap.SP_DialogApplyButton,
                    REPLACED: QStyle.StandardPixmap.SP_BrowserReload,
                    DUPLICATE: QStyle.StandardPixmap.SP_DialogNoButton,
                    SKIPPED_FILE: QStyle.StandardPixmap.SP_DialogNoButton,
                    ERROR_FILE: QStyle.StandardPixmap.SP_MessageBoxCritical}[plan.status]
            if plan.status in (IMPORTED, REPLACED) and any(
                    p.severity in (WARNING, ERROR) for p in plan.analysis.all_problems()):
                icon = QStyle.StandardPixmap.SP_MessageBoxWarning
            item.setIcon(style.standardIcon(icon))
            item.setToolTip(self._status_text(plan))
            self.files.addItem(item)
        self.files.blockSignals(False)
        if current >= 0:
            self.files.setCurrentRow(min(current, self.files.count() - 1))

    def _status_text(self, plan) -> str:
        texts = {IMPORTED: self.tr("Will be imported"), REPLACED: self.tr("Replaces an earlier report"),
                 DUPLICATE: self.tr("Already imported: skipped"),
                 SKIPPED_FILE: self.tr("Skipped"), ERROR_FILE: self.tr("Cannot be imported")}
        return texts[plan.status]

    def isComplete(self) -> bool:
        return self._ready

    # -- one file -----------------------------------------------------------------------------
    def _plan(self):
        row = self.files.currentRow()
        if row < 0 or row >= len(self._wizard.plans):
            return None, -1
        return self._wizard.plans[row], row

    def _show(self, row: int) -> None:
        plan, row = self._plan()
        if plan is None:
            return
        self._filling = True
        analysis = plan.analysis
        head = f"<b>{analysis.name}</b> — {self._status_text(plan)}"
        if plan.reason:
            head += f"<br>{plan.reason}"
        self.summary.setText(head)
        self._fill_units(analysis)
        self.sheet_choice.clear()
        for name in analysis.sheet_names:
            self.sheet_choice.addItem(name)
        if analysis.table is not None:
            self.sheet_choice.setCurrentText(analysis.table.sheet.name)
        self.sheet_choice.setEnabled(len(analysis.sheet_names) > 1)
        self.skip.setChecked(analysis.overrides.skip)
        self._fill_values(analysis)
        self._fill_mapping(analysis)
        self._fill_grid(analysis)
        self.problems.clear()
        for problem in analysis.all_problems():
            item = QListWidgetItem(problem.text())
            icon = {ERROR: QStyle.StandardPixmap.SP_MessageBoxCritical,
                    WARNING: QStyle.StandardPixmap.SP_MessageBoxWarning}.get(
                problem.severity, QStyle.StandardPixmap.SP_MessageBoxInformation)
            item.setIcon(self.style().standardIcon(icon))
            self.problems.addItem(item)
        self.tabs.setTabText(3, self.tr("Problems (%1)").replace(
            "%1", str(self.problems.count())))
        self._filling = False

    def _fill_units(self, analysis: FileAnalysis) -> None:
        self.unit.clear()
        single = analysis.table is not None and analysis.table.layout == "rows"
        self.unit.setEnabled(single or analysis.status == FAILED and analysis.book is not None)
        self.unit.addItem(self.tr("(choose the unit)"), None)
        ctx = self._wizard.analysis_ctx
        for unit in ctx.units.units:
            self.unit.addItem(f"{unit.code} – {unit.name}", unit.id)
        if single and analysis.parts and analysis.parts[0].unit:
            self.unit.setCurrentIndex(self.unit.findData(analysis.parts[0].unit.id))
        elif not single and analysis.parts:
            self.unit.setItemText(0, self.tr("%n unit(s) on this sheet", "", len(analysis.parts)))

    def _fill_values(self, analysis: FileAnalysis) -> None:
        names = {t.code: t.name for t in self._wizard.analysis_ctx.form.targets}
        rows = []
        for part in analysis.parts:
            prefix = f"{part.unit.code}: " if part.unit and analysis.table and \
                analysis.table.layout == "units" else ""
            for code, found in part.values.items():
                rows.append((part, code, prefix + names[code], found))
        self.values.setRowCount(len(rows))
        errors = {p.cell for p in analysis.all_problems() if p.severity == ERROR}
        for r, (part, code, name, found) in enumerate(rows):
            name_item = QTableWidgetItem(name)
            name_item.setFlags(name_item.flags() & ~Qt.ItemFlag.ItemIsEditable)
            value_item = QTableWidgetItem(_value_text(found.value))
            value_item.setData(Qt.ItemDataRole.UserRole, (part.unit.id if part.unit else None, code))
            if found.cell in errors:
                value_item.setBackground(_ERROR_BRUSH)
            cell_item = QTableWidgetItem(found.cell)
            label_item = QTableWidgetItem(found.label + ("" if found.sure else " (?)"))
            for item in (cell_item, label_item):
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
            for c, item in enumerate((name_item, value_item, cell_item, label_item)):
                self.values.setItem(r, c, item)

    def _fill_mapping(self, analysis: FileAnalysis) -> None:
        targets = self._wizard.analysis_ctx.form.targets
        self.mapping.setRowCount(len(analysis.mappings))
        for r, m in enumerate(analysis.mappings):
            label = QTableWidgetItem(m.label + ("" if m.sure or not m.code else
                                                f"  ({m.score:.0f}%)"))
            label.setFlags(label.flags() & ~Qt.ItemFlag.ItemIsEditable)
            if m.code and not m.sure:
                label.setBackground(QBrush(QColor("#fff2cc")))
            self.mapping.setItem(r, 0, label)
            combo = QComboBox()
            combo.addItem(self.tr("(not on the form: ignore)"), None)
            for target in targets:
                combo.addItem(f"{target.position}. {target.name}", target.code)
            combo.setCurrentIndex(max(0, combo.findData(m.code)))
            combo.activated.connect(lambda _i, index=m.index, box=combo:
                                    self._mapping_chosen(index, box.currentData()))
            self.mapping.setCellWidget(r, 1, combo)

    def _fill_grid(self, analysis: FileAnalysis) -> None:
        table = analysis.table
        self.grid.clear()
        if table is None:
            self.grid.setRowCount(0)
            self.grid.setColumnCount(0)
            return
        rows = table.sheet.rows[:400]
        width = min(max((len(r) for r in rows), default=0), 40)
        self.grid.setRowCount(len(rows))
        self.grid.setColumnCount(width)
        self.grid.setHorizontalHeaderLabels([cell_address(0, c)[:-1] for c in range(width)])
        values = found_value_cells(analysis)
        errors = {p.cell for p in analysis.all_problems() if p.severity == ERROR and p.cell}
        skipped = {r for r, _reason in table.skipped}
        for r, row in enumerate(rows):
            for c in range(min(len(row), width)):
                text = self._cell_text(row[c])
                item = QTableWidgetItem(text)
                if r in table.header_rows:
                    item.setBackground(_HEADER_BRUSH)
                elif cell_address(r, c) in errors:
                    item.setBackground(_ERROR_BRUSH)
                elif (r, c) in values:
                    item.setBackground(_VALUE_BRUSH)
                elif r in skipped:
                    item.setBackground(_SKIPPED_BRUSH)
                self.grid.setItem(r, c, item)
        self.grid.resizeColumnsToContents()
        for c in range(width):
            self.grid.setColumnWidth(c, min(self.grid.columnWidth(c), 260))
        if table.data_rows:
            self.grid.scrollToItem(self.grid.item(table.header_rows[0] if table.header_rows
                                                  else table.data_rows[0], 0),
                                   QAbstractItemView.ScrollHint.PositionAtTop)

    def _cell_text(self, cell) -> str:
        if cell is NO_RESULT:
            return self.tr("(formula, no result)")
        if cell in ("", None):
            return ""
        if isinstance(cell, str):
            return cell
        if isinstance(cell, bool) or (isinstance(cell, (int, float)) and float(cell).is_integer()):
            return _value_text(int(cell) if not isinstance(cell, bool) else cell)
        return str(cell)

    # -- the user's changes ---------------------------------------------------------------------
    def _reanalyse(self, overrides: Overrides) -> None:
        plan, row = self._plan()
        if plan is None:
            return
        wizard = self._wizard
        wizard.analyses[row] = analyse_file(plan.analysis.path, wizard.analysis_ctx, overrides)
        self._replan()
        self._show(row)

    def _unit_chosen(self, _index: int) -> None:
        plan, _row = self._plan()
        unit_id = self.unit.currentData()
        if plan is None or self._filling or unit_id is None:
            return
        overrides = plan.analysis.overrides
        overrides.unit_id = unit_id
        self._wizard.chosen_units.add(str(plan.analysis.path))
        self._reanalyse(overrides)

    def _sheet_chosen(self, _index: int) -> None:
        plan, _row = self._plan()
        if plan is None or self._filling:
            return
        overrides = plan.analysis.overrides
        overrides.sheet = self.sheet_choice.currentText()
        overrides.mapping.clear()
        self._reanalyse(overrides)

    def _skip_toggled(self, checked: bool) -> None:
        plan, _row = self._plan()
        if plan is None or self._filling:
            return
        overrides = plan.analysis.overrides
        overrides.skip = checked
        self._reanalyse(overrides)

    def _mapping_chosen(self, index: int, code) -> None:
        plan, _row = self._plan()
        if plan is None:
            return
        overrides = plan.analysis.overrides
        overrides.mapping[index] = code
        self._reanalyse(overrides)

    def _value_edited(self, item: QTableWidgetItem) -> None:
        if self._filling or item.column() != 1:
            return
        plan, _row = self._plan()
        key = item.data(Qt.ItemDataRole.UserRole)
        if plan is None or not key or key[0] is None:
            return
        from unionplanner.imports.values import parse_value

        kind = self._wizard.analysis_ctx.form.kinds[key[1]]
        parsed = parse_value(item.text(), kind)
        if parsed.error:
            QMessageBox.warning(self, self.tr("Import reports"), parsed.error)
            self._show(self.files.currentRow())
            return
        overrides = plan.analysis.overrides
        overrides.values[tuple(key)] = parsed.value
        self._reanalyse(overrides)
