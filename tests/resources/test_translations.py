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
                          "Báo cáo tổng hợp", "Đơn vị", "Cài đặt"]
        # labels of codes: those the window translates, and the sectors' one table
        assert QCoreApplication.translate("Labels", "Dissolved") == "Đã giải thể"
        assert labels.sector_label("fdi") == "Doanh nghiệp có vốn đầu tư nước ngoài"
        assert install_translators(qapp, "en")
        assert PAGES[0].title == "Overview"
    finally:
        install_translators(qapp, "vi")
