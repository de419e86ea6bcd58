"""Finding the table in a report sheet.

Two layouts arrive from grassroots unions:

* ``rows``: one unit per file, indicators down the rows under a header such as
  STT | Nội dung | Đơn vị tính | Kết quả thực hiện | Ghi chú, with the unit's name in the
  block above and a signature block below. The header may sit on any row, span two rows
  (a merged "Kết quả" over "Kế hoạch" | "Thực hiện") or be worded differently
  ("TT | Chỉ tiêu | ĐVT | Số lượng").
* ``units``: a cluster sheet (bảng tổng hợp cụm), one row per unit, indicators across, one
  or two header rows (a merged group "Đoàn viên" over "Tổng số" | "Kết nạp mới"), a
  "Tổng cộng" row that must never be taken for a unit.

:func:`find_tables` proposes the candidate tables of a sheet; choosing between sheets and
candidates is left to the matcher, which knows how many labels match the form.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field

from unionplanner.core.text import clean, fold, is_total_label
from unionplanner.domain.sheets.workbook import Sheet

ROWS, UNITS = "rows", "units"

# header words, folded; checked in this order (the first that fits wins)
_HEADER_WORDS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("note", ("ghi chu",)),
    ("stt", ("stt", "tt", "so tt", "so thu tu", "thu tu")),
    ("uom", ("don vi tinh", "dvt", "d v t", "don vi do", "dv tinh")),
    ("plan", ("ke hoach", "chi tieu ke hoach", "chi tieu giao", "dang ky", "muc tieu",
              "chi tieu dang ky", "kh")),
    ("value", ("ket qua", "ket qua thuc hien", "thuc hien", "so luong", "so lieu", "gia tri",
               "ket qua dat duoc", "so lieu bao cao", "ket qua thang", "thuc hien trong thang",
               "thuc hien trong ky", "ky nay", "so thuc hien", "tong so thuc hien", "kq", "th")),
    ("unit", ("ten cong doan co so", "ten don vi", "cong doan co so", "ten cdcs", "cdcs",
              "don vi", "ten co so", "ten cong doan", "don vi bao cao", "ten doanh nghiep",
              "ten don vi co so")),
    ("name", ("noi dung", "chi tieu", "ten chi tieu", "noi dung bao cao", "cac chi tieu",
              "noi dung chi tieu", "hang muc", "noi dung cong viec", "danh muc", "chi so",
              "noi dung hoat dong", "cac noi dung", "ten chi so", "noi dung thuc hien")),
)
_SIGNATURE_WORDS = ("nguoi lap bieu", "nguoi lap", "tm ban chap hanh", "tm ban thuong vu",
                    "chu tich", "thu truong don vi", "xac nhan cua", "noi nhan", "ke toan",
                    "pho chu tich", "ky ten", "ky ghi ro ho ten", "giam doc")
_PAREN_UNIT = re.compile(r"^(.*?)\s*\(([^()]{1,30})\)\s*$")


def header_role(text: object) -> str | None:
    """The role of a header cell ("stt", "name", "uom", "value", "plan", "note", "unit")
    or None."""
    if not isinstance(text, str) or not text:
        return None
    return _header_role(text)


@functools.lru_cache(maxsize=1 << 14)
def _header_role(text: str) -> str | None:
    key = fold(text)
    if not key or len(key) > 60:
        return None
    for role, words in _HEADER_WORDS:
        if key in words:
            return role
        if role != "stt" and any(
                key.startswith(w + " ") for w in words if len(w) > 3):
            return role
    return None


def split_unit(label: str) -> tuple[str, str]:
    """"Tổng số đoàn viên (người)" → ("Tổng số đoàn viên", "người"); a bracket holding a
    number ("(2025)", "(I)", "(II)": "Tổng cộng (I)") is no unit."""
    match = _PAREN_UNIT.match(label)
    if match and not any(ch.isdigit() for ch in match.group(2)) and not re.fullmatch(
            r"[IVXLC]+", match.group(2).strip()):
        return match.group(1).strip(), match.group(2).strip()
    return label, ""


def is_signature_row(row: list[object]) -> bool:
    """True for a row of the signature block ("NGƯỜI LẬP BIỂU", "TM. BAN CHẤP HÀNH")."""
    return any(isinstance(cell, str) and cell and _is_signature_text(cell) for cell in row)


@functools.lru_cache(maxsize=1 << 14)
def _is_signature_text(text: str) -> bool:
    key = fold(text)
    return any(key == w or key.startswith(w + " ") for w in _SIGNATURE_WORDS)


def _text(cell: object) -> str:
    return cell if isinstance(cell, str) else ""


def _is_blank(row: list[object]) -> bool:
    return all(c in ("", None) for c in row)


def is_numbering_row(row: list[object]) -> bool:
    """A row numbering the columns under the header: "1 2 3 4", "(1) (2) (3)", "A B C 1 2",
    "1 2 3 4=2+3" (a column computed from others)."""
    found = [clean(c) for c in row if c not in ("", None)]
    if len(found) < 3:
        return False
    simple = 0
    for text in found:
        if re.fullmatch(r"\(?[0-9A-Za-z]{1,2}\)?", text):
            simple += 1
        elif not re.fullmatch(r"\(?\d{1,2}\s*=\s*[\d+\-*/x()\s]+\)?", text):
            return False
    return simple >= 2


@dataclass
class Column:
    """An indicator column of a ``units`` table: its index, its label (the lower header cell
    when there are two rows, without a trailing unit "(người)"), the unit of measure found
    in the label, and the group label above it (or ""). Under an indicator split in two
    ("Tổng số lao động" over "Tổng số | Nữ") the label is the indicator's and ``split`` the
    lower cell ("Tổng số", "Nữ")."""

    index: int
    label: str
    unit_of_measure: str = ""
    group: str = ""
    split: str = ""


@dataclass
class Table:
    """A table found in a sheet.

    ``rows`` layout: ``label_col`` holds the indicator texts, ``value_col`` the results,
    ``uom_col`` the units of measure, ``data_rows`` the indices of the indicator rows.
    ``units`` layout: ``label_col`` holds the unit names, ``columns`` the indicator columns,
    ``data_rows`` the unit rows. ``skipped`` lists (row index, reason) for rows left out on
    purpose (a total row, a column-number row); ``header_rows`` the header row indices.
    """

    sheet: Sheet
    layout: str
    header_rows: tuple[int, ...]
    label_col: int
    data_rows: list[int]
    value_col: int | None = None
    uom_col: int | None = None
    plan_col: int | None = None
    columns: list[Column] = field(default_factory=list)
    skipped: list[tuple[int, str]] = field(default_factory=list)
    #: work done once per table by its readers (e.g. the labels found), keyed by reader
    memo: dict[str, object] = field(default_factory=dict, repr=False, compare=False)

    def label(self, row: int) -> str:
        return _text(self.sheet.cell(row, self.label_col))

    def unit_of_measure(self, row: int) -> str:
        return _text(self.sheet.cell(row, self.uom_col)) if self.uom_col is not None else ""


def _roles(row: list[object]) -> dict[int, str]:
    return {i: role for i, cell in enumerate(row) if (role := header_role(cell))}


def _data_rows(sheet: Sheet, start: int, label_col: int, *, units: bool,
               skipped: list[tuple[int, str]]) -> list[int]:
    rows: list[int] = []
    blank_run = 0
    for r in range(start, len(sheet.rows)):
        row = sheet.rows[r]
        if _is_blank(row):
            blank_run += 1
            if rows and blank_run >= 4:
                break
            continue
        blank_run = 0
        if is_signature_row(row) and not _text(sheet.cell(r, label_col)).strip(" .0123456789"):
            break
        if is_signature_row([sheet.cell(r, label_col)]):
            break
        if not rows and is_numbering_row(row):
            skipped.append((r, "hàng đánh số cột"))
            continue
        label = _text(sheet.cell(r, label_col))
        if units and is_total_label(label):
            skipped.append((r, "dòng tổng cộng"))
            continue
        if not label:
            continue
        rows.append(r)
    return rows


def _rows_table(sheet: Sheet, r: int, roles: dict[int, str]) -> Table:
    label_col = next(c for c, role in roles.items() if role == "name")
    header_rows: tuple[int, ...] = (r,)
    uom_col = next((c for c, role in roles.items() if role == "uom"), None)
    value_cols = [c for c, role in roles.items() if role == "value" and c > label_col]
    plan_col = next((c for c, role in roles.items() if role == "plan"), None)
    start = r + 1
    below = _roles(sheet.rows[r + 1]) if r + 1 < len(sheet.rows) else {}
    # a two-row header: "Kết quả" merged over "Kế hoạch" | "Thực hiện"
    if below and not _text(sheet.cell(r + 1, label_col)):
        header_rows = (r, r + 1)
        start = r + 2
        sub_values = [c for c, role in below.items() if role == "value" and c > label_col]
        sub_plan = next((c for c, role in below.items() if role == "plan"), None)
        if sub_values:
            value_cols = sub_values
        if sub_plan is not None:
            plan_col = sub_plan
            value_cols = [c for c in value_cols if c != sub_plan]
        uom_col = uom_col if uom_col is not None else next(
            (c for c, role in below.items() if role == "uom"), None)
    skipped: list[tuple[int, str]] = []
    data = _data_rows(sheet, start, label_col, units=False, skipped=skipped)
    value_col: int | None
    if value_cols:
        # prefer the column that says "thực hiện" / "kết quả" outright
        value_col = min(value_cols, key=lambda c: (
            0 if fold(sheet.cell(header_rows[-1], c)).startswith(("thuc hien", "ket qua")) else 1,
            c))
    else:
        value_col = _guess_value_col(sheet, data, label_col,
                                     exclude={c for c, role in roles.items()})
    return Table(sheet, ROWS, header_rows, label_col, data, value_col=value_col,
                 uom_col=uom_col, plan_col=plan_col, skipped=skipped)


def _guess_value_col(sheet: Sheet, rows: list[int], label_col: int,
                     exclude: set[int]) -> int | None:
    """The column right of the labels holding the most values (numbers, Có/Không, x)."""
    best, best_count = None, 0
    width = max((len(sheet.rows[r]) for r in rows), default=0)
    for c in range(label_col + 1, width):
        if c in exclude:
            continue
        count = 0
        for r in rows:
            cell = sheet.cell(r, c)
            if isinstance(cell, (int, float)) and not isinstance(cell, bool):
                count += 1
            elif isinstance(cell, str) and re.match(r"^[\d.,\s]+(đ|%)?$|^(x|có|không|chưa)$",
                                                    cell.lower()):
                count += 1
        if count > best_count:
            best, best_count = c, count
    return best


#: lower header cells that split one indicator's column in two, not name an indicator
_SPLITS = {"tong so", "nu", "trong do nu", "trong do: nu", "so luong", "ky nay", "ky truoc",
           "trong do", "tong", "trong do lao dong nu", "lao dong nu"}


def _units_table(sheet: Sheet, r: int, roles: dict[int, str]) -> Table | None:
    label_col = next(c for c, role in roles.items() if role == "unit")
    top = sheet.rows[r]
    below = sheet.rows[r + 1] if r + 1 < len(sheet.rows) else []
    two_rows = bool(below) and not _text(sheet.cell(r + 1, label_col)) and any(
        isinstance(c, str) and c for c in below) and not any(
        isinstance(c, (int, float)) and not isinstance(c, bool) for c in below[label_col + 1:])
    header_rows = (r, r + 1) if two_rows else (r,)
    width = max(len(top), len(below) if two_rows else 0)
    columns: list[Column] = []
    group = ""
    for c in range(width):
        if c == label_col or roles.get(c) in ("stt", "note"):
            continue
        parent = _text(sheet.cell(r, c))
        child = _text(sheet.cell(r + 1, c)) if two_rows else ""
        if parent:
            group = parent
        text = child or parent
        if not text:
            continue
        if child and group and fold(child) in _SPLITS:
            label, uom = split_unit(group)
            columns.append(Column(c, label, uom, group, split=child))
            continue
        label, uom = split_unit(text)
        columns.append(Column(c, label, uom, group if child else ""))
    if len(columns) < 2:
        return None
    skipped: list[tuple[int, str]] = []
    data = _data_rows(sheet, r + len(header_rows), label_col, units=True, skipped=skipped)
    return Table(sheet, UNITS, header_rows, label_col, data, columns=columns, skipped=skipped)


def units_table_at(sheet: Sheet, row: int) -> Table | None:
    """The ``units`` table whose header starts at ``row`` (its columns read as a cluster
    sheet's are), even with no unit row filled in yet (a blank template); None when that row
    is no such header."""
    roles = _roles(sheet.rows[row]) if row < len(sheet.rows) else {}
    if "unit" not in roles.values() or "name" in roles.values():
        return None
    return _units_table(sheet, row, roles)


def find_tables(sheet: Sheet, *, max_header_row: int = 60) -> list[Table]:
    """Candidate tables of ``sheet``, best guesses first (possibly none)."""
    found: list[Table] = []
    for r in range(min(len(sheet.rows), max_header_row)):
        roles = _roles(sheet.rows[r])
        if len(roles) < 2:
            continue
        kinds = set(roles.values())
        if "unit" in kinds and "name" not in kinds:
            table = _units_table(sheet, r, roles)
            if table and table.data_rows:
                found.append(table)
                break
        if "name" in kinds:
            table = _rows_table(sheet, r, roles)
            if table.data_rows:
                found.append(table)
                break
    if not found:
        table = _headerless_rows_table(sheet)
        if table:
            found.append(table)
    return found


def _headerless_rows_table(sheet: Sheet) -> Table | None:
    """No header found: take the column with the most long texts as the labels."""
    counts: dict[int, int] = {}
    for row in sheet.rows[:200]:
        for c, cell in enumerate(row):
            if isinstance(cell, str) and len(cell) >= 8 and not is_signature_row([cell]):
                counts[c] = counts.get(c, 0) + 1
    if not counts:
        return None
    label_col, count = max(counts.items(), key=lambda kv: (kv[1], -kv[0]))
    if count < 3:
        return None
    rows = [r for r, row in enumerate(sheet.rows)
            if isinstance(sheet.cell(r, label_col), str) and sheet.cell(r, label_col)]
    value_col = _guess_value_col(sheet, rows, label_col, exclude=set())
    if value_col is None:
        return None
    rows = [r for r in rows if sheet.cell(r, value_col) not in ("", None)]
    return Table(sheet, ROWS, (), label_col, rows, value_col=value_col)


def header_block(sheet: Sheet, table: Table | None) -> list[str]:
    """The texts above the table (office, unit name, national title, date...), top first."""
    end = table.header_rows[0] if table and table.header_rows else min(len(sheet.rows), 12)
    texts = []
    for row in sheet.rows[:end]:
        for cell in row:
            if isinstance(cell, str) and cell:
                texts.append(cell)
    return texts
