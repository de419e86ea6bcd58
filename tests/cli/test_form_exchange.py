"""A form definition sent from one office to another: ``forms export ID --out FORM.json`` then
``forms import FORM.json`` gives the same form (rows, totals, codes, columns by header path,
what a blank means), and returns then import alike; a file that is not such a definition is
refused with one Vietnamese sentence."""

from __future__ import annotations

import json

import pytest

from tests.domain.report_forms.corpus import FINANCE_B14, STAFF
from tests.forms import write_template
from unionplanner.cli import main


def _run(capsys, *argv: str):
    code = main(list(argv))
    captured = capsys.readouterr()
    return code, captured


@pytest.mark.parametrize("case", [FINANCE_B14, STAFF], ids=lambda c: c.name)
def test_an_exported_form_imports_as_the_same_form(case, tmp_path, capsys):
    first, second = str(tmp_path / "a.sqlite3"), str(tmp_path / "b.sqlite3")
    template = write_template(case, tmp_path / f"{case.name}.xlsx")
    code, out = _run(capsys, "--db", first, "--json", "forms", "import", str(template))
    assert code == 0
    learnt = json.loads(out.out)
    definition = tmp_path / "form.json"
    code, _out = _run(capsys, "--db", first, "forms", "export", str(learnt["id"]),
                      "--out", str(definition))
    assert code == 0 and json.loads(definition.read_text(encoding="utf-8"))["format"]
    code, out = _run(capsys, "--db", second, "--json", "forms", "import", str(definition))
    assert code == 0, out.err
    copied = json.loads(out.out)
    for key in ("name", "title", "columns", "period_kinds", "headings", "layout", "indicators"):
        assert copied[key] == learnt[key], key


@pytest.mark.parametrize("content", [
    "not json at all", "[]", json.dumps({"format": "other"}),
    json.dumps({"format": "unionplanner-form", "format_version": 1, "indicators": []}),
    json.dumps({"format": "unionplanner-form", "format_version": 1,
                "indicators": [{"name": 5}]}),
    json.dumps({"format": "unionplanner-form", "format_version": 1,
                "indicators": [{"name": "A", "kind": "bogus"}]}),
    json.dumps({"format": "unionplanner-form", "format_version": 1,
                "indicators": [{"name": "A"}], "layout": {"columns": [{"path": [1]}]}}),
    json.dumps({"format": "unionplanner-form", "format_version": 1,
                "indicators": [{"name": "A"}], "period_kinds": ["week"]}),
    json.dumps({"format": "unionplanner-form", "format_version": 9,
                "indicators": [{"name": "A"}]}),
    "[" * 100_000,
])
def test_a_file_that_is_not_a_definition_is_refused_in_one_sentence(content, tmp_path,
                                                                     capsys):
    path = tmp_path / "mau.json"
    path.write_text(content, encoding="utf-8")
    code, out = _run(capsys, "--db", str(tmp_path / "o.sqlite3"), "forms", "import", str(path))
    assert code == 1
    assert "mau.json" in out.err or "mẫu" in out.err
    assert "Traceback" not in out.err
    code, out = _run(capsys, "--db", str(tmp_path / "o.sqlite3"), "--json", "forms", "list")
    assert json.loads(out.out) == []
