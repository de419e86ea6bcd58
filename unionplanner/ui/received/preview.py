"""The wizard's preview step: each file as read, before anything is written — the detected
table highlighted in the sheet, the values, the row ↔ indicator mapping (changeable), the
problems; the unit, the sheet and single values can be corrected and the file skipped. A
change goes to the import session, which judges that file again from what it read (no file
is read again; a few milliseconds). The day each file
arrived (the file's own date until the clerk says otherwise) is set here too, for one file
or all of them: it decides "on time" and "late"."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QDate, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from unionplanner.domain.received.findings import (
    FileAnalysis,
    FileState,
    FormSpec,
    Mapping,
    Severity,
)
from unionplanner.domain.received.models import FileStatus
from unionplanner.domain.received.planning import FilePlan
from unionplanner.domain.received.session import ImportSession
from unionplanner.domain.received.values import parse_value
from unionplanner.ui.received.sheet_model import (
    ERROR_BRUSH,
    UNSURE_BRUSH,
    SheetModel,
    ValueRow,
    table_view,
    value_text,
)
from unionplanner.ui.shell import icons
from unionplanner.ui.shell.context import UNITS, AppContext
from unionplanner.ui.shell.delegates import ChoiceDelegate
from unionplanner.ui.shell.table_model import Column, RecordTableModel


class ImportState(Protocol):
    """What the preview needs of the wizard that owns it: the window's context, the import
    session (which holds the files, their reads, the clerk's changes and the plans), the
    chosen files, form and period."""

    ctx: AppContext
    imports: ImportSession
    form_id: int | None
    period: str

    @property
    def paths(self) -> list[Path]: ...

    def back(self) -> None: ...


class PreviewPage(QWizardPage):
    """Step 3: each file as read, before anything is written."""

    def __init__(self, wizard: ImportState):
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
        self.new_unit_button = QPushButton(self.tr("New unit…"))
        self.new_unit_button.setToolTip(self.tr("The unit is not in the list yet: add it "
                                                "(as on the Units page) and import this file "
                                                "for it."))
        self.new_unit_button.clicked.connect(self.add_unit)
        self.skip = QCheckBox(self.tr("Do not import this file"))
        self.skip.toggled.connect(self._skip_toggled)
        self.same_period = QCheckBox(self.tr("The figures are of the period being imported"))
        self.same_period.setToolTip(self.tr("The file states another period (often a heading "
                                            "left from an old copy). Tick only if you are sure "
                                            "its figures are of the period being imported."))
        self.same_period.toggled.connect(self._same_period_toggled)
        self.sheet_choice = QComboBox()
        self.sheet_choice.activated.connect(self._sheet_chosen)
        self.arrived = QDateEdit()
        self.arrived.setCalendarPopup(True)
        self.arrived.setDisplayFormat("dd/MM/yyyy")
        self.arrived.setMaximumDate(QDate.currentDate())
        self.arrived.setToolTip(self.tr("The day the file reached the office (at first the "
                                        "file's own date, as saved from the e-mail): it "
                                        "decides whether the report was on time."))
        self.arrived.dateChanged.connect(self._arrival_changed)
        self.arrived_all = QPushButton(self.tr("Same day for every file"))
        self.arrived_all.clicked.connect(self.arrival_for_all)
        self._make_views()

        right = QWidget()
        form = QFormLayout()
        unit_row = QHBoxLayout()
        unit_row.addWidget(self.unit, 1)
        unit_row.addWidget(self.new_unit_button)
        form.addRow(self.tr("Unit"), unit_row)
        form.addRow(self.tr("Sheet"), self.sheet_choice)
        arrival_row = QHBoxLayout()
        arrival_row.addWidget(self.arrived)
        arrival_row.addWidget(self.arrived_all)
        arrival_row.addStretch(1)
        form.addRow(self.tr("Arrived on"), arrival_row)
        form.addRow(self.skip)
        form.addRow(self.same_period)
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

    def _make_views(self) -> None:
        """The tabs of one file: values read, the sheet, rows ↔ indicators, problems."""
        self._error_cells: set[str] = set()
        self._target_names: dict[str, str] = {}
        self.values_model = RecordTableModel([
            Column(self.tr("Indicator"), lambda v: v.name),
            Column(self.tr("Value"), lambda v: value_text(v.found.value),
                   background=lambda v: ERROR_BRUSH if v.found.cell in self._error_cells
                   else None, edit=self._value_edited),
            Column(self.tr("Cell"), lambda v: v.found.cell),
            Column(self.tr("Row in the file"),
                   lambda v: v.found.label + ("" if v.found.sure else " (?)")),
        ], self)
        self.values = table_view(self.values_model)
        self.values.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.mapping_model = RecordTableModel([
            Column(self.tr("Row or column in the file"),
                   lambda m: m.label + ("" if m.sure or not m.code else f"  ({m.score:.0f}%)"),
                   background=lambda m: UNSURE_BRUSH if m.code and not m.sure else None),
            Column(self.tr("Indicator of the form"), lambda m: self._target_names.get(m.code, ""),
                   edit=self._mapping_chosen, edit_value=lambda m: m.code),
        ], self)
        self.mapping = table_view(self.mapping_model)
        self.mapping.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.mapping_delegate = ChoiceDelegate(self.mapping)
        self.mapping.setItemDelegateForColumn(1, self.mapping_delegate)
        self.grid_model = SheetModel(self)
        self.grid = table_view(self.grid_model)
        self.grid.verticalHeader().setVisible(True)
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

    # -- loading ---------------------------------------------------------------------------
    def initializePage(self) -> None:
        self._ready = False
        self.files.clear()
        self.completeChanged.emit()
        wizard = self._wizard
        imports, form_id, period, db = wizard.imports, wizard.form_id, wizard.period, wizard.ctx.db
        assert form_id is not None  # chosen on the step before
        imports.set_paths(wizard.paths)

        def job(progress, cancel) -> None:  # files read on the step before are not read again
            imports.read(progress=progress, cancel=cancel)
            with db.session() as session:
                imports.choose_period(session, form_id, period)

        def done(_result: None) -> None:
            self._refresh()
            self._ready = True
            self.completeChanged.emit()
            if self.files.count():
                self.files.setCurrentRow(0)

        def failed(exc: BaseException) -> bool:
            wizard.back()
            return False

        wizard.ctx.runner.run(job, label=self.tr("Reading the files"), on_done=done,
                              on_error=failed)

    def _refresh(self) -> None:
        """The list of files with what each will do, after the session judged them."""
        current = self.files.currentRow()
        self.files.blockSignals(True)
        self.files.clear()
        status_icons: dict[FileStatus, str] = {
            FileStatus.IMPORTED: "ok", FileStatus.REPLACED: "replaced",
            FileStatus.DUPLICATE: "not_imported", FileStatus.SKIPPED: "not_imported",
            FileStatus.WAITING: "question", FileStatus.ERROR: "error"}
        for plan in self._wizard.imports.plans:
            item = QListWidgetItem(plan.analysis.name)
            icon = status_icons[plan.status]
            if plan.status in (FileStatus.IMPORTED, FileStatus.REPLACED) and any(
                    p.severity in (Severity.WARNING, Severity.ERROR)
                    for p in plan.analysis.all_problems()):
                icon = "warning"
            item.setIcon(icons.icon(icon))
            item.setToolTip(self._status_text(plan))
            self.files.addItem(item)
        self.files.blockSignals(False)
        if current >= 0:
            self.files.setCurrentRow(min(current, self.files.count() - 1))

    def _status_text(self, plan: FilePlan) -> str:
        texts = {FileStatus.IMPORTED: self.tr("Will be imported"),
                 FileStatus.REPLACED: self.tr("Replaces an earlier report"),
                 FileStatus.DUPLICATE: self.tr("Already imported: skipped"),
                 FileStatus.SKIPPED: self.tr("Skipped"),
                 FileStatus.ERROR: self.tr("Cannot be imported"),
                 FileStatus.WAITING: self.tr("Choose the unit: not imported until you do")}
        if plan.analysis.unplaced and plan.status in (FileStatus.IMPORTED, FileStatus.REPLACED):
            return self.tr("Imported without %n column(s) of the form: not complete", "",
                           len(plan.analysis.unplaced))
        return texts[plan.status]

    def isComplete(self) -> bool:
        return self._ready

    # -- one file -----------------------------------------------------------------------------
    def _plan(self) -> tuple[FilePlan | None, int]:
        row = self.files.currentRow()
        plans = self._wizard.imports.plans
        if row < 0 or row >= len(plans):
            return None, -1
        return plans[row], row

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
        self.same_period.setVisible(analysis.other_period is not None)
        self.same_period.setChecked(analysis.overrides.period_accepted)
        day = analysis.arrived_on or dt.date.today()
        self.arrived.setDate(QDate(day.year, day.month, day.day))
        self._fill_values(analysis)
        self._fill_mapping(analysis)
        self._fill_grid(analysis)
        self.problems.clear()
        for problem in analysis.all_problems():
            item = QListWidgetItem(problem.text())
            item.setIcon(icons.icon({Severity.ERROR: "error", Severity.WARNING: "warning"}.get(
                problem.severity, "info")))
            self.problems.addItem(item)
        self.tabs.setTabText(3, self.tr("Problems (%1)").replace(
            "%1", str(self.problems.count())))
        self._filling = False

    def _fill_units(self, analysis: FileAnalysis) -> None:
        self.unit.clear()
        single = analysis.table is not None and analysis.table.layout == "rows"
        self.unit.setEnabled(single or analysis.status == FileState.FAILED
                             and analysis.book is not None)
        self.new_unit_button.setEnabled(self.unit.isEnabled()
                                        and not self._wizard.ctx.db.read_only)
        self.unit.addItem(self.tr("(choose the unit)"), None)
        ctx = self._wizard.imports.ctx
        assert ctx is not None  # judged
        for unit in ctx.units.units:
            self.unit.addItem(f"{unit.code} – {unit.name}", unit.id)
        if single and analysis.parts and analysis.parts[0].unit:
            self.unit.setCurrentIndex(self.unit.findData(analysis.parts[0].unit.id))
        elif not single and analysis.parts:
            self.unit.setItemText(0, self.tr("%n unit(s) on this sheet", "", len(analysis.parts)))

    def _fill_values(self, analysis: FileAnalysis) -> None:
        form = self._form()
        names = {t.code: t.name for t in form.targets}
        positions = {t.code: t.position for t in form.targets}
        cluster = analysis.table is not None and analysis.table.layout == "units"
        rows = []
        for part in analysis.parts:
            prefix = f"{part.unit.code}: " if part.unit and cluster else ""
            labels = form.columns
            more = sorted(part.more.items(), key=lambda item: (positions[item[0][0]], item[0][1]))
            for code, found in part.values.items():
                rows.append(ValueRow(part.unit.id if part.unit else None, code,
                                     prefix + names[code], found))
                for (other, column), value in more:  # the same indicator's other columns
                    if other == code and column < len(labels):
                        rows.append(ValueRow(part.unit.id if part.unit else None, code,
                                             f"{prefix}{names[code]} — {labels[column]}", value,
                                             column))
        self._error_cells = {p.cell for p in analysis.all_problems()
                             if p.severity == Severity.ERROR}
        self.values_model.set_records(rows)
        self.values.resizeRowsToContents()

    def _fill_mapping(self, analysis: FileAnalysis) -> None:
        targets = self._form().targets
        self._target_names = {t.code: f"{t.position}. {t.name}" for t in targets}
        self.mapping_delegate.choices = [(None, self.tr("(not on the form: ignore)"))] + [
            (t.code, self._target_names[t.code]) for t in targets]
        self.mapping_model.set_records(analysis.mappings)
        for row in range(self.mapping_model.rowCount()):
            self.mapping.openPersistentEditor(self.mapping_model.index(row, 1))

    def _fill_grid(self, analysis: FileAnalysis) -> None:
        self.grid_model.set_analysis(analysis)
        self.grid.resizeColumnsToContents()
        for c in range(self.grid_model.columnCount()):
            self.grid.setColumnWidth(c, min(self.grid.columnWidth(c), 260))
        table = analysis.table
        if table is not None and table.data_rows:
            first = table.header_rows[0] if table.header_rows else table.data_rows[0]
            self.grid.scrollTo(self.grid_model.index(first, 0),
                               QAbstractItemView.ScrollHint.PositionAtTop)

    # -- the clerk's changes: each goes to the session, which judges the file again -------------
    def _form(self) -> FormSpec:
        ctx = self._wizard.imports.ctx
        assert ctx is not None  # the preview shows judged files only
        return ctx.form

    def _changed(self, row: int) -> None:
        self._refresh()
        self._show(row)

    def _unit_chosen(self, _index: int) -> None:
        plan, row = self._plan()
        unit_id = self.unit.currentData()
        if plan is None or self._filling or unit_id is None:
            return
        self._wizard.imports.set_unit(row, unit_id)
        self._changed(row)

    def add_unit(self) -> None:
        """Add the unit this file comes from (code and name suggested from the file) and
        judge the file for it; files that named no known unit are judged again too."""
        from unionplanner.domain.units.sectors import OTHER
        from unionplanner.domain.units.service import add_unit, suggest_new_unit
        from unionplanner.ui.units.dialogs import UnitDialog

        plan, row = self._plan()
        if plan is None:
            return
        analysis = plan.analysis
        text = analysis.parts[0].match.text if analysis.parts else analysis.path.stem
        wizard = self._wizard
        code, name = wizard.ctx.read(lambda s: suggest_new_unit(s, text))
        added: list[int] = []

        def save(fields) -> None:
            added.append(wizard.ctx.write_now(lambda s: add_unit(s, fields).id,
                                              topics={UNITS}))

        dialog = UnitDialog(save, initial={"code": code, "name": name, "sector": OTHER,
                                           "workers": None, "members": None}, parent=self)
        dialog.setWindowTitle(self.tr("New unit"))
        if not dialog.exec() or not added:
            return
        imports = wizard.imports
        wizard.ctx.read(imports.units_changed)
        imports.set_unit(row, added[0])
        self._changed(row)

    def _sheet_chosen(self, _index: int) -> None:
        plan, row = self._plan()
        if plan is None or self._filling:
            return
        self._wizard.imports.set_sheet(row, self.sheet_choice.currentText())
        self._changed(row)

    def _arrival_changed(self, date: QDate) -> None:
        plan, row = self._plan()
        if plan is None or self._filling:
            return
        self._wizard.imports.set_arrival(row, _day(date))

    def arrival_for_all(self) -> None:
        """Give every file of the batch the day shown (they came in one e-mail)."""
        self._wizard.imports.set_arrival_all(_day(self.arrived.date()))

    def _skip_toggled(self, checked: bool) -> None:
        plan, row = self._plan()
        if plan is None or self._filling:
            return
        self._wizard.imports.skip(row, checked)
        self._changed(row)

    def _same_period_toggled(self, checked: bool) -> None:
        plan, row = self._plan()
        if plan is None or self._filling:
            return
        self._wizard.imports.accept_period(row, checked)
        self._changed(row)

    def _mapping_chosen(self, mapping: Mapping, code: str | None) -> None:
        plan, row = self._plan()
        if plan is None or code == mapping.code:
            return
        self._wizard.imports.set_mapping(row, mapping.index, code)
        # after the editor that asked has returned: judging again resets the models
        QTimer.singleShot(0, lambda: self._changed(row))

    def _value_edited(self, value_row: ValueRow, text: object) -> None:
        plan, row = self._plan()
        if plan is None or value_row.unit_id is None:
            return
        if value_row.column:
            QMessageBox.information(self, self.tr("Import reports"), self.tr(
                "Only the main figure can be corrected here; correct this one in the file and "
                "read it again."))
            return
        parsed = parse_value(str(text), self._form().kinds[value_row.code])
        if parsed.error:
            QMessageBox.warning(self, self.tr("Import reports"), parsed.error)
            return
        self._wizard.imports.set_value(row, value_row.unit_id, value_row.code, parsed.value)
        QTimer.singleShot(0, lambda: self._changed(row))


def _day(date: QDate) -> dt.date:
    return dt.date(date.year(), date.month(), date.day())
