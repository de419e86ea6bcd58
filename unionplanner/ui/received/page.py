"""Báo cáo CĐCS page: choose a form and a month, import reports (wizard; files can be
dropped on the page), see what was received (the register), who has not reported (print or
export the list), and undo an import."""

from __future__ import annotations

import contextlib
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QMenu,
    QMessageBox,
    QPushButton,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from unionplanner.core.errors import UserError
from unionplanner.core.files import cannot_write
from unionplanner.domain.collect.register import Source, sources_of
from unionplanner.domain.received import register
from unionplanner.domain.received.models import SUBMISSION_STATUSES
from unionplanner.domain.report_forms.periods import parse_period
from unionplanner.ui.received.reminders import RemindersPanel
from unionplanner.ui.shell import file_dialogs, labels
from unionplanner.ui.shell.context import REPORTS, UNITS, AppContext
from unionplanner.ui.shell.period_picker import PeriodPicker
from unionplanner.ui.shell.saved_bar import announce_saved
from unionplanner.ui.shell.table_model import Column, RecordTableModel, record_view


class ReceivedPage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self._sources: dict[int, Source] = {}  # received file id → where it came from
        self._make_controls()
        self._make_tables()
        self._make_tabs()
        title = QLabel(self.tr("Grassroots reports"))
        title.setObjectName("pageTitle")
        hint = QLabel(self.tr("Tip: drag report files or folders onto this page to import "
                              "them."))
        hint.setObjectName("hint")
        top = QHBoxLayout()  # the form, then its period: a laptop's width
        top.addWidget(QLabel(self.tr("Form")))
        top.addWidget(self.form, 1)
        top.addWidget(self.forms_button)
        top.addWidget(self.import_button)
        top.addWidget(self.collect_button)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        second = QHBoxLayout()
        second.addWidget(QLabel(self.tr("Period")))  # a month, a quarter, a half-year…
        second.addWidget(self.period)
        second.addWidget(self.summary, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addLayout(top)
        layout.addLayout(second)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(hint)
        self.setAcceptDrops(True)

        self.import_button.clicked.connect(lambda: self.open_wizard())
        self.collect_button.clicked.connect(self.open_collect)
        self.learn_action.triggered.connect(self._import_form)
        self.new_form_action.triggered.connect(lambda: self.edit_form(None))
        self.edit_form_action.triggered.connect(lambda: self.edit_form(self.form.currentData()))
        self.generate_action.triggered.connect(self._generate)
        self.export_button.clicked.connect(self._export_missing)
        self.print_button.clicked.connect(self._print_missing)
        self.remind_button.clicked.connect(self.write_reminder)
        self.undo_button.clicked.connect(self._undo)
        self.form.currentIndexChanged.connect(self._form_changed)
        self.period.dateChanged.connect(lambda _d: self.reload())
        ctx.changed.connect(self._on_changed)
        self._load_forms()
        self.reload()

    def _make_controls(self) -> None:
        """The form and month choosers, the import button and the report-forms menu."""
        self.form = QComboBox()
        self.form.setMinimumWidth(200)
        self.period = PeriodPicker()
        self.import_button = QPushButton(self.tr("Import reports…"))
        labels.shortcut(self.import_button, "Ctrl+I")
        self.import_button.setDefault(True)
        self.collect_button = QPushButton(self.tr("Collect from the mailbox…"))
        self.collect_button.setToolTip(self.tr(
            "Collect the returns units sent by e-mail (or saved by Zalo in a folder), each "
            "dated by its message, then import them."))
        self.forms_button = QToolButton()
        self.forms_button.setText(self.tr("Report forms"))
        self.forms_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self.forms_button)
        self.learn_action = menu.addAction(self.tr("Import a form from Excel…"))
        self.new_form_action = menu.addAction(self.tr("New form…"))
        self.edit_form_action = menu.addAction(self.tr("Edit the selected form…"))
        menu.addSeparator()
        self.generate_action = menu.addAction(self.tr("Make forms for the units…"))
        self.forms_button.setMenu(menu)

    def _make_tables(self) -> None:
        """The received, not-reported and imports tables with their buttons."""
        self.received = RecordTableModel([
            Column(self.tr("Code"), lambda e: e.unit_code),
            Column(self.tr("Unit"), lambda e: e.unit_name),
            Column(self.tr("File"), lambda e: e.file),
            # what "on time"/"late" is judged by: a double click corrects it
            Column(self.tr("Arrived"), lambda e: e.arrival.strftime("%d/%m/%Y"),
                   sort=lambda e: e.arrival, edit=self._set_arrival,
                   tooltip=lambda e: self.tr("The day the file reached the office. Double-click "
                                             "to correct it (e.g. the e-mail's date).")),
            # a collected file: its sender (or the folder), the message in the tooltip
            Column(self.tr("Source"), lambda e: self._source(e).text,
                   tooltip=lambda e: self._source(e).detail),
            Column(self.tr("Imported"), lambda e: e.imported_at.astimezone().strftime(
                "%d/%m/%Y %H:%M"), sort=lambda e: e.imported_at),
            Column(self.tr("By"), lambda e: e.imported_by),
            Column(self.tr("Status"), lambda e: SUBMISSION_STATUSES.get(e.status, e.status)),
            Column(self.tr("Import no."), lambda e: str(e.batch_id), sort=lambda e: e.batch_id,
                   numeric=True),
        ], self)
        self.missing = RecordTableModel([
            Column(self.tr("Code"), lambda u: u.code),
            Column(self.tr("Unit"), lambda u: u.name),
            Column(self.tr("Phone"), lambda u: u.phone or ""),
            Column(self.tr("E-mail"), lambda u: u.email or ""),
            Column(self.tr("Zalo"), lambda u: u.zalo or ""),
        ], self)
        self.batches = RecordTableModel([
            Column(self.tr("Import no."), lambda b: str(b["id"]), sort=lambda b: b["id"],
                   numeric=True),
            Column(self.tr("Period"), lambda b: parse_period(b["period"]).text,
                   sort=lambda b: b["period"]),
            Column(self.tr("Form"), lambda b: b["form"]),
            Column(self.tr("When"), lambda b: b["at"].astimezone().strftime("%d/%m/%Y %H:%M")
                   if b["at"].tzinfo else b["at"].strftime("%d/%m/%Y %H:%M")),
            Column(self.tr("By"), lambda b: b["by"]),
            Column(self.tr("Files"), lambda b: str(b["files"]), numeric=True),
            Column(self.tr("Undone"), lambda b: self.tr("yes") if b["undone"] else ""),
        ], self)
        self.received_view = record_view(self.received)
        self.received_view.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                           | QAbstractItemView.EditTrigger.EditKeyPressed)
        self.missing_view = record_view(self.missing)
        self.batches_view = record_view(self.batches)
        self.export_button = QPushButton(self.tr("Export to Excel…"))
        self.print_button = QPushButton(self.tr("Print…"))
        self.remind_button = QPushButton(self.tr("Write a reminder…"))
        self.undo_button = QPushButton(self.tr("Undo the selected import…"))

    def _make_tabs(self) -> None:
        """The three tabs: received, not reported (print, export), imports (undo)."""
        missing_tab = QWidget()
        missing_layout = QVBoxLayout(missing_tab)
        missing_buttons = QHBoxLayout()
        missing_buttons.addStretch(1)
        missing_buttons.addWidget(self.remind_button)
        missing_buttons.addWidget(self.print_button)
        missing_buttons.addWidget(self.export_button)
        missing_layout.addWidget(self.missing_view, 1)
        missing_layout.addLayout(missing_buttons)
        batches_tab = QWidget()
        batches_layout = QVBoxLayout(batches_tab)
        batches_layout.addWidget(self.batches_view, 1)
        undo_row = QHBoxLayout()
        undo_row.addStretch(1)
        undo_row.addWidget(self.undo_button)
        batches_layout.addLayout(undo_row)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.received_view, self.tr("Received"))
        self.tabs.addTab(missing_tab, self.tr("Not reported"))
        self.tabs.addTab(batches_tab, self.tr("Imports"))
        self.reminders = RemindersPanel(self.ctx)
        self.tabs.addTab(self.reminders, self.tr("Reminders"))

    # -- data ------------------------------------------------------------------------------
    def period_text(self) -> str:
        """The chosen period's code ("2023-05", "2025-H1")."""
        return self.period.code()

    def _load_forms(self) -> None:
        from unionplanner.domain.report_forms.service import list_forms

        current = self.form.currentData()
        forms = self.ctx.read(lambda s: [(f.id, f.name, list(f.current.period_kinds or []))
                                         for f in list_forms(s)])
        self._kinds = {form_id: kinds for form_id, _name, kinds in forms}
        self.form.blockSignals(True)
        self.form.clear()
        for form_id, name, _kinds in forms:
            self.form.addItem(name, form_id)
        if current is not None:
            self.form.setCurrentIndex(max(0, self.form.findData(current)))
        self.form.blockSignals(False)
        self._form_kinds()
        has_form = bool(forms)
        self.generate_action.setEnabled(has_form)
        self.edit_form_action.setEnabled(has_form)
        for action in (self.learn_action, self.new_form_action):
            action.setEnabled(not self.ctx.db.read_only)
        self.import_button.setEnabled(has_form)
        self.collect_button.setEnabled(has_form)

    def _form_changed(self, _index: int) -> None:
        self._form_kinds()
        self.reload()

    def _form_kinds(self) -> None:
        """Offer the periods the chosen form is filled for (months, half-years…), at the
        period last looked at for it (kept across restarts), else its latest import."""
        form_id = self.form.currentData()
        self.period.blockSignals(True)
        self.period.set_kinds(getattr(self, "_kinds", {}).get(form_id, []))
        if form_id is not None:
            kept = str(QSettings().value(f"imports/period/{form_id}", "") or "")
            last = kept or self.ctx.read(lambda s: register.latest_period(s, form_id))
            with contextlib.suppress(UserError):  # a kept value that is no period: ignored
                if last:
                    self.period.set_code(last)
        self.period.blockSignals(False)

    def reload(self) -> None:
        form_id = self.form.currentData()
        period = self.period_text()
        if form_id is None:
            self.received.set_records([])
            self.missing.set_records([])
            self.summary.setText(self.tr("No report form yet: start with \"Import a form from "
                                         "Excel…\" (the blank form you sent to the units)."))
            self.tabs.setTabText(1, self.tr("Not reported"))
        else:
            QSettings().setValue(f"imports/period/{form_id}", period)
            entries = self.ctx.read(lambda s: register.register(s, period=period, form_id=form_id))
            missing = self.ctx.read(lambda s: register.missing_units(s, period, form_id))
            self._sources = self.ctx.read(lambda s: sources_of(s, [e.file_id for e in entries]))
            self.received.set_records(entries)
            self.missing.set_records(missing)
            current = sum(1 for e in entries if e.status == "current")
            self.summary.setText(self.tr("%1 unit(s) reported, %2 not yet.")
                                 .replace("%1", str(current)).replace("%2", str(len(missing))))
            self.tabs.setTabText(1, self.tr("Not reported (%1)").replace("%1", str(len(missing))))
        self.batches.set_records(self.ctx.read(register.list_batches))
        self.reminders.show_form(form_id)
        self.export_button.setEnabled(bool(self.missing.records()))
        self.print_button.setEnabled(bool(self.missing.records()))
        self.remind_button.setEnabled(bool(self.missing.records()))

    def _source(self, entry) -> Source:
        return self._sources.get(entry.file_id) or Source("", "")

    def _set_arrival(self, entry, value) -> None:
        """Store the arrival day typed for ``entry``'s file ("05/11/2026")."""
        from unionplanner.domain.plans.when import parse_date

        day = parse_date(str(value))
        if day is None:
            QMessageBox.warning(self, self.tr("Arrival day"), self.tr(
                "\"%1\" is not a date. Type it as 05/11/2026.").replace("%1", str(value)))
            return
        try:
            self.ctx.write_now(lambda s: register.set_arrival(s, entry.file_id, day),
                               topics={REPORTS})
        except UserError as exc:
            QMessageBox.warning(self, self.tr("Arrival day"), exc.message)

    def focus_on(self, target) -> None:
        """Show the "chưa nộp" list of ``target`` = (form id, period "YYYY-MM")."""
        form_id, period = target
        self.form.setCurrentIndex(max(0, self.form.findData(form_id)))
        self.period.set_code(period)
        self.tabs.setCurrentIndex(1)

    def _on_changed(self, topics: set[str]) -> None:
        if REPORTS in topics or UNITS in topics:
            self._load_forms()
            self.reload()

    # -- actions ---------------------------------------------------------------------------
    def open_wizard(self, paths=()) -> None:
        from unionplanner.ui.received.wizard import ImportWizard

        wizard = ImportWizard(self.ctx, paths, self.form.currentData(), self.period_text(), self)
        wizard.finished.connect(lambda _result: self._follow(wizard))
        wizard.open()
        self._wizard = wizard

    def open_collect(self) -> None:
        """"Nhận từ hộp thư…": collect, then the wizard with what arrived."""
        from unionplanner.ui.received.collect import CollectDialog

        dialog = CollectDialog(self.ctx, self.form.currentData(), self.period_text(), self)
        dialog.finished.connect(lambda _r: self._follow(dialog.wizard))
        dialog.open()
        self._collect = dialog

    def _follow(self, wizard) -> None:
        """After an import, show the form and month it went into."""
        if wizard is None or wizard.outcome is None or wizard.form_id is None:
            return
        self.form.setCurrentIndex(max(0, self.form.findData(wizard.form_id)))
        self.period.set_code(wizard.period)

    def dragEnterEvent(self, event) -> None:
        if event.mimeData().hasUrls() and self.form.count():
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:
        paths = [url.toLocalFile() for url in event.mimeData().urls() if url.isLocalFile()]
        if paths:
            self.open_wizard(paths)
        event.acceptProposedAction()

    def _import_form(self) -> None:
        """Read a blank form in the background, then show what was read: nothing is stored
        until the user presses OK in the editor (Cancel leaves no form behind). A form the
        office already has (same indicators) is pointed out first."""
        from unionplanner.domain.report_forms.learn import learn_form
        from unionplanner.domain.report_forms.service import find_same_form, list_forms

        chosen = file_dialogs.open_path(self, self.tr("The blank form you sent to the units"),
                                        self.tr("Spreadsheets (*.xlsx *.xls *.ods)"))
        if chosen is None:
            return
        path = Path(chosen)

        def job(progress, cancel):
            draft = learn_form(path)
            with self.ctx.db.session() as session:
                same = find_same_form(session, draft.fields())
                names = {form.name for form in list_forms(session)}
                return draft, (same.id, same.name) if same else None, names

        self.ctx.runner.run(job, label=self.tr("Reading the form"),
                            on_done=lambda found: self._review_learnt(path, *found))

    def _review_learnt(self, path: Path, draft, same: tuple[int, str] | None,
                       names: set[str]) -> None:
        if same is not None:
            answer = QMessageBox.question(self, self.tr("Form already here"), self.tr(
                "The form \"%1\" already asks for the same indicators. Open that form instead "
                "of adding a second copy?").replace("%1", same[1]),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.Yes)
            if answer == QMessageBox.StandardButton.Yes:
                self._select_form(same[0])
                self.edit_form(same[0])
                return
        name, number = path.stem, 2
        while name in names:
            name, number = f"{path.stem} ({number})", number + 1
        if draft.anatomy is None:
            self.edit_form(None, draft=draft, name=name)
            return
        from unionplanner.ui.report_forms.template_review import TemplateReview

        review = TemplateReview(draft, self)  # roles first, then names and kinds; Save stores
        review.accepted.connect(lambda: self.edit_form(None, draft=review.draft, name=name))
        review.open()
        self._review = review

    def edit_form(self, form_id: int | None, draft=None, name: str = "") -> None:
        """Open the form editor on ``form_id`` (None: a new form, typed by hand or from
        ``draft``, a form read from a template, so the user can check what was read)."""
        from unionplanner.ui.report_forms.editor import FormEditor

        editor = FormEditor(self.ctx, form_id, self, draft=draft, name=name)
        if draft is not None:
            editor.setWindowTitle(self.tr("Check the indicators read from the template"))
        editor.accepted.connect(lambda: self._select_form(editor.form_id))
        editor.open()
        self._editor = editor

    def _select_form(self, form_id: int | None) -> None:
        if form_id is not None:
            self._load_forms()
            self.form.setCurrentIndex(max(0, self.form.findData(form_id)))

    def _generate(self) -> None:
        from unionplanner.domain.report_forms.generate import generate_forms

        chosen = file_dialogs.folder_path(self, self.tr("Folder for the forms"))
        if chosen is None:
            return
        folder = str(chosen)
        form_id, period = self.form.currentData(), self.period_text()

        def job(progress, cancel):
            with self.ctx.db.session() as session:
                return generate_forms(session, form_id, period, Path(folder))

        def done(written: list[Path]) -> None:
            QMessageBox.information(self, self.tr("Forms made"), self.tr(
                "%1 form(s) written to %2.").replace("%1", str(len(written)))
                .replace("%2", folder))

        self.ctx.runner.run(job, label=self.tr("Making the forms"), on_done=done)

    def _export_missing(self) -> None:
        from unionplanner.domain.office.service import get_office
        from unionplanner.domain.received.missing import write_missing_xlsx

        chosen = file_dialogs.save_path(self, self.tr("Export the list"),
                                        f"Chua nop {self.period_text()}.xlsx",
                                        self.tr("Excel workbook (*.xlsx)"))
        if chosen is None:
            return
        name = str(chosen)
        office = self.ctx.read(get_office)
        try:
            write_missing_xlsx(name, self.missing.records(), period=self.period_text(),
                               form_name=self.form.currentText(),
                               office_name=office.name if office else "")
        except OSError as exc:
            QMessageBox.warning(self, self.tr("Export the list"), cannot_write(name, exc))
            return
        announce_saved(self, Path(name))

    def write_reminder(self) -> None:
        """A ready reminder to the units that have not reported, to copy and send."""
        from unionplanner.domain.office.service import get_office
        from unionplanner.domain.received.missing import reminder_text
        from unionplanner.ui.received.reminder import ReminderDialog

        office = self.ctx.read(get_office)
        units = self.missing.records()
        text = reminder_text(office.name if office else "", self.form.currentText(),
                             self.period_text(), units)
        self._reminder = ReminderDialog(
            text, self, units=units, ctx=self.ctx, form_id=self.form.currentData(),
            form_name=self.form.currentText(), period=self.period_text(),
            subject=f"Nhắc gửi báo cáo {self.form.currentText()} "
                    f"{parse_period(self.period_text()).text}")
        self._reminder.open()

    def missing_html(self) -> str:
        rows = "".join(f"<tr><td>{i}</td><td>{u.code}</td><td>{u.name}</td></tr>"
                       for i, u in enumerate(self.missing.records(), 1))
        month = parse_period(self.period_text()).text
        heading = self.tr("Units that have not reported — %1").replace("%1", month)
        return (f"<h3 align='center'>{heading}</h3><p align='center'>{self.form.currentText()}"
                f"</p><table border='1' cellspacing='0' cellpadding='4' width='100%'>"
                f"<tr><th>STT</th><th>{self.tr('Code')}</th><th>{self.tr('Unit')}</th></tr>"
                f"{rows}</table>")

    def _print_missing(self) -> None:
        from PySide6.QtGui import QTextDocument
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        if dialog.exec() != QPrintDialog.DialogCode.Accepted:
            return
        document = QTextDocument()
        document.setHtml(self.missing_html())
        document.print_(printer)

    def _undo(self) -> None:
        rows = self.batches_view.selectionModel().selectedRows()
        if not rows:
            QMessageBox.information(self, self.tr("Undo"), self.tr("Select an import first."))
            return
        batch = self.batches.record(rows[0].row())
        if batch["undone"]:
            QMessageBox.information(self, self.tr("Undo"), self.tr("That import was already "
                                                                   "undone."))
            return
        answer = QMessageBox.question(self, self.tr("Undo"), self.tr(
            "Take back every report of import number %1? Reports it replaced become current "
            "again.").replace("%1", str(batch["id"])))
        if answer != QMessageBox.StandardButton.Yes:
            return
        self.ctx.write_now(lambda s: register.undo_batch(s, batch["id"]), topics={REPORTS})
