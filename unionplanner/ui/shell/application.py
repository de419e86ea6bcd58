"""The QApplication of UnionPlanner: names, icon, language and bundled fonts."""

from __future__ import annotations

import sys

from unionplanner import APP_NAME, __version__
from unionplanner.core import paths


def create_application(argv: list[str] | None = None):
    """The QApplication with names, icon, translations and bundled fonts set up."""
    from PySide6.QtGui import QFontDatabase, QGuiApplication, QIcon
    from PySide6.QtWidgets import QApplication

    from unionplanner.ui.shell.i18n import install_translators

    app = QApplication.instance() or QApplication(argv if argv is not None else sys.argv[:1])
    app.setOrganizationName(APP_NAME)
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    QGuiApplication.setWindowIcon(QIcon(str(paths.resource_file(paths.APP_ICON))))
    install_translators(app)
    install_guards(app)
    for name in paths.FONT_FILES:
        QFontDatabase.addApplicationFont(str(paths.resource_file(name)))
    return app


def install_guards(app) -> None:
    """The application-wide behaviour every window relies on (once per application): no
    value changes under a passing mouse wheel (see :mod:`unionplanner.ui.shell.wheel_guard`),
    a spin box says so when it drops a letter (:mod:`unionplanner.ui.shell.numbers`), and
    no drop-down list widens the window (:mod:`unionplanner.ui.shell.fit`)."""
    from unionplanner.ui.shell.fit import ComboFit
    from unionplanner.ui.shell.numbers import SpinBoxRefusals
    from unionplanner.ui.shell.wheel_guard import install_wheel_guard

    if app.property("unionplanner_guards"):
        return
    app.setProperty("unionplanner_guards", True)
    install_wheel_guard(app)
    app.installEventFilter(SpinBoxRefusals(app))
    app.installEventFilter(ComboFit(app))
