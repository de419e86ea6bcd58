"""The splash screen and the questions asked while opening the database, before the main
window exists. A question first closes the splash so it is never hidden behind it."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox, QSplashScreen, QWidget

from unionplanner import APP_NAME
from unionplanner.core import paths
from unionplanner.ui.shell.labels import fill

_splash: QSplashScreen | None = None


def show_splash() -> None:
    """Show the app icon with "Opening data…" while the database opens (~1 s)."""
    global _splash
    pixmap = QIcon(str(paths.resource_file(paths.APP_ICON))).pixmap(180, 180)
    _splash = QSplashScreen(pixmap)
    _splash.showMessage(QCoreApplication.translate("Startup", "Opening data…"),
                        Qt.AlignmentFlag.AlignBottom | Qt.AlignmentFlag.AlignHCenter)
    _splash.show()
    QApplication.processEvents()


def close_splash(window: QWidget | None = None) -> None:
    global _splash
    if _splash is not None:
        if window is not None:
            _splash.finish(window)
        else:
            _splash.close()
        _splash = None


def ask_open_read_only() -> bool:
    """Another instance holds the database: True = open read-only, False = quit."""
    close_splash()
    box = QMessageBox(QMessageBox.Icon.Question, APP_NAME, QCoreApplication.translate(
        "Startup", "UnionPlanner is already open on this database in another window. You can "
        "open it read-only here (to look things up) or quit and use the other window."))
    read_only = box.addButton(QCoreApplication.translate("Startup", "Open read-only"),
                              QMessageBox.ButtonRole.AcceptRole)
    box.addButton(QCoreApplication.translate("Startup", "Quit"),
                  QMessageBox.ButtonRole.RejectRole)
    box.exec()
    return box.clickedButton() is read_only


def tell_damaged_without_backup(detail: str) -> None:
    close_splash()
    QMessageBox.critical(None, APP_NAME, QCoreApplication.translate(
        "Startup", "The database file is damaged and there is no good backup to restore. "
        "Please contact the person who supports the software.") + f"\n\n{detail}")


def ask_restore_backup(made: str) -> bool:
    """The database is damaged: True = restore the backup made at ``made``."""
    close_splash()
    answer = QMessageBox.question(None, APP_NAME, fill(QCoreApplication.translate(
        "Startup", "The database file is damaged. Restore the latest good backup, made on "
        "%1? (The damaged file is kept beside it.)"), made))
    return answer == QMessageBox.StandardButton.Yes
