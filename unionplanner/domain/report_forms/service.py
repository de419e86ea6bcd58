"""Creating, listing and editing report forms. Every function takes an open session; the
caller owns the transaction (``db.transaction()``)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
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
    """One indicator as edited: ``code`` None for a new one (a code is given on saving);
    ``number``, ``parent_code``, ``columns``, ``base_code``, ``total_of`` and ``form_code``
    as on :class:`~unionplanner.domain.report_forms.models.Indicator` (codes of this list)."""

    name: str
    unit_of_measure: str
    kind: str
    code: str | None = None
    number: str = ""
    parent_code: str | None = None
    columns: list[int] | None = None
    base_code: str | None = None
    total_of: list[str] | None = None
    form_code: str | None = None


@dataclass
class FormShape:
    """What a form has besides its indicators: its value ``columns`` (labels; empty for one
    column), the ``period_kinds`` it is filled for, and its ``headings`` (see
    :class:`~unionplanner.domain.report_forms.models.FormVersion`)."""

    columns: list[str] = field(default_factory=list)
    period_kinds: list[str] = field(default_factory=lambda: ["month"])
    headings: list[dict[str, Any]] = field(default_factory=list)
    layout: dict[str, Any] | None = None


def _indicator(position: int, code: str, item: IndicatorFields) -> Indicator:
    return Indicator(position=position, code=code, name=clean(item.name),
                     unit_of_measure=clean(item.unit_of_measure), kind=item.kind,
                     number=clean(item.number), parent_code=item.parent_code,
                     columns=list(item.columns) if item.columns is not None else None,
                     base_code=item.base_code,
                     total_of=list(item.total_of) if item.total_of else None,
                     form_code=clean(item.form_code) or None)


def _check_shape(shape: FormShape, items: Sequence[IndicatorFields]) -> None:
    """Column labels named and distinct, at least one period kind, each indicator's columns
    among the form's."""
    labels = [clean(c) for c in shape.columns]
    if any(not label for label in labels):
        raise UserError("Có cột số liệu chưa có tên. Hãy đặt tên cho mỗi cột (vd. \"Tổng số\", "
                        "\"Nữ\") hoặc xóa cột đó.")
    if len({fold(label) for label in labels}) < len(labels):
        raise UserError("Hai cột số liệu trùng tên. Mỗi cột cần một tên riêng.")
    if not shape.period_kinds:
        raise UserError("Hãy chọn ít nhất một loại kỳ báo cáo (tháng, quý, 6 tháng, năm).")
    count = max(1, len(labels))
    for number, item in enumerate(items, 1):
        if item.columns is not None and (not item.columns
                                         or any(not 0 <= c < count for c in item.columns)):
            raise UserError(f"Chỉ tiêu thứ {number} (\"{clean(item.name)}\") không có cột số "
                            "liệu nào để ghi. Hãy đánh dấu ít nhất một cột cho chỉ tiêu này.")


def _shape_into(version: FormVersion, shape: FormShape | None) -> None:
    shape = shape or FormShape()
    # one column is the plain shape: no label to choose between
    version.columns = [clean(c) for c in shape.columns] if len(shape.columns) > 1 else []
    version.period_kinds = list(shape.period_kinds)
    version.headings = [dict(h) for h in shape.headings]
    version.layout = dict(shape.layout) if shape.layout else None


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


def _check_links(items: Sequence[IndicatorFields]) -> None:
    """A parent must be an indicator above its child; the base of an average another
    indicator of the list."""
    seen: set[str] = set()
    codes = {item.code for item in items if item.code}
    for number, item in enumerate(items, 1):
        if item.parent_code is not None and item.parent_code not in seen:
            raise UserError(f"Chỉ tiêu thứ {number} thuộc về một chỉ tiêu không có ở trên nó "
                            f"({item.parent_code}). Hãy sửa lại thứ tự các chỉ tiêu.")
        if item.base_code is not None and item.base_code not in codes:
            raise UserError(f"Chỉ tiêu thứ {number} là số bình quân theo một chỉ tiêu không có "
                            f"trong mẫu ({item.base_code}). Hãy thêm lại chỉ tiêu đó.")
        if item.code:
            seen.add(item.code)


def next_code(used: set[str]) -> str:
    """The first free indicator code CT01, CT02… not in ``used``; it is added to ``used``."""
    number = 1
    while f"CT{number:02d}" in used:
        number += 1
    code = f"CT{number:02d}"
    used.add(code)
    return code


def create_form(session: Session, name: str, title: str, items: Sequence[IndicatorFields],
                source: str = "", shape: FormShape | None = None) -> ReportForm:
    """Store a new form (version 1) named ``name`` with the heading ``title``, the
    indicators ``items`` in order (their own codes, else CT01, CT02… given here) and its
    ``shape`` (columns, period kinds, headings; default one column, monthly); ``source``
    says where it came from (a template file, typed in). Raises UserError for a taken name,
    an empty or duplicated indicator list, or a parent that is not above its child."""
    name = _check_name(session, name)
    _check_indicators(items)
    _check_links(items)
    _check_shape(shape or FormShape(), items)
    form = ReportForm(name=name, title=clean(title))
    version = FormVersion(number=1, source=source)
    _shape_into(version, shape)
    used = {item.code for item in items if item.code}
    for position, item in enumerate(items, 1):
        version.indicators.append(_indicator(position, item.code or next_code(used), item))
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


def find_same_form(session: Session, items: Sequence[IndicatorFields]) -> ReportForm | None:
    """The stored form whose current version asks for the same indicators as ``items`` —
    same names and units of measure, in the same order, compared without regard to case,
    spacing or tone-mark placement — or None. Used before a template is learnt again, so
    the office is told it already has the form instead of getting a second copy."""
    def key(name: str, unit: str) -> tuple[str, str]:
        return fold(name), fold(unit)

    wanted = [key(item.name, item.unit_of_measure) for item in items]
    for form in list_forms(session):
        if [key(i.name, i.unit_of_measure) for i in form.current.indicators] == wanted:
            return form
    return None


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
                items: Sequence[IndicatorFields], shape: FormShape | None = None
                ) -> FormVersion:
    """Save an edited form. If its current version was used by an import, the edit becomes
    a new version (old imports keep theirs); otherwise the current version is changed in
    place. Indicators keep their codes; new ones get the next free code. ``shape`` None
    keeps the version's columns, period kinds and headings. Returns the version now current.
    Raises UserError for invalid input (nothing is written then)."""
    form = get_form(session, form_id)
    form.name = _check_name(session, name, form_id)
    form.title = clean(title)
    _check_indicators(items)
    _check_links(items)
    current = form.current
    shape = shape or shape_of(current)
    _check_shape(shape, items)
    unchanged = [_fields_key(fields_of(i)) for i in current.indicators] == [
        _fields_key(it) for it in items] and shape == shape_of(current)
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
    _shape_into(version, shape)
    for position, item in enumerate(items, 1):
        version.indicators.append(_indicator(position, item.code or next_code(used), item))
    session.flush()
    return version


def _fields_key(item: IndicatorFields) -> tuple[Any, ...]:
    return (item.code, clean(item.name), clean(item.unit_of_measure), item.kind,
            clean(item.number), item.parent_code, item.columns, item.base_code,
            item.total_of or None, clean(item.form_code) or None)


def fields_of(indicator: Indicator) -> IndicatorFields:
    """A stored indicator as the editor and :func:`update_form` take it (nothing lost)."""
    return IndicatorFields(indicator.name, indicator.unit_of_measure, indicator.kind,
                           indicator.code, indicator.number or "", indicator.parent_code,
                           indicator.columns, indicator.base_code,
                           list(indicator.total_of) if indicator.total_of else None,
                           indicator.form_code)


def shape_of(version: FormVersion) -> FormShape:
    """A version's columns, period kinds and headings (the defaults for forms made before
    they existed: one column, monthly, no headings)."""
    return FormShape(list(version.columns or []), list(version.period_kinds or ["month"]),
                     [dict(h) for h in version.headings or []],
                     dict(version.layout) if version.layout else None)


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
    """JSON shape: id, name, title, version (number), columns (labels; empty for one value
    column), period_kinds, headings, layout (see ``FormVersion.layout``; None for forms
    made before), indicators [{code, position, number, name, unit_of_measure, kind,
    parent_code, columns, base_code, total_of, form_code}]."""
    version = form.current
    shape = shape_of(version)
    return {
        "id": form.id, "name": form.name, "title": form.title, "version": version.number,
        "versions": len(form.versions), "columns": shape.columns,
        "period_kinds": shape.period_kinds, "headings": shape.headings, "layout": shape.layout,
        "indicators": [{"code": i.code, "position": i.position, "number": i.number or "",
                        "name": i.name, "unit_of_measure": i.unit_of_measure, "kind": i.kind,
                        "parent_code": i.parent_code, "columns": i.columns,
                        "base_code": i.base_code, "total_of": i.total_of,
                        "form_code": i.form_code}
                       for i in version.indicators],
    }
