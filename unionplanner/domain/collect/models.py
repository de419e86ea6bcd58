"""The register of collected files (sổ tệp đã nhận tự động): every spreadsheet found in the
office's mailbox or in the chosen folder, with where it came from, so that a file is never
fetched twice and the register of received files can say who sent what, and when."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Date, DateTime, ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from unionplanner.domain.storage.base import Base

#: where a file was collected from
MAIL, FOLDER = "mail", "folder"

#: what became of a collected file besides the import's own statuses (imported, replaced,
#: duplicate, skipped, error, waiting): refused before the import (an encrypted zip, a file
#: over the size limit), or a message that had no spreadsheet at all
REFUSED, NO_FILE = "refused", "no_file"

#: statuses after which a file is not fetched again (a waiting file is: its unit was not
#: yet confirmed, so nothing of it was written)
FINAL = frozenset({"imported", "replaced", "duplicate", "skipped", "error", REFUSED, NO_FILE})


class CollectedFile(Base):
    """One file collected: from ``origin`` (MAIL or FOLDER) ``source`` (the mailbox as
    "imap://user@host:port/INBOX", or the folder's path), ``message_key`` (the message's
    Message-ID, or the file's path inside the folder), ``file_name`` (a file inside a zip:
    "Bao cao.zip/HC001.xlsx"), SHA-256 of its bytes ("" for a message without a file),
    the message's ``sender``, ``subject`` and ``sent_at``, the day it arrived (the
    message's date, or the file's own time in a folder), the form and period it was
    imported for, its ``status`` (an import status, REFUSED or NO_FILE) with the
    ``reason``, and the received file and unit it gave."""

    __tablename__ = "collected_file"

    id: Mapped[int] = mapped_column(primary_key=True)
    origin: Mapped[str] = mapped_column(String(8))
    source: Mapped[str] = mapped_column(String(400))
    message_key: Mapped[str] = mapped_column(String(998))
    file_name: Mapped[str] = mapped_column(String(400), default="")
    sha256: Mapped[str] = mapped_column(String(64), default="")
    sender: Mapped[str] = mapped_column(String(320), default="")
    subject: Mapped[str] = mapped_column(Text, default="")
    sent_at: Mapped[dt.datetime | None] = mapped_column(DateTime(timezone=True))
    arrived_on: Mapped[dt.date | None] = mapped_column(Date)
    form_id: Mapped[int | None] = mapped_column(
        ForeignKey("report_form.id", ondelete="SET NULL"), index=True)
    period: Mapped[str] = mapped_column(String(10), default="")
    status: Mapped[str] = mapped_column(String(12))
    reason: Mapped[str] = mapped_column(Text, default="")
    received_file_id: Mapped[int | None] = mapped_column(
        ForeignKey("received_file.id", ondelete="SET NULL"), index=True)
    unit_id: Mapped[int | None] = mapped_column(ForeignKey("unit.id", ondelete="SET NULL"))
    collected_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True))

    __table_args__ = (Index("ix_collected_file_message", "source", "message_key"),)
