"""Every export is written beside its target and renamed into place when complete (issue
15 item 8): a disk that fills up half-way leaves the earlier file as it was — or no file —
never a truncated .pdf, .docx or .xlsx, and no temporary file behind."""

from __future__ import annotations

import errno

import pytest

from unionplanner.domain.documents import layout as L


def _document() -> L.OfficialDocument:
    return L.OfficialDocument(
        issuer="CÔNG ĐOÀN XÃ HÒA AN", parent_body="LĐLĐ TỈNH THỬ NGHIỆM", number_text="Số: 1/BC",
        place="Hòa An", date=None, doc_type="BÁO CÁO", title="Kết quả tháng 5",
        body=[L.Paragraph("Nội dung báo cáo."),
              L.Table([["STT", "Nội dung"]], [["1", "Kết nạp đoàn viên"]], [0.2, 0.8])])


def _half_then_full(target):
    """Write half a file into ``target`` (a path or an open stream), then fail as a full
    disk does."""
    if hasattr(target, "write"):
        target.write(b"PK\x03\x04 half a file")
    else:
        with open(target, "wb") as half:
            half.write(b"PK\x03\x04 half a file")
    raise OSError(errno.ENOSPC, "No space left on device")


@pytest.mark.parametrize("kind", ["pdf", "docx", "xlsx"])
def test_a_full_disk_leaves_the_earlier_file_whole_and_nothing_else(tmp_path, monkeypatch,
                                                                     kind):
    from unionplanner.domain.documents.excel import write_tables
    from unionplanner.domain.documents.pdf import write_pdf
    from unionplanner.domain.documents.word import write_docx

    target = tmp_path / f"Bao cao.{kind}"
    write = {"pdf": lambda p: write_pdf(_document(), p),
             "docx": lambda p: write_docx(_document(), p),
             "xlsx": lambda p: write_tables(p, "Tổng hợp", {"Tổng hợp": (
                 ["STT", "Nội dung"], [[1, "Kết nạp đoàn viên"]], [6, 40])})}[kind]
    write(target)
    earlier = target.read_bytes()
    assert len(earlier) > 1000

    if kind == "pdf":
        from reportlab.platypus import BaseDocTemplate

        monkeypatch.setattr(BaseDocTemplate, "build",
                            lambda self, *_a, **_k: _half_then_full(self.filename))
    elif kind == "docx":
        from docx.document import Document

        monkeypatch.setattr(Document, "save", lambda self, stream: _half_then_full(stream))
    else:
        from openpyxl import Workbook

        monkeypatch.setattr(Workbook, "save", lambda self, filename: _half_then_full(filename))
    with pytest.raises(OSError):
        write(target)
    assert target.read_bytes() == earlier
    assert sorted(p.name for p in tmp_path.iterdir() if p.is_file()) == [target.name]
