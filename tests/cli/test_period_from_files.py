"""Issue 17, command line: `reports import` without --period takes the period the returns
state (refusing, with nothing written, when they disagree), and `reports values` without
--period lists every period."""

from __future__ import annotations

import json

from tests.cli.test_cli import run


def test_the_period_comes_from_the_returns(capsys, tmp_path, samples):
    mau1 = samples.parent / "samples-mau1"
    db = str(tmp_path / "mau1.db")
    assert run(capsys, "--db", db, "units", "import", str(mau1 / "units.xlsx"))[0] == 0
    code, out, _ = run(capsys, "--db", db, "--json", "forms", "import", str(mau1 / "form.xlsx"))
    form = str(json.loads(out)["id"])
    code, out, err = run(capsys, "--db", db, "--json", "reports", "import",
                         str(mau1 / "reports"), "--form", form)
    result = json.loads(out)
    assert code in (0, 3), err
    assert result["period"] == "2025-H1" and result["batch"]
    code, out, _ = run(capsys, "--db", db, "--json", "reports", "values")
    values = json.loads(out)
    assert values and {v["period"] for v in values} == {"2025-H1"}


def test_returns_that_disagree_are_refused_naming_who_says_what(capsys, tmp_path, samples):
    from unionplanner.domain.report_forms.generate import generate_forms
    from unionplanner.domain.storage.database import open_database

    db = str(tmp_path / "tcn.db")
    assert run(capsys, "--db", db, "units", "import", str(samples / "units.xlsx"))[0] == 0
    code, out, _ = run(capsys, "--db", db, "--json", "forms", "import", str(samples / "form.xlsx"))
    form = json.loads(out)["id"]
    folder = tmp_path / "returns"
    with open_database(db) as database, database.session() as session:
        may = generate_forms(session, form, "2023-05", folder / "5")
        june = generate_forms(session, form, "2023-06", folder / "6")
    code, _, err = run(capsys, "--db", db, "reports", "import", str(may[0]), str(may[1]),
                       str(june[0]), "--form", str(form))
    assert code == 1 and "khác nhau" in err
    assert "tháng 5/2023" in err and "tháng 6/2023" in err and june[0].name in err
    code, out, _ = run(capsys, "--db", db, "--json", "reports", "values")
    assert json.loads(out) == []
    code, out, _ = run(capsys, "--db", db, "--json", "reports", "import", str(folder / "6"),
                       "--form", str(form))
    assert code == 0 and json.loads(out)["period"] == "2023-06"


def test_arrival_days_on_the_command_line(capsys, tmp_path, samples):
    db = str(tmp_path / "arrive.db")
    assert run(capsys, "--db", db, "units", "import", str(samples / "units.xlsx"))[0] == 0
    code, out, _ = run(capsys, "--db", db, "--json", "forms", "import", str(samples / "form.xlsx"))
    form = str(json.loads(out)["id"])
    report = str(samples / "reports" / "Truong Mam non Phuoc Son - bieu so lieu.xlsx")
    code, out, _ = run(capsys, "--db", db, "--json", "reports", "import", report, "--form", form,
                       "--period", "2023-05", "--arrived", "05/06/2023")
    batch = json.loads(out)["batch"]
    from unionplanner.domain.received.register import register
    from unionplanner.domain.storage.database import open_database

    with open_database(db) as database, database.session() as session:
        assert [str(e.arrival) for e in register(session)] == ["2023-06-05"]
    code, out, _ = run(capsys, "--db", db, "reports", "arrived", str(batch), "12/06/2023")
    assert code == 0 and "12/06/2023 cho 1 tệp" in out
    with open_database(db) as database, database.session() as session:
        assert [str(e.arrival) for e in register(session)] == ["2023-06-12"]
    code, _, err = run(capsys, "--db", db, "reports", "arrived", str(batch), "mai")
    assert code == 1 and "không phải một ngày" in err
