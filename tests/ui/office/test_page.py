"""Issue 17: the register of outgoing documents in the window — a report saved for signing
gets its number (printed on it), a document made elsewhere is numbered by hand, and the
Văn bản đi page lists the year's numbers with the issued plans."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate

from unionplanner.domain.office.outgoing import add_document, list_documents
from unionplanner.ui.office.number import NumberDialog
from unionplanner.ui.office.page import OutgoingPage


def _docs(ctx):
    with ctx.db.session() as session:
        return [(d.kind, d.number, d.summary) for d in list_documents(session)]


def test_saving_without_the_tick_numbers_nothing(qtbot, demo_ctx, messages):
    dialog = NumberDialog(demo_ctx, "BC", "Báo cáo tổng hợp tháng 10/2026", "Báo cáo tổng hợp")
    qtbot.addWidget(dialog)
    assert not dialog.number.isEnabled()
    dialog.accept()
    assert dialog.number_text == "" and _docs(demo_ctx) == []


def test_the_tick_enters_the_report_and_gives_the_printed_number(qtbot, demo_ctx, messages):
    year = dt.date.today().year
    with demo_ctx.db.transaction() as session:
        add_document(session, "BC", "Báo cáo quý", dt.date(year, 1, 5))
    dialog = NumberDialog(demo_ctx, "BC", "Báo cáo tổng hợp tháng 10/2026", "Báo cáo tổng hợp")
    qtbot.addWidget(dialog)
    dialog.enter.setChecked(True)
    assert dialog.number.value() == 2  # the next free one
    dialog.number.setValue(1)  # taken: refused, the dialog stays
    dialog.accept()
    assert "đã cấp" in messages[-1][1] and dialog.result() == 0
    dialog.number.setValue(2)
    dialog.accept()
    assert dialog.number_text == "Số: 02/BC-CĐX"
    assert ("BC", 2, "Báo cáo tổng hợp tháng 10/2026") in _docs(demo_ctx)


def test_the_page_lists_numbers_and_numbers_a_letter_by_hand(qtbot, demo_ctx, messages):
    page = OutgoingPage(demo_ctx)
    qtbot.addWidget(page)
    assert page.model.rowCount() == 0
    page.add_document()
    dialog = page._dialog
    assert dialog.kind.isEnabled() and dialog.kind.currentData() == "CV"
    dialog.date.setDate(QDate(page.year.value(), 3, 2))
    dialog.summary.setText("V/v đôn đốc gửi báo cáo tháng")
    dialog.accept()
    assert page.model.rowCount() == 1
    assert page.model.index(0, 0).data() == "01/CV-CĐX"
    assert page.model.index(0, 3).data() == "V/v đôn đốc gửi báo cáo tháng"


def test_a_summary_saved_for_signing_prints_its_number(qtbot, ctx, samples, messages, tmp_path,
                                                        monkeypatch):
    from pypdf import PdfReader

    from tests.helpers import learn_and_store
    from unionplanner.domain.office.service import OfficeDetails, save_office
    from unionplanner.domain.received.session import import_paths
    from unionplanner.domain.units.excel import import_units
    from unionplanner.ui.office import number
    from unionplanner.ui.shell import file_dialogs
    from unionplanner.ui.summary.page import SummaryPage

    with ctx.db.transaction() as session:
        save_office(session, OfficeDetails(name="Công đoàn xã Hòa An", symbol="CĐX"))
        import_units(session, samples / "units.xlsx")
        form_id = learn_and_store(session, "TCN", samples / "form.xlsx")
    import_paths(ctx.db, [samples / "reports"], form_id, "2023-05")
    page = SummaryPage(ctx)
    qtbot.addWidget(page)
    page.first.setDate(QDate(2023, 5, 1))
    monkeypatch.setattr(file_dialogs, "save_path", lambda *a, **k: tmp_path / "bc.pdf")
    monkeypatch.setattr(number, "ask_number", lambda *a, **k: "Số: 07/BC-CĐX")
    written = page.save("pdf")
    text = "".join(p.extract_text() for p in PdfReader(str(written)).pages[:1])
    assert "07/BC-CĐX" in text
    monkeypatch.setattr(number, "ask_number", lambda *a, **k: None)  # Cancel: nothing saved
    (tmp_path / "bc.pdf").unlink()
    page.first.setDate(QDate(2023, 6, 1))  # another report, not numbered yet
    assert page.save("pdf") is None and not (tmp_path / "bc.pdf").exists()


def test_one_report_keeps_one_number_as_pdf_word_and_after_a_restart(qtbot, ctx, samples,
                                                                     messages, tmp_path,
                                                                     monkeypatch):
    """Issue 27 item 5: the summary's PDF took 02/BC, its Word copy offered number 3 (or
    "Số: /BC" when the tick was left off). The report keeps the number it was given."""
    import docx

    from tests.helpers import learn_and_store
    from unionplanner.domain.office.service import OfficeDetails, save_office
    from unionplanner.domain.received.session import import_paths
    from unionplanner.domain.units.excel import import_units
    from unionplanner.ui.shell import file_dialogs
    from unionplanner.ui.summary.page import SummaryPage

    with ctx.db.transaction() as session:
        save_office(session, OfficeDetails(name="Công đoàn xã Hòa An", symbol="CĐX"))
        import_units(session, samples / "units.xlsx")
        form_id = learn_and_store(session, "TCN", samples / "form.xlsx")
        add_document(session, "BC", "Báo cáo quý", dt.date.today())
    import_paths(ctx.db, [samples / "reports"], form_id, "2023-05")
    asked: list[str] = []

    def tick_and_accept(dialog):
        asked.append(dialog.summary.text())
        dialog.enter.setChecked(True)
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(NumberDialog, "exec", tick_and_accept)
    for round_ in range(2):  # the second: a new page, as after a restart
        page = SummaryPage(ctx)
        qtbot.addWidget(page)
        page.first.setDate(QDate(2023, 5, 1))
        for kind in ("pdf", "docx"):
            target = tmp_path / f"bc{round_}.{kind}"
            monkeypatch.setattr(file_dialogs, "save_path", lambda *a, t=target, **k: t)
            assert page.save(kind) == target
    assert len(asked) == 1
    assert [(k, n) for k, n, _s in _docs(ctx)] == [("BC", 2), ("BC", 1)]
    for round_ in range(2):
        document = docx.Document(str(tmp_path / f"bc{round_}.docx"))
        words = "\n".join([p.text for p in document.paragraphs] + [
            cell.text for table in document.tables for row in table.rows for cell in row.cells])
        assert "Số: 02/BC-CĐX" in words
