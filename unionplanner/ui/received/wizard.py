"""The import wizard: choose files → form and period → preview each file (detected table
highlighted, mappings, problems; fix a value, change a mapping or the unit, skip a file) →
summary of what will change (confirm replacements) → import with progress and Cancel →
result with "Undo this import".

The wizard is a thin face on one :class:`~unionplanner.domain.received.session.ImportSession`:
the files are read once, off the GUI thread, when the period they state is looked for (step
2); the preview judges them and each of the clerk's changes is judged again by the session
from what it read (a few milliseconds, no file touched); the commit runs off the GUI thread
through the window's TaskRunner. Nothing is written before the last page.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QDate, QSize, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from unionplanner.domain.received.models import FileStatus, PartAction
from unionplanner.domain.received.period_guess import PeriodGuess
from unionplanner.domain.received.planning import FilePlan
from unionplanner.domain.received.register import undo_batch
from unionplanner.domain.received.service import BatchResult, expand_paths, received_dir
from unionplanner.domain.received.session import ImportSession
from unionplanner.domain.report_forms.periods import parse_period
from unionplanner.domain.sheets.workbook import SUFFIXES
from unionplanner.ui.received.preview import PreviewPage
from unionplanner.ui.shell import file_dialogs
from unionplanner.ui.shell.context import REPORTS, AppContext
from unionplanner.ui.shell.period_picker import PeriodPicker
from unionplanner.ui.shell.screens import fit_to_screen
from unionplanner.ui.shell.tasks import Task


class FilesPage(QWizardPage):
    """Step 1: the files (and folders) to import; files can be dropped here too."""

    def __init__(self, wizard: ImportWizard):
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
            origin = self._wizard.origins.get(path)  # a collected file: who sent it, when
            item = QListWidgetItem(f"{path.name}    ← {origin}" if origin else path.name)
            item.setData(Qt.ItemDataRole.UserRole, str(path))
            item.setToolTip(str(path))
            self.list.addItem(item)
        self.count.setText(self.tr("%n file(s)", "", self.list.count()))
        self.completeChanged.emit()

    def _add_files(self) -> None:
        patterns = " ".join(f"*{s}" for s in SUFFIXES)
        files = file_dialogs.open_paths(self, self.tr("Add report files"),
                                        self.tr("Reports (%1)").replace("%1", patterns))
        self.add_paths([str(f) for f in files])

    def _add_folder(self) -> None:
        folder = file_dialogs.folder_path(self, self.tr("Add a folder of reports"))
        if folder is not None:
            self.add_paths([str(folder)])

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

    def __init__(self, wizard: ImportWizard):
        super().__init__()
        self._wizard = wizard
        self.setTitle(self.tr("Report form and period"))
        self.setSubTitle(self.tr("The files are read against the indicators of this form; the "
                                 "values are stored for this period."))
        self.form = QComboBox()
        self.period = PeriodPicker()
        self.none_label = QLabel(self.tr("There is no report form yet. Close the wizard and use "
                                         "\"Import a form from Excel…\" first."))
        self.none_label.setWordWrap(True)
        self.stated = QLabel()  # what the files themselves say their period is
        self.stated.setWordWrap(True)
        self.stated.hide()
        layout = QFormLayout(self)
        layout.addRow(self.tr("Report form"), self.form)
        layout.addRow(self.tr("Period"), self.period)
        layout.addRow(self.stated)
        layout.addRow(self.none_label)
        self._kinds: dict[int, list[str]] = {}
        self.guess_task: Task | None = None  # reading the period the files state
        self.form.currentIndexChanged.connect(lambda _i: self._form_kinds())

    def _form_kinds(self) -> None:
        """Offer the periods the chosen form is filled for (months, half-years…), and read
        which period the files state for them."""
        kinds = self._kinds.get(self.form.currentData(), [])
        self.period.set_kinds(kinds)
        self._guess(kinds)

    def _guess(self, kinds: list[str]) -> None:
        """Read the files (once: the preview judges these reads) and find the period they
        state for the chosen form's kinds."""
        imports = self._wizard.imports
        imports.set_paths(self._wizard.paths)
        if not imports.paths:
            return

        def job(progress, cancel) -> PeriodGuess:
            imports.read(progress=progress, cancel=cancel)
            return imports.guess_period(kinds)

        self.guess_task = self._wizard.ctx.runner.run(
            job, label=self.tr("Reading the period the files state"), on_done=self._show_guess)

    def _show_guess(self, guess: PeriodGuess) -> None:
        """Propose the period the files agree on (the picker follows); warn when they
        disagree; say nothing when no file states one."""
        if self.wizard() is not None and self.wizard().currentPage() is not self:
            return  # the user moved on meanwhile: the period they confirmed stays
        if guess.disagree:
            self.stated.setStyleSheet("color: #b00020")
            self.stated.setText(self.tr("The files state different periods — %1. Check them "
                                        "and import each period on its own.")
                                .replace("%1", guess.describe()))
        elif guess.period is not None:
            self.period.set_code(guess.period)
            self.stated.setStyleSheet("")
            self.stated.setText(self.tr("Period chosen from the files: %1 (%2 of %3 files state "
                                        "it).").replace("%1", parse_period(guess.period).text)
                                .replace("%2", str(len(guess.stated[guess.period])))
                                .replace("%3", str(len(guess.by_file))))
        self.stated.setVisible(guess.disagree or guess.period is not None)

    def initializePage(self) -> None:
        from unionplanner.domain.report_forms.service import list_forms

        forms = self._wizard.ctx.read(lambda s: [
            (f.id, f.name, list(f.current.period_kinds or [])) for f in list_forms(s)])
        self._kinds = {form_id: kinds for form_id, _name, kinds in forms}
        self.form.blockSignals(True)
        self.form.clear()
        for form_id, name, _kinds in forms:
            self.form.addItem(name, form_id)
        if self._wizard.form_id is not None:
            self.form.setCurrentIndex(max(0, self.form.findData(self._wizard.form_id)))
        self.form.blockSignals(False)
        self._form_kinds()
        self.period.set_code(self._wizard.period)
        self.none_label.setVisible(not forms)

    def isComplete(self) -> bool:
        return self.form.count() > 0

    def validatePage(self) -> bool:
        self._wizard.form_id = self.form.currentData()
        self._wizard.period = self.period.code()
        return True


class ChangesPage(QWizardPage):
    """Step 4: what will change; replacements need a tick."""

    def __init__(self, wizard: ImportWizard):
        super().__init__()
        self._wizard = wizard
        self.setTitle(self.tr("What will change"))
        self.setSubTitle(self.tr("Untick a replacement to keep the report already stored."))
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.replacements = QListWidget()
        self.waiting_label = QLabel(self.tr("Files waiting for you to choose their unit "
                                            "(double-click one to choose it):"))
        self.waiting = QListWidget()
        self.waiting.itemDoubleClicked.connect(self._choose_unit)
        self.waiting.setWordWrap(True)  # a reason names both files: show it whole
        self.waiting.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.waiting.setResizeMode(QListWidget.ResizeMode.Adjust)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addWidget(self.waiting_label)
        layout.addWidget(self.waiting, 1)
        layout.addWidget(QLabel(self.tr("Reports that replace earlier ones:")))
        layout.addWidget(self.replacements, 1)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)

    def initializePage(self) -> None:
        plans = self._wizard.plans
        counts = {status: sum(1 for p in plans if p.status == status) for status in FileStatus}
        writes = (PartAction.NEW, PartAction.REPLACE)
        units = sum(1 for p in plans for part in p.parts if part.action in writes)
        values = sum(len(part.part.values) for p in plans for part in p.parts
                     if part.action in writes)
        lines = [
            self.tr("Period %1, form \"%2\".").replace(
                "%1", parse_period(self._wizard.period).text).replace(
                "%2", self._wizard.form_name()),
            self.tr("%1 file(s) will be imported (%2 unit reports, %3 values); %4 replace "
                    "earlier reports.")
            .replace("%1", str(counts[FileStatus.IMPORTED] + counts[FileStatus.REPLACED]))
            .replace("%2", str(units)).replace("%3", str(values))
            .replace("%4", str(counts[FileStatus.REPLACED])),
            self.tr("Not imported: %1 already imported, %2 skipped, %3 with errors.")
            .replace("%1", str(counts[FileStatus.DUPLICATE]))
            .replace("%2", str(counts[FileStatus.SKIPPED]))
            .replace("%3", str(counts[FileStatus.ERROR])),
        ]
        if counts[FileStatus.WAITING]:
            lines.append(self.tr("%1 file(s) wait for you to choose their unit (go back and "
                                 "choose it): nothing of them is imported.")
                         .replace("%1", str(counts[FileStatus.WAITING])))
        self.text.setText("<br>".join(lines))
        self.waiting.clear()
        for index, plan in enumerate(plans):
            if plan.status != FileStatus.WAITING:
                continue
            choices = ", ".join(f"{code} – {name}" for code, name, _score in plan.candidates)
            item = QListWidgetItem(f"{plan.analysis.name}: {plan.reason}" + (
                self.tr(" (possible units: %1)").replace("%1", choices) if choices else ""))
            item.setData(Qt.ItemDataRole.UserRole, index)
            item.setToolTip(item.text())
            self.waiting.addItem(item)
        self.waiting.setVisible(bool(counts[FileStatus.WAITING]))
        self.waiting_label.setVisible(bool(counts[FileStatus.WAITING]))
        self.replacements.clear()
        for index, plan in enumerate(plans):
            for part in plan.parts:
                if part.action != PartAction.REPLACE or part.part.unit is None:
                    continue
                item = QListWidgetItem(f"{part.part.unit.code} – {part.part.unit.name}  ←  "
                                       f"{plan.analysis.name}")
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Checked)
                item.setData(Qt.ItemDataRole.UserRole, index)
                self.replacements.addItem(item)

    def _choose_unit(self, item: QListWidgetItem) -> None:
        """Back to the preview, on the file whose unit is to be chosen."""
        row = item.data(Qt.ItemDataRole.UserRole)
        self._wizard.back()
        self._wizard.preview_page.files.setCurrentRow(row)

    def validatePage(self) -> bool:
        """An unticked replacement keeps the stored report: its file is skipped (the
        session plans the batch again without it)."""
        for i in range(self.replacements.count()):
            item = self.replacements.item(i)
            if item.checkState() != Qt.CheckState.Checked:
                self._wizard.imports.skip(item.data(Qt.ItemDataRole.UserRole))
        return True


class ResultPage(QWizardPage):
    """Step 5: the import itself (off the GUI thread) and its result, with Undo."""

    undone = Signal()

    def __init__(self, wizard: ImportWizard):
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
        imports = wizard.imports
        remember = imports.remembered()
        db = wizard.ctx.db

        # the worker gets the import session and plain values, never the wizard's widgets
        def job(session, progress, cancel) -> BatchResult:
            return imports.commit(session, received_dir(db), remember=remember,
                                  progress=progress, cancel=cancel)

        def done(result: BatchResult) -> None:
            wizard.outcome = result
            self._done = True
            counts = result.counts()
            if result.batch_id is None:
                self.text.setText(self.tr("Nothing needed importing."))
            else:
                self.text.setText(self.tr(
                    "Import number %1 is done: %2 file(s) imported, %3 replaced earlier "
                    "reports. The original files are kept in the register.")
                    .replace("%1", str(result.batch_id))
                    .replace("%2", str(counts.get(FileStatus.IMPORTED, 0)))
                    .replace("%3", str(counts.get(FileStatus.REPLACED, 0))))
                self.undo_button.setEnabled(True)
            self.completeChanged.emit()

        def failed(exc) -> bool:
            self.text.setText(self.tr("Nothing was imported: %1").replace("%1", str(exc)))
            self._done = True
            self.completeChanged.emit()
            return False

        wizard.ctx.write(job, label=self.tr("Importing the reports"), topics={REPORTS},
                         on_done=done, on_error=failed)

    def isComplete(self) -> bool:
        return self._done

    def _undo(self) -> None:
        result = self._wizard.outcome
        if result is None or result.batch_id is None:
            return
        answer = QMessageBox.question(
            self, self.tr("Undo this import"),
            self.tr("Take back every report of import number %1? Reports it replaced become "
                    "current again.").replace("%1", str(result.batch_id)))
        if answer != QMessageBox.StandardButton.Yes:
            return
        batch_id = result.batch_id
        outcome = self._wizard.ctx.write_now(lambda s: undo_batch(s, batch_id),
                                             topics={REPORTS})
        self.text.setText(self.tr("Import number %1 was undone (%2 report(s) taken back).")
                          .replace("%1", str(result.batch_id)).replace("%2", str(outcome.undone)))
        self.undo_button.setEnabled(False)
        self.undone.emit()


class ImportWizard(QWizard):
    """The wizard (see the module text). ``paths`` may be given (files dropped on the
    window, or collected); ``form_id``/``period`` preselect the form and period;
    ``imports``: a session prepared by a collect (the senders, what to record), and
    ``origins`` what to show beside each collected file (its sender and day)."""

    def __init__(self, ctx: AppContext, paths=(), form_id: int | None = None,
                 period: str | None = None, parent: QWidget | None = None,
                 imports: ImportSession | None = None, origins: dict[Path, str] | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.origins = origins or {}  # a collected file → "sender, day" shown beside it
        self.form_id = form_id
        self.period = period or QDate.currentDate().addMonths(-1).toString("yyyy-MM")
        # the files read, the clerk's changes, the plans (a collect's comes prepared)
        self.imports = imports if imports is not None else ImportSession()
        self.outcome: BatchResult | None = None  # QWizard.result() is Qt's own
        self.setWindowTitle(self.tr("Import reports"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)
        self.files_page = FilesPage(self)
        self.form_page = FormPeriodPage(self)
        self.preview_page = PreviewPage(self)
        self.changes_page = ChangesPage(self)
        self.result_page = ResultPage(self)
        for page in (self.files_page, self.form_page, self.preview_page, self.changes_page,
                     self.result_page):
            self.addPage(page)
        self.changes_page.setCommitPage(True)
        # Qt ships no Vietnamese catalogue of its own: the wizard names its buttons itself
        for button, text in ((QWizard.WizardButton.CommitButton, self.tr("Import")),
                             (QWizard.WizardButton.NextButton, self.tr("Next >")),
                             (QWizard.WizardButton.BackButton, self.tr("< Back")),
                             (QWizard.WizardButton.CancelButton, self.tr("Cancel")),
                             (QWizard.WizardButton.FinishButton, self.tr("Close"))):
            self.setButtonText(button, text)
        fit_to_screen(self, QSize(1100, 720))  # a laptop's screen may be smaller
        if paths:
            self.files_page.add_paths(paths)

    @property
    def paths(self) -> list[Path]:
        return self.files_page.paths()

    def reject(self) -> None:
        """Hủy (or Esc, or the window's X) before the import: the clerk's arrival days, unit
        choices and corrections are lost, so ask first when there are any."""
        changed = self.imports.changed_files() if self.outcome is None else []
        if changed and QMessageBox.question(self, self.tr("Import reports"), self.tr(
                "Close without importing? What you changed for %1 file(s) (arrival days, "
                "units, corrections) will be lost.").replace("%1", str(len(changed)))) \
                != QMessageBox.StandardButton.Yes:
            return
        super().reject()

    def form_name(self) -> str:
        return self.form_page.form.currentText()

    @property
    def plans(self) -> list[FilePlan]:
        """What each file will do (the import session's plans)."""
        return self.imports.plans
