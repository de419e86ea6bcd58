"""Summary reports: after importing ../shared/samples the totals in the JSON, the PDF, the
Excel workbook and the Word draft equal the sums from truth.json; targets in each shape on
hand-computed cases (sector scopes, units that did not report); stock indicators over a range
of months; the comparison period."""

from __future__ import annotations

import json

import pytest
from docx import Document
from openpyxl import load_workbook
from pypdf import PdfReader

from tests.helpers import learn_and_store, write_xlsx
from unionplanner.cli import main
from unionplanner.core.text import format_number
from unionplanner.domain.plans import service as plans
from unionplanner.domain.plans.document import (
    IndicatorRef,
    PlanDocument,
    Scope,
    ScopeKind,
    Target,
    TargetShape,
)
from unionplanner.domain.received.session import import_paths
from unionplanner.domain.summary.aggregate import summarise
from unionplanner.domain.summary.evaluate import evaluate
from unionplanner.domain.units.excel import import_units
from unionplanner.domain.units.service import UnitFields, add_unit


@pytest.fixture(scope="module")
def district(tmp_path_factory, samples_dir):
    from unionplanner.domain.storage.database import open_database

    folder = tmp_path_factory.mktemp("summary")
    db = open_database(str(folder / "s.sqlite3"))
    with db.transaction() as session:
        import_units(session, samples_dir / "units.xlsx")
        form_id = learn_and_store(session, "TCN 2023", samples_dir / "form.xlsx")
    import_paths(db, [samples_dir / "reports"], form_id, "2023-05")
    yield db, form_id, folder
    db.dispose()


def _truth_totals(samples_dir) -> dict[str, float]:
    """Per truth.json indicator code: the sum over units (yes/no: units answering yes), the
    later file of a unit replacing the earlier one."""
    truth = json.loads((samples_dir / "truth.json").read_text(encoding="utf-8"))
    per_unit: dict[str, dict] = {}
    for file in truth["files"].values():
        per_unit.update(file.get("units") or {})
    totals = {}
    for indicator in truth["indicators"]:
        values = [v[indicator["code"]] for v in per_unit.values()
                  if v.get(indicator["code"]) is not None]
        totals[indicator["code"]] = sum(1 for x in values if x) \
            if indicator["kind"] == "yesno" else sum(values)
    return totals, truth


def test_totals_equal_truth_in_json_pdf_xlsx_and_docx(district, samples_dir, capsys):
    db, form_id, folder = district
    totals, truth = _truth_totals(samples_dir)
    outputs = {kind: folder / f"tong hop.{kind}" for kind in ("pdf", "xlsx", "docx")}
    assert main(["--db", db.url, "summary", "--form", str(form_id), "--period", "2023-05",
                 "--pdf", str(outputs["pdf"]), "--xlsx", str(outputs["xlsx"]),
                 "--docx", str(outputs["docx"]), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    expected = [totals[i["code"]] for i in truth["indicators"]]
    assert [i["total"] for i in data["indicators"]] == expected
    assert [i["indicator"] for i in data["indicators"]] == [i["name"] for i in truth["indicators"]]
    completeness = data["completeness"]
    assert (completeness["expected"], completeness["reported"]) == (88, 66)
    assert completeness["missing"] == truth["units_not_reporting"]
    shown = [format_number(total) for total in expected]
    pdf_text = " ".join(" ".join(p.extract_text() for p in PdfReader(
        str(outputs["pdf"])).pages).split())
    for text in shown:
        assert text in pdf_text
    sheet = load_workbook(outputs["xlsx"])["Tổng hợp"]
    first = int(sheet.freeze_panes[1:])
    column = [sheet.cell(row, 4).value for row in range(first, first + len(expected))]
    assert column == expected
    cells = [c.text for table in Document(str(outputs["docx"])).tables
             for row in table.rows for c in row.cells]
    for text in shown:
        assert any(c == text or c.startswith(text + " (") for c in cells), text
    assert "Có 66/88 CĐCS gửi báo cáo tháng 5/2023, đạt 75,0%" in pdf_text


def test_units_values_keep_their_source_and_the_workbook_lists_who_is_missing(
        district, samples_dir, tmp_path):
    from unionplanner.domain.summary.export import write_summary_xlsx
    from unionplanner.domain.summary.report import build_report

    db, form_id, _folder = district
    totals, truth = _truth_totals(samples_dir)
    with db.session() as session:
        report = build_report(session, form_id, "2023-05")
    new_members = report.summary.indicator("CT05")  # DV_MOI: "Số đoàn viên kết nạp mới"
    revised = truth["files"][
        "Bao cao thang cong nhan_Cong_ty_CP_Duoc_pham_Phuoc_Hung (BO SUNG).xlsx"]
    assert new_members.per_unit["SA079"] == revised["units"]["SA079"]["DV_MOI"]
    source = next(v for v in new_members.values if v.unit.code == "SA079")
    assert "BO SUNG" in source.file and source.sheet and source.cell
    book = load_workbook(write_summary_xlsx(report, tmp_path / "th.xlsx"))
    missing = book["Chưa nộp"]
    first = int(missing.freeze_panes[1:])  # the header row is frozen above the data
    assert [missing.cell(row, 2).value for row in range(first, missing.max_row + 1)] == \
        truth["units_not_reporting"]
    units = book["Theo đơn vị"]
    assert units.max_row - int(units.freeze_panes[1:]) + 1 == 66


def _small_district(db):
    """Four units, two sectors, hand-made reports for 2024-05: A1 (hcsn, 30 members) and
    B1 (ngoai_nn, 100 members) report; A2 (hcsn) and B2 (ngoai_nn) do not."""
    with db.transaction() as session:
        for code, sector, members in (("A1", "hcsn", 30), ("A2", "hcsn", 20),
                                      ("B1", "ngoai_nn", 100), ("B2", "ngoai_nn", 50)):
            add_unit(session, UnitFields(code, f"Công đoàn cơ sở Đơn vị {code}", sector,
                                         members + 10, members))
    return db


def test_targets_in_each_shape(db, tmp_path):
    from unionplanner.domain.report_forms.service import IndicatorFields, create_form

    _small_district(db)
    with db.transaction() as session:
        form_id = create_form(session, "Mẫu nhỏ", "Biểu", [
            IndicatorFields("Tổng số đoàn viên", "Người", "stock"),
            IndicatorFields("Số đoàn viên kết nạp mới", "Người", "count"),
            IndicatorFields("Tổ chức đối thoại", "Có/Không", "yesno"),
            IndicatorFields("Số đoàn viên xuất sắc", "Người", "count")]).id
    for code, values in (("A1", [30, 5, "x", 24]), ("B1", [100, 20, "", 60])):
        rows = [["LIÊN ĐOÀN LAO ĐỘNG HUYỆN"], [f"Công đoàn cơ sở Đơn vị {code}"], [],
                ["STT", "Nội dung", "Đơn vị tính", "Kết quả"]]
        names = ["Tổng số đoàn viên", "Số đoàn viên kết nạp mới", "Tổ chức đối thoại",
                 "Số đoàn viên xuất sắc"]
        rows += [[n, name, "", value] for n, (name, value) in enumerate(zip(names, values), 1)]
        write_xlsx(tmp_path / f"{code}.xlsx", rows)
    assert import_paths(db, [tmp_path], form_id, "2024-05").counts()["imported"] == 2

    def target(shape, *, value=None, percent=None, measure="CT02", base=None, sectors=()):
        refs = [IndicatorRef(form_id, measure)] + ([IndicatorRef(form_id, base, "base")]
                                                   if base else [])
        scope = Scope(ScopeKind.SECTORS, sectors=list(sectors)) if sectors else Scope()
        return Target("t", shape, value, percent, scope, refs)

    with db.session() as session:
        summary = summarise(session, form_id, "2024-05")
    total = evaluate(target(TargetShape.TOTAL_COUNT, value=20), summary)
    assert (total.achieved, total.percent_of_target, total.met) == (25, 125.0, True)
    assert total.not_reporting == ["A2", "B2"]
    private = evaluate(target(TargetShape.TOTAL_COUNT, value=40, sectors=["ngoai_nn"]), summary)
    assert (private.achieved, private.met, private.units_in_scope) == (20, False, 2)
    dialogue = evaluate(target(TargetShape.SHARE_OF_UNITS, percent=50, measure="CT03"), summary)
    # 1 of 4 units held one: the two that did not report count as not meeting it
    assert (dialogue.units_meeting, dialogue.achieved, dialogue.met) == (1, 25.0, False)
    public = evaluate(target(TargetShape.SHARE_OF_UNITS, percent=50, measure="CT03",
                             sectors=["hcsn"]), summary)
    assert (public.achieved, public.met, public.not_reporting) == (50.0, True, ["A2"])
    excellent = evaluate(target(TargetShape.SHARE_OF_PEOPLE, percent=60, measure="CT04",
                                base="CT01"), summary)
    assert excellent.achieved == pytest.approx(100 * 84 / 130)
    assert excellent.met is True
    by_members = evaluate(target(TargetShape.SHARE_OF_PEOPLE, percent=60, measure="CT04"), summary)
    assert by_members.achieved == pytest.approx(100 * 84 / 200) and by_members.met is False
    every = evaluate(target(TargetShape.EVERY_UNIT_AT_LEAST, value=5, measure="CT02"), summary)
    assert (every.units_meeting, every.target, every.met) == (2, 4, False)
    loose = evaluate(target(TargetShape.EVERY_UNIT_AT_LEAST, value=5, measure="CT02",
                            sectors=["hcsn"]), summary)
    assert (loose.units_meeting, loose.met) == (1, False)  # A2 did not report
    unmeasured = evaluate(Target("Không có CĐCS yếu kém"), summary)
    assert unmeasured.met is None and unmeasured.why


def test_stock_over_months_and_comparison(db, tmp_path):
    from unionplanner.domain.report_forms.service import IndicatorFields, create_form

    _small_district(db)
    with db.transaction() as session:
        form_id = create_form(session, "Mẫu tháng", "Biểu", [
            IndicatorFields("Tổng số đoàn viên", "Người", "stock"),
            IndicatorFields("Số đoàn viên kết nạp mới", "Người", "count")]).id
    for period, members, new in (("2024-04", 30, 2), ("2024-05", 33, 3)):
        folder = tmp_path / period
        folder.mkdir()
        write_xlsx(folder / "A1.xlsx", [["Công đoàn cơ sở Đơn vị A1"], [],
                                        ["STT", "Nội dung", "Đơn vị tính", "Kết quả"],
                                        [1, "Tổng số đoàn viên", "Người", members],
                                        [2, "Số đoàn viên kết nạp mới", "Người", new]])
        import_paths(db, [folder], form_id, period)
    with db.session() as session:
        both = summarise(session, form_id, "2024-04", last="2024-05")
        may = summarise(session, form_id, "2024-05", compare="previous")
    assert (both.indicator("CT01").total, both.indicator("CT02").total) == (33, 5)
    assert (may.indicator("CT01").previous, may.indicator("CT02").change) == (30, 1)
    assert may.compared_with == "2024-04"


def test_summary_with_a_plan_in_the_cli(district, capsys):
    db, form_id, folder = district
    with db.transaction() as session:
        doc = PlanDocument(title="Tháng Công nhân 2023", number=9, symbol="KH-LĐLĐ", targets=[
            Target("100% CĐCS xây dựng kế hoạch", TargetShape.SHARE_OF_UNITS, percent=100,
                   indicators=[IndicatorRef(form_id, "CT03")]),
            Target("Kết nạp mới 500 đoàn viên", TargetShape.TOTAL_COUNT, value=500,
                   indicators=[IndicatorRef(form_id, "CT05")])])
        plan_id = plans.create_plan(session, doc).id
    assert main(["--db", db.url, "summary", "--form", str(form_id), "--period",
                 "2023-05", "--plan", str(plan_id), "--json"]) == 0
    targets = json.loads(capsys.readouterr().out)["targets"]
    assert [(t["achieved"], t["met"]) for t in targets] == [(73.86, False), (432, False)]
    assert targets[1]["percent_of_target"] == 86.4 and len(targets[0]["not_reporting"]) == 22
