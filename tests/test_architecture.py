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
        "import unionplanner.cli, unionplanner.domain.units.excel,"
        " unionplanner.domain.units.service, unionplanner.domain.storage.database,"
        " unionplanner.domain.storage.backup, unionplanner.domain.demo,"
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


def _import_graph():
    import grimp

    # imports under `if TYPE_CHECKING:` are for type hints only, never run
    return grimp.build_graph("unionplanner", exclude_type_checking_imports=True)


def test_no_import_cycles():
    """Tarjan's strongly connected components over the modules' own imports (function-level
    imports included): a cycle means two modules that can only be understood together."""
    graph = _import_graph()
    modules = sorted(graph.modules)
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    cycles: list[list[str]] = []

    def visit(module: str) -> None:
        index[module] = low[module] = len(index)
        stack.append(module)
        on_stack.add(module)
        for other in sorted(graph.find_modules_directly_imported_by(module)):
            if other not in graph.modules:
                continue
            if other not in index:
                visit(other)
                low[module] = min(low[module], low[other])
            elif other in on_stack:
                low[module] = min(low[module], index[other])
        if low[module] == index[module]:
            component = []
            while True:
                other = stack.pop()
                on_stack.discard(other)
                component.append(other)
                if other == module:
                    break
            if len(component) > 1:
                cycles.append(sorted(component))

    for module in modules:
        if module not in index:
            visit(module)
    assert cycles == []


def test_every_package_has_a_test_folder_of_the_same_path():
    """unionplanner/domain/plans → tests/domain/plans, with at least one test module in it
    or below it. Alembic's revisions are history, tested through tests/domain/storage/
    migrations."""
    missing = []
    for init in sorted((ROOT / "unionplanner").rglob("__init__.py")):
        relative = init.parent.relative_to(ROOT / "unionplanner")
        if relative.parts[-1:] == ("versions",):
            continue
        folder = ROOT / "tests" / relative
        if not any(folder.rglob("test_*.py")):
            missing.append(str(relative) or ".")
    assert missing == []


def test_modules_and_functions_stay_small():
    """No module over 500 lines and no function over 80 (split by concept). Alembic revisions
    are generated history and left as they were written."""
    import ast

    too_long = []
    for path in sorted((ROOT / "unionplanner").rglob("*.py")):
        if "versions" in path.parts:
            continue
        source = path.read_text(encoding="utf-8")
        name = str(path.relative_to(ROOT))
        if source.count("\n") > 500:
            too_long.append(f"{name}: {source.count(chr(10))} lines")
        for node in ast.walk(ast.parse(source)):
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
                length = node.end_lineno - node.lineno + 1
                if length > 80:
                    too_long.append(f"{name}:{node.lineno} {node.name}() {length} lines")
    assert too_long == []
