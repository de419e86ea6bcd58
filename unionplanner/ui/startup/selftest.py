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

    from unionplanner import __version__
    from unionplanner.core import paths
    from unionplanner.ui.shell.application import create_application
    from unionplanner.ui.shell.i18n import install_translators

    with tempfile.TemporaryDirectory(prefix="unionplanner-selftest-") as tmp:
        os.environ[paths.DATA_DIR_ENV] = tmp
        # an INI file in the temporary folder on every platform: on Windows the native
        # format is the user's registry, which a self-test must not write (window size)
        QSettings.setDefaultFormat(QSettings.Format.IniFormat)
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
        from unionplanner.ui.shell import icons

        for key in icons.NAMES:  # the bundled icon set, each file there and drawable
            if icons.icon(key).pixmap(20, 20).isNull():
                raise RuntimeError(f"không vẽ được biểu tượng {icons.icon_file(key)}")
        from PySide6.QtGui import QImage

        from unionplanner.ui.shell.help import guide_file, guide_pictures

        guide = guide_file()  # the user guide (F1) and each picture of the screens in it
        for name in guide_pictures(guide.read_text(encoding="utf-8")):
            if QImage(str(guide.parent / name)).isNull():
                raise RuntimeError(f"không đọc được hình {name} của hướng dẫn sử dụng")

        from unionplanner.domain.demo import load_demo
        from unionplanner.domain.storage.backup import integrity_check
        from unionplanner.domain.storage.database import open_database
        from unionplanner.ui.shell.context import AppContext
        from unionplanner.ui.shell.main_window import MainWindow

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
        pages = _documents(Path(tmp))
        _collect_check()
        import psycopg  # the shared-server driver and its bundled libpq load

        if psycopg.pq.version() < 100000:
            raise RuntimeError("thư viện kết nối PostgreSQL (libpq) quá cũ")
        windows = _windows_parts() if os.name == "nt" else ""
    return (f"UnionPlanner {__version__}: cửa sổ chính, bản dịch, {len(paths.FONT_FILES)} "
            f"phông chữ, biểu tượng, hướng dẫn sử dụng, CSDL tạm ({counts['units']} đơn vị), "
            f"kế hoạch PDF "
            f"({pages} trang) và Word, đọc/ghi Excel, nhận tệp từ thư, trình kết nối "
            f"PostgreSQL{windows} "
            "đều ổn")


def _collect_check() -> None:
    """A message carrying a return inside a .zip gives the return (email, zipfile and the
    IMAP client are in the bundle: the mailbox collect needs them)."""
    import io
    import zipfile
    from email.message import EmailMessage

    from unionplanner.domain.collect import mailbox  # noqa: F401  (imaplib, ssl)
    from unionplanner.domain.collect.attachments import contents_of

    packed = io.BytesIO()
    with zipfile.ZipFile(packed, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("Báo cáo HC001.xlsx", "PK tự kiểm tra".encode())
    message = EmailMessage()
    message.add_attachment(packed.getvalue(), maintype="application", subtype="zip",
                           filename="Báo cáo tháng.zip")
    found = contents_of(bytes(message), "tự kiểm tra")
    if [f.name for f in found.found] != ["Báo cáo tháng.zip/Báo cáo HC001.xlsx"]:
        raise RuntimeError(f"không lấy được tệp đính kèm trong thư: {found}")


def _windows_parts() -> str:
    """What only Windows has, checked in the installed program: passwords kept in the
    Windows Credential Manager (keyring through pywin32-ctypes, which a bundle easily leaves
    behind), the reading worker inside its memory-capped Job object, mail certificates
    checked against the Windows certificate store (truststore)."""
    import keyring
    import truststore
    from keyring.backends.Windows import WinVaultKeyring

    from unionplanner.core import isolation, winjob
    from unionplanner.domain.office.mail import tls_context

    store = keyring.get_keyring()
    if not any(isinstance(ring, WinVaultKeyring) for ring in getattr(store, "backends", [store])):
        raise RuntimeError(f"kho mật khẩu không phải Windows Credential Manager ({store!r})")
    store.get_password("UnionPlanner", "self-test@localhost")  # reads the store, writes nothing
    try:
        if not isolation.run_isolated(winjob.in_capped_job, timeout=60):
            raise RuntimeError("tiến trình đọc tệp không có giới hạn bộ nhớ (Job object)")
    finally:
        isolation.stop_worker()
    if not isinstance(tls_context(), truststore.SSLContext):
        raise RuntimeError("thư không kiểm chứng chỉ bằng kho chứng chỉ của Windows")
    return (", kho mật khẩu Windows, giới hạn bộ nhớ của tiến trình đọc tệp, kho chứng chỉ "
            "Windows")


def _documents(folder: Path) -> int:
    """Print a template plan, with a chart and a landscape appendix table added, as PDF
    (reportlab, its graphics and the bundled fonts) and as Word (python-docx, lxml); open the
    PDF in QtPdf where that wheel is installed; write then read an .xlsx (openpyxl,
    python-calamine). These are the parts a frozen bundle most easily leaves behind.
    Returns the PDF's page count."""
    import datetime as dt

    from unionplanner.domain.documents import layout as L
    from unionplanner.domain.documents.excel import write_tables
    from unionplanner.domain.documents.pdf import write_pdf
    from unionplanner.domain.documents.word import write_docx
    from unionplanner.domain.plans.builder import OfficeInfo
    from unionplanner.domain.plans.export import layout_plan
    from unionplanner.domain.plans.templates import build
    from unionplanner.domain.sheets.workbook import read_book

    office = OfficeInfo(name="Công đoàn xã Thử", parent_body="LĐLĐ tỉnh Thử", place="Thử",
                        symbol="CĐX")
    document = layout_plan(build("thang-cong-nhan", dt.date.today().year, office))
    document.body.append(L.Chart("Tỷ lệ đạt chỉ tiêu", ["Kết nạp đoàn viên", "Thăm hỏi"],
                                 [82.0, 104.5]))
    document.appendices.append(L.Appendix("I", "Kết quả từng đơn vị", "Kế hoạch thử", body=[
        L.Table(header=[["TT", "Đơn vị", "Đoàn viên mới"]],
                rows=[["1", "Trường Mầm non Thử", "12"]], widths=[0.1, 0.6, 0.3],
                numeric={2})], landscape=True))
    pdf = write_pdf(document, folder / "kh.pdf")
    if not pdf.read_bytes().startswith(b"%PDF"):
        raise RuntimeError("không in được kế hoạch ra PDF")
    pages = pdf.read_bytes().count(b"/Type /Page\n")
    docx = write_docx(document, folder / "kh.docx")
    if docx.stat().st_size < 1000:
        raise RuntimeError("không ghi được kế hoạch ra Word")
    try:
        from PySide6 import QtPdf
    except ImportError:  # Python 3.11 installs go without the preview wheel
        QtPdf = None  # type: ignore[assignment]
    if QtPdf is not None:
        viewer = QtPdf.QPdfDocument()
        viewer.load(str(pdf))
        if viewer.pageCount() < 1:
            raise RuntimeError("QtPdf không mở được tệp PDF (thiếu thư viện QtPdf?)")
        pages = viewer.pageCount()
        viewer.close()
    xlsx = folder / "bang.xlsx"
    write_tables(xlsx, "Thử", {"Bảng": (["Chỉ tiêu", "Số lượng"], [["Đoàn viên mới", 125]],
                                          [30, 12])})
    cells = [cell for sheet in read_book(xlsx).sheets for row in sheet.rows for cell in row]
    if "Đoàn viên mới" not in cells or 125 not in cells:
        raise RuntimeError("không đọc lại được tệp Excel vừa ghi")
    return pages
