"""Levels: a province (or any body above) runs the same app with the offices below as its
units. Each office exports its period summary (`summary --xlsx`, with the exchange sheet and
its hidden marker); the body above imports those through the same import and rolls them up.
Tested with two offices' exports."""

from __future__ import annotations

import dataclasses
import json
import random

import pytest

from tests.conftest import SHARED
from tests.helpers import fill_generated_form
from unionplanner.cli import main
from unionplanner.core.text import fold

INDICATORS = (("Tổng số đoàn viên", "người", "stock"),
              ("Kết nạp đoàn viên mới", "người", "count"),
              ("Số cuộc tuyên truyền pháp luật", "cuộc", "count"),
              ("Tiền thăm hỏi đoàn viên", "đồng", "money"),
              ("Tổ chức Hội nghị người lao động", "có/không", "yesno"))


def office_export(tmp_path, capsys, name: str, seed: int):
    """An office with its own grassroots unions and reports for 2026-03; returns its
    summary workbook and its own totals (indicator → total)."""
    from unionplanner.domain.demo import DEMO_OFFICE, load_demo
    from unionplanner.domain.office.service import save_office
    from unionplanner.domain.received.session import import_paths
    from unionplanner.domain.report_forms.generate import generate_forms
    from unionplanner.domain.report_forms.service import IndicatorFields, create_form
    from unionplanner.domain.storage.database import open_database

    folder = tmp_path / f"office{seed}"
    db = open_database(str(folder / "office.sqlite3"))
    try:
        with db.transaction() as session:
            load_demo(session)
            save_office(session, dataclasses.replace(DEMO_OFFICE, name=name))
            form = create_form(session, "Báo cáo tháng", "BÁO CÁO HOẠT ĐỘNG",
                               [IndicatorFields(*i) for i in INDICATORS])
            form_id = form.id
            kinds = {i.code: i.kind for i in form.versions[-1].indicators}
        with db.transaction() as session:
            paths = generate_forms(session, form_id, "2026-03", folder / "forms")
        rng = random.Random(seed)
        for path in paths[:30]:
            fill_generated_form(path, rng, kinds)
        for path in paths[30:]:
            path.unlink()
        import_paths(db, [folder / "forms"], form_id, "2026-03")
        workbook = folder / f"Tong hop {name}.xlsx"
        assert main(["--db", db.url, "summary", "--form", str(form_id), "--period", "2026-03",
                     "--xlsx", str(workbook), "--json"]) == 0
        figures = json.loads(capsys.readouterr().out)
    finally:
        db.dispose()
    return workbook, {i["indicator"]: i["total"] for i in figures["indicators"]}


def test_a_province_rolls_up_two_offices_exports(tmp_path, capsys):
    from unionplanner.domain.storage.database import open_database
    from unionplanner.domain.units.service import UnitFields, add_unit

    first, first_totals = office_export(tmp_path, capsys, "CÔNG ĐOÀN XÃ HÒA AN", 1)
    second, second_totals = office_export(tmp_path, capsys, "CÔNG ĐOÀN PHƯỜNG BÌNH MINH", 2)
    assert first_totals != second_totals

    province = open_database(str(tmp_path / "province.sqlite3"))
    try:
        with province.transaction() as session:  # its units are the offices below it
            add_unit(session, UnitFields("X01", "Công đoàn xã Hòa An"))
            add_unit(session, UnitFields("P02", "Công đoàn phường Bình Minh"))
            add_unit(session, UnitFields("X03", "Công đoàn xã Tân Lập"))  # has not sent
        url = province.url
    finally:
        province.dispose()
    # the province learns its form from an office's summary (the exchange sheet)
    assert main(["--db", url, "--json", "forms", "import", str(first),
                 "--name", "Tổng hợp tháng"]) == 0
    form = json.loads(capsys.readouterr().out)
    assert len(form["indicators"]) == len(INDICATORS)
    assert main(["--db", url, "--json", "reports", "import", str(first), str(second),
                 "--form", str(form["id"]), "--period", "2026-03"]) == 0
    result = json.loads(capsys.readouterr().out)
    assert sorted((f["status"], tuple(f["units"])) for f in result["files"]) == [
        ("imported", ("P02",)), ("imported", ("X01",))], result
    assert main(["--db", url, "--json", "summary", "--form", str(form["id"]), "--period",
                 "2026-03"]) == 0
    rolled = json.loads(capsys.readouterr().out)
    totals = {i["indicator"]: i["total"] for i in rolled["indicators"]}
    for name, _unit, _kind in INDICATORS:
        assert totals[name] == pytest.approx(first_totals[name] + second_totals[name]), name
    assert rolled["completeness"]["missing"] == ["X03"]


MAU1 = SHARED / "samples-mau1"


def mau1_office_export(tmp_path, capsys, name: str, reports: list) -> tuple:
    """An office of the samples-mau1 units that received ``reports`` (Mẫu 1-HĐCĐ returns
    for 2025-H1); returns its summary workbook and its summary JSON."""
    from unionplanner.domain.office.service import OfficeDetails, save_office
    from unionplanner.domain.storage.database import open_database

    folder = tmp_path / fold(name).replace(" ", "_")
    folder.mkdir()  # on the PostgreSQL run the database is not a file here
    db = open_database(str(folder / "office.sqlite3"))
    try:
        with db.transaction() as session:
            save_office(session, OfficeDetails(name=name, parent_body="LĐLĐ TỈNH THỬ NGHIỆM",
                                               place="Thử"))
        url = db.url
    finally:
        db.dispose()
    assert main(["--db", url, "units", "import", str(MAU1 / "units.xlsx")]) == 0
    capsys.readouterr()
    assert main(["--db", url, "--json", "forms", "import", str(MAU1 / "form.xlsx")]) == 0
    form = json.loads(capsys.readouterr().out)
    main(["--db", url, "--json", "reports", "import", *map(str, reports), "--form",
          str(form["id"]), "--period", "2025-H1"])  # some may wait for a unit to be chosen
    capsys.readouterr()
    workbook = folder / f"Mau 2 {name}.xlsx"
    assert main(["--db", url, "summary", "--form", str(form["id"]), "--period", "2025-H1",
                 "--xlsx", str(workbook), "--json"]) == 0
    summary = json.loads(capsys.readouterr().out)
    bases = {i["code"]: i["base_code"] for i in form["indicators"]}
    for line in summary["indicators"]:
        line["base_code"] = bases[line["code"]]
    return workbook, summary


def test_a_province_rolls_up_two_offices_mau2_by_column(tmp_path, capsys):
    """Two offices' Mẫu 2-HĐCĐ sheets (Tổng số | Nữ under the form's sections) imported by
    the body above: every column adds up, the average wage is weighed again by its base."""
    from unionplanner.domain.storage.database import open_database
    from unionplanner.domain.units.service import UnitFields, add_unit

    if not MAU1.is_dir():
        pytest.skip(f"shared samples not found at {MAU1}")
    files = sorted((MAU1 / "reports").iterdir())
    first, one = mau1_office_export(tmp_path, capsys, "CÔNG ĐOÀN XÃ HÒA AN", files[::2])
    second, two = mau1_office_export(tmp_path, capsys, "CÔNG ĐOÀN PHƯỜNG BÌNH MINH",
                                     files[1::2])
    province = open_database(str(tmp_path / "province.sqlite3"))
    try:
        with province.transaction() as session:
            add_unit(session, UnitFields("X01", "Công đoàn xã Hòa An"))
            add_unit(session, UnitFields("P02", "Công đoàn phường Bình Minh"))
        url = province.url
    finally:
        province.dispose()
    assert main(["--db", url, "--json", "forms", "import", str(first),
                 "--name", "Mẫu 2-HĐCĐ"]) == 0
    form = json.loads(capsys.readouterr().out)
    assert form["columns"] == ["Tổng số", "Nữ"]
    # the office's lines and the rate Mẫu 2 adds under "Số lao động thiếu việc làm"
    rates = [i for i in form["indicators"] if i["kind"] == "rate"]
    assert [i["name"] for i in rates] == ["Tỷ lệ so với tổng số lao động"]
    assert len(form["indicators"]) == len(one["indicators"]) + 1
    assert main(["--db", url, "--json", "reports", "import", str(first), str(second),
                 "--form", str(form["id"]), "--period", "2025-H1"]) == 0
    result = json.loads(capsys.readouterr().out)
    assert sorted(tuple(f["units"]) for f in result["files"]) == [("P02",), ("X01",)], result
    assert main(["--db", url, "--json", "summary", "--form", str(form["id"]), "--period",
                 "2025-H1"]) == 0
    rolled = json.loads(capsys.readouterr().out)["indicators"]
    rate = next(i for i in rolled if i["kind"] == "rate")
    rolled = [i for i in rolled if i["kind"] != "rate"]
    assert len(rolled) == len(one["indicators"])

    def both(name, column):
        return sum(next(i["columns"][column] for i in s["indicators"] if i["indicator"] == name)
                   for s in (one, two))
    for column in ("Tổng số", "Nữ"):  # computed from the summed counts, not summed
        assert rate["columns"][column] == pytest.approx(
            100 * both("Số lao động thiếu việc làm", column)
            / both("Tổng số lao động", column), abs=0.01)
    for mine, a, b in zip(rolled, one["indicators"], two["indicators"]):
        assert mine["indicator"] == a["indicator"] == b["indicator"]
        if a["kind"] == "average":
            base_a, base_b = (next(i["total"] for i in s["indicators"]
                                   if i["code"] == a["base_code"]) for s in (one, two))
            weighed = (a["total"] * base_a + b["total"] * base_b) / (base_a + base_b)
            assert mine["total"] == pytest.approx(weighed, rel=1e-6), a["indicator"]
            continue
        assert mine["total"] == pytest.approx(a["total"] + b["total"]), a["indicator"]
        given = [s["columns"]["Nữ"] for s in (a, b) if s["columns"].get("Nữ") is not None]
        if given:
            assert mine["columns"]["Nữ"] == pytest.approx(sum(given)), a["indicator"]
        elif "Nữ" in mine["columns"]:  # no office gave one: none rolled up either, not 0
            assert mine["columns"]["Nữ"] is None, a["indicator"]


def test_x_only_where_the_form_says_a_column_does_not_apply():
    """"x" comes from the form (the blank Mẫu 1 has x in the Nữ cell of the wage), not from
    no unit having given a figure: an applying column nobody filled has no figure — printed
    blank, never 0 and never "x"."""
    from unionplanner.domain.summary.aggregate import NOT_APPLICABLE, IndicatorTotal
    from unionplanner.domain.summary.report import column_text

    labels = ["Tổng số", "Nữ"]
    wage = IndicatorTotal("CT03", "Tiền lương bình quân", "đồng", "average", 3, total=9_000_000,
                          columns={"Tổng số": 9_000_000}, applies=[0],
                          per_unit={"U1": 9_000_000})
    unfilled = IndicatorTotal("CT02", "Số lao động thiếu việc làm", "người", "count", 2,
                              total=5, columns={"Tổng số": 5, "Nữ": None}, per_unit={"U1": 5})
    assert wage.column_total(labels, "Nữ") == NOT_APPLICABLE
    assert wage.column_total(labels, "Tổng số") == 9_000_000
    assert unfilled.column_total(labels, "Nữ") is None
    assert [column_text(i, labels, "Nữ") for i in (wage, unfilled)] == ["x", ""]
    assert column_text(wage, labels, "Tổng số") == "9.000.000"
