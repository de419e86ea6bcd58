"""Settings → Shared server: the connection test says what is wrong or what is there, the
choice is kept for the next start, and the app opens that server then (or, when it cannot be
reached, offers the data on this PC)."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox

from tests.conftest import POSTGRES
from tests.ui.conftest import wait_task
from unionplanner.ui.settings.server_dialog import ServerDialog, forget_server, saved_server_url


@pytest.fixture
def dialog(qtbot, ctx):
    widget = ServerDialog(ctx.runner)
    qtbot.addWidget(widget)
    forget_server()
    yield widget
    forget_server()


def test_an_unreachable_server_says_what_to_check(dialog, qtbot):
    dialog.host.setText("127.0.0.1")
    dialog.port.setValue(1)  # nothing listens there
    dialog.test()
    wait_task(qtbot, dialog.task)
    assert "Không kết nối được máy chủ" in dialog.result_label.text()
    assert dialog.test_button.isEnabled()


@pytest.mark.skipif(not POSTGRES, reason="needs the PostgreSQL test server")
def test_a_reachable_server_is_described_and_saved(dialog, qtbot):
    from sqlalchemy.engine import make_url

    server = make_url(POSTGRES)
    dialog.host.setText(server.host)
    dialog.port.setValue(server.port)
    dialog.database.setText(server.database)
    dialog.user.setText(server.username)
    dialog.test()
    wait_task(qtbot, dialog.task)
    assert "Kết nối được PostgreSQL" in dialog.result_label.text()
    dialog.save()
    assert saved_server_url() == dialog.url and dialog.url.startswith("postgresql+psycopg://")


def test_the_saved_server_is_used_at_start_and_an_unreachable_one_offers_this_pc(
        dialog, monkeypatch, data_dir):
    from PySide6.QtCore import QCoreApplication

    from unionplanner import APP_NAME, app as app_module

    # the names run_gui gives the application (its QSettings file; still in tmp_path)
    QCoreApplication.setOrganizationName(APP_NAME)
    QCoreApplication.setApplicationName(APP_NAME)
    dialog.host.setText("127.0.0.1")
    dialog.port.setValue(1)
    dialog.save()
    opened, asked = [], []

    def fake_open(db_arg):
        opened.append(db_arg)
        if db_arg is not None:
            from unionplanner.domain.storage.errors import ServerError
            raise ServerError("Không kết nối được máy chủ cơ sở dữ liệu.")
        return None  # as if the user quit at the next question

    import sys

    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # run_gui installs its own
    monkeypatch.setattr(app_module, "_open_for_window", fake_open)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: asked.append(a[2]) or
                        QMessageBox.StandardButton.Yes)
    assert app_module.run_gui(None) == 0
    assert opened == [saved_server_url(), None]
    assert "Không kết nối được máy chủ" in asked[0] and "máy này" in asked[0]
