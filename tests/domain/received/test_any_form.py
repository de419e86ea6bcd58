"""Any real form end to end: the template of each form of the corpus (tests/domain/
report_forms/corpus.py) learnt as an office sends it, returns filled by units with their
habits (the unit named above the table, the period in the heading, blank cells, money in
thousands of đồng), imported, and every figure found where the form says — in the base
unit, blanks stored as no figure, totals computed from their rows rather than taken."""

from __future__ import annotations

import dataclasses
import os
import random
import re
import shutil
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from tests.domain.report_forms.corpus import CORPUS, FINANCE_B14, STAFF
from tests.domain.report_forms.generated import FILLED_LEAVES, generated_form
from tests.forms import Col, FormCase, fill_return, write_template
from unionplanner.domain.received.register import list_values
from unionplanner.domain.received.session import import_paths
from unionplanner.domain.report_forms.learn import learn_form
from unionplanner.domain.report_forms.service import create_form
from unionplanner.domain.units.service import UnitFields, add_unit

UNITS = [("CD01", "Công đoàn Công ty TNHH Minh Long"), ("CD02", "Công đoàn Trường THCS Hòa Bình"),
         ("CD03", "Công đoàn Bệnh viện Đa khoa Tân An"), ("CD04", "Công đoàn Công ty CP Sông Đà 9")]
#: each case's period, as its returns state it in the heading
PERIODS = {"finance-b14": ("2026", "Năm 2026"), "mau1-split": ("2025", "NĂM : 2025"),
           "staff-stats": ("2025", "Tính đến ngày 31/12/2025"),
           "mau2-rates": ("2025", "(Số liệu tính đến ngày : 30/11/2025)"),
           "accidents-nd39": ("2026", "Kỳ báo cáo: Năm 2026"),
           "membership-movement": ("2026-H1", "6 tháng đầu năm 2026"),
           "plan-actual-quarter": ("2026-Q3", "Quý III năm 2026"),
           "campaign-month": ("2026-05", "Tháng 5 năm 2026")}


def _imported_three(db, case: FormCase, folder: Path, form_id: int, heading: str,
                    period: str, seed: int, blanks: float = 0.0) -> dict[str, dict]:
    """Three units' returns of ``case`` (seeds ``seed``…) written to ``folder`` and
    imported for ``period``, each imported; unit code → its figures as stored."""
    folder.mkdir()
    by_unit = {}
    for number, (code, unit) in enumerate(UNITS[:3]):
        filled = fill_return(case, random.Random(seed + number), blanks=blanks)
        _return(case, unit, heading, filled.typed, folder / f"{code}.xlsx")
        by_unit[code] = filled.stored
    result = import_paths(db, [folder], form_id, period)
    assert all(p.status == "imported" for p in result.plans)
    return by_unit


def _summed(names: dict, by_unit: dict[str, dict]) -> dict[tuple[str, str], int]:
    """(indicator, column) → the sum of the units' figures."""
    truth: dict[tuple[str, str], int] = {}
    for stored in by_unit.values():
        for (position, v), value in stored.items():
            key = _key(names, position, v)
            truth[key] = truth.get(key, 0) + value
    return truth


def _undated(case: FormCase) -> list[str]:
    """The template's title without its period line (a return states its own)."""
    return [t for t in case.title if not re.search(r"\d{4}", t)]


def _office(db, case: FormCase, folder) -> tuple[int, dict]:
    draft = learn_form(write_template(case, folder / f"{case.name}.xlsx"))
    with db.transaction() as session:
        for code, name in UNITS:
            add_unit(session, UnitFields(code, name))
        form = create_form(session, case.name, draft.title, draft.fields(), draft.source,
                           draft.shape)
        return form.id, _names(case, draft)


def _names(case: FormCase, draft) -> dict:
    """(line position → indicator name, value column position → column label as stored)."""
    rows = [p for p, line in enumerate(case.lines) if line.role in ("indicator", "line",
                                                                      "total")]
    lines = {p: item.name for p, item in zip(rows, draft.indicators[len(case.outside):])}
    # "- Trong đó: nữ" under an indicator: that indicator's female column
    female = {p: lines[max(r for r in rows if r < p)]
              for p, line in enumerate(case.lines) if line.role == "female"}
    paths = [path for path, leaf in case.leaves if leaf.role == "value"]
    kept = [tuple(c["path"]) for c in draft.shape.layout["columns"]]
    labels = draft.shape.columns or [None]
    columns = {v: labels[kept.index(path)] for v, path in enumerate(paths) if path in kept}
    return {"lines": lines, "columns": columns, "female": female,
            "female_column": (labels[-1] if len(labels) > 1 else None)}


def _key(names: dict, position: int, v: int) -> tuple[str, str | None]:
    """(indicator, column) where the figure of line ``position``, value column ``v`` is
    stored."""
    if position in names["female"]:
        return names["female"][position], names["female_column"]
    return names["lines"][position], names["columns"][v]


def _return(case: FormCase, unit: str, heading: str, typed, path, outside=None) -> None:
    """A unit's return: the form with the unit's name above it and the period stated."""
    filled = dataclasses.replace(case, above=[f"Công đoàn cơ sở: {unit}"],
                                 title=[*_undated(case), heading])
    write_template(filled, path, values=typed, outside=outside)


@pytest.mark.parametrize("case", CORPUS, ids=lambda c: c.name)
def test_every_figure_of_any_real_form_is_stored_where_the_form_says(case, db, tmp_path):
    form_id, names = _office(db, case, tmp_path)
    period, heading = PERIODS[case.name]
    rng = random.Random(case.name)
    folder = tmp_path / "returns"
    folder.mkdir()
    expected = {}
    for code, unit in UNITS[:3]:
        filled = fill_return(case, rng)
        _return(case, unit, heading, filled.typed, folder / f"{code}.xlsx")
        for (position, v), value in filled.stored.items():
            expected[(code, *_key(names, position, v))] = value
    result = import_paths(db, [folder], form_id, period)
    problems = {p.analysis.name: [x.text() for x in p.analysis.all_problems()]
                for p in result.plans}
    assert all(p.status == "imported" for p in result.plans), problems
    with db.session() as session:
        stored = {(r["unit"], r["indicator"], r["column"]): r["value"]
                  for r in list_values(session, period, form_id) if r["value"] is not None}
    wrong = {k: (stored.get(k), expected.get(k)) for k in set(stored) | set(expected)
             if stored.get(k) != expected.get(k)}
    assert not wrong, (len(wrong), len(expected), sorted(wrong.items(), key=str)[:12], problems)


@pytest.mark.parametrize("case", CORPUS, ids=lambda c: c.name)
def test_the_period_the_returns_state_is_taken_without_being_told(case, db, tmp_path):
    form_id, _names = _office(db, case, tmp_path)
    period, heading = PERIODS[case.name]
    folder = tmp_path / "returns"
    folder.mkdir()
    rng = random.Random(1)
    for code, unit in UNITS[:2]:
        _return(case, unit, heading, fill_return(case, rng).typed, folder / f"{code}.xlsx")
    result = import_paths(db, [folder], form_id, None, dry_run=True)
    assert result.period == period


def _moved(case: FormCase, typed: dict) -> tuple[FormCase, dict]:
    """``case`` as a unit retypes it: its value columns in reverse order (groups too) and
    the figures moved with them."""
    paths = case.value_paths
    columns = [c for c in case.columns if c.role != "value" and not c.children]
    groups = [dataclasses.replace(c, children=list(reversed(c.children))) if c.children else c
              for c in case.columns if c.role == "value" or c.children]
    labels = [c for c in columns if c.role in ("order", "label", "unit", "code")]
    notes = [c for c in columns if c.role == "note"]
    moved = dataclasses.replace(case, columns=[*labels, *reversed(groups), *notes])
    where = {path: v for v, path in enumerate(moved.value_paths)}
    return moved, {(p, where[paths[v]]): value for (p, v), value in typed.items()}


@pytest.mark.parametrize("case", [c for c in CORPUS if len(c.value_paths) > 1],
                         ids=lambda c: c.name)
def test_a_retyped_return_with_its_columns_moved_is_read_by_header_path(case, db, tmp_path):
    """Merges lost, value columns and groups in another order: every figure still lands in
    its column (never by position)."""
    form_id, names = _office(db, case, tmp_path)
    period, heading = PERIODS[case.name]
    filled = fill_return(case, random.Random(7))
    moved, typed = _moved(case, filled.typed)
    assert moved.value_paths != case.value_paths
    write_template(dataclasses.replace(moved, above=[f"Công đoàn cơ sở: {UNITS[0][1]}"],
                                       title=[*_undated(case), heading]),
                   tmp_path / "moved.xlsx", values=typed, merges=False)
    result = import_paths(db, [tmp_path / "moved.xlsx"], form_id, period)
    [plan] = result.plans
    assert plan.status == "imported", [p.text() for p in plan.analysis.all_problems()]
    with db.session() as session:
        stored = {(r["indicator"], r["column"]): r["value"]
                  for r in list_values(session, period, form_id) if r["value"] is not None}
    assert stored == {_key(names, p, v): value
                      for (p, v), value in filled.stored.items()}


def test_rows_reworded_and_moved_are_found_by_their_mã_số(db, tmp_path):
    """A unit that shortens the finance form's row labels ("Thu KPCĐ") and swaps two rows
    but keeps the "Mã số" column: every figure still lands on its row, found by its code."""
    case = FINANCE_B14
    form_id, names = _office(db, case, tmp_path)
    filled = fill_return(case, random.Random(11), blanks=0)
    short = {"Thu kinh phí Công đoàn": "Thu KPCĐ (2% quỹ lương)",
             "Thu đoàn phí Công đoàn": "Thu ĐPCĐ", "Các khoản thu khác": "Thu khác",
             "Quản lý hành chính": "Chi QLHC", "Hoạt động phong trào": "Chi phong trào"}
    lines = [dataclasses.replace(line, label=short.get(line.label, line.label))
             for line in case.lines]
    order = list(range(len(lines)))
    first = next(p for p, line in enumerate(lines) if line.code == "27")
    order[first], order[first + 1] = order[first + 1], order[first]  # "Lương…" after "Phụ cấp…"
    moved = dataclasses.replace(case, lines=[lines[p] for p in order])
    where = {old: new for new, old in enumerate(order)}
    typed = {(where[p], v): value for (p, v), value in filled.typed.items()}
    _return(moved, UNITS[0][1], "Năm 2026", typed, tmp_path / "short.xlsx")
    result = import_paths(db, [tmp_path / "short.xlsx"], form_id, "2026")
    [plan] = result.plans
    assert plan.status == "imported", [p.text() for p in plan.analysis.all_problems()]
    with db.session() as session:
        stored = {(r["indicator"], r["column"]): r["value"]
                  for r in list_values(session, "2026", form_id) if r["value"] is not None}
    assert stored == {_key(names, p, v): value for (p, v), value in filled.stored.items()}


def test_a_stated_total_that_differs_is_a_warning_naming_both(db, tmp_path):
    case = FINANCE_B14
    form_id, names = _office(db, case, tmp_path)
    filled = fill_return(case, random.Random(3), blanks=0, wrong_total=True)
    _return(case, UNITS[1][1], "Năm 2026", filled.typed, tmp_path / "r.xlsx")
    result = import_paths(db, [tmp_path / "r.xlsx"], form_id, "2026")
    [plan] = result.plans
    warnings = [p.text() for p in plan.analysis.all_problems() if p.severity == "warning"]
    first = next(p for p, line in enumerate(case.lines) if line.role == "total")
    stated = filled.typed[(first, 0)]
    shown = f"{stated:,}".replace(",", ".")
    right = f"{stated - 1:,}".replace(",", ".")
    assert any(shown in w and right in w and "Cộng thu NSCĐ" in w for w in warnings), warnings
    with db.session() as session:
        values = {(r["indicator"], r["column"]): r["value"]
                  for r in list_values(session, "2026", form_id)}
    assert values[("Cộng thu NSCĐ", "Ước thực hiện năm trước")] == (stated - 1) * 1000


def test_a_return_of_the_year_before_is_refused_and_nothing_is_stored(db, tmp_path):
    case = FINANCE_B14
    form_id, _names = _office(db, case, tmp_path)
    filled = fill_return(case, random.Random(4))
    _return(case, UNITS[0][1], "Năm 2025", filled.typed, tmp_path / "old.xlsx")
    _return(case, UNITS[1][1], "Năm 2026", filled.typed, tmp_path / "new.xlsx")
    result = import_paths(db, [tmp_path / "old.xlsx", tmp_path / "new.xlsx"], form_id, "2026")
    status = {p.analysis.name: p for p in result.plans}
    assert status["old.xlsx"].status == "error"
    assert "năm 2025" in status["old.xlsx"].analysis.error and "năm 2026" in \
        status["old.xlsx"].analysis.error
    assert status["new.xlsx"].status == "imported"
    with db.session() as session:
        assert {r["unit"] for r in list_values(session, "2026", form_id)} == {UNITS[1][0]}


def test_a_return_that_lacks_a_column_says_so_and_is_not_complete(db, tmp_path):
    case = FINANCE_B14
    form_id, _names = _office(db, case, tmp_path)
    filled = fill_return(case, random.Random(5))
    cut = dataclasses.replace(case, columns=[c for c in case.columns
                                             if c.text != "Ước thực hiện năm trước"])
    where = {path: v for v, path in enumerate(cut.value_paths)}
    typed = {(p, where[case.value_paths[v]]): value for (p, v), value in filled.typed.items()
             if case.value_paths[v] in where}
    _return(cut, UNITS[0][1], "Năm 2026", typed, tmp_path / "cut.xlsx")
    result = import_paths(db, [tmp_path / "cut.xlsx"], form_id, "2026")
    [plan] = result.plans
    assert plan.analysis.unplaced == ["Ước thực hiện năm trước"]
    item = plan.to_dict()
    assert item["missing_columns"] == ["Ước thực hiện năm trước"]
    assert any("thiếu 1 cột" in w and "Ước thực hiện năm trước" in w for w in item["warnings"])


@settings(max_examples=30, deadline=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large,
                                 HealthCheck.function_scoped_fixture])
@given(case=generated_form(FILLED_LEAVES), merges=st.booleans(), seed=st.integers(0, 99))
def test_any_generated_form_learnt_filled_and_imported_gives_every_figure_back(
        case, merges, seed, data_dir):
    """Learn the template, fill two returns (one retyped without merges), import them:
    every figure back where the form says, in the base unit, totals the sum of their rows."""
    from unionplanner.domain.storage.database import open_database

    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        db = open_database(str(folder / "office.sqlite3"))
        try:
            _check_round_trip(case, merges, seed, db, folder)
        finally:
            db.dispose()


def _check_round_trip(case: FormCase, merges: bool, seed: int, db, folder: Path) -> None:
    form_id, names = _office(db, case, folder)
    rng = random.Random(seed)
    returns = folder / "returns"
    returns.mkdir()
    expected = {}
    for i, (code, unit) in enumerate(UNITS[:2]):
        filled = fill_return(case, rng)
        title = [t for t in case.title if not t.lower().startswith("năm")]
        write_template(dataclasses.replace(case, above=[f"Công đoàn cơ sở: {unit}"],
                                           title=[*title, "Năm 2026"]),
                       returns / f"{code}.xlsx", values=filled.typed, merges=merges or i == 0)
        for (position, v), value in filled.stored.items():
            if v in names["columns"]:
                expected[(code, *_key(names, position, v))] = value
    result = import_paths(db, [returns], form_id, None)
    problems = {p.analysis.name: [x.text() for x in p.analysis.all_problems()]
                for p in result.plans}
    assert result.period == "2026"
    assert all(p.status == "imported" for p in result.plans), problems
    with db.session() as session:
        stored = {(r["unit"], r["indicator"], r["column"]): r["value"]
                  for r in list_values(session, "2026", form_id) if r["value"] is not None}
    wrong = {k: (stored.get(k), expected.get(k)) for k in set(stored) | set(expected)
             if stored.get(k) != expected.get(k)}
    assert not wrong, (len(wrong), len(expected), sorted(wrong.items(), key=str)[:8], problems)


def test_the_summary_of_a_finance_form_equals_truth_and_shows_no_figure_as_none(db, tmp_path):
    """Three units' finance returns summed: every column's total is the sum of the units'
    figures in đồng (totals of their rows, never the codes); the level above's approval
    column, blank in every return, has no figure — none on the page, in the PDF/Word
    layout and in the Excel copy, never 0."""
    import openpyxl

    from unionplanner.domain.summary.export import layout_summary, write_summary_xlsx
    from unionplanner.domain.summary.report import build_report, report_json

    case = FINANCE_B14
    form_id, names = _office(db, case, tmp_path)
    truth = _summed(names, _imported_three(db, case, tmp_path / "returns", form_id,
                                           "Năm 2026", "2026", 20))
    with db.session() as session:
        report = build_report(session, form_id, "2026")
    summary = report_json(report)["indicators"]
    got = {(i["indicator"], label): total for i in summary
           for label, total in i["columns"].items() if total is not None}
    assert got == truth  # the totals' rows too: filled.stored holds them summed
    assert {label for i in summary for label in i["columns"]} == set(names["columns"].values())
    upper = "Cấp trên duyệt"
    assert all(i["columns"][upper] is None for i in summary)  # "x" is the form's, not stored
    assert not any("Mã số" in label for i in summary for label in i["columns"])
    table = next(part for part in layout_summary(report).body if hasattr(part, "header"))
    # the form's column order, the main column ("Dự toán kỳ này") where the form has it
    assert table.header[0][3:6] == ["Ước thực hiện năm trước", "Dự toán kỳ này", upper]
    where = table.header[0].index(upper)
    asked = len(case.outside)  # the figures above the table fill the main column only
    figures = [row[where] for row in table.rows if row[2] or row[where]]
    assert figures[:asked] == ["x"] * asked and set(figures[asked:]) == {""}, figures
    sheet = openpyxl.load_workbook(write_summary_xlsx(report, tmp_path / "s.xlsx"))["Tổng hợp"]
    rows = list(sheet.iter_rows(values_only=True))
    top = next(n for n, row in enumerate(rows) if row[0] == "STT")
    column = rows[top].index(upper)
    assert [row[column] for row in rows[top + 1:] if row[1]] == \
        ["x"] * asked + [None] * (len(summary) - asked)



def _truth(case: FormCase, draft, names: dict, by_unit: dict[str, dict]) -> dict:
    """What the summary must say, worked out here from the units' stored figures (unit →
    (line position, value column) → figure) by each learnt indicator's kind: sums; units
    answering yes; a rate from the summed counts it divides (in %, the female column for a
    rate "… nữ"); an average weighted by its base (QĐ 1454/QĐ-TLĐ, Mẫu 2-HĐCĐ)."""
    figures: dict[tuple[str, str | None], dict[str, float]] = {}
    for unit, stored in by_unit.items():
        for (position, v), value in stored.items():
            figures.setdefault(_key(names, position, v), {})[unit] = float(value)
    items = {i.name: i for i in draft.indicators}
    code_name = {i.code: i.name for i in draft.indicators}
    labels = draft.shape.columns or [None]
    truth: dict[tuple[str, str | None], float] = {}
    for (name, label), units in figures.items():
        item = items[name]
        if item.kind == "yesno":
            truth[(name, label)] = sum(1 for value in units.values() if value)
        elif item.kind == "rate":
            female = len(labels) > 1 and name.endswith(" nữ") and label == labels[0]
            base = figures.get((code_name[item.base_code], labels[-1] if female else label), {})
            parent = figures.get((code_name[item.parent_code], label), {})
            both = [u for u in parent if u in base]
            below = sum(base[u] for u in both)
            if below:
                truth[(name, label)] = 100 * sum(parent[u] for u in both) / below
        elif item.kind == "average":
            base = figures.get((code_name[item.base_code], label), {})
            pairs = [(value, base[u]) for u, value in units.items() if base.get(u)]
            weight = sum(b for _v, b in pairs)
            truth[(name, label)] = sum(v * b for v, b in pairs) / weight if weight else 0.0
        else:
            truth[(name, label)] = sum(units.values())
    return truth


@pytest.mark.parametrize("case", CORPUS, ids=lambda c: c.name)
def test_the_summary_of_every_real_form_equals_truth(case, db, tmp_path):
    """Three units' returns of each corpus form imported, then summed: every indicator's
    total in every column equals what the figures give — rates and averages recomputed,
    never summed; codes never totalled; no figure where no unit gave one."""
    from unionplanner.domain.summary.export import layout_summary
    from unionplanner.domain.summary.report import build_report, report_json

    draft = learn_form(write_template(case, tmp_path / f"{case.name}.xlsx"))
    form_id, names = _office(db, case, tmp_path)
    period, heading = PERIODS[case.name]
    by_unit = _imported_three(db, case, tmp_path / "returns", form_id, heading, period, 60,
                              blanks=0.05)
    with db.session() as session:
        report = build_report(session, form_id, period)
    summary = report_json(report)["indicators"]
    got = {}
    for item in summary:
        if item["columns"]:
            got.update({(item["indicator"], label): total
                        for label, total in item["columns"].items() if total is not None})
        elif item["total"] is not None:
            got[(item["indicator"], None)] = item["total"]
    truth = _truth(case, draft, names, by_unit)
    wrong = {k: (got.get(k), truth.get(k)) for k in set(got) | set(truth)
             if got.get(k) != pytest.approx(truth.get(k), rel=1e-3, abs=0.01)}
    assert not wrong, sorted(wrong.items(), key=str)[:10]
    assert not any("Mã số" in label for i in summary for label in i["columns"])
    # figures are printed in đồng: no header above them says "(1.000 đ)"
    document = layout_summary(report)
    tables = [part for part in [*document.body, *(p for a in document.appendices
                                                  for p in a.body)] if hasattr(part, "header")]
    headers = " ".join(cell for table in tables for row in table.header for cell in row)
    assert "1.000" not in headers and "triệu" not in headers
    if case.name == "accidents-nd39":
        assert "Chi phí tính bằng tiền (đồng)" in headers


def test_the_summary_of_a_many_column_form_is_laid_out_as_the_form(db, tmp_path):
    """The staff table's 21 value columns summed equal truth, and the report lays them out
    as the form does: in its column order, under its header tree (merged group cells), in
    a landscape appendix; the PDF and Word copies are written from that layout."""
    from pypdf import PdfReader

    from unionplanner.domain.summary.export import (
        layout_summary,
        write_summary_docx,
        write_summary_pdf,
    )
    from unionplanner.domain.summary.report import build_report, report_json

    case = STAFF
    form_id, names = _office(db, case, tmp_path)
    truth = _summed(names, _imported_three(db, case, tmp_path / "returns", form_id,
                                           "Tính đến ngày 31/12/2025", "2025", 40))
    with db.session() as session:
        report = build_report(session, form_id, "2025")
    got = {(i["indicator"], label): total for i in report_json(report)["indicators"]
           for label, total in i["columns"].items()}
    assert got == truth
    document = layout_summary(report)
    appendix = next(a for a in document.appendices if a.number == "III")
    assert appendix.landscape
    table = appendix.body[0]
    assert len(table.header) == 3  # Trình độ chuyên môn › Đại học › Tổng số
    leaves = [path[-1] for path in case.value_paths]
    assert table.header[0][:3] == ["TT", "Nội dung", "Tổng số"]  # no empty unit column
    bottom = [next(row[c] for row in reversed(table.header) if row[c])
              for c in range(2, 2 + len(leaves))]
    assert bottom == leaves  # the form's order, every leaf under its own groups
    top = table.header[0][2:2 + len(leaves)]
    assert [t for t in top if t] == ["Tổng số", "Trong đó", "Trình độ chuyên môn",
                                     "Lý luận chính trị", "Độ tuổi"]
    group = 2 + next(n for n, path in enumerate(case.value_paths)
                     if path[0] == "Trình độ chuyên môn")
    assert (group, 0, group + 9, 0) in table.spans  # five levels × Tổng số | Nữ
    total_row = next(row for row in table.rows if row[1] == "Tổng số")
    first = names["columns"][0]
    assert total_row[2] == f"{truth[('Tổng số', first)]:,}".replace(",", ".")
    pdf = write_summary_pdf(report, tmp_path / "s.pdf")
    if (keep := os.environ.get("UNIONPLANNER_KEEP_PDF")):  # to look at it
        shutil.copy(pdf, keep)
    last = PdfReader(pdf).pages[-1]
    assert last.mediabox.width > last.mediabox.height  # landscape
    assert "Trình độ chuyên môn" in last.extract_text()
    docx = write_summary_docx(report, tmp_path / "s.docx")
    import docx as python_docx

    word = python_docx.Document(str(docx)).tables[-1]
    cells = []  # a merged cell is one cell however many columns it covers
    for cell in word.rows[0].cells:
        if not cells or cell._tc is not cells[-1]._tc:
            cells.append(cell)
    assert [c.text for c in cells] == ["TT", "Nội dung", "Tổng số", "Trong đó",
                                       "Trình độ chuyên môn", "Lý luận chính trị", "Độ tuổi",
                                       "Số CĐCS báo cáo"]
    if keep:
        shutil.copy(docx, keep.replace(".pdf", ".docx"))


def test_the_figures_asked_above_the_table_are_read_where_units_write_them(db, tmp_path):
    """"- Số lao động : ………… Người" above the finance table: each unit writes its figure
    its own way — in place of the dots, among them, in the next cell —, "triệu đồng" is
    stored in đồng, a line left dotted is no figure, and the table's figures are as before."""
    case = FINANCE_B14
    form_id, names = _office(db, case, tmp_path)
    folder = tmp_path / "returns"
    folder.mkdir()
    writings = {  # unit → position of the line above the table → (how, figure written)
        "CD01": {0: ("gap", 125), 1: ("gap", 2), 2: ("gap", 118), 3: ("gap", "3.500")},
        "CD02": {0: ("dots", 64), 1: ("dots", 1), 2: ("cell", 60), 3: ("cell", 1250)},
        "CD03": {0: ("cell", 37), 3: ("dots", "980")},  # two lines left dotted
    }
    for code, unit in UNITS[:3]:
        filled = fill_return(case, random.Random(code), blanks=0)
        _return(case, unit, "Năm 2026", filled.typed, folder / f"{code}.xlsx",
                outside=writings[code])
    result = import_paths(db, [folder], form_id, "2026")
    problems = {p.analysis.name: [x.text() for x in p.analysis.all_problems()]
                for p in result.plans}
    assert all(p.status == "imported" for p in result.plans), problems
    with db.session() as session:
        stored = {(r["unit"], r["indicator"]): r["value"]
                  for r in list_values(session, "2026", form_id) if r["value"] is not None}
    labels = [label for label, _unit in case.outside]
    got = {(unit, label): stored.get((unit, label)) for unit in writings for label in labels}
    assert got == {
        ("CD01", "Số lao động"): 125, ("CD01", "Số CB chuyên trách CĐ"): 2,
        ("CD01", "Số đoàn viên"): 118, ("CD01", "Tổng quỹ tiền lương"): 3_500_000_000,
        ("CD02", "Số lao động"): 64, ("CD02", "Số CB chuyên trách CĐ"): 1,
        ("CD02", "Số đoàn viên"): 60, ("CD02", "Tổng quỹ tiền lương"): 1_250_000_000,
        ("CD03", "Số lao động"): 37, ("CD03", "Số CB chuyên trách CĐ"): None,
        ("CD03", "Số đoàn viên"): None, ("CD03", "Tổng quỹ tiền lương"): 980_000_000}
    assert ("CD01", "Thu kinh phí Công đoàn") in stored  # the table as before


def test_figures_as_at_a_date_are_a_period_of_their_own(db, tmp_path):
    """The staff table asked "Tính đến ngày ……/……/2026" (a count at a date the office sets):
    the form is learnt as filled for a day, the returns' "Tính đến ngày 15/10/2026" gives the
    period without being told, and a return counted to another day is refused."""
    from unionplanner.domain.report_forms.periods import parse_period

    case = dataclasses.replace(STAFF, title=[STAFF.title[0], "Tính đến ngày ……/……/2026"])
    form_id, names = _office(db, case, tmp_path)
    with db.session() as session:
        from unionplanner.domain.report_forms.service import get_form

        assert list(get_form(session, form_id).current.period_kinds) == ["day"]
    folder = tmp_path / "returns"
    folder.mkdir()
    expected = {}
    for code, unit in UNITS[:2]:
        filled = fill_return(case, random.Random(code), blanks=0)
        _return(case, unit, "Tính đến ngày 15/10/2026", filled.typed, folder / f"{code}.xlsx")
        expected.update({(code, *_key(names, p, v)): value
                         for (p, v), value in filled.stored.items()})
    _return(case, UNITS[2][1], "Tính đến ngày 30/9/2026", fill_return(case, random.Random(2)).typed,
            tmp_path / "late.xlsx")
    result = import_paths(db, [folder], form_id, None)
    assert result.period == "2026-10-15" and parse_period(result.period).text == \
        "tính đến ngày 15/10/2026"
    assert all(p.status == "imported" for p in result.plans)
    result = import_paths(db, [tmp_path / "late.xlsx"], form_id, "2026-10-15")
    [late] = result.plans
    assert late.status == "error" and "30/9/2026" in late.analysis.error
    with db.session() as session:
        stored = {(r["unit"], r["indicator"], r["column"]): r["value"]
                  for r in list_values(session, "2026-10-15", form_id) if r["value"] is not None}
    assert stored == expected


def _finance_of(year: int) -> FormCase:
    """Mẫu B14 as offices head it each year: "Ước thực hiện năm 2025 | Dự toán năm 2026"."""
    columns = [Col("Tt", role="order"), Col("Nội dung", role="label"),
               Col("Mã số", role="code"),
               Col(f"Ước thực hiện năm {year - 1}", aspect="estimate"),
               Col(f"Dự toán năm {year}", aspect="budget"),
               Col("Cấp trên duyệt", aspect="upper")]
    return dataclasses.replace(FINANCE_B14, columns=columns,
                               title=[*_undated(FINANCE_B14), f"Năm {year}"])


def test_the_years_in_the_column_headers_are_evidence_of_the_period(db, tmp_path):
    """A return that does not state its year in the title but heads its columns a year on
    ("Ước thực hiện năm 2026 | Dự toán năm 2027" against the 2026 template) is next year's
    report: refused for 2026, never stored there; imported for 2027 (the form reused the
    next year), every figure in its column."""
    form_id, names = _office(db, _finance_of(2026), tmp_path)
    filled = fill_return(FINANCE_B14, random.Random(9), blanks=0)
    for year in (2026, 2027):
        undated = dataclasses.replace(_finance_of(year), title=_undated(FINANCE_B14),
                                      above=[f"Công đoàn cơ sở: {UNITS[0][1]}"])
        write_template(undated, tmp_path / f"{year}.xlsx", values=filled.typed)
    result = import_paths(db, [tmp_path / "2027.xlsx"], form_id, "2026")
    [plan] = result.plans
    assert plan.status == "error" and "báo cáo năm 2027" in plan.analysis.error
    assert "\"Dự toán năm 2027\"" in plan.analysis.error  # the column that says so
    with db.session() as session:
        assert not list_values(session, "2026", form_id)
    for year in (2026, 2027):
        result = import_paths(db, [tmp_path / f"{year}.xlsx"], form_id, str(year))
        assert [p.status for p in result.plans] == ["imported"], year
        with db.session() as session:
            stored = {(r["indicator"], r["column"]): r["value"]
                      for r in list_values(session, str(year), form_id)
                      if r["value"] is not None}
        assert stored == {_key(names, p, v): value for (p, v), value in filled.stored.items()}


def test_a_row_in_triệu_đồng_is_stored_in_đồng_unless_the_return_says_otherwise(db, tmp_path):
    """The quarterly form counts "Số tiền thăm hỏi, hỗ trợ" in triệu đồng: 125 typed there
    is 125 000 000 đồng. A unit that writes the sum in đồng and says so in its row's unit
    cell ("đồng") keeps its figure as written: the return's own unit wins, as for a column."""
    from tests.domain.report_forms.corpus import PLAN_ACTUAL as case

    form_id, names = _office(db, case, tmp_path)
    row = next(p for p, line in enumerate(case.lines) if line.unit == "triệu đồng")
    typed = {(row, 1): 125, (row, 2): 300}  # "Thực hiện quý này", "Lũy kế từ đầu năm"
    _return(case, UNITS[0][1], "Quý III năm 2026", typed, tmp_path / "million.xlsx")
    in_dong = dataclasses.replace(case, lines=[
        dataclasses.replace(line, unit="đồng") if p == row else line
        for p, line in enumerate(case.lines)])
    _return(in_dong, UNITS[1][1], "Quý III năm 2026", {(row, 1): 125_500_000},
            tmp_path / "dong.xlsx")
    result = import_paths(db, [tmp_path / "million.xlsx", tmp_path / "dong.xlsx"], form_id,
                          "2026-Q3")
    assert [p.status for p in result.plans] == ["imported", "imported"]
    with db.session() as session:
        stored = {(r["unit"], r["indicator"], r["column"]): r["value"]
                  for r in list_values(session, "2026-Q3", form_id)}
    indicator, first = _key(names, row, 1)
    _indicator, second = _key(names, row, 2)
    assert stored[("CD01", indicator, first)] == 125_000_000
    assert stored[("CD01", indicator, second)] == 300_000_000
    assert stored[("CD02", indicator, first)] == 125_500_000
