"""The Vietnamese catalogue is complete, current with the sources, and compiled."""

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

from tests.conftest import ROOT

TS = ROOT / "resources" / "i18n" / "unionplanner_vi.ts"


def messages(path: Path) -> dict[tuple[str, str], ET.Element]:
    found = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.find("name").text
        for message in context.findall("message"):
            found[(name, message.find("source").text)] = message.find("translation")
    return found


def test_vietnamese_catalogue_has_no_unfinished_entries():
    def text(tr: ET.Element) -> str:  # plural messages keep theirs in <numerusform>
        return (tr.text or "").strip() or "".join(
            (form.text or "").strip() for form in tr.findall("numerusform"))

    unfinished = [key for key, tr in messages(TS).items()
                  if tr.get("type") in ("unfinished", "vanished", "obsolete") or not text(tr)]
    assert unfinished == []


def test_placeholders_survive_translation():
    for (context, source), tr in messages(TS).items():
        translated = (tr.text or "").strip() or "".join(
            f.text or "" for f in tr.findall("numerusform"))
        assert sorted(re.findall(r"%[\dn]", source)) == sorted(
            re.findall(r"%[\dn]", translated)), (context, source)


def test_catalogue_is_current_with_the_sources(tmp_path):
    lupdate = Path(sys.executable).with_name("pyside6-lupdate")
    assert lupdate.exists(), "pyside6-lupdate comes with PySide6-Essentials"
    sources = sorted(str(p) for p in (ROOT / "unionplanner" / "ui").rglob("*.py"))
    sources.append(str(ROOT / "unionplanner" / "app.py"))
    fresh = tmp_path / "fresh.ts"
    shutil.copy(TS, fresh)
    subprocess.run([str(lupdate), "-silent", "-no-obsolete", *sources, "-ts", str(fresh)],
                   check=True, timeout=120)
    missing = set(messages(fresh)) - set(messages(TS))
    stale = set(messages(TS)) - set(messages(fresh))
    assert not missing, f"run `make translations` and translate: {sorted(missing)}"
    assert not stale, f"strings no longer in the sources: {sorted(stale)}"


def test_compiled_catalogue_translates_the_navigation(qapp):
    from PySide6.QtCore import QCoreApplication

    from unionplanner.ui.shell import labels
    from unionplanner.ui.shell.i18n import install_translators
    from unionplanner.ui.shell.pages import PAGES

    try:
        assert install_translators(qapp, "vi")
        titles = [spec.title for spec in PAGES]
        assert titles == ["Tổng quan", "Kế hoạch", "Theo dõi hoạt động", "Báo cáo CĐCS",
                          "Báo cáo tổng hợp", "Văn bản đi", "Đơn vị", "Cài đặt"]
        # labels of codes: those the window translates, and the sectors' one table
        assert QCoreApplication.translate("Labels", "Dissolved") == "Đã giải thể"
        assert labels.sector_label("fdi") == "Doanh nghiệp có vốn đầu tư nước ngoài"
        assert install_translators(qapp, "en")
        assert PAGES[0].title == "Overview"
    finally:
        install_translators(qapp, "vi")


QT_TS = ROOT / "resources" / "i18n" / "qtbase_vi.ts"


def test_our_catalogue_for_qt_uses_qt_own_keys_and_keeps_placeholders(qapp):
    """Issue 17 item 6: Qt ships no Vietnamese. Each entry of qtbase_vi.ts must be a string
    Qt really asks for (one of Qt's own catalogues translates it), else it would never
    be used; %1 and friends must survive."""
    from PySide6.QtCore import QLibraryInfo, QTranslator

    folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    theirs = []
    for language in ("de", "fr", "ru", "ja"):
        translator = QTranslator()
        assert translator.load(f"qtbase_{language}", folder)
        theirs.append(translator)
    entries = messages(QT_TS)
    assert len(entries) > 150
    unknown = [key for key in entries if not any(t.translate(*key) for t in theirs)]
    assert unknown == []
    for (context, source), tr in entries.items():
        assert tr.text and tr.get("type") is None, (context, source)
        assert sorted(re.findall(r"%\d", source)) == sorted(re.findall(r"%\d", tr.text))


def test_qt_own_dialogs_speak_vietnamese(qtbot, qapp):
    """The file dialog's labels, the standard buttons, "Show Details…" and the wizard's
    buttons were English in the Vietnamese window."""
    from PySide6.QtWidgets import (
        QDialogButtonBox,
        QFileDialog,
        QLabel,
        QMessageBox,
        QPushButton,
        QWizard,
    )

    from unionplanner.ui.shell.i18n import install_translators

    assert install_translators(qapp, "vi")
    from PySide6.QtCore import QCoreApplication

    # the Type column of the file list ("Folder" was left in English)
    assert QCoreApplication.translate("QAbstractFileIconProvider", "Folder") == "Thư mục"
    dialog = QFileDialog(None, "Chọn tệp")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    qtbot.addWidget(dialog)
    labels = {label.text() for label in dialog.findChildren(QLabel)}
    assert {"&Tìm trong:", "&Tên tệp:", "&Loại tệp:"} <= labels
    buttons = {button.text() for button in dialog.findChildren(QPushButton)}
    assert {"&Mở", "Hủy"} <= buttons
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                           | QDialogButtonBox.StandardButton.Cancel)
    qtbot.addWidget(box)
    assert {b.text() for b in box.buttons()} == {"Đồng ý", "Hủy"}
    message = QMessageBox(QMessageBox.Icon.Warning, "Lỗi", "Không đọc được tệp.")
    message.setDetailedText("chi tiết")
    qtbot.addWidget(message)
    message.show()
    assert any(b.text() == "Xem chi tiết..." for b in message.buttons())
    wizard = QWizard()
    qtbot.addWidget(wizard)
    assert wizard.buttonText(QWizard.WizardButton.NextButton) in ("&Tiếp >", "&Tiếp")
    assert wizard.buttonText(QWizard.WizardButton.CancelButton) == "Hủy"
    install_translators(qapp, "vi")
