"""The plan editor and the Kế hoạch page: editing through the undo stack (undo/redo), autosave,
issuing locks the plan, amending keeps a revision, the list, and reviewing a read document
with its source paragraphs before saving."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from unionplanner.domain.office.service import OfficeDetails, save_office
from unionplanner.domain.plans import service
from unionplanner.domain.plans.drafting import new_from_template
from unionplanner.domain.plans.extract import read_plan
from unionplanner.domain.plans.models import Plan, PlanRevision
from unionplanner.ui.plans.editor import PlanEditor
from unionplanner.ui.plans.import_review import ImportReview
from unionplanner.ui.plans.page import PlansPage

EDIT = Qt.ItemDataRole.EditRole


@pytest.fixture
def plan_id(ctx):
    with ctx.db.transaction() as session:
        save_office(session, OfficeDetails(name="Liên đoàn Lao động huyện Tuy Phước",
                                           parent_body="LĐLĐ tỉnh Bình Định", symbol="LĐLĐ",
                                           place="Tuy Phước"))
        return new_from_template(session, "thang-cong-nhan", 2024).id


def _stored(ctx, plan_id):
    with ctx.db.session() as session:
        return service.load_document(service.get_plan(session, plan_id))


def test_edits_undo_redo_and_autosave(qtbot, ctx, plan_id, messages):
    editor = PlanEditor(ctx, plan_id)
    qtbot.addWidget(editor)
    outline = editor.outline.model
    original = outline.index(2, 2).data()
    assert outline.setData(outline.index(2, 2), "Mục đích của kế hoạch")
    assert editor.doc.blocks[2].text == "Mục đích của kế hoạch"
    editor.title_edit.setPlainText("Tháng Công nhân 2024")
    assert editor.doc.title == "Tháng Công nhân 2024"
    stack = editor.session.stack
    assert stack.count() == 2
    stack.undo()
    assert editor.title_edit.toPlainText().startswith("Tổ chức các hoạt động")
    stack.undo()
    assert outline.index(2, 2).data() == original
    stack.redo()
    assert outline.index(2, 2).data() == "Mục đích của kế hoạch"
    qtbot.waitUntil(lambda: _stored(ctx, plan_id).blocks[2].text == "Mục đích của kế hoạch",
                    timeout=5000)
    assert editor.saved.text().startswith("Đã lưu")


def test_structure_edits_renumber(qtbot, ctx, plan_id, messages):
    editor = PlanEditor(ctx, plan_id)
    qtbot.addWidget(editor)
    outline = editor.outline
    first_sub = next(i for i, b in enumerate(editor.doc.blocks) if b.level == 3)
    assert outline.model.index(first_sub, 0).data() == "2.1."
    outline.view.selectRow(first_sub)
    outline.move_row(1)
    moved = next(i for i, b in enumerate(editor.doc.blocks)
                 if b.text.startswith("Tổ chức Lễ phát động"))
    assert outline.model.index(moved, 0).data() == "2.2."
    activities = editor.activities
    count = activities.model.rowCount()
    activities.view.selectRow(0)
    activities.add_row()
    assert activities.model.rowCount() == count + 1
    when = activities.model.index(1, 1)
    assert activities.model.setData(when, "Từ tháng 6 đến hết tháng 8/2024")
    assert editor.doc.activities[1].months == ["2024-06", "2024-07", "2024-08"]
    editor.session.stack.undo()
    editor.session.stack.undo()
    assert activities.model.rowCount() == count


def test_issue_locks_and_amending_keeps_a_revision(qtbot, ctx, plan_id, messages):
    editor = PlanEditor(ctx, plan_id)
    qtbot.addWidget(editor)
    editor.issue_button.click()
    assert editor.status == "issued" and editor.locked
    assert editor.title_edit.isReadOnly() and not editor.outline.view.editTriggers()
    old_title = editor.doc.title
    editor.amend_button.click()
    assert not editor.locked
    editor.title_edit.setPlainText("Tổ chức Tháng Công nhân năm 2024 (điều chỉnh)")
    assert editor.save()
    with ctx.db.session() as session:
        plan = session.get(Plan, plan_id)
        assert plan.revision == 2 and plan.title.endswith("(điều chỉnh)")
        assert session.query(PlanRevision).one().snapshot["title"] == old_title
    editor.title_edit.setPlainText("Tổ chức Tháng Công nhân năm 2024 (điều chỉnh lần 1)")
    assert editor.save()
    with ctx.db.session() as session:  # one amendment, one revision, however many saves
        assert session.get(Plan, plan_id).revision == 2
    assert editor.revisions.count() == 1


def test_plans_page_lists_opens_and_copies(qtbot, ctx, plan_id, messages):
    page = PlansPage(ctx)
    qtbot.addWidget(page)
    assert page.model.rowCount() == 1
    assert page.model.index(0, 1).data() == "01/KH-LĐLĐ"
    page.view.selectRow(0)
    page._copy(2025)
    assert page.editor is not None and page.editor.doc.title.endswith("năm 2025")
    page.close_editor()
    assert page.model.rowCount() == 2
    page.search.setText("2025")
    assert page.model.rowCount() == 1


def test_import_review_shows_sources_and_saves_with_our_plan(qtbot, ctx, plan_id, messages,
                                                             seeds_dir):
    extraction = read_plan(seeds_dir / "000_765413dbe16de2c5.docx")
    review = ImportReview(ctx, extraction, "kh.docx")
    qtbot.addWidget(review)
    assert review.paragraphs.count() == len(extraction.paragraphs)
    targets = review.editor.targets
    targets.view.selectRow(0)
    source = extraction.sources[extraction.document.targets[0].id]
    assert review.paragraphs.currentRow() == source
    assert "ít nhất 01" in review.paragraphs.currentItem().text()
    with ctx.db.session() as session:
        before = session.query(Plan).count()
    review.editor.title_edit.setPlainText("Tháng Công nhân 2023 (TLĐ)")
    opened = []
    review.saved.connect(lambda _parent_id, plan_id: opened.append(plan_id))
    review.implement_button.click()
    with ctx.db.session() as session:
        assert session.query(Plan).count() == before + 2
        parent = session.query(Plan).filter_by(origin="parent").one()
        assert parent.title == "Tháng Công nhân 2023 (TLĐ)"
        ours = session.get(Plan, opened[0])
        assert ours.implements_id == parent.id and ours.activities


def test_a_basis_line_links_a_stored_parent_plan(qtbot, ctx, plan_id, messages, seeds_dir):
    with ctx.db.transaction() as session:
        parent = service.create_plan(session, read_plan(
            seeds_dir / "002_2c1bfa3cf37a1e5a.docx").document, origin=service.PARENT).id
    editor = PlanEditor(ctx, plan_id)
    qtbot.addWidget(editor)
    basis = editor.basis
    assert dict(basis.delegates[0].choices)[parent].startswith("39/KH-LĐLĐ")
    assert basis.model.setData(basis.model.index(0, 1), parent)
    assert editor.doc.basis[0].plan_id == parent
    assert basis.model.index(0, 1).data().startswith("39/KH-LĐLĐ")
    basis.view.selectRow(0)
    basis.add_row()
    assert len(editor.doc.basis) == 2 and editor.doc.basis[1].text.startswith("Thực hiện")
    assert editor.save()
    assert _stored(ctx, plan_id).basis[0].plan_id == parent


def test_an_activity_about_some_units(qtbot, ctx, plan_id, messages, monkeypatch, samples):
    from PySide6.QtWidgets import QDialog

    from unionplanner.domain.units.excel import import_units

    with ctx.db.transaction() as session:
        import_units(session, samples / "units.xlsx")
    editor = PlanEditor(ctx, plan_id)
    qtbot.addWidget(editor)

    def tick_two(dialog):
        listing = dialog.findChild(type(editor.revisions))
        for row in (0, 2):
            listing.item(row).setCheckState(Qt.CheckState.Checked)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(QDialog, "exec", tick_two)
    editor.activities.view.selectRow(1)
    extra = [b for b in editor.activities.findChildren(type(editor.issue_button))
             if b.text() == "Chọn đơn vị…"]
    extra[0].click()
    scope = editor.doc.activities[1].scope
    assert (scope.kind, scope.units) == ("units", ["SA001", "SA003"])
    assert editor.activities.model.index(1, 5).data() == "2 đơn vị: SA001, SA003"


def test_a_plan_saved_meanwhile_by_someone_else_is_not_overwritten_unasked(
        qtbot, ctx, plan_id, messages, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    from unionplanner.domain.storage.database import open_database

    page = PlansPage(ctx)
    qtbot.addWidget(page)
    page.open_plan(plan_id)
    editor = page.editor
    colleague = open_database(ctx.db.url)  # another PC on the shared database
    try:
        with colleague.transaction() as session:
            doc = service.load_document(service.get_plan(session, plan_id))
            doc.title = "Bản của đồng nghiệp"
            service.save_plan(session, plan_id, doc)
    finally:
        colleague.dispose()
    # the user edits the stale copy: asked first; "No" shows the colleague's version
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *a, **k: messages.append(("question", a[2]))
                        or QMessageBox.StandardButton.No)
    editor.title_edit.setPlainText("Bản của tôi")
    assert not editor.save()
    assert "vừa được người khác sửa" in messages[-1][1]
    assert _stored(ctx, plan_id).title == "Bản của đồng nghiệp"
    qtbot.waitUntil(lambda: page.editor is not editor, timeout=3000)
    assert page.editor.doc.title == "Bản của đồng nghiệp"
    # the reopened editor knows the latest save: its own edits go through
    page.editor.title_edit.setPlainText("Bản thống nhất")
    assert page.editor.save()
    assert _stored(ctx, plan_id).title == "Bản thống nhất"
    # and "Yes" overwrites knowingly
    with open_database(ctx.db.url) as other, other.transaction() as session:
        doc = service.load_document(service.get_plan(session, plan_id))
        doc.title = "Lại bản của đồng nghiệp"
        service.save_plan(session, plan_id, doc)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    page.editor.title_edit.setPlainText("Bản của tôi, ghi đè")
    assert page.editor.save()
    assert _stored(ctx, plan_id).title == "Bản của tôi, ghi đè"


def test_issuing_shows_what_is_fixed_and_what_is_late_and_asks(qtbot, ctx, plan_id, messages,
                                                                  monkeypatch):
    """Issue 17 item 4: "Ban hành" issued at once, with no word that every month of a 2024
    plan issued in 2026 was already late. It now shows number, date, signer and the late
    activity-months, and issues only on Yes."""
    import datetime as dt

    from PySide6.QtWidgets import QMessageBox

    from unionplanner.ui.plans import issuing

    editor = PlanEditor(ctx, plan_id)
    qtbot.addWidget(editor)
    asked: list[str] = []

    def answer(reply):
        def question(parent, title, text, *args, **kwargs):
            asked.append(text)
            return reply
        return question

    monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.StandardButton.No))
    issuing.change_status(editor, "issued", today=dt.date(2026, 11, 28))
    assert editor.status == "draft" and not editor.locked
    with ctx.db.session() as session:
        assert session.get(Plan, plan_id).status == "draft"
    text = asked[-1]
    assert editor.doc.number_text.removeprefix("Số:").strip() in text
    assert editor.doc.date.strftime("%d/%m/%Y") in text
    months = sum(len(a.months) for a in editor.doc.activities)
    assert f"có {months} tháng thực hiện của các hoạt động đã qua" in text and "11/2026" in text
    monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.StandardButton.Yes))
    issuing.change_status(editor, "issued", today=dt.date(2024, 1, 10))
    assert editor.status == "issued" and "quá hạn" not in asked[-1]


def test_review_columns_leave_the_room_to_the_activity_text(qtbot, ctx, messages, seeds_dir):
    """Issue 17: the activity column was 110 px while empty side columns took 100 px each."""
    extraction = read_plan(seeds_dir / "000_765413dbe16de2c5.docx")
    review = ImportReview(ctx, extraction, "kh.docx")
    qtbot.addWidget(review)
    review.show()
    review.resize(1280, 720)  # a laptop's screen (the test screen is 800 px: after show)
    view = review.editor.activities.view
    review.editor.tabs.setCurrentWidget(review.editor.activities)
    header = view.horizontalHeader()
    qtbot.waitUntil(lambda: header.sectionSize(4) < 100)  # "Phối hợp", empty: fitted
    others = [header.sectionSize(c) for c in range(1, view.model().columnCount())]
    assert max(others) <= 180
    assert header.sectionSize(0) >= 2 * max(others)


def test_review_links_header_fields_and_shows_scanned_pages(qtbot, ctx, messages, tmp_path):
    """Issue 16: entering a header field (issuer, number, date, title, signer) highlights the
    paragraph it was read from; a document read with OCR shows its pages beside the text."""
    import io

    from PIL import Image
    from PySide6.QtWidgets import QTabWidget

    from tests.domain.plans.plan_files import PlanText, write_docx

    plan = PlanText(left=[("LĐLĐ TỈNH SÓC TRĂNG", False), ("CÔNG ĐOÀN VIÊN CHỨC TỈNH", True)],
                    number="Số: 45/KH-CĐN", place_date="Sóc Trăng, ngày 05 tháng 4 năm 2024",
                    title=["Tổ chức Tháng Công nhân năm 2024"],
                    body=["I. MỤC ĐÍCH", "- Tuyên truyền.", "II. NỘI DUNG",
                          "1. Lễ phát động (tháng 5/2024)"])
    extraction = read_plan(write_docx(plan, tmp_path / "kh.docx"))
    page = io.BytesIO()
    Image.new("L", (300, 420), "white").save(page, "PNG")
    extraction.page_images = [page.getvalue()]
    review = ImportReview(ctx, extraction, "kh.pdf")
    qtbot.addWidget(review)
    review.show()
    for widget, text in ((review.editor.issuer, "CÔNG ĐOÀN VIÊN CHỨC TỈNH"),
                         (review.editor.number, "Số: 45/KH-CĐN"),
                         (review.editor.place, "Sóc Trăng, ngày 05 tháng 4 năm 2024"),
                         (review.editor.title_edit, "Tổ chức Tháng Công nhân năm 2024"),
                         (review.editor.signer_name, "TM. BAN THƯỜNG VỤ")):
        review.editor.tabs.setCurrentWidget(widget.parentWidget())
        widget.setFocus()
        qtbot.waitUntil(lambda w=widget: w.hasFocus())
        assert review.paragraphs.currentItem().text() == text
    [tabs] = [t for t in review.findChildren(QTabWidget) if t.indexOf(review.paragraphs) >= 0]
    assert [tabs.tabText(i) for i in range(2)] == ["Chữ đã nhận dạng (OCR)", "Trang quét (1)"]
    assert tabs.widget(1) is review.scans


def test_what_the_editor_holds_is_what_the_pdf_and_word_file_say(qtbot, ctx, plan_id, messages,
                                                                 monkeypatch, tmp_path):
    """Issue 26: after correcting an activity's title, setting its month and adding a target
    in the editor, the PDF (draft and issued) and the Word file printed the old title, the
    old targets and no months."""
    import docx
    from pypdf import PdfReader

    from unionplanner.ui.shell import file_dialogs

    editor = PlanEditor(ctx, plan_id)
    qtbot.addWidget(editor)
    activities, targets = editor.activities.model, editor.targets.model
    old = editor.doc.activities[0].title
    linked = next(b.text for b in editor.doc.blocks if b.id == editor.doc.activities[0].block_id)
    assert old[:20] in linked  # the text repeats the activity's words
    new = "Tổ chức Lễ phát động Tháng Công nhân cấp huyện tại Khu công nghiệp Phú Tài"
    assert activities.setData(activities.index(0, 0), new)
    assert activities.setData(activities.index(0, 1), "tháng 5/2024")
    assert editor.doc.activities[0].months == ["2024-05"]
    editor.targets.add_row()
    row = targets.rowCount() - 1
    assert targets.setData(targets.index(row, 0), "Kết nạp mới 480 đoàn viên công đoàn")

    def written(kind: str) -> str:
        target = tmp_path / f"kh.{kind}"
        monkeypatch.setattr(file_dialogs, "save_path", lambda *a, **k: target)
        path = editor.export(kind)
        if kind == "pdf":
            return " ".join(" ".join(p.extract_text() for p in PdfReader(str(path)).pages)
                            .split())
        document = docx.Document(str(path))
        return " ".join(" ".join([p.text for p in document.paragraphs] + [
            c.text for t in document.tables for r in t.rows for c in r.cells]).split())

    for kind in ("pdf", "docx"):
        text = written(kind)
        assert text.count(new) >= 2, kind  # in the text of the plan and in its appendix
        assert old not in text, kind
        assert "tháng 5/2024" in text, kind
        assert "Kết nạp mới 480 đoàn viên công đoàn" in text, kind
        assert "các hoạt động và chỉ tiêu của kế hoạch" in text.lower(), kind


def test_import_review_takes_a_missed_target_from_its_paragraph_and_drops_one(
        qtbot, ctx, messages, seeds_dir):
    """Issue 26: the clerk points at a sentence the reading did not take as a target: "Take
    the targets of this paragraph" adds what it says, linked to it (selecting the new target
    shows that paragraph); a second time adds nothing; a target read by mistake is removed
    in the Targets tab, and what is saved is what the review shows."""
    extraction = read_plan(seeds_dir / "000_765413dbe16de2c5.docx")
    review = ImportReview(ctx, extraction, "kh.docx")
    qtbot.addWidget(review)
    doc = review.editor.session.doc
    before = [t.text for t in doc.targets]
    taken = {doc.blocks[i].id for i in range(len(doc.blocks))} & {
        t.block_id for t in doc.targets}
    row = next(i for i, p in enumerate(extraction.paragraphs)
               if "%" not in p.text and len(p.text) > 60 and i > 10
               and extraction.sources.get(doc.blocks[0].id) != i
               and not any(extraction.sources.get(b) == i for b in taken))
    from unionplanner.domain.plans.targets import read_targets

    review.paragraphs.setCurrentRow(row)
    assert review.take_button.isEnabled()
    said = read_targets(extraction.paragraphs[row].text, in_targets_part=True)
    assert review.take_targets() == max(1, len(said))
    new = doc.targets[len(before):]
    added = new[-1]
    assert [t.text for t in doc.targets[:len(before)]] == before
    assert [t.text for t in new] == ([t.text for t in said] if said else [
        " ".join(extraction.paragraphs[row].text.split())])
    block = next(b for b in doc.blocks if b.id == added.block_id)
    assert extraction.sources[block.id] == row
    assert review.editor.tabs.currentWidget() is review.editor.targets
    review.editor.targets.view.selectRow(0)
    review.paragraphs.setCurrentRow(0)
    review.editor.targets.view.selectRow(len(doc.targets) - 1)
    assert review.paragraphs.currentRow() == row  # the target shows where it came from
    assert review.take_targets() == 0 and review.taken.text() in (
        "The targets of this paragraph are already in the list.",
        "Các chỉ tiêu của đoạn này đã có trong danh sách.")
    review.editor.targets.view.selectRow(0)  # the first target: dropped
    review.editor.targets.remove_row()
    kept = before[1:] + [t.text for t in new]
    assert [t.text for t in doc.targets] == kept
    review.save_button.click()
    from unionplanner.domain.plans.service import load_document

    with ctx.db.session() as session:
        parent = session.query(Plan).filter_by(origin="parent").one()
        assert [t.text for t in load_document(parent).targets] == kept
