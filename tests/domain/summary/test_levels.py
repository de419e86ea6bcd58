"""Levels: a province (or any body above) runs the same app with the offices below as its
units. Each office exports its period summary (`summary --xlsx`, with the exchange sheet and
its hidden marker); the body above imports those through the same import and rolls them up.
Tested with two offices' exports."""

from __future__ import annotations

import dataclasses
import json
import random

import pytest

from tests.helpers import fill_generated_form
from unionplanner.cli import main

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
    from unionplanner.domain.received.service import import_paths
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
