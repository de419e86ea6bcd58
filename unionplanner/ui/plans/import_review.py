"""Reviewing a plan document read from a file before anything is stored: the document's
paragraphs on the left, the draft on the right in the ordinary editor (in memory). Selecting
an extracted item (a block, activity, target or deadline) or entering a header field (the
issuing body, number, date, title, signer…) highlights the paragraph it came from. A
scanned document read with OCR also shows its pages as pictures, to compare the text with.
The user corrects, then saves it as the parent body's plan — and may at once draft the
office's own plan implementing it."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QSize, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from unionplanner.core.errors import UserError
from unionplanner.domain.plans.document import PlanDocument
from unionplanner.domain.plans.extract import Extraction
from unionplanner.ui.plans.editor import PlanEditor
from unionplanner.ui.shell.context import PLANS, AppContext
from unionplanner.ui.shell.screens import fit_to_screen

_HIGHLIGHT = QBrush(QColor("#fff2cc"))
SCAN_WIDTH = 420  # px: a scanned page as shown beside the draft


class ImportReview(QDialog):
    """``saved(parent_id, plan_id)``: the parent body's plan as stored, and the office's new
    plan implementing it to open next (0 when it was saved alone)."""

    saved = Signal(int, int)

    def __init__(self, ctx: AppContext, extraction: Extraction, file_name: str,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.extraction = extraction
        self.file_name = file_name
        self.setWindowTitle(self.tr("Check what was read from %1").replace("%1", file_name))
        fit_to_screen(self, QSize(1250, 780))  # a laptop's screen may be smaller
        self.paragraphs = QListWidget()
        self.paragraphs.setWordWrap(True)
        self.paragraphs.setAlternatingRowColors(True)
        for paragraph in extraction.paragraphs:
            item = QListWidgetItem(paragraph.text)
            if paragraph.bold:
                font = item.font()
                font.setBold(True)
                item.setFont(font)
            self.paragraphs.addItem(item)
        self.editor = PlanEditor(ctx, doc=PlanDocument.from_dict(
            extraction.document.to_dict()), parent=self)
        self.editor.item_selected.connect(self.show_source)
        self._fields = self._header_fields()
        for widget in self._fields:
            widget.installEventFilter(self)
        splitter = QSplitter()
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        self.scans = self._scan_view(extraction.page_images)
        # a target the reading missed: taken from the sentence the clerk points at
        self.take_button = QPushButton(self.tr("Take the targets of this paragraph"))
        self.take_button.setToolTip(self.tr(
            "Adds the quantified targets written in the selected paragraph (or the paragraph "
            "itself as a target) to the Targets tab. A target read by mistake is removed "
            "there with Remove."))
        self.take_button.setEnabled(False)
        self.take_button.clicked.connect(self.take_targets)
        self.paragraphs.currentRowChanged.connect(
            lambda row: self.take_button.setEnabled(row >= 0))
        self.taken = QLabel()
        self.taken.setWordWrap(True)
        if self.scans is None:
            left_layout.addWidget(QLabel(self.tr("The document as read")))
            left_layout.addWidget(self.paragraphs, 1)
        else:  # read with OCR: the text read, and the pages as scanned to compare with
            tabs = QTabWidget()
            tabs.addTab(self.paragraphs, self.tr("Text read (OCR)"))
            tabs.addTab(self.scans, self.tr("Scanned pages (%1)").replace(
                "%1", str(len(extraction.page_images))))
            left_layout.addWidget(tabs, 1)
        left_layout.addWidget(self.take_button)
        left_layout.addWidget(self.taken)
        splitter.addWidget(left)
        splitter.addWidget(self.editor)
        splitter.setSizes([450, 800])
        hint = QLabel(self.tr("Nothing is stored yet. Click a line, an activity, a target or a "
                              "deadline to see the paragraph it was read from; correct what "
                              "is wrong, then save."))
        hint.setWordWrap(True)
        hint.setObjectName("hint")
        buttons = QDialogButtonBox()
        self.save_button = buttons.addButton(self.tr("Save as the parent body's plan"),
                                             QDialogButtonBox.ButtonRole.AcceptRole)
        self.implement_button = buttons.addButton(
            self.tr("Save and draft our plan implementing it"),
            QDialogButtonBox.ButtonRole.AcceptRole)
        cancel = buttons.addButton(self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        self.save_button.clicked.connect(lambda: self.store(implement=False))
        self.implement_button.clicked.connect(lambda: self.store(implement=True))
        cancel.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addWidget(splitter, 1)
        layout.addWidget(buttons)

    def _header_fields(self) -> dict[QObject, str]:
        """The editor's header and signature fields → the key of their source."""
        e = self.editor
        found: dict[QObject, str] = {
            e.number: "header:number", e.symbol: "header:number", e.date: "header:date",
            e.place: "header:date", e.issuer: "header:issuer", e.parent_body: "header:parent",
            e.title_edit: "header:title", e.recipients: "closing:recipients"}
        for widget in (e.authority, e.delegation, e.signer_title, e.signer_name):
            found[widget] = "closing:signer"
        return found

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.FocusIn and obj in self._fields:
            self.show_source(self._fields[obj])
        return False

    def _scan_view(self, images: list[bytes]) -> QScrollArea | None:
        """The scanned pages one under the other (None for a document with text)."""
        if not images:
            return None
        pages = QWidget()
        layout = QVBoxLayout(pages)
        for number, data in enumerate(images, 1):
            picture = QPixmap()
            picture.loadFromData(data, "PNG")
            label = QLabel()
            label.setPixmap(picture.scaledToWidth(  # the panel's width, the whole line seen
                SCAN_WIDTH, Qt.TransformationMode.SmoothTransformation))
            label.setToolTip(self.tr("Page %1").replace("%1", str(number)))
            layout.addWidget(label)
        area = QScrollArea()
        area.setWidget(pages)
        return area

    def show_source(self, item_id: str) -> None:
        """Highlight and scroll to the paragraph item ``item_id`` was read from."""
        index = self.extraction.sources.get(item_id)
        for row in range(self.paragraphs.count()):
            self.paragraphs.item(row).setBackground(QBrush())
        if index is None or index >= self.paragraphs.count():
            return
        item = self.paragraphs.item(index)
        item.setBackground(_HIGHLIGHT)
        self.paragraphs.setCurrentRow(index)
        self.paragraphs.scrollToItem(item, QListWidget.ScrollHint.PositionAtCenter)

    def take_targets(self) -> int:
        """Add the targets written in the selected paragraph to the draft (read as the
        targets part reads them; the paragraph itself as a qualitative target when it holds
        no figure), linked to its paragraph, skipping those already there. Returns how many
        were added."""
        from unionplanner.domain.plans import commands as c
        from unionplanner.domain.plans.document import Target
        from unionplanner.domain.plans.targets import read_targets

        row = self.paragraphs.currentRow()
        if not 0 <= row < len(self.extraction.paragraphs):
            return 0
        text = self.extraction.paragraphs[row].text
        found = read_targets(text, in_targets_part=True) or [Target(text=" ".join(
            text.split()))]
        doc = self.editor.session.doc
        blocks = {block.id for block in doc.blocks}
        block_id = next((key for key, index in self.extraction.sources.items()
                         if index == row and key in blocks), None)
        known = {" ".join(t.text.split()) for t in doc.targets}
        added = [t for t in found if " ".join(t.text.split()) not in known]
        for target in added:
            target.block_id = block_id
            self.extraction.sources[target.id] = row  # clicking it shows this paragraph
            self.editor.session.edit(self.tr("Add a target"), c.insert_item(
                "targets", len(doc.targets), target))
        self.editor.tabs.setCurrentWidget(self.editor.targets)
        if added:
            self.editor.targets.view.selectRow(len(doc.targets) - 1)
        self.taken.setText(self.tr("%1 target(s) added from this paragraph.").replace(
            "%1", str(len(added))) if added else self.tr(
            "The targets of this paragraph are already in the list."))
        return len(added)

    def store(self, implement: bool) -> None:
        """Save the corrected draft (one transaction: the parent plan, and with
        ``implement`` the office's new draft too)."""
        from unionplanner.domain.plans.drafting import implement_plan
        from unionplanner.domain.plans.service import PARENT, create_plan

        doc = PlanDocument.from_dict(self.editor.doc.to_dict())

        def save(session):
            parent = create_plan(session, doc, origin=PARENT, source_file=self.file_name)
            return parent.id, implement_plan(session, parent.id).id if implement else 0

        try:
            parent_id, plan_id = self.ctx.write_now(save, topics={PLANS})
        except UserError as exc:
            QMessageBox.warning(self, self.windowTitle(), exc.message)
            return
        self.saved.emit(parent_id, plan_id)
        self.accept()
