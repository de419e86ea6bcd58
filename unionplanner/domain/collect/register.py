"""The register of a period's received files with where each came from: the files imported
(from any source: the wizard, ``reports import``, a collect) and the collected files that
were not (refused, duplicate, waiting for a unit), as ``reports received`` and the Báo cáo
CĐCS page show them."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from unionplanner.domain.collect.models import MAIL, NO_FILE, CollectedFile
from unionplanner.domain.received.models import SubmissionStatus
from unionplanner.domain.received.register import register

#: a received file's status from its submissions when no collect recorded one
_FROM_SUBMISSION = {SubmissionStatus.CURRENT: "imported",
                    SubmissionStatus.SUPERSEDED: "superseded",
                    SubmissionStatus.UNDONE: "undone"}


@dataclass
class ReceivedRow:
    """One file of the period: its name, unit code(s) ("" when none), the day it arrived,
    its ``source`` (see :meth:`source_dict`), its status (an import status, "superseded",
    "undone", "refused"), and the reason of a refusal or wait."""

    file: str
    unit: str
    arrived_on: dt.date | None
    status: str
    reason: str = ""
    origin: str = ""
    folder: str = ""
    sender: str = ""
    subject: str = ""
    sent_at: dt.datetime | None = None
    message_id: str = ""

    def source_dict(self) -> dict[str, Any] | None:
        """See :func:`source_dict`; None for a file the clerk imported by hand."""
        if not self.origin:
            return None
        return source_dict(self.origin, self.folder, self.message_id, self.sender,
                           self.subject, self.sent_at)

    def to_dict(self) -> dict[str, Any]:
        return {"file": self.file, "unit": self.unit or None,
                "arrived_on": self.arrived_on.isoformat() if self.arrived_on else None,
                "source": self.source_dict(), "status": self.status, "reason": self.reason}


def source_dict(origin: str, source: str, message_key: str, sender: str = "",
                subject: str = "", sent_at: dt.datetime | None = None) -> dict[str, Any]:
    """Where a file came from, as ``reports received`` and ``reports collect`` print it:
    {"from", "subject", "date" (ISO, with its zone), "message_id"} for a message,
    {"folder", "path"} for a file of a folder."""
    if origin == MAIL:
        return {"from": sender, "subject": subject,
                "date": _aware(sent_at).isoformat() if sent_at else None,
                "message_id": message_key}
    return {"folder": source, "path": message_key}


def received_files(session: Session, form_id: int, period: str) -> list[ReceivedRow]:
    """The files of form ``form_id`` for ``period``, in the order they arrived."""
    entries = register(session, period=period, form_id=form_id)
    by_file: dict[int, list] = {}
    for entry in entries:
        by_file.setdefault(entry.file_id, []).append(entry)
    collected = list(session.scalars(select(CollectedFile).where(
        CollectedFile.form_id == form_id, CollectedFile.period == period,
        CollectedFile.status != NO_FILE).order_by(CollectedFile.id)))
    source_of = {c.received_file_id: c for c in collected if c.received_file_id is not None}
    rows: list[ReceivedRow] = []
    for file_id, file_entries in by_file.items():
        first = file_entries[0]
        statuses = {e.status for e in file_entries}
        status = _FROM_SUBMISSION[SubmissionStatus.CURRENT if SubmissionStatus.CURRENT in
                                  statuses else first.status]
        row = ReceivedRow(first.file, ", ".join(sorted({e.unit_code for e in file_entries})),
                          first.arrival, status)
        source = source_of.get(file_id)
        if source is not None:
            if status == "imported":
                row.status = source.status
            _with_source(row, source)
        rows.append(row)
    for item in collected:
        if item.received_file_id is not None and item.received_file_id in by_file:
            continue
        if item.received_file_id is not None:  # its import was undone and removed
            continue
        row = ReceivedRow(item.file_name, _unit_code(session, item.unit_id), item.arrived_on,
                          item.status, item.reason)
        rows.append(_with_source(row, item))
    rows.sort(key=lambda r: (r.arrived_on or dt.date.max, r.file))
    return rows


def _aware(when: dt.datetime) -> dt.datetime:
    """A stored time (UTC; SQLite gives it back without its zone) as an aware time."""
    return when if when.tzinfo else when.replace(tzinfo=dt.UTC)


def _with_source(row: ReceivedRow, item: CollectedFile) -> ReceivedRow:
    row.origin, row.sender, row.subject = item.origin, item.sender, item.subject
    row.sent_at, row.message_id = item.sent_at, item.message_key
    row.folder = item.source if item.origin != MAIL else ""
    return row


def _unit_code(session: Session, unit_id: int | None) -> str:
    from unionplanner.domain.units.models import Unit

    unit = session.get(Unit, unit_id) if unit_id is not None else None
    return unit.code if unit is not None else ""


@dataclass(frozen=True)
class Source:
    """Where a received file came from, as the register shows it beside the file:
    ``text`` ("hc020@donvi.vn", "thư mục Zalo Received Files") and ``detail`` (the subject,
    the message's time and Message-ID, or the file's path in the folder)."""

    text: str
    detail: str


def sources_of(session: Session, file_ids: Sequence[int]) -> dict[int, Source]:
    """received file id → where it came from, for the files that were collected."""
    found: dict[int, Source] = {}
    for row in session.scalars(select(CollectedFile).where(
            CollectedFile.received_file_id.in_(list(file_ids)))):
        if row.received_file_id is None:
            continue
        if row.origin == MAIL:
            when = row.sent_at.replace(tzinfo=row.sent_at.tzinfo or dt.UTC).astimezone() \
                if row.sent_at else None
            detail = "\n".join(part for part in (
                f"Tiêu đề: {row.subject}" if row.subject else "",
                f"Gửi lúc: {when:%d/%m/%Y %H:%M}" if when else "",
                f"Message-ID: {row.message_key}") if part)
            found[row.received_file_id] = Source(row.sender or "(không rõ người gửi)", detail)
        else:
            found[row.received_file_id] = Source(
                f"thư mục {Path(row.source).name}", f"{row.source}\n{row.message_key}")
    return found
