"""The report-form editor: a form's name, the heading printed on it and its indicators (text,
unit of measure, kind, order). Saving a form an import has already used makes a new version
(old imports keep theirs — :func:`unionplanner.domain.report_forms.service.update_form`);
older versions can be looked at, not changed."""

from __future__ import annotations

from dataclasses import dataclass

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
    QTableView,
    QVBoxLayout,
    QWidget,
)

from unionplanner.core.errors import UserError
from unionplanner.domain.report_forms import service
from unionplanner.domain.report_forms.kinds import COUNT, KINDS
from unionplanner.ui.shell.context import REPORTS, AppContext
from unionplanner.ui.shell.delegates import ChoiceDelegate
from unionplanner.ui.shell.table_model import Column, RecordTableModel

_EDIT_TRIGGERS = (QAbstractItemView.EditTrigger.DoubleClicked
                  | QAbstractItemView.EditTrigger.EditKeyPressed
                  | QAbstractItemView.EditTrigger.AnyKeyPressed)


@dataclass
class _Row:
    """One indicator line being edited (``code`` None until saved); the number, parent,
    columns and base read from the template are kept as they were."""

    name: str
    unit_of_measure: str
    kind: str
    code: str | None = None
    number: str = ""
    parent_code: str | None = None
    columns: list[int] | None = None
    base_code: str | None = None


def _set(attribute: str):
    def edit(row: _Row, value) -> None:
        setattr(row, attribute, str(value).strip() if value is not None else "")
    return edit


class FormEditor(QDialog):
    """Edit the form ``form_id``, or type a new form when ``form_id`` is None. After OK,
    :attr:`form_id` is the saved form's id (None if it was deleted)."""

    def __init__(self, ctx: AppContext, form_id: int | None = None,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.form_id = form_id
        self._versions: list[tuple[int, list[_Row], bool]] = []  # number, rows, used
        self.setWindowTitle(self.tr("Report form") if form_id else self.tr("New report form"))
        self.resize(900, 620)

        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("e.g. Tháng Công nhân 2024"))
        self.title_edit = QLineEdit()
        self.title_edit.setPlaceholderText(self.tr("The heading printed on the form"))
        self.version = QComboBox()
        self.version_note = QLabel()
        self.version_note.setWordWrap(True)
        self.version_note.setObjectName("hint")

        self.kind_delegate = ChoiceDelegate(self)
        self.kind_delegate.choices = list(KINDS.items())
        self.model = RecordTableModel([
            Column(self.tr("Code"), lambda r: r.code or self.tr("new")),
            Column(self.tr("Indicator"), lambda r: r.name, edit=_set("name")),
            Column(self.tr("Unit of measure"), lambda r: r.unit_of_measure,
                   edit=_set("unit_of_measure")),
            Column(self.tr("Kind"), lambda r: KINDS.get(r.kind, r.kind),
                   edit=_set("kind"), edit_value=lambda r: r.kind),
        ], self)
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setItemDelegateForColumn(3, self.kind_delegate)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setWordWrap(True)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.ResizeToContents)

        self.add_button = QPushButton(self.tr("Add indicator"))
        self.remove_button = QPushButton(self.tr("Remove"))
        self.up_button = QPushButton(self.tr("Move up"))
        self.down_button = QPushButton(self.tr("Move down"))
        self.delete_button = QPushButton(self.tr("Delete this form…"))
        self.add_button.clicked.connect(self.add_indicator)
        self.remove_button.clicked.connect(self.remove_indicator)
        self.up_button.clicked.connect(lambda: self.move_indicator(-1))
        self.down_button.clicked.connect(lambda: self.move_indicator(1))
        self.delete_button.clicked.connect(self._delete)
        self.version.currentIndexChanged.connect(self._show_version)

        form = QFormLayout()
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("Heading"), self.title_edit)
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
        hint = QLabel(self.tr("Double-click a cell to change it. \"Stock\" indicators (such as "
                              "the number of members) are not added up over months."))
        hint.setWordWrap(True)
        hint.setObjectName("hint")
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.view, 1)
        layout.addLayout(row_buttons)
        layout.addWidget(hint)
        layout.addWidget(self.buttons)
        self._load()

    # -- loading -----------------------------------------------------------------------------
    def _load(self) -> None:
        if self.form_id is None:
            self._versions = [(1, [], False)]
            self.delete_button.setEnabled(False)
        else:
            def read(session):
                form = service.get_form(session, self.form_id)
                versions = [(v.number, [_Row(i.name, i.unit_of_measure, i.kind, i.code,
                                                        i.number or "", i.parent_code,
                                                        i.columns, i.base_code)
                                        for i in v.indicators],
                             service.version_in_use(session, v.id)) for v in form.versions]
                return form.name, form.title, versions

            name, title, self._versions = self.ctx.read(read)
            self.name.setText(name)
            self.title_edit.setText(title)
        self.version.blockSignals(True)
        for number, _rows, used in self._versions:
            self.version.addItem(self.tr("Version %1").replace("%1", str(number))
                                 + (self.tr(" (used by imports)") if used else ""))
        self.version.setCurrentIndex(len(self._versions) - 1)
        self.version.blockSignals(False)
        self._show_version(len(self._versions) - 1)

    def _show_version(self, index: int) -> None:
        number, rows, used = self._versions[index]
        current = index == len(self._versions) - 1
        self.model.set_records(rows)
        editable = current and not self.ctx.db.read_only
        self.view.setEditTriggers(_EDIT_TRIGGERS if editable
                                  else QAbstractItemView.EditTrigger.NoEditTriggers)
        for widget in (self.add_button, self.remove_button, self.up_button, self.down_button,
                       self.name, self.title_edit):
            widget.setEnabled(editable)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(editable)
        if not current:
            self.version_note.setText(self.tr("An older version, kept for the reports imported "
                                              "with it. It cannot be changed."))
        elif used:
            self.version_note.setText(
                self.tr("Reports were imported with version %1: saving a change makes version "
                        "%2, and those reports keep version %1.")
                .replace("%1", str(number)).replace("%2", str(number + 1)))
        else:
            self.version_note.setText("")

    # -- editing -----------------------------------------------------------------------------
    def rows(self) -> list[_Row]:
        """The indicator lines as they stand in the table."""
        return self.model.records()

    def add_indicator(self) -> None:
        """Append an empty indicator (count, người) and start typing its text."""
        rows = self.rows() + [_Row("", "người", COUNT)]
        self.model.set_records(rows)
        index = self.model.index(len(rows) - 1, 1)
        self.view.setCurrentIndex(index)
        self.view.edit(index)

    def remove_indicator(self) -> None:
        """Remove the selected indicator line."""
        row = self.view.currentIndex().row()
        rows = self.rows()
        if 0 <= row < len(rows):
            del rows[row]
            self.model.set_records(rows)
            self.view.selectRow(min(row, len(rows) - 1))

    def move_indicator(self, step: int) -> None:
        """Move the selected line ``step`` places (-1 up, +1 down)."""
        row = self.view.currentIndex().row()
        rows = self.rows()
        target = row + step
        if 0 <= row < len(rows) and 0 <= target < len(rows):
            rows[row], rows[target] = rows[target], rows[row]
            self.model.set_records(rows)
            self.view.selectRow(target)

    # -- saving ------------------------------------------------------------------------------
    def accept(self) -> None:
        """Save in one transaction; a Vietnamese message keeps the dialog open on bad input."""
        items = [service.IndicatorFields(r.name, r.unit_of_measure, r.kind, r.code, r.number,
                                         r.parent_code, r.columns, r.base_code)
                 for r in self.rows()]
        name, title = self.name.text(), self.title_edit.text()

        def save(session):
            if self.form_id is None:
                return service.create_form(session, name, title, items,
                                           source="Nhập trong chương trình").id
            service.update_form(session, self.form_id, name, title, items)
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
