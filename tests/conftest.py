"""Shared fixtures. Every test gets its own data folder (UNIONPLANNER_DATA_DIR in tmp_path)
and its own QSettings folder, so no test touches the real profile."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("UNIONPLANNER_SHARED", ROOT.parent / "shared"))
SAMPLES = SHARED / "samples"


@pytest.fixture(autouse=True)
def data_dir(tmp_path, monkeypatch) -> Path:
    folder = tmp_path / "data"
    folder.mkdir()
    monkeypatch.setenv("UNIONPLANNER_DATA_DIR", str(folder))
    return folder


@pytest.fixture
def samples() -> Path:
    if not SAMPLES.is_dir():
        pytest.skip(f"shared samples not found at {SAMPLES}")
    return SAMPLES


@pytest.fixture(scope="session")
def samples_dir() -> Path:
    """../shared/samples for module-scoped fixtures (``samples`` is per test)."""
    if not SAMPLES.is_dir():
        pytest.skip(f"shared samples not found at {SAMPLES}")
    return SAMPLES


@pytest.fixture(scope="session")
def seeds_dir() -> Path:
    """The real plans of ../shared/seeds (.txt and .docx)."""
    seeds = SHARED / "seeds"
    if not seeds.is_dir():
        pytest.skip(f"shared seeds not found at {seeds}")
    return seeds


@pytest.fixture
def units_xlsx(samples) -> Path:
    return samples / "units.xlsx"


@pytest.fixture
def db(data_dir):
    from unionplanner.storage.database import open_database

    database = open_database(str(data_dir / "test.sqlite3"))
    yield database
    database.dispose()


@pytest.fixture
def qsettings(tmp_path):
    from PySide6.QtCore import QCoreApplication, QSettings

    QCoreApplication.setOrganizationName("UnionPlannerTests")
    QCoreApplication.setApplicationName("UnionPlannerTests")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope,
                      str(tmp_path / "qsettings"))
    return tmp_path / "qsettings"


def pytest_collection_modifyitems(config, items):
    for item in items:
        if "tests/ui/" in item.nodeid or "qapp" in getattr(item, "fixturenames", ()):
            item.add_marker(pytest.mark.gui)
