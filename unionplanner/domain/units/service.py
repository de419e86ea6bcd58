"""Listing and editing units. Every function takes an open session; the caller owns the
transaction (``db.transaction()``), so a failed edit writes nothing."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

from unionplanner.core.errors import UserError
from unionplanner.core.text import clean, fold
from unionplanner.domain.office.contacts import split_emails, split_phones
from unionplanner.domain.units.models import Unit, UnitAlias
from unionplanner.domain.units.sectors import OTHER, SECTORS

END_REASONS = {"dissolved": "Giải thể", "merged": "Sáp nhập"}


@dataclass
class UnitFields:
    """What a person types for a unit (counts in người; sector a code of SECTORS)."""

    code: str
    name: str
    sector: str = OTHER
    workers: int | None = None
    members: int | None = None
    active_from: date | None = None
    note: str = ""
    phone: str = ""
    email: str = ""   # one address, or several separated by ";"
    zalo: str = ""


def list_units(session: Session, *, search: str = "", sector: str | None = None,
               include_ended: bool = True, on: date | None = None) -> list[Unit]:
    """Units ordered by code. ``search`` matches code, name or an alias ignoring case and
    diacritics; ``sector`` filters by code; ``include_ended=False`` keeps the units active
    on ``on`` (default today)."""
    stmt = select(Unit).options(selectinload(Unit.aliases)).order_by(Unit.code)
    if sector:
        stmt = stmt.where(Unit.sector == sector)
    units = list(session.scalars(stmt))
    if not include_ended:
        day = on or date.today()
        units = [u for u in units if u.is_active(day)]
    key = fold(search)
    if key:
        units = [u for u in units
                 if key in fold(u.code) or key in fold(u.name)
                 or any(key in a.key for a in u.aliases)]
    return units


def unit_to_dict(unit: Unit, on: date | None = None) -> dict[str, Any]:
    """The JSON shape of ``units list --json``: code, name, sector (code), sector_label,
    members, workers (người), active (bool, on ``on``/today), active_from/active_to (ISO or
    None), end_reason, phone, email, zalo."""
    return {
        "code": unit.code,
        "name": unit.name,
        "sector": unit.sector,
        "sector_label": SECTORS.get(unit.sector, unit.sector),
        "members": unit.members,
        "workers": unit.workers,
        "active": unit.is_active(on or date.today()),
        "active_from": unit.active_from.isoformat() if unit.active_from else None,
        "active_to": unit.active_to.isoformat() if unit.active_to else None,
        "end_reason": unit.end_reason,
        "phone": unit.phone or "",
        "email": unit.email or "",
        "zalo": unit.zalo or "",
    }


def _validate(session: Session, fields: UnitFields, unit_id: int | None) -> UnitFields:
    code = clean(fields.code)
    name = clean(fields.name)
    if not code:
        raise UserError("Chưa nhập mã đơn vị. Mỗi CĐCS cần một mã riêng, ví dụ \"SA001\".")
    if not name:
        raise UserError("Chưa nhập tên công đoàn cơ sở.")
    if fields.sector not in SECTORS:
        raise UserError(f"Khu vực \"{fields.sector}\" không hợp lệ. Hãy chọn một khu vực "
                        "trong danh sách.")
    for label, value in (("Số CNVCLĐ", fields.workers), ("Số đoàn viên", fields.members)):
        if value is not None and value < 0:
            raise UserError(f"{label} không được âm.")
    clash = session.scalars(select(Unit).where(func.lower(Unit.code) == code.lower())).first()
    if clash is not None and clash.id != unit_id:
        raise UserError(f"Mã \"{code}\" đã dùng cho \"{clash.name}\". Hãy chọn mã khác.")
    emails, wrong = split_emails(fields.email)
    if wrong:
        raise UserError(f"Địa chỉ thư \"{wrong[0]}\" không đúng dạng (ví dụ "
                        "congdoan@gmail.com). Nhiều địa chỉ thì cách nhau bằng dấu ;.")
    phones, wrong = split_phones(fields.phone)
    if wrong:
        raise UserError(f"Số điện thoại \"{wrong[0][:40]}\" không đúng dạng: chỉ gồm chữ số "
                        "(có thể có dấu cách, chấm, gạch nối, ngoặc, +), ví dụ 0905 123 456. "
                        "Nhiều số thì cách nhau bằng dấu ;.")
    return UnitFields(code, name, fields.sector, fields.workers, fields.members,
                      fields.active_from, clean(fields.note), "; ".join(phones),
                      "; ".join(emails), clean(fields.zalo))



def add_unit(session: Session, fields: UnitFields) -> Unit:
    """Create a unit. Raises UserError (Vietnamese) for an empty or duplicate code, an empty
    name, an unknown sector or negative counts."""
    f = _validate(session, fields, None)
    unit = Unit(code=f.code, name=f.name, sector=f.sector, workers=f.workers,
                members=f.members, active_from=f.active_from, note=f.note, phone=f.phone,
                email=f.email, zalo=f.zalo)
    session.add(unit)
    session.flush()
    return unit


_GRASSROOTS = "Công đoàn cơ sở"
_PREFIXES = re.compile(r"^(?i:bch\s+)?(?i:cđcs|cdcs|công đoàn cơ sở|cong doan co so|công đoàn|"
                       r"cong doan)[\s:.\-–]+")


def suggest_new_unit(session: Session, text: str) -> tuple[str, str]:
    """A code and name for a unit about to be added from a report that named ``text`` (its
    header line or file name): the code continues the office's own pattern (the most common
    letters + digits, next free number, same width: SA088 → SA089; DV001 when there is no
    unit yet); the name is ``text`` tidied (underscores, "(bổ sung)"-style remarks dropped)
    and written like the office writes its units (with "Công đoàn cơ sở" in front when most
    names have it)."""
    units = list(session.execute(select(Unit.code, Unit.name)))
    patterns: Counter[str] = Counter()
    numbers: dict[str, list[tuple[int, int]]] = {}
    for code, _name in units:
        found = re.fullmatch(r"([A-Za-zĐđ_\-.]*?)(\d+)", code)
        if found:
            prefix, digits = found.groups()
            patterns[prefix] += 1
            numbers.setdefault(prefix, []).append((int(digits), len(digits)))
    taken = {code.lower() for code, _name in units}
    if patterns:
        prefix = patterns.most_common(1)[0][0]
        number = max(n for n, _w in numbers[prefix]) + 1
        width = max(w for _n, w in numbers[prefix])
    else:
        prefix, number, width = "DV", 1, 3
    while f"{prefix}{number:0{width}d}".lower() in taken:
        number += 1
    name = re.sub(r"\((?:[^()]*)\)|\[[^\]]*\]", " ", text.replace("_", " "))
    name = clean(re.sub(r"(?i)^\s*(?:tên đơn vị|đơn vị|tên cđcs)\s*:\s*", "", name))
    bare = _PREFIXES.sub("", name).strip() or name
    with_prefix = sum(1 for _code, n in units if fold(n).startswith("cong doan co so"))
    if units and with_prefix * 2 > len(units):
        name = f"{_GRASSROOTS} {bare}"
    else:
        name = bare
    return f"{prefix}{number:0{width}d}", name


def get_unit(session: Session, unit_id: int) -> Unit:
    unit = session.get(Unit, unit_id)
    if unit is None:
        raise UserError("Không tìm thấy đơn vị (có thể đã bị xóa ở cửa sổ khác). "
                        "Hãy tải lại danh sách.")
    return unit


def update_unit(session: Session, unit_id: int, fields: UnitFields) -> Unit:
    """Change a unit's details; a changed name is kept as an alias so old files still
    match. Raises UserError as :func:`add_unit`."""
    unit = get_unit(session, unit_id)
    f = _validate(session, fields, unit_id)
    old_name = unit.name
    unit.code, unit.name, unit.sector = f.code, f.name, f.sector
    add_alias(session, unit, old_name)
    unit.workers, unit.members = f.workers, f.members
    unit.active_from, unit.note = f.active_from, f.note
    unit.phone, unit.email, unit.zalo = f.phone, f.email, f.zalo
    return unit


def add_alias(session: Session, unit: Unit, alias: str) -> None:
    """Remember another name of ``unit`` (ignored if it is its current name or already
    known)."""
    key = fold(alias)
    if key and key != fold(unit.name) and all(a.key != key for a in unit.aliases):
        unit.aliases.append(UnitAlias(alias=clean(alias), key=key))


def end_unit(session: Session, unit_id: int, on: date, reason: str,
             merged_into_code: str | None = None, note: str = "") -> Unit:
    """Mark a unit dissolved or merged with effect from ``on`` (the date of the decision's
    effect): its last active day (``active_to``) becomes the day before. History stays: its
    reports and values are kept and it still counts for periods before ``on``.

    ``reason`` is "dissolved" or "merged"; a merge names the receiving unit's code.
    Raises UserError for an unknown reason, a date before the unit began, or a missing or
    identical receiving unit.
    """
    unit = get_unit(session, unit_id)
    if reason not in END_REASONS:
        raise UserError("Lý do phải là giải thể hoặc sáp nhập.")
    if unit.active_from and on <= unit.active_from:
        raise UserError(f"Ngày kết thúc {on:%d/%m/%Y} trước ngày thành lập "
                        f"{unit.active_from:%d/%m/%Y}. Hãy kiểm tra lại ngày.")
    target = None
    if reason == "merged":
        code = clean(merged_into_code)
        target = session.scalars(select(Unit).where(Unit.code == code)).first() if code else None
        if target is None:
            raise UserError("Hãy chọn đơn vị nhận sáp nhập (mã đơn vị đang hoạt động).")
        if target.id == unit.id:
            raise UserError("Không thể sáp nhập một đơn vị vào chính nó.")
    unit.active_to = on - timedelta(days=1)
    unit.end_reason = reason
    unit.merged_into_id = target.id if target else None
    if note:
        unit.note = clean(f"{unit.note}\n{note}" if unit.note else note)
    return unit


def reopen_unit(session: Session, unit_id: int) -> Unit:
    """Undo :func:`end_unit` (the unit is active again)."""
    unit = get_unit(session, unit_id)
    unit.active_to = None
    unit.end_reason = None
    unit.merged_into_id = None
    return unit

