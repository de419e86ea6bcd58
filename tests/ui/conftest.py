"""GUI fixtures: the Vietnamese catalogue installed, dialogs that record instead of block."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox


@pytest.fixture(autouse=True)
def vietnamese(qapp, qsettings):
    from unionplanner.ui.shell.application import install_guards
    from unionplanner.ui.shell.i18n import install_translators

    assert install_translators(qapp, "vi")
    install_guards(qapp)  # as create_application does for the real window
    yield


@pytest.fixture
def messages(monkeypatch):
    """Every QMessageBox shown is recorded as (kind, text) and answered Yes/Ok."""
    shown: list[tuple[str, str]] = []

    def static(kind, answer):
        def show(parent, title, text, *args, **kwargs):
            shown.append((kind, text))
            return answer
        return show

    monkeypatch.setattr(QMessageBox, "information", static("information",
                                                           QMessageBox.StandardButton.Ok))
    monkeypatch.setattr(QMessageBox, "warning", static("warning", QMessageBox.StandardButton.Ok))
    monkeypatch.setattr(QMessageBox, "critical", static("critical", QMessageBox.StandardButton.Ok))
    monkeypatch.setattr(QMessageBox, "question", static("question",
                                                        QMessageBox.StandardButton.Yes))

    def exec_(self):
        shown.append(("box", self.text()))
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "exec", exec_)
    monkeypatch.setattr(QMessageBox, "open", lambda self: shown.append(("box", self.text())))
    return shown


@pytest.fixture
def ctx(db):
    from unionplanner.ui.shell.context import AppContext

    return AppContext(db)


@pytest.fixture
def demo_ctx(ctx):
    from unionplanner.domain.demo import load_demo

    with ctx.db.transaction() as session:
        load_demo(session)
    return ctx


@pytest.fixture
def window(qtbot, demo_ctx, messages):
    from unionplanner.ui.shell.main_window import MainWindow

    win = MainWindow(demo_ctx)
    qtbot.addWidget(win)
    win.show()
    yield win
    demo_ctx.runner.wait_all()


def wait_task(qtbot, task, timeout=20_000):
    qtbot.waitUntil(lambda: task.done, timeout=timeout)
    return task
