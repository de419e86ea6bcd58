"""Creating, listing and editing report forms. Every function takes an open session; the
caller owns the transaction (``db.transaction()``)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import exists, func, select
from sqlalchemy.orm import Session, selectinload

from unionplanner.core.errors import UserError
from unionplanner.core.text import clean, fold
from unionplanner.domain.report_forms.kinds import KINDS
from unionplanner.domain.report_forms.models import (
    FormVersion,
    Indicator,
    IndicatorAlias,
    ReportForm,
)


@dataclass
class IndicatorFields:
    """One indicator as edited: ``code`` None for a new one (a code is given on saving)."""

    name: str
    unit_of_measure: str
    kind: str
    code: str | None = None


def _check_name(session: Session, name: str, form_id: int | None = None) -> str:
    name = clean(name)
    if not name:
        raise UserError("Hãy đặt tên cho mẫu báo cáo.")
    clash = session.scalar(select(ReportForm).where(func.lower(ReportForm.name) == name.lower()))
    if clash is not None and clash.id != form_id:
        raise UserError(f"Đã có mẫu báo cáo tên \"{name}\" (số {clash.id}). Hãy đặt tên khác.")
    return name


def _check_indicators(items: Sequence[IndicatorFields]) -> None:
    if not items:
        raise UserError("Mẫu báo cáo cần ít nhất một chỉ tiêu.")
    seen: set[str] = set()
    for number, item in enumerate(items, 1):
        if not clean(item.name):
            raise UserError(f"Chỉ tiêu thứ {number} chưa có nội dung.")
        if item.kind not in KINDS:
            raise UserError(f"Chỉ tiêu thứ {number}: loại \"{item.kind}\" không hợp lệ.")
        key = fold(item.name)
        if key in seen:
            raise UserError(f"Chỉ tiêu \"{clean(item.name)}\" bị trùng. Mỗi chỉ tiêu chỉ ghi "
                            "một lần.")
        seen.add(key)


def _next_code(used: set[str]) -> str:
    number = 1
    while f"CT{number:02d}" in used:
        number += 1
    code = f"CT{number:02d}"
    used.add(code)
    return code


def create_form(session: Session, name: str, title: str, items: Sequence[IndicatorFields],
                source: str = "") -> ReportForm:
    """Store a new form (version 1) named ``name`` with the heading ``title`` and the
    indicators ``items`` in order (codes CT01, CT02… are given here); ``source`` says where
    it came from (a template file, typed in). Raises UserError for a taken name or an
    empty/duplicated indicator list."""
    name = _check_name(session, name)
    _check_indicators(items)
    form = ReportForm(name=name, title=clean(title))
    version = FormVersion(number=1, source=source)
    used: set[str] = set()
    for position, item in enumerate(items, 1):
        version.indicators.append(Indicator(
            position=position, code=_next_code(used), name=clean(item.name),
            unit_of_measure=clean(item.unit_of_measure), kind=item.kind))
    form.versions.append(version)
    session.add(form)
    session.flush()
    return form


def list_forms(session: Session) -> list[ReportForm]:
    """All forms by name, with their versions and indicators loaded."""
    return list(session.scalars(
        select(ReportForm).options(selectinload(ReportForm.versions)
                                   .selectinload(FormVersion.indicators))
        .order_by(ReportForm.name)))


def get_form(session: Session, form_id: int) -> ReportForm:
    """The form with id ``form_id``; raises UserError if there is none."""
    form = session.get(ReportForm, form_id, options=[
        selectinload(ReportForm.versions).selectinload(FormVersion.indicators)])
    if form is None:
        raise UserError(f"Không có mẫu báo cáo số {form_id}. Xem danh sách bằng lệnh "
                        "\"unionplanner forms list\".")
    return form


def version_in_use(session: Session, version_id: int) -> bool:
    """True if an import has used this version (it may then no longer change)."""
    from unionplanner.domain.received.models import ImportBatch

    return bool(session.scalar(select(exists().where(ImportBatch.form_version_id == version_id))))


def update_form(session: Session, form_id: int, name: str, title: str,
                items: Sequence[IndicatorFields]) -> FormVersion:
    """Save an edited form. If its current version was used by an import, the edit becomes
    a new version (old imports keep theirs); otherwise the current version is changed in
    place. Indicators keep their codes; new ones get the next free code. Returns the version
    now current. Raises UserError for invalid input (nothing is written then)."""
    form = get_form(session, form_id)
    form.name = _check_name(session, name, form_id)
    form.title = clean(title)
    _check_indicators(items)
    current = form.current
    unchanged = [(i.code, i.name, i.unit_of_measure, i.kind) for i in current.indicators] == [
        (it.code, clean(it.name), clean(it.unit_of_measure), it.kind) for it in items]
    if unchanged:
        return current
    used = {i.code for v in form.versions for i in v.indicators}
    if version_in_use(session, current.id):
        version = FormVersion(number=current.number + 1, source="Sửa trong chương trình")
        form.versions.append(version)
    else:
        version = current
        version.indicators.clear()
        session.flush()
    for position, item in enumerate(items, 1):
        code = item.code if item.code else _next_code(used)
        version.indicators.append(Indicator(
            position=position, code=code, name=clean(item.name),
            unit_of_measure=clean(item.unit_of_measure), kind=item.kind))
    session.flush()
    return version


def delete_form(session: Session, form_id: int) -> None:
    """Delete a form no import has used; raises UserError otherwise."""
    form = get_form(session, form_id)
    if any(version_in_use(session, v.id) for v in form.versions):
        raise UserError(f"Mẫu \"{form.name}\" đã được dùng để nhập báo cáo nên không xóa được.")
    session.delete(form)


def remember_indicator_alias(session: Session, form_id: int, code: str, text: str) -> None:
    """Remember that ``text`` (as a file words it) means indicator ``code`` of the form."""
    key = fold(text)
    if not key:
        return
    alias = session.scalar(select(IndicatorAlias).where(
        IndicatorAlias.form_id == form_id, IndicatorAlias.key == key))
    if alias is None:
        session.add(IndicatorAlias(form_id=form_id, code=code, text=clean(text), key=key))
    else:
        alias.code = code


def aliases_by_code(session: Session, form_id: int) -> dict[str, tuple[str, ...]]:
    """Remembered wordings of a form: indicator code → folded texts."""
    found: dict[str, list[str]] = {}
    for alias in session.scalars(select(IndicatorAlias).where(IndicatorAlias.form_id == form_id)):
        found.setdefault(alias.code, []).append(alias.key)
    return {code: tuple(keys) for code, keys in found.items()}


def form_to_dict(form: ReportForm) -> dict[str, Any]:
    """JSON shape: id, name, title, version (number), indicators [{code, position, name,
    unit_of_measure, kind}]."""
    version = form.current
    return {
        "id": form.id, "name": form.name, "title": form.title, "version": version.number,
        "versions": len(form.versions),
        "indicators": [{"code": i.code, "position": i.position, "name": i.name,
                        "unit_of_measure": i.unit_of_measure, "kind": i.kind}
                       for i in version.indicators],
    }
