"""What a legacy .xls (BIFF8 in an OLE compound file) claims before python-calamine reads it:
how far each sheet's cells reach. calamine allocates a sheet's whole bounding box at once, and
one damaged cell record (a row or column number with a flipped bit) can make that a gigabyte —
an allocation failure aborts the whole program. So the records are walked first, cheaply, and
such a file is refused with a message.

The workbook stream is taken out of the compound file by ``olefile``; the records are walked
here: each is (type u16, length u16, data), a sheet starts with BOF (0x0809), and the cell
records give their row (u16) and column (u16) first (Microsoft, [MS-XLS] 2.4).
"""

from __future__ import annotations

import struct
from pathlib import Path

BOF, EOF_RECORD = 0x0809, 0x000A
#: records that start with (row u16, column u16): NUMBER, RK, LABELSST, LABEL, BLANK,
#: BOOLERR, FORMULA, RSTRING; MULRK and MULBLANK give (row, first column) and end with the
#: last column
_CELLS = {0x0203, 0x027E, 0x00FD, 0x0204, 0x0201, 0x0205, 0x0006, 0x00D6}
_MULTI = {0x00BD, 0x00BE}
#: the workbook stream read at most (a report is far smaller)
MAX_STREAM_BYTES = 64 * 2**20


def sheet_spans(path: Path) -> list[int] | None:
    """For each sheet substream, how many cells the bounding box of its cell records covers;
    None when the file is not an OLE workbook olefile can open (calamine then says what is
    wrong). Raises nothing for damaged record data: it stops at the first record that does
    not fit."""
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
    spans: list[int] = []
    rows: list[int] = []
    cols: list[int] = []
    at = 0
    while at + 4 <= len(data):
        kind, length = struct.unpack_from("<HH", data, at)
        body = data[at + 4:at + 4 + length]
        at += 4 + length
        if len(body) < length:
            break
        if kind == BOF:
            rows, cols = [], []
        elif kind in _CELLS and length >= 4:
            row, col = struct.unpack_from("<HH", body)
            rows.append(row)
            cols.append(col)
        elif kind in _MULTI and length >= 6:
            row, first = struct.unpack_from("<HH", body)
            (last,) = struct.unpack_from("<H", body, length - 2)
            rows.append(row)
            cols += [first, last]
        elif kind == EOF_RECORD and rows:
            spans.append((max(rows) - min(rows) + 1) * (max(cols) - min(cols) + 1))
            rows, cols = [], []
    return spans
