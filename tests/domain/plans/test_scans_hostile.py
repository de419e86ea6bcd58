"""Issue 29 item 3: scans within limits, in Vietnamese. An ordinary 600-dpi colour A4 scan
could not be read at all (pypdf's 75 MB image buffer); a picture declaring 60000 × 60000
pixels, a Flate bomb, JBIG2 and garbage picture data ended in a traceback. Each page's picture
is now measured before it is decoded, JPEG scans are decoded at the size OCR needs, and each
fault is one sentence naming the page."""

from __future__ import annotations

import io
import shutil
import zlib

import pytest
from PIL import Image, ImageDraw, ImageFont

from tests.conftest import ROOT
from tests.helpers import write_raw_pdf
from unionplanner.core.errors import UserError
from unionplanner.domain.plans import ocr

pytestmark = pytest.mark.skipif(not shutil.which("tesseract"), reason="Tesseract not installed")


def pdf_with_picture(path, picture: dict, data: bytes):
    """A one-page PDF drawing one picture XObject with the given dictionary and stream."""
    entries = "".join(f"/{k} {v} " for k, v in picture.items())
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /XObject "
        b"<< /Im0 5 0 R >> >> /Contents 4 0 R >>",
    ]
    content = b"q 595 0 0 842 0 0 cm /Im0 Do Q"
    head = f"<< /Type /XObject /Subtype /Image {entries}/Length {len(data)} >>".encode()
    return write_raw_pdf(path, [
        *objects, b"<< /Length %d >>\nstream\n%s\nendstream" % (len(content), content),
        b"%s\nstream\n%s\nendstream" % (head, data)])


def scan(dpi: int, mode: str) -> Image.Image:
    width, height = int(8.27 * dpi), int(11.69 * dpi)
    page = Image.new(mode, (width, height), "white")
    font = ImageFont.truetype(str(ROOT / "resources" / "fonts" / "LiberationSerif-Bold.ttf"),
                              dpi // 5)
    draw = ImageDraw.Draw(page)
    for n, line in enumerate(["CÔNG ĐOÀN XÃ HÒA AN", "KẾ HOẠCH",
                              "Tổ chức Tháng Công nhân năm 2026"]):
        draw.text((dpi, dpi + n * dpi // 2), line, fill="black", font=font)
    return page


def jpeg(image: Image.Image) -> bytes:
    buffer = io.BytesIO()
    image.save(buffer, "JPEG", quality=80)
    return buffer.getvalue()


def test_an_ordinary_600_dpi_colour_scan_is_read(tmp_path):
    page = scan(600, "RGB")
    path = pdf_with_picture(tmp_path / "quet.pdf", {
        "Width": page.width, "Height": page.height, "ColorSpace": "/DeviceRGB",
        "BitsPerComponent": 8, "Filter": "/DCTDecode"}, jpeg(page))
    read = ocr.read_page(path, 0)
    assert "KẾ HOẠCH" in read.text and "Tháng Công nhân" in read.text


@pytest.mark.parametrize("case, words", [
    ("declared", "quá lớn để đọc (60000 × 60000"),
    ("jpeg_header", "quá lớn để đọc"),
    ("flate_bomb", "quá lớn để đọc"),
    ("jbig2", "JBIG2"),
    ("garbage", "bị hỏng"),
])
def test_hostile_pictures_are_one_sentence_naming_the_page(tmp_path, case, words):
    small = jpeg(Image.new("L", (40, 40), "white"))
    if case == "declared":
        picture, data = {"Width": 60000, "Height": 60000, "ColorSpace": "/DeviceGray",
                         "BitsPerComponent": 8, "Filter": "/DCTDecode"}, small
    elif case == "jpeg_header":  # the PDF says 40 × 40, the JPEG's own header 60000 × 60000
        data = bytearray(small)
        sof = data.index(b"\xff\xc0")
        data[sof + 5:sof + 9] = (60000).to_bytes(2, "big") * 2
        picture, data = {"Width": 40, "Height": 40, "ColorSpace": "/DeviceGray",
                         "BitsPerComponent": 8, "Filter": "/DCTDecode"}, bytes(data)
    elif case == "flate_bomb":  # 1 GB of zeros in about a megabyte, declared 100 Mpx
        squeeze = zlib.compressobj(9)
        chunk = bytes(2**24)
        data = b"".join(squeeze.compress(chunk) for _ in range(64)) + squeeze.flush()
        picture = {"Width": 10000, "Height": 10000, "ColorSpace": "/DeviceGray",
                   "BitsPerComponent": 8, "Filter": "/FlateDecode"}
    elif case == "jbig2":
        picture, data = {"Width": 2480, "Height": 3508, "ColorSpace": "/DeviceGray",
                         "BitsPerComponent": 1, "Filter": "/JBIG2Decode"}, b"\x97JB2" * 100
    else:
        picture, data = {"Width": 100, "Height": 100, "ColorSpace": "/DeviceGray",
                         "BitsPerComponent": 8, "Filter": "/FlateDecode"}, b"garbage" * 50
    path = pdf_with_picture(tmp_path / "quet.pdf", picture, data)
    with pytest.raises(UserError) as refused:
        ocr.read_page(path, 0)
    assert "trang 1 của tệp \"quet.pdf\"" in refused.value.message
    assert words in refused.value.message
