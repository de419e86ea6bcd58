"""Which grassroots unit a received file reports for: read from the file's header block
("CĐCS …", "Đơn vị: …"), its sheet name or its file name, or given by the marker of a form
the app generated; an office's exchange workbook is matched by the office it names.
Nothing is credited on a guess: an unsure match is shown for confirmation (see
:mod:`unionplanner.domain.received.matching`)."""

from __future__ import annotations

import re

from unionplanner.core.text import clean, fold
from unionplanner.domain.received.findings import AnalysisContext, FileAnalysis
from unionplanner.domain.received.matching import UnitIndex, UnitMatch
from unionplanner.domain.sheets import detect
from unionplanner.domain.sheets.workbook import Book, Sheet

#: the marker ``kind`` of an office's summary sent up (summary.export) — imported like one
#: unit's report by the body above
EXCHANGE = "exchange"

# --- the unit --------------------------------------------------------------------------------

_BOILERPLATE = ("cong hoa xa hoi", "doc lap tu do", "bieu tong hop", "bao cao", "kem theo",
                "lien doan lao dong", "ldld", "cong doan nganh", "bieu so", "mau so",
                "bang tong hop", "tm ", "ngay ", "so ", "v/v", "kinh gui")


#: labels of the header fields that name the reporting unit ("Đơn vị báo cáo : …") and of
#: those that name the body above it, which is never the unit ("Công đoàn cấp trên : …")
_UNIT_LABELS = ("don vi bao cao", "ten don vi bao cao", "ten don vi", "don vi", "ten cdcs",
                "ten cong doan co so", "cong doan co so", "cdcs", "bch cong doan", "co quan",
                "co quan, don vi", "ten co quan, don vi", "don vi gui bao cao")
_PARENT_LABELS = ("cong doan cap tren", "cd cap tren", "cong doan cap tren truc tiep",
                  "cong doan cap tren truc tiep co so", "don vi cap tren", "cap tren",
                  "co quan cap tren", "noi nhan", "kinh gui")
_FIELD = re.compile(r"^\s*([^:]{2,45}?)\s*:\s*(.*)$")


def labelled_fields(sheet: Sheet, last_row: int) -> dict[str, str]:
    """The "Label : value" fields of a header block, by kind ("unit", "parent"): the value
    after the colon or, when only dots follow it, in the next cell of the row. "Công đoàn
    cấp trên" names the parent body, never the unit."""
    found: dict[str, str] = {}
    for row in sheet.rows[:last_row]:
        cells = [c for c in row if isinstance(c, str) and c.strip()]
        for position, cell in enumerate(cells):
            match = _FIELD.match(cell)
            if not match:
                continue
            label = fold(match.group(1))
            kind = ("parent" if label in _PARENT_LABELS
                    else "unit" if label in _UNIT_LABELS else None)
            if kind is None or kind in found:
                continue
            value = clean(match.group(2)).strip(" .…_:")
            if not value and position + 1 < len(cells) and not _FIELD.match(cells[position + 1]):
                value = clean(cells[position + 1]).strip(" .…_:")
            found[kind] = value
    return found


def _name_candidates(book: Book, table: detect.Table) -> tuple[list[str], list[str]]:
    """Header-block lines that may name the unit: the labelled field ("Đơn vị báo cáo : …")
    or a line starting "CĐCS …" first, then the other non-boilerplate lines. The parent's
    field ("Công đoàn cấp trên : …") is left out."""
    labelled: list[str] = []
    others: list[str] = []
    end = table.header_rows[0] if table.header_rows else 12
    fields = labelled_fields(table.sheet, end)
    if fields.get("unit"):
        labelled.append(fields["unit"])
    for text in detect.header_block(table.sheet, table):
        key = fold(text)
        if not key or len(key) < 4 or re.search(r"\bngay \d+ thang\b", key):
            continue
        field = _FIELD.match(text)
        if field and fold(field.group(1)) in _PARENT_LABELS + _UNIT_LABELS:
            continue  # a labelled field: read above (the parent's never names the unit)
        if key.startswith(("cdcs", "cong doan co so", "bch cong doan")):
            labelled.append(text)
        elif not key.startswith(_BOILERPLATE):
            others.append(text)
    return labelled, others


def find_unit(book: Book, table: detect.Table, units: UnitIndex) -> UnitMatch:
    """The best sure match of the header block's lines (labelled lines first), else of the
    sheet name when it is not a generic one, else of the file name; with no match, a
    UnitMatch without a unit that keeps the name the file gives itself."""
    best: UnitMatch | None = None
    labelled, others = _name_candidates(book, table)
    for text in labelled + others:
        found = units.match_name(text, "header")
        if found.unit and (best is None or found.score > best.score):
            best = found
        if best and best.sure:
            return best
    sheet_name = table.sheet.name
    if not re.fullmatch(r"(?i)(sheet|trang tính|bc|báo cáo|tcn|biểu|bieu)\s*\d*|.*\d{4}.*|"
                        r"biểu số liệu", sheet_name):
        found = units.match_name(sheet_name, "sheet")
        if found.unit and found.sure and (best is None or found.score > best.score):
            return found
    found = units.match_file_name(book.path.stem)
    if found.unit and (best is None or found.score > best.score):
        best = found
    if best is not None:
        return best
    # nothing fits: keep the name the file gives itself (offered for a new unit)
    return UnitMatch(None, 0, False, labelled[0] if labelled else book.path.stem,
                     "header" if labelled else "file")


def unit_of_file(analysis: FileAnalysis, book: Book, table: detect.Table,
                 ctx: AnalysisContext, marker: dict | None) -> UnitMatch:
    """The unit a one-unit file reports for: the one the user chose in the preview, the
    office an exchange workbook names, the unit code a generated form's marker gives, else
    the best match of the header block, the sheet name or the file name (see
    :func:`find_unit`)."""
    if analysis.overrides.unit_id is not None:
        for unit in ctx.units.units:
            if unit.id == analysis.overrides.unit_id:
                return UnitMatch(unit, 100, True, unit.name, "chosen")
    if marker and marker.get("kind") == EXCHANGE and marker.get("office"):
        found = ctx.units.match_name(str(marker["office"]), "header")
        if found.unit is not None:
            return found
    elif marker and marker.get("unit"):
        code = str(marker["unit"])
        for unit in ctx.units.units:
            if unit.code == code:
                return UnitMatch(unit, 100, True, code, "marker")
    return find_unit(book, table, ctx.units)
