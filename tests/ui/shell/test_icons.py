"""One icon set (issue 17): the bundled Lucide icons, drawn in their colour, white when
selected; the navigation and the wizard use them, and their licence ships beside them."""

from __future__ import annotations

from PySide6.QtGui import QColor, QIcon

from unionplanner.core import paths
from unionplanner.ui.shell import icons


def _colours(icon: QIcon, mode: QIcon.Mode) -> set[str]:
    image = icon.pixmap(24, 24, mode).toImage()
    return {QColor(image.pixel(x, y)).name() for x in range(image.width())
            for y in range(image.height()) if QColor.fromRgba(image.pixel(x, y)).alpha() == 255}


def test_every_icon_is_drawn_in_its_colour_and_white_when_selected(qapp):
    for key in icons.NAMES:
        icon = icons.icon(key)
        assert _colours(icon, QIcon.Mode.Normal) == {icons.COLOURS.get(key,
                                                                       icons.DEFAULT_COLOUR)}, key
        assert _colours(icon, QIcon.Mode.Selected) == {"#ffffff"}, key
    licence = paths.resource_file("icons/LICENSE-lucide.txt").read_text(encoding="utf-8")
    assert "ISC License" in licence and "Lucide" in licence


def test_the_navigation_shows_the_set(window):
    nav = window.navigation
    expected = [icons.icon(key) for key in ("overview", "plans", "tracking", "received",
                                            "summary", "outgoing", "units", "settings")]
    for row, icon in enumerate(expected):
        shown = nav.item(row).icon().pixmap(20, 20).toImage()
        assert shown == icon.pixmap(20, 20).toImage(), nav.item(row).text()
