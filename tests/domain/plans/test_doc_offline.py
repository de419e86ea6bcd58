"""Issue 29 item 5: a .doc plan must not make the PC fetch what it names. An HTML page saved
under a Word name made LibreOffice request its pictures and style sheets (15 requests); it is
now read without LibreOffice. A real Word binary goes to LibreOffice with no network (a
network namespace on Linux) and a profile that blocks linked pictures. Other bytes named .doc
are refused."""

from __future__ import annotations

import http.server
import shutil
import subprocess
import threading

import pytest

from unionplanner.core.errors import UserError
from unionplanner.domain.plans.reading import read_paragraphs
from unionplanner.domain.plans.word_binary import offline_prefix
from unionplanner.domain.plans.word_html import looks_like_html, read_html


@pytest.fixture
def server():
    """A web server on localhost that counts the requests it gets: yields (base URL, hits)."""
    hits: list[str] = []

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self):  # noqa: N802
            hits.append(self.path)
            self.send_response(200)
            self.send_header("Content-Type", "image/png")
            self.end_headers()
            self.wfile.write(b"\x89PNG\r\n\x1a\n")

        def log_message(self, *_args):
            pass

    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}", hits
    finally:
        httpd.shutdown()


def page(base: str) -> str:
    return f"""<html xmlns:w="urn:schemas-microsoft-com:office:word">
<head><meta charset="utf-8"><link rel="stylesheet" href="{base}/kieu.css">
<style>p {{ color: red }}</style><script>alert(1)</script></head>
<body><table><tr><td><p align="center">LĐLĐ TỈNH AN BÌNH</p>
<p align="center"><b>CÔNG ĐOÀN XÃ HÒA AN</b></p></td>
<td><p style="text-align: center; font-weight: bold">CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</p>
</td></tr></table>
<p align=center><b>KẾ HOẠCH</b></p><p>Tổ chức Tháng Công nhân năm 2026</p>
<img src="{base}/anh.png"><iframe src="{base}/khung.html"></iframe>
<p>1. Kết nạp 50 đoàn viên mới<br>2. Thăm hỏi 20 công nhân</p></body></html>"""


def test_a_web_page_named_doc_is_read_without_fetching_anything(tmp_path, server):
    base, hits = server
    plan = tmp_path / "Kế hoạch.doc"
    plan.write_text(page(base), encoding="utf-8")
    paragraphs = read_paragraphs(plan)
    texts = [p.text for p in paragraphs]
    assert texts == ["LĐLĐ TỈNH AN BÌNH", "CÔNG ĐOÀN XÃ HÒA AN",
                     "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "KẾ HOẠCH",
                     "Tổ chức Tháng Công nhân năm 2026", "1. Kết nạp 50 đoàn viên mới",
                     "2. Thăm hỏi 20 công nhân"]
    assert [p.cell for p in paragraphs[:3]] == [(0, 0, 0), (0, 0, 0), (0, 0, 1)]
    assert [p.bold for p in paragraphs[:5]] == [False, True, True, True, False]
    assert paragraphs[3].centered and not paragraphs[4].centered
    assert hits == []


def test_html_is_told_from_a_word_binary():
    assert looks_like_html(b"\xef\xbb\xbf<!DOCTYPE html><html>")
    assert looks_like_html(b"<html xmlns:o='urn:schemas-microsoft-com:office:office'>")
    assert looks_like_html(b"  <div><body>")
    assert not looks_like_html(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1")
    assert not looks_like_html(b"{\\rtf1\\ansi")


def test_a_legacy_charset_is_decoded():
    data = '<html><meta charset="windows-1258"><p>Công đoàn</p></html>'.encode("cp1258")
    assert [p.text for p in read_html(data)] == ["Công đoàn"]


def test_bytes_that_are_not_word_are_refused(tmp_path):
    junk = tmp_path / "kh.doc"
    junk.write_bytes(bytes(range(256)) * 40)
    with pytest.raises(UserError, match="không phải tệp Word"):
        read_paragraphs(junk)


@pytest.mark.skipif(not shutil.which("soffice"), reason="LibreOffice Writer not installed")
def test_a_word_binary_is_converted_without_network(tmp_path, server):
    base, hits = server
    source = tmp_path / "nguon.html"
    source.write_text(page(base), encoding="utf-8")
    # a real Word 97–2003 file that links its picture by address
    subprocess.run(["soffice", f"-env:UserInstallation={(tmp_path / 'p').as_uri()}",
                    "--headless", "--convert-to", "doc:MS Word 97", "--outdir",
                    str(tmp_path / "doc"), str(source)], check=True, capture_output=True,
                   timeout=180)
    word = tmp_path / "doc" / "nguon.doc"
    if not word.exists():
        pytest.skip("this LibreOffice does not write .doc from HTML")
    assert word.read_bytes()[:4] == b"\xd0\xcf\x11\xe0"
    hits.clear()
    texts = [p.text for p in read_paragraphs(word)]
    assert "Tổ chức Tháng Công nhân năm 2026" in texts
    assert hits == []
    if shutil.which("unshare"):
        assert offline_prefix() in ((), (shutil.which("unshare"), "-rn"))
