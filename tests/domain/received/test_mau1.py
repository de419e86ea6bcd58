"""The union's statistics form Mẫu 1-HĐCĐ end to end (../shared/samples-mau1, half-year
2025-H1): the blank form learnt, 42 returns in every layout offices send (Tổng số | Nữ, the
columns swapped, Kỳ trước | Kỳ này, "- Trong đó: nữ" rows, one column, a units-down cluster
sheet with Tổng số | Nữ pairs, legacy fonts, a revision) imported through the command line,
and every figure checked against truth.json in its column; the parent body named in the
header is never taken for the unit."""

from __future__ import annotations

import json

import pytest

from tests.conftest import SHARED
from unionplanner.cli import main

MAU1 = SHARED / "samples-mau1"


def run(capsys, *argv: str) -> tuple[int, object]:
    code = main(list(argv))
    out = capsys.readouterr().out
    return code, (json.loads(out) if "--json" in argv and out.strip() else out)


@pytest.fixture(scope="module")
def truth():
    if not MAU1.is_dir():
        pytest.skip(f"shared samples not found at {MAU1}")
    return json.loads((MAU1 / "truth.json").read_text(encoding="utf-8"))


@pytest.fixture
def imported(tmp_path, truth, capsys):
    """(db, form id, the import's JSON) after importing every return for 2025-H1."""
    db = str(tmp_path / "office.sqlite3")
    assert run(capsys, "--db", db, "units", "import", str(MAU1 / "units.xlsx"))[0] == 0
    code, form = run(capsys, "--db", db, "--json", "forms", "import", str(MAU1 / "form.xlsx"),
                     "--name", "Mẫu 1-HĐCĐ")
    assert code == 0 and form["columns"] == truth["columns"]
    code, result = run(capsys, "--db", db, "--json", "reports", "import",
                       str(MAU1 / "reports"), "--form", str(form["id"]),
                       "--period", truth["period"])
    assert code == 0
    return db, form, result


def _expected(truth) -> tuple[dict, dict]:
    """(unit, indicator code) → figure in the Tổng số and in the Nữ column, the revision
    applied after the return it replaces."""
    main_figures: dict[tuple[str, str], object] = {}
    female: dict[tuple[str, str], object] = {}
    files = sorted(truth["files"].values(),
                   key=lambda info: "revision" in (info.get("quirks") or []))
    for info in files:
        for unit, values in (info.get("units") or {}).items():
            main_figures.update(((unit, code), value) for code, value in values.items())
        for unit, values in (info.get("female") or {}).items():
            female.update(((unit, code), value) for code, value in values.items())
    return main_figures, female


def test_every_figure_is_stored_in_its_column(imported, truth, capsys):
    db, form, result = imported
    by_file = {item["file"]: item for item in result["files"]}
    assert set(by_file) == set(truth["files"])
    for name, info in truth["files"].items():
        item = by_file[name]
        if info["kind"] == "broken":
            assert item["status"] == "error" and item["errors"], name
            continue
        assert item["status"] in ("imported", "replaced"), (name, item["errors"])
        units = sorted(info.get("units") or {})
        assert sorted(item["units"]) == units, name  # the right unit, never the parent body
    code_of = {i["name"]: t["code"] for i, t in zip(form["indicators"], truth["indicators"])}
    code, records = run(capsys, "--db", db, "--json", "reports", "values",
                        "--period", truth["period"], "--form", str(form["id"]))
    assert code == 0
    stored = {(r["unit"], code_of[r["indicator"]], r["column"]): r["value"] for r in records}
    main_figures, female = _expected(truth)
    assert len(main_figures) == 1080 and len(female) == 504
    assert {(u, c): v for (u, c, col), v in stored.items() if col == "Tổng số"} == main_figures
    assert {(u, c): v for (u, c, col), v in stored.items() if col == "Nữ"} == female
    assert {col for (_u, _c, col) in stored} == {"Tổng số", "Nữ"}


def test_the_units_that_have_not_reported(imported, truth, capsys):
    db, form, _result = imported
    code, missing = run(capsys, "--db", db, "--json", "reports", "missing",
                        "--period", truth["period"], "--form", str(form["id"]))
    assert code == 0
    assert sorted(u["code"] for u in missing) == sorted(truth["units_not_reporting"])
