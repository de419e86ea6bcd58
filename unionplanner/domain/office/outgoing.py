"""The register of outgoing documents (sổ văn bản đi): the reports, official letters and
notices the office signs get their number here, one sequence per calendar year and kind
("Số: 12/BC-CĐX"), when they are printed for signing — or typed in by hand for a document
made elsewhere. Plans keep their own numbers (:mod:`unionplanner.domain.plans.service`);
the register page shows both.

Kinds and their abbreviations follow Nghị định 30/2020/NĐ-CP, Phụ lục III.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Date, Integer, String, Text, UniqueConstraint, func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Mapped, Session, mapped_column

from unionplanner.core.errors import UserError
from unionplanner.core.text import clean
from unionplanner.domain.storage.base import Audited, Base

#: abbreviation → name of the kinds of document an office numbers here
KINDS = {"BC": "Báo cáo", "CV": "Công văn", "TB": "Thông báo", "TTr": "Tờ trình",
         "QĐ": "Quyết định", "GM": "Giấy mời", "CTr": "Chương trình"}


class OutgoingDocument(Audited, Base):
    """One numbered document: ``year`` (calendar year of ``issued_on``), ``kind`` (a key of
    :data:`KINDS`), ``number`` (from 1 each year and kind), ``summary`` (trích yếu), who
    signs it and where it came from (``source``: "Báo cáo tổng hợp tháng 5/2023")."""

    __tablename__ = "outgoing_document"
    __audit_label__ = "summary"
    __table_args__ = (UniqueConstraint("year", "kind", "number"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    year: Mapped[int] = mapped_column(Integer, index=True)
    kind: Mapped[str] = mapped_column(String(8))
    number: Mapped[int] = mapped_column(Integer)
    issued_on: Mapped[dt.date] = mapped_column(Date)
    summary: Mapped[str] = mapped_column(Text, default="")
    signer: Mapped[str] = mapped_column(String(255), default="")
    source: Mapped[str] = mapped_column(String(255), default="")


def next_number(session: Session, year: int, kind: str) -> int:
    """The next free number of ``kind`` in ``year`` (1 for the first)."""
    found = session.scalar(select(func.max(OutgoingDocument.number)).where(
        OutgoingDocument.year == year, OutgoingDocument.kind == kind))
    return (found or 0) + 1


def add_document(session: Session, kind: str, summary: str, issued_on: dt.date, *,
                 number: int | None = None, signer: str = "",
                 source: str = "") -> OutgoingDocument:
    """Enter a document in the register and return it: ``number`` None takes the next one,
    a number given by hand must be free. Raises UserError for an unknown kind, an empty
    summary, a number below 1 or already given that year."""
    if kind not in KINDS:
        raise UserError(f"Loại văn bản \"{kind}\" không có trong sổ (chỉ nhận: "
                        + ", ".join(KINDS) + ").")
    summary = clean(summary)
    if not summary:
        raise UserError("Hãy ghi trích yếu của văn bản.")
    year = issued_on.year
    fields = {"year": year, "kind": kind, "issued_on": issued_on, "summary": summary,
              "signer": clean(signer), "source": clean(source)}
    if number is None:
        return _take_next(session, fields)
    if number < 1:
        raise UserError("Số văn bản phải từ 1 trở lên.")
    for _attempt in range(2):  # the second look finds what another PC took meanwhile
        taken = session.scalar(select(OutgoingDocument).where(
            OutgoingDocument.year == year, OutgoingDocument.kind == kind,
            OutgoingDocument.number == number))
        if taken is not None:
            raise UserError(f"Số {number}/{kind} năm {year} đã cấp cho \"{taken.summary}\". "
                            f"Số tiếp theo còn trống là {next_number(session, year, kind)}.")
        try:
            return _insert(session, fields, number)
        except IntegrityError:
            continue
    raise UserError(f"Số {number}/{kind} năm {year} vừa được cấp ở máy khác. Hãy chọn số khác.")


#: how many times a number taken meanwhile by another PC (shared server) is taken again
NUMBER_ATTEMPTS = 20


def _take_next(session: Session, fields: dict) -> OutgoingDocument:
    """The next free number, taken under a savepoint: when another clerk's PC took the same
    number first (the unique constraint on year, kind and number refuses the second insert),
    the savepoint is rolled back and the next number tried — no raw error, no gap, no
    duplicate."""
    for _attempt in range(NUMBER_ATTEMPTS):
        try:
            return _insert(session, fields, next_number(session, fields["year"],
                                                        fields["kind"]))
        except IntegrityError:
            continue
    raise UserError("Nhiều người đang cùng lấy số văn bản nên chưa lấy được số; không có gì "
                    "bị ghi. Hãy thử lại.")


def _insert(session: Session, fields: dict, number: int) -> OutgoingDocument:
    """Insert; on a shared server under a savepoint, so that IntegrityError (the number
    taken meanwhile) rolls back to it and leaves the transaction usable. SQLite has one
    writer at a time, so no race — and pysqlite's SAVEPOINT before the transaction's first
    write would begin, and on release commit, a transaction of its own."""
    document = OutgoingDocument(number=number, **fields)
    if session.get_bind().dialect.name == "sqlite":
        session.add(document)
        session.flush()
        return document
    with session.begin_nested():
        session.add(document)
        session.flush()
    return document


def list_documents(session: Session, year: int | None = None) -> list[OutgoingDocument]:
    """The register, newest first (of ``year`` when given)."""
    stmt = select(OutgoingDocument).order_by(OutgoingDocument.issued_on.desc(),
                                             OutgoingDocument.id.desc())
    if year is not None:
        stmt = stmt.where(OutgoingDocument.year == year)
    return list(session.scalars(stmt))


def find_document(session: Session, kind: str, summary: str,
                  year: int | None = None) -> OutgoingDocument | None:
    """The newest document of ``kind`` entered with exactly this ``summary`` (of ``year``
    when given): a report saved again — as Word after its PDF, or printed once more — keeps
    the number it was given."""
    stmt = select(OutgoingDocument).where(
        OutgoingDocument.kind == kind, OutgoingDocument.summary == clean(summary)).order_by(
        OutgoingDocument.issued_on.desc(), OutgoingDocument.id.desc())
    if year is not None:
        stmt = stmt.where(OutgoingDocument.year == year)
    return session.scalars(stmt).first()


def number_text(kind: str, number: int | None, symbol: str) -> str:
    """"Số: 12/BC-CĐX" as printed (numbers below 10 with a leading 0; no number: a blank to
    fill in by hand, "Số:    /BC-CĐX")."""
    shown = f"{number:02d}" if number is not None else "    "
    return f"Số: {shown}/{kind}" + (f"-{symbol}" if symbol else "")
