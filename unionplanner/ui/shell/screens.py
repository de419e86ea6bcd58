"""Windows that fit the screen they open on: a laptop of 1280 × 720, or 1366 × 768 at 125 %
(about 1093 × 580 once the taskbar is taken), must show every window and dialog whole.

- :func:`fit_to_screen` sizes a window or dialog to what it prefers, or to the screen's
  free area when that is smaller, and keeps it on the screen;
- the application's event filter calls :func:`on_show` for every dialog as it is shown, so
  no dialog opens larger than the screen or beyond its edge;
- :func:`restore_window` / :func:`save_window` keep the main window's size, place and
  maximised state between sessions (per PC, in QSettings), and open it maximised on a
  screen smaller than its preferred size.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QRect, QSettings, QSize
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialog, QWidget

#: the main window's preferred size when nothing is remembered (px)
PREFERRED = QSize(1200, 760)
#: room kept free around a dialog sized to the screen (px)
MARGIN = 24


def available(widget: QWidget) -> QRect:
    """The free area (without taskbars) of the screen ``widget`` is on, or of the primary
    screen."""
    screen = widget.screen() or QGuiApplication.primaryScreen()
    return screen.availableGeometry()


def fit_to_screen(widget: QWidget, preferred: QSize) -> None:
    """Size ``widget`` to ``preferred`` or to the screen's free area less a margin, whichever
    is smaller (never below its own minimum); a shown one is also moved inside that area
    (one not shown yet is placed by Qt: a dialog over its window)."""
    area = available(widget)
    width = max(min(preferred.width(), area.width() - MARGIN), widget.minimumWidth())
    height = max(min(preferred.height(), area.height() - MARGIN), widget.minimumHeight())
    widget.resize(width, height)
    if widget.isVisible():
        _keep_inside(widget, area)


def _keep_inside(widget: QWidget, area: QRect) -> None:
    frame = widget.frameGeometry()
    x = min(max(frame.x(), area.x()), max(area.x(), area.right() - frame.width() + 1))
    y = min(max(frame.y(), area.y()), max(area.y(), area.bottom() - frame.height() + 1))
    if (x, y) != (frame.x(), frame.y()):
        widget.move(x, y)


def on_show(obj: QObject) -> None:
    """A dialog being shown: no larger than the screen's free area, and on it."""
    if not isinstance(obj, QDialog) or not obj.isWindow():
        return
    area = available(obj)
    if obj.width() > area.width() or obj.height() > area.height():
        obj.resize(min(obj.width(), area.width()), min(obj.height(), area.height()))
    _keep_inside(obj, area)


def restore_window(window: QWidget, key: str = "window") -> None:
    """The main window as it was left on this PC (size, place, maximised); the first time,
    :data:`PREFERRED` — maximised on a smaller screen."""
    settings = QSettings()
    geometry = settings.value(f"{key}/geometry")
    if geometry is None or not window.restoreGeometry(geometry):
        fit_to_screen(window, PREFERRED)
        area = available(window)
        if area.width() < PREFERRED.width() or area.height() < PREFERRED.height():
            _maximise(window)
    else:
        area = available(window)
        if window.width() > area.width() or window.height() > area.height():
            fit_to_screen(window, window.size())  # saved on a larger screen
        _keep_inside(window, area)
    if settings.value(f"{key}/maximized", False, type=bool):
        _maximise(window)


def _maximise(window: QWidget) -> None:
    from PySide6.QtCore import Qt  # here: Qt's namespace costs ~20 ms to load the first time

    window.setWindowState(window.windowState() | Qt.WindowState.WindowMaximized)


def save_window(window: QWidget, key: str = "window") -> None:
    """Remember the main window's size, place and maximised state (see
    :func:`restore_window`)."""
    settings = QSettings()
    settings.setValue(f"{key}/geometry", window.saveGeometry())
    settings.setValue(f"{key}/maximized", window.isMaximized())
