"""Receipts (thư báo đã nhận): after a collect, the office may answer each sender from its
own mail account — "Văn phòng đã nhận báo cáo … ngày …" for what was taken, the reason and
what to send again for a refused file. Receipts are entered in the register of reminders as
a reminder of kind RECEIPT (one letter per sender, naming only that sender's files) and
sent by :func:`~unionplanner.domain.office.reminders.send_reminder`, so they keep their fate
and can be sent on after an interruption like any reminder.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlalchemy.orm import Session

from unionplanner.core.errors import UserError
from unionplanner.domain.collect.models import MAIL, NO_FILE, REFUSED, CollectedFile
from unionplanner.domain.office.reminders import RECEIPT, WAITING, Reminder, ReminderLetter

if TYPE_CHECKING:
    from unionplanner.domain.collect.service import Collection

#: statuses that say "received" in a receipt
_TAKEN = {"imported": "đã nhập số liệu", "replaced": "đã nhập, thay cho báo cáo gửi trước",
          "duplicate": "đã có (gửi trùng, không nhập lại)"}


def receipt_body(rows: Sequence[CollectedFile], *, period_text: str, form_name: str,
                 office: str = "") -> str:
    """The letter to one sender about ``rows`` (their files): what was received and when,
    and for each refused file the reason and what to send again."""
    day = max((r.arrived_on for r in rows if r.arrived_on), default=dt.date.today())
    lines = ["Kính gửi: " + (rows[0].sender or "đơn vị"), ""]
    taken = [r for r in rows if r.status in _TAKEN]
    refused = [r for r in rows if r.status not in _TAKEN and r.status != NO_FILE]
    if taken:
        lines.append(f"Văn phòng đã nhận báo cáo {form_name} {period_text} ngày "
                     f"{day:%d/%m/%Y}:")
        lines += [f"- {r.file_name}: {_TAKEN[r.status]}." for r in taken]
    if refused:
        if taken:
            lines.append("")
        lines.append("Các tệp sau chưa nhập được, đề nghị đồng chí kiểm tra và gửi lại:")
        for row in refused:
            why = row.reason.splitlines()[0] if row.reason else ""
            if row.status == "waiting":
                why = "văn phòng đang xác nhận tệp là báo cáo của đơn vị nào"
            lines.append(f"- {row.file_name}: {why or 'tệp không đọc được'}")
    lines += ["", "Trân trọng cảm ơn.", office]
    return "\n".join(lines).rstrip() + "\n"


def create_receipts(session: Session, collected_ids: Sequence[int], *, form_name: str,
                    period_text: str, office: str = "", sender: str = "") -> Reminder:
    """Enter receipts for the collected rows ``collected_ids`` that came by mail: one
    waiting letter per sender address, listing that sender's files. Raises UserError when
    none came by mail."""
    from unionplanner.domain.storage.audit import current_user

    rows = list(session.scalars(select(CollectedFile).where(
        CollectedFile.id.in_(list(collected_ids)), CollectedFile.origin == MAIL,
        CollectedFile.sender != "", CollectedFile.status != NO_FILE)
        .order_by(CollectedFile.id)))
    if not rows:
        raise UserError("Không có tệp nào nhận qua thư điện tử để báo đã nhận.")
    by_sender: dict[str, list[CollectedFile]] = {}
    for row in rows:
        by_sender.setdefault(row.sender, []).append(row)
    subject = f"Xác nhận đã nhận báo cáo {form_name} {period_text}"
    if any(r.status == REFUSED or r.status == "error" for r in rows):
        subject += " (có tệp cần gửi lại)"
    reminder = Reminder(created_at=dt.datetime.now(dt.UTC), created_by=current_user(),
                        form_id=rows[0].form_id, form_name=form_name, period=rows[0].period,
                        sender=sender, subject=subject, body="", kind=RECEIPT)
    session.add(reminder)
    session.flush()
    session.add_all(ReminderLetter(
        reminder_id=reminder.id, position=position, unit_id=letters[0].unit_id,
        unit_name=_unit_name(session, letters[0].unit_id), address=address, status=WAITING,
        reason="", body=receipt_body(letters, period_text=period_text, form_name=form_name,
                                     office=office))
        for position, (address, letters) in enumerate(by_sender.items(), 1))
    session.flush()
    return reminder


def _unit_name(session: Session, unit_id: int | None) -> str:
    from unionplanner.domain.units.models import Unit

    unit = session.get(Unit, unit_id) if unit_id is not None else None
    return unit.name if unit is not None else ""


def receipts_for(session: Session, collection: Collection, *, form_id: int, period: str,
                 sender: str = "") -> Reminder:
    """:func:`create_receipts` for what ``collection`` (recorded by its import) brought,
    about form ``form_id`` and ``period`` (a period code). Raises UserError as it does."""
    from unionplanner.domain.report_forms.periods import parse_period
    from unionplanner.domain.report_forms.service import get_form

    keys = {(item.message_key, item.sha256) for item in collection.items if item.sender}
    ids = [row_id for row_id, key, sha in session.execute(select(
        CollectedFile.id, CollectedFile.message_key, CollectedFile.sha256).where(
        CollectedFile.source == collection.source)) if (key, sha) in keys]
    return create_receipts(session, ids, form_name=get_form(session, form_id).name,
                           period_text=parse_period(period).text, sender=sender)
