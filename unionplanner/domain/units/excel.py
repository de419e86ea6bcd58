"""Import the office's unit list (danh sách CĐCS) from a spreadsheet.

The list has a header block above the table (office name, title), a header row with columns
such as "Mã đơn vị | Tên công đoàn cơ sở | Khu vực | Tổng số CNVCLĐ | Tổng số đoàn viên"
(any order; the code column is optional), then one row per unit, maybe a "Tổng cộng" row and
a signature block. Read with python-calamine (.xlsx, .xlsm, .xls, .ods).

The whole file is checked before anything is written, and the write is one transaction: a file
with a wrong column, a bad number or a duplicate code changes nothing.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from unionplanner.core.errors import UserError
from unionplanner.core.progress import CancelToken, ProgressFn, no_progress
from unionplanner.core.text import clean, fold, has_phrase, is_total_label, parse_count
from unionplanner.domain.office.contacts import split_emails, split_phones
from unionplanner.domain.units.models import Unit
from unionplanner.domain.units.sectors import OTHER, SECTORS, recognise_sector
from unionplanner.domain.units.service import add_alias

SPREADSHEET_SUFFIXES = (".xlsx", ".xlsm", ".xls", ".ods", ".xlsb")  # .xlsb: said by read_book
HEADER_SCAN_ROWS = 30

# column → folded phrases that name it in a header cell (first match wins per cell)
_COLUMNS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("stt", ("stt", "so thu tu", "tt")),
    ("code", ("ma don vi", "ma cdcs", "ma so", "ma")),
    ("members", ("doan vien",)),
    ("workers", ("cnvcld", "cnvc", "lao dong", "cnld", "nld")),
    ("sector", ("khu vuc", "loai hinh", "linh vuc", "khoi", "sector")),
    # how the office reaches the unit (optional): kept for reminders
    ("phone", ("dien thoai", "so dien thoai", "sdt", "dt lien he")),
    ("email", ("email", "e mail", "thu dien tu", "hop thu")),
    ("zalo", ("zalo",)),
    ("name", ("ten cong doan", "ten don vi", "ten cdcs", "ten co quan", "don vi", "ten")),
)
@dataclass
class UnitRow:
    """One unit as read from the file (``row`` is the 1-based spreadsheet row)."""

    row: int
    code: str
    name: str
    sector: str
    workers: int | None
    members: int | None
    phone: str = ""
    email: str = ""
    zalo: str = ""


@dataclass
class UnitImportResult:
    """What an import did: counts of units added, updated and unchanged; codes in the
    database but not in the file (left as they are); warnings worth showing once."""

    added: int = 0
    updated: int = 0
    unchanged: int = 0
    not_in_file: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    def to_dict(self) -> dict:
        return asdict(self)


def _classify(cell: object) -> str | None:
    key = fold(cell)
    if not key:
        return None
    for column, phrases in _COLUMNS:
        if any(has_phrase(key, p) for p in phrases):
            return column
    return None


def _find_header(rows: list[list]) -> tuple[int, dict[str, int]] | None:
    for index, row in enumerate(rows[:HEADER_SCAN_ROWS]):
        columns: dict[str, int] = {}
        for col, cell in enumerate(row):
            kind = _classify(cell)
            if kind and kind not in columns:
                columns[kind] = col
        if "name" in columns and len(columns) >= 2:
            return index, columns
    return None


def read_sheets(path: Path) -> Iterator[tuple[str, list[list]]]:
    """The visible sheets of a spreadsheet as (name, rows of cell values), read through the
    same guarded reader as the reports (:func:`unionplanner.domain.sheets.workbook.read_book`:
    a regular file, size and compression limits, sheet extents measured before anything is
    allocated, legacy fonts converted, damaged files said plainly).

    Raises UserError (Vietnamese) when the file is missing, not a spreadsheet or damaged, or
    is a report form or a grassroots report rather than a unit list.
    """
    if path.suffix.lower() not in SPREADSHEET_SUFFIXES:
        raise UserError(f"Tệp \"{path.name}\" không phải bảng tính Excel. Hãy chọn tệp "
                        ".xlsx, .xls hoặc .ods.")
    from unionplanner.domain.sheets.workbook import read_book

    book = read_book(path)
    if book.marker() is not None:
        raise UserError(f"Tệp \"{path.name}\" là biểu mẫu báo cáo do chương trình tạo, không "
                        "phải danh sách đơn vị. Hãy chọn tệp danh sách CĐCS.")
    for sheet in book.visible_sheets:
        yield sheet.name, sheet.rows


#: what a report's "Đơn vị tính" column holds: a unit list has names of unions there
_MEASURES = {"nguoi", "cuoc", "vu", "co khong", "dong", "lan", "luot", "luot nguoi", "%",
             "cai", "buoi", "don vi", "sang kien", "ty le", "trieu dong", "nghin dong", "x"}


def _looks_like_a_report(rows: list[list], header_index: int, name_col: int) -> bool:
    """Whether the column taken for the units' names is in fact a report's units of
    measure ("Người", "Cuộc", "Có/Không") — a grassroots report chosen by mistake."""
    header = fold(_cell(rows[header_index], name_col))
    names = [fold(_cell(row, name_col)) for row in rows[header_index + 1:]]
    names = [n for n in names if n]
    measures = sum(1 for n in names if n in _MEASURES)
    return header.startswith("don vi tinh") or (bool(names) and measures * 2 >= len(names))


def _cell(row: list, col: int | None) -> object:
    return row[col] if col is not None and col < len(row) else None


def read_unit_rows(path: str | Path, *, progress: ProgressFn = no_progress,
                   cancel: CancelToken | None = None) -> tuple[list[UnitRow], list[str]]:
    """Read and check every unit row of ``path``; return (rows, warnings).

    Raises UserError listing every wrong row (bad number, missing code or name, duplicate
    code) or when no sheet has a header row with a unit-name column.
    """
    path = Path(path)
    progress(0, 1, f"Đang đọc {path.name}")
    for sheet_name, rows in read_sheets(path):  # noqa: B007 — named in the message below
        found = _find_header(rows)
        if found is not None:
            break
    else:
        raise UserError(
            f"Không tìm thấy bảng danh sách đơn vị trong \"{path.name}\": cần một dòng tiêu "
            "đề có cột \"Tên công đoàn cơ sở\" (và \"Mã đơn vị\", \"Khu vực\", \"Tổng số "
            "CNVCLĐ\", \"Tổng số đoàn viên\"). Hãy sửa tiêu đề cột rồi nhập lại."
        )
    header_index, columns = found
    if _looks_like_a_report(rows, header_index, columns["name"]):
        raise UserError(f"Tệp \"{path.name}\" giống một báo cáo của CĐCS (cột \"Đơn vị tính\" với "
                        "Người, Cuộc, Có/Không…), không phải danh sách đơn vị. Hãy chọn tệp danh "
                        "sách CĐCS (có cột \"Tên công đoàn cơ sở\"); báo cáo thì nhập ở trang Báo "
                        "cáo CĐCS.")
    errors: list[str] = []
    warnings: list[str] = []
    result: list[UnitRow] = []
    seen: dict[str, int] = {}
    started = False
    data = rows[header_index + 1:]
    for offset, row in enumerate(data):
        if cancel is not None:
            cancel.check()
        number = header_index + offset + 2
        name = clean(_cell(row, columns["name"]))
        code = clean(_cell(row, columns.get("code")))
        if not any(clean(c) for c in row):
            if started:
                break  # the table ends at the first blank row after data
            continue
        if not name:
            if code:
                errors.append(f"Dòng {number}: có mã \"{code}\" nhưng thiếu tên đơn vị.")
            continue
        if is_total_label(name):
            continue
        workers_cell, members_cell = (_cell(row, columns.get(k)) for k in ("workers", "members"))
        if "code" in columns and not code:
            if clean(workers_cell) or clean(members_cell):
                errors.append(f"Dòng {number}: \"{name}\" thiếu mã đơn vị.")
            continue  # a note or the signature block, not a unit
        if not started and fold(name).replace(" ", "").isdigit():
            continue  # a column-number row "(1) (2) (3)" under the header
        started = True
        if "code" not in columns:
            code = f"DV{len(result) + 1:03d}"
        counts = _counts(number, workers_cell, members_cell, errors)
        sector = _sector(number, clean(_cell(row, columns.get("sector"))), warnings)
        if code.lower() in seen:
            errors.append(f"Dòng {number}: mã \"{code}\" trùng với dòng {seen[code.lower()]}.")
            continue
        seen[code.lower()] = number
        contacts = _contacts(row, columns, number, warnings)
        result.append(UnitRow(number, code, name, sector, counts["workers"], counts["members"],
                              *contacts))
    if "code" not in columns:
        warnings.append("Tệp không có cột mã đơn vị; đã tự đặt mã DV001, DV002... theo thứ tự.")
    if errors:
        raise UserError(
            f"Tệp \"{path.name}\" (trang \"{sheet_name}\") có {len(errors)} lỗi nên chưa nhập "
            "gì. Hãy sửa các dòng sau rồi nhập lại:", errors)
    if not result:
        raise UserError(f"Tệp \"{path.name}\" không có dòng đơn vị nào dưới dòng tiêu đề.")
    progress(1, 1, f"Đã đọc {len(result)} đơn vị")
    return result, warnings


def _contacts(row: Any, columns: dict[str, int], number: int,
              warnings: list[str]) -> list[str]:
    """Phone, e-mail and Zalo of a row; only well-formed numbers and addresses are kept (a
    line break in an address would reach a mail header), the rest named in a warning."""
    zalo = clean(_cell(row, columns.get("zalo")))
    emails, wrong = split_emails(str(_cell(row, columns.get("email")) or ""))
    if wrong:
        warnings.append(f"Dòng {number}: \"{wrong[0][:60]}\" không phải địa chỉ thư đúng dạng "
                        "nên không lưu (ví dụ congdoan@gmail.com).")
    phones, wrong = split_phones(_phone_text(_cell(row, columns.get("phone"))))
    if wrong:
        warnings.append(f"Dòng {number}: \"{wrong[0][:60]}\" không phải số điện thoại đúng dạng "
                        "nên không lưu (ví dụ 0905 123 456).")
    return ["; ".join(phones), "; ".join(emails), zalo]


def _phone_text(value: object) -> str:
    """A phone cell as text: a number typed into a number cell lost its leading 0
    (905123456.0 → "0905123456")."""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if isinstance(value, int):
        digits = str(value)
        return digits if digits.startswith("84") else "0" + digits
    return str(value or "")


def _counts(number: int, workers_cell: object, members_cell: object,
            errors: list[str]) -> dict[str, int | None]:
    """Workers and members (người) of row ``number``; a cell that is not a count adds an
    error and counts as None."""
    counts: dict[str, int | None] = {}
    for key, label, cell in (("workers", "Tổng số CNVCLĐ", workers_cell),
                             ("members", "Tổng số đoàn viên", members_cell)):
        try:
            counts[key] = parse_count(cell)
        except ValueError as exc:
            errors.append(f"Dòng {number}: cột \"{label}\" {exc}.")
            counts[key] = None
    return counts


def _sector(number: int, text: str, warnings: list[str]) -> str:
    """The sector code a row's text names; "khác" (with a warning) when it names none."""
    sector = recognise_sector(text)
    if sector is None:
        sector = OTHER
        if text:
            warnings.append(f"Dòng {number}: không nhận ra khu vực \"{text}\"; "
                            f"đã xếp vào \"{SECTORS[OTHER]}\".")
    return sector


def import_units(session: Session, path: str | Path, *, progress: ProgressFn = no_progress,
                 cancel: CancelToken | None = None) -> UnitImportResult:
    """Add or update units from the list in ``path`` (matched by code).

    Runs inside the caller's transaction; raises UserError before writing anything if the file
    is wrong, and :class:`~unionplanner.core.errors.Cancelled` if cancelled (the caller's
    transaction then rolls back). Units missing from the file are left untouched and listed
    in ``not_in_file``.
    """
    rows, warnings = read_unit_rows(path, progress=progress, cancel=cancel)
    result = UnitImportResult(warnings=warnings)
    existing = {u.code.lower(): u for u in session.scalars(select(Unit))}
    for index, row in enumerate(rows):
        if cancel is not None:
            cancel.check()
        progress(index, len(rows), row.name)
        unit = existing.pop(row.code.lower(), None)
        if unit is None:
            session.add(Unit(code=row.code, name=row.name, sector=row.sector,
                             workers=row.workers, members=row.members, phone=row.phone,
                             email=row.email, zalo=row.zalo))
            result.added += 1
            continue
        # contacts the file leaves blank keep what the office typed
        contacts = tuple(given or getattr(unit, key) or "" for key, given in (
            ("phone", row.phone), ("email", row.email), ("zalo", row.zalo)))
        new = (row.name, row.sector, row.workers, row.members, *contacts)
        if (unit.name, unit.sector, unit.workers, unit.members, unit.phone or "",
                unit.email or "", unit.zalo or "") == new:
            result.unchanged += 1
            continue
        old_name = unit.name
        unit.name, unit.sector = row.name, row.sector
        unit.workers, unit.members = row.workers, row.members
        unit.phone, unit.email, unit.zalo = contacts
        add_alias(session, unit, old_name)
        result.updated += 1
    result.not_in_file = sorted(u.code for u in existing.values() if u.active_to is None)
    session.flush()
    progress(len(rows), len(rows), "Xong")
    return result
