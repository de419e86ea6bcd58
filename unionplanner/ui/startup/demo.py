"""The demo data in the window: a box on the Settings page while it is loaded, with
"Xóa dữ liệu mẫu", and the question asked before a real unit list is imported over it — so
demo units never end up counted with the office's own ("66/128", "Chưa nộp (62)")."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QGroupBox, QLabel, QMessageBox, QPushButton, QVBoxLayout, QWidget

from unionplanner.domain.demo import demo_rows
from unionplanner.ui.shell.context import OFFICE, PLANS, REPORTS, TRACKING, UNITS, AppContext

_ALL = (OFFICE, UNITS, PLANS, REPORTS, TRACKING)


def has_demo(ctx: AppContext) -> bool:
    """Whether the demo data is loaded."""
    return ctx.read(demo_rows) is not None


def remove_demo_asking(parent: QWidget, ctx: AppContext, on_done=None) -> bool:
    """Ask, then remove the demo data in the background (one transaction); False when the
    user said no. ``on_done`` runs after the removal (in the GUI thread)."""
    translate = QCoreApplication.translate
    answer = QMessageBox.question(parent, translate("Demo", "Remove the demo data"), translate(
        "Demo", "Remove all the demo data — the demo office, its 40 units, plans, report form "
        "and imported reports? What your office entered itself stays."))
    if answer != QMessageBox.StandardButton.Yes:
        return False
    _remove(ctx, on_done)
    return True


def before_real_units(parent: QWidget, ctx: AppContext, then) -> None:
    """Before a real unit list is imported: with the demo loaded, offer to remove it first
    (Yes: remove, then ``then()``; No: ``then()`` beside the demo; Cancel: nothing)."""
    if not has_demo(ctx):
        then()
        return
    buttons = QMessageBox.StandardButton
    answer = QMessageBox.question(
        parent, QCoreApplication.translate("Demo", "Demo data loaded"),
        QCoreApplication.translate(
            "Demo", "The demo office and its 40 units are still here; imported beside them, "
                    "your units would be counted together with the demo ones. Remove the demo "
                    "data first?"), buttons.Yes | buttons.No | buttons.Cancel, buttons.Yes)
    if answer == buttons.Yes:
        _remove(ctx, then)
    elif answer == buttons.No:
        then()


def _remove(ctx: AppContext, on_done) -> None:
    translate = QCoreApplication.translate

    def done(removed: dict) -> None:
        ctx.notify(*_ALL)
        if on_done is not None:
            on_done()

    from unionplanner.domain.demo.remove import remove_demo  # heavy: not at start-up

    ctx.runner.run(lambda progress, cancel: remove_demo(ctx.db),
                   label=translate("Demo", "Removing the demo data"), on_done=done)


class DemoBox(QGroupBox):
    """Settings: shown while the demo data is loaded, with the button that removes it."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(self.tr("Demo data"), parent)
        self.ctx = ctx
        text = QLabel(self.tr("This database holds the demo office (Công đoàn xã Hòa An) with "
                              "its units, plans and reports. Remove it before entering your "
                              "office's real data."))
        text.setWordWrap(True)
        self.remove_button = QPushButton(self.tr("Remove the demo data…"))
        self.remove_button.clicked.connect(lambda: remove_demo_asking(self, ctx))
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addWidget(self.remove_button)
        ctx.changed.connect(lambda _topics: self.refresh())
        self.refresh()

    def refresh(self) -> None:
        self.setVisible(has_demo(self.ctx))
        self.remove_button.setEnabled(not self.ctx.db.read_only)
