"""Issue 27 item 3: windows and dialogs that fit the laptop they open on, and a main window
that remembers its size, place and maximised state."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QVBoxLayout

from unionplanner.ui.shell import screens


def test_a_dialog_never_opens_larger_than_the_screen_or_past_its_edge(qtbot):
    area = QGuiApplication.primaryScreen().availableGeometry()
    dialog = QDialog()
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
    QVBoxLayout(dialog).addWidget(buttons)
    qtbot.addWidget(dialog)
    dialog.resize(area.width() + 500, area.height() + 400)
    dialog.move(area.right() - 50, area.bottom() - 50)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.width() <= area.width() and dialog.height() <= area.height()
    assert area.contains(dialog.frameGeometry().topLeft())
    assert area.contains(buttons.mapToGlobal(buttons.rect().bottomRight()))


def test_fit_to_screen_takes_the_smaller_of_preferred_and_free(qtbot):
    area = QGuiApplication.primaryScreen().availableGeometry()
    dialog = QDialog()
    qtbot.addWidget(dialog)
    screens.fit_to_screen(dialog, QSize(300, 200))
    assert dialog.size() == QSize(300, 200)
    screens.fit_to_screen(dialog, QSize(area.width() * 2, area.height() * 2))
    assert dialog.width() == area.width() - screens.MARGIN
    assert dialog.height() == area.height() - screens.MARGIN


def _screen(monkeypatch, width: int, height: int) -> None:
    from PySide6.QtCore import QRect

    monkeypatch.setattr(screens, "available", lambda _widget: QRect(0, 0, width, height))


def test_the_main_window_opens_maximised_on_a_laptop_and_remembers(qtbot, demo_ctx,
                                                                   monkeypatch):
    """It opened at 1200 × 760 on a 720-pixel screen and forgot being maximised."""
    from unionplanner.ui.shell.main_window import MainWindow

    _screen(monkeypatch, 1280, 680)  # 1280 × 720 less the taskbar
    window = MainWindow(demo_ctx)
    qtbot.addWidget(window)
    assert window.isMaximized()
    window.showNormal()
    window.resize(window.minimumSizeHint().width(), 640)
    window.close()
    again = MainWindow(demo_ctx)
    qtbot.addWidget(again)
    assert not again.isMaximized() and again.height() == 640  # (the test screen is 800 wide)
    again.showMaximized()
    again.close()
    third = MainWindow(demo_ctx)
    qtbot.addWidget(third)
    assert third.isMaximized()


def test_on_a_large_screen_the_first_window_has_its_preferred_size(qtbot, demo_ctx,
                                                                   monkeypatch):
    from unionplanner.ui.shell.main_window import MainWindow

    _screen(monkeypatch, 1920, 1040)
    window = MainWindow(demo_ctx)
    qtbot.addWidget(window)
    assert not window.isMaximized() and window.size() == screens.PREFERRED
