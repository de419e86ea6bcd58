"""``unionplanner self-test``: proves an installation works, offscreen, in seconds.

Builds the main window, loads the translations, fonts and icon from their run-time paths and
creates and migrates a temporary database. Used in CI on the frozen build too.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path


def run_self_test() -> tuple[bool, str]:
    """Return (ok, one-line reason)."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    try:
        return True, _checks()
    except Exception as exc:  # the reason is the point of a self-test
        return False, f"{type(exc).__name__}: {exc}"


def _quiet_offscreen(mode, context, message) -> None:
    """Drop the offscreen platform's harmless notices; print anything else."""
    if "does not support propagateSizeHints" not in message:
        print(message, file=sys.stderr)


def _checks() -> str:
    from PySide6.QtCore import QCoreApplication, QSettings, qInstallMessageHandler
    from PySide6.QtGui import QFontDatabase, QIcon

    from unionplanner import __version__, paths
    from unionplanner.ui.application import create_application
    from unionplanner.ui.i18n import install_translators

    with tempfile.TemporaryDirectory(prefix="unionplanner-selftest-") as tmp:
        os.environ[paths.DATA_DIR_ENV] = tmp
        QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, tmp)
        QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, tmp)
        qInstallMessageHandler(_quiet_offscreen)
        app = create_application([])
        if not install_translators(app, "vi"):
            raise RuntimeError("không nạp được bản dịch tiếng Việt (.qm)")
        overview = QCoreApplication.translate("Pages", "Overview")
        if overview != "Tổng quan":
            raise RuntimeError(f"bản dịch sai: 'Overview' → {overview!r}")
        for name in paths.FONT_FILES:
            if QFontDatabase.addApplicationFont(str(paths.resource_file(name))) < 0:
                raise RuntimeError(f"không nạp được phông {name}")
        icon = QIcon(str(paths.resource_file(paths.APP_ICON)))
        if icon.pixmap(64, 64).isNull():
            raise RuntimeError("không vẽ được biểu tượng (thiếu plugin SVG?)")

        from unionplanner.demo import load_demo
        from unionplanner.storage.backup import integrity_check
        from unionplanner.storage.database import open_database
        from unionplanner.ui.context import AppContext
        from unionplanner.ui.main_window import MainWindow

        db_file = Path(tmp) / "selftest.sqlite3"
        db = open_database(str(db_file))
        try:
            with db.transaction() as session:
                counts = load_demo(session)
            window = MainWindow(AppContext(db))
            window.show()
            app.processEvents()
            if "UnionPlanner" not in window.windowTitle():
                raise RuntimeError("cửa sổ chính không có tiêu đề")
            window.close()
            window.deleteLater()
            app.processEvents()
        finally:
            db.dispose()
        ok, message = integrity_check(db_file)
        if not ok:
            raise RuntimeError(f"CSDL tạm lỗi: {message}")
    return (f"UnionPlanner {__version__}: cửa sổ chính, bản dịch, {len(paths.FONT_FILES)} "
            f"phông chữ, biểu tượng và CSDL tạm ({counts['units']} đơn vị) đều ổn")
