"""Issue 27: under Windows 11's dark mode the palette's light text landed on the pages' light
backgrounds. The program keeps its light palette (and the settings page says so)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette


def test_a_dark_system_palette_leaves_the_program_light(qapp):
    from PySide6.QtGui import QColor

    from unionplanner.ui.shell.application import keep_light

    before = qapp.palette()
    try:
        qapp.setPalette(QPalette(QColor("#2b2b2b"), QColor("#202020")))  # a dark system's
        assert qapp.palette().color(QPalette.ColorRole.WindowText).lightness() > 180
        keep_light(qapp)
        palette = qapp.palette()
        assert palette.color(QPalette.ColorRole.Window).lightness() > 180
        assert palette.color(QPalette.ColorRole.Base).lightness() > 180
        assert palette.color(QPalette.ColorRole.WindowText).lightness() < 90
        assert palette.color(QPalette.ColorRole.Text).lightness() < 90
        assert qapp.styleHints().colorScheme() != Qt.ColorScheme.Dark
    finally:
        qapp.setPalette(before)


def test_the_settings_page_says_the_program_stays_light(qtbot, demo_ctx):
    from PySide6.QtWidgets import QLabel

    from unionplanner.ui.settings.page import SettingsPage

    page = SettingsPage(demo_ctx)
    qtbot.addWidget(page)
    texts = [label.text() for label in page.findChildren(QLabel)]
    assert any("chế độ tối" in text for text in texts)
