"""What a legacy .xls (BIFF8 in an OLE compound file) claims before python-calamine reads it:
how far each sheet's cells reach. calamine allocates a sheet's whole bounding box at once, and
one damaged cell record (a row or column number with a flipped bit) can make that a gigabyte —
an allocation failure aborts the whole program. So the records are walked first, cheaply, and
such a file is refused with a message.

The workbook stream is taken out of the compound file by ``olefile``; the records are walked
here: each is (type u16, length u16, data), a sheet starts with BOF (0x0809), and the cell
records give their row (u16) and column (u16) first (Microsoft, [MS-XLS] 2.4).

The same walk finds formulas that take their number from outside the workbook: another
workbook or another program by DDE (``=cmd|' /C calc'!A0``). Such a formula refers through
EXTERNSHEET to a SUPBOOK record that is neither the workbook itself nor add-in functions
([MS-XLS] 2.4.271 SupBook, 2.4.106 ExternSheet); its tokens are walked ([MS-XLS] 2.5.198 Ptg)
for the 3-D references and external names that carry such an index.
"""

from __future__ import annotations

import struct
from dataclasses import dataclass, field
from pathlib import Path

from unionplanner.domain.sheets.addresses import cell_address

BOF, EOF_RECORD = 0x0809, 0x000A
BOUNDSHEET, SUPBOOK, EXTERNSHEET, FORMULA, SHRFMLA = 0x0085, 0x01AE, 0x0017, 0x0006, 0x04BC
#: SUPBOOK's second field for the workbook itself and for add-in functions
_SELF, _ADDIN = 0x0401, 0x3A01
#: records that start with (row u16, column u16): NUMBER, RK, LABELSST, LABEL, BLANK,
#: BOOLERR, FORMULA, RSTRING; MULRK and MULBLANK give (row, first column) and end with the
#: last column
_CELLS = {0x0203, 0x027E, 0x00FD, 0x0204, 0x0201, 0x0205, 0x0006, 0x00D6}
_MULTI = {0x00BD, 0x00BE}
#: the workbook stream read at most (a report is far smaller)
MAX_STREAM_BYTES = 64 * 2**20


@dataclass
class XlsScan:
    """What the walk found: per sheet substream, how many cells the bounding box of its cell
    records covers; per sheet name, the addresses ("B7") of formulas taking their number
    from another workbook or program."""

    spans: list[int] = field(default_factory=list)
    external: dict[str, set[str]] = field(default_factory=dict)


def scan_xls(path: Path) -> XlsScan | None:
    """Walk the workbook stream (see the module text); None when the file is not an OLE
    workbook olefile can open. Raises nothing for damaged record data: it stops at the
    first record that does not fit."""
    data = _workbook_stream(path)
    return None if data is None else _walk(data)


def _workbook_stream(path: Path) -> bytes | None:
    import olefile

    try:
        if not olefile.isOleFile(str(path)):
            return None
        with olefile.OleFileIO(str(path)) as ole:
            name = next((n for n in ("Workbook", "Book") if ole.exists(n)), None)
            if name is None or ole.get_size(name) > MAX_STREAM_BYTES:
                return None
            data = ole.openstream(name).read()
    except Exception:  # a damaged compound file: calamine's own message follows
        return None
    return bytes(data)


def _walk(data: bytes) -> XlsScan:
    found = XlsScan()
    rows: list[int] = []
    cols: list[int] = []
    names: dict[int, str] = {}       # stream offset of a sheet's BOF → its name
    books: list[bool] = []           # per SUPBOOK: outside this workbook?
    outside: set[int] = set()        # ixti indexes that point outside
    sheet = ""
    last_formula: tuple[int, int] | None = None
    at = 0
    while at + 4 <= len(data):
        kind, length = struct.unpack_from("<HH", data, at)
        body = data[at + 4:at + 4 + length]
        if len(body) < length:
            break
        if kind == BOF:
            rows, cols, sheet = [], [], names.get(at, "")
        elif kind == BOUNDSHEET and length >= 8:
            names[struct.unpack_from("<I", body)[0]] = _sheet_name(body)
        elif kind == SUPBOOK and length >= 4:
            books.append(struct.unpack_from("<H", body, 2)[0] not in (_SELF, _ADDIN))
        elif kind == EXTERNSHEET and length >= 2:
            for index in range(min(struct.unpack_from("<H", body)[0], (length - 2) // 6)):
                book = struct.unpack_from("<H", body, 2 + 6 * index)[0]
                if book < len(books) and books[book]:
                    outside.add(index)
        if kind in _CELLS and length >= 4:
            row, col = struct.unpack_from("<HH", body)
            rows.append(row)
            cols.append(col)
            if kind == FORMULA and length >= 22:
                last_formula = (row, col)
                if outside and _refers_outside(body[22:22 + struct.unpack_from("<H", body, 20)[0]],
                                               outside):
                    found.external.setdefault(sheet, set()).add(cell_address(row, col))
        elif kind == SHRFMLA and length >= 10 and outside and last_formula:
            # a shared formula's tokens follow the first cell using it; mark that cell (the
            # others repeat it through ptgExp and carry the same cached kind of result)
            if _refers_outside(body[10:10 + struct.unpack_from("<H", body, 8)[0]], outside):
                found.external.setdefault(sheet, set()).add(cell_address(*last_formula))
        elif kind in _MULTI and length >= 6:
            row, first = struct.unpack_from("<HH", body)
            (last,) = struct.unpack_from("<H", body, length - 2)
            rows.append(row)
            cols += [first, last]
        elif kind == EOF_RECORD and rows:
            found.spans.append((max(rows) - min(rows) + 1) * (max(cols) - min(cols) + 1))
            rows, cols = [], []
        at += 4 + length
    return found


def _sheet_name(body: bytes) -> str:
    count, wide = body[6], body[7] & 1
    raw = body[8:8 + count * (2 if wide else 1)]
    return raw.decode("utf-16-le" if wide else "latin-1", "replace")


#: bytes after the token for fixed-size tokens ([MS-XLS] 2.5.198), by token (classes folded)
_SIZES = {0x01: 4, 0x02: 4, 0x1C: 1, 0x1D: 1, 0x1E: 2, 0x1F: 8, 0x20: 7, 0x21: 2, 0x22: 3,
          0x23: 4, 0x24: 4, 0x25: 8, 0x26: 6, 0x27: 6, 0x28: 6, 0x29: 2, 0x2A: 4, 0x2B: 8,
          0x2C: 4, 0x2D: 8, 0x39: 6, 0x3A: 6, 0x3B: 10, 0x3C: 6, 0x3D: 10}
_SIZES.update(dict.fromkeys(range(0x03, 0x17), 0))
#: tokens whose first field is an index into EXTERNSHEET: external name, 3-D references
_WITH_IXTI = {0x39, 0x3A, 0x3B, 0x3C, 0x3D}


def _refers_outside(tokens: bytes, outside: set[int]) -> bool:
    """True when a formula's tokens hold a 3-D reference or external name through an
    EXTERNSHEET entry in ``outside``. Stops (False) at a token it does not know."""
    at = 0
    while at < len(tokens):
        token = tokens[at]
        base = token if token < 0x20 else 0x20 + (token & 0x1F)  # one class of each
        if (base in _WITH_IXTI and at + 3 <= len(tokens)
                and struct.unpack_from("<H", tokens, at + 1)[0] in outside):
            return True
        if token == 0x17 and at + 3 <= len(tokens):      # a string: length, flags, text
            at += 3 + tokens[at + 1] * (2 if tokens[at + 2] & 1 else 1)
        elif token == 0x19 and at + 4 <= len(tokens):    # attribute; "choose" has a table
            skip = 3 + ((struct.unpack_from("<H", tokens, at + 2)[0] + 1) * 2
                        if tokens[at + 1] & 0x04 else 0)
            at += 1 + skip
        elif base in _SIZES:
            at += 1 + _SIZES[base]
        else:
            return False
    return False
