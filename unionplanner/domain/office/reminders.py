"""The register of reminders (sổ thư nhắc): each reminder the office sends from its own mail
account to the units that have not reported, and the fate of each of its letters — one
letter per unit and address, naming only that unit — recorded as the server answers
("sent", "refused" with the server's reason, or still "waiting"). A reminder stopped midway
(connection lost, the day's quota, Cancel, the program closed) keeps its waiting letters:
"Gửi tiếp" sends those and nothing twice.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from sqlalchemy import DateTime, ForeignKey, Integer, String, Text, func, select, update
from sqlalchemy.orm import Mapped, Session, mapped_column

from unionplanner.core.errors import UserError
from unionplanner.core.progress import CancelToken, ProgressFn, no_progress
from unionplanner.domain.office.contacts import split_emails
from unionplanner.domain.storage.base import Base

if TYPE_CHECKING:
    from unionplanner.domain.office.mail import MailAccount, SendResult
    from unionplanner.domain.storage.database import Database
    from unionplanner.domain.units.models import Unit

#: a letter's fate: not tried yet, taken by the server, refused by it
WAITING, SENT, REFUSED = "waiting", "sent", "refused"
FATE_TEXT = {WAITING: "Chưa gửi", SENT: "Đã gửi", REFUSED: "Bị từ chối"}
#: what a register entry is: a reminder to late units, or receipts for collected returns
REMINDER, RECEIPT = "reminder", "receipt"


class Reminder(Base):
    """One reminder: what was sent (``subject``, ``body`` as the clerk left it, listing all
    the units), about which form (``form_name``, kept if the form is deleted) and period
    (a period code, "2026-05", "2026-H1"), from which address, when and by whom."""

    __tablename__ = "reminder"

    id: Mapped[int] = mapped_column(primary_key=True)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True))
    created_by: Mapped[str] = mapped_column(String(128), default="")
    form_id: Mapped[int | None] = mapped_column(
        ForeignKey("report_form.id", ondelete="SET NULL"), index=True)
    form_name: Mapped[str] = mapped_column(String(255), default="")
    period: Mapped[str] = mapped_column(String(10), default="")
    sender: Mapped[str] = mapped_column(String(255), default="")
    subject: Mapped[str] = mapped_column(Text, default="")
    body: Mapped[str] = mapped_column(Text, default="")
    #: REMINDER, or RECEIPT: the office's answer to the units whose returns it collected
    kind: Mapped[str] = mapped_column(String(12), default="reminder", server_default="reminder")


class ReminderLetter(Base):
    """One letter of a reminder: to ``address`` for the unit (``unit_name`` kept if the unit
    is deleted), with its own ``body``; ``status`` one of WAITING, SENT, REFUSED; ``reason``
    the server's answer to a refusal; ``sent_at`` when the server answered."""

    __tablename__ = "reminder_letter"

    id: Mapped[int] = mapped_column(primary_key=True)
    reminder_id: Mapped[int] = mapped_column(
        ForeignKey("reminder.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    unit_id: Mapped[int | None] = mapped_column(ForeignKey("unit.id", ondelete="SET NULL"))
    unit_name: Mapped[str] = mapped_column(String(255), default="")
    address: Mapped[str] = mapped_column(String(255))
    body: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[str] = mapped_column(String(16), default=WAITING)
    reason: Mapped[str] = mapped_column(Text, default="")
    sent_at: Mapped[dt.datetime | None] = mapped_column(DateTime(timezone=True))


_LIST_ITEM = re.compile(r"^\s*\d{1,3}\s*[.)]\s*\S")
_TO = re.compile(r"^\s*kính\s+gửi\b", re.IGNORECASE)


def letter_text(text: str, unit_name: str) -> str:
    """The reminder ``text`` as one unit's letter: the numbered list of units under its
    "Kính gửi:" line becomes that one unit ("Kính gửi: Ban Chấp hành <unit>"), so no unit
    reads the others' names. A text without such a list (rewritten by the clerk) is kept
    as written."""
    lines = text.splitlines()
    for start, line in enumerate(lines):
        if not _TO.match(line):
            continue
        end = start + 1
        while end < len(lines) and _LIST_ITEM.match(lines[end]):
            end += 1
        if end > start + 1:
            lines[start:end] = [f"Kính gửi: Ban Chấp hành {unit_name}"]
        break
    return "\n".join(lines)


def create_reminder(session: Session, *, form_id: int | None, form_name: str, period: str,
                    subject: str, text: str, units: Sequence[Unit],
                    sender: str = "") -> Reminder:
    """Enter a reminder with one waiting letter per unit and address (a unit's e-mail
    cell may hold several, split by ";" or ","; a malformed one gets a letter the sending
    refuses, so the register shows it), each from :func:`letter_text`; units without an
    address get none. Raises UserError when no unit has an address."""
    from unionplanner.domain.storage.audit import current_user

    letters = [(unit, address) for unit in units for address in letter_addresses(unit)]
    if not letters:
        raise UserError("Không đơn vị nào trong danh sách có địa chỉ thư điện tử; hãy nhập địa "
                        "chỉ ở trang Đơn vị, hoặc sao chép thư nhắc để gửi qua Zalo.")
    reminder = Reminder(created_at=dt.datetime.now(dt.UTC), created_by=current_user(),
                        form_id=form_id, form_name=form_name, period=period, sender=sender,
                        subject=" ".join(subject.split()), body=text)
    session.add(reminder)
    session.flush()
    bodies: dict[str, str] = {}
    session.add_all(ReminderLetter(
        reminder_id=reminder.id, position=position, unit_id=unit.id, unit_name=unit.name,
        address=address, status=WAITING, reason="",
        body=bodies.setdefault(unit.name, letter_text(text, unit.name)))
        for position, (unit, address) in enumerate(letters, 1))
    session.flush()
    return reminder


def letter_addresses(unit: Unit) -> list[str]:
    """The addresses a reminder writes a letter to for ``unit``: its well-formed ones, then
    the malformed ones (the sending refuses those, and the register shows it)."""
    good, bad = split_emails(unit.email)
    return good + bad


@dataclass(frozen=True)
class ReminderRow:
    """A reminder in the register with its letters counted."""

    id: int
    created_at: dt.datetime
    form_name: str
    period: str
    subject: str
    sender: str
    sent: int
    refused: int
    waiting: int

    @property
    def total(self) -> int:
        return self.sent + self.refused + self.waiting


def reminder_rows(session: Session, *, form_id: int | None = None, period: str | None = None,
                  reminder_id: int | None = None) -> list[ReminderRow]:
    """The register, newest first; only ``form_id`` / ``period`` / one reminder when
    given."""
    statement = select(Reminder).order_by(Reminder.created_at.desc(), Reminder.id.desc())
    for column, value in ((Reminder.form_id, form_id), (Reminder.period, period),
                          (Reminder.id, reminder_id)):
        if value is not None:
            statement = statement.where(column == value)
    reminders = list(session.scalars(statement))
    counts = {(row_id, status): count for row_id, status, count in session.execute(
        select(ReminderLetter.reminder_id, ReminderLetter.status, func.count())
        .where(ReminderLetter.reminder_id.in_([r.id for r in reminders]))
        .group_by(ReminderLetter.reminder_id, ReminderLetter.status))}
    return [ReminderRow(r.id, r.created_at, r.form_name, r.period, r.subject, r.sender,
                        counts.get((r.id, SENT), 0), counts.get((r.id, REFUSED), 0),
                        counts.get((r.id, WAITING), 0)) for r in reminders]


def letters_of(session: Session, reminder_id: int) -> list[ReminderLetter]:
    """The letters of one reminder in the order they are sent."""
    return list(session.scalars(select(ReminderLetter).where(
        ReminderLetter.reminder_id == reminder_id).order_by(ReminderLetter.position)))


def record_fate(session: Session, letter_id: int, status: str, reason: str = "") -> None:
    """Write one letter's fate (SENT or REFUSED with the server's ``reason``) and the
    time."""
    if status not in (SENT, REFUSED):
        raise ValueError(f"not a fate: {status!r}")
    session.execute(update(ReminderLetter).where(ReminderLetter.id == letter_id).values(
        status=status, reason=reason, sent_at=dt.datetime.now(dt.UTC)))


def send_reminder(db: Database, reminder_id: int, account: MailAccount,
                  password: str | None, *, progress: ProgressFn = no_progress,
                  cancel: CancelToken | None = None, timeout: float = 30) -> SendResult:
    """Send the reminder's waiting letters from ``account``, writing each letter's fate in
    its own transaction as soon as the server answered, so a reminder stopped by anything
    (the server, Cancel, a power cut) knows which letters went. Returns the
    :class:`~unionplanner.domain.office.mail.SendResult` of this run; raises what
    :func:`~unionplanner.domain.office.mail.send_letters` raises (SendInterrupted after
    some letters went), and UserError when no letter is waiting."""
    from unionplanner.domain.office.mail import Letter, send_letters

    with db.session() as session:
        reminder = session.get(Reminder, reminder_id)
        if reminder is None:
            raise UserError("Thư nhắc này không còn trong sổ (có thể máy khác vừa xóa dữ liệu).")
        subject = reminder.subject
        waiting = [(letter.id, Letter(letter.address, letter.body))
                   for letter in letters_of(session, reminder_id) if letter.status == WAITING]
    if not waiting:
        raise UserError("Mọi thư của lần nhắc này đã được gửi; không còn thư nào chờ gửi.")

    def fate(index: int, status: str, reason: str) -> None:
        with db.transaction() as session:
            record_fate(session, waiting[index][0], status, reason)

    return send_letters(account, password, [letter for _id, letter in waiting], subject,
                        on_fate=fate, progress=progress, cancel=cancel, timeout=timeout)

