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


def test_two_returns_of_one_unit_wait_side_by_side_until_one_is_confirmed(tmp_path, truth,
                                                                          capsys):
    """Two files with different figures for one unit (neither marked "bổ sung") are never
    applied one over the other: both wait, the exit status is 3 and the JSON names the
    candidate; confirming one imports it and leaves the other waiting."""
    import shutil

    import openpyxl

    name = "BC 6 thang 2025 - Cong ty CP Cap nuoc Song Han.xlsx"
    unit = next(iter(truth["files"][name]["units"]))
    folder = tmp_path / "in"
    folder.mkdir()
    shutil.copyfile(MAU1 / "reports" / name, folder / name)
    other = folder / "Cong ty Cap nuoc Song Han.xlsx"
    book = openpyxl.load_workbook(MAU1 / "reports" / name)
    sheet = book.active
    row = next(r for r in sheet.iter_rows() if r[1].value == "Tổng số lao động")
    row[3].value = (row[3].value or 0) + 5
    book.save(other)
    db = str(tmp_path / "office.sqlite3")
    run(capsys, "--db", db, "units", "import", str(MAU1 / "units.xlsx"))
    _code, form = run(capsys, "--db", db, "--json", "forms", "import",
                      str(MAU1 / "form.xlsx"))
    base = ["--db", db, "--json", "reports", "import", str(folder), "--form", str(form["id"]),
            "--period", "2025-H1"]
    code, result = run(capsys, *base)
    assert code == 3 and sorted(result["waiting"]) == sorted([name, other.name])
    assert result["batch"] is None  # nothing was written
    item = result["files"][0]
    assert item["needs_confirmation"] and item["candidates"][0]["code"] == unit
    # issue 27 item 7: the reason is the window's too — no command-line flag in it; the
    # command line adds its own line with the flag to type
    assert item["warnings"] and not any("--confirm-unit" in w for w in item["warnings"])
    text = main(base[:2] + base[3:] + ["--dry-run"])
    printed = capsys.readouterr().out
    assert text == 3 and f"xác nhận bằng: --confirm-unit \"{item['file']}={unit}\"" in printed
    code, result = run(capsys, *base, "--confirm-unit", f"{other.name}={unit}")
    by_file = {f["file"]: f for f in result["files"]}
    assert code == 3 and by_file[other.name]["status"] == "imported"
    assert by_file[name]["status"] == "waiting"
    code, values = run(capsys, "--db", db, "--json", "reports", "values", "--period", "2025-H1")
    total = next(v["value"] for v in values if v["indicator"] == "Tổng số lao động"
                 and v["column"] == "Tổng số")
    assert total == truth["files"][name]["units"][unit]["LD_TONG"] + 5
    code = main([*base, "--confirm-unit", f"{name}=KHONG_CO"])
    assert code == 1 and "KHONG_CO" in capsys.readouterr().err


def test_the_summary_adds_up_every_column_and_weighs_the_average_wage(imported, truth, capsys):
    db, form, _result = imported
    code, report = run(capsys, "--db", db, "--json", "summary", "--form", str(form["id"]),
                       "--period", truth["period"])
    assert code == 0
    main_figures, female = _expected(truth)
    by_code = {t["code"]: i for i, t in zip(report["indicators"], truth["indicators"])}
    average = truth["weighted_averages"][0]
    for expected in truth["indicators"]:
        code_, item = expected["code"], by_code[expected["code"]]
        if code_ == average["indicator"]:
            assert item["total"] == pytest.approx(average["office_value"])
            assert item["columns"]["Tổng số"] == pytest.approx(average["office_value"])
            continue
        mains = [v for (_unit, c), v in main_figures.items() if c == code_]
        assert item["columns"]["Tổng số"] == sum(int(v) for v in mains), code_
        females = [v for (_unit, c), v in female.items() if c == code_]
        # no unit gave a female figure: none, not 0
        assert item["columns"].get("Nữ") == (sum(females) if females else None), code_
    wage = by_code[average["indicator"]]
    mean_of_means = sum(v for (_u, c), v in main_figures.items() if c == average["indicator"]) \
        / len([1 for (_u, c) in main_figures if c == average["indicator"]])
    assert wage["total"] != pytest.approx(mean_of_means)  # never a mean of the averages


def test_the_printed_summary_shows_both_columns_under_the_form_s_sections(imported, truth,
                                                                          capsys, tmp_path):
    """The summary PDF, Word and Excel of a Mẫu 1 form: "Tổng số | Nữ" side by side, the
    sections as bold rows, the weighted wage; the PDF's text is checked, and turned into
    images by the developer (pdftoppm) to look at."""
    import openpyxl
    from pypdf import PdfReader

    db, form, _result = imported
    pdf, xlsx, docx = tmp_path / "th.pdf", tmp_path / "th.xlsx", tmp_path / "th.docx"
    code, _report = run(capsys, "--db", db, "--json", "summary", "--form", str(form["id"]),
                        "--period", truth["period"], "--pdf", str(pdf), "--xlsx", str(xlsx),
                        "--docx", str(docx))
    assert code == 0 and docx.stat().st_size > 0
    text = " ".join(" ".join(page.extract_text().split()) for page in PdfReader(pdf).pages)
    assert "6 tháng đầu năm 2025" in text
    assert "Tổng số" in text and "Nữ" in text and "TÌNH HÌNH LAO ĐỘNG" in text
    assert "9.595.568" in text  # the wage weighted by its base
    sheet = openpyxl.load_workbook(xlsx)["Tổng hợp"]
    header = next(r for r in sheet.iter_rows(values_only=True) if r and r[0] == "STT")
    assert list(header[:5]) == ["STT", "Nội dung", "Đơn vị tính", "Tổng số", "Nữ"]


def test_a_return_of_another_half_year_is_refused_and_says_so(tmp_path, truth, capsys):
    """Importing the 2025-H1 returns as 2024-H1: each is refused, saying which half-year it
    is for (a figure stored under another period is worse than a refused file)."""
    db = str(tmp_path / "office.sqlite3")
    run(capsys, "--db", db, "units", "import", str(MAU1 / "units.xlsx"))
    _code, form = run(capsys, "--db", db, "--json", "forms", "import", str(MAU1 / "form.xlsx"))
    name = "BC 6 thang 2025 - Cong ty CP Cap nuoc Song Han.xlsx"
    _code, result = run(capsys, "--db", db, "--json", "reports", "import",
                        str(MAU1 / "reports" / name), "--form", str(form["id"]),
                        "--period", "2024-H1", "--dry-run")
    [item] = result["files"]
    assert item["status"] == "error"
    assert any("6 tháng đầu năm 2025" in w and "6 tháng đầu năm 2024" in w
               for w in item["errors"])


def _two_period_return(path, unit_name: str, indicators: list[dict]) -> None:
    """A return with the figures of two half-years side by side: a merged "Số liệu đến …"
    heading over "Tổng số | Nữ" for each; 2024's figures are 1000 + n, 2025's 2000 + n
    (their Nữ halves 100 + n and 200 + n)."""
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.append(["BÁO CÁO HOẠT ĐỘNG CÔNG ĐOÀN CƠ SỞ"])
    sheet.append([f"Đơn vị báo cáo : {unit_name}"])
    sheet.append(["STT", "Chỉ tiêu", "ĐVT", "Số liệu đến 31/5/2024", None,
                  "Số liệu đến 31/5/2025", None])
    sheet.merge_cells("D3:E3")
    sheet.merge_cells("F3:G3")
    sheet.append([None, None, None, "Tổng số", "Nữ", "Tổng số", "Nữ"])
    for n, item in enumerate(indicators, 1):
        both = item["columns"] is None
        sheet.append([item["number"], item["name"], item["unit_of_measure"], 1000 + n,
                      100 + n if both else "x", 2000 + n, 200 + n if both else "x"])
    book.save(path)


@pytest.mark.parametrize("period, main, female", [("2025-H1", 2000, 200),
                                                  ("2024-H1", 1000, 100)])
def test_the_columns_of_the_chosen_period_are_read(tmp_path, truth, capsys, period, main,
                                                   female):
    """"Số liệu đến 31/5/2024 | Số liệu đến 31/5/2025" over Tổng số | Nữ pairs: only the
    chosen half-year's pair is read, whichever side of the sheet it is on."""
    db = str(tmp_path / "office.sqlite3")
    run(capsys, "--db", db, "units", "import", str(MAU1 / "units.xlsx"))
    _code, form = run(capsys, "--db", db, "--json", "forms", "import", str(MAU1 / "form.xlsx"))
    _code, units = run(capsys, "--db", db, "--json", "units", "list")
    unit = units[0]
    indicators = [i for i in form["indicators"] if i["kind"] != "average"][:8]
    path = tmp_path / "bao cao hai ky.xlsx"
    _two_period_return(path, unit["name"], indicators)
    code, result = run(capsys, "--db", db, "--json", "reports", "import", str(path),
                       "--form", str(form["id"]), "--period", period)
    assert code == 0, result
    _code, values = run(capsys, "--db", db, "--json", "reports", "values", "--period", period,
                        "--form", str(form["id"]))
    stored = {(v["indicator"], v["column"]): v["value"] for v in values
              if v["unit"] == unit["code"] and v["value"] is not None}
    for n, item in enumerate(indicators, 1):
        assert stored[(item["name"], "Tổng số")] == main + n
        if item["columns"] is None:
            assert stored[(item["name"], "Nữ")] == female + n
        else:
            assert (item["name"], "Nữ") not in stored


def test_columns_of_other_periods_only_are_said_so(tmp_path, truth, capsys):
    """Both period columns name other half-years than the one imported: a warning asks the
    clerk to check the columns taken."""
    db = str(tmp_path / "office.sqlite3")
    run(capsys, "--db", db, "units", "import", str(MAU1 / "units.xlsx"))
    _code, form = run(capsys, "--db", db, "--json", "forms", "import", str(MAU1 / "form.xlsx"))
    _code, units = run(capsys, "--db", db, "--json", "units", "list")
    path = tmp_path / "bao cao hai ky.xlsx"
    indicators = [i for i in form["indicators"] if i["kind"] != "average"][:8]
    _two_period_return(path, units[0]["name"], indicators)
    _code, result = run(capsys, "--db", db, "--json", "reports", "import", str(path),
                        "--form", str(form["id"]), "--period", "2023-H1", "--dry-run")
    [item] = result["files"]
    assert any("Các cột số liệu của tệp ghi kỳ khác với kỳ 6 tháng đầu năm 2023" in w
               for w in item["warnings"])
