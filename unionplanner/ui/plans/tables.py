"""The editable tables of the plan editor: the outline (numbered text), activities, targets
and deadlines. Every change goes through the session's undo stack as a domain edit; the
tables refresh from the document after each one."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from unionplanner.core.text import clean, figure_text, months_text, parse_decimal
from unionplanner.domain.plans import commands as c
from unionplanner.domain.plans.document import (
    CLAUSE,
    DASH,
    PART,
    PLUS,
    POINT,
    SHAPES,
    SUB,
    TEXT,
    Activity,
    IndicatorRef,
    Scope,
    ScopeKind,
    Target,
    TargetShape,
)
from unionplanner.domain.plans.items import plan_year
from unionplanner.domain.plans.outline import labels
from unionplanner.domain.plans.when import months_in, parse_date
from unionplanner.domain.units.sectors import DNNN, FDI, PRIVATE, SECTORS
from unionplanner.ui.plans.session import PlanSession
from unionplanner.ui.shell.columns import keep_fitted
from unionplanner.ui.shell.delegates import ChoiceDelegate
from unionplanner.ui.shell.numbers import NumberDelegate
from unionplanner.ui.shell.table_model import Column, RecordTableModel

LEVELS: list[tuple[int, Any]] = [(PART, QT_TRANSLATE_NOOP("PlanTables", "Part (I.)")),
          (CLAUSE, QT_TRANSLATE_NOOP("PlanTables", "Clause (1.)")),
          (SUB, QT_TRANSLATE_NOOP("PlanTables", "Sub-clause (1.1.)")),
          (POINT, QT_TRANSLATE_NOOP("PlanTables", "Point (a)")),
          (DASH, QT_TRANSLATE_NOOP("PlanTables", "Bullet (-)")),
          (PLUS, QT_TRANSLATE_NOOP("PlanTables", "Sub-bullet (+)")),
          (TEXT, QT_TRANSLATE_NOOP("PlanTables", "Paragraph"))]
_ENTERPRISES = [DNNN, PRIVATE, FDI]


def tr(text: str) -> str:
    """Translate a text of this module: lupdate files plain ``tr("…")`` calls outside a
    class under the empty context, the level names (QT_TRANSLATE_NOOP) under "PlanTables"."""
    found = QCoreApplication.translate("", text)
    return found if found != text else QCoreApplication.translate("PlanTables", text)


def scope_key(scope: Scope) -> str:
    """A scope as one choice value: "all", "upper", "sectors:hcsn,dnnn", "units:SA001,SA007"."""
    if scope.kind == ScopeKind.SECTORS and scope.sectors:
        return "sectors:" + ",".join(scope.sectors)
    if scope.kind == ScopeKind.UNIT_LIST and scope.units:
        return "units:" + ",".join(scope.units)
    if scope.kind in (ScopeKind.ALL_UNITS, ScopeKind.UPPER_LEVEL):
        return scope.kind
    return ScopeKind.ALL_UNITS


def scope_label(key: str) -> str:
    if key == ScopeKind.ALL_UNITS:
        return tr("All grassroots unions")
    if key == ScopeKind.UPPER_LEVEL:
        return tr("Upper-level unions")
    if key.startswith("units:"):
        codes = key.split(":", 1)[1].split(",")
        return tr("%1 unit(s): %2").replace("%1", str(len(codes))).replace(
            "%2", ", ".join(codes[:4]) + ("…" if len(codes) > 4 else ""))
    sectors = key.split(":", 1)[1].split(",")
    if sectors == _ENTERPRISES:
        return tr("All enterprises")
    return ", ".join(SECTORS.get(s, s) for s in sectors)


def scope_choices(current: list[Scope]) -> list[tuple[str, str]]:
    keys = [ScopeKind.ALL_UNITS, ScopeKind.UPPER_LEVEL, "sectors:" + ",".join(_ENTERPRISES)]
    keys += [f"sectors:{code}" for code in SECTORS if code != "khac"]
    keys += [k for k in (scope_key(s) for s in current) if k not in keys]
    return [(k, scope_label(k)) for k in keys]


def _scope_values(key: str) -> dict:
    if key.startswith("units:"):
        return {"kind": ScopeKind.UNIT_LIST, "sectors": [],
                "units": key.split(":", 1)[1].split(",")}
    if key.startswith("sectors:"):
        return {"kind": ScopeKind.SECTORS, "sectors": key.split(":", 1)[1].split(","),
                "units": []}
    return {"kind": ScopeKind(key), "sectors": [], "units": []}


class ItemTable(QWidget):
    """A table of one collection of the document with Add/Remove/Up/Down buttons.
    ``item_selected`` gives the id of the row the user selects (for the import review)."""

    item_selected = Signal(str)

    def __init__(self, session: PlanSession, collection: str, columns: list[Column],
                 make: Callable[[], object] | None, parent: QWidget | None = None,
                 extra: Sequence[tuple[str, Callable[[int], None]]] = ()):
        super().__init__(parent)
        self.session = session
        self.collection = collection
        self.model = RecordTableModel(columns, self)
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setWordWrap(True)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.verticalHeader().setVisible(False)
        # rows follow their wrapped text as the columns are resized
        self.view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                  | QAbstractItemView.EditTrigger.EditKeyPressed
                                  | QAbstractItemView.EditTrigger.AnyKeyPressed)
        self.view.selectionModel().currentRowChanged.connect(self._row_changed)
        for number, column in enumerate(columns):
            if column.numeric and column.edit is not None:  # letters refused with a word
                self.view.setItemDelegateForColumn(number, NumberDelegate(self.view))
        self.buttons = QHBoxLayout()
        self._make = make
        self.units_dialog: QWidget | None = None  # the open "Chọn đơn vị…" dialog
        if make is not None:
            self._button(tr("Add"), self.add_row)
        self._button(tr("Remove"), self.remove_row)
        self._button(tr("Move up"), lambda: self.move_row(-1))
        self._button(tr("Move down"), lambda: self.move_row(1))
        for text, action in extra:
            self._button(text, lambda _=False, a=action: a(self.current_row()))
        self.buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addLayout(self.buttons)
        self.delegates: list[ChoiceDelegate] = []
        keep_fitted(self.view)  # empty side columns leave the room to the main text

    def _button(self, text: str, action) -> QPushButton:
        button = QPushButton(text)
        button.clicked.connect(action)
        self.buttons.addWidget(button)
        return button

    def choice_column(self, column: int) -> ChoiceDelegate:
        delegate = ChoiceDelegate(self.view)
        self.view.setItemDelegateForColumn(column, delegate)
        self.delegates.append(delegate)
        return delegate

    def items(self) -> list:
        return getattr(self.session.doc, self.collection)

    def index_of(self, item) -> int:
        return next(i for i, x in enumerate(self.items()) if x is item)

    def current_row(self) -> int:
        return self.view.currentIndex().row()

    def refresh(self) -> None:
        self.model.refresh(self.items())

    def set_item(self, item, name: str, value, label: str) -> None:
        index = self.index_of(item)
        self.session.edit(label, c.set_item(self.collection, index, name, value),
                          merge_key=f"{self.collection}:{getattr(item, 'id', index)}:{name}")

    def add_row(self) -> None:
        row = self.current_row()
        position = row + 1 if row >= 0 else len(self.items())
        if self._make is None:
            return
        self.session.edit(tr("Add a row"), c.insert_item(self.collection, position, self._make()))
        self.view.selectRow(position)

    def remove_row(self) -> None:
        row = self.current_row()
        if 0 <= row < len(self.items()):
            self.session.edit(tr("Remove a row"), c.remove_item(self.collection, row))

    def move_row(self, step: int) -> None:
        row = self.current_row()
        if 0 <= row < len(self.items()):
            before = [getattr(x, "id", None) for x in self.items()]
            moving = before[row]
            self.session.edit(tr("Move a row"), c.move_item(self.collection, row, step))
            after = [getattr(x, "id", None) for x in self.items()]
            if moving is not None and moving in after:
                self.view.selectRow(after.index(moving))

    def _row_changed(self, current, _previous) -> None:
        if current.isValid() and current.row() < len(self.items()):
            item = self.items()[current.row()]
            if getattr(item, "id", None):
                self.item_selected.emit(item.id)


def outline_table(session: PlanSession) -> ItemTable:
    """The plan's text: number (given), level, text, bold."""
    holder: dict[str, ItemTable] = {}
    numbers: dict[str, str] = {}
    level_names = {level: tr(text) for level, text in LEVELS}

    def number(block) -> str:
        if not numbers:
            numbers.update({b.id: n for b, n in zip(session.doc.blocks,
                                                    labels(session.doc.blocks))})
        return numbers.get(block.id, "")

    session.changed.connect(numbers.clear)

    def indent(row: int, deeper: bool) -> None:
        if 0 <= row < len(session.doc.blocks):
            session.edit(tr("Change the level"), c.indent_block(row, deeper))

    def to_activity(row: int) -> None:
        if 0 <= row < len(session.doc.blocks):
            session.edit(tr("Make it an activity"), c.activity_from_block(row))

    table = ItemTable(session, "blocks", [
        Column(tr("No."), number),
        Column(tr("Level"), lambda b: level_names.get(b.level, ""),
               edit=lambda b, v: holder["t"].set_item(b, "level", int(v), tr("Change the level")),
               edit_value=lambda b: b.level),
        Column(tr("Text"), lambda b: b.text,
               edit=lambda b, v: holder["t"].set_item(b, "text", clean(v), tr("Edit the text"))),
        Column(tr("Bold"), lambda b: tr("yes") if b.heading else "",
               edit=lambda b, v: holder["t"].set_item(b, "heading", bool(v), tr("Bold")),
               edit_value=lambda b: b.heading),
    ], make=None, extra=[(tr("Indent"), lambda r: indent(r, True)),
                         (tr("Outdent"), lambda r: indent(r, False)),
                         (tr("Make it an activity"), to_activity)])
    holder["t"] = table
    table._button(tr("Add a line"), lambda: session.edit(
        tr("Add a line"), c.new_block_after(table.current_row())))
    table.choice_column(1).choices = [(level, level_names[level]) for level, _t in LEVELS]
    table.choice_column(3).choices = [(True, tr("yes")), (False, tr("no"))]
    header = table.view.horizontalHeader()
    header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
    for column in (0, 1, 3):
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
    return table


def activities_table(session: PlanSession, departments: Callable[[], list[str]],
                     units: Callable[[], list[tuple[str, str]]]) -> ItemTable:
    """Activities: title, when (months read from it), months, lead, partners, scope, output."""
    holder: dict[str, ItemTable] = {}

    def set_when(activity: Activity, text) -> None:
        text = clean(text)
        months = months_in(text, plan_year(session.doc))
        index = holder["t"].index_of(activity)

        def change(doc) -> None:
            doc.activities[index].when = text
            if months:
                doc.activities[index].months = months
        session.edit(tr("Change when"), change, merge_key=f"when:{activity.id}")

    def set_scope(item, key) -> None:
        session.edit(tr("Change the scope"), c.set_scope(
            "activities", holder["t"].index_of(item), **_scope_values(str(key))))

    table = ItemTable(session, "activities", [
        Column(tr("Activity"), lambda a: a.title,
               edit=lambda a, v: holder["t"].set_item(a, "title", clean(v),
                                                     tr("Edit an activity"))),
        Column(tr("When"), lambda a: a.when, edit=set_when),
        Column(tr("Months"), lambda a: months_text(a.months)),
        Column(tr("Lead department"), lambda a: a.lead,
               edit=lambda a, v: holder["t"].set_item(a, "lead", str(v or ""), tr("Lead"))),
        Column(tr("Partners"), lambda a: ", ".join(a.partners),
               edit=lambda a, v: holder["t"].set_item(
                   a, "partners", [clean(p) for p in str(v).split(",") if clean(p)],
                   tr("Partners"))),
        Column(tr("Scope"), lambda a: scope_label(scope_key(a.scope)), edit=set_scope,
               edit_value=lambda a: scope_key(a.scope)),
        Column(tr("Expected output"), lambda a: a.output,
               edit=lambda a, v: holder["t"].set_item(a, "output", clean(v), tr("Output"))),
    ], make=lambda: Activity(title=tr("New activity")),
        extra=[(tr("Choose units…"), lambda row: choose_units(holder["t"], row, units()))])
    holder["t"] = table
    lead = table.choice_column(3)
    scope = table.choice_column(5)

    def refresh_choices() -> None:
        lead.choices = [("", "")] + [(d, d) for d in departments()]
        scope.choices = scope_choices([a.scope for a in session.doc.activities])

    session.changed.connect(refresh_choices)
    refresh_choices()
    header = table.view.horizontalHeader()
    header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
    return table


def targets_table(session: PlanSession, indicators: Callable[[], list[tuple[str, str]]],
                  units: Callable[[], list[tuple[str, str]]]) -> ItemTable:
    """Targets: text, shape, number, share, scope, the indicator measuring it and (for a
    share of people) the indicator it is a share of."""
    holder: dict[str, ItemTable] = {}
    names: dict[str, str] = {}

    def ref(target: Target, role: str) -> str:
        found = next((i for i in target.indicators if i.role == role), None)
        if found is None:
            return ""
        return f"{found.form_id}:{found.code}" + (f"@{found.column}" if found.column else "")

    def set_ref(target: Target, value, role: str) -> None:
        index = holder["t"].index_of(target)
        refs = [i for i in target.indicators if i.role != role]
        if value:
            form_id, code = str(value).split(":", 1)
            code, _at, column = code.partition("@")
            refs.append(IndicatorRef(int(form_id), code, role, column or None))
        session.edit(tr("Choose the indicator"), c.set_item("targets", index, "indicators", refs))

    def set_scope(item, key) -> None:
        session.edit(tr("Change the scope"), c.set_scope(
            "targets", holder["t"].index_of(item), **_scope_values(str(key))))

    shapes = dict(SHAPES)  # Vietnamese labels from the domain
    table = ItemTable(session, "targets", [
        Column(tr("Target"), lambda t: t.text,
               edit=lambda t, v: holder["t"].set_item(t, "text", clean(v), tr("Edit a target"))),
        Column(tr("Shape"), lambda t: shapes.get(t.shape, t.shape),
               edit=lambda t, v: holder["t"].set_item(t, "shape", TargetShape(str(v)),
                                                        tr("Shape")),
               edit_value=lambda t: t.shape),
        Column(tr("Number"), lambda t: figure_text(t.value), numeric=True,
               edit=lambda t, v: holder["t"].set_item(t, "value", parse_decimal(v), tr("Number"))),
        Column(tr("Share %"), lambda t: figure_text(t.percent), numeric=True,
               edit=lambda t, v: holder["t"].set_item(t, "percent", parse_decimal(v),
                                                      tr("Share"))),
        Column(tr("Scope"), lambda t: scope_label(scope_key(t.scope)), edit=set_scope,
               edit_value=lambda t: scope_key(t.scope)),
        Column(tr("Measured by"), lambda t: names.get(ref(t, "measure"), ""),
               edit=lambda t, v: set_ref(t, v, "measure"), edit_value=lambda t: ref(t, "measure")),
        Column(tr("Share of"), lambda t: names.get(ref(t, "base"), ""),
               edit=lambda t, v: set_ref(t, v, "base"), edit_value=lambda t: ref(t, "base")),
    ], make=lambda: Target(text=tr("New target")),
        extra=[(tr("Choose units…"), lambda row: choose_units(holder["t"], row, units()))])
    holder["t"] = table
    table.choice_column(1).choices = list(shapes.items())
    scope = table.choice_column(4)
    measure = table.choice_column(5)
    base = table.choice_column(6)

    def refresh_choices() -> None:
        scope.choices = scope_choices([t.scope for t in session.doc.targets])
        options = indicators()
        names.clear()
        names.update(options)
        measure.choices = base.choices = [("", "")] + options

    session.changed.connect(refresh_choices)
    refresh_choices()
    table.view.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
    return table


def deadlines_table(session: PlanSession, forms: Callable[[], list[tuple[int, str]]]
                    ) -> ItemTable:
    """Deadlines for units: date, what, kind, and for a report the form and period."""
    holder: dict[str, ItemTable] = {}
    kinds = {"plan": tr("Send a plan"), "report": tr("Send a report"), "other": tr("Other")}
    form_names: dict[int, str] = {}

    def set_date(item, text) -> None:
        date = parse_date(str(text), plan_year(session.doc))
        if date is not None:
            holder["t"].set_item(item, "date", date, tr("Change the date"))

    table = ItemTable(session, "deadlines", [
        Column(tr("Date"), lambda d: d.date.strftime("%d/%m/%Y"), sort=lambda d: d.date,
               edit=set_date),
        Column(tr("What is due"), lambda d: d.what,
               edit=lambda d, v: holder["t"].set_item(d, "what", clean(v), tr("Edit a deadline"))),
        Column(tr("Kind"), lambda d: kinds.get(d.kind, d.kind),
               edit=lambda d, v: holder["t"].set_item(d, "kind", str(v), tr("Kind")),
               edit_value=lambda d: d.kind),
        Column(tr("Report form"), lambda d: form_names.get(d.form_id, ""),
               edit=lambda d, v: holder["t"].set_item(d, "form_id", int(v) if v else None,
                                                      tr("Report form")),
               edit_value=lambda d: d.form_id or ""),
        Column(tr("Period"), lambda d: d.period,
               edit=lambda d, v: holder["t"].set_item(d, "period", clean(v), tr("Period"))),
    ], make=lambda: _new_deadline(session))
    holder["t"] = table
    table.choice_column(2).choices = list(kinds.items())
    form_column = table.choice_column(3)

    def refresh_choices() -> None:
        options = forms()
        form_names.clear()
        form_names.update(options)
        form_column.choices = [("", ""), *options]

    session.changed.connect(refresh_choices)
    refresh_choices()
    table.view.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
    return table


def _new_deadline(session: PlanSession):
    from unionplanner.domain.plans.document import Deadline

    year = plan_year(session.doc) or dt.date.today().year
    return Deadline(date=dt.date(year, 12, 31), what="")


def basis_table(session: PlanSession, plans: Callable[[], list[tuple[int, str]]]) -> ItemTable:
    """Basis lines ("Thực hiện Kế hoạch số … của …"), each optionally linked to a stored
    plan of the parent body."""
    from unionplanner.domain.plans.document import Basis

    holder: dict[str, ItemTable] = {}
    names: dict[int, str] = {}
    table = ItemTable(session, "basis", [
        Column(tr("Basis"), lambda b: b.text,
               edit=lambda b, v: holder["t"].set_item(b, "text", clean(v), tr("Edit the basis"))),
        Column(tr("Stored plan of the parent body"), lambda b: names.get(b.plan_id, ""),
               edit=lambda b, v: holder["t"].set_item(b, "plan_id", int(v) if v else None,
                                                      tr("Link a plan")),
               edit_value=lambda b: b.plan_id or ""),
    ], make=lambda: Basis(text="Thực hiện Kế hoạch số … ngày … của …"))
    holder["t"] = table
    linked = table.choice_column(1)

    def refresh_choices() -> None:
        options = plans()
        names.clear()
        names.update(options)
        linked.choices = [("", ""), *options]

    session.changed.connect(refresh_choices)
    refresh_choices()
    header = table.view.horizontalHeader()
    header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
    header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
    header.resizeSection(1, 260)
    return table


def choose_units(table: ItemTable, row: int, units: list[tuple[str, str]]) -> None:
    """Let the user tick, among ``units`` (code, name), the ones an activity or target is
    about (scope "list of units"); none ticked means all units."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QDialog, QDialogButtonBox, QListWidget, QListWidgetItem

    items = table.items()
    if not 0 <= row < len(items):
        return
    chosen = set(items[row].scope.units)
    dialog = QDialog(table)
    dialog.setWindowTitle(tr("Choose units"))
    listing = QListWidget()
    for code, name in units:
        item = QListWidgetItem(f"{code} – {name}")
        item.setData(Qt.ItemDataRole.UserRole, code)
        item.setCheckState(Qt.CheckState.Checked if code in chosen else Qt.CheckState.Unchecked)
        listing.addItem(item)
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                               | QDialogButtonBox.StandardButton.Cancel)
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    layout = QVBoxLayout(dialog)
    layout.addWidget(listing)
    layout.addWidget(buttons)
    dialog.resize(520, 560)
    table.units_dialog = dialog
    if not dialog.exec():
        return
    codes = [listing.item(i).data(Qt.ItemDataRole.UserRole) for i in range(listing.count())
             if listing.item(i).checkState() == Qt.CheckState.Checked]
    values = (_scope_values("units:" + ",".join(codes)) if codes
              else _scope_values(ScopeKind.ALL_UNITS))
    table.session.edit(tr("Change the scope"), c.set_scope(table.collection, row, **values))
