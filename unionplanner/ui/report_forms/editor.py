"""The report-form editor: a form's name, the heading printed on it, its value columns
("Tổng số | Nữ"), the periods it is filled for, and its lines as a tree — sections, groups,
indicators and the lines under them — with a tick where each value column applies. Saving a
form an import has already used makes a new version (old imports keep theirs —
:func:`unionplanner.domain.report_forms.service.update_form`); older versions can be looked
at, not changed."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QSize
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPushButton,
    QToolButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from unionplanner.core.errors import UserError
from unionplanner.domain.report_forms import service, tree
from unionplanner.domain.report_forms.kinds import KINDS, IndicatorKind
from unionplanner.domain.report_forms.learn import FormDraft
from unionplanner.domain.report_forms.periods import PERIOD_KINDS
from unionplanner.domain.report_forms.tree import FormNode
from unionplanner.ui.report_forms.tree_model import KIND, TEXT, FormTreeModel
from unionplanner.ui.shell.context import REPORTS, AppContext
from unionplanner.ui.shell.delegates import ChoiceDelegate
from unionplanner.ui.shell.screens import fit_to_screen

_EDIT_TRIGGERS = (QAbstractItemView.EditTrigger.DoubleClicked
                  | QAbstractItemView.EditTrigger.EditKeyPressed
                  | QAbstractItemView.EditTrigger.AnyKeyPressed)


@dataclass
class _Version:
    """One stored version as the editor shows it."""

    number: int
    roots: list[FormNode]
    shape: service.FormShape
    used: bool


def _split_labels(text: str) -> list[str]:
    return [part.strip() for part in text.replace("|", ";").split(";") if part.strip()]


class FormEditor(QDialog):
    """Edit the form ``form_id``, or type a new form when ``form_id`` is None — starting
    from ``draft`` (a form read from a template, named ``name``) when one is given. A new
    form is stored only on OK: Cancel leaves nothing behind. After OK, :attr:`form_id` is
    the saved form's id (None if it was deleted)."""

    def __init__(self, ctx: AppContext, form_id: int | None = None,
                 parent: QWidget | None = None, draft: FormDraft | None = None,
                 name: str = ""):
        super().__init__(parent)
        self.ctx = ctx
        self.form_id = form_id
        self._draft, self._draft_name = draft, name
        self._versions: list[_Version] = []
        self._used_codes: set[str] = set()
        self._shown = -1
        self.setWindowTitle(self.tr("Report form") if form_id else self.tr("New report form"))
        fit_to_screen(self, QSize(1000, 660))  # a laptop's screen may be smaller

        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("e.g. Tháng Công nhân 2024"))
        self.title_edit = QLineEdit()
        self.title_edit.setPlaceholderText(self.tr("The heading printed on the form"))
        self.columns_edit = QLineEdit()
        self.columns_edit.setPlaceholderText(self.tr("One column; for more, e.g. Tổng số; Nữ"))
        self.columns_edit.setToolTip(self.tr("The form's value columns, separated by \";\". "
                                             "The first is the main figure."))
        self.columns_edit.editingFinished.connect(self._columns_changed)
        self.period_boxes = {kind: QCheckBox(label) for kind, label in PERIOD_KINDS.items()}
        self.version = QComboBox()
        self.version_note = QLabel()
        self.version_note.setWordWrap(True)
        self.version_note.setObjectName("hint")

        self.kind_delegate = ChoiceDelegate(self)
        self.kind_delegate.choices = list(KINDS.items())
        self.model = FormTreeModel(self)
        self.view = QTreeView()
        self.view.setModel(self.model)
        self.view.setItemDelegateForColumn(KIND, self.kind_delegate)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(True)

        self._make_buttons()
        self.version.currentIndexChanged.connect(self._show_version)

        periods = QHBoxLayout()
        for box in self.period_boxes.values():
            periods.addWidget(box)
        periods.addStretch(1)
        form = QFormLayout()
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("Heading"), self.title_edit)
        form.addRow(self.tr("Value columns"), self.columns_edit)
        form.addRow(self.tr("Filled for"), periods)
        form.addRow(self.tr("Version"), self.version)
        form.addRow("", self.version_note)
        row_buttons = QHBoxLayout()
        for button in (self.add_button, self.remove_button, self.up_button, self.down_button):
            row_buttons.addWidget(button)
        row_buttons.addStretch(1)
        row_buttons.addWidget(self.delete_button)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Save"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        hint = QLabel(self.tr("Double-click a cell to change it. Untick a value column where it "
                              "does not apply (the printed form shows \"x\"). \"Stock\" "
                              "indicators (such as the number of members) are not added up "
                              "over months."))
        hint.setWordWrap(True)
        hint.setObjectName("hint")
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.view, 1)
        layout.addLayout(row_buttons)
        layout.addWidget(hint)
        layout.addWidget(self.buttons)
        self._load()

    def _make_buttons(self) -> None:
        """The Thêm ▾ menu and the buttons that move and remove lines."""
        self.add_button = QToolButton()
        self.add_button.setText(self.tr("Add"))
        self.add_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self.add_button)
        menu.addAction(self.tr("Indicator"), self.add_indicator)
        menu.addAction(self.tr("Line under the selected indicator"), self.add_sub_indicator)
        menu.addAction(self.tr("Section (I, II…)"), lambda: self.add_heading(1))
        menu.addAction(self.tr("Group in the selected section (1, 2…)"),
                       lambda: self.add_heading(2))
        self.add_button.setMenu(menu)
        self.remove_button = QPushButton(self.tr("Remove"))
        self.up_button = QPushButton(self.tr("Move up"))
        self.down_button = QPushButton(self.tr("Move down"))
        self.delete_button = QPushButton(self.tr("Delete this form…"))
        self.remove_button.clicked.connect(self.remove_indicator)
        self.up_button.clicked.connect(lambda: self.move_indicator(-1))
        self.down_button.clicked.connect(lambda: self.move_indicator(1))
        self.delete_button.clicked.connect(self._delete)

    # -- loading -----------------------------------------------------------------------------
    def _load(self) -> None:
        if self.form_id is None and self._draft is not None:
            draft = self._draft
            self._versions = [_Version(1, tree.to_tree(draft.fields(), draft.shape.headings),
                                       draft.shape, False)]
            self.delete_button.setEnabled(False)
            self.name.setText(self._draft_name)
            self.title_edit.setText(draft.title)
        elif self.form_id is None:
            self._versions = [_Version(1, [], service.FormShape(), False)]
            self.delete_button.setEnabled(False)
        else:
            form_id = self.form_id

            def read(session):
                form = service.get_form(session, form_id)
                versions = [_Version(v.number, tree.to_tree(
                    [service.fields_of(i) for i in v.indicators],
                    v.headings), service.shape_of(v), service.version_in_use(session, v.id))
                    for v in form.versions]
                codes = {i.code for v in form.versions for i in v.indicators}
                return form.name, form.title, versions, codes

            name, title, self._versions, self._used_codes = self.ctx.read(read)
            self.name.setText(name)
            self.title_edit.setText(title)
        self.version.blockSignals(True)
        for version in self._versions:
            self.version.addItem(self.tr("Version %1").replace("%1", str(version.number))
                                 + (self.tr(" (used by imports)") if version.used else ""))
        self.version.setCurrentIndex(len(self._versions) - 1)
        self.version.blockSignals(False)
        self._show_version(len(self._versions) - 1)

    def _show_version(self, index: int) -> None:
        if self.version.count() and self._shown == len(self._versions) - 1:
            self.model.tree()  # keep what was typed in the current version
        self._shown = index
        shown = self._versions[index]
        current = index == len(self._versions) - 1
        self.model.set_tree(shown.roots, shown.shape.columns)
        self.columns_edit.setText("; ".join(shown.shape.columns))
        for kind, box in self.period_boxes.items():
            box.setChecked(kind in shown.shape.period_kinds)
        self._fit_columns()
        self.view.expandAll()
        editable = current and not self.ctx.db.read_only
        self.view.setEditTriggers(_EDIT_TRIGGERS if editable
                                  else QAbstractItemView.EditTrigger.NoEditTriggers)
        for widget in (self.add_button, self.remove_button, self.up_button, self.down_button,
                       self.name, self.title_edit, self.columns_edit,
                       *self.period_boxes.values()):
            widget.setEnabled(editable)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(editable)
        if not current:
            self.version_note.setText(self.tr("An older version, kept for the reports imported "
                                              "with it. It cannot be changed."))
        elif shown.used:
            self.version_note.setText(
                self.tr("Reports were imported with version %1: saving a change makes version "
                        "%2, and those reports keep version %1.")
                .replace("%1", str(shown.number)).replace("%2", str(shown.number + 1)))
        else:
            self.version_note.setText("")

    def _fit_columns(self) -> None:
        header = self.view.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(TEXT, QHeaderView.ResizeMode.Stretch)
        for column in range(1, self.model.columnCount()):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)

    def _columns_changed(self) -> None:
        labels = _split_labels(self.columns_edit.text())
        if labels == self.model.labels:
            return
        roots = self.model.tree()
        tree.relabel(roots, self.model.labels, labels)
        self.model.set_tree(roots, labels)
        self._fit_columns()
        self.view.expandAll()

    # -- editing -----------------------------------------------------------------------------
    def rows(self) -> list[FormNode]:
        """The top-level lines as they stand (each with its lines under it)."""
        return self.model.tree()

    def _selected(self):
        index = self.view.currentIndex()
        return index.siblingAtColumn(0) if index.isValid() else index

    def _insert(self, node: FormNode, holder_index, row: int | None = None) -> None:
        holder = (self.model.itemFromIndex(holder_index) if holder_index.isValid()
                  else self.model.invisibleRootItem())
        row = holder.rowCount() if row is None else row
        holder.insertRow(row, self.model.row_for(node))
        index = self.model.index(row, TEXT, holder_index)
        self.view.expand(holder_index)
        self.view.setCurrentIndex(index)
        self.view.edit(index)

    def add_indicator(self) -> None:
        """A new indicator (count, người) after the selected line — inside the selected
        heading — and start typing its text."""
        node = FormNode.of(service.IndicatorFields("", "người", IndicatorKind.COUNT))
        selected = self._selected()
        chosen = self.model.node_at(selected)
        if chosen is None:
            self._insert(node, self.model.index(-1, -1))
        elif chosen.is_heading:
            self._insert(node, selected)
        else:
            self._insert(node, selected.parent(), selected.row() + 1)

    def add_sub_indicator(self) -> None:
        """A new line under the selected indicator ("+ …", "a) …")."""
        selected = self._selected()
        chosen = self.model.node_at(selected)
        if chosen is None or chosen.is_heading:
            QMessageBox.information(self, self.windowTitle(), self.tr(
                "Select the indicator the new line belongs to first."))
            return
        self._insert(FormNode.of(service.IndicatorFields("", "người", IndicatorKind.COUNT,
                                                         number="+")),
                     selected)

    def add_heading(self, level: int) -> None:
        """A section at the end of the form (``level`` 1) or a group at the end of the
        selected section (2)."""
        selected = self._selected()
        while selected.isValid() and selected.parent().isValid():
            selected = selected.parent()
        top = self.model.node_at(selected)
        if level == 1 or top is None or not top.is_heading:
            self._insert(FormNode.heading("", 1), self.model.index(-1, -1))
        else:
            self._insert(FormNode.heading("", 2), selected)

    def remove_indicator(self) -> None:
        """Remove the selected line; a heading's lines move up to its place, an indicator's
        lines go with it (after asking)."""
        selected = self._selected()
        node = self.model.node_at(selected)
        if node is None:
            return
        holder = (self.model.itemFromIndex(selected.parent()) if selected.parent().isValid()
                  else self.model.invisibleRootItem())
        row = selected.row()
        if node.is_heading:
            own = holder.child(row, TEXT)
            lifted = [own.takeRow(0) for _ in range(own.rowCount())]
            holder.removeRow(row)
            for offset, items in enumerate(lifted):
                holder.insertRow(row + offset, items)
        else:
            if holder.child(row, TEXT).rowCount() and QMessageBox.question(
                    self, self.windowTitle(), self.tr("Remove \"%1\" and the lines under it?")
                    .replace("%1", node.text)) != QMessageBox.StandardButton.Yes:
                return
            holder.removeRow(row)
        if holder.rowCount():
            self.view.setCurrentIndex(self.model.indexFromItem(holder.child(
                min(row, holder.rowCount() - 1), TEXT)))

    def move_indicator(self, step: int) -> None:
        """Move the selected line ``step`` places (-1 up, +1 down) among its neighbours."""
        selected = self._selected()
        if not selected.isValid():
            return
        holder = (self.model.itemFromIndex(selected.parent()) if selected.parent().isValid()
                  else self.model.invisibleRootItem())
        row, target = selected.row(), selected.row() + step
        if 0 <= target < holder.rowCount():
            items = holder.takeRow(row)
            holder.insertRow(target, items)
            index = self.model.indexFromItem(items[0])
            self.view.expand(index)
            self.view.setCurrentIndex(index)

    # -- saving ------------------------------------------------------------------------------
    def accept(self) -> None:
        """Save in one transaction; a Vietnamese message keeps the dialog open on bad input."""
        self._columns_changed()
        name, title = self.name.text(), self.title_edit.text()
        shape = service.FormShape(_split_labels(self.columns_edit.text()),
                                  [k for k, box in self.period_boxes.items() if box.isChecked()])
        learnt = self._versions[-1].shape if self._versions else None
        if learnt is not None and learnt.columns == shape.columns:
            shape.layout = learnt.layout  # the template's layout, while its columns stand
        try:
            items, shape.headings = tree.from_tree(self.model.tree(), set(self._used_codes))
        except UserError as exc:
            QMessageBox.warning(self, self.windowTitle(), exc.message)
            return

        def save(session):
            if self.form_id is None:
                source = self._draft.source if self._draft else "Nhập trong chương trình"
                return service.create_form(session, name, title, items, source=source,
                                           shape=shape).id
            service.update_form(session, self.form_id, name, title, items, shape)
            return self.form_id

        try:
            self.form_id = self.ctx.write_now(save, topics={REPORTS})
        except UserError as exc:
            QMessageBox.warning(self, self.windowTitle(), exc.message)
            return
        super().accept()

    def _delete(self) -> None:
        answer = QMessageBox.question(self, self.windowTitle(), self.tr(
            "Delete the form \"%1\"? This cannot be undone.").replace("%1", self.name.text()))
        if answer != QMessageBox.StandardButton.Yes:
            return
        form_id = self.form_id
        if form_id is None:  # a form not saved yet: nothing to delete
            return
        try:
            self.ctx.write_now(lambda s: service.delete_form(s, form_id), topics={REPORTS})
        except UserError as exc:
            QMessageBox.warning(self, self.windowTitle(), exc.message)
            return
        self.form_id = None
        super().accept()
