"""Tables of the received-files register: import batches, received files, each unit's
submission for a period, and its values."""

from __future__ import annotations

import datetime as dt
from enum import StrEnum

from sqlalchemy import BigInteger, Date, DateTime, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from unionplanner.domain.storage.base import Base


class SubmissionStatus(StrEnum):
    """A unit's submission for a period: its values are in use, replaced by a later report,
    or taken back by undo. Stored as the value ("current"…)."""

    CURRENT = "current"
    SUPERSEDED = "superseded"
    UNDONE = "undone"


#: submission status → Vietnamese label (the register's tables)
SUBMISSION_STATUSES: dict[str, str] = {
    SubmissionStatus.CURRENT: "Có hiệu lực", SubmissionStatus.SUPERSEDED: "Đã được thay thế",
    SubmissionStatus.UNDONE: "Đã hoàn tác"}


class FileStatus(StrEnum):
    """What an import does with one file (command line ``--json`` and the wizard)."""

    IMPORTED = "imported"
    REPLACED = "replaced"  # a revision ("bổ sung", "điều chỉnh") replacing a unit's report
    DUPLICATE = "duplicate"
    SKIPPED = "skipped"
    ERROR = "error"
    #: nothing written until someone says which unit the file is from: its unit match is
    #: not sure, or another file of the batch gives the same unit other figures
    WAITING = "waiting"

    @property
    def label(self) -> str:
        return FILE_STATUSES[self]


#: file status → Vietnamese label (the command line prints it in capitals)
FILE_STATUSES: dict[str, str] = {
    FileStatus.IMPORTED: "Đã nhập", FileStatus.REPLACED: "Thay thế",
    FileStatus.DUPLICATE: "Trùng", FileStatus.SKIPPED: "Bỏ qua", FileStatus.ERROR: "Lỗi",
    FileStatus.WAITING: "Chờ xác nhận"}


class PartAction(StrEnum):
    """What an import does with one unit's part of a file: a new report, a replacement of
    the unit's current one, or nothing (the same values again)."""

    NEW = "new"
    REPLACE = "replace"
    SAME = "same"


class ImportBatch(Base):
    """One run of the import (wizard or ``reports import``): which form version and
    period (``YYYY-MM``), when, by whom; ``undone_at`` is set when it was undone as a whole."""

    __tablename__ = "import_batch"

    id: Mapped[int] = mapped_column(primary_key=True)
    form_version_id: Mapped[int] = mapped_column(ForeignKey("report_form_version.id"))
    period: Mapped[str] = mapped_column(String(10), index=True)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True))
    created_by: Mapped[str] = mapped_column(String(128), default="")
    undone_at: Mapped[dt.datetime | None] = mapped_column(DateTime(timezone=True))


class ReceivedFile(Base):
    """A file as received: its original name, the copy kept in the data folder
    (``stored_name``, relative to the received-files folder), SHA-256 of its bytes, size in
    bytes, how it was read (format, sheet, layout "rows"/"units", legacy encoding), and
    ``arrived_on``: the day it reached the office (the file's own date when imported, or
    as the clerk corrected it) — what "on time"/"late" is judged by; None for files
    imported before it was kept (their import day counts)."""

    __tablename__ = "received_file"

    id: Mapped[int] = mapped_column(primary_key=True)
    batch_id: Mapped[int] = mapped_column(ForeignKey("import_batch.id", ondelete="CASCADE"))
    original_name: Mapped[str] = mapped_column(String(255))
    stored_name: Mapped[str] = mapped_column(String(400))
    sha256: Mapped[str] = mapped_column(String(64), index=True)
    size: Mapped[int] = mapped_column(BigInteger)
    format: Mapped[str] = mapped_column(String(8), default="")
    sheet: Mapped[str] = mapped_column(String(255), default="")
    layout: Mapped[str] = mapped_column(String(16), default="")
    encoding: Mapped[str] = mapped_column(String(16), default="unicode")
    notes: Mapped[str] = mapped_column(Text, default="")
    arrived_on: Mapped[dt.date | None] = mapped_column(Date)


class Submission(Base):
    """One unit's report for one period, from one received file. ``status`` is
    :data:`CURRENT` (its values count), :data:`SUPERSEDED` (a later report replaced it;
    ``superseded_by_id`` says which) or :data:`UNDONE`."""

    __tablename__ = "submission"

    id: Mapped[int] = mapped_column(primary_key=True)
    batch_id: Mapped[int] = mapped_column(ForeignKey("import_batch.id", ondelete="CASCADE"))
    file_id: Mapped[int] = mapped_column(ForeignKey("received_file.id", ondelete="CASCADE"))
    unit_id: Mapped[int] = mapped_column(ForeignKey("unit.id"))
    form_version_id: Mapped[int] = mapped_column(ForeignKey("report_form_version.id"))
    form_id: Mapped[int] = mapped_column(ForeignKey("report_form.id"))
    period: Mapped[str] = mapped_column(String(10))
    status: Mapped[str] = mapped_column(String(12), default=SubmissionStatus.CURRENT)
    superseded_by_id: Mapped[int | None] = mapped_column(ForeignKey("submission.id"))
    source_row: Mapped[int | None] = mapped_column(Integer)  # the unit's row on a cluster sheet

    __table_args__ = (Index("ix_submission_lookup", "form_id", "period", "unit_id", "status"),)


class ReportValue(Base):
    """One value of a submission: ``value`` as stored by kind (see
    :mod:`unionplanner.domain.report_forms.kinds`), None when the cell could not be read;
    ``cell`` is its address in the file ("D14"); ``value_column`` the index of the form
    version's value column it belongs to (0, the main figure, for one-column forms); ``note``
    what the "Ghi chú" cell beside it said."""

    __tablename__ = "report_value"

    id: Mapped[int] = mapped_column(primary_key=True)
    submission_id: Mapped[int] = mapped_column(
        ForeignKey("submission.id", ondelete="CASCADE"), index=True)
    indicator_id: Mapped[int] = mapped_column(ForeignKey("indicator.id"))
    value: Mapped[int | None] = mapped_column(BigInteger)
    cell: Mapped[str] = mapped_column(String(16), default="")
    value_column: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    note: Mapped[str] = mapped_column(Text, default="", server_default="")
