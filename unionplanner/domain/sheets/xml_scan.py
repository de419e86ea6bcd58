"""What python-calamine does not say about a workbook, read straight from its XML (.xlsx and
.ods).

- Formula cells saved without their result (a file written by a program that never opened it
  in Excel or LibreOffice): calamine gives them as empty, which would read as zero.
- Cells formatted in a legacy Vietnamese font: ".VnTime"/".VnArial"… (TCVN3), ".VnTimeH"…
  (TCVN3 capitals: the font draws the lower-case codes as capitals) and "VNI-Times"… (VNI
  Windows). The font says for certain how the cell's text is encoded, where character
  statistics can only guess (short texts, mixed sheets).

Only small, regular parts of the XML are looked at (``<c>`` elements, the font and cell-format
lists of styles.xml), with regular expressions over bytes: no entity is ever expanded and a
member's size is bounded by the ``read`` function the caller gives (which streams and stops
at a limit). The two small parts parsed as XML (the sheet list and its relationships) go
through defusedxml, which refuses entity declarations.
"""

from __future__ import annotations

import re
import zipfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import PurePosixPath
from xml.etree.ElementTree import ParseError

from defusedxml import DefusedXmlException
from defusedxml.ElementTree import fromstring

from unionplanner.domain.sheets import legacy

_NS_MAIN = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
_NS_REL = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
_CELL = re.compile(rb"<c\b([^>]*?)(?:/>|>(.*?)</c>)", re.S)
_REF = re.compile(rb'\br="([A-Z]+\d+)"')
_TYPE = re.compile(rb'\bt="(\w+)"')
_STYLE = re.compile(rb'\bs="(\d+)"')
_VALUE = re.compile(rb"<v>([^<]+)</v>")
_FORMULA = re.compile(rb"<f\b[^>]*>([^<]*)</f>")
#: a formula that takes its number from outside the workbook: another program by DDE
#: ("cmd|' /C calc'!A0", "Excel|[Book]Sheet!R1C1"), another workbook ("[1]Sheet1!A1" — an
#: external link — or a path "\\\\server\\share\\…", "C:\\…", "http://…")
_EXTERNAL = re.compile(rb"[\w.]+\|[^!]*!|\[\d+\]|\\\\|[A-Za-z]:\\|https?://", re.I)
_FONTS = re.compile(rb"<fonts\b[^>]*>(.*?)</fonts>", re.S)
_FONT = re.compile(rb"<font\b[^>]*?(?:/>|>(.*?)</font>)", re.S)
_FONT_NAME = re.compile(rb'<name\b[^>]*\bval="([^"]*)"')
_CELL_XFS = re.compile(rb"<cellXfs\b[^>]*>(.*?)</cellXfs>", re.S)
_XF = re.compile(rb"<xf\b([^>]*)")
_FONT_ID = re.compile(rb'\bfontId="(\d+)"')
_ODS_FONT = re.compile(rb'(?:style:font-name|fo:font-family|svg:font-family)="([^"]*)"')

#: a cell with a value or formula (not a formatted empty one): its column letters and row
_VALUED_REF = re.compile(rb'<c\b[^>]*?\br="([A-Z]{1,3})(\d{1,7})"[^>]*>\s*<(?:v|is|f)\b')
#: a sheet whose valued cells span more than this many cells (rows × columns of their
#: bounding box) is refused before python-calamine reads it: calamine allocates the whole box
#: at once, and a file claiming a cell at XFD1048576 beside A1 would need half a terabyte and
#: abort the program. Real reports span thousands of cells.
MAX_SHEET_CELLS = 5_000_000

#: (encoding, capitals) of a legacy font
Font = tuple[str, bool]


def legacy_font(name: str) -> Font | None:
    """The encoding a font name implies: TCVN3 for the ".Vn…" fonts (capitals for the ones
    ending in "H": ".VnTimeH", ".VnArialH"), VNI for "VNI-…"; None for any other font."""
    folded = name.strip().strip("'\"").lower()
    if folded.startswith(".vn"):
        return legacy.TCVN3, folded.endswith("h")
    if folded.startswith("vni-") or folded.startswith("vni "):
        return legacy.VNI, False
    return None


def legacy_styles(styles_xml: bytes) -> dict[int, Font]:
    """Cell-format indexes (the ``s`` of a ``<c>``) whose font is a legacy one."""
    fonts_block = _FONTS.search(styles_xml)
    xfs_block = _CELL_XFS.search(styles_xml)
    if not fonts_block or not xfs_block:
        return {}
    fonts: list[Font | None] = []
    for font_tag in _FONT.finditer(fonts_block.group(1)):
        name = _FONT_NAME.search(font_tag.group(1) or b"")
        fonts.append(legacy_font(name.group(1).decode("utf-8", "replace")) if name else None)
    if not any(fonts):
        return {}
    found: dict[int, Font] = {}
    for index, xf in enumerate(_XF.finditer(xfs_block.group(1))):
        font_id = _FONT_ID.search(xf.group(1))
        number = int(font_id.group(1)) if font_id else 0
        font = fonts[number] if number < len(fonts) else None
        if font is not None:
            found[index] = font
    return found


def ods_font_hint(content_xml: bytes) -> str | None:
    """The legacy encoding an ODS file's cell fonts imply, if all its legacy fonts agree."""
    kinds = {font[0] for name in _ODS_FONT.findall(content_xml)
             if (font := legacy_font(name.decode("utf-8", "replace")))}
    return kinds.pop() if len(kinds) == 1 else None


@dataclass
class XlsxScan:
    """Per sheet name: ``unstored`` formula cells ("D14"), ``fonts``: text cells in a
    legacy font → (encoding, capitals), and ``external``: cells whose formula calls another
    program (DDE) or reads another workbook — their cached result is not the unit's figure
    to take on trust."""

    unstored: dict[str, set[str]] = field(default_factory=dict)
    fonts: dict[str, dict[str, Font]] = field(default_factory=dict)
    #: cells whose formula takes its number from another program or workbook
    external: dict[str, set[str]] = field(default_factory=dict)
    #: worksheet member → cells its valued cells span, for sheets over MAX_SHEET_CELLS
    oversized: dict[str, int] = field(default_factory=dict)


def _column_number(letters: bytes) -> int:
    number = 0
    for letter in letters:
        number = number * 26 + letter - 64
    return number


def sheet_span(data: bytes) -> int:
    """How many cells the bounding box of a worksheet's valued cells covers (0: none)."""
    refs = _VALUED_REF.findall(data)
    if not refs:
        return 0
    rows = [int(row) for _, row in refs]
    columns = {letters for letters, _ in refs}
    numbers = [_column_number(c) for c in columns]
    return (max(rows) - min(rows) + 1) * (max(numbers) - min(numbers) + 1)


def scan_xlsx(archive: zipfile.ZipFile, read: Callable[[str], bytes]) -> XlsxScan:
    """Scan every worksheet of an .xlsx (``read(member)`` returns a member's bytes, bounded);
    the workbook's sheet names are only looked up when something was found."""
    names = set(archive.namelist())
    styles = legacy_styles(read("xl/styles.xml")) if "xl/styles.xml" in names else {}
    unstored: dict[str, set[str]] = {}
    fonts: dict[str, dict[str, Font]] = {}
    external: dict[str, set[str]] = {}
    oversized: dict[str, int] = {}
    for name in sorted(names):
        if not (name.startswith("xl/worksheets/") and name.endswith(".xml")):
            continue
        data = read(name)
        span = sheet_span(data)
        if span > MAX_SHEET_CELLS:
            oversized[name] = span
            continue
        if b"<f" not in data and not styles:
            continue
        formulas: set[str] = set()
        outside: set[str] = set()
        typed: dict[str, Font] = {}
        for match in _CELL.finditer(data):
            head, inner = match.group(1), match.group(2) or b""
            kind = _TYPE.search(head)
            kind_name = kind.group(1) if kind else b"n"
            if styles and kind_name in (b"s", b"inlineStr", b"str"):
                style = _STYLE.search(head)
                font = styles.get(int(style.group(1)) if style else 0)
                ref = _REF.search(head)
                if font and ref:
                    typed[ref.group(1).decode()] = font
            if b"<f" not in inner:
                continue
            formula = _FORMULA.search(inner)
            if formula and _EXTERNAL.search(formula.group(1).replace(b"&apos;", b"'")):
                ref = _REF.search(head)
                if ref:
                    outside.add(ref.group(1).decode())
            elif not _VALUE.search(inner) and kind_name not in (b"str", b"inlineStr"):
                ref = _REF.search(head)
                if ref:
                    formulas.add(ref.group(1).decode())
        if formulas:
            unstored[name] = formulas
        if outside:
            external[name] = outside
        if typed:
            fonts[name] = typed
    if not unstored and not fonts and not external:
        return XlsxScan(oversized=oversized)
    by_name = _sheet_members(read)
    return XlsxScan({by_name[m]: cells for m, cells in unstored.items() if m in by_name},
                    {by_name[m]: cells for m, cells in fonts.items() if m in by_name},
                    {by_name[m]: cells for m, cells in external.items() if m in by_name},
                    oversized)


def _sheet_members(read: Callable[[str], bytes]) -> dict[str, str]:
    """Worksheet member → sheet name, from workbook.xml and its relationships."""
    try:
        # defusedxml: a DTD with entities (billion laughs, external files) is refused
        workbook = fromstring(read("xl/workbook.xml"))
        rels = fromstring(read("xl/_rels/workbook.xml.rels"))
    except (KeyError, ParseError, DefusedXmlException):
        return {}
    targets = {rel.get("Id"): rel.get("Target", "") for rel in rels}
    found: dict[str, str] = {}
    for sheet in workbook.iter(f"{_NS_MAIN}sheet"):
        target = targets.get(sheet.get(f"{_NS_REL}id"), "")
        member = target.lstrip("/") if target.startswith("/") else str(
            PurePosixPath("xl") / target)
        found[member] = sheet.get("name", "")
    return found


_ODS_TABLE = re.compile(rb'<table:table\b[^>]*?\btable:name="([^"]*)"[^>]*>(.*?)</table:table>',
                        re.S)
_ODS_TOKEN = re.compile(
    rb"<table:table-row\b([^>]*?)(/?)>|</table:table-row>|"
    rb"<table:(?:covered-)?table-cell\b([^>]*?)(?:/>|>(.*?)</table:(?:covered-)?table-cell>)",
    re.S)
_ODS_ROWS = re.compile(rb'table:number-rows-repeated="(\d+)"')
_ODS_COLUMNS = re.compile(rb'table:number-columns-repeated="(\d+)"')
_ODS_FORMULA = re.compile(rb'table:formula="([^"]*)"')
_ODS_RESULT = re.compile(rb'office:(?:value|date-value|time-value|boolean-value|string-value)=')


#: an .ods formula taking its number from outside: DDE(…), WEBSERVICE(…), a reference into
#: another file ("['file:///C:/x.ods'#$Sheet1.B5]", a URL or a network path)
_ODS_EXTERNAL = re.compile(rb"\b(?:DDE|WEBSERVICE)\s*\(|'#\$|&apos;#\$|\bfile:|https?://|\\\\",
                           re.I)

OdsCells = dict[str, set[tuple[int, int]]]


def ods_formulas(content_xml: bytes) -> tuple[OdsCells, OdsCells]:
    """Per sheet name, the (row, column) — 0-based — of .ods formula cells saved without a
    result (no ``office:value``… attribute and no text), and of formula cells taking their
    number from another file or program (see :data:`_ODS_EXTERNAL`)."""
    if b"table:formula=" not in content_xml:
        return {}, {}
    found: OdsCells = {}
    outside: OdsCells = {}
    for table in _ODS_TABLE.finditer(content_xml):
        row, col, pending = 0, 0, 1
        cells: set[tuple[int, int]] = set()
        external: set[tuple[int, int]] = set()
        for token in _ODS_TOKEN.finditer(table.group(2)):
            row_attrs, closed, cell_attrs, inner = token.groups()
            if row_attrs is not None:  # a row starts
                col = 0
                if closed:
                    repeat = _ODS_ROWS.search(row_attrs)
                    row += int(repeat.group(1)) if repeat else 1
                else:
                    repeat = _ODS_ROWS.search(row_attrs)
                    pending = int(repeat.group(1)) if repeat else 1
                continue
            if cell_attrs is None:  # a row ends
                row += pending
                continue
            formula = _ODS_FORMULA.search(cell_attrs)
            if formula and _ODS_EXTERNAL.search(formula.group(1)):
                external.add((row, col))
            elif (formula and not _ODS_RESULT.search(cell_attrs)
                    and not (inner and b"<text:p" in inner)):
                cells.add((row, col))
            repeat = _ODS_COLUMNS.search(cell_attrs)
            col += int(repeat.group(1)) if repeat else 1
        name = table.group(1).decode("utf-8", "replace")
        if cells:
            found[name] = cells
        if external:
            outside[name] = external
    return found, outside
