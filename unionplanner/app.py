"""The window's entry point (``unionplanner`` without a command); the start-up itself is
:mod:`unionplanner.ui.startup.opening`."""

from __future__ import annotations


def run_gui(db_arg: str | None = None) -> int:
    """Open the main window on ``db_arg`` (path or URL; None = the default database) and run
    until it closes. Returns the exit status."""
    from unionplanner.core import qtlibs

    if qtlibs.needs_xcb() and (missing := qtlibs.missing_libraries()):
        import sys

        print(qtlibs.advice(missing), file=sys.stderr)  # Qt itself would abort in English
        return 1
    from unionplanner.ui.startup.opening import start_window

    app, _window, opening = start_window(db_arg)
    try:
        return app.exec()
    finally:
        opening.close()
