"""The questions asked while the database opens (the window already shows "Opening
data…"; the questions come before any page)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox

from unionplanner import APP_NAME
from unionplanner.ui.shell.labels import fill


def ask_open_read_only() -> bool:
    """Another instance holds the database: True = open read-only, False = quit."""
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
    QMessageBox.critical(None, APP_NAME, QCoreApplication.translate(
        "Startup", "The database file is damaged and there is no good backup to restore. "
        "Please contact the person who supports the software.") + f"\n\n{detail}")


def ask_restore_after_upgrade(message: str) -> bool:
    """The upgrade of the data failed (``message`` says why and names the backup): True =
    restore that backup now."""
    answer = QMessageBox.question(None, APP_NAME, message + "\n\n" + QCoreApplication.translate(
        "Startup", "Restore that backup now? (The present file is kept in the backups folder "
        "first.)"))
    return answer == QMessageBox.StandardButton.Yes


def ask_restore_backup(made: str) -> bool:
    """The database is damaged: True = restore the backup made at ``made``."""
    answer = QMessageBox.question(None, APP_NAME, fill(QCoreApplication.translate(
        "Startup", "The database file is damaged. Restore the latest good backup, made on "
        "%1? (The damaged file is kept beside it.)"), made))
    return answer == QMessageBox.StandardButton.Yes
