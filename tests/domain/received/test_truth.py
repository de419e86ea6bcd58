"""The whole import over the district's real files (../shared/samples), checked against
truth.json: every value stored exactly, every broken file refused with a clear message and
nothing stored, the revision replacing its unit's earlier report, the cluster sheet whose
total row holds formulas without results imported without that row, and the "chưa nộp" list.
Driven through the command line, as the office's scripts would."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from tests.conftest import POSTGRES
from unionplanner.cli import main
from unionplanner.domain.received.models import SubmissionStatus


def run(capsys, *argv: str) -> tuple[int, object]:
    code = main(list(argv))
    out = capsys.readouterr().out
    return code, (json.loads(out) if "--json" in argv and out.strip() else out)


@pytest.fixture
def truth(samples):
    return json.loads((samples / "truth.json").read_text(encoding="utf-8"))


def received(tmp_path: Path) -> Path:
    """Where the originals go: beside the SQLite file, or the data folder on a server."""
    return (tmp_path / "data" if POSTGRES else tmp_path) / "received"


@pytest.fixture
def loaded(tmp_path, samples, capsys):
    """A database with the sample unit list and form; returns (db path, form id)."""
    db = str(tmp_path / "office.sqlite3")
    assert run(capsys, "--db", db, "units", "import", str(samples / "units.xlsx"))[0] == 0
    code, form = run(capsys, "--db", db, "--json", "forms", "import",
                     str(samples / "form.xlsx"), "--name", "Tháng Công nhân 2023")
    assert code == 0
    return db, form["id"]


def _values_by_unit(records, indicator_names):
    found: dict[str, dict[str, object]] = {}
    for record in records:
        found.setdefault(record["unit"], {})[indicator_names[record["indicator"]]] = record["value"]
    return found


def test_sample_reports_import_exactly_as_truth_says(loaded, samples, truth, capsys, tmp_path):
    db, form_id = loaded
    code, result = run(capsys, "--db", db, "--json", "reports", "import",
                       str(samples / "reports"), "--form", str(form_id), "--period", "2023-05")
    assert code == 0
    by_file = {item["file"]: item for item in result["files"]}
    assert set(by_file) == set(truth["files"])

    # broken files: an error (or a skip, for the Office lock file) that says what is wrong
    for name, info in truth["files"].items():
        if info["kind"] != "broken":
            continue
        item = by_file[name]
        assert item["values"] == 0 and item["units"] == [], name
        if name.startswith("~$"):
            assert item["status"] == "skipped"
            assert "khóa" in item["warnings"][0]
        else:
            assert item["status"] == "error", name
            assert item["errors"] and len(item["errors"][0]) > 40, name
    assert "hỏng" in by_file["BC TCN 2023 - loi tai ve.xlsx"]["errors"][0]
    assert "trống" in by_file["Book1.xlsx"]["errors"][0]
    assert "MB" in by_file["BC TCN 2023 - nen.xlsx"]["errors"][0]
    assert "CSV" in " ".join(by_file["bao cao (file csv doi ten).xlsx"]["errors"]
                             + by_file["bao cao (file csv doi ten).xlsx"]["warnings"])

    # the revision replaced its unit's earlier report in the same batch
    revision = next(n for n, i in truth["files"].items() if "revision" in (i.get("quirks") or []))
    assert by_file[revision]["status"] == "replaced"

    # the cluster sheet with unstored formulas: unit rows in, total row out (and said so)
    cluster9 = next(n for n, i in truth["files"].items()
                    if "formulas_without_cached_values" in (i.get("quirks") or []))
    item = by_file[cluster9]
    assert item["status"] == "imported" and not item["errors"]
    assert sorted(item["units"]) == sorted(truth["files"][cluster9]["units"])
    assert any("tổng cộng" in w for w in item["warnings"])

    # every value in truth.json is stored exactly (current values after the revision)
    code, records = run(capsys, "--db", db, "--json", "reports", "values", "--period",
                        "2023-05", "--form", str(form_id))
    names = {ind["name"]: ind["code"] for ind in truth["indicators"]}
    stored = _values_by_unit(records, names)
    expected: dict[str, dict[str, object]] = {}
    for info in truth["files"].values():
        if "revision" in (info.get("quirks") or []):
            continue
        for unit, values in (info.get("units") or {}).items():
            expected[unit] = values
    for info in truth["files"].values():
        if "revision" in (info.get("quirks") or []):
            expected.update(info["units"])
    mismatches = []
    for unit, values in expected.items():
        for indicator, value in values.items():
            got = stored.get(unit, {}).get(indicator)
            if got != value or (value is not None and type(got) is not type(value)):
                mismatches.append((unit, indicator, value, got))
    assert mismatches == []
    assert set(stored) == set(expected)

    # the "chưa nộp" list
    code, missing = run(capsys, "--db", db, "--json", "reports", "missing", "--period",
                        "2023-05", "--form", str(form_id))
    assert [u["code"] for u in missing] == sorted(truth["units_not_reporting"])

    # the originals are kept in the register, one copy per distinct file
    kept = list((received(tmp_path) / "2023-05").iterdir())
    assert len(kept) == sum(1 for i in result["files"] if i["status"] in ("imported", "replaced"))


def test_a_later_revision_replaces_and_undo_brings_the_first_back(loaded, samples, truth,
                                                                  capsys, tmp_path):
    db, form_id = loaded
    revision = next(n for n, i in truth["files"].items() if "revision" in (i.get("quirks") or []))
    unit = truth["files"][revision]["replaces_unit_report_of"]
    original = next(n for n, i in truth["files"].items()
                    if i["kind"] == "unit_report" and unit in (i.get("units") or {})
                    and n != revision)
    first = run(capsys, "--db", db, "--json", "reports", "import",
                str(samples / "reports" / original), "--form", str(form_id),
                "--period", "2023-05")[1]
    assert first["files"][0]["status"] == "imported"
    second = run(capsys, "--db", db, "--json", "reports", "import",
                 str(samples / "reports" / revision), "--form", str(form_id), "--period",
                 "2023-05")[1]
    assert second["files"][0]["status"] == "replaced"
    names = {ind["name"]: ind["code"] for ind in truth["indicators"]}

    def current():
        records = run(capsys, "--db", db, "--json", "reports", "values", "--period", "2023-05")[1]
        return _values_by_unit(records, names)[unit]

    assert current() == truth["files"][revision]["units"][unit]
    # the same file again is a duplicate, and nothing changes
    again = run(capsys, "--db", db, "--json", "reports", "import",
                str(samples / "reports" / revision), "--form", str(form_id), "--period",
                "2023-05")[1]
    assert again["files"][0]["status"] == "duplicate" and again["batch"] is None
    # undoing the revision brings the first report back
    code, undone = run(capsys, "--db", db, "--json", "reports", "undo", str(second["batch"]))
    assert code == 0 and undone["restored"] == 1
    assert current() == truth["files"][original]["units"][unit]
    # and it cannot be undone twice
    assert run(capsys, "--db", db, "reports", "undo", str(second["batch"]))[0] == 1


def test_dry_run_writes_nothing(loaded, samples, capsys, tmp_path):
    db, form_id = loaded
    target = tmp_path / "in"
    target.mkdir()
    for name in ("Cong ty CP Thuy san Dieu Tri - bieu so lieu.xlsx", "Book1.xlsx"):
        shutil.copy(samples / "reports" / name, target / name)
    code, result = run(capsys, "--db", db, "--json", "reports", "import", str(target),
                       "--form", str(form_id), "--period", "2023-05", "--dry-run")
    assert code == 0 and result["batch"] is None
    assert {i["status"] for i in result["files"]} == {"imported", "error"}
    assert run(capsys, "--db", db, "--json", "reports", "values", "--period", "2023-05")[1] == []
    assert not (received(tmp_path) / "2023-05").exists()


def test_bad_period_and_unknown_form_are_clear_errors(loaded, samples, capsys):
    db, form_id = loaded
    code = main(["--db", db, "reports", "import", str(samples / "reports" / "Book1.xlsx"),
                 "--form", str(form_id), "--period", "5/2023"])
    assert code == 1 and "NĂM-THÁNG" in capsys.readouterr().err
    code = main(["--db", db, "reports", "missing", "--form", "99", "--period", "2023-05"])
    assert code == 1 and "mẫu báo cáo số 99" in capsys.readouterr().err


def _pair(truth):
    """(the original report of a unit, its later revision, the unit's code)."""
    revision = next(n for n, i in truth["files"].items() if "revision" in (i.get("quirks") or []))
    unit = truth["files"][revision]["replaces_unit_report_of"]
    original = next(n for n, i in truth["files"].items()
                    if i["kind"] == "unit_report" and unit in (i.get("units") or {})
                    and n != revision)
    return original, revision, unit


def _current_submissions(db, unit_code):
    from sqlalchemy import func, select

    from unionplanner.domain.received.models import Submission
    from unionplanner.domain.units.models import Unit

    with db.session() as session:
        return session.scalar(select(func.count()).select_from(Submission).join(Unit).where(
            Unit.code == unit_code, Submission.status == SubmissionStatus.CURRENT))


def test_a_preview_overtaken_by_another_import_writes_nothing(loaded, samples, truth):
    """User A previews the original while user B imports the revision of the same unit: A's
    commit is refused with a message, B's report stays the only current one."""
    from unionplanner.domain.received.import_lock import ImportedMeanwhile
    from unionplanner.domain.received.service import received_dir
    from unionplanner.domain.received.session import ImportSession, import_paths
    from unionplanner.domain.storage.database import open_database

    db_path, form_id = loaded
    original, revision, unit = _pair(truth)
    db = open_database(db_path)
    colleague = open_database(db_path)
    try:
        preview = ImportSession([samples / "reports" / original])
        preview.read()
        with db.session() as session:
            preview.choose_period(session, form_id, "2023-05")
        assert preview.plans[0].status == "imported"
        import_paths(colleague, [samples / "reports" / revision], form_id, "2023-05")
        with pytest.raises(ImportedMeanwhile, match="người khác"):
            with db.transaction() as session:
                preview.commit(session, received_dir(db))
        assert _current_submissions(db, unit) == 1
        assert len(list((received_dir(db) / "2023-05").iterdir())) == 1  # B's copy only
    finally:
        db.dispose()
        colleague.dispose()


def test_two_imports_at_the_same_moment_take_turns(loaded, samples, truth):
    """Two people import reports of the same unit at once: one waits for the other, so the
    unit ends with one current report (never two counted twice)."""
    import threading

    from unionplanner.domain.received.session import import_paths
    from unionplanner.domain.storage.database import open_database

    db_path, form_id = loaded
    original, revision, unit = _pair(truth)
    results, errors = [], []

    def person(name):
        db = open_database(db_path)
        try:
            results.append(import_paths(db, [samples / "reports" / name], form_id, "2023-05"))
        except Exception as exc:  # a lock timeout would be a (clear) error, not a double
            errors.append(exc)
        finally:
            db.dispose()

    threads = [threading.Thread(target=person, args=(n,)) for n in (original, revision)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)
    assert not errors, errors
    assert sorted(r.plans[0].status for r in results) == ["imported", "replaced"]
    with open_database(db_path) as db:
        assert _current_submissions(db, unit) == 1


def test_a_file_with_a_long_name_is_kept_under_a_name_every_system_accepts(loaded, samples,
                                                                           capsys, tmp_path):
    """A 250-byte name (legal on the disk it came from) used to fail the whole batch once the
    kept copy's prefix was added; CR/LF stayed in kept names. Now the copy's name is cut to
    the one rule for kept copies (paths.kept_name) and the report imports."""
    from unionplanner.core.paths import KEPT_NAME_BYTES

    db, form_id = loaded
    target = tmp_path / "in"
    target.mkdir()
    long_name = ("Báo cáo Tháng Công nhân của Công ty CP Thủy sản Diêu Trì " * 4)[:78] + ".xlsx"
    assert len(long_name.encode("utf-8")) > 100
    long_name = long_name[:-5] + " bổ sung lần hai theo yêu cầu\r\n.xlsx"
    while len(long_name.encode("utf-8")) < 240:
        long_name = "Bản cuối " + long_name
    shutil.copy(samples / "reports" / "Cong ty CP Thuy san Dieu Tri - bieu so lieu.xlsx",
                target / long_name)
    code, result = run(capsys, "--db", db, "--json", "reports", "import", str(target),
                       "--form", str(form_id), "--period", "2023-05")
    assert code == 0 and result["files"][0]["status"] == "imported", result
    kept = list((received(tmp_path) / "2023-05").iterdir())
    assert len(kept) == 1 and kept[0].suffix == ".xlsx"
    assert len(kept[0].name.encode("utf-8")) <= KEPT_NAME_BYTES and "\n" not in kept[0].name


@pytest.mark.parametrize("huge", ["99999999999999999999999 đồng", 1e19])
def test_a_number_beyond_any_plausible_figure_is_a_cell_error_in_both_runs(loaded, samples,
                                                                          capsys, tmp_path, huge):
    """One cell "99999999999999999999999 đồng" (or 1e19) used to stop the whole batch with a
    traceback (OverflowError on SQLite, DataError on PostgreSQL) while --dry-run said the
    file would import. Now it is that cell's error, named by its address, and the dry run
    and the real run say the same of every file."""
    import openpyxl

    db, form_id = loaded
    target = tmp_path / "in"
    target.mkdir()
    name = "Cong ty CP Thuy san Dieu Tri - bieu so lieu.xlsx"
    book = openpyxl.load_workbook(samples / "reports" / name)
    sheet = book.active
    cell = next(c for row in sheet.iter_rows() for c in row if isinstance(c.value, (int, float))
                and c.column > 2 and c.value > 1000)
    cell.value = huge
    book.save(target / name)
    shutil.copy(samples / "reports" / "Truong Mam non Phuoc Son - bieu so lieu.xlsx", target)
    args = ["--db", db, "--json", "reports", "import", str(target), "--form", str(form_id),
            "--period", "2023-05"]
    _code, dry = run(capsys, *args, "--dry-run")
    code, real = run(capsys, *args)
    assert code == 0 and real["batch"] is not None  # the rest of the batch is imported
    assert [(f["file"], f["status"]) for f in dry["files"]] == [
        (f["file"], f["status"]) for f in real["files"]]
    text = json.dumps(real, ensure_ascii=False)
    assert cell.coordinate in text and "lớn quá mức" in text
    values = run(capsys, "--db", db, "--json", "reports", "values", "--period", "2023-05")[1]
    assert values and max(v["value"] or 0 for v in values) < 10**15


def test_formulas_taking_numbers_from_other_programs_or_workbooks_are_not_imported(
        loaded, samples, capsys, tmp_path):
    """Issue 15 item 7: a DDE formula (=cmd|' /C calc'!A0) and a link to another workbook on
    a server had their cached results imported silently. Each is now that cell's error, the
    other values of the file go in."""
    import re
    import zipfile

    import openpyxl

    db, form_id = loaded
    target = tmp_path / "in"
    target.mkdir()
    name = "Truong Mam non Phuoc Son - bieu so lieu.xlsx"
    book = openpyxl.load_workbook(samples / "reports" / name)
    sheet = book.active
    numbers = [c for row in sheet.iter_rows() for c in row
               if isinstance(c.value, (int, float)) and c.column > 2 and c.value > 1]
    dde, linked = numbers[0], numbers[1]
    dde.value = "=cmd|' /C calc'!A0"
    linked.value = "='\\\\server\\share\\[tong hop.xlsx]Sheet1'!B5"
    book.save(target / name)
    # openpyxl writes no cached result: give the cells one, as Excel would have
    with zipfile.ZipFile(target / name) as src:
        parts = {i.filename: src.read(i) for i in src.infolist()}
    sheet_xml = next(k for k in parts if k.startswith("xl/worksheets/sheet"))
    data = parts[sheet_xml].decode()
    for cell in (dde, linked):
        data = data.replace(f'<c r="{cell.coordinate}"',
                            f'<c r="{cell.coordinate}" data-x="1"', 1)
    data = re.sub(r'(<c r="[A-Z]+\d+" data-x="1"[^>]*>)(<f>[^<]*</f>)(<v>[^<]*</v>)?',
                  r"\1\2<v>777</v>", data).replace(' data-x="1"', "")
    parts[sheet_xml] = data.encode()
    with zipfile.ZipFile(target / name, "w", zipfile.ZIP_DEFLATED) as out:
        for part, content in parts.items():
            out.writestr(part, content)
    code, result = run(capsys, "--db", db, "--json", "reports", "import", str(target),
                       "--form", str(form_id), "--period", "2023-05")
    assert code == 0 and result["files"][0]["status"] == "imported", result
    text = json.dumps(result, ensure_ascii=False)
    assert dde.coordinate in text and linked.coordinate in text and "tệp khác" in text
    values = run(capsys, "--db", db, "--json", "reports", "values", "--period", "2023-05")[1]
    assert values and all(v["value"] != 777 for v in values)
