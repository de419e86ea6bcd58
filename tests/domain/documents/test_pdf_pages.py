"""How a printed document breaks into pages: a heading never ends a page, and the signature
block never stands alone (issue 17: page 1 of a printed plan ended with an orphaned heading)."""

from __future__ import annotations

import datetime as dt

from pypdf import PdfReader

from unionplanner.domain.documents import layout as L
from unionplanner.domain.documents.pdf import write_pdf


def _document(filler: int) -> L.OfficialDocument:
    body = [L.Paragraph("I. NỘI DUNG", L.HEADING)]
    body += [L.Paragraph(f"- Nội dung công việc số {n} của công đoàn cơ sở trong năm.")
             for n in range(filler)]
    body += [L.Paragraph("2. Các công đoàn cơ sở", L.HEADING),
             L.Paragraph("- Trước ngày 10/12/2026, báo cáo kết quả về Công đoàn xã.")]
    return L.OfficialDocument(
        issuer="Công đoàn xã Hòa An", parent_body="LĐLĐ tỉnh An Bình",
        number_text="Số: 02/KH-CĐX", place="Hòa An", date=dt.date(2026, 1, 10),
        doc_type="Kế hoạch", title="Công tác tuyên truyền năm 2026", body=body,
        closing=L.Closing(["Các CĐCS;", "Lưu: VT."], "TM. BAN THƯỜNG VỤ", "CHỦ TỊCH",
                          "Trần Minh Khoa"))


def test_no_page_ends_with_a_heading_wherever_the_break_falls(tmp_path):
    """Lengthen the body line by line so the page break falls at every place near the end:
    the closing heading always goes over with its paragraph and the signature."""
    seen_two_pages = 0
    for filler in range(24, 44):
        path = write_pdf(_document(filler), tmp_path / f"kh{filler}.pdf")
        pages = [page.extract_text() for page in PdfReader(str(path)).pages]
        if len(pages) < 2:
            continue
        seen_two_pages += 1
        ends = [line for line in pages[0].splitlines() if line.strip()][-1]
        assert "Các công đoàn cơ sở" not in ends, (filler, ends)
        assert "Trần Minh Khoa" in pages[-1] and "Trước ngày 10/12/2026" in pages[-1]
        assert "2. Các công đoàn cơ sở" in pages[-1]
    assert seen_two_pages >= 10  # the break fell at many places
