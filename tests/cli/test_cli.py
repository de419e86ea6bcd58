"""The command line, driven in-process through cli.main and as a real subprocess."""

import json
import subprocess
import sys

import pytest

from unionplanner import __version__
from unionplanner.cli import main


def run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_units_import_then_list_gives_the_88_units(capsys, tmp_path, units_xlsx):
    db = str(tmp_path / "test.db")
    code, out, _ = run(capsys, "--db", db, "units", "import", str(units_xlsx))
    assert code == 0 and "thêm 88" in out
    code, out, _ = run(capsys, "--db", db, "units", "list", "--json")
    units = json.loads(out)
    assert code == 0 and len(units) == 88
    assert units[0] == {"code": "SA001", "name": "Công đoàn cơ sở Phòng Giáo dục và Đào tạo",
                        "sector": "hcsn", "sector_label": "Hành chính, sự nghiệp",
                        "members": 38, "workers": 46, "active": True, "active_from": None,
                        "active_to": None, "end_reason": None, "phone": "",
                        "email": "", "zalo": ""}
    assert {u["code"] for u in units} == {f"SA{i:03d}" for i in range(1, 89)}
    assert sum(u["members"] for u in units) == 9223
    code, out, _ = run(capsys, "units", "list", "--sector", "fdi", "--json", "--db", db)
    assert [u["code"] for u in json.loads(out)] == ["SA081", "SA082", "SA083"]


def test_bad_input_gets_a_vietnamese_message_and_nonzero_exit(capsys, tmp_path):
    db = str(tmp_path / "test.db")
    code, _, err = run(capsys, "--db", db, "units", "import", str(tmp_path / "none.xlsx"))
    assert code == 1 and "Không tìm thấy tệp" in err
    code, out, err = run(capsys, "--db", db, "--json", "units", "list", "--sector", "abc")
    assert code == 1 and "Không có khu vực" in json.loads(out)["error"]


def test_duplicate_codes_write_nothing(capsys, tmp_path):
    from tests.helpers import unit_list

    path = unit_list(tmp_path / "dup.xlsx", [["A1", "Một", "HCSN", 1, 1],
                                             ["A1", "Hai", "HCSN", 2, 2]])
    db = str(tmp_path / "test.db")
    code, _, err = run(capsys, "--db", db, "units", "import", str(path))
    assert code == 1 and "trùng" in err
    code, out, _ = run(capsys, "--db", db, "units", "list", "--json")
    assert json.loads(out) == []


@pytest.mark.sqlite_only
def test_backup_and_restore_commands(capsys, tmp_path):
    db = str(tmp_path / "test.db")
    assert run(capsys, "--db", db, "demo")[0] == 0
    code, out, _ = run(capsys, "--db", db, "backup", "--to", str(tmp_path / "copy.sqlite3"),
                       "--json")
    assert code == 0 and json.loads(out)["backup"].endswith("copy.sqlite3")
    code, out, _ = run(capsys, "--db", str(tmp_path / "fresh.db"), "restore",
                       str(tmp_path / "copy.sqlite3"))
    assert code == 0 and "Đã khôi phục" in out
    code, out, _ = run(capsys, "--db", str(tmp_path / "fresh.db"), "units", "list", "--json")
    assert len(json.loads(out)) == 40
    code, _, err = run(capsys, "--db", db, "demo")
    assert code == 1 and "đã có dữ liệu" in err


def test_version_and_help_as_a_real_process():
    result = subprocess.run([sys.executable, "-m", "unionplanner", "--version"],
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 0 and result.stdout.strip() == f"UnionPlanner {__version__}"
    result = subprocess.run([sys.executable, "-m", "unionplanner", "units"],
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 2


def test_self_test_passes(tmp_path):
    import os

    home = tmp_path / "home"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", UNIONPLANNER_DATA_DIR=str(tmp_path),
               HOME=str(home), XDG_CONFIG_HOME=str(home / ".config"))
    result = subprocess.run([sys.executable, "-m", "unionplanner", "self-test", "--json"],
                            capture_output=True, text=True, timeout=120, env=env)
    report = json.loads(result.stdout)
    assert result.returncode == 0, report
    assert report["ok"] and "bản dịch" in report["reason"]
    assert "kế hoạch PDF" in report["reason"] and "Excel" in report["reason"]
    # the user's own settings are not touched (on Windows: the registry), only a temp INI
    assert not (home / ".config").exists() or not any((home / ".config").rglob("*"))


def test_building_the_command_line_loads_no_database_layer():
    """Every command (and the frozen app's start) pays for what the parser imports: the
    ORM, Qt and the document writers load only inside the command that needs them."""
    code = ("import sys; from unionplanner.cli import build_parser; build_parser(); "
            "print(sorted(m for m in sys.modules if m.split('.')[0] in "
            "('sqlalchemy', 'PySide6', 'reportlab', 'openpyxl', 'docx', 'alembic')))")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            timeout=60, check=True)
    assert result.stdout.strip() == "[]"


def test_the_self_test_keeps_its_settings_in_a_temporary_ini_file(tmp_path):
    """On Windows the native settings are the user's registry: the self-test (which opens the
    main window, and so saves its size) must use a temporary INI file instead."""
    import os

    code = ("from unionplanner.ui.startup import selftest; selftest._checks(); "
            "from PySide6.QtCore import QSettings; s = QSettings(); "
            "print(s.format() == QSettings.Format.IniFormat, s.fileName())")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", UNIONPLANNER_DATA_DIR=str(tmp_path))
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            timeout=120, env=env, check=True)
    ini, name = result.stdout.split()[-2:]
    assert ini == "True" and "unionplanner-selftest-" in name, result.stdout


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX modes")
def test_the_data_folder_backups_and_received_reports_are_private(tmp_path, samples):
    """Issue 15 item 10: on a shared Linux PC the data folder, backups and received
    originals were world-readable (755/644). A fresh start makes them the user's alone, and a
    folder made before (0755) is tightened."""
    import os
    import stat

    data = tmp_path / "office data"
    data.mkdir()
    data.chmod(0o755)
    env = dict(os.environ, UNIONPLANNER_DATA_DIR=str(data), QT_QPA_PLATFORM="offscreen")

    def cli(*args):
        subprocess.run([sys.executable, "-m", "unionplanner", *args], env=env, check=True,
                       capture_output=True, timeout=120, preexec_fn=lambda: os.umask(0o022))

    cli("units", "import", str(samples / "units.xlsx"))
    cli("forms", "import", str(samples / "form.xlsx"))
    cli("reports", "import", str(samples / "reports" / "Truong Mam non Phuoc Son - bieu so "
                                                          "lieu.xlsx"),
        "--form", "1", "--period", "2023-05")
    cli("backup")
    exports = tmp_path / "Documents"
    exports.mkdir()
    cli("summary", "--form", "1", "--period", "2023-05", "--pdf", str(exports / "bc.pdf"),
        "--xlsx", str(exports / "bc.xlsx"))

    def mode(path):
        return stat.S_IMODE(path.stat().st_mode)

    assert mode(data) == 0o700
    assert mode(data / "unionplanner.sqlite3") == 0o600
    assert mode(data / "backups") == 0o700
    assert all(mode(p) == 0o600 for p in (data / "backups").iterdir())
    kept = [p for p in (data / "received").rglob("*") if p.is_file()]
    assert kept and all(mode(p) == 0o600 for p in kept)
    assert all(mode(p) == 0o700 for p in (data / "received").rglob("*") if p.is_dir())
    # what the user saves to share keeps the user's own umask (022 here), not the data's 077
    assert mode(exports / "bc.pdf") == 0o644 and mode(exports / "bc.xlsx") == 0o644


def test_demo_and_demo_remove_commands(capsys, tmp_path, samples):
    """Issue 17: `demo` loads the full demo year; `demo --remove` removes it and nothing
    else."""
    db = str(tmp_path / "demo.db")
    code, out, _ = run(capsys, "--db", db, "--json", "demo")
    assert code == 0 and json.loads(out)["plans"] == 2 and json.loads(out)["reports"] > 60
    assert run(capsys, "--db", db, "forms", "import", str(samples / "form.xlsx"))[0] == 0
    code, out, _ = run(capsys, "--db", db, "demo", "--remove")
    assert code == 0 and "Đã xóa dữ liệu mẫu: 40 đơn vị, 2 kế hoạch" in out
    code, out, _ = run(capsys, "--db", db, "units", "list", "--json")
    assert json.loads(out) == []
    code, out, _ = run(capsys, "--db", db, "forms", "list", "--json")
    assert [f["name"] for f in json.loads(out)] == ["form"]
    code, _, err = run(capsys, "--db", db, "demo", "--remove")
    assert code == 1 and "Không có dữ liệu mẫu" in err


def test_an_import_whose_every_file_is_refused_fails(capsys, tmp_path, samples):
    """Issue 29: `reports import` exited 0 when the only file given was refused; a script
    (or the scheduler) took it for done. Exit 1 then; a batch with one good file is 0."""
    db = str(tmp_path / "test.db")
    assert run(capsys, "--db", db, "units", "import", str(samples / "units.xlsx"))[0] == 0
    assert run(capsys, "--db", db, "forms", "import", str(samples / "form.xlsx"))[0] == 0
    broken = tmp_path / "bao cao hong.xlsx"
    broken.write_bytes(b"PK\x03\x04 not a workbook")
    code, out, _ = run(capsys, "--db", db, "reports", "import", str(broken), "--form", "1",
                       "--period", "2023-05")
    assert code == 1 and "[LỖI] bao cao hong.xlsx" in out
    good = samples / "reports" / "Truong Mam non Phuoc Son - bieu so lieu.xlsx"
    code, out, _ = run(capsys, "--db", db, "reports", "import", str(broken), str(good),
                       "--form", "1", "--period", "2023-05")
    assert code == 0 and "[ĐÃ NHẬP]" in out


@pytest.mark.skipif(sys.platform == "win32", reason="RLIMIT_FSIZE stands in for a full disk")
@pytest.mark.parametrize("kind", ["xlsx", "docx"])
def test_exports_onto_a_full_disk_say_so_without_a_traceback(tmp_path, kind):
    """Issue 29: Excel and Word exports onto a full disk printed "Exception ignored in
    ZipFile.__del__" and a traceback after the message (the library's archive left open).
    A file-size limit (RLIMIT_FSIZE: what a full disk looks like to a writer) in a forked
    writer stands in; its stderr is kept and read."""
    import os
    import resource
    import signal

    from unionplanner.cli.output import write_outputs
    from unionplanner.core.errors import UserError
    from unionplanner.domain.documents.excel import write_tables
    from unionplanner.domain.documents.word import write_docx
    from unionplanner.domain.plans.builder import OfficeInfo
    from unionplanner.domain.plans.export import layout_plan
    from unionplanner.domain.plans.templates import build

    office = OfficeInfo(name="Công đoàn xã Hòa An", parent_body="LĐLĐ tỉnh An Bình",
                        place="Hòa An", symbol="CĐX")
    plan = layout_plan(build("thang-cong-nhan", 2026, office))
    rows = [[f"Chỉ tiêu {n}", n * 1000] for n in range(2000)]
    writers = {"xlsx": lambda _doc, path: write_tables(path, "Thử", {"Bảng": (
        ["Chỉ tiêu", "Số lượng"], rows, [30, 12])}), "docx": write_docx}
    target = tmp_path / f"bao cao.{kind}"
    errors = tmp_path / "stderr.txt"
    pid = os.fork()
    if pid == 0:  # the writer, on a "full disk"
        code = 2
        try:
            with errors.open("w") as sink:
                os.dup2(sink.fileno(), 2)
            sys.stderr = open(2, "w", closefd=False)  # noqa: SIM115 - pytest captured it
            signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # the write fails with EFBIG
            resource.setrlimit(resource.RLIMIT_FSIZE, (8_000, 8_000))
            try:
                write_outputs(plan, [(str(target), writers[kind])])
            except UserError as exc:
                print(exc.message, file=sys.stderr)
                code = 1
            import gc

            gc.collect()  # where an archive left open printed its "Exception ignored"
        except BaseException:  # noqa: BLE001 - shown by the assertion below
            import traceback

            traceback.print_exc()
        finally:
            sys.stderr.flush()
            os._exit(code)
    _, status = os.waitpid(pid, 0)
    said = errors.read_text()
    assert os.WEXITSTATUS(status) == 1, said
    assert "Exception ignored" not in said and "Traceback" not in said, said
    assert f"\"bao cao.{kind}\"" in said
    assert not target.exists() and not list(tmp_path.glob(".bao cao*"))


def test_the_help_and_argument_errors_are_vietnamese(capsys):
    """Issue 27 item 7: `unionplanner --help` and a mistyped command kept argparse's English
    ("usage:", "options", "show this help message and exit", "invalid choice")."""
    with pytest.raises(SystemExit) as done:
        main(["--help"])
    shown = capsys.readouterr().out
    assert done.value.code == 0
    assert shown.startswith("cách dùng: unionplanner") and "tùy chọn:" in shown
    assert "in hướng dẫn này rồi thoát" in shown and "in số phiên bản rồi thoát" in shown
    assert not any(word in shown for word in ("usage:", "options:", "show this help"))
    with pytest.raises(SystemExit) as wrong:
        main(["units", "lisst"])
    said = capsys.readouterr().err
    assert wrong.value.code == 2
    assert "lỗi: tham số LỆNH: không có lựa chọn 'lisst' (chọn một trong: 'import', 'list')" \
        in said and "invalid choice" not in said
