"""Every page and dialog on a laptop's screen (issue 27): run by tests/ui/test_laptop.py in a
child process whose offscreen screen is WIDTH × HEIGHT logical pixels (Qt's offscreen
platform takes its screens from a JSON file). The demo's data is loaded; each page is shown
in the maximised window and each dialog as the program opens it; every visible button must
lie inside the screen. Prints one line per window ("ok NAME" or "outside NAME: BUTTON …")
and exits 1 when a button is outside.

    QT_QPA_PLATFORM=offscreen:configfile=screen.json python tests/ui/laptop_check.py
"""

from __future__ import annotations

import datetime as dt
import os
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
SHARED = Path(__file__).resolve().parents[3] / "shared"


def main() -> int:
    os.environ["UNIONPLANNER_DATA_DIR"] = tempfile.mkdtemp(prefix="unionplanner-laptop-")
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QAbstractButton, QScrollArea

    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope,
                      os.environ["UNIONPLANNER_DATA_DIR"])
    from unionplanner.ui.shell.application import create_application

    app = create_application([])
    from unionplanner.domain.demo.year import load_full_demo
    from unionplanner.domain.storage.database import open_database
    from unionplanner.ui.shell.context import AppContext
    from unionplanner.ui.shell.main_window import MainWindow

    db = open_database(str(Path(os.environ["UNIONPLANNER_DATA_DIR"]) / "demo.sqlite3"))
    load_full_demo(db)
    ctx = AppContext(db)
    window = MainWindow(ctx)
    window.show()
    app.processEvents()
    screen = app.primaryScreen().availableGeometry()
    failures = 0

    def check(name: str, top) -> None:
        nonlocal failures
        app.processEvents()
        outside = []
        for button in top.findChildren(QAbstractButton):
            if not button.isVisibleTo(top) or not button.isVisible():
                continue
            shown = _scrolled_into(button, QScrollArea) or button  # scrolled to: its area
            rect = shown.rect()
            corners = (shown.mapToGlobal(rect.topLeft()), shown.mapToGlobal(rect.bottomRight()))
            if not all(screen.contains(corner) for corner in corners):
                outside.append(f"{button.text() or button.objectName() or type(button).__name__}"
                               f"@{corners[0].toTuple()}-{corners[1].toTuple()}")
        if outside or not screen.contains(top.frameGeometry().topLeft()):
            failures += 1
            print(f"outside {name} {top.frameGeometry().getRect()}: " + "; ".join(outside[:6]))
        else:
            print(f"ok {name} {top.frameGeometry().getRect()}")

    for key in window.pages:
        window.show_page(key)
        check(f"page {key}", window)
    for name, make in _dialogs(ctx, window):
        dialog = make()
        dialog.show()
        check(name, dialog)
        dialog.close()
    wizard = _wizard_at_its_steps(ctx, window)
    for step in ("preview", "changes"):
        check(f"import wizard, {step}", wizard)
        wizard.next()
    wizard.done(0)
    print(f"screen {screen.getRect()}; {failures} window(s) with buttons outside")
    ctx.runner.wait_all()  # the wizard's last reads: their results come back before closing
    app.processEvents()
    window.close()
    db.dispose()
    return 1 if failures else 0


def _wizard_at_its_steps(ctx, window):
    """The import wizard on four of the demo's returns, at its check of each file."""
    import time

    from PySide6.QtWidgets import QApplication

    from unionplanner.domain.report_forms.generate import generate_forms
    from unionplanner.domain.report_forms.service import list_forms
    from unionplanner.ui.received.wizard import ImportWizard

    form_id = ctx.read(lambda s: list_forms(s)[0].id)
    folder = Path(tempfile.mkdtemp(prefix="unionplanner-laptop-returns-"))
    paths = ctx.read(lambda s: generate_forms(s, form_id, "2026-10", folder)[:4])
    wizard = ImportWizard(ctx, paths, form_id, "2026-10", window)
    wizard.show()
    wizard.next()
    wizard.next()
    deadline = time.monotonic() + 60
    while not wizard.preview_page.isComplete() and time.monotonic() < deadline:
        QApplication.processEvents()
        time.sleep(0.05)
    return wizard


def _scrolled_into(widget, kind):
    """The viewport of the scroll area ``widget`` lies in (reached by scrolling), or None."""
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, kind):
            return parent.viewport()
        parent = parent.parentWidget()
    return None


def _dialogs(ctx, window):
    """(name, factory) of every dialog the clerk meets, made as the program makes them."""
    from unionplanner.domain.received.missing import reminder_text
    from unionplanner.domain.report_forms.service import list_forms
    from unionplanner.domain.units.service import list_units
    from unionplanner.ui.office.number import NumberDialog
    from unionplanner.ui.received.collect import CollectDialog
    from unionplanner.ui.received.reminder import ReminderDialog
    from unionplanner.ui.received.wizard import ImportWizard
    from unionplanner.ui.report_forms.editor import FormEditor
    from unionplanner.ui.settings.mail_dialog import MailAccountDialog
    from unionplanner.ui.settings.server_dialog import ServerDialog
    from unionplanner.ui.shell.help import HelpWindow
    from unionplanner.ui.tracking.check_dialog import CheckDialog
    from unionplanner.ui.units.dialogs import UnitDialog

    form_id = ctx.read(lambda s: list_forms(s)[0].id)
    units = ctx.read(lambda s: list_units(s)[:12])
    yield "import wizard", lambda: ImportWizard(ctx, [], form_id, "2026-10", window)
    yield "form editor", lambda: FormEditor(ctx, form_id, window)
    yield "number", lambda: NumberDialog(ctx, "BC", "Báo cáo tổng hợp tháng 10/2026",
                                         "Báo cáo tổng hợp", parent=window)
    yield "reminder", lambda: ReminderDialog(
        reminder_text("Công đoàn xã Hòa An", "Báo cáo tháng", "2026-10", units), window,
        units=units, subject="Nhắc", ctx=ctx)
    yield "mail account", lambda: MailAccountDialog(ctx, window)
    yield "collect", lambda: CollectDialog(ctx, form_id, "2026-10", window)
    yield "server", lambda: ServerDialog(ctx.runner, window)
    yield "help", lambda: HelpWindow(window)
    yield "unit", lambda: UnitDialog(lambda fields: None, None, window)
    yield "month check", lambda: CheckDialog(
        "Tổ chức Tháng Công nhân năm 2026", "2026-05",
        {"status": "done", "note": "", "reason": "", "done_on": dt.date(2026, 5, 2),
         "done_by": "", "evidence": []}, lambda path: None, window)
    seed = SHARED / "seeds" / "000_765413dbe16de2c5.docx"
    if seed.is_file():
        from unionplanner.domain.plans.extract import read_plan
        from unionplanner.ui.plans.import_review import ImportReview

        yield "plan check", lambda: ImportReview(ctx, read_plan(seed), seed.name, window)
    form = SHARED / "samples-mau1" / "form.xlsx"
    if form.is_file():
        from unionplanner.domain.report_forms.learn import learn_form
        from unionplanner.ui.report_forms.template_review import TemplateReview

        yield "form check", lambda: TemplateReview(learn_form(form), window)


if __name__ == "__main__":
    sys.exit(main())
