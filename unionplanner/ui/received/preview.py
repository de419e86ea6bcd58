"""The wizard's preview step: each file as read, before anything is written — the detected
table highlighted in the sheet, the values, the row ↔ indicator mapping (changeable), the
problems; the unit, the sheet and single values can be corrected and the file skipped. A
change re-reads that one file on the GUI thread (a few milliseconds). The day each file
arrived (the file's own date until the clerk says otherwise) is set here too, for one file
or all of them: it decides "on time" and "late"."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any, Protocol

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

from unionplanner.domain.received.analysis import analyse_file
from unionplanner.domain.received.findings import FileAnalysis, FileState, Overrides, Severity
from unionplanner.domain.received.models import FileStatus
from unionplanner.domain.received.planning import FilePlan, plan_batch
from unionplanner.domain.received.service import prepare
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
from unionplanner.ui.shell.context import UNITS
from unionplanner.ui.shell.delegates import ChoiceDelegate
from unionplanner.ui.shell.table_model import Column, RecordTableModel


class ImportState(Protocol):
    """What the preview needs of the wizard that owns it (the wizard's attributes): the
    window's context, the chosen files, form and period, the files as read and the batch
    planned from them. The preview fills ``analysis_ctx``, ``analyses`` and ``plans``."""

    ctx: Any
    form_id: int | None
    period: str
    analysis_ctx: Any
    analyses: list[FileAnalysis]
    plans: list[FilePlan]

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
        status_icons: dict[str, str] = {FileStatus.IMPORTED: "ok", FileStatus.REPLACED: "replaced",
                                        FileStatus.DUPLICATE: "not_imported",
                                        FileStatus.SKIPPED: "not_imported", FileStatus.WAITING: "question",
                                        FileStatus.ERROR: "error"}
        for plan in wizard.plans:
            item = QListWidgetItem(plan.analysis.name)
            icon = status_icons[plan.status]
            if plan.status in (FileStatus.IMPORTED, FileStatus.REPLACED) and any(
                    p.severity in (Severity.WARNING, Severity.ERROR) for p in plan.analysis.all_problems()):
                icon = "warning"
            item.setIcon(icons.icon(icon))
            item.setToolTip(self._status_text(plan))
            self.files.addItem(item)
        self.files.blockSignals(False)
        if current >= 0:
            self.files.setCurrentRow(min(current, self.files.count() - 1))

    def _status_text(self, plan) -> str:
        texts = {FileStatus.IMPORTED: self.tr("Will be imported"),
                 FileStatus.REPLACED: self.tr("Replaces an earlier report"),
                 FileStatus.DUPLICATE: self.tr("Already imported: skipped"),
                 FileStatus.SKIPPED: self.tr("Skipped"), FileStatus.ERROR: self.tr("Cannot be imported"),
                 FileStatus.WAITING: self.tr("Choose the unit: not imported until you do")}
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
        self.unit.setEnabled(single or analysis.status == FileState.FAILED and analysis.book is not None)
        self.new_unit_button.setEnabled(self.unit.isEnabled()
                                        and not self._wizard.ctx.db.read_only)
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
        positions = {t.code: t.position for t in self._wizard.analysis_ctx.form.targets}
        cluster = analysis.table is not None and analysis.table.layout == "units"
        rows = []
        for part in analysis.parts:
            prefix = f"{part.unit.code}: " if part.unit and cluster else ""
            labels = self._wizard.analysis_ctx.form.columns
            more = sorted(part.more.items(), key=lambda item: (positions[item[0][0]], item[0][1]))
            for code, found in part.values.items():
                rows.append(ValueRow(part.unit.id if part.unit else None, code,
                                     prefix + names[code], found))
                for (other, column), value in more:  # the same indicator's other columns
                    if other == code and column < len(labels):
                        rows.append(ValueRow(part.unit.id if part.unit else None, code,
                                             f"{prefix}{names[code]} — {labels[column]}", value,
                                             column))
        self._error_cells = {p.cell for p in analysis.all_problems() if p.severity == Severity.ERROR}
        self.values_model.set_records(rows)
        self.values.resizeRowsToContents()

    def _fill_mapping(self, analysis: FileAnalysis) -> None:
        targets = self._wizard.analysis_ctx.form.targets
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
        self._reanalyse(overrides)

    def add_unit(self) -> None:
        """Add the unit this file comes from (code and name suggested from the file) and
        read the file for it; files that named no known unit are read again too."""
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
        form_id = wizard.form_id
        assert form_id is not None  # chosen on the step before
        fresh = wizard.ctx.read(lambda s: prepare(s, form_id, wizard.period))
        wizard.analysis_ctx = fresh
        for number, other in enumerate(wizard.analyses):
            if number == row:
                other.overrides.unit_id = added[0]
            elif other.status == FileState.OK or not other.parts or other.parts[0].unit is not None:
                continue
            wizard.analyses[number] = analyse_file(other.path, fresh, other.overrides)
        self._replan()
        self._show(row)

    def _sheet_chosen(self, _index: int) -> None:
        plan, _row = self._plan()
        if plan is None or self._filling:
            return
        overrides = plan.analysis.overrides
        overrides.sheet = self.sheet_choice.currentText()
        overrides.mapping.clear()
        self._reanalyse(overrides)

    def _arrival_changed(self, date: QDate) -> None:
        plan, _row = self._plan()
        if plan is None or self._filling:
            return
        _set_arrival(plan.analysis, _day(date))

    def arrival_for_all(self) -> None:
        """Give every file of the batch the day shown (they came in one e-mail)."""
        day = _day(self.arrived.date())
        for analysis in self._wizard.analyses:
            _set_arrival(analysis, day)

    def _skip_toggled(self, checked: bool) -> None:
        plan, _row = self._plan()
        if plan is None or self._filling:
            return
        overrides = plan.analysis.overrides
        overrides.skip = checked
        self._reanalyse(overrides)

    def _mapping_chosen(self, mapping, code) -> None:
        plan, _row = self._plan()
        if plan is None or code == mapping.code:
            return
        overrides = plan.analysis.overrides
        overrides.mapping[mapping.index] = code
        # after the editor that asked has returned: re-reading resets the models
        QTimer.singleShot(0, lambda: self._reanalyse(overrides))

    def _value_edited(self, row: ValueRow, text) -> None:
        plan, _row = self._plan()
        if plan is None or row.unit_id is None:
            return
        if row.column:
            QMessageBox.information(self, self.tr("Import reports"), self.tr(
                "Only the main figure can be corrected here; correct this one in the file and "
                "read it again."))
            return
        parsed = parse_value(str(text), self._wizard.analysis_ctx.form.kinds[row.code])
        if parsed.error:
            QMessageBox.warning(self, self.tr("Import reports"), parsed.error)
            return
        overrides = plan.analysis.overrides
        overrides.values[(row.unit_id, row.code)] = parsed.value
        QTimer.singleShot(0, lambda: self._reanalyse(overrides))


def _set_arrival(analysis: FileAnalysis, day: dt.date) -> None:
    """The clerk's arrival day for one file: kept in its overrides, so a re-read keeps it."""
    analysis.overrides.arrived_on = day
    analysis.arrived_on = day


def _day(date: QDate) -> dt.date:
    return dt.date(date.year(), date.month(), date.day())
