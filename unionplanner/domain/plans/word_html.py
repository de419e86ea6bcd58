"""A plan saved as a web page under a Word name — the ".doc" many portals and older office
tools give, which is HTML inside — read as paragraphs here, without LibreOffice.

Handed to LibreOffice such a file made it fetch every picture, style sheet and frame it
names from the Internet (an address in a hostile file is a tracker, or a request into the
office network). Python's own HTML parser fetches nothing. Blocks (``p``, ``div``, headings,
list items, ``br``) are paragraphs; table cells keep their (table, row, column); bold comes
from ``b``/``strong`` or ``font-weight: bold``, centring from ``align=center`` or
``text-align: center``.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser

from unionplanner.core.text import clean
from unionplanner.domain.plans.paragraphs import Paragraph

#: elements that end a paragraph
BLOCKS = {"p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "br", "tr", "td", "th",
          "table", "title", "blockquote", "center"}
#: elements whose text is never shown
HIDDEN = {"script", "style", "head", "xml", "noscript", "template"}


def looks_like_html(data: bytes) -> bool:
    """Whether ``data`` (a file's first bytes) is an HTML page rather than a Word binary."""
    start = data.lstrip(b"\xef\xbb\xbf \t\r\n")[:2048].lower()
    return start.startswith((b"<!doctype html", b"<html")) or (
        start.startswith(b"<") and (b"<html" in start or b"<body" in start
                                    or b"urn:schemas-microsoft-com:office" in start))


def decode(data: bytes) -> str:
    """The page's text: the charset its <meta> names, else UTF-8, else Windows-1258."""
    declared = re.search(rb"charset\s*=\s*[\"']?([A-Za-z0-9_-]+)", data[:4096])
    encodings = [declared.group(1).decode("ascii")] if declared else []
    for encoding in [*encodings, "utf-8-sig", "cp1258"]:
        try:
            return data.decode(encoding)
        except (LookupError, UnicodeDecodeError):
            continue
    return data.decode("utf-8", errors="replace")


def read_html(data: bytes) -> list[Paragraph]:
    """The paragraphs of an HTML page (``data``, its bytes). Never fetches anything."""
    parser = _Parser()
    parser.feed(decode(data))
    parser.close()
    parser.end_paragraph()
    return parser.found


class _Parser(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.found: list[Paragraph] = []
        self.text: list[str] = []
        self.bold_tags: list[str] = []  # the open elements that made their text bold
        self.bold_chars = 0
        self.chars = 0
        self.centered = False
        self.hidden = 0
        self.tables: list[list[int]] = []  # per open table: [number, row, column]
        self.table_count = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {k: (v or "") for k, v in attrs}
        style = values.get("style", "").lower().replace(" ", "")
        if tag in HIDDEN:
            self.hidden += 1
        if tag in BLOCKS:
            self.end_paragraph()
        if tag == "table":
            self.tables.append([self.table_count, -1, -1])
            self.table_count += 1
        elif tag == "tr" and self.tables:
            self.tables[-1][1] += 1
            self.tables[-1][2] = -1
        elif tag in ("td", "th") and self.tables:
            self.tables[-1][2] += 1
        if tag in ("b", "strong", "th") or "font-weight:bold" in style \
                or "font-weight:700" in style:
            self.bold_tags.append(tag)
        if values.get("align", "").lower() == "center" or "text-align:center" in style \
                or tag == "center":
            self.centered = True

    def handle_endtag(self, tag: str) -> None:
        if tag in HIDDEN:
            self.hidden = max(0, self.hidden - 1)
        if tag in BLOCKS:
            self.end_paragraph()
        if tag in self.bold_tags:
            del self.bold_tags[len(self.bold_tags) - 1 - self.bold_tags[::-1].index(tag)]
        if tag == "table" and self.tables:
            self.tables.pop()

    def handle_data(self, data: str) -> None:
        if self.hidden:
            return
        self.text.append(data)
        letters = len(data.strip())
        self.chars += letters
        if self.bold_tags:
            self.bold_chars += letters

    def end_paragraph(self) -> None:
        text = clean(" ".join("".join(self.text).split()))
        if text:
            cell = None
            if self.tables and self.tables[-1][2] >= 0:
                number, row, column = self.tables[-1]
                cell = (number, max(row, 0), column)
            self.found.append(Paragraph(text=text, bold=self.chars > 0
                                        and self.bold_chars == self.chars,
                                        centered=self.centered, cell=cell, bold_known=True))
        self.text, self.chars, self.bold_chars, self.centered = [], 0, 0, False
