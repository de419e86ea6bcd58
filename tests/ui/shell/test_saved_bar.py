"""Issue 17 item 10: after a save nothing was shown. The main window now shows which file was
saved where, with buttons to open it and its folder."""

from __future__ import annotations

from PySide6.QtGui import QDesktopServices

from unionplanner.ui.shell import file_dialogs, saved_bar


def test_a_saved_file_is_announced_with_open_buttons(qtbot, window, tmp_path, monkeypatch):
    target = tmp_path / "Tài liệu" / "Chua nop 2023-05.xlsx"
    target.parent.mkdir()
    monkeypatch.setattr(file_dialogs, "save_path", lambda *args, **kwargs: target)
    opened: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toLocalFile()))
    bar = window.saved_bar
    assert bar.isHidden()
    window.show_page("received")
    window.pages["received"]._export_missing()
    assert target.is_file()
    assert bar.isVisible() and "Chua nop 2023-05.xlsx" in bar.label.text()
    assert "Đã lưu" in bar.label.text() and str(target.parent) in bar.label.text()
    assert (bar.open_button.text(), bar.folder_button.text()) == ("Mở tệp", "Mở thư mục")
    bar.open_button.click()
    if saved_bar.sys.platform != "win32":
        bar.folder_button.click()
        assert opened == [str(target), str(target.parent)]
    else:
        assert opened == [str(target)]
