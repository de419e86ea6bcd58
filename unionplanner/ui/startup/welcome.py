"""The first page on an empty database: enter the office details or try the demo office."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from unionplanner.ui.shell.context import OFFICE, PLANS, REPORTS, TRACKING, UNITS, AppContext


class WelcomePage(QWidget):
    """Emits ``enter_details`` when the user wants to type the office details."""

    enter_details = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        title = QLabel(self.tr("Welcome to UnionPlanner"))
        title.setObjectName("pageTitle")
        text = QLabel(self.tr(
            "UnionPlanner helps a union office draft its plans, tick off activities month by "
            "month, import the grassroots units' Excel reports and print summary reports.\n\n"
            "To begin, enter your office's details (name, parent body, place, signers), or "
            "open a demo office with about forty grassroots unions, two issued plans and two "
            "months of imported reports to look around first. The demo data can be removed "
            "in one click (Settings) before real work starts."))
        text.setWordWrap(True)
        text.setMinimumWidth(560)
        text.setMaximumWidth(820)
        self.details_button = QPushButton(self.tr("Enter the office details"))
        self.demo_button = QPushButton(self.tr("Try with demo data"))
        for button in (self.details_button, self.demo_button):
            button.setMinimumHeight(40)
            button.setMaximumWidth(360)
        self.details_button.setDefault(True)
        self.details_button.clicked.connect(self.enter_details)
        self.demo_button.clicked.connect(self.load_demo)
        self.demo_button.setEnabled(not ctx.db.read_only)
        layout = QVBoxLayout(self)
        layout.setAlignment(Qt.AlignmentFlag.AlignTop)
        layout.addWidget(title)
        layout.addWidget(text)
        layout.addSpacing(16)
        layout.addWidget(self.details_button)
        layout.addWidget(self.demo_button)
        layout.addStretch(1)

    def load_demo(self):
        """Make the full demo year in the background (one transaction), then refresh."""
        from unionplanner.domain.demo.year import load_full_demo  # heavy: not at start-up

        return self.ctx.runner.run(
            lambda progress, cancel: load_full_demo(self.ctx.db),
            label=self.tr("Creating demo data"),
            on_done=lambda _counts: self.ctx.notify(OFFICE, UNITS, PLANS, REPORTS, TRACKING))
