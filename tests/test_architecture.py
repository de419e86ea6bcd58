"""Layering and start-up cost: the domain runs without Qt, heavy libraries load lazily, and
every package is listed for packaging."""

import subprocess
import sys
import tomllib

from tests.conftest import ROOT


def imported_after(code: str) -> set[str]:
    script = f"import sys\n{code}\nprint('\\n'.join(sorted(sys.modules)))"
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                            timeout=120, check=True)
    return set(result.stdout.split())


def test_domain_and_command_line_never_load_qt(tmp_path):
    db = tmp_path / "cli.sqlite3"
    modules = imported_after(
        "import unionplanner.cli, unionplanner.domain.units.excel, unionplanner.domain.units.service,"
        " unionplanner.domain.storage.database, unionplanner.domain.storage.backup, unionplanner.domain.demo,"
        " unionplanner.domain.office.service\n"
        "from unionplanner.cli import main\n"
        "import contextlib, io\n"
        "with contextlib.redirect_stdout(io.StringIO()): "
        f"main(['--db', {str(db)!r}, 'units', 'list'])")
    assert not {m for m in modules if m.startswith(("PySide6", "shiboken6"))}


def test_heavy_libraries_are_imported_lazily():
    heavy = ("openpyxl", "reportlab", "python_calamine", "docx", "alembic")
    modules = imported_after("import unionplanner.app, unionplanner.ui.shell.main_window")
    assert not {m for m in modules if m.split(".")[0] in heavy}


def test_every_package_is_listed_in_pyproject():
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    listed = set(config["tool"]["setuptools"]["packages"])
    found = {".".join(p.parent.relative_to(ROOT).parts)
             for p in (ROOT / "unionplanner").rglob("__init__.py")}
    assert found - listed == set(), "add these packages to [tool.setuptools] packages"
    assert "unionplanner.resources" in listed
