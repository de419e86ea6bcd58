"""Files that are not what they seem, at every door (issue 15): a FIFO named like a report
or a plan (it used to hang the import forever, --dry-run too), a .docx that unpacks to a
gigabyte and a 300 MB .txt (they ran to 2,7–3,1 GB of memory). Each is refused at once with
a sentence naming the file; nothing is read or written."""

from __future__ import annotations

import os
import sys
import zipfile

import pytest

from unionplanner.core.errors import UserError

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="FIFOs are POSIX")


def test_a_fifo_named_like_a_report_is_refused_without_hanging(tmp_path):
    from unionplanner.domain.sheets.workbook import BadFile, read_book

    fifo = tmp_path / "bao cao.xlsx"
    os.mkfifo(fifo)  # nobody writes to it: opening it would block for ever
    with pytest.raises(BadFile, match="bao cao.xlsx.*không phải một tệp thông thường"):
        read_book(fifo)


@pytest.mark.sqlite_only
def test_a_fifo_in_the_import_batch_is_one_refused_file(tmp_path, samples):
    """The whole command, in its own process with a time limit: the FIFO is one file with
    an error, the real report beside it imports, and it ends (it used to hang for ever)."""
    import json
    import shutil
    import subprocess

    from unionplanner.cli import main

    db = str(tmp_path / "office.sqlite3")
    assert main(["--db", db, "units", "import", str(samples / "units.xlsx")]) == 0
    assert main(["--db", db, "forms", "import", str(samples / "form.xlsx")]) == 0
    folder = tmp_path / "in"
    folder.mkdir()
    os.mkfifo(folder / "f.xlsx")
    report = folder / "Truong Mam non Phuoc Son - bieu so lieu.xlsx"
    shutil.copy(samples / "reports" / report.name, report)
    for extra in (["--dry-run"], []):
        result = subprocess.run(
            [sys.executable, "-m", "unionplanner", "--db", db, "--json", "reports", "import",
             str(folder / "f.xlsx"), str(report), "--form", "1", "--period", "2023-05",
             *extra],
            capture_output=True, text=True, timeout=60)
        files = {f["file"]: f["status"] for f in json.loads(result.stdout)["files"]}
        assert files == {"f.xlsx": "error",
                         "Truong Mam non Phuoc Son - bieu so lieu.xlsx": "imported"}, extra


def test_a_fifo_or_a_bomb_as_the_parents_plan_is_refused(tmp_path):
    from unionplanner.domain.plans.reading import read_paragraphs

    fifo = tmp_path / "ke hoach.docx"
    os.mkfifo(fifo)
    with pytest.raises(UserError, match="không phải một tệp thông thường"):
        read_paragraphs(fifo)
    bomb = tmp_path / "ke hoach nen.docx"
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", b"<w:document>" + b" " * 400_000_000
                         + b"</w:document>")
    assert bomb.stat().st_size < 2_000_000
    with pytest.raises(UserError, match="ke hoach nen.docx.*giải nén ra"):
        read_paragraphs(bomb)
    text = tmp_path / "ke hoach.txt"
    with text.open("wb") as handle:
        handle.truncate(300 * 2**20)  # sparse: 300 MB on paper, nothing on the disk
    with pytest.raises(UserError, match="ke hoach.txt.*quá lớn"):
        read_paragraphs(text)


def test_a_text_plan_in_no_known_encoding_is_read_not_a_crash(tmp_path):
    """Found by the fuzz run over every reader: a .txt whose bytes fit neither UTF-8 nor
    cp1258 nor cp1252 (0x81 is undefined in cp1252) crashed with UnboundLocalError."""
    from unionplanner.domain.plans.reading import read_paragraphs

    plan = tmp_path / "ke hoach.txt"
    plan.write_bytes("KẾ HOẠCH\nTổ chức Tháng Công nhân năm 2026\n".encode() + b"\x81\x8d\xff")
    paragraphs = read_paragraphs(plan)
    assert paragraphs[0].text == "KẾ HOẠCH"


def test_a_damaged_xls_claiming_millions_of_cells_is_refused_not_allocated(tmp_path, samples):
    """Found by the fuzz run over every reader: a flipped bit in one cell record of an .xls
    (its column number) made python-calamine allocate a gigabyte for the sheet — an
    allocation failure aborts the whole program. The records are measured first."""
    import shutil
    import struct

    import olefile

    from unionplanner.domain.sheets.workbook import BadFile, read_book

    source = samples / "reports" / "TCN2023_TramYtexaPhuocNghia.xls"
    path = tmp_path / "bao cao.xls"
    shutil.copy(source, path)
    assert read_book(path).sheets  # the original reads
    with olefile.OleFileIO(str(path), write_mode=True) as ole:
        data = bytearray(ole.openstream("Workbook").read())
        at = 0
        while at + 4 <= len(data):  # the first LABELSST cell: its column goes far right
            kind, length = struct.unpack_from("<HH", data, at)
            if kind == 0x00FD:
                struct.pack_into("<HH", data, at + 4, 60000, 60000)
                break
            at += 4 + length
        ole.write_stream("Workbook", bytes(data))
    with pytest.raises(BadFile, match="bao cao.xls.*trải rộng bất thường"):
        read_book(path)


def test_a_docx_from_an_unknown_zip_version_is_called_damaged_not_a_crash(tmp_path):
    """Found by the fuzz run: a .docx whose zip says it needs version 14.8 to unpack raised
    NotImplementedError out of the size check."""
    import docx

    from unionplanner.domain.plans.reading import read_paragraphs

    path = tmp_path / "ke hoach.docx"
    document = docx.Document()
    document.add_paragraph("KẾ HOẠCH")
    document.save(str(path))
    data = bytearray(path.read_bytes())
    central = data.find(b"PK\x01\x02")
    data[central + 6:central + 8] = (148).to_bytes(2, "little")  # version needed to extract
    path.write_bytes(bytes(data))
    with pytest.raises(UserError, match="ke hoach.docx.*bị hỏng"):
        read_paragraphs(path)
