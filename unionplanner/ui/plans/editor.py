"""The plan editor: header, basis, the numbered text, activities, targets, deadlines,
recipients and signature, with undo/redo for every edit, autosave, the draft → issued →
closed steps, revisions, printing and saving as a template.

An issued plan opens locked; "Điều chỉnh" unlocks it, and the first save after that keeps
the issued text as a revision (service rule). Without a stored plan (``plan_id`` None) the
editor edits a draft in memory (the import review) and saves nothing itself.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from unionplanner.core.errors import ChangedMeanwhile, UserError
from unionplanner.core.files import cannot_write
from unionplanner.domain.plans import commands as c
from unionplanner.domain.plans.document import DOC_TYPES, STATUSES, PlanDocument, PlanStatus, Signer
from unionplanner.ui.plans.choices import PlanChoices
from unionplanner.ui.plans.fields import ClosingFields, set_text_quietly
from unionplanner.ui.plans.session import PlanSession
from unionplanner.ui.plans.tables import (
    activities_table,
    basis_table,
    deadlines_table,
    outline_table,
    targets_table,
)
from unionplanner.ui.shell import file_dialogs
from unionplanner.ui.shell.context import PLANS, AppContext
from unionplanner.ui.shell.date_field import DateField
from unionplanner.ui.shell.saved_bar import announce_saved
from unionplanner.ui.shell.undo_buttons import undo_redo_buttons

AUTOSAVE_MS = 1200


class PlanEditor(QWidget):
    """Edits plan ``plan_id`` (or the in-memory ``doc``). ``closed`` asks the page to show
    the list again; ``item_selected(id)`` tells the import review which item is current."""

    closed = Signal()
    item_selected = Signal(str)
    #: the plan should be shown afresh (another person saved it; the user chose theirs)
    reopen = Signal(int)

    def __init__(self, ctx: AppContext, plan_id: int | None = None,
                 doc: PlanDocument | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.plan_id = plan_id
        self.status = PlanStatus.DRAFT
        self.revision = 1
        self._amending = False
        self._revision_started = False
        self._saved_state: dict | None = None
        #: the plan's updated_at as this editor knows it (see _load)
        self._seen: dt.datetime | None = None
        if plan_id is not None:
            doc = self._load()
        self.session = PlanSession(doc or PlanDocument(), self)
        self._saved_state = self.session.doc.to_dict()
        self._timer = QTimer(self, singleShot=True, interval=AUTOSAVE_MS)
        self._timer.timeout.connect(self.save)

        self.heading = QLabel()
        self.heading.setStyleSheet("font-size: 13pt; font-weight: 600;")
        self.heading.setWordWrap(True)
        self.state = QLabel()
        self.saved = QLabel()
        self.saved.setObjectName("hint")
        back = QPushButton(self.tr("← Plan list"))
        back.clicked.connect(self._close)
        back.setVisible(plan_id is not None)
        undo, redo = undo_redo_buttons(self, self.session.stack, self.tr("Undo"),
                                       self.tr("Redo"))  # fixed width, change in tooltip
        self.undo_button, self.redo_button = undo, redo
        self._make_actions()

        top = QHBoxLayout()
        top.addWidget(back)
        top.addWidget(self.heading, 1)
        bar = QHBoxLayout()  # the state, then the actions below it: a laptop's width
        for widget in (undo, redo, self.state, self.saved):
            bar.addWidget(widget)
        bar.setStretch(3, 1)
        self.saved.setWordWrap(True)
        actions = QHBoxLayout()
        actions.addStretch(1)
        for button in (self.issue_button, self.amend_button, self.close_button,
                       self.pdf_button, self.docx_button, self.template_button):
            actions.addWidget(button)
            button.setVisible(plan_id is not None)

        self._make_tabs()
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(bar)
        layout.addLayout(actions)
        layout.addWidget(self.tabs, 1)
        self.session.changed.connect(self._changed)
        self.refresh()

    def _make_actions(self) -> None:
        """Issue, amend, close, print, export and save-as-template buttons."""
        self.issue_button = QPushButton(self.tr("Issue"))
        self.amend_button = QPushButton(self.tr("Amend"))
        self.close_button = QPushButton(self.tr("Close the plan"))
        self.pdf_button = QPushButton(self.tr("Print to PDF…"))
        self.docx_button = QPushButton(self.tr("Export to Word…"))
        self.template_button = QPushButton(self.tr("Save as template…"))
        self.issue_button.clicked.connect(lambda: self._set_status(PlanStatus.ISSUED))
        self.close_button.clicked.connect(lambda: self._set_status(PlanStatus.CLOSED))
        self.amend_button.clicked.connect(self._amend)
        self.pdf_button.clicked.connect(lambda: self.export("pdf"))
        self.docx_button.clicked.connect(lambda: self.export("docx"))
        self.template_button.clicked.connect(self._save_template)

    def _make_tabs(self) -> None:
        """The tabs: general, text, activities, targets, deadlines, closing, revisions."""
        self.choices = PlanChoices(self.ctx)
        self.tabs = QTabWidget()
        self.tabs.addTab(self._general_tab(), self.tr("General"))
        self.outline = outline_table(self.session)
        self.activities = activities_table(self.session, self.choices.departments,
                                           self.choices.units)
        self.targets = targets_table(self.session, self.choices.indicators, self.choices.units)
        self.deadlines = deadlines_table(self.session, self.choices.forms)
        self.tabs.addTab(self.outline, self.tr("Text"))
        self.tabs.addTab(self.activities, self.tr("Activities"))
        self.tabs.addTab(self.targets, self.tr("Targets"))
        self.tabs.addTab(self.deadlines, self.tr("Deadlines"))
        self.tabs.addTab(self._closing_tab(), self.tr("Recipients and signature"))
        self.revisions = QListWidget()
        if self.plan_id is not None:
            self.tabs.addTab(self._revisions_tab(), self.tr("Revisions"))
        for table in (self.outline, self.activities, self.targets, self.deadlines):
            table.item_selected.connect(self.item_selected)

    # -- data ------------------------------------------------------------------------------
    def _load(self) -> PlanDocument:
        from unionplanner.domain.plans.service import get_plan, load_document

        plan_id = self.plan_id
        assert plan_id is not None  # a stored plan is loaded

        def read(session):
            plan = get_plan(session, plan_id)
            return plan.status, plan.revision, plan.updated_at, load_document(plan)

        # _seen: when the plan was last saved as this editor knows it (another person's
        # save since then is not overwritten unasked)
        self.status, self.revision, self._seen, doc = self.ctx.read(read)
        return doc

    def _tables(self) -> tuple:
        return (self.basis, self.outline, self.activities, self.targets, self.deadlines)

    @property
    def doc(self) -> PlanDocument:
        return self.session.doc

    @property
    def stored_id(self) -> int:
        """The stored plan's id; only an editor of a stored plan saves, issues or prints
        revisions (an in-memory draft's editor saves nothing itself)."""
        assert self.plan_id is not None, "this editor edits a draft in memory"
        return self.plan_id

    @property
    def locked(self) -> bool:
        """An issued plan not being amended, a closed plan, or a read-only database."""
        return self.ctx.db.read_only or self.status == PlanStatus.CLOSED or (
            self.status == PlanStatus.ISSUED and not self._amending)

    # -- tabs ------------------------------------------------------------------------------
    def _general_tab(self) -> QWidget:
        self.doc_type = QComboBox()
        self.doc_type.addItems(list(DOC_TYPES)[:-1])
        self.number = QSpinBox()
        self.number.setRange(0, 9999)
        self.number.setSpecialValueText(self.tr("(none yet)"))
        self.symbol = QLineEdit()
        self.date = DateField()  # typed as people type dates; empty when not known
        self.place = QLineEdit()
        self.issuer = QLineEdit()
        self.parent_body = QLineEdit()
        self.title_edit = QPlainTextEdit()
        self.title_edit.setFixedHeight(60)
        self.basis = basis_table(self.session, self.choices.parent_plans)
        self.doc_type.currentTextChanged.connect(
            lambda v: self._field("doc_type", v, self.tr("Document type")))
        self.number.valueChanged.connect(
            lambda v: self._field("number", v or None, self.tr("Number")))
        self.symbol.textEdited.connect(
            lambda v: self._field("symbol", v.strip(), self.tr("Symbol")))
        self.date.changed.connect(lambda d: self._field("date", d, self.tr("Date")))
        self.place.textEdited.connect(lambda v: self._field("place", v.strip(), self.tr("Place")))
        self.issuer.textEdited.connect(lambda v: self._field("issuer", v.strip(),
                                                             self.tr("Issuing body")))
        self.parent_body.textEdited.connect(lambda v: self._field("parent_body", v.strip(),
                                                                  self.tr("Parent body")))
        self.title_edit.textChanged.connect(lambda: self._field(
            "title", " ".join(self.title_edit.toPlainText().split()), self.tr("Title")))
        number_row = QHBoxLayout()
        number_row.addWidget(self.number)
        number_row.addWidget(QLabel("/"))
        number_row.addWidget(self.symbol, 1)
        form = QFormLayout()
        form.addRow(self.tr("Document type"), self.doc_type)
        form.addRow(self.tr("Number / symbol"), number_row)
        form.addRow(self.tr("Date"), self.date)
        form.addRow(self.tr("Place"), self.place)
        form.addRow(self.tr("Issuing body"), self.issuer)
        form.addRow(self.tr("Parent body"), self.parent_body)
        form.addRow(self.tr("Title"), self.title_edit)
        form.addRow(self.tr("Basis"), self.basis)
        widget = QWidget()
        widget.setLayout(form)
        return widget

    def _closing_tab(self) -> QWidget:
        closing = ClosingFields()
        self.recipients, self.authority = closing.recipients, closing.authority
        self.signer_title, self.signer_name = closing.signer_title, closing.signer_name
        self.delegation = closing.delegation
        self.delegation.textEdited.connect(lambda _v: self._signer_changed())
        self.recipients.textChanged.connect(self._recipients_changed)
        self.authority.currentTextChanged.connect(lambda _v: self._signer_changed())
        self.signer_title.textEdited.connect(lambda _v: self._signer_changed())
        self.signer_name.textEdited.connect(lambda _v: self._signer_changed())
        return closing

    def _revisions_tab(self) -> QWidget:
        button = QPushButton(self.tr("Print the selected revision…"))
        button.clicked.connect(self._print_revision)
        widget = QWidget()
        layout = QVBoxLayout(widget)
        hint = QLabel(self.tr("Each change made after the plan was issued keeps the text as it "
                              "was before."))
        hint.setWordWrap(True)
        layout.addWidget(hint)
        layout.addWidget(self.revisions, 1)
        layout.addWidget(button)
        return widget

    # -- edits -----------------------------------------------------------------------------
    def _field(self, name: str, value, label: str) -> None:
        if getattr(self.doc, name) != value and not self._refreshing:
            self.session.edit(label, c.set_field(name, value), merge_key=f"field:{name}")

    def _recipients_changed(self) -> None:
        if self._refreshing:
            return
        lines = [" ".join(line.lstrip("-– ").split())
                 for line in self.recipients.toPlainText().splitlines()]
        lines = [line for line in lines if line]
        if lines != self.doc.recipients:
            self.session.edit(self.tr("Recipients"), c.set_field("recipients", lines),
                              merge_key="recipients")

    def _signer_changed(self) -> None:
        if self._refreshing:
            return
        signer = Signer(self.authority.currentText().strip(), self.signer_title.text().strip(),
                        self.signer_name.text().strip(), self.delegation.text().strip())
        if signer != self.doc.signer:
            self.session.edit(self.tr("Signature"), c.set_field("signer", signer),
                              merge_key="signer")

    _refreshing = False

    def refresh(self) -> None:
        """Show the document (after loading, an edit, undo or redo)."""
        self._refreshing = True
        try:
            doc = self.doc
            self.heading.setText(f"{doc.doc_type} {doc.number_text.removeprefix('Số: ').strip()}"
                                 f" — {doc.title}" if doc.title else self.tr("New plan"))
            self.state.setText(self.tr("Status: %1").replace("%1", STATUSES.get(self.status, ""))
                               + (self.tr(", revision %1").replace("%1", str(self.revision))
                                  if self.revision > 1 else ""))
            self.doc_type.setCurrentText(doc.doc_type or "KẾ HOẠCH")
            self.number.setValue(doc.number or 0)
            set_text_quietly(self.symbol, doc.symbol)
            if not self.date.hasFocus():  # not under the clerk's typing
                self.date.set_date(doc.date)
            set_text_quietly(self.place, doc.place)
            set_text_quietly(self.issuer, doc.issuer)
            set_text_quietly(self.parent_body, doc.parent_body)
            set_text_quietly(self.title_edit, doc.title)
            set_text_quietly(self.recipients, "\n".join(f"- {r}" for r in doc.recipients))
            self.authority.setCurrentText(doc.signer.authority)
            set_text_quietly(self.signer_title, doc.signer.title)
            set_text_quietly(self.signer_name, doc.signer.name)
            set_text_quietly(self.delegation, doc.signer.delegation)
            for table in self._tables():
                table.refresh()
            self._apply_lock()
        finally:
            self._refreshing = False

    def _apply_lock(self) -> None:
        locked = self.locked
        for widget in (self.doc_type, self.number, self.symbol, self.date, self.place,
                       self.issuer, self.parent_body, self.authority, self.signer_title,
                       self.signer_name):
            widget.setEnabled(not locked)
        for text in (self.title_edit, self.recipients):
            text.setReadOnly(locked)
        for table in self._tables():
            table.view.setEditTriggers(table.view.EditTrigger.NoEditTriggers if locked else (
                table.view.EditTrigger.DoubleClicked | table.view.EditTrigger.EditKeyPressed
                | table.view.EditTrigger.AnyKeyPressed))
            for index in range(table.buttons.count()):
                item = table.buttons.itemAt(index).widget()
                if item is not None:
                    item.setEnabled(not locked)
        stored = self.plan_id is not None and not self.ctx.db.read_only
        self.issue_button.setEnabled(stored and self.status == PlanStatus.DRAFT)
        self.amend_button.setEnabled(stored and self.status == PlanStatus.ISSUED
                                     and not self._amending)
        self.close_button.setEnabled(stored and self.status == PlanStatus.ISSUED)
        self.undo_button.setEnabled(not locked)
        self.redo_button.setEnabled(not locked)

    def _changed(self) -> None:
        self.refresh()
        if self.plan_id is not None and not self.locked:
            self.saved.setText(self.tr("Saving…"))
            self._timer.start()

    def closeEvent(self, event) -> None:  # noqa: N802 (Qt name)
        """A pending autosave is done now, not after the editor has gone."""
        if self._timer.isActive():
            self.save()
        super().closeEvent(event)

    # -- saving ----------------------------------------------------------------------------
    def save(self) -> bool:
        """Save now (autosave calls this); a refused change is shown, nothing is lost from
        the editor. Returns True when saved (or nothing to save)."""
        from unionplanner.domain.plans.service import save_plan

        self._timer.stop()
        if self.plan_id is None or self.locked:
            return True
        state = self.doc.to_dict()
        if state == self._saved_state:
            self.saved.setText("")
            return True
        doc = PlanDocument.from_dict(state)
        first = not self._revision_started
        try:
            try:
                plan = self.ctx.write_now(lambda s: save_plan(
                    s, self.stored_id, doc, new_revision=first, seen=self._seen), topics={PLANS})
            except ChangedMeanwhile as exc:
                if QMessageBox.question(self, self.tr("Plan"), exc.message + "\n\n" + self.tr(
                        "Overwrite it with your version? (No: close and open the plan again to "
                        "see theirs; your unsaved changes are dropped.)")) \
                        != QMessageBox.StandardButton.Yes:
                    self._saved_state = state  # nothing of ours is written
                    self.saved.setText("")
                    self.reopen.emit(self.plan_id)
                    return False
                plan = self.ctx.write_now(lambda s: save_plan(
                    s, self.stored_id, doc, new_revision=first), topics={PLANS})
        except UserError as exc:
            self.saved.setText(self.tr("Not saved: %1").replace("%1", exc.message))
            self.saved.setStyleSheet("color: #b00020;")
            return False
        self.revision = plan.revision
        self._seen = plan.updated_at
        self._revision_started = self.status == PlanStatus.ISSUED
        self._saved_state = state
        self.saved.setStyleSheet("")
        self.saved.setText(self.tr("Saved at %1").replace(
            "%1", dt.datetime.now().strftime("%H:%M:%S")))
        self._load_revisions()
        return True

    def _close(self) -> None:
        if self.save():
            self.closed.emit()

    def _set_status(self, status: str) -> None:
        from unionplanner.ui.plans.issuing import change_status

        change_status(self, status)

    def _amend(self) -> None:
        self._amending = True
        self._revision_started = False
        self.saved.setText(self.tr("Amending: the issued text is kept as a revision when you "
                                   "change something."))
        self.refresh()

    def _load_revisions(self) -> None:
        from unionplanner.domain.plans.service import list_revisions

        if self.plan_id is None:
            return
        rows = self.ctx.read(lambda s: [(r.revision, r.saved_at)
                                        for r in list_revisions(s, self.stored_id)])
        self.revisions.clear()
        for number, saved_at in rows:
            when = saved_at.astimezone().strftime("%d/%m/%Y %H:%M") if saved_at.tzinfo else \
                saved_at.strftime("%d/%m/%Y %H:%M")
            self.revisions.addItem(self.tr("Revision %1 (replaced on %2)").replace(
                "%1", str(number)).replace("%2", when))
            self.revisions.item(self.revisions.count() - 1).setData(Qt.ItemDataRole.UserRole,
                                                                     number)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self._load_revisions()

    # -- output ----------------------------------------------------------------------------
    def export(self, kind: str, doc: PlanDocument | None = None) -> Path | None:
        """Ask for a file name and write the plan as PDF or Word; opens the PDF."""
        from unionplanner.domain.plans.export import export_docx, export_pdf

        doc = doc or self.doc
        suffix = ".pdf" if kind == "pdf" else ".docx"
        name = f"KH {doc.number or ''} {doc.title[:60]}".strip() + suffix
        chosen = file_dialogs.save_path(
            self, self.tr("Save the plan"), name,
            self.tr("PDF (*.pdf)") if kind == "pdf" else self.tr("Word document (*.docx)"))
        if chosen is None:
            return None
        path = str(chosen)
        try:
            written = (export_pdf if kind == "pdf" else export_docx)(doc, Path(path))
        except OSError as exc:
            QMessageBox.warning(self, self.tr("Save the plan"), cannot_write(path, exc))
            return None
        announce_saved(self, written)
        return written

    def _print_revision(self) -> None:
        from unionplanner.domain.plans.service import revision_document

        item = self.revisions.currentItem()
        if item is None:
            return
        number = item.data(Qt.ItemDataRole.UserRole)
        doc = self.ctx.read(lambda s: revision_document(s, self.stored_id, number))
        self.export("pdf", doc)

    def _save_template(self) -> None:
        from unionplanner.domain.plans.service import save_template

        name, ok = QInputDialog.getText(self, self.tr("Save as template"),
                                        self.tr("Template name"), text=self.doc.title[:60])
        if not ok or not self.save():
            return
        try:
            self.ctx.write_now(lambda s: save_template(s, self.stored_id, name), topics={PLANS})
        except UserError as exc:
            QMessageBox.warning(self, self.tr("Save as template"), exc.message)
            return
        self.saved.setText(self.tr("Saved as template “%1”.").replace("%1", name.strip()))
