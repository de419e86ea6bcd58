"""A PDF's text by position: the pages as pypdf lays them out (``extraction_mode="layout"``:
each line at its place, columns apart), read the way the eye reads an administrative
document.

- The header (page 1, above the document type) and the closing (from "Nơi nhận:" or the
  signer's "TM."/"KT." on) are two columns: each line is cut where a wide gap separates its
  parts, and a part belongs to the left or the right column by where it starts. The left
  column's lines come first, then the right's, as a Word table's cells do — the words of the
  two columns never mix ("CÔNG ĐOÀN GIÁO DỤC SÓC" / "TRĂNG CĐCS TRƯỜNG…" was how plain
  extraction gave them).
- An appendix after the signature ("Phụ lục", its title and tables) is read as body text
  again, after the closing.
- The body is one column: a line indented past the left edge starts a paragraph (the first
  line's indent of Nghị định 30/2020/NĐ-CP), as does a numbered item or a bullet, or any
  line after one that ended a sentence well short of a full line or was a heading in
  capitals (documents written without indents); other lines continue the paragraph above.
  A line that starts well past that indent is centred (the title).
"""

from __future__ import annotations

import re

from unionplanner.core.text import clean
from unionplanner.domain.plans.paragraphs import STARTS_ITEM, Paragraph

_GAP = re.compile(r" {3,}")
_CLOSING = re.compile(r"^(Nơi nhận|TM\.|KT\.|TL\.|TUQ\.)", re.I)
#: the line that starts an appendix ("Phụ lục", "Phụ lục II"), alone on its line
_APPENDIX = re.compile(r"^\s*Phụ lục(\s+[IVXLC\d]+)?\s*[.:]?\s*$", re.I)
_TYPES = ("KẾ HOẠCH", "CHƯƠNG TRÌNH", "BÁO CÁO", "THÔNG BÁO", "QUYẾT ĐỊNH", "HƯỚNG DẪN",
          "CÔNG VĂN", "TỜ TRÌNH", "CHỈ THỊ", "NGHỊ QUYẾT", "KẾT LUẬN")


def layout_paragraphs(pages: list[str]) -> list[Paragraph]:
    """The paragraphs of the pages (each the text pypdf's layout mode gives), in reading
    order, with the header's and the closing's columns as table cells (table 0: the header,
    table 1: the closing)."""
    lines: list[tuple[int, str]] = []  # (page, raw line)
    for number, page in enumerate(pages):
        raw = page.splitlines()
        while raw and not raw[0].strip():
            raw.pop(0)
        if number and raw and re.fullmatch(r"\s*\d{1,3}\s*", raw[0]):
            raw = raw[1:]  # the page number at the top
        lines += [(number, line.rstrip()) for line in raw]
    width = max((len(line) for _p, line in lines), default=0)
    header_end = next((i for i, (page, line) in enumerate(lines) if page == 0
                       and clean(line).upper().strip(" .:") in _TYPES), None)
    closing_start = next((i for i, (_page, line) in enumerate(lines)
                          if i > (header_end or 0) and any(_CLOSING.match(part) for _s, part
                                                           in _parts(line))), len(lines))
    found: list[Paragraph] = []
    if header_end is not None:
        found += _columns([line for _p, line in lines[:header_end]], width, table=0)
    body_start = header_end if header_end is not None else 0
    found += _body([line for _p, line in lines[body_start:closing_start]])
    appendix_start = next((i for i, (_page, line) in enumerate(lines)
                           if i > closing_start and _APPENDIX.match(clean(line))), len(lines))
    found += _columns([line for _p, line in lines[closing_start:appendix_start]], width,
                      table=1)
    found += _body([line for _p, line in lines[appendix_start:]])  # after the signature
    return found


def _parts(line: str) -> list[tuple[int, str]]:
    """The pieces of a line that wide gaps separate, each with the column it starts at."""
    found, position = [], 0
    for piece in _GAP.split(line):
        start = line.index(piece, position) if piece else position
        position = start + len(piece)
        if piece.strip():
            found.append((start + len(piece) - len(piece.lstrip()), piece.strip()))
    return found


def _columns(lines: list[str], width: int, table: int) -> list[Paragraph]:
    """Two columns: the left's lines, then the right's, as table cells (row 0)."""
    cuts = [parts[1][0] for parts in map(_parts, lines) if len(parts) >= 2]
    middle = min(cuts) if cuts else width // 2
    columns: tuple[list[Paragraph], list[Paragraph]] = ([], [])
    for line in lines:
        for start, text in _parts(line):
            side = 1 if start >= middle - 2 else 0
            columns[side].append(Paragraph(text=clean(text), cell=(table, 0, side)))
    return columns[0] + columns[1]


def _body(lines: list[str]) -> list[Paragraph]:
    texts = [line for line in lines if line.strip()]
    edge = min((len(line) - len(line.lstrip()) for line in texts), default=0)
    lengths = sorted(len(line.strip()) for line in texts)
    full = lengths[len(lengths) * 3 // 4] if lengths else 0  # a full line, roughly
    found: list[Paragraph] = []
    before = ""  # the line above
    for line in texts:
        indent = len(line) - len(line.lstrip()) - edge
        text = clean(line)
        # centred (a title line): starts well past a paragraph's first-line indent (about 5
        # characters); where a line ends says little — layout mode sets each line's start
        # by position but its length by its letters
        centered = indent >= 10
        # a document without first-line indents: the line above ended a paragraph when it
        # ended a sentence well short of a full line, or was a heading in capitals
        ended = bool(before) and len(before) < 0.8 * full and (
            re.search(r"[.:;!?]$", before) is not None or before.isupper())
        starts = (indent >= 2 or STARTS_ITEM.match(text) or centered or not found
                  or found[-1].centered or ended)
        if starts:
            found.append(Paragraph(text=text, centered=centered))
        else:
            found[-1].text = f"{found[-1].text} {text}"
        before = text
    return found
