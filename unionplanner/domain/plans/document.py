"""A plan (Kế hoạch) as a document: what it says and how it is laid out, independent of where
it is kept. Templates build one, the document reader fills one from a .docx/.pdf/.txt, the
editor changes one, printing renders one, and storage saves one.

The text of the plan is an outline of :class:`Block` s (part "I.", clause "1.", sub-clause
"1.1.", point "a)", bullets "-" and "+", plain paragraphs); numbers are not stored but given
when the outline is printed, so inserting or moving a clause renumbers everything after it.
Activities, targets and deadlines are structured items drawn from that text (each may point to
the block it came from); tracking and summaries work on them.

Shapes of a target, as union plans set them: :data:`TOTAL_COUNT`, :data:`SHARE_OF_UNITS`,
:data:`SHARE_OF_PEOPLE`, :data:`EVERY_UNIT_AT_LEAST`, :data:`QUALITATIVE`.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import uuid
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any, TypeVar

E = TypeVar("E", bound=StrEnum)

# --- outline levels (numbering rules of Nghị định 30/2020/NĐ-CP, Phụ lục I, as plans use them)
TEXT = 0      # a plain paragraph (no number)
PART = 1      # I., II. … (Roman; heading in capitals)
CLAUSE = 2    # 1., 2. …
SUB = 3       # 1.1., 1.2. …
POINT = 4     # a), b) … đ) (Vietnamese letter order)
DASH = 5      # - bullet
PLUS = 6      # + bullet
LEVELS = (TEXT, PART, CLAUSE, SUB, POINT, DASH, PLUS)

# --- target shapes
class TargetShape(StrEnum):
    """How a chỉ tiêu is measured (the shapes plans write; see the project's DOMAIN notes):
    a total of people or things across the units ("kết nạp 500 đoàn viên"), a share of the
    units ("90% CĐCS đạt…"), a share of people ("70% CNVCLĐ…"), a minimum every unit must
    reach ("mỗi CĐCS ít nhất 01 sáng kiến"), words only (not measured) — and the ceilings:
    a total that must stay at most ("không quá 5 vụ tai nạn lao động") and a rate that must
    fall to at most ("giảm tỷ lệ … xuống dưới 1%"), met when the result is not above."""

    TOTAL_COUNT = "total_count"
    SHARE_OF_UNITS = "share_of_units"
    SHARE_OF_PEOPLE = "share_of_people"
    EVERY_UNIT_AT_LEAST = "every_unit_at_least"
    QUALITATIVE = "qualitative"
    CEILING_COUNT = "ceiling_count"
    CEILING_SHARE = "ceiling_share"


#: the shapes whose figure is a percentage, and those met at or below their figure
PERCENT_SHAPES = (TargetShape.SHARE_OF_UNITS, TargetShape.SHARE_OF_PEOPLE,
                  TargetShape.CEILING_SHARE)
CEILINGS = (TargetShape.CEILING_COUNT, TargetShape.CEILING_SHARE)


#: target shape → what the editor and the printed summary call it
SHAPES: dict[TargetShape, str] = {
    TargetShape.TOTAL_COUNT: "Tổng số đạt ít nhất",
    TargetShape.SHARE_OF_UNITS: "Tỉ lệ đơn vị",
    TargetShape.SHARE_OF_PEOPLE: "Tỉ lệ người",
    TargetShape.EVERY_UNIT_AT_LEAST: "Mỗi đơn vị ít nhất",
    TargetShape.QUALITATIVE: "Định tính",
    TargetShape.CEILING_COUNT: "Tổng số không quá",
    TargetShape.CEILING_SHARE: "Tỉ lệ không quá",
}


# --- scopes
class ScopeKind(StrEnum):
    """Who an activity or target is about."""

    ALL_UNITS = "all"          # every grassroots union
    SECTORS = "sectors"        # units of some sectors (codes of unionplanner.domain.units.sectors)
    UNIT_LIST = "units"        # named units
    UPPER_LEVEL = "upper"      # the upper-level unions (công đoàn cấp trên trực tiếp cơ sở)


# --- statuses
class PlanStatus(StrEnum):
    """A plan's life: drafted, issued (numbered, sent, tracked), closed (its year over)."""

    DRAFT = "draft"
    ISSUED = "issued"
    CLOSED = "closed"


#: plan status → its Vietnamese label
STATUSES: dict[PlanStatus, str] = {PlanStatus.DRAFT: "Dự thảo",
                                   PlanStatus.ISSUED: "Đã ban hành",
                                   PlanStatus.CLOSED: "Đã kết thúc"}

# --- document types: name → abbreviation (Nghị định 30/2020/NĐ-CP, Phụ lục III)
DOC_TYPES = {
    "KẾ HOẠCH": "KH", "BÁO CÁO": "BC", "CHƯƠNG TRÌNH": "CTr", "HƯỚNG DẪN": "HD",
    "THÔNG BÁO": "TB", "QUYẾT ĐỊNH": "QĐ", "QUY CHẾ": "QC", "QUY ĐỊNH": "QyĐ",
    "TỜ TRÌNH": "TTr", "BIÊN BẢN": "BB", "GIẤY MỜI": "GM", "CÔNG VĂN": "",
}

def new_id(prefix: str) -> str:
    """A fresh id for a block or item ("b" + 10 hex digits), unique across documents and
    sessions (a plan loaded later gets new items that never clash with its old ones)."""
    return f"{prefix}{uuid.uuid4().hex[:10]}"


@dataclass
class Block:
    """One paragraph of the outline: ``level`` (TEXT…PLUS), the text without its number,
    and whether it is a heading (printed bold; parts also in capitals)."""

    level: int
    text: str
    heading: bool = False
    id: str = field(default_factory=lambda: new_id("b"))


@dataclass
class Basis:
    """A "Căn cứ …"/"Thực hiện …" line: its text and, when it cites a document, that
    document's number and symbol ("274/KH-TLĐ"), date and issuer; ``plan_id`` links a stored
    plan of the parent body."""

    text: str
    reference: str = ""
    date: dt.date | None = None
    issuer: str = ""
    plan_id: int | None = None


@dataclass
class Scope:
    """Who an activity or target is about: its ``kind``, sector codes or unit codes, and
    the words the plan used."""

    kind: ScopeKind = ScopeKind.ALL_UNITS
    sectors: list[str] = field(default_factory=list)
    units: list[str] = field(default_factory=list)
    text: str = ""


@dataclass
class Activity:
    """Something the plan says will be done: title and description, when (``months`` as
    "YYYY-MM", the words used, an optional phase "Đợt 1"), the lead department and partners,
    scope and expected output; ``block_id`` is the paragraph it came from."""

    title: str
    description: str = ""
    months: list[str] = field(default_factory=list)
    when: str = ""
    phase: str = ""
    lead: str = ""
    partners: list[str] = field(default_factory=list)
    scope: Scope = field(default_factory=Scope)
    output: str = ""
    block_id: str | None = None
    id: str = field(default_factory=lambda: new_id("a"))


@dataclass
class IndicatorRef:
    """A report-form indicator measuring a target: form id and indicator code; ``role``
    "measure" (what is counted) or "base" (the people a share is taken of); ``column`` the
    form's value column it is read in ("Nữ" for "70% nữ CNVCLĐ…"; None: the main one)."""

    form_id: int
    code: str
    role: str = "measure"
    column: str | None = None


@dataclass
class Target:
    """A chỉ tiêu: its text, shape, the number (``value``: đoàn viên, sáng kiến… or the
    minimum per unit) or the share (``percent``, 0–100), scope, the indicators measuring it,
    and the paragraph it came from."""

    text: str
    shape: TargetShape = TargetShape.QUALITATIVE
    value: float | None = None
    percent: float | None = None
    scope: Scope = field(default_factory=Scope)
    indicators: list[IndicatorRef] = field(default_factory=list)
    block_id: str | None = None
    id: str = field(default_factory=lambda: new_id("t"))


@dataclass
class Deadline:
    """A date units must meet ("trước ngày 10/6/2023, gửi báo cáo"): the date, what is due,
    ``kind`` ("plan", "report", "other") and, for a report, the form id and period."""

    date: dt.date
    what: str
    kind: str = "other"
    form_id: int | None = None
    period: str = ""
    block_id: str | None = None
    id: str = field(default_factory=lambda: new_id("d"))


@dataclass
class Signer:
    """The signature block (Nghị định 30/2020/NĐ-CP, Phụ lục I): authority ("TM. BAN
    THƯỜNG VỤ", "TM. ỦY BAN NHÂN DÂN", or "KT. CHỦ TỊCH" alone), title ("CHỦ TỊCH", "PHÓ
    CHỦ TỊCH"), full name, and ``delegation``: the second line of a signature made for
    someone under an authority ("KT. CHỦ TỊCH" under "TM. ỦY BAN NHÂN DÂN"), printed
    between the two."""

    authority: str = ""
    title: str = ""
    name: str = ""
    delegation: str = ""


@dataclass
class PlanDocument:
    """A whole plan. ``number`` is None until one is given ("Số: /KH-LĐLĐ"); ``symbol`` is
    the part after the slash ("KH-LĐLĐ"); ``doc_type`` the name printed above the title."""

    title: str = ""
    doc_type: str = "KẾ HOẠCH"
    issuer: str = ""
    parent_body: str = ""
    number: int | None = None
    symbol: str = ""
    place: str = ""
    date: dt.date | None = None
    basis: list[Basis] = field(default_factory=list)
    blocks: list[Block] = field(default_factory=list)
    activities: list[Activity] = field(default_factory=list)
    targets: list[Target] = field(default_factory=list)
    deadlines: list[Deadline] = field(default_factory=list)
    recipients: list[str] = field(default_factory=list)
    signer: Signer = field(default_factory=Signer)

    @property
    def year(self) -> int | None:
        """The calendar year numbering counts in (of the date)."""
        return self.date.year if self.date else None

    @property
    def number_text(self) -> str:
        """"Số: 05/KH-LĐLĐ" as printed (numbers below 10 with a leading 0; blank number kept
        for the office to fill in by hand: "Số:    /KH-LĐLĐ")."""
        number = f"{self.number:02d}" if self.number is not None else "    "
        return f"Số: {number}/{self.symbol}" if self.symbol else f"Số: {number}"

    @property
    def carrier(self) -> str:
        """The type of the text that carries the number: the symbol's first part names it
        (Nghị định 30/2020/NĐ-CP, Phụ lục III), so a plan "Số: 812/QĐ-UBND" was issued with
        a decision and is cited by it. ``doc_type`` when the symbol says nothing else."""
        prefix = self.symbol.split("-", 1)[0].strip().upper()
        found = next((kind for kind, abbr in DOC_TYPES.items() if abbr and abbr.upper() == prefix),
                     "")
        return found or self.doc_type

    def block(self, block_id: str | None) -> Block | None:
        """The block with this id, or None."""
        return next((b for b in self.blocks if b.id == block_id), None)

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready: dates as ISO strings, everything else as plain values."""
        return _plain(dataclasses.asdict(self))

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> PlanDocument:
        """The inverse of :meth:`to_dict` (unknown keys are ignored, missing ones default)."""
        def date(value: str | None) -> dt.date | None:
            return dt.date.fromisoformat(value) if value else None

        def scope(value: dict[str, Any] | None) -> Scope:
            built: Scope = _build(Scope, value or {})
            built.kind = _member(ScopeKind, built.kind, ScopeKind.ALL_UNITS)
            return built

        doc = _build(cls, data)
        doc.date = date(data.get("date"))
        doc.basis = [_build(Basis, b, date=date(b.get("date"))) for b in data.get("basis", [])]
        doc.blocks = [_build(Block, b) for b in data.get("blocks", [])]
        doc.activities = [_build(Activity, a, scope=scope(a.get("scope")))
                          for a in data.get("activities", [])]
        doc.targets = [_build(Target, t, scope=scope(t.get("scope")), indicators=[
            _build(IndicatorRef, i) for i in t.get("indicators", [])])
            for t in data.get("targets", [])]
        for target in doc.targets:
            target.shape = _member(TargetShape, target.shape, TargetShape.QUALITATIVE)
        doc.deadlines = [_build(Deadline, d, date=date(d.get("date")))
                         for d in data.get("deadlines", []) if d.get("date")]
        doc.recipients = list(data.get("recipients", []))
        doc.signer = _build(Signer, data.get("signer") or {})
        return doc


def _member(enum: type[E], value: object, default: E) -> E:
    """``value`` as a member of ``enum``; ``default`` for a value it does not know (a plan
    saved by another version, or a tampered backup)."""
    try:
        return enum(str(value))
    except ValueError:
        return default


def _build(cls: Any, data: dict[str, Any], **override: Any) -> Any:
    names = {f.name for f in dataclasses.fields(cls)}
    simple = {k: v for k, v in data.items() if k in names and not isinstance(v, (dict, list))
              or k in names and k in ("months", "partners", "sectors", "units")}
    simple.update(override)
    return cls(**simple)


def _plain(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_plain(v) for v in value]
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    return value


def plan_label(plan: Any) -> str:
    """"01/KH-LĐLĐ — Tháng Công nhân…" as lists show a plan; ``plan`` is anything with
    ``number`` (int or None), ``symbol`` and ``title`` (a Plan, or a row read in plain SQL)."""
    number = f"{plan.number:02d}/{plan.symbol}" if plan.number else plan.symbol
    return f"{number} — {plan.title}" if number else plan.title
