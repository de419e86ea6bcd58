"""The QApplication of UnionPlanner: names, icon, language and bundled fonts."""

from __future__ import annotations

import sys

from unionplanner import APP_NAME, __version__
from unionplanner.core import paths


def create_application(argv: list[str] | None = None, *, guards: bool = True):
    """The QApplication with names, icon, translations and bundled fonts set up, and (unless
    ``guards`` is False: the caller installs them after the first paint) the guards of
    :func:`install_guards`."""
    from PySide6.QtGui import QFontDatabase, QGuiApplication, QIcon
    from PySide6.QtWidgets import QApplication

    from unionplanner.ui.shell.i18n import install_translators

    app = QApplication.instance() or QApplication(argv if argv is not None else sys.argv[:1])
    app.setOrganizationName(APP_NAME)
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    keep_light(app)
    QGuiApplication.setWindowIcon(QIcon(str(paths.resource_file(paths.APP_ICON))))
    install_translators(app)
    if guards:
        install_guards(app)
    for name in paths.FONT_FILES:
        QFontDatabase.addApplicationFont(str(paths.resource_file(name)))
    return app


def keep_light(app) -> None:
    """Keep the light palette the screens are drawn for, also under Windows 11's dark mode
    (its light text would land on the pages' light backgrounds, the red and green of the
    tracking grid and the summary's charts): the settings page says so."""
    from PySide6.QtGui import QColor, QPalette

    def dark() -> bool:
        return app.palette().color(QPalette.ColorRole.Window).lightness() < 128

    if not dark():  # a light scheme already (Qt's namespace, ~20 ms, is left for later)
        return
    hints = app.styleHints()
    if hasattr(hints, "setColorScheme"):  # Qt 6.8 and later; honoured where the platform can
        from PySide6.QtCore import Qt

        hints.setColorScheme(Qt.ColorScheme.Light)
    if dark():  # still dark
        app.setPalette(QPalette(QColor("#efefef"), QColor("#f5f5f5")))  # button, window


def install_guards(app) -> None:
    """The application-wide behaviour every window relies on (once per application), in
    one event filter (each Python filter costs on every event of every widget): no value
    changes under a passing mouse wheel (:mod:`unionplanner.ui.shell.wheel_guard`), a spin
    box says so when it drops a letter (:mod:`unionplanner.ui.shell.numbers`), and no
    drop-down list widens the window (:mod:`unionplanner.ui.shell.fit`).

    A Python event filter makes PySide6 build the Python side of every kind of object it
    sees (~50 ms of enum classes at start-up): the window's start-up installs it after the
    first paint, before any page (the only widgets it acts on) exists."""
    from PySide6.QtCore import QEvent, QObject

    from unionplanner.ui.shell import fit, numbers, screens, wheel_guard

    if app.property("unionplanner_guards"):
        return
    app.setProperty("unionplanner_guards", True)
    polish, wheel, show = QEvent.Type.Polish, QEvent.Type.Wheel, QEvent.Type.Show

    class Guards(QObject):
        def eventFilter(self, obj, event) -> bool:  # noqa: N802 - Qt's name
            kind = event.type()
            if kind == polish:
                wheel_guard.polish(obj)
                numbers.polish(obj)
                fit.polish(obj)
            elif kind == wheel:
                return wheel_guard.on_wheel(obj, event)
            elif kind == show:
                screens.on_show(obj)  # a dialog never larger than the screen
            return False

    app.installEventFilter(Guards(app))
