"""Derived rates and per-sector figures: a form of the Mẫu 2-HĐCĐ shape (QĐ 1454/QĐ-TLĐ)
with "+ Tỷ lệ so với tổng số lao động (nữ)" lines under the counts they divide. The rates are
learnt from the template, never summed: 100 × Σ numerator ÷ Σ denominator over the units,
column by column, and the same per sector; a weighted average per sector is weighted too."""

from __future__ import annotations

import pytest

from tests.helpers import write_xlsx
from unionplanner.domain.received.session import import_paths
from unionplanner.domain.report_forms.kinds import IndicatorKind
from unionplanner.domain.report_forms.learn import learn_form
from unionplanner.domain.report_forms.service import create_form
from unionplanner.domain.summary.aggregate import summarise
from unionplanner.domain.units.service import UnitFields, add_unit

HEAD = [["Công đoàn cấp trên :", "LĐLĐ TỈNH THỬ NGHIỆM"],
        ["Đơn vị báo cáo :", None],
        [None, None, "MẪU SỐ 2-HĐCĐ"],
        [None, "BÁO CÁO TỔNG HỢP SỐ LIỆU VỀ HOẠT ĐỘNG CÔNG ĐOÀN"],
        [None, "NĂM 2025"],
        [None, "(Số liệu tính đến ngày : 31/5  30/11)"],
        ["TT", "Nội dung", "Đơn vị tính", "Số lượng", "Ghi chú"]]
LINES = [("", "I. Tình hình lao động", ""), ("", "1. Lao động", ""),
         ("1", "Tổng số lao động", "người"), ("", "- Trong đó: nữ", ""),
         ("", "2. Việc làm", ""),
         ("2", "Số lao động thiếu việc làm", "người"),
         ("", "+ Tỷ lệ so với tổng số lao động", "%"),
         ("3", "Số lao động nữ thiếu việc làm", "người"),
         ("", "+ Tỷ lệ so với tổng số lao động nữ", "%"),
         ("", "3. Tiền lương", ""),
         ("4", "Tiền lương bình quân tháng của 1 người lao động", "đồng"),
         ("", "+ Số người được tính", "người")]
#: unit → (labour, of which women, without work, women without work, wage, people)
FIGURES = {"X01": (1000, 400, 50, 30, 8_000_000, 900),
           "X02": (3000, 2000, 60, 20, 10_000_000, 100),
           "P03": (500, 100, 10, 5, 6_000_000, 500)}
SECTORS = {"X01": "fdi", "X02": "fdi", "P03": "hcsn"}


def _sheet(path, unit_name=None, figures=None):
    rows = [list(r) for r in HEAD]
    rows[1][1] = unit_name
    values = list(figures) if figures else []
    for number, text, unit in LINES:
        row = [number or None, text, unit or None, None, None]
        if figures and unit != "%" and (unit or "nữ" in text):
            row[3] = values.pop(0)
        rows.append(row)
    return write_xlsx(path, rows)


@pytest.fixture
def rolled(db, tmp_path):
    draft = learn_form(_sheet(tmp_path / "mau2.xlsx"))
    with db.transaction() as session:
        form_id = create_form(session, "Mẫu 2-HĐCĐ", draft.title, draft.fields(), draft.source,
                              draft.shape).id
        for code, sector in SECTORS.items():
            add_unit(session, UnitFields(code, f"Công đoàn đơn vị {code}", sector))
    folder = tmp_path / "returns"
    folder.mkdir()
    for code, figures in FIGURES.items():
        _sheet(folder / f"{code}.xlsx", f"Công đoàn đơn vị {code}", figures)
    result = import_paths(db, [folder], form_id, "2025")
    assert result.counts()["imported"] == 3, result.counts()
    with db.session() as session:
        return draft, summarise(session, form_id, "2025")


def test_rate_lines_are_learnt_with_what_they_divide(tmp_path):
    draft = learn_form(_sheet(tmp_path / "mau2.xlsx"))
    by_name = {i.name: i for i in draft.indicators}
    labour = by_name["Tổng số lao động"]
    first = by_name["Tỷ lệ so với tổng số lao động"]
    female = by_name["Tỷ lệ so với tổng số lao động nữ"]
    assert draft.shape.columns == ["Tổng số", "Nữ"]
    assert (first.kind, first.base_code, first.parent_code) == (
        IndicatorKind.RATE, labour.code, by_name["Số lao động thiếu việc làm"].code)
    assert (female.kind, female.base_code, female.parent_code) == (
        IndicatorKind.RATE, labour.code, by_name["Số lao động nữ thiếu việc làm"].code)
    assert by_name["Tiền lương bình quân tháng của 1 người lao động"].kind == IndicatorKind.AVERAGE


def test_rates_are_computed_from_summed_counts_per_column_and_sector(rolled):
    _draft, summary = rolled
    by_name = {i.name: i for i in summary.indicators}
    labour = sum(f[0] for f in FIGURES.values())
    women = sum(f[1] for f in FIGURES.values())
    idle = sum(f[2] for f in FIGURES.values())
    idle_women = sum(f[3] for f in FIGURES.values())
    assert by_name["Tổng số lao động"].columns == {"Tổng số": labour, "Nữ": women}
    rate = by_name["Tỷ lệ so với tổng số lao động"]
    assert rate.total == pytest.approx(100 * idle / labour)       # 2,7 %, not 5+2+2 = 9 %
    female_rate = by_name["Tỷ lệ so với tổng số lao động nữ"]
    assert female_rate.total == pytest.approx(100 * idle_women / women)
    assert rate.per_unit["X01"] == pytest.approx(5.0)
    # per sector: the FDI firms' rate of their own summed counts
    xa = [FIGURES[c] for c in ("X01", "X02")]
    assert rate.by_sector["fdi"] == pytest.approx(100 * sum(f[2] for f in xa)
                                                 / sum(f[0] for f in xa))
    labour_total = by_name["Tổng số lao động"]
    assert labour_total.sector_columns["Nữ"] == {"fdi": 2400, "hcsn": 100}
    wage = by_name["Tiền lương bình quân tháng của 1 người lao động"]
    people = sum(f[5] for f in FIGURES.values())
    assert wage.total == pytest.approx(sum(f[4] * f[5] for f in FIGURES.values()) / people)
    assert wage.by_sector["fdi"] == pytest.approx((8e6 * 900 + 10e6 * 100) / 1000)  # 8.200.000
    assert wage.by_sector["hcsn"] == 6_000_000


def test_a_target_aimed_at_the_female_column_is_measured_over_its_base(rolled):
    """"Giảm tỉ lệ lao động nữ thiếu việc làm xuống dưới 2%" is read in the Nữ column of the
    count over the Nữ column of Tổng số lao động; the plain target reads the main column."""
    from unionplanner.domain.plans.document import IndicatorRef, Scope, Target, TargetShape
    from unionplanner.domain.summary.evaluate import evaluate

    _draft, summary = rolled
    codes = {i.name: i.code for i in summary.indicators}
    labour, idle = codes["Tổng số lao động"], codes["Số lao động thiếu việc làm"]
    idle_women = codes["Số lao động nữ thiếu việc làm"]
    women = evaluate(Target("nữ", TargetShape.SHARE_OF_PEOPLE, None, 2, Scope(), [
        IndicatorRef(summary.form_id, idle_women),
        IndicatorRef(summary.form_id, labour, "base", "Nữ")]), summary)
    expected = 100 * sum(f[3] for f in FIGURES.values()) / sum(f[1] for f in FIGURES.values())
    assert women.achieved == pytest.approx(expected)           # 55 ÷ 2500 = 2,2 %
    everyone = evaluate(Target("tất cả", TargetShape.SHARE_OF_PEOPLE, None, 2, Scope(), [
        IndicatorRef(summary.form_id, idle), IndicatorRef(summary.form_id, labour, "base")]),
        summary)
    assert everyone.achieved == pytest.approx(100 * 120 / 4500)
    female_members = evaluate(Target("nữ", TargetShape.SHARE_OF_PEOPLE, None, 50, Scope(), [
        IndicatorRef(summary.form_id, labour, "measure", "Nữ"),
        IndicatorRef(summary.form_id, labour, "base")]), summary)
    assert female_members.achieved == pytest.approx(100 * 2500 / 4500)


def test_mau2_pdf_and_exchange_sheet_carry_the_form_header_and_computed_rates(db, rolled,
                                                                                tmp_path):
    from openpyxl import load_workbook
    from pypdf import PdfReader

    from unionplanner.domain.summary.export import EXCHANGE_SHEET, write_summary_xlsx
    from unionplanner.domain.summary.mau2 import mau2_lines, write_mau2_pdf
    from unionplanner.domain.summary.report import build_report

    _draft, summary = rolled
    with db.session() as session:
        report = build_report(session, summary.form_id, "2025")
    lines = mau2_lines(report.summary)
    assert [line.text for line in lines if line.level == 1] == ["Tình hình lao động"]
    rate = next(line for line in lines if line.text == "Tỷ lệ so với tổng số lao động")
    assert rate.figures[0] == pytest.approx(100 * 120 / 4500)   # 2,7 %
    text = " ".join(page.extract_text() for page in
                    PdfReader(write_mau2_pdf(report, tmp_path / "m2.pdf")).pages)
    assert "Mẫu số 2-HĐCĐ" in text and "(Số liệu tính đến ngày 30/11/2025)" in text
    assert "Tổng hợp số liệu về hoạt động công đoàn năm 2025" in " ".join(text.split())
    assert "2,7" in text and "8.200.000" not in text  # the office's wage, not a sector's
    sheet = load_workbook(write_summary_xlsx(report, tmp_path / "m2.xlsx"))[EXCHANGE_SHEET]
    cells = [c for row in sheet.iter_rows(values_only=True) for c in row if c is not None]
    assert cells[:3] == ["Công đoàn cấp trên : " + (report.parent_name or report.parent_body),
                         "Đơn vị báo cáo : " + report.issuer, "MẪU SỐ 2-HĐCĐ"]
    assert cells[3].startswith("BÁO CÁO TỔNG HỢP SỐ LIỆU VỀ HOẠT ĐỘNG CÔNG ĐOÀN\nnăm 2025")
    assert round(100 * 120 / 4500, 2) in cells
