"""Theo dõi hoạt động page: the month grid of the issued plans' activities (one click ticks
a scheduled month done; right-click, Enter or the digit keys set other states; Delete clears),
filters, the share done and the number late per plan and per department, undo/redo, the
qualitative targets, and the monthly progress report."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QEvent, QObject, Qt
from PySide6.QtGui import QUndoCommand, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from unionplanner.core.errors import UserError
from unionplanner.core.text import fold, format_number
from unionplanner.domain.tracking import service as t
from unionplanner.ui.shell.context import PLANS, TRACKING, AppContext
from unionplanner.ui.shell.delegates import ChoiceDelegate
from unionplanner.ui.shell.frozen import FrozenColumnsTable
from unionplanner.ui.shell.table_model import Column, RecordTableModel
from unionplanner.ui.shell.undo_buttons import undo_redo_buttons
from unionplanner.ui.tracking.grid import FIXED_COLUMNS, MarkClicks, TrackingGridModel

_KEYS = {Qt.Key.Key_1: t.NOT_DONE, Qt.Key.Key_2: t.IN_PROGRESS, Qt.Key.Key_3: t.DONE,
         Qt.Key.Key_4: t.PARTIAL, Qt.Key.Key_5: t.POSTPONED, Qt.Key.Key_6: t.CANCELLED}


class _Check(QUndoCommand):
    """Set (or clear, with ``new`` None) the check of an activity in a month; undo puts the
    previous state back exactly."""

    def __init__(self, page: TrackingPage, activity_id: int, month: str, new: dict | None,
                 label: str):
        super().__init__(label)
        self.page, self.activity_id, self.month, self.new = page, activity_id, month, new
        self.old = page.ctx.read(lambda s: t.check_state(s, activity_id, month))
        self.written = False  # the page makes the first write itself (it may be refused)

    def _write(self, state: dict | None) -> None:
        self.page.ctx.write_now(lambda s: t.put_check(s, self.activity_id, self.month, state),
                                topics={TRACKING})

    def redo(self) -> None:
        if self.written:  # QUndoStack.push calls redo once: that write is already done
            self.written = False
            return
        self._write(self.new)

    def undo(self) -> None:
        self._write(self.old)


class _GridKeys(QObject):
    """Space, digits, Delete and Enter on the grid."""

    def __init__(self, page: TrackingPage):
        super().__init__(page)
        self.page = page

    def eventFilter(self, watched, event) -> bool:
        if event.type() != QEvent.Type.KeyPress:
            return False
        index = self.page.grid.currentIndex()
        key = event.key()
        if key == Qt.Key.Key_Space:
            self.page.toggle(index)
        elif key in _KEYS:
            self.page.set_state(index, _KEYS[key])
        elif key == Qt.Key.Key_Delete:
            self.page.clear(index)
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.page.details(index)
        else:
            return False
        return True


class TrackingPage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None,
                 today: dt.date | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.today = today or dt.date.today()
        self.stack = QUndoStack(self)
        self._rows: list[t.ActivityRow] = []
        self._kept: set[int] = set()  # activities ticked since the filters were set
        self._make_filters()
        self._make_grid()

        undo, redo = undo_redo_buttons(self, self.stack, self.tr("Undo"), self.tr("Redo"))
        self.report_button = QPushButton(self.tr("Progress report…"))
        self.report_button.clicked.connect(self.print_report)
        hint = QLabel(self.tr("Click the middle of a shaded month (or press Space) to tick it "
                              "done; a click near its edge only selects it. Right-click (or keys "
                              "1–6) for other states, Enter for notes and evidence, Delete to "
                              "clear."))
        hint.setObjectName("hint")
        hint.setWordWrap(True)

        self._make_targets()

        title = QLabel(self.tr("Activity tracking"))
        title.setObjectName("pageTitle")
        filters, months = QHBoxLayout(), QHBoxLayout()  # two lines: a laptop's width
        for row, label, widget in ((filters, self.tr("Plan"), self.plan),
                                   (filters, self.tr("Department"), self.department),
                                   (filters, self.tr("State"), self.state_filter),
                                   (months, self.tr("From"), self.first),
                                   (months, self.tr("to"), self.last)):
            row.addWidget(QLabel(label))
            row.addWidget(widget, 1 if row is filters else 0)
        months.addWidget(self.search, 1)
        bar = QHBoxLayout()
        bar.addWidget(undo)
        bar.addWidget(redo)
        bar.addWidget(hint, 1)
        bar.addWidget(self.report_button)
        grid_tab = QWidget()
        grid_layout = QVBoxLayout(grid_tab)
        grid_layout.addWidget(self.summary)
        grid_layout.addWidget(self.grid, 1)
        self.tabs = QTabWidget()
        self.tabs.addTab(grid_tab, self.tr("Month grid"))
        self.tabs.addTab(self.targets_view, self.tr("Qualitative targets"))
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addLayout(filters)
        layout.addLayout(months)
        layout.addLayout(bar)
        layout.addWidget(self.tabs, 1)
        ctx.changed.connect(self._on_changed)
        self.reload()

    def _make_filters(self) -> None:
        """Plan, department, state, months and search; each change refreshes the grid."""
        self.plan = QComboBox()
        self.department = QComboBox()
        self.state_filter = QComboBox()
        for code, text in (("", self.tr("All states")), ("late", self.tr("Late")),
                           ("open", self.tr("Not finished")), ("done", self.tr("Finished"))):
            self.state_filter.addItem(text, code)
        self.first = QDateEdit()
        self.last = QDateEdit()
        for edit in (self.first, self.last):
            edit.setDisplayFormat("MM/yyyy")
            edit.setCalendarPopup(True)
        self.first.setDate(QDate(self.today.year, 1, 1))
        self.last.setDate(QDate(self.today.year, 12, 1))
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search activities"))
        self.plan.currentIndexChanged.connect(lambda _i: self._fit_months())
        for combo in (self.plan, self.department, self.state_filter):
            combo.currentIndexChanged.connect(lambda _i: self._filtered())
            # long plan titles must not widen the page past the window
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(14)
        self.first.dateChanged.connect(lambda _d: self._filtered())
        self.last.dateChanged.connect(lambda _d: self._filtered())
        self.search.textChanged.connect(lambda _t: self._filtered())

    def _filtered(self) -> None:
        """A filter changed: the rows ticked under the previous ones stop being kept."""
        self._kept.clear()
        self.refresh()

    def _make_grid(self) -> None:
        """The month grid: click to tick, right-click or keys for other states."""
        self.model = TrackingGridModel(self)
        self.model.titles = (self.tr("Activity"), self.tr("Department"))
        self.grid = FrozenColumnsTable(FIXED_COLUMNS)  # the activity stays beside the months
        self.grid.setModel(self.model)
        self.grid.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.grid.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.grid.verticalHeader().setVisible(False)
        self.grid.verticalHeader().setDefaultSectionSize(24)
        self.grid.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        self.grid.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.grid.customContextMenuRequested.connect(self._menu)
        self.marks = MarkClicks(self.grid)  # a click near a cell's edge only selects it
        self.grid.clicked.connect(self._clicked)
        self.grid.doubleClicked.connect(self.details)
        self.grid.installEventFilter(_GridKeys(self))
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.RichText)

    def _make_targets(self) -> None:
        """The qualitative targets, judged met or not met with a note."""
        self.targets_model = RecordTableModel([
            Column(self.tr("Plan"), lambda r: r["plan"]),
            Column(self.tr("Qualitative target"), lambda r: r["text"]),
            Column(self.tr("Met"), lambda r: {True: self.tr("Met"), False: self.tr("Not met")}.get(
                r["met"], ""), edit=self._judge, edit_value=lambda r: r["met"]),
            Column(self.tr("Note"), lambda r: r["note"],
                   edit=lambda r, v: self._judge(r, r["met"], str(v))),
        ], self)
        self.targets_view = QTableView()
        self.targets_view.setModel(self.targets_model)
        self.targets_view.verticalHeader().setVisible(False)
        self.targets_view.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        delegate = ChoiceDelegate(self.targets_view)
        delegate.choices = [(None, ""), (True, self.tr("Met")), (False, self.tr("Not met"))]
        self.targets_view.setItemDelegateForColumn(2, delegate)

    # -- data ------------------------------------------------------------------------------
    def reload(self) -> None:
        """Read the tracked plans and their activities again."""
        plans = self.ctx.read(lambda s: [(p.id, t.plan_label(p)) for p in t.tracked_plans(s)])
        self._rows = self.ctx.read(lambda s: t.activity_rows(s, [p for p, _l in plans]))
        current_plan, current_department = self.plan.currentData(), self.department.currentData()
        for combo, items, current, everything in (
                (self.plan, plans, current_plan, self.tr("All plans being tracked")),
                (self.department, [(d, d) for d in sorted({r.department for r in self._rows})],
                 current_department, self.tr("All departments"))):
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(everything, None)
            for value, text in items:
                combo.addItem(text[:90], value)
            combo.setCurrentIndex(max(0, combo.findData(current)))
            combo.blockSignals(False)
        self.report_button.setEnabled(bool(plans))
        if [p for p, _l in plans] != getattr(self, "_fitted_for", None):
            self._fitted_for = [p for p, _l in plans]
            self._fit_months()
        self.refresh()

    def _fit_months(self) -> None:
        """Make the month range the months of the chosen plan (or of every tracked plan):
        a plan whose months lie outside the current year must not look absent."""
        plan = self.plan.currentData()
        months = sorted({m for row in self._rows if plan is None or row.plan_id == plan
                         for m in (*row.months, *row.checks)})
        if not months:
            return
        first, last = (int(part) for part in months[0].split("-")), months[-1].split("-")
        year, month = first
        for edit, date in ((self.first, QDate(year, month, 1)),
                           (self.last, QDate(int(last[0]), int(last[1]), 1))):
            edit.blockSignals(True)
            edit.setDate(date)
            edit.blockSignals(False)

    def _months(self) -> list[str]:
        first, last = self.first.date(), self.last.date()
        months: list[str] = []
        y, m = first.year(), first.month()
        while (y, m) <= (last.year(), last.month()) and len(months) < 60:
            months.append(f"{y:04d}-{m:02d}")
            y, m = (y + 1, 1) if m == 12 else (y, m + 1)
        return months

    def rows_in_scope(self) -> list[t.ActivityRow]:
        """The activities of the chosen plan, department, months and search — whatever
        their state: the totals count these."""
        plan, department = self.plan.currentData(), self.department.currentData()
        key, months = fold(self.search.text()), set(self._months())
        return [row for row in self._rows
                if (plan is None or row.plan_id == plan)
                and (department is None or row.department == department)
                and (not key or key in fold(row.title))
                and (not months or months & set(row.months) or months & set(row.checks))]

    def visible_rows(self, scope: list[t.ActivityRow] | None = None) -> list[t.ActivityRow]:
        """The activities the filters let through (of ``scope``, :meth:`rows_in_scope` when
        None), and those ticked since the filters were set (a row does not vanish under the
        clerk's keyboard once its last late month is ticked)."""
        state = self.state_filter.currentData()
        rows = []
        for row in self.rows_in_scope() if scope is None else scope:
            late = row.late_months(self.today)
            finished = all(row.checks.get(m) == t.DONE for m in row.months)
            if row.id not in self._kept and (state == "late" and not late or
                                             state == "open" and finished or
                                             state == "done" and not finished):
                continue
            rows.append(row)
        return rows

    def refresh(self) -> None:
        """Apply the filters to the rows read last."""
        scope = self.rows_in_scope()
        self.model.set_rows(self.visible_rows(scope), self._months(), self.today)
        self.grid.setColumnWidth(0, 420)
        self.grid.setColumnWidth(1, 170)
        for column in range(FIXED_COLUMNS, self.model.columnCount()):
            self.grid.setColumnWidth(column, 44)
        by_plan, by_department = t.tallies(scope, self.today)

        late_text = self.tr("%1 late")

        def line(name, tally):
            late = ", <span style='color:#b00020'>" + late_text.replace(
                "%1", str(tally.late)) + "</span>" if tally.late else ""
            return (f"<b>{name[:60]}</b>: {tally.done}/{tally.due} "
                    f"({format_number(tally.share_done, 1)}%){late}")

        text = " · ".join(line(n, x) for n, x in by_plan.items())
        if by_department:
            text += "<br>" + " · ".join(line(n, x) for n, x in sorted(by_department.items()))
        if not text and self.plan.count() > 1:
            text = self.tr("No activity of the chosen plans falls in these months or passes "
                           "these filters. Change the months or the filters above.")
        self.summary.setText(text or self.tr("No issued plan yet: issue a plan on the Plans "
                                             "page to track it here."))
        self._load_targets()

    def _load_targets(self) -> None:
        plans = {p: label for p, label in ((self.plan.itemData(i), self.plan.itemText(i))
                                           for i in range(1, self.plan.count()))}
        chosen = [self.plan.currentData()] if self.plan.currentData() else list(plans)
        pairs = self.ctx.read(lambda s: t.qualitative_targets(s, chosen)) if chosen else []
        self.targets_model.set_records([
            {"id": target.id, "plan": plans.get(target.plan_id, ""), "text": target.text,
             "met": verdict.met if verdict else None, "note": verdict.note if verdict else ""}
            for target, verdict in pairs])

    def _on_changed(self, topics: set[str]) -> None:
        if topics & {PLANS, TRACKING}:
            self.reload()

    # -- ticking ---------------------------------------------------------------------------
    def _target(self, index) -> tuple[t.ActivityRow, str] | None:
        if not index.isValid():
            return None
        row = self.model.row_at(index.row())
        month = self.model.month_at(index.column())
        if row is None or row.activity is None or month is None:
            return None
        return row.activity, month

    def _push(self, index, new: dict | None, label: str) -> None:
        found = self._target(index)
        if found is None:
            return
        activity, month = found
        self._kept.add(activity.id)  # stays in view until a filter changes
        command = _Check(self, activity.id, month, new, label)
        # what the grid showed: another person's change since then is not silently lost
        seen = activity.stamps.get(month)
        try:
            try:
                self.ctx.write_now(lambda s: t.put_check(s, activity.id, month, new, seen=seen),
                                   topics={TRACKING})
            except t.ChangedMeanwhile as exc:
                if QMessageBox.question(self, self.tr("Activity tracking"), exc.message + "\n\n"
                                        + self.tr("Overwrite it with your choice? (No: show "
                                                  "what is stored now.)")) \
                        != QMessageBox.StandardButton.Yes:
                    self.reload()
                    return
                command = _Check(self, activity.id, month, new, label)
                self.ctx.write_now(lambda s: t.put_check(s, activity.id, month, new),
                                   topics={TRACKING})
        except UserError as exc:
            QMessageBox.warning(self, self.tr("Activity tracking"), exc.message)
            return
        command.written = True
        self.stack.push(command)
        self.grid.setCurrentIndex(self.model.index(self._row_of(activity.id, index.row()),
                                                   index.column()))

    def _row_of(self, activity_id: int, near: int) -> int:
        """The grid row of an activity (the one nearest ``near``: rows may have moved)."""
        rows = [r for r in range(self.model.rowCount())
                if (line := self.model.row_at(r)) is not None and line.activity is not None
                and line.activity.id == activity_id]
        return min(rows, key=lambda r: abs(r - near)) if rows else near

    def _state(self, index) -> dict | None:
        found = self._target(index)
        return self.ctx.read(lambda s: t.check_state(s, found[0].id, found[1])) if found else None

    def _clicked(self, index) -> None:
        line = self.model.row_at(index.row())
        if index.column() == 0 and line is not None and line.activity is None:
            self.model.toggle(index.row())
            return
        if self.model.cell_exists(index.row(), index.column()) and self.marks.on_mark(index):
            self.toggle(index)

    def toggle(self, index) -> None:
        """Done ↔ not done (a check that had notes or evidence keeps them)."""
        found = self._target(index)
        if found is None or not (self.model.cell_exists(index.row(), index.column()) or
                                 found[1] in found[0].months):
            return
        state = self._state(index) or {"status": t.NOT_DONE, "note": "", "reason": "",
                                       "done_on": None, "done_by": ""}
        done = found[0].checks.get(found[1]) == t.DONE  # as the grid shows it
        new = dict(state, status=t.NOT_DONE if done else t.DONE,
                   done_on=None if done else (state["done_on"] or self.today))
        self._push(index, new, self.tr("Tick a month"))

    def set_state(self, index, status: str) -> None:
        """Set another state (a reason is asked for "không thực hiện")."""
        state = self._state(index) or {"note": "", "reason": "", "done_on": None, "done_by": ""}
        if status == t.CANCELLED and not (state.get("reason") or state.get("note")):
            self.details(index, status)
            return
        new = dict(state, status=status,
                   done_on=(state.get("done_on") or self.today) if status == t.DONE else
                   state.get("done_on"))
        self._push(index, new, t.STATES[status])

    def clear(self, index) -> None:
        """Forget the check of a month (after confirmation when it has evidence)."""
        found = self._target(index)
        if found is None or self._state(index) is None:
            return

        def attached(session) -> int:
            check = t.get_check(session, found[0].id, found[1])
            return len(check.evidence) if check else 0

        count = self.ctx.read(attached)
        if count and QMessageBox.question(self, self.tr("Clear a month"), self.tr(
                "Clearing also removes the %n attached evidence item(s). Continue?", "",
                count)) != QMessageBox.StandardButton.Yes:
            return
        self._push(index, None, self.tr("Clear a month"))

    def details(self, index, status: str | None = None) -> None:
        """The state, note, reason, date, who and evidence of a month."""
        from unionplanner.domain.storage.files import local_copy
        from unionplanner.ui.tracking.check_dialog import CheckDialog

        found = self._target(index)
        if found is None:
            return
        activity, month = found
        base = self.ctx.db.files_dir
        state = self._state(index) or {"status": t.NOT_DONE, "note": "", "reason": "",
                                       "done_on": None, "done_by": ""}
        if status:
            state = dict(state, status=status)

        def evidence():
            def read(session):
                check = t.get_check(session, activity.id, month)
                return [(e.kind, e.name, e.location) for e in check.evidence] if check else []
            return self.ctx.read(read)

        def add(source: str, values: dict):
            def write(session):
                check = t.get_check(session, activity.id, month) or t.set_check(
                    session, activity.id, month, values["status"], note=values["note"],
                    reason=values["reason"], done_by=values["done_by"])
                t.add_evidence(session, check.id, source, base)
            self.ctx.write_now(write, topics={TRACKING})
            return evidence()

        dialog = CheckDialog(activity.title, month, dict(state, evidence=evidence()), add, self,
                             locate=lambda location: local_copy(self.ctx.db, location))
        if dialog.exec():
            self._push(index, dialog.values(), self.tr("Edit a month"))

    def _menu(self, position) -> None:
        index = self.grid.indexAt(position)
        if self._target(index) is None:
            return
        menu = QMenu(self)
        for number, (code, label) in enumerate(t.STATES.items(), 1):
            action = menu.addAction(f"{number}. {label}")
            action.triggered.connect(lambda _=False, c=code: self.set_state(index, c))
        menu.addSeparator()
        menu.addAction(self.tr("Notes and evidence…"), lambda: self.details(index))
        menu.addAction(self.tr("Clear"), lambda: self.clear(index))
        menu.popup(self.grid.viewport().mapToGlobal(position))
        self._context_menu = menu

    def _judge(self, record: dict, met, note: str | None = None) -> None:
        text = record["note"] if note is None else note
        try:
            self.ctx.write_now(lambda s: t.set_target_check(s, record["id"], met, text),
                               topics={TRACKING})
        except UserError as exc:
            QMessageBox.warning(self, self.tr("Activity tracking"), exc.message)

    # -- report ----------------------------------------------------------------------------
    def print_report(self) -> None:
        """Ask for a plan (when all are shown) and a file, then write the progress report."""
        from unionplanner.ui.tracking.progress import print_progress_report

        print_progress_report(self)
