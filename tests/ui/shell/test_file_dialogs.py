"""Open and save dialogs start in Documents (or the folder last used), never in the
program's folder, and suggest names Windows accepts."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStandardPaths
from PySide6.QtWidgets import QFileDialog

from unionplanner.ui.shell import file_dialogs


def test_a_save_dialog_starts_in_documents_then_where_the_user_saved(qapp, qsettings, tmp_path,
                                                                      monkeypatch):
    documents = tmp_path / "Documents"
    documents.mkdir()
    monkeypatch.setattr(QStandardPaths, "writableLocation", lambda _where: str(documents))
    monkeypatch.chdir(tmp_path)  # the program's folder, where a bare name used to land
    asked = []

    def answer(_parent, _title, suggested, _filters):
        asked.append(suggested)
        return str(tmp_path / "Báo cáo" / Path(suggested).name), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", answer)
    (tmp_path / "Báo cáo").mkdir()
    chosen = file_dialogs.save_path(None, "Lưu", "KH 12/KH-CĐ: Tết?.pdf", "PDF (*.pdf)")
    assert asked[0] == str(documents / "KH 12-KH-CĐ- Tết.pdf")
    assert chosen == tmp_path / "Báo cáo" / "KH 12-KH-CĐ- Tết.pdf"
    file_dialogs.save_path(None, "Lưu", "Tiến độ.pdf", "PDF (*.pdf)")
    assert asked[1] == str(tmp_path / "Báo cáo" / "Tiến độ.pdf")  # the folder last used
    (tmp_path / "Báo cáo").rename(tmp_path / "moved")
    assert file_dialogs.start_folder() == documents  # gone: back to Documents


def test_a_cancelled_dialog_remembers_nothing(qapp, qsettings, tmp_path, monkeypatch):
    monkeypatch.setattr(QStandardPaths, "writableLocation", lambda _where: str(tmp_path))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_a: ("", ""))
    assert file_dialogs.open_path(None, "Mở") is None
    assert file_dialogs.start_folder() == tmp_path
