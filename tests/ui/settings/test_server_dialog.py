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

    def fake_open(db_arg, checked=False):
        opened.append(db_arg)
        if db_arg is not None:
            from unionplanner.domain.storage.errors import ServerError
            raise ServerError("Không kết nối được máy chủ cơ sở dữ liệu.")
        return None  # as if the user quit at the next question

    import sys

    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # run_gui installs its own
    from unionplanner.ui.startup import opening

    monkeypatch.setattr(opening, "open_for_window", fake_open)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: asked.append(a[2]) or
                        QMessageBox.StandardButton.Yes)
    assert app_module.run_gui(None) == 0
    assert opened == [saved_server_url(), None]
    assert "Không kết nối được máy chủ" in asked[0] and "máy này" in asked[0]


def _settings_text(qsettings) -> str:
    return " ".join(p.read_text(encoding="utf-8", errors="replace")
                    for p in qsettings.rglob("*") if p.is_file())


def test_the_password_goes_to_the_system_store_never_into_the_settings(
        dialog, memory_keyring, qsettings):
    """Issue 15 item 9: the server's password was kept in clear text in the settings file
    (0644 on Linux, the registry on Windows)."""
    from PySide6.QtCore import QSettings

    dialog.host.setText("192.168.1.10")
    dialog.database.setText("unionplanner")
    dialog.user.setText("vanphong")
    dialog.password.setText("Bí mật#2025")
    dialog.save()
    QSettings().sync()
    assert "Bí mật" not in _settings_text(qsettings) and "vanphong@192.168.1.10" in str(
        memory_keyring)
    assert str(QSettings().value("database/url")).startswith("postgresql+psycopg://vanphong@")
    url = saved_server_url()
    from sqlalchemy.engine import make_url
    assert make_url(url).password == "Bí mật#2025" and url == dialog.url
    forget_server()
    assert memory_keyring == {} and saved_server_url() is None


def test_a_clear_text_password_saved_before_is_moved_into_the_store(memory_keyring, qsettings,
                                                                    qapp):
    from PySide6.QtCore import QSettings

    old = "postgresql+psycopg://vanphong:cu%40123@192.168.1.10:5432/unionplanner"
    QSettings().setValue("database/url", old)
    assert saved_server_url() == old  # still opens the same server
    QSettings().sync()
    assert "cu%40123" not in _settings_text(qsettings) and "cu@123" not in _settings_text(
        qsettings)
    assert list(memory_keyring.values()) == ["cu@123"]
    assert saved_server_url() == old  # now from the store
    forget_server()


def test_without_a_store_the_password_is_not_saved_and_the_dialog_says_why(dialog, qsettings):
    """On a PC with no password store (a Linux PC without a desktop keyring) the dialog says
    so and saves nothing — it never falls back to clear text."""
    import keyring
    from keyring.backends import fail
    from PySide6.QtCore import QSettings

    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    try:
        dialog.host.setText("192.168.1.10")
        dialog.database.setText("unionplanner")
        dialog.user.setText("vanphong")
        dialog.password.setText("secret")
        dialog.save()
    finally:
        keyring.set_keyring(previous)
    assert "nơi cất mật khẩu" in dialog.result_label.text()
    assert not QSettings().value("database/url") and "secret" not in _settings_text(qsettings)


def test_db_copy_takes_the_stored_password_and_never_prints_it(memory_keyring, qapp):
    from unionplanner.cli.database import _with_stored_password
    from unionplanner.core import secrets

    bare = "postgresql+psycopg://vanphong@192.168.1.10:5432/unionplanner"
    assert _with_stored_password(bare) == bare  # nothing stored, no terminal: as given
    secrets.save_password(bare, "kho@123")
    assert secrets.split_password(_with_stored_password(bare))[1] == "kho@123"
    assert "kho" not in secrets.masked(_with_stored_password(bare))
    assert _with_stored_password("/tmp/office.sqlite3") == "/tmp/office.sqlite3"
