"""The Báo cáo tổng hợp page: figures after importing the samples, drilling down to units and
source cells, targets of a plan with their chart, who has reported, the print preview and
printing."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QDate, Qt

from tests.helpers import learn_and_store
from unionplanner.domain.plans import service as plans
from unionplanner.domain.plans.document import IndicatorRef, PlanDocument, Target, TargetShape
from unionplanner.domain.received.session import import_paths
from unionplanner.domain.units.excel import import_units
from unionplanner.ui.summary.page import SummaryPage
from unionplanner.ui.summary.units_behind import UnitsBehind


@pytest.fixture
def page(qtbot, ctx, samples, messages):
    with ctx.db.transaction() as session:
        import_units(session, samples / "units.xlsx")
        form_id = learn_and_store(session, "TCN 2023", samples / "form.xlsx")
        plans.create_plan(session, PlanDocument(
            title="Tháng Công nhân 2023", number=9, symbol="KH-LĐLĐ", targets=[
                Target("100% CĐCS xây dựng kế hoạch", TargetShape.SHARE_OF_UNITS, percent=100,
                       indicators=[IndicatorRef(form_id, "CT03")]),
                Target("Kết nạp mới 400 đoàn viên", TargetShape.TOTAL_COUNT, value=400,
                       indicators=[IndicatorRef(form_id, "CT05")])]))
    import_paths(ctx.db, [samples / "reports"], form_id, "2023-05")
    widget = SummaryPage(ctx)
    qtbot.addWidget(widget)
    widget.first.setDate(QDate(2023, 5, 1))
    return widget


def test_figures_targets_and_reporting(page):
    model = page.indicators
    assert model.rowCount() == 20
    assert model.index(0, 3).data() == "8.628" and model.index(4, 3).data() == "432"
    assert model.index(2, 3).data() == "65 (98,5%)"  # yes/no: units answering yes
    assert "66/88" in page.status.text()
    assert page.targets.rowCount() == 0  # no plan chosen
    page.plan.setCurrentIndex(1)
    assert page.targets.rowCount() == 2
    assert page.targets.index(1, 5).data() == "Đạt"  # 432 ≥ 400
    assert page.target_chart.values == [pytest.approx(73.86, 0.01), 108.0]
    assert page.missing.rowCount() == 22
    assert page.completeness_chart.values == [66, 22]


def test_drill_down_to_the_source_cell(page, qtbot):
    page.drill_down(page.indicators.index(4, 1))
    dialog = page._drill
    assert isinstance(dialog, UnitsBehind) and dialog.model.rowCount() == 66
    row = next(r for r in range(66) if dialog.model.index(r, 0).data() == "SA079")
    assert dialog.model.index(row, 5).data().endswith("(BO SUNG).xlsx")
    assert dialog.model.index(row, 7).data().startswith(("C", "D", "E", "F"))


def test_preview_and_printing(page, qtbot, tmp_path):
    from PySide6.QtPrintSupport import QPrinter

    page.tabs.setCurrentWidget(page.preview)
    qtbot.waitUntil(lambda: page.pdf_document.pageCount() > 3, timeout=10_000)
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    page.render_to(printer)
    assert (tmp_path / "printed.pdf").stat().st_size > 10_000
    # a printer at 1200 dpi gets pages rendered at 300 dpi at most (an A4 page ~2480 × 3508),
    # the landscape appendix as landscape
    sizes = []
    real_render = page.pdf_document.render
    page.pdf_document.render = lambda number, size: sizes.append(size) or real_render(
        number, size)
    fine = QPrinter(QPrinter.PrinterMode.HighResolution)
    fine.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    fine.setOutputFileName(str(tmp_path / "fine.pdf"))
    fine.setResolution(1200)
    page.render_to(fine)
    assert fine.resolution() == 300 and sizes
    assert max(max(s.width(), s.height()) for s in sizes) <= 3600
    assert {s.width() > s.height() for s in sizes} == {True, False}


def test_who_has_not_reported_opens_the_reports_page(page, ctx):
    seen = []
    ctx.navigate.connect(lambda key, target: seen.append((key, target)))
    page._show_missing()
    assert seen == [("received", (page.form.currentData(), "2023-05"))]


def test_opens_on_the_newest_month_with_reports_until_months_are_chosen(qtbot, ctx, samples,
                                                                         messages):
    with ctx.db.transaction() as session:
        import_units(session, samples / "units.xlsx")
        form_id = learn_and_store(session, "TCN 2023", samples / "form.xlsx")
    import_paths(ctx.db, [samples / "reports"], form_id, "2023-05")
    widget = SummaryPage(ctx)
    qtbot.addWidget(widget)
    # last month (the default) has nothing; the page shows May 2023, which has the reports
    assert widget.first.date() == QDate(2023, 5, 1) == widget.last.date()
    assert "66/88" in widget.status.text()
    widget.first.setDate(QDate(2023, 4, 1))  # the user's choice then stays
    widget.reload()
    assert widget.first.date() == QDate(2023, 4, 1)


def test_a_statistics_form_is_summed_by_half_year_with_its_nu_column(qtbot, ctx, messages):
    """A Mẫu 1-HĐCĐ form: the page offers half-years and years, opens on the half-year that
    has reports, and shows the Nữ column beside Tổng số ("x" where it does not apply)."""
    from tests.conftest import SHARED
    from tests.helpers import store_mau1

    form_id = store_mau1(ctx.db)
    mau1 = SHARED / "samples-mau1"
    import_paths(ctx.db, [mau1 / "reports"], form_id, "2025-H1")
    widget = SummaryPage(ctx)
    qtbot.addWidget(widget)
    assert widget.first.code() == "2025-H1" and widget.report is not None
    model = widget.indicators
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert headers[3:5] == ["Tổng số", "Nữ"]
    first = [model.index(0, c).data() for c in range(model.columnCount())]
    assert first[1] == "Tổng số lao động" and first[3] == "5.946" and first[4] == "2.947"
    wage = next(r for r in range(model.rowCount())
                if model.index(r, 1).data().startswith("Tiền lương bình quân"))
    assert model.index(wage, 3).data() == "9.595.568" and model.index(wage, 4).data() == "x"
    # issue 27 item 1: the drill-down of a half-year total raised on every repaint
    # ("invalid literal for int(): 'H1'") and its error box could not be closed
    widget.drill_down(model.index(0, 1))
    dialog = widget._drill
    assert dialog.model.rowCount() > 20
    periods = {dialog.model.index(r, 3).data() for r in range(dialog.model.rowCount())}
    assert periods == {"6 tháng đầu năm 2025"}
    assert dialog.model.headerData(3, Qt.Orientation.Horizontal) == "Kỳ"


def test_the_targets_tab_says_why_it_is_empty_and_bars_have_their_colours(page):
    """Issue 17: the "Chỉ tiêu" tab stayed empty with no hint until a plan was chosen, and
    every completeness bar had the same colour."""
    assert page.targets.rowCount() == 0
    assert "chọn một kế hoạch" in page.targets_hint.text().lower()
    assert not page.targets_hint.isHidden()
    page.plan.setCurrentIndex(1)
    assert page.targets_hint.isHidden() and page.targets.rowCount() == 2
    colours = [c.name() for c in page.completeness_chart.colours]
    assert len(set(colours)) == len(colours) == 2  # reported / not reported


def test_double_clicking_a_target_shows_its_units_or_says_why_it_has_no_figure(
        page, ctx, monkeypatch):
    """Issue 17: a double click on a target did nothing."""
    from PySide6.QtWidgets import QMessageBox

    page.plan.setCurrentIndex(1)
    page.targets_view.doubleClicked.emit(page.targets.index(1, 0))  # Kết nạp mới 400
    assert isinstance(page._drill, UnitsBehind) and page._drill.model.rowCount() == 66
    assert page._drill.windowTitle() == page.report.summary.indicator("CT05").name
    with ctx.db.transaction() as session:
        plans.create_plan(session, PlanDocument(
            title="Kế hoạch chưa gắn chỉ số", number=10, symbol="KH-LĐLĐ", targets=[
                Target("Thành lập mới 5 CĐCS", TargetShape.TOTAL_COUNT, value=5)]))
    ctx.notify("plans")
    page.plan.setCurrentIndex(page.plan.findText("Kế hoạch chưa gắn chỉ số",
                                                 Qt.MatchFlag.MatchContains))
    shown, went = [], []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box.text()) or
                        box.buttons()[0].click())
    ctx.navigate.connect(lambda key, _target: went.append(key))
    page.targets_view.doubleClicked.emit(page.targets.index(0, 0))
    assert shown[0].startswith("Thành lập mới 5 CĐCS\n\nchưa gắn chỉ số đo")
    assert "Đo bằng chỉ số" in shown[0]
    assert went == ["plans"]


def test_the_screen_the_pdf_and_the_excel_file_show_the_same_numbers_and_x(qtbot, ctx,
                                                                           messages, tmp_path):
    """Issue 27 item 6: the Excel sheet showed 0 where the page and the PDF showed "x" (a
    column the form marks as not applying), and the rows were numbered 1… on the screen
    and in Excel but "3", "a)", "+" on the form and the PDF."""
    from openpyxl import load_workbook

    from unionplanner.domain.documents import layout as L
    from unionplanner.domain.report_forms.service import FormShape, IndicatorFields, create_form
    from unionplanner.domain.summary.export import layout_summary, write_summary_xlsx
    from unionplanner.domain.summary.report import build_report

    with ctx.db.transaction() as session:
        form_id = create_form(session, "Thống kê lao động", "BÁO CÁO THỐNG KÊ", [
            IndicatorFields("Tổng số lao động", "người", "count", number="3"),
            IndicatorFields("Số lao động nữ nghỉ thai sản", "người", "count", number="a)",
                            columns=[1]),
            IndicatorFields("Số lao động được khám sức khỏe", "người", "count", number="+"),
        ], "thong-ke.xlsx", FormShape(["Tổng số", "Nữ"])).id
        report = build_report(session, form_id, "2026-05")
    page = SummaryPage(ctx)
    qtbot.addWidget(page)
    page.form.setCurrentIndex(page.form.findData(form_id))
    page.first.setDate(QDate(2026, 5, 1))
    model = page.indicators
    screen = [[model.index(r, c).data() for c in (0, 3, 4)] for r in range(model.rowCount())]
    assert screen == [["3", "", ""], ["a)", "x", ""], ["+", "", ""]]
    tables = [b for b in layout_summary(report).body if isinstance(b, L.Table)]
    printed = [[row[0], row[3], row[4]] for row in tables[0].rows]
    assert printed == screen
    sheet = load_workbook(write_summary_xlsx(report, tmp_path / "t.xlsx"))["Tổng hợp"]
    rows = [r for r in sheet.iter_rows(values_only=True) if r[1] and r[0] != "STT"]
    assert [[r[0], r[3], r[4]] for r in rows] == [[3, None, None], ["a)", "x", None],
                                                   ["+", None, None]]
