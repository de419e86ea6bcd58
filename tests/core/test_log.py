"""One log in the data folder for the window and the command line: what it records."""

from __future__ import annotations

import json
import logging

import pytest

from tests.cli.test_cli import run
from unionplanner.core import log
from unionplanner.domain.received.service import expand_paths


@pytest.fixture
def log_text(data_dir):
    yield lambda: (data_dir / "logs" / "unionplanner.log").read_text(encoding="utf-8")
    for handler in list(log.log.handlers):  # the next test sets up its own
        if isinstance(handler, logging.FileHandler):
            log.log.removeHandler(handler)
            handler.close()


def test_the_command_line_logs_its_imports_and_the_errors_it_showed(capsys, tmp_path, samples,
                                                                    log_text):
    db = str(tmp_path / "office.db")
    run(capsys, "--db", db, "units", "import", str(samples / "units.xlsx"))
    code, out, _ = run(capsys, "--db", db, "forms", "import", str(samples / "form.xlsx"),
                       "--json")
    assert code == 0
    form = str(json.loads(out)["id"])
    run(capsys, "--db", db, "reports", "import", str(samples / "reports"), "--form", form,
        "--period", "2023-05")
    code, _, err = run(capsys, "--db", db, "units", "import", str(tmp_path / "none.xlsx"))
    assert code == 1
    text = log_text()
    assert "command: reports import" in text and "command: units import" in text
    read = len(expand_paths([samples / "reports"]))
    assert f"read {read} of {read} file(s) for an import" in text
    assert f"import of form {form} for 2023-05: batch 1" in text
    assert "shown to the user (command line): Không tìm thấy tệp" in text
    assert str(samples) not in text.split("command:")[1].splitlines()[0]  # no paths there


def test_a_log_file_that_cannot_be_written_is_no_failure(tmp_path):
    blocked = tmp_path / "file"
    blocked.write_text("")
    assert log.setup_logging(blocked / "unionplanner.log") is None


def test_library_warnings_go_to_the_log_not_the_terminal(capsys, tmp_path, log_text):
    """Issue 29: pypdf's English warnings ("incorrect startxref pointer") reached stderr
    before the "Lỗi:" line or the result; they belong in the log."""
    import subprocess
    import sys

    from unionplanner.domain.documents.pdf import write_pdf
    from unionplanner.domain.plans.builder import OfficeInfo
    from unionplanner.domain.plans.export import layout_plan
    from unionplanner.domain.plans.templates import build

    office = OfficeInfo(name="Công đoàn xã Hòa An", parent_body="LĐLĐ tỉnh An Bình",
                        place="Hòa An", symbol="CĐX")
    pdf = write_pdf(layout_plan(build("thang-cong-nhan", 2026, office)), tmp_path / "kh.pdf")
    data = pdf.read_bytes()
    at = data.rindex(b"startxref") + len(b"startxref\n")
    pdf.write_bytes(data[:at] + b"12" + data[at:])  # a wrong pointer pypdf recovers from
    done = subprocess.run([sys.executable, "-m", "unionplanner", "--db",
                           str(tmp_path / "x.sqlite3"), "plans", "import-doc", str(pdf)],
                          capture_output=True, text=True, timeout=120,
                          env={**__import__("os").environ, "QT_QPA_PLATFORM": "offscreen"})
    assert done.returncode == 0, done.stderr
    assert "startxref" not in done.stderr and "pypdf" not in done.stderr
    assert "WARNING pypdf" in log_text()
