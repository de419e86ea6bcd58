"""Storing plans. Every function takes an open session; the caller owns the transaction
(``db.transaction()``), so a refused change writes nothing.

Rules:
- numbers restart each calendar year and are unique per year and document type among the
  office's own plans (Nghị định 30/2020/NĐ-CP, Phụ lục III: "Numbers restart each calendar
  year"); a parent body's plan kept for reference keeps its own number unchecked;
- an issued plan is locked: saving a change first keeps the issued text as a revision
  (readable and printable), then bumps ``revision``; a closed plan cannot be changed;
- activities, targets and deadlines keep their row ids across saves as long as their key
  in the document stays the same (ticks and links made elsewhere stay attached).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

from unionplanner.core.errors import ANY, ChangedMeanwhile, UserError, same_moment
from unionplanner.core.text import clean, fold
from unionplanner.domain.plans.document import (
    STATUSES,
    Activity,
    Deadline,
    PlanDocument,
    PlanStatus,
    Scope,
    Target,
)
from unionplanner.domain.plans.models import (
    Plan,
    PlanActivity,
    PlanDeadline,
    PlanRevision,
    PlanTarget,
    PlanTemplate,
)

OWN, PARENT = "own", "parent"


def get_plan(session: Session, plan_id: int) -> Plan:
    """The plan with this id (children loaded); UserError if there is none."""
    plan = session.get(Plan, plan_id, options=[
        selectinload(Plan.activities), selectinload(Plan.targets),
        selectinload(Plan.deadlines)])
    if plan is None:
        raise UserError(f"Không có kế hoạch số {plan_id}. Xem danh sách bằng lệnh "
                        "\"unionplanner plans list\".")
    return plan


def list_plans(session: Session, *, year: int | None = None, search: str = "",
               origin: str | None = OWN) -> list[Plan]:
    """Plans newest first; ``search`` matches title or number ignoring case and accents."""
    query = select(Plan).order_by(Plan.year.desc().nulls_last(), Plan.number.desc().nulls_first(),
                                  Plan.id.desc())
    if year is not None:
        query = query.where(Plan.year == year)
    if origin is not None:
        query = query.where(Plan.origin == origin)
    plans = list(session.scalars(query.options(selectinload(Plan.activities))))
    key = fold(search)
    if key:
        plans = [p for p in plans if key in fold(p.title) or key in fold(
            f"{p.number or ''}/{p.symbol}")]
    return plans


def implemented_from(session: Session, parent_ids: list[int]) -> dict[int, list[Plan]]:
    """The office's plans drafted from each of the parent plans ``parent_ids`` (parent id →
    its implementing plans; parents with none are absent)."""
    found: dict[int, list[Plan]] = {}
    for plan in session.scalars(select(Plan).where(Plan.implements_id.in_(parent_ids))
                                .order_by(Plan.id)):
        found.setdefault(plan.implements_id or 0, []).append(plan)
    return found


def next_number(session: Session, year: int, doc_type: str = "KẾ HOẠCH") -> int:
    """The next free number for the office's documents of this type in ``year``."""
    top = session.scalar(select(func.max(Plan.number)).where(
        Plan.year == year, Plan.doc_type == doc_type, Plan.origin == OWN))
    return (top or 0) + 1


def _check_number(session: Session, doc: PlanDocument, plan_id: int | None) -> None:
    if doc.number is None or doc.year is None:
        return
    clash = session.scalar(select(Plan).where(
        Plan.year == doc.year, Plan.doc_type == doc.doc_type, Plan.number == doc.number,
        Plan.origin == OWN, Plan.id != (plan_id or -1)))
    if clash is not None:
        raise UserError(f"Số {doc.number:02d}/{doc.symbol} năm {doc.year} đã dùng cho kế hoạch "
                        f"\"{clash.title}\". Hãy chọn số khác (số tiếp theo còn trống: "
                        f"{next_number(session, doc.year, doc.doc_type)}).")


def create_plan(session: Session, doc: PlanDocument, *, origin: str = OWN,
                source_file: str = "", implements_id: int | None = None) -> Plan:
    """Store a new plan (a draft) from ``doc``. Raises UserError for a missing title or a
    number already used that year."""
    plan = Plan(origin=origin, status=PlanStatus.DRAFT, source_file=source_file,
                implements_id=implements_id)
    _write(session, plan, doc, origin)
    session.add(plan)
    session.flush()
    return plan


def save_plan(session: Session, plan_id: int, doc: PlanDocument, *,
              new_revision: bool = True, seen: dt.datetime | object = ANY) -> Plan:
    """Save an edited plan. An issued plan keeps its issued text as a revision first
    (``new_revision=False`` continues the revision already started: an editor saving
    several times during one amendment); a closed plan refuses (UserError).

    ``seen`` is the plan's ``updated_at`` when the editor read it: if somebody else saved
    the plan since (a shared database), ChangedMeanwhile is raised and nothing is written;
    ``ANY`` overwrites. The row is read FOR UPDATE (PostgreSQL), so of two saves at once the
    second waits and then sees the first."""
    plan = get_plan(session, plan_id)
    session.refresh(plan, with_for_update=True)
    if seen is not ANY and not same_moment(plan.updated_at, seen):
        raise ChangedMeanwhile(
            f"Kế hoạch \"{plan.title}\" vừa được người khác sửa và lưu sau khi bạn mở nó.")
    if plan.status == PlanStatus.CLOSED:
        raise UserError(f"Kế hoạch \"{plan.title}\" đã kết thúc nên không sửa được. Hãy mở lại "
                        "kế hoạch trước khi sửa.")
    if plan.status == PlanStatus.ISSUED and new_revision:
        before = load_document(plan)
        if before.to_dict() == _normalised(doc).to_dict():
            return plan
        session.add(PlanRevision(plan_id=plan.id, revision=plan.revision,
                                 snapshot=before.to_dict()))
        plan.revision += 1
    _write(session, plan, doc, plan.origin)
    session.flush()
    return plan


def _normalised(doc: PlanDocument) -> PlanDocument:
    return PlanDocument.from_dict(doc.to_dict())


def _write(session: Session, plan: Plan, doc: PlanDocument, origin: str) -> None:
    doc.title = clean(doc.title)
    if not doc.title:
        raise UserError("Kế hoạch chưa có tên (trích yếu). Hãy nhập tên kế hoạch.")
    if origin == OWN:
        _check_number(session, doc, plan.id)
    plan.year, plan.number, plan.doc_type, plan.symbol = (
        doc.year, doc.number, doc.doc_type, doc.symbol)
    plan.title, plan.issuer, plan.parent_body, plan.place, plan.issued_on = (
        doc.title, doc.issuer, doc.parent_body, doc.place, doc.date)
    data = doc.to_dict()
    plan.content = {k: data[k] for k in ("basis", "blocks", "recipients", "signer")}
    _sync(plan.activities, doc.activities, PlanActivity, _activity_fields)
    _sync(plan.targets, doc.targets, PlanTarget, _target_fields)
    _sync(plan.deadlines, doc.deadlines, PlanDeadline, _deadline_fields)
    # every save moves updated_at, also when only activities or targets changed: it is what
    # another editor compares with (see save_plan's ``seen``)
    plan.updated_at = dt.datetime.now(dt.UTC)


def _sync(rows: list[Any], items: list[Any], model: type[Any],
          fields: Callable[[Any], dict[str, Any]]) -> None:
    by_key = {row.key: row for row in rows}
    kept = []
    for position, item in enumerate(items, 1):
        row = by_key.pop(item.id, None) or model(key=item.id)
        row.position = position
        for name, value in fields(item).items():
            setattr(row, name, value)
        kept.append(row)
    rows[:] = kept


def _scope(scope: Scope) -> dict[str, Any]:
    return dataclasses.asdict(scope)


def _activity_fields(a: Activity) -> dict[str, Any]:
    return {"title": clean(a.title), "description": a.description, "months": list(a.months),
            "when_text": a.when, "phase": a.phase, "lead": a.lead,
            "partners": list(a.partners), "scope": _scope(a.scope), "output": a.output,
            "block_id": a.block_id}


def _target_fields(t: Target) -> dict[str, Any]:
    return {"text": clean(t.text), "shape": t.shape, "value": t.value, "percent": t.percent,
            "scope": _scope(t.scope), "indicators": [dataclasses.asdict(i) for i in t.indicators],
            "block_id": t.block_id}


def _deadline_fields(d: Deadline) -> dict[str, Any]:
    return {"due": d.date, "what": d.what, "kind": d.kind, "form_id": d.form_id,
            "period": d.period, "block_id": d.block_id}


def load_document(plan: Plan) -> PlanDocument:
    """The plan as a :class:`PlanDocument` (from its row, content and child rows)."""
    data: dict[str, Any] = dict(plan.content or {})
    data.update({
        "title": plan.title, "doc_type": plan.doc_type, "issuer": plan.issuer,
        "parent_body": plan.parent_body, "number": plan.number, "symbol": plan.symbol,
        "place": plan.place, "date": plan.issued_on.isoformat() if plan.issued_on else None,
        "activities": [{"id": a.key, "title": a.title, "description": a.description,
                        "months": a.months, "when": a.when_text, "phase": a.phase,
                        "lead": a.lead, "partners": a.partners, "scope": a.scope,
                        "output": a.output, "block_id": a.block_id} for a in plan.activities],
        "targets": [{"id": t.key, "text": t.text, "shape": t.shape, "value": t.value,
                     "percent": t.percent, "scope": t.scope, "indicators": t.indicators,
                     "block_id": t.block_id} for t in plan.targets],
        "deadlines": [{"id": d.key, "date": d.due.isoformat(), "what": d.what, "kind": d.kind,
                       "form_id": d.form_id, "period": d.period, "block_id": d.block_id}
                      for d in plan.deadlines],
    })
    return PlanDocument.from_dict(data)


def set_status(session: Session, plan_id: int, status: str) -> Plan:
    """Move a plan to ``status`` (draft → issued → closed; a closed plan may be reopened as
    issued). Issuing needs a number and a date (UserError otherwise)."""
    if status not in STATUSES:
        raise UserError(f"Trạng thái \"{status}\" không hợp lệ.")
    plan = get_plan(session, plan_id)
    if status == PlanStatus.ISSUED and (plan.number is None or plan.issued_on is None):
        raise UserError("Kế hoạch cần có số và ngày ban hành trước khi ban hành.")
    if status == PlanStatus.DRAFT and plan.status != PlanStatus.DRAFT:
        raise UserError("Kế hoạch đã ban hành không trở lại dự thảo được; hãy sửa trực tiếp "
                        "(mỗi lần sửa được lưu thành một lần điều chỉnh).")
    plan.status = status
    return plan


def revision_document(session: Session, plan_id: int, revision: int) -> PlanDocument:
    """The plan as it stood at ``revision`` (the current text for the current revision)."""
    plan = get_plan(session, plan_id)
    if revision == plan.revision:
        return load_document(plan)
    row = session.scalar(select(PlanRevision).where(
        PlanRevision.plan_id == plan_id, PlanRevision.revision == revision))
    if row is None:
        raise UserError(f"Kế hoạch không có lần điều chỉnh số {revision}.")
    return PlanDocument.from_dict(row.snapshot)


def delete_plan(session: Session, plan_id: int) -> None:
    """Delete a draft; an issued plan is closed rather than deleted (UserError)."""
    plan = get_plan(session, plan_id)
    if plan.status != PlanStatus.DRAFT:
        raise UserError("Chỉ xóa được kế hoạch đang là dự thảo. Kế hoạch đã ban hành hãy chuyển "
                        "sang \"Đã kết thúc\".")
    session.delete(plan)


def duplicate_plan(session: Session, plan_id: int, *, year: int | None = None) -> Plan:
    """A new draft copied from a plan, with no number. ``year``: move it to that year,
    shifting its dates and the years written in its text (see
    :func:`unionplanner.domain.plans.shift.shift_years`)."""
    from unionplanner.domain.plans.shift import fresh_ids, shift_years

    doc = load_document(get_plan(session, plan_id))
    if year is not None and doc.year is not None and year != doc.year:
        doc = shift_years(doc, year - doc.year)
    doc = fresh_ids(doc)
    doc.number = None
    return create_plan(session, doc)


def save_template(session: Session, plan_id: int, name: str) -> PlanTemplate:
    """Keep a plan as a template named ``name`` (replacing one of the same name)."""
    name = clean(name)
    if not name:
        raise UserError("Hãy đặt tên cho mẫu kế hoạch.")
    doc = load_document(get_plan(session, plan_id))
    template = session.scalar(select(PlanTemplate).where(
        func.lower(PlanTemplate.name) == name.lower())) or PlanTemplate(name=name)
    template.title, template.snapshot = doc.title, doc.to_dict()
    session.add(template)
    session.flush()
    return template


def list_templates(session: Session) -> list[PlanTemplate]:
    """The office's own templates (saved from its plans), by name; the built-in ones are
    :data:`unionplanner.domain.plans.templates.TEMPLATES`."""
    return list(session.scalars(select(PlanTemplate).order_by(PlanTemplate.name)))


def list_revisions(session: Session, plan_id: int) -> list[PlanRevision]:
    """The kept revisions of a plan (its issued texts before each amendment), oldest first."""
    return list(session.scalars(select(PlanRevision).where(PlanRevision.plan_id == plan_id)
                                .order_by(PlanRevision.revision)))


def plan_summary(plan: Plan) -> dict[str, Any]:
    """JSON shape of a plan in lists: id, year, number, symbol, title, status, revision,
    activities (count)."""
    return {"id": plan.id, "year": plan.year, "number": plan.number, "symbol": plan.symbol,
            "doc_type": plan.doc_type, "title": plan.title, "status": plan.status,
            "revision": plan.revision, "origin": plan.origin,
            "date": plan.issued_on.isoformat() if plan.issued_on else None,
            "activities": len(plan.activities)}
