"""Issue 27 item 10: Help had only "Giới thiệu" and there were no page shortcuts. The user
guide opens at the part for the page on screen (F1), whole from the Help menu, shows its
pictures, prints to a PDF; Ctrl+1…8 go to the pages; main actions show their keys."""

from __future__ import annotations

from PySide6.QtCore import Qt

from unionplanner.ui.shell.help import ANCHORS, anchors, guide_file, guide_pictures
from unionplanner.ui.shell.pages import PAGES


def test_the_guide_has_a_part_for_every_page_and_every_picture_it_shows():
    html = guide_file().read_text(encoding="utf-8")
    assert set(ANCHORS) == {spec.key for spec in PAGES} | {"welcome"}
    assert set(ANCHORS.values()) <= set(anchors(html))
    pictures = guide_pictures(html)
    assert len(pictures) >= 6
    for picture in pictures:
        assert (guide_file().parent / picture).stat().st_size > 5_000, picture
    import re

    for href in re.findall(r'href="#([^"]+)"', html):
        assert href in anchors(html), href  # no link of the contents leads nowhere


def test_f1_opens_the_guide_at_the_page_on_screen(qtbot, window):
    from PySide6.QtTest import QTest

    window.show_page("tracking")
    QTest.keyClick(window, Qt.Key.Key_F1)
    help_window = window._help
    assert help_window is not None and help_window.isVisible()
    browser = help_window.browser
    top = browser.cursorForPosition(browser.viewport().rect().topLeft()).block().text()
    assert top.startswith("4. Theo dõi hoạt động")
    from PySide6.QtCore import QUrl
    from PySide6.QtGui import QTextDocument

    for image in guide_pictures(guide_file().read_text(encoding="utf-8")):  # found, drawn
        loaded = browser.loadResource(QTextDocument.ResourceType.ImageResource, QUrl(image))
        assert loaded is not None and not loaded.isNull(), image
    window.show_page("units")
    window.show_help(window.current_key())
    top = browser.cursorForPosition(browser.viewport().rect().topLeft()).block().text()
    assert top.startswith("8. Đơn vị")


def test_ctrl_and_a_number_goes_to_that_page(qtbot, window):
    from PySide6.QtTest import QTest

    window.show()
    qtbot.waitExposed(window)
    for number, spec in enumerate(PAGES, 1):
        QTest.keyClick(window, getattr(Qt.Key, f"Key_{number}"),
                       Qt.KeyboardModifier.ControlModifier)
        assert window.current_key() in (spec.key, "welcome"), spec.key
    received = window.pages["received"]
    assert received.import_button.shortcut().toString() == "Ctrl+I"
    assert received.import_button.toolTip() == "Nhập báo cáo (Ctrl+I)"
    assert window.pages["plans"].new_button.shortcut().toString() == "Ctrl+N"


def test_the_guide_prints_to_a_pdf_with_its_pictures(qapp, tmp_path):
    from pypdf import PdfReader

    from unionplanner.ui.shell.help import write_guide_pdf

    pdf = PdfReader(str(write_guide_pdf(tmp_path / "huong-dan.pdf")))
    text = " ".join(page.extract_text() for page in pdf.pages)
    assert len(pdf.pages) >= 6
    assert "Hướng dẫn sử dụng UnionPlanner" in " ".join(text.split())
    pictures = sum(len(page.images) for page in pdf.pages)
    assert pictures >= 6
