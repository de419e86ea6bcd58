"""Kế hoạch page: the office's plans (year, number, title, status, activities), search, new
from a template, reading the parent body's plan document (review, then save), duplicate,
copy to another year, delete a draft; opening a plan shows the editor in place."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from unionplanner.core.errors import UserError
from unionplanner.domain.plans.document import STATUSES
from unionplanner.domain.plans.service import OWN, PARENT
from unionplanner.ui.shell import file_dialogs, labels
from unionplanner.ui.shell.context import OFFICE, PLANS, TRACKING, AppContext
from unionplanner.ui.shell.table_model import OBJECT_ROLE, Column, RecordTableModel

if TYPE_CHECKING:
    from unionplanner.ui.plans.editor import PlanEditor


class NewPlanDialog(QDialog):
    """Choose a template and a year."""

    def __init__(self, choices: list[tuple[str, str]], parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("New plan"))
        self.template = QComboBox()
        for name, label in choices:
            self.template.addItem(label, name)
        self.year = QSpinBox()
        self.year.setRange(2000, 2100)
        self.year.setValue(dt.date.today().year)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("Template"), self.template)
        form.addRow(self.tr("Year"), self.year)
        form.addRow(buttons)


class PlansPage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.stack = QStackedWidget()
        self.editor: PlanEditor | None = None
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search by title or number"))
        self.search.textChanged.connect(lambda _t: self.reload())
        self.year = QComboBox()
        self.year.currentIndexChanged.connect(lambda _i: self.reload())
        self.origin = QComboBox()  # the office's own plans, or those of the bodies above
        self.origin.addItem(self.tr("The office's plans"), OWN)
        self.origin.addItem(self.tr("Parent bodies' plans"), PARENT)
        self.origin.currentIndexChanged.connect(lambda _i: self.reload())
        self.model = RecordTableModel([
            Column(self.tr("Year"), lambda p: str(p["year"] or ""), sort=lambda p: p["year"] or 0),
            Column(self.tr("Number"), lambda p: f"{p['number']:02d}/{p['symbol']}"
                   if p["number"] else "", sort=lambda p: p["number"] or 0),
            Column(self.tr("Title"), lambda p: p["title"]),
            Column(self.tr("Status"), lambda p: STATUSES.get(p["status"], p["status"])
                   + (self.tr(" (revision %1)").replace("%1", str(p["revision"]))
                      if p["revision"] > 1 else "")),
            Column(self.tr("Activities"), lambda p: str(p["activities"]), numeric=True,
                   sort=lambda p: p["activities"]),
            Column(self.tr("Progress"), lambda p: p.get("progress", ""), numeric=True,
                   sort=lambda p: p.get("share", -1)),
            Column(self.tr("Implemented by"), lambda p: p.get("implemented", "")),
        ], self)
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.verticalHeader().setVisible(False)
        self.view.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.view.doubleClicked.connect(lambda _i: self.open_selected())
        self.new_button = QPushButton(self.tr("New from a template…"))
        labels.shortcut(self.new_button, "Ctrl+N")
        self.import_button = QPushButton(self.tr("Read the parent body's plan…"))
        self.open_button = QPushButton(self.tr("Open"))
        self.duplicate_button = QPushButton(self.tr("Duplicate"))
        self.copy_year_button = QPushButton(self.tr("Copy to another year…"))
        self.delete_button = QPushButton(self.tr("Delete draft"))
        self.implement_button = QPushButton(self.tr("Draft our plan implementing it…"))
        self.implement_button.clicked.connect(self._implement)
        self.new_button.clicked.connect(self.new_plan)
        self.import_button.clicked.connect(self.import_document)
        self.open_button.clicked.connect(self.open_selected)
        self.duplicate_button.clicked.connect(lambda: self._copy(None))
        self.copy_year_button.clicked.connect(self._copy_to_year)
        self.delete_button.clicked.connect(self._delete)

        title = QLabel(self.tr("Plans"))
        title.setObjectName("pageTitle")
        top = QHBoxLayout()
        top.addWidget(self.origin)
        top.addWidget(self.search, 1)
        top.addWidget(QLabel(self.tr("Year")))
        top.addWidget(self.year)
        top.addWidget(self.new_button)
        top.addWidget(self.import_button)
        actions = QHBoxLayout()
        for button in (self.open_button, self.implement_button, self.duplicate_button,
                       self.copy_year_button, self.delete_button):
            actions.addWidget(button)
        actions.addStretch(1)
        list_page = QWidget()
        layout = QVBoxLayout(list_page)
        layout.addWidget(title)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)
        layout.addLayout(actions)
        self.stack.addWidget(list_page)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.stack)
        ctx.changed.connect(self._on_changed)
        self.reload()

    # -- list ------------------------------------------------------------------------------
    def reload(self) -> None:
        from unionplanner.domain.plans.service import list_plans, plan_summary

        year, origin = self.year.currentData(), self.origin.currentData()
        plans = self.ctx.read(lambda s: [plan_summary(p) for p in list_plans(
            s, year=year, search=self.search.text(), origin=origin)])
        parents = origin == PARENT
        if parents:
            self._add_implemented(plans)
        else:
            self._add_progress(plans)
        self.model.set_records(plans)
        self.view.setColumnHidden(5, parents)  # progress: of the office's plans
        self.view.setColumnHidden(6, not parents)  # the office's plans implementing it
        self.implement_button.setVisible(parents)
        self.duplicate_button.setVisible(not parents)
        self.copy_year_button.setVisible(not parents)
        years = sorted({p["year"] for p in plans if p["year"]}, reverse=True)
        if self.year.count() <= 1 or year is None:
            self.year.blockSignals(True)
            current = self.year.currentData()
            self.year.clear()
            self.year.addItem(self.tr("All years"), None)
            for value in years:
                self.year.addItem(str(value), value)
            self.year.setCurrentIndex(max(0, self.year.findData(current)))
            self.year.blockSignals(False)
        writable = not self.ctx.db.read_only
        for button in (self.new_button, self.import_button, self.duplicate_button,
                       self.copy_year_button, self.delete_button, self.implement_button):
            button.setEnabled(writable)

    def _add_implemented(self, plans: list[dict]) -> None:
        """The office's plans drafted from each parent plan ("02/KH-CĐX — …")."""
        from unionplanner.domain.plans.service import implemented_from
        from unionplanner.domain.tracking.service import plan_label

        found = self.ctx.read(lambda s: {parent: [plan_label(own) for own in owns]
                                         for parent, owns in implemented_from(
                                             s, [p["id"] for p in plans]).items()})
        for plan in plans:
            plan["implemented"] = "; ".join(found.get(plan["id"], []))

    def show_parent_plan(self, plan_id: int) -> None:
        """The list of the parent bodies' plans with ``plan_id`` chosen (after it was saved),
        saying where it went."""
        self.origin.setCurrentIndex(self.origin.findData(PARENT))
        self.reload()
        rows = [r for r in range(self.model.rowCount()) if self.model.record(r)["id"] == plan_id]
        if rows:
            self.view.selectRow(rows[0])
            QMessageBox.information(self, self.tr("Plans"), self.tr(
                "Saved “%1” in the list of the parent bodies' plans (this page, “Parent "
                "bodies' plans”). Choose it there and press “Draft our plan implementing "
                "it…” when the office is ready to implement it.").replace(
                    "%1", self.model.record(rows[0])["title"]))

    def _implement(self) -> None:
        from unionplanner.domain.plans.drafting import implement_plan

        plan = self.selected()
        if plan is None:
            return
        try:
            new_id = self.ctx.write_now(lambda s: implement_plan(s, plan["id"]).id,
                                        topics={PLANS})
        except UserError as exc:
            QMessageBox.warning(self, self.tr("Plans"), exc.message)
            return
        self.origin.setCurrentIndex(self.origin.findData(OWN))
        self.open_plan(new_id)

    def _add_progress(self, plans: list[dict]) -> None:
        """"done/due (share %)" for the plans being tracked (issued or closed)."""
        from unionplanner.core.text import format_number
        from unionplanner.domain.tracking.service import TRACKED, activity_rows, tallies

        tracked = [p["id"] for p in plans if p["status"] in TRACKED]
        if not tracked:
            return
        rows = self.ctx.read(lambda s: activity_rows(s, tracked))
        today = dt.date.today()
        for plan in plans:
            if plan["id"] in tracked:
                by_plan, _ = tallies([r for r in rows if r.plan_id == plan["id"]], today)
                for tally in by_plan.values():
                    plan["share"] = tally.share_done
                    plan["progress"] = (f"{tally.done}/{tally.due} "
                                        f"({format_number(tally.share_done, 1)}%)")

    def _on_changed(self, topics: set[str]) -> None:
        if PLANS in topics and self.editor is not None and self.editor.plan_id is not None \
                and not self._still_there(self.editor.plan_id):
            self._drop_editor()  # deleted meanwhile (the demo removed, another PC): no save
        if topics & {PLANS, OFFICE, TRACKING} and self.stack.currentIndex() == 0:
            self.reload()

    def _still_there(self, plan_id: int) -> bool:
        from unionplanner.domain.plans.models import Plan

        return self.ctx.read(lambda s: s.get(Plan, plan_id) is not None)

    def _drop_editor(self) -> None:
        """Leave the editor of a plan that no longer exists, for the list, saving nothing."""
        assert self.editor is not None
        self.stack.removeWidget(self.editor)
        self.editor.deleteLater()
        self.editor = None
        self.stack.setCurrentIndex(0)

    def selected(self) -> dict | None:
        rows = self.view.selectionModel().selectedRows()
        return rows[0].data(OBJECT_ROLE) if rows else None

    # -- actions ---------------------------------------------------------------------------
    def open_plan(self, plan_id: int) -> None:
        """Show the editor of ``plan_id`` in place of the list."""
        from unionplanner.ui.plans.editor import PlanEditor

        self.close_editor()
        self.editor = PlanEditor(self.ctx, plan_id, parent=self)
        self.editor.closed.connect(self.close_editor)
        self.editor.reopen.connect(self.open_plan, Qt.ConnectionType.QueuedConnection)
        self.stack.addWidget(self.editor)
        self.stack.setCurrentWidget(self.editor)

    def close_editor(self) -> None:
        if self.editor is not None:
            self.editor.save()
            self.stack.removeWidget(self.editor)
            self.editor.deleteLater()
            self.editor = None
        self.stack.setCurrentIndex(0)
        self.reload()

    def open_selected(self) -> None:
        plan = self.selected()
        if plan is not None:
            self.open_plan(plan["id"])

    def new_plan(self) -> None:
        from unionplanner.domain.plans.drafting import new_from_template
        from unionplanner.domain.plans.service import list_templates
        from unionplanner.domain.plans.templates import TEMPLATES

        saved = self.ctx.read(lambda s: [(t.name, t.name) for t in list_templates(s)])
        dialog = NewPlanDialog([(t.name, t.label) for t in TEMPLATES.values()] + saved, self)
        if not dialog.exec():
            return
        name, year = dialog.template.currentData(), dialog.year.value()
        try:
            plan_id = self.ctx.write_now(lambda s: new_from_template(s, name, year).id,
                                         topics={PLANS})
        except UserError as exc:
            QMessageBox.warning(self, self.tr("New plan"), exc.message)
            return
        self.open_plan(plan_id)

    def import_document(self) -> None:
        from unionplanner.domain.plans.extract import read_plan
        from unionplanner.ui.plans.import_review import ImportReview

        chosen = file_dialogs.open_path(self, self.tr("The parent body's plan"),
                                        self.tr("Documents (*.docx *.doc *.pdf *.txt)"))
        if chosen is None:
            return
        path = str(chosen)

        def done(extraction) -> None:
            review = ImportReview(self.ctx, extraction, Path(path).name, self)
            review.saved.connect(self._after_import)
            review.open()
            self._review = review

        self.ctx.runner.run(lambda progress, cancel: read_plan(Path(path), progress, cancel),
                            label=self.tr("Reading the document"), on_done=done)

    def _after_import(self, parent_id: int, plan_id: int) -> None:
        """After a parent plan was saved: the office's new plan implementing it, opened;
        or, saved alone, the parent plan shown in its list."""
        if plan_id:
            self.origin.setCurrentIndex(self.origin.findData(OWN))
            self.reload()
            self.open_plan(plan_id)
        else:
            self.show_parent_plan(parent_id)

    def _copy(self, year: int | None) -> None:
        from unionplanner.domain.plans.service import duplicate_plan

        plan = self.selected()
        if plan is None:
            return
        try:
            new_id = self.ctx.write_now(lambda s: duplicate_plan(s, plan["id"], year=year).id,
                                        topics={PLANS})
        except UserError as exc:
            QMessageBox.warning(self, self.tr("Plans"), exc.message)
            return
        self.open_plan(new_id)

    def _copy_to_year(self) -> None:
        from PySide6.QtWidgets import QInputDialog

        plan = self.selected()
        if plan is None:
            return
        year, ok = QInputDialog.getInt(self, self.tr("Copy to another year"), self.tr("Year"),
                                       (plan["year"] or dt.date.today().year) + 1, 2000, 2100)
        if ok:
            self._copy(year)

    def _delete(self) -> None:
        from unionplanner.domain.plans.service import delete_plan

        plan = self.selected()
        if plan is None:
            return
        if QMessageBox.question(self, self.tr("Delete draft"), self.tr(
                "Delete the draft “%1”?").replace("%1", plan["title"])) != \
                QMessageBox.StandardButton.Yes:
            return
        try:
            self.ctx.write_now(lambda s: delete_plan(s, plan["id"]), topics={PLANS})
        except UserError as exc:
            QMessageBox.warning(self, self.tr("Delete draft"), exc.message)
