"""The import wizard: choose files → form and period → preview each file (detected table
highlighted, mappings, problems; fix a value, change a mapping or the unit, skip a file) →
summary of what will change (confirm replacements) → import with progress and Cancel →
result with "Undo this import".

All reading and the commit run off the GUI thread through the window's TaskRunner; the
preview re-reads a single file on the GUI thread when the user changes something (a few
milliseconds). The wizard only holds domain objects; nothing is written before the last page.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (QAbstractItemView, QCheckBox, QComboBox, QDateEdit,
                               QFileDialog, QFormLayout, QHBoxLayout, QHeaderView, QLabel,
                               QListWidget, QListWidgetItem, QMessageBox, QPushButton,
                               QSizePolicy, QSplitter, QStyle, QTableWidget, QTableWidgetItem, QTabWidget,
                               QVBoxLayout, QWidget, QWizard, QWizardPage)

from unionplanner.imports.analysis import (
    ERROR, FAILED, SKIPPED, WARNING, FileAnalysis, Overrides, analyse_file, found_value_cells)
from unionplanner.imports.service import (
    DUPLICATE, ERROR_FILE, IMPORTED, REPLACE, REPLACED, SKIPPED_FILE, Remember,
    commit_batch, expand_paths, plan_batch, prepare, received_dir, undo_batch)
from unionplanner.imports.values import NO_RESULT
from unionplanner.imports.workbook import SUFFIXES, cell_address
from unionplanner.ui.context import REPORTS, AppContext

_HEADER_BRUSH = QBrush(QColor("#cfe2f3"))
_VALUE_BRUSH = QBrush(QColor("#d9ead3"))
_ERROR_BRUSH = QBrush(QColor("#f4cccc"))
_SKIPPED_BRUSH = QBrush(QColor("#eeeeee"))


def _value_text(value) -> str:
    if value is True:
        return QWizard.tr("Yes")
    if value is False:
        return QWizard.tr("No")
    if value is None:
        return ""
    from unionplanner.textutil import format_number

    return format_number(value)


class FilesPage(QWizardPage):
    """Step 1: the files (and folders) to import; files can be dropped here too."""

    def __init__(self, wizard: "ImportWizard"):
        super().__init__()
        self.setTitle(self.tr("Choose the report files"))
        self.setSubTitle(self.tr("Excel (.xlsx, .xls), LibreOffice (.ods) or CSV files from the "
                                 "grassroots unions. You can also drag files or folders here."))
        self._wizard = wizard
        self.list = QListWidget()
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        add_files = QPushButton(self.tr("Add files…"))
        add_folder = QPushButton(self.tr("Add a folder…"))
        remove = QPushButton(self.tr("Remove selected"))
        add_files.clicked.connect(self._add_files)
        add_folder.clicked.connect(self._add_folder)
        remove.clicked.connect(self._remove)
        buttons = QHBoxLayout()
        for button in (add_files, add_folder, remove):
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.count = QLabel()
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.count)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)
        self.setAcceptDrops(True)

    def paths(self) -> list[Path]:
        return [Path(self.list.item(i).data(Qt.ItemDataRole.UserRole))
                for i in range(self.list.count())]

    def add_paths(self, items) -> None:
        known = {str(p) for p in self.paths()}
        try:
            files = expand_paths(items)
        except Exception as exc:  # a path vanished meanwhile
            QMessageBox.warning(self, self.tr("Import reports"), str(exc))
            return
        for path in files:
            if str(path) in known:
                continue
            known.add(str(path))
            item = QListWidgetItem(path.name)
            item.setData(Qt.ItemDataRole.UserRole, str(path))
            item.setToolTip(str(path))
            self.list.addItem(item)
        self.count.setText(self.tr("%n file(s)", "", self.list.count()))
        self.completeChanged.emit()

    def _add_files(self) -> None:
        patterns = " ".join(f"*{s}" for s in SUFFIXES)
        files, _ = QFileDialog.getOpenFileNames(
            self, self.tr("Add report files"), "", self.tr("Reports (%1)").replace("%1", patterns))
        self.add_paths(files)

    def _add_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Add a folder of reports"))
        if folder:
            self.add_paths([folder])

    def _remove(self) -> None:
        for item in self.list.selectedItems():
            self.list.takeItem(self.list.row(item))
        self.count.setText(self.tr("%n file(s)", "", self.list.count()))
        self.completeChanged.emit()

    def dragEnterEvent(self, event) -> None:
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:
        self.add_paths([url.toLocalFile() for url in event.mimeData().urls() if url.isLocalFile()])
        event.acceptProposedAction()

    def isComplete(self) -> bool:
        return self.list.count() > 0


class FormPeriodPage(QWizardPage):
    """Step 2: which form the files answer and for which period."""

    def __init__(self, wizard: "ImportWizard"):
        super().__init__()
        self._wizard = wizard
        self.setTitle(self.tr("Report form and period"))
        self.setSubTitle(self.tr("The files are read against the indicators of this form; the "
                                 "values are stored for this period."))
        self.form = QComboBox()
        self.period = QDateEdit()
        self.period.setDisplayFormat("MM/yyyy")
        self.period.setCalendarPopup(True)
        self.none_label = QLabel(self.tr("There is no report form yet. Close the wizard and use "
                                         "\"Import a form from Excel…\" first."))
        self.none_label.setWordWrap(True)
        layout = QFormLayout(self)
        layout.addRow(self.tr("Report form"), self.form)
        layout.addRow(self.tr("Period (month)"), self.period)
        layout.addRow(self.none_label)

    def initializePage(self) -> None:
        from unionplanner.forms.service import list_forms

        forms = self._wizard.ctx.read(lambda s: [(f.id, f.name) for f in list_forms(s)])
        self.form.clear()
        for form_id, name in forms:
            self.form.addItem(name, form_id)
        if self._wizard.form_id is not None:
            self.form.setCurrentIndex(max(0, self.form.findData(self._wizard.form_id)))
        year, month = (int(x) for x in self._wizard.period.split("-"))
        self.period.setDate(QDate(year, month, 1))
        self.none_label.setVisible(not forms)

    def isComplete(self) -> bool:
        return self.form.count() > 0

    def validatePage(self) -> bool:
        self._wizard.form_id = self.form.currentData()
        self._wizard.period = self.period.date().toString("yyyy-MM")
        return True


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


class SummaryPage(QWizardPage):
    """Step 4: what will change; replacements need a tick."""

    def __init__(self, wizard: "ImportWizard"):
        super().__init__()
        self._wizard = wizard
        self.setTitle(self.tr("What will change"))
        self.setSubTitle(self.tr("Untick a replacement to keep the report already stored."))
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.replacements = QListWidget()
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addWidget(QLabel(self.tr("Reports that replace earlier ones:")))
        layout.addWidget(self.replacements, 1)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)

    def initializePage(self) -> None:
        plans = self._wizard.plans
        counts = {status: sum(1 for p in plans if p.status == status)
                  for status in (IMPORTED, REPLACED, DUPLICATE, SKIPPED_FILE, ERROR_FILE)}
        units = sum(1 for p in plans for part in p.parts if part.action in ("new", REPLACE))
        values = sum(len(part.part.values) for p in plans for part in p.parts
                     if part.action in ("new", REPLACE))
        lines = [
            self.tr("Period %1, form \"%2\".").replace("%1", self._wizard.period).replace(
                "%2", self._wizard.form_name()),
            self.tr("%1 file(s) will be imported (%2 unit reports, %3 values); %4 replace "
                    "earlier reports.").replace("%1", str(counts[IMPORTED] + counts[REPLACED]))
            .replace("%2", str(units)).replace("%3", str(values))
            .replace("%4", str(counts[REPLACED])),
            self.tr("Not imported: %1 already imported, %2 skipped, %3 with errors.")
            .replace("%1", str(counts[DUPLICATE])).replace("%2", str(counts[SKIPPED_FILE]))
            .replace("%3", str(counts[ERROR_FILE])),
        ]
        self.text.setText("<br>".join(lines))
        self.replacements.clear()
        for index, plan in enumerate(plans):
            for part in plan.parts:
                if part.action != REPLACE or part.part.unit is None:
                    continue
                item = QListWidgetItem(f"{part.part.unit.code} – {part.part.unit.name}  ←  "
                                       f"{plan.analysis.name}")
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Checked)
                item.setData(Qt.ItemDataRole.UserRole, index)
                self.replacements.addItem(item)

    def validatePage(self) -> bool:
        for i in range(self.replacements.count()):
            item = self.replacements.item(i)
            if item.checkState() != Qt.CheckState.Checked:
                plan = self._wizard.plans[item.data(Qt.ItemDataRole.UserRole)]
                plan.analysis.overrides.skip = True
                plan.analysis.status = SKIPPED
                plan.status = SKIPPED_FILE
                plan.parts = []
        return True


class ResultPage(QWizardPage):
    """Step 5: the import itself (off the GUI thread) and its result, with Undo."""

    undone = Signal()

    def __init__(self, wizard: "ImportWizard"):
        super().__init__()
        self._wizard = wizard
        self.setTitle(self.tr("Import"))
        self.text = QLabel(self.tr("Importing…"))
        self.text.setWordWrap(True)
        self.undo_button = QPushButton(self.tr("Undo this import"))
        self.undo_button.setEnabled(False)
        self.undo_button.clicked.connect(self._undo)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addWidget(self.undo_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addStretch(1)
        self._done = False

    def initializePage(self) -> None:
        self._done = False
        self.setCommitPage(True)
        wizard = self._wizard
        remember = wizard.remembered()

        db = wizard.ctx.db

        def job(progress, cancel):
            with db.transaction() as session:
                return commit_batch(session, received_dir(db), wizard.analysis_ctx,
                                    wizard.plans, remember=remember, progress=progress,
                                    cancel=cancel)

        def done(result) -> None:
            wizard.result = result
            self._done = True
            counts = result.counts()
            if result.batch_id is None:
                self.text.setText(self.tr("Nothing needed importing."))
            else:
                self.text.setText(self.tr(
                    "Import number %1 is done: %2 file(s) imported, %3 replaced earlier "
                    "reports. The original files are kept in the register.")
                    .replace("%1", str(result.batch_id))
                    .replace("%2", str(counts.get(IMPORTED, 0)))
                    .replace("%3", str(counts.get(REPLACED, 0))))
                self.undo_button.setEnabled(True)
            wizard.ctx.notify(REPORTS)
            self.completeChanged.emit()

        def failed(exc) -> bool:
            self.text.setText(self.tr("Nothing was imported: %1").replace("%1", str(exc)))
            self._done = True
            self.completeChanged.emit()
            return False

        wizard.ctx.runner.run(job, label=self.tr("Importing the reports"), on_done=done,
                              on_error=failed)

    def isComplete(self) -> bool:
        return self._done

    def _undo(self) -> None:
        result = self._wizard.result
        if result is None or result.batch_id is None:
            return
        answer = QMessageBox.question(
            self, self.tr("Undo this import"),
            self.tr("Take back every report of import number %1? Reports it replaced become "
                    "current again.").replace("%1", str(result.batch_id)))
        if answer != QMessageBox.StandardButton.Yes:
            return
        outcome = self._wizard.ctx.write_now(lambda s: undo_batch(s, result.batch_id),
                                             topics={REPORTS})
        self.text.setText(self.tr("Import number %1 was undone (%2 report(s) taken back).")
                          .replace("%1", str(result.batch_id)).replace("%2", str(outcome.undone)))
        self.undo_button.setEnabled(False)
        self.undone.emit()


class ImportWizard(QWizard):
    """The wizard (see the module text). ``paths`` may be given (files dropped on the
    window); ``form_id``/``period`` preselect the form and period."""

    def __init__(self, ctx: AppContext, paths=(), form_id: int | None = None,
                 period: str | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.form_id = form_id
        self.period = period or QDate.currentDate().addMonths(-1).toString("yyyy-MM")
        self.paths: list[Path] = []
        self.analysis_ctx = None
        self.analyses: list[FileAnalysis] = []
        self.plans = []
        self.result = None
        self.chosen_units: set[str] = set()
        self.setWindowTitle(self.tr("Import reports"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)
        self.files_page = FilesPage(self)
        self.form_page = FormPeriodPage(self)
        self.preview_page = PreviewPage(self)
        self.summary_page = SummaryPage(self)
        self.result_page = ResultPage(self)
        for page in (self.files_page, self.form_page, self.preview_page, self.summary_page,
                     self.result_page):
            self.addPage(page)
        self.summary_page.setCommitPage(True)
        # Qt ships no Vietnamese catalogue of its own: the wizard names its buttons itself
        for button, text in ((QWizard.WizardButton.CommitButton, self.tr("Import")),
                             (QWizard.WizardButton.NextButton, self.tr("Next >")),
                             (QWizard.WizardButton.BackButton, self.tr("< Back")),
                             (QWizard.WizardButton.CancelButton, self.tr("Cancel")),
                             (QWizard.WizardButton.FinishButton, self.tr("Close"))):
            self.setButtonText(button, text)
        self.resize(1100, 720)
        if paths:
            self.files_page.add_paths(paths)
        self.currentIdChanged.connect(self._page_changed)

    def _page_changed(self, _id: int) -> None:
        if self.currentPage() is self.form_page:
            self.paths = self.files_page.paths()

    def form_name(self) -> str:
        return self.form_page.form.currentText()

    def remembered(self) -> Remember:
        """Choices to remember: indicator wordings the user confirmed (uncertain or changed
        mappings left in place) and unit names of files whose unit was chosen or unsure."""
        remember = Remember()
        for plan in self.plans:
            if plan.status not in (IMPORTED, REPLACED):
                continue
            analysis = plan.analysis
            for m in analysis.mappings:
                if m.code and (not m.sure or m.index in analysis.overrides.mapping):
                    remember.indicators.append((m.code, m.label))
            if analysis.table is not None and analysis.table.layout == "rows":
                for part in plan.parts:
                    match = part.part.match
                    if part.part.unit and match.source in ("header", "sheet") and not match.sure:
                        remember.units.append((part.part.unit.id, match.text))
        return remember
