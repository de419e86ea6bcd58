# UnionPlanner — `make run` starts the app, `make test` runs the whole suite headless.
SHELL := /bin/bash
PYTHON ?= $(shell .ci/find-python)
VENV := .venv
BIN := $(VENV)/bin
TS := $(wildcard resources/i18n/*.ts)
QM := $(TS:.ts=.qm)
UI_SOURCES = $(shell git ls-files -co --exclude-standard 'unionplanner/ui/*.py' 'unionplanner/app.py' 2>/dev/null || find unionplanner/ui unionplanner/app.py -name '*.py')

.PHONY: run test test-fast lint translations qm migration dist windows windows-test clean

run: $(VENV)/.run-installed qm
	$(BIN)/python .ci/check-qt-libs
	$(BIN)/unionplanner

test: lint qm
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest

# ruff (lint and import order), mypy (types), import-linter (the layers); no test run
lint: $(VENV)/.test-installed
	$(BIN)/ruff check unionplanner tests
	$(BIN)/mypy
	$(BIN)/lint-imports

# the domain suite only (no QApplication)
test-fast: $(VENV)/.test-installed qm
	$(BIN)/python -m pytest -m "not gui"

$(VENV)/bin/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(VENV)/.run-installed: pyproject.toml | $(VENV)/bin/python
	$(BIN)/python -m pip install --quiet -e .
	touch $@

$(VENV)/.test-installed: pyproject.toml | $(VENV)/bin/python
	$(BIN)/python -m pip install --quiet -e ".[test]"
	touch $@ $(VENV)/.run-installed

# compiled Qt catalogues, shipped with the app (pyside6-lrelease comes with PySide6-Essentials)
qm: $(QM)
resources/i18n/%.qm: resources/i18n/%.ts | $(VENV)/.run-installed
	$(BIN)/pyside6-lrelease -silent $< -qm $@

# refresh the catalogue from the sources after changing UI text, then translate the new
# entries (the test suite fails while any Vietnamese entry is unfinished)
translations: $(VENV)/.run-installed
	$(BIN)/pyside6-lupdate -no-obsolete $(UI_SOURCES) -ts resources/i18n/unionplanner_vi.ts -target-language vi

# a new Alembic revision from the models: make migration m="add plans"
# (then update HEAD_REVISION in unionplanner/domain/storage/migrate.py)
migration: $(VENV)/.run-installed
	rm -f $(VENV)/autogen.sqlite3
	printf '[alembic]\nscript_location = unionplanner/domain/storage/migrations\nsqlalchemy.url = sqlite:///$(VENV)/autogen.sqlite3\n' > $(VENV)/alembic.ini
	$(BIN)/alembic -c $(VENV)/alembic.ini upgrade head
	$(BIN)/alembic -c $(VENV)/alembic.ini revision --autogenerate -m "$(m)"

# the frozen app (PyInstaller onedir, build.spec), then a tarball and a .deb; prints sizes.
# The Windows installer is made from the same onedir by makensis (.ci/packaging/unionplanner.nsi).
VERSION = $(shell $(PYTHON) -c "import re,pathlib;print(re.search(r'__version__ = \"(.+?)\"',pathlib.Path('unionplanner/__init__.py').read_text()).group(1))")
dist: $(VENV)/.build-installed qm
	$(BIN)/python .ci/packaging/render_icon.py build
	$(BIN)/pyinstaller --noconfirm --clean --log-level WARN build.spec
	$(BIN)/python .ci/packaging/help_pdf.py dist/UnionPlanner
	@echo "onedir size: $$(du -sm dist/UnionPlanner | cut -f1) MB (budget 180 MB)"
	@test $$(du -sm dist/UnionPlanner | cut -f1) -lt 180 || { echo "dist/UnionPlanner is over the 180 MB budget" >&2; exit 1; }
	.ci/packaging/package-linux $(VERSION)

# the Windows program built on Linux under Wine (embeddable CPython from PyPI, Windows
# wheels, the same build.spec and NSIS script) into dist/windows/, then run as installed
# under Wine and compared with the Linux app (.ci/packaging/windows-build, windows-test)
windows: $(VENV)/.build-installed qm
	PYTHON=$(BIN)/python .ci/packaging/windows-build

windows-test: $(VENV)/.build-installed
	PYTHON=$(BIN)/python .ci/packaging/windows-test

# the user guide's pictures of the screens, from the demo year (after a change to a screen)
help-images: $(VENV)/.test-installed qm
	$(BIN)/python .ci/packaging/help_images.py resources/help/images

$(VENV)/.build-installed: pyproject.toml | $(VENV)/bin/python
	$(BIN)/python -m pip install --quiet -e ".[build]"
	touch $@ $(VENV)/.run-installed

clean:
	rm -rf build dist $(QM)
