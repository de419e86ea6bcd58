"""Any real form end to end: the template of each form of the corpus (tests/domain/
report_forms/corpus.py) learnt as an office sends it, returns filled by units with their
habits (the unit named above the table, the period in the heading, blank cells, money in
thousands of đồng), imported, and every figure found where the form says — in the base
unit, blanks stored as no figure, totals computed from their rows rather than taken."""

from __future__ import annotations

import dataclasses
import random

import pytest

from tests.domain.report_forms.corpus import CORPUS
from tests.forms import FormCase, fill_return, write_template
from unionplanner.domain.received.register import list_values
from unionplanner.domain.received.session import import_paths
from unionplanner.domain.report_forms.learn import learn_form
from unionplanner.domain.report_forms.service import create_form
from unionplanner.domain.units.service import UnitFields, add_unit

UNITS = [("CD01", "Công đoàn Công ty TNHH Minh Long"), ("CD02", "Công đoàn Trường THCS Hòa Bình"),
         ("CD03", "Công đoàn Bệnh viện Đa khoa Tân An"), ("CD04", "Công đoàn Công ty CP Sông Đà 9")]
#: each case's period, as its returns state it in the heading
PERIODS = {"finance-b14": ("2026", "Năm 2026"), "mau1-split": ("2025", "NĂM : 2025"),
           "staff-stats": ("2025", "Năm 2025")}


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
    lines = {p: item.name for p, item in zip(rows, draft.indicators)}
    paths = [path for path, leaf in case.leaves if leaf.role == "value"]
    kept = [tuple(c["path"]) for c in draft.shape.layout["columns"]]
    labels = draft.shape.columns or [None]
    columns = {v: labels[kept.index(path)] for v, path in enumerate(paths) if path in kept}
    return {"lines": lines, "columns": columns}


def _return(case: FormCase, unit: str, heading: str, typed, path) -> None:
    """A unit's return: the form with the unit's name above it and the period stated."""
    title = [t for t in case.title if not t.lower().startswith(("năm", "tính đến", "(số"))]
    filled = dataclasses.replace(case, above=[f"Công đoàn cơ sở: {unit}"],
                                 title=[*title, heading])
    write_template(filled, path, values=typed)


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
            expected[(code, names["lines"][position], names["columns"][v])] = value
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
