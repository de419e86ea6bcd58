"""Báo cáo tổng hợp page: pick a plan (optional), a report form, a month (or a range) and a
comparison; see the figures per indicator (double-click: the units behind a number, and
from a unit's value its source file, sheet and cell), the targets with their achievement
chart, who has reported (with the chưa nộp list), and the printed report previewed in the
window (QtPdf), printed, or saved as PDF, Excel or Word."""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QDate, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from unionplanner.core.errors import UserError
from unionplanner.core.files import cannot_write
from unionplanner.core.text import format_number
from unionplanner.domain.report_forms.kinds import IndicatorKind
from unionplanner.domain.report_forms.periods import parse_period
from unionplanner.domain.units.sectors import SECTORS
from unionplanner.ui.shell import file_dialogs, labels
from unionplanner.ui.shell.charts import BarChart
from unionplanner.ui.shell.context import OFFICE, PLANS, REPORTS, TRACKING, UNITS, AppContext
from unionplanner.ui.shell.period_picker import PeriodPicker
from unionplanner.ui.shell.printing import print_pdf
from unionplanner.ui.shell.saved_bar import announce_saved
from unionplanner.ui.shell.table_model import OBJECT_ROLE, Column, RecordTableModel
from unionplanner.ui.summary.reporting import open_target, show_targets_and_reporting
from unionplanner.ui.summary.units_behind import UnitsBehind, table_view

if TYPE_CHECKING:
    from unionplanner.domain.summary.report import SummaryReport



def _pct(value) -> str:
    return "" if value is None else format_number(value, 1) + "%"


class SummaryPage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.report: SummaryReport | None = None
        self._pdf_path: Path | None = None
        self._make_choosers()
        self._make_tables()
        self._make_tabs()
        self._make_outputs()

        title = QLabel(self.tr("Summary reports"))
        title.setObjectName("pageTitle")
        choose, periods = QHBoxLayout(), QHBoxLayout()  # rows that fit a 1280-px screen
        for row, label, widget in ((choose, self.tr("Plan"), self.plan),
                                   (choose, self.tr("Form"), self.form),
                                   (periods, self.tr("From"), self.first),
                                   (periods, self.tr("to"), self.last)):
            row.addWidget(QLabel(label))
            row.addWidget(widget, 1 if widget in (self.plan, self.form) else 0)
        periods.addStretch(1)
        compare, outputs = QHBoxLayout(), QHBoxLayout()
        compare.addWidget(QLabel(self.tr("Compare with")))
        compare.addWidget(self.compare)
        compare.addWidget(self.status, 1)
        outputs.addStretch(1)
        for button in (self.print_button, self.pdf_button, self.xlsx_button, self.docx_button,
                       self.mau2_button):
            outputs.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        for row in (choose, periods, compare, outputs):
            layout.addLayout(row)
        layout.addWidget(self.tabs, 1)
        for combo in (self.plan, self.compare):
            combo.currentIndexChanged.connect(lambda _i: self.refresh())
        self.form.currentIndexChanged.connect(self._form_changed)
        self._period_chosen = False  # True once the user (or a link) picks the months
        self.first.dateChanged.connect(self._first_changed)
        self.last.dateChanged.connect(lambda _d: self.refresh())
        ctx.changed.connect(self._on_changed)
        self.reload()

    def _make_choosers(self) -> None:
        """The plan, form, months and comparison choosers."""
        self.plan = QComboBox()
        self.form = QComboBox()
        for combo in (self.plan, self.form):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(18)
        self.first = PeriodPicker()
        self.last = PeriodPicker()
        self._kinds: dict[int, list[str]] = {}
        self.compare = QComboBox()
        for code, text in ((None, self.tr("No comparison")),
                           ("previous", self.tr("Previous period")),
                           ("last_year", self.tr("Same period last year"))):
            self.compare.addItem(text, code)
        self.status = QLabel()
        self.status.setWordWrap(True)

    def _make_tables(self) -> None:
        """Figures, targets (with a chart), completeness (with a chart) and who has not reported."""
        self.indicators = RecordTableModel(self._indicator_columns([]), self)
        self.indicators_view = table_view(self.indicators, 1)
        self.indicators_view.doubleClicked.connect(self.drill_down)
        self.targets = RecordTableModel([
            Column(self.tr("Target"), lambda r: r.text),
            Column(self.tr("Scope"), lambda r: r.scope),
            Column(self.tr("Planned"), lambda r: self._target_figure(r, r.target), numeric=True),
            Column(self.tr("Achieved"), lambda r: self._target_figure(r, r.achieved),
                   numeric=True),
            Column(self.tr("% of target"), lambda r: _pct(r.percent_of_target), numeric=True),
            Column(self.tr("Verdict"), self._verdict, tooltip=lambda r: ", ".join(
                r.not_reporting) and self.tr("Not reported: %1").replace(
                "%1", ", ".join(r.not_reporting))),
        ], self)
        self.targets_view = table_view(self.targets, 0)
        self.targets_view.doubleClicked.connect(lambda index: open_target(self, index))
        self.target_chart = BarChart()
        self.completeness = QLabel()
        self.completeness.setWordWrap(True)
        self.completeness_chart = BarChart()
        self.missing = RecordTableModel([
            Column(self.tr("Code"), lambda u: u.code),
            Column(self.tr("Grassroots union"), lambda u: u.name),
            Column(self.tr("Sector"), lambda u: SECTORS.get(u.sector, u.sector)),
        ], self)
        self.missing_view = table_view(self.missing, 1)
        self.missing_button = QPushButton(self.tr("Open on the Grassroots reports page"))
        self.missing_button.clicked.connect(self._show_missing)

    def _make_tabs(self) -> None:
        """The tabs: figures, targets, who has reported, print preview."""
        self.preview = self._make_preview()
        self.tabs = QTabWidget()
        self.tabs.addTab(self.indicators_view, self.tr("Figures"))
        targets_tab = QWidget()
        targets_layout = QVBoxLayout(targets_tab)
        self.targets_hint = QLabel()  # why the table is empty, when it is
        self.targets_hint.setWordWrap(True)
        targets_layout.addWidget(self.targets_hint)
        targets_layout.addWidget(self.targets_view, 1)
        targets_layout.addWidget(QLabel(self.tr("Achievement against the targets")))
        targets_layout.addWidget(self.target_chart)
        self.tabs.addTab(targets_tab, self.tr("Targets"))
        reporting_tab = QWidget()
        reporting_layout = QVBoxLayout(reporting_tab)
        reporting_layout.addWidget(self.completeness)
        reporting_layout.addWidget(self.completeness_chart)
        reporting_layout.addWidget(self.missing_view, 1)
        reporting_layout.addWidget(self.missing_button, 0, Qt.AlignmentFlag.AlignRight)
        self.tabs.addTab(reporting_tab, self.tr("Who has reported"))
        self.tabs.addTab(self.preview, self.tr("Print preview"))
        self.tabs.currentChanged.connect(self._tab_changed)

    def _make_outputs(self) -> None:
        """Print, and save as PDF, Excel or Word."""
        self.print_button = QPushButton(self.tr("Print…"))
        labels.shortcut(self.print_button, "Ctrl+P")
        self.pdf_button = QPushButton(self.tr("Save as PDF…"))
        self.xlsx_button = QPushButton(self.tr("Save as Excel…"))
        self.docx_button = QPushButton(self.tr("Save as Word…"))
        self.mau2_button = QPushButton(self.tr("Form 2-HĐCĐ (PDF)…"))
        self.mau2_button.setToolTip(self.tr(
            "The office's figures as Mẫu số 2-HĐCĐ (QĐ 1454/QĐ-TLĐ), to send to the body "
            "above. The Excel workbook has the same sheet (\"Gửi cấp trên\")."))
        self.print_button.clicked.connect(self.print_report)
        for button, kind in ((self.pdf_button, "pdf"), (self.xlsx_button, "xlsx"),
                             (self.docx_button, "docx"), (self.mau2_button, "mau2")):
            button.clicked.connect(lambda _checked=False, kind=kind: self.save(kind))

    # -- choices ---------------------------------------------------------------------------
    def reload(self) -> None:
        """Read the plans and forms to choose from again, then refresh."""
        from unionplanner.domain.plans.service import list_plans
        from unionplanner.domain.report_forms.service import list_forms
        from unionplanner.domain.tracking.service import plan_label

        plans = self.ctx.read(lambda s: [(p.id, plan_label(p)) for p in list_plans(s)])
        found = self.ctx.read(lambda s: [(f.id, f.name, list(f.current.period_kinds or []))
                                         for f in list_forms(s)])
        self._kinds = {form_id: kinds for form_id, _name, kinds in found}
        forms = [(form_id, name) for form_id, name, _kinds in found]
        for combo, items, none in ((self.plan, plans, self.tr("(no plan: figures only)")),
                                   (self.form, forms, None)):
            current = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            if none:
                combo.addItem(none, None)
            for value, text in items:
                combo.addItem(text[:90], value)
            combo.setCurrentIndex(max(0, combo.findData(current)))
            combo.blockSignals(False)
        self._form_kinds()
        if not self._period_chosen:
            self._open_on_latest_period()
        self.refresh()

    def _open_on_latest_period(self) -> None:
        """Until the user picks months, show the newest month that has reports for the form
        (last month is the default, but a new office's data is often older)."""
        from unionplanner.domain.received.register import latest_period

        form_id = self.form.currentData()
        if form_id is None:
            return
        current = self.first.code()
        latest = self.ctx.read(lambda s: latest_period(s, form_id))
        if latest and (parse_period(latest).kind != parse_period(current).kind
                       or latest < current):
            for edit in (self.first, self.last):
                edit.blockSignals(True)
                edit.set_code(latest)
                edit.blockSignals(False)

    def _form_kinds(self) -> None:
        """Offer the periods the chosen form is filled for (months, half-years…)."""
        for edit in (self.first, self.last):
            edit.blockSignals(True)
            edit.set_kinds(self._kinds.get(self.form.currentData(), []))
            edit.blockSignals(False)

    def focus_on(self, target) -> None:
        """Show form and period ``target`` = (form id, "YYYY-MM")."""
        form_id, period = target
        self._period_chosen = True
        self.form.setCurrentIndex(max(0, self.form.findData(form_id)))
        self.first.set_code(period)
        self.last.set_code(period)

    def _form_changed(self, _index: int) -> None:
        self._form_kinds()
        if not self._period_chosen:
            self._open_on_latest_period()
        self.refresh()

    def _first_changed(self, date: QDate) -> None:
        """A new first month starts a one-month summary; "đến" widens it afterwards."""
        self._period_chosen = True
        self.last.blockSignals(True)
        self.last.set_code(self.first.code())
        self.last.blockSignals(False)
        self.refresh()

    def _on_changed(self, topics: set[str]) -> None:
        if topics & {PLANS, REPORTS, UNITS, TRACKING, OFFICE}:  # the office: the letterhead
            self.reload()

    # -- figures ---------------------------------------------------------------------------
    def refresh(self) -> None:
        """Add up again with the current choices."""
        from unionplanner.domain.summary.report import build_report

        self._pdf_path = None
        if self.pdf_document is not None:
            self.pdf_document.close()  # shown again from the new report when asked
        form_id = self.form.currentData()
        if form_id is None:
            self.report = None
            self.status.setText(self.tr("No report form yet: import the blank form on the "
                                        "Grassroots reports page first."))
            self._fill()
            return
        first, last = self.first.code(), self.last.code()
        try:
            report = self.ctx.read(lambda s: build_report(
                s, form_id, first, last=last, plan_id=self.plan.currentData(),
                compare=self.compare.currentData()))
            self.report = report
        except UserError as exc:
            self.report = None
            self.status.setText(exc.message)
            self._fill()
            return
        c = report.summary.completeness
        self.status.setText(self.tr("%1 of %2 units have reported (%3).").replace(
            "%1", str(c.reported)).replace("%2", str(c.expected)).replace("%3", _pct(c.share)))
        self._fill()
        if self.tabs.currentWidget() is self.preview:
            self._show_preview()

    def _fill(self) -> None:
        report = self.report
        enabled = report is not None
        for button in (self.print_button, self.pdf_button, self.xlsx_button, self.docx_button):
            button.setEnabled(enabled)
        # a statistics form with its columns ("Tổng số | Nữ") is sent up as Mẫu 2-HĐCĐ
        self.mau2_button.setVisible(bool(report and report.summary.columns))
        columns = self._indicator_columns(report.summary.columns if report else [])
        if len(columns) != self.indicators.columnCount():
            self.indicators.set_columns(columns)
        self.indicators.set_records(report.summary.indicators if report else [])
        self.indicators_view.setColumnHidden(len(columns) - 1,
                                             not (report and report.summary.compared_with))
        self.targets.set_records(report.targets if report else [])
        show_targets_and_reporting(self, report)

    def _indicator_columns(self, labels: list[str]) -> list[Column]:
        """No., indicator, unit, the result — and for a form with several value columns
        ("Tổng số | Nữ") one column each, "x" where one does not apply —, units reporting,
        the comparison."""
        from unionplanner.domain.summary.aggregate import IndicatorTotal
        from unionplanner.domain.summary.report import column_text

        def other(label: str) -> Callable[[IndicatorTotal], str]:
            return lambda i: column_text(i, labels, label)

        def other_sort(label: str) -> Callable[[IndicatorTotal], float]:
            return lambda i: total if (total := i.columns.get(label)) is not None else -1

        return [
            Column(self.tr("No."), lambda i: i.row_number, numeric=True,
                   sort=lambda i: i.position),
            Column(self.tr("Indicator"), lambda i: i.name),
            Column(self.tr("Unit"), lambda i: i.unit_of_measure),
            Column(labels[0] if len(labels) > 1 else self.tr("Result"),
                   lambda i: self._result(i, labels),
                   numeric=True, sort=lambda i: i.total if i.has_figure else -1),
            *[Column(label, other(label), numeric=True, sort=other_sort(label))
              for label in labels[1:]],
            Column(self.tr("Units reporting"), lambda i: str(i.units_reported), numeric=True,
                   sort=lambda i: i.units_reported),
            Column(self.tr("Compared"), self._previous, numeric=True),
        ]

    def _result(self, indicator, labels: list[str]) -> str:
        """The main result: "x" where the form's first value column does not apply."""
        from unionplanner.domain.summary.report import column_text, figure

        text = column_text(indicator, labels, labels[0]) if len(labels) > 1 else figure(indicator)
        if indicator.kind == IndicatorKind.YESNO and indicator.share_yes is not None \
                and text != "x":
            text += f" ({_pct(indicator.share_yes)})"
        return text

    def _previous(self, indicator) -> str:
        from unionplanner.domain.summary.report import figure

        return "" if indicator.previous is None else figure(indicator, indicator.previous)

    def _target_figure(self, result, value) -> str:
        from unionplanner.domain.summary.export import _target_figure

        return _target_figure(result, value)

    def _verdict(self, result) -> str:
        from unionplanner.domain.summary.export import _verdict

        return _verdict(result)

    def drill_down(self, index) -> None:
        """The units behind an indicator's figure."""
        indicator = index.data(OBJECT_ROLE)
        if indicator is not None:
            self.show_units_behind(indicator)

    def show_units_behind(self, indicator) -> None:
        """The units behind ``indicator``'s figure, in a dialog."""
        from unionplanner.domain.storage.files import local_copy

        dialog = UnitsBehind(indicator, lambda name: local_copy(self.ctx.db, f"received/{name}"),
                             self)
        dialog.open()
        self._drill = dialog

    def _show_missing(self) -> None:
        if self.report is not None:
            s = self.report.summary
            self.ctx.navigate.emit("received", (s.form_id, s.last))

    # -- output ----------------------------------------------------------------------------
    def _make_preview(self) -> QWidget:
        try:
            from PySide6.QtPdf import QPdfDocument
            from PySide6.QtPdfWidgets import QPdfView
        except ImportError:  # the PySide6-Pdf wheel is absent (Python 3.11)
            label = QLabel(self.tr("The preview needs Qt PDF; use “Save as PDF…” to see the "
                                   "report."))
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            self.pdf_document = None
            return label
        self.pdf_document = QPdfDocument(self)
        view = QPdfView()
        view.setDocument(self.pdf_document)
        view.setPageMode(QPdfView.PageMode.MultiPage)
        view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        return view

    def _write_pdf(self) -> Path | None:
        from unionplanner.domain.summary.export import write_summary_pdf

        if self.report is None:
            return None
        if self._pdf_path is None:
            folder = Path(tempfile.mkdtemp(prefix="unionplanner-"))
            self._pdf_path = write_summary_pdf(self.report, folder / "bao-cao-tong-hop.pdf")
        return self._pdf_path

    def _show_preview(self) -> None:
        path = self._write_pdf()
        if path is not None and self.pdf_document is not None:
            self.pdf_document.load(str(path))

    def _tab_changed(self, index: int) -> None:
        if self.tabs.widget(index) is self.preview:
            self._show_preview()

    def _number(self) -> bool:
        """Give the report its number before it is saved or printed (see
        :func:`report_number`); False when the user cancelled."""
        from unionplanner.ui.office.number import report_number

        report: Any = self.report
        if report.number_text:
            return True
        text = report_number(self, self.ctx, f"Báo cáo tổng hợp {self.form.currentText()} "
                                             f"({report.period_text})")
        if text is not None:
            report.number_text = text
            self._pdf_path = None  # the preview and the print carry the number
        return text is not None

    def print_report(self) -> None:
        """Print the report's pages (rendered from the PDF) on a printer the user picks."""
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        if not self._number():
            return
        path = self._write_pdf()
        if path is None:
            return
        if self.pdf_document is None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
            return
        self.pdf_document.load(str(path))
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        if QPrintDialog(printer, self).exec() != QDialog.DialogCode.Accepted:
            return
        self.render_to(printer)

    def render_to(self, printer) -> None:
        """Paint every page of the previewed PDF on ``printer``, each page in its own
        orientation on the printer's paper (:func:`print_pdf`)."""
        if self.pdf_document is not None:
            print_pdf(self.pdf_document, printer)

    def save(self, kind: str) -> Path | None:
        """Ask for a file name and write the report as PDF, Excel or Word, or (``kind``
        "mau2") as Mẫu 2-HĐCĐ in PDF; opens it."""
        from unionplanner.domain.summary.export import (
            write_summary_docx,
            write_summary_pdf,
            write_summary_xlsx,
        )
        from unionplanner.domain.summary.mau2 import write_mau2_pdf

        if self.report is None:
            return None
        filters = {"pdf": self.tr("PDF (*.pdf)"), "xlsx": self.tr("Excel workbook (*.xlsx)"),
                   "docx": self.tr("Word document (*.docx)"), "mau2": self.tr("PDF (*.pdf)")}
        s = self.report.summary
        name = ("Mau 2-HDCD " if kind == "mau2" else "Bao cao tong hop ") + s.first + (
            f" - {s.last}" if s.last != s.first else "")
        suffix = "pdf" if kind == "mau2" else kind
        chosen = file_dialogs.save_path(self, self.tr("Save the report"), f"{name}.{suffix}",
                                        filters[kind])
        if chosen is None or (kind in ("pdf", "docx") and not self._number()):
            return None
        path = str(chosen)
        writer = {"pdf": write_summary_pdf, "xlsx": write_summary_xlsx,
                  "docx": write_summary_docx, "mau2": write_mau2_pdf}[kind]
        try:
            written = writer(self.report, Path(path))
        except OSError as exc:
            QMessageBox.warning(self, self.tr("Save the report"), cannot_write(path, exc))
            return None
        announce_saved(self, written)
        return written
