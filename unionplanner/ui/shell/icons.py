"""The program's one icon set: Lucide line icons (ISC licence, ``resources/icons/
LICENSE-lucide.txt``), bundled as SVG and drawn in the colour asked for, so the navigation,
the wizard's file statuses and the problem lists look alike on every platform instead of
mixing the style's stock pictures (a bare black triangle for "Báo cáo CĐCS").

:func:`icon` gives a QIcon by name (see :data:`NAMES`); a selected navigation row draws it in
white. Icons are made once per (name, colour).
"""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QByteArray, QRectF
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap
from PySide6.QtSvg import QSvgRenderer

from unionplanner.core import paths

#: the icons bundled, by what they stand for in the program
NAMES = {
    "overview": "layout-dashboard", "plans": "file-text", "tracking": "list-checks",
    "received": "inbox", "summary": "chart-column", "outgoing": "send", "units": "users",
    "settings": "settings", "ok": "circle-check", "replaced": "refresh-cw",
    "not_imported": "circle-minus", "question": "circle-help", "error": "circle-x",
    "warning": "triangle-alert", "info": "info", "calendar": "calendar",
}
#: the colour each icon is drawn in (the navigation's text colour unless it says something)
COLOURS = {"ok": "#2e7d32", "replaced": "#1f5fa8", "error": "#c62828", "warning": "#b26a00",
           "question": "#b26a00", "info": "#1f5fa8", "not_imported": "#6b6b6b"}
DEFAULT_COLOUR = "#2b3a4a"
SIZES = (16, 20, 24, 32)  # px drawn in advance (and twice that for high-DPI screens)


def icon_file(key: str) -> str:
    """The bundled SVG of ``key`` (a key of :data:`NAMES`), relative to ``resources/``."""
    return f"icons/{NAMES[key]}.svg"


@cache
def icon(key: str, colour: str | None = None, sizes: tuple[int, ...] = SIZES) -> QIcon:
    """The icon ``key`` (KeyError for a name not in :data:`NAMES`) in ``colour`` ("#rrggbb";
    default: its own in :data:`COLOURS`), white when shown selected, drawn at ``sizes`` px
    (the navigation, drawn before the first paint, asks for its one size only)."""
    svg = paths.resource_file(icon_file(key)).read_text(encoding="utf-8")
    result = QIcon()
    for mode, shade in ((QIcon.Mode.Normal, colour or COLOURS.get(key, DEFAULT_COLOUR)),
                        (QIcon.Mode.Selected, "#ffffff")):
        renderer = QSvgRenderer(QByteArray(svg.replace("currentColor", shade).encode()))
        for size in sizes:
            for scale in (1, 2):
                pixmap = QPixmap(size * scale, size * scale)
                pixmap.fill(QColor(0, 0, 0, 0))  # transparent
                painter = QPainter(pixmap)
                renderer.render(painter, QRectF(0, 0, size * scale, size * scale))
                painter.end()
                pixmap.setDevicePixelRatio(scale)
                result.addPixmap(pixmap, mode)
    return result
