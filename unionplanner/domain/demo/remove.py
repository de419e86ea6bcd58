"""Removing the demo data before real work starts: every row the demo recorded (see
:mod:`unionplanner.domain.demo.record`) and the received files kept for it, in one
transaction — and nothing the office entered itself.

The demo office details go too unless the office has changed them (then they are the
office's own). A demo unit that the office's own imports have credited reports to cannot
go without those reports: the removal is then refused with a message, nothing written.
"""

from __future__ import annotations

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from unionplanner.core.errors import UserError
from unionplanner.domain.demo.office import DEMO_OFFICE
from unionplanner.domain.demo.record import demo_rows, forget
from unionplanner.domain.office.reminders import Reminder
from unionplanner.domain.office.service import Department, Office, get_office
from unionplanner.domain.plans.models import Plan
from unionplanner.domain.received.models import ImportBatch, ReceivedFile, Submission
from unionplanner.domain.received.service import received_dir
from unionplanner.domain.report_forms.models import ReportForm
from unionplanner.domain.storage.database import Database
from unionplanner.domain.storage.models import KeptFile
from unionplanner.domain.units.models import Unit


def remove_demo(db: Database) -> dict[str, int]:
    """Remove the demo data (see the module text) in one transaction, then the kept copies of
    its received files; returns what was removed, by kind. Raises UserError when there is
    no demo data, or when the office's own reports hang on a demo unit."""
    with db.transaction() as session:
        removed, files = _remove(session)
    folder = received_dir(db)
    for name in files:
        (folder / name).unlink(missing_ok=True)
    return removed


def _remove(session: Session) -> tuple[dict[str, int], list[str]]:
    rows = demo_rows(session)
    if rows is None:
        raise UserError("Không có dữ liệu mẫu để xóa.")
    batches, units = rows.get("batches", []), rows.get("units", [])
    theirs = session.scalar(select(func.count()).select_from(Submission).where(
        Submission.unit_id.in_(units), Submission.batch_id.not_in(batches))) if units else 0
    if theirs:
        raise UserError(f"Có {theirs} báo cáo do cơ quan tự nhập đang ghi cho đơn vị của dữ liệu "
                        "mẫu, nên chưa xóa được dữ liệu mẫu. Hãy hủy các lần nhập đó (trang Báo "
                        "cáo CĐCS › Các lần nhập) rồi xóa lại; không có gì bị xóa.")
    files = list(session.scalars(select(ReceivedFile.stored_name).where(
        ReceivedFile.batch_id.in_(batches))))
    session.execute(delete(KeptFile).where(KeptFile.path.in_([f"received/{f}" for f in files])))
    session.execute(delete(Submission).where(Submission.batch_id.in_(batches)))
    session.execute(delete(ReceivedFile).where(ReceivedFile.batch_id.in_(batches)))
    session.execute(delete(ImportBatch).where(ImportBatch.id.in_(batches)))
    removed = {"batches": len(batches), "files": len(files)}
    reminders = list(session.scalars(select(Reminder.id).where(
        Reminder.form_id.in_(rows.get("forms", [])))))
    session.execute(delete(Reminder).where(Reminder.id.in_(reminders)))  # letters go along
    removed["reminders"] = len(reminders)
    for kind, model in (("plans", Plan), ("forms", ReportForm), ("units", Unit),
                        ("departments", Department)):
        objects = list(session.scalars(select(model).where(model.id.in_(rows.get(kind, [])))))
        for item in objects:  # through the ORM: plans, forms and units take their parts along
            session.delete(item)
        session.flush()
        removed[kind] = len(objects)
    office = get_office(session)
    removed["office"] = 0
    if rows.get("office") and office is not None and office.name == DEMO_OFFICE.name:
        session.execute(delete(Office))
        removed["office"] = 1
    forget(session)
    return removed, files
