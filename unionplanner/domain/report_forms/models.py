"""Tables for report forms, their versions, indicators and remembered row wordings."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import JSON, DateTime, ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from unionplanner.domain.storage.base import Audited, Base


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


class ReportForm(Audited, Base):
    """A report form (mẫu báo cáo): ``name`` is the office's short name ("Tháng Công nhân
    2023"), unique; ``title`` the heading printed on the sheet. Its content lives in
    :class:`FormVersion` rows; the newest is the one imports use."""

    __tablename__ = "report_form"
    __audit_label__ = "name"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(255), unique=True)
    title: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=_now)

    versions: Mapped[list[FormVersion]] = relationship(
        back_populates="form", cascade="all, delete-orphan", order_by="FormVersion.number")

    @property
    def current(self) -> FormVersion:
        return self.versions[-1]


class FormVersion(Audited, Base):
    """One version of a form (1, 2, ...). A version used by an import is never changed:
    editing makes the next version. ``source`` says where it came from (a file name or
    "Sửa trong chương trình").

    ``columns``: the labels of its value columns when it has more than one ("Tổng số",
    "Nữ" — the first is the main figure); empty (or None, forms made before) for one value
    column. ``period_kinds``: the period kinds it is filled for
    (:class:`~unionplanner.domain.report_forms.periods.PeriodKind`; None = months).
    ``headings``: the section and group rows that carry no value, each
    ``{"before": indicator code, "level": 1|2, "number": "I", "text": "…"}``."""

    __tablename__ = "report_form_version"
    __audit_label__ = "number"

    id: Mapped[int] = mapped_column(primary_key=True)
    form_id: Mapped[int] = mapped_column(ForeignKey("report_form.id", ondelete="CASCADE"))
    number: Mapped[int] = mapped_column(Integer)
    source: Mapped[str] = mapped_column(String(255), default="")
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=_now)
    columns: Mapped[list[str] | None] = mapped_column(JSON, default=list)
    period_kinds: Mapped[list[str] | None] = mapped_column(JSON, default=lambda: ["month"])
    headings: Mapped[list[dict[str, Any]] | None] = mapped_column(JSON, default=list)
    #: how the template lays out its table (see
    #: :func:`unionplanner.domain.report_forms.learn.layout_of`): the value columns' header
    #: paths, aspects and scales, the table's unit and scale; None for forms made before
    layout: Mapped[dict[str, Any] | None] = mapped_column(JSON)

    form: Mapped[ReportForm] = relationship(back_populates="versions")
    indicators: Mapped[list[Indicator]] = relationship(
        back_populates="version", cascade="all, delete-orphan", order_by="Indicator.position")

    __table_args__ = (UniqueConstraint("form_id", "number", name="uq_form_version_number"),)


class Indicator(Audited, Base):
    """One line of a form: ``code`` is stable across versions ("CT05"), ``position`` the
    order (1-based), ``unit_of_measure`` as printed ("Người", "Đồng", "Có/Không"), ``kind`` a
    code of :data:`unionplanner.domain.report_forms.kinds.KINDS`.

    ``number`` is what the TT column prints ("1", "a)", "+"); ``parent_code`` the indicator it
    sits under ("a) kết nạp mới" under "Tổng số đoàn viên"); ``columns`` the indexes of the
    version's value columns that apply (None: all; the blank form puts "x" in the others);
    ``base_code`` the base of a weighted average ("+ Số người được tính" under "Tiền lương
    bình quân", QĐ 1454/QĐ-TLĐ); ``total_of`` and ``form_code`` below."""

    __tablename__ = "indicator"
    __audit_label__ = "name"

    id: Mapped[int] = mapped_column(primary_key=True)
    version_id: Mapped[int] = mapped_column(
        ForeignKey("report_form_version.id", ondelete="CASCADE"))
    position: Mapped[int] = mapped_column(Integer)
    code: Mapped[str] = mapped_column(String(32))
    name: Mapped[str] = mapped_column(Text)
    unit_of_measure: Mapped[str] = mapped_column(String(64), default="")
    kind: Mapped[str] = mapped_column(String(16), default="count")
    number: Mapped[str | None] = mapped_column(String(16), default="")
    parent_code: Mapped[str | None] = mapped_column(String(32))
    columns: Mapped[list[int] | None] = mapped_column(JSON)
    base_code: Mapped[str | None] = mapped_column(String(32))
    #: for a total row ("Cộng thu", "Tổng cộng (I)"): the codes of the rows it sums — its
    #: figure is computed from theirs, never summed again
    total_of: Mapped[list[str] | None] = mapped_column(JSON)
    #: the code the form prints for the row ("Mã số" 22): an identifier, never a figure
    form_code: Mapped[str | None] = mapped_column(String(32))

    version: Mapped[FormVersion] = relationship(back_populates="indicators")

    __table_args__ = (UniqueConstraint("version_id", "code", name="uq_indicator_code"),)


class IndicatorAlias(Base):
    """A wording seen in a returned file that the user confirmed means indicator ``code`` of
    form ``form_id`` ("Kết nạp ĐV mới"); ``key`` is its folded text. Matching uses it before
    any fuzzy comparison."""

    __tablename__ = "indicator_alias"

    id: Mapped[int] = mapped_column(primary_key=True)
    form_id: Mapped[int] = mapped_column(ForeignKey("report_form.id", ondelete="CASCADE"))
    code: Mapped[str] = mapped_column(String(32))
    text: Mapped[str] = mapped_column(Text)
    key: Mapped[str] = mapped_column(String(255))

    __table_args__ = (UniqueConstraint("form_id", "key", name="uq_indicator_alias_key"),
                      Index("ix_indicator_alias_form", "form_id"))
