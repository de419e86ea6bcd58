"""Building a plan document piece by piece (the built-in templates use it): parts, clauses,
bullets, activities with their time, targets read from their own wording, deadlines written
the way plans write them ("Trước ngày 10/6/2024, …"), and the header and closing from the
office's settings."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from unionplanner.core.text import fold
from unionplanner.domain.plans.document import (
    CLAUSE,
    DASH,
    PART,
    PLUS,
    SUB,
    TEXT,
    Activity,
    Basis,
    Block,
    Deadline,
    PlanDocument,
    Signer,
    Target,
    TargetShape,
)
from unionplanner.domain.plans.targets import read_targets
from unionplanner.domain.plans.when import months_in

#: the departments most offices have, used when the settings list none
DEFAULT_DEPARTMENTS = ("Ban Tuyên giáo - Nữ công", "Ban Tổ chức - Kiểm tra",
                       "Ban Chính sách pháp luật và Quan hệ lao động", "Văn phòng")
# a role in a template → words of the department that plays it
_ROLES = {"tuyen_giao": ("tuyen giao", "nu cong"), "to_chuc": ("to chuc", "kiem tra"),
          "chinh_sach": ("chinh sach", "quan he lao dong", "phap luat"),
          "van_phong": ("van phong", "tai chinh")}


@dataclass
class OfficeInfo:
    """What a new plan takes from the settings: names, place, the issuer symbol ("LĐLĐ"),
    the first signer and the department names."""

    name: str = ""
    parent_body: str = ""
    place: str = ""
    symbol: str = ""
    signer: Signer = field(default_factory=Signer)
    departments: list[str] = field(default_factory=lambda: list(DEFAULT_DEPARTMENTS))


class Builder:
    """Appends to a :class:`PlanDocument` dated ``date`` for ``office``."""

    def __init__(self, title: str, date: dt.date, office: OfficeInfo, doc_type: str = "KẾ HOẠCH"):
        self.office = office
        self.year = date.year
        symbol = f"KH-{office.symbol}" if office.symbol else "KH"
        self.doc = PlanDocument(title=title, doc_type=doc_type, issuer=office.name.upper(),
                                parent_body=office.parent_body.upper(), place=office.place,
                                date=date, symbol=symbol, signer=office.signer)
        self._last_heading: Block | None = None

    # -- text ----------------------------------------------------------------------------
    def basis(self, text: str) -> Builder:
        self.doc.basis.append(Basis(text=text))
        return self

    def add(self, level: int, text: str, heading: bool = False) -> Block:
        block = Block(level=level, text=text, heading=heading)
        self.doc.blocks.append(block)
        return block

    def part(self, text: str) -> Builder:
        self.add(PART, text.upper(), heading=True)
        return self

    def clause(self, text: str, heading: bool = True) -> Builder:
        self.add(CLAUSE, text, heading)
        return self

    def text(self, text: str) -> Builder:
        self.add(TEXT, text)
        return self

    def dashes(self, *texts: str) -> Builder:
        for text in texts:
            self.add(DASH, text)
        return self

    def pluses(self, *texts: str) -> Builder:
        for text in texts:
            self.add(PLUS, text)
        return self

    # -- items ---------------------------------------------------------------------------
    def activity(self, title: str, when: str, *, role: str = "", level: int = SUB,
                 bullets: tuple[str, ...] = (), phase: str = "", output: str = "") -> Builder:
        """An activity: a numbered heading "title (when)", its bullets, and the activity
        with the months ``when`` names and the department playing ``role`` as lead."""
        shown = f"{title} ({when[:1].lower()}{when[1:]})" if when and not phase else title
        block = self.add(level, shown, heading=True)
        self.dashes(*bullets)
        self.doc.activities.append(Activity(
            title=title, description=" ".join(bullets), months=months_in(when, self.year),
            when=when, phase=phase, lead=self.department(role), output=output,
            block_id=block.id))
        return self

    def target(self, text: str, *, level: int = DASH,
               shape: TargetShape | None = None) -> Builder:
        """A target written as plans write them; its shape, number and scope are read from
        the wording. A number left "…" for the office to fill gives no value: ``shape``
        then says what it will be."""
        block = self.add(level, text)
        found = [Target(text=text, shape=shape)] if shape else (
            read_targets(text, in_targets_part=True) or [Target(text=text)])
        for target in found:
            target.block_id = block.id
            self.doc.targets.append(target)
        return self

    def deadline(self, day: int, month: int, what: str, kind: str, *, year: int | None = None,
                 level: int = DASH) -> Builder:
        """"Trước ngày 10/6/2024, <what>." as a bullet, and the deadline."""
        date = dt.date(year or self.year, month, day)
        block = self.add(level, f"Trước ngày {day:02d}/{month}/{date.year}, {what}.")
        self.doc.deadlines.append(Deadline(date=date, what=what[:1].upper() + what[1:],
                                           kind=kind, block_id=block.id))
        return self

    def department(self, role: str) -> str:
        """The office's department playing ``role`` ("tuyen_giao", "to_chuc",
        "chinh_sach", "van_phong"), or ""."""
        words = _ROLES.get(role)
        if not words:
            return ""
        for name in self.office.departments:
            if any(w in fold(name) for w in words):
                return name
        return ""

    def departments_tasks(self, tasks: dict[str, tuple[str, ...]]) -> Builder:
        """"1.1. <department>" with its tasks as bullets, for each role that has a
        department in the office (others are skipped)."""
        for role, items in tasks.items():
            name = self.department(role)
            if name:
                self.add(SUB, name, heading=True)
                self.dashes(*items)
        return self

    def closing(self, *recipients: str) -> PlanDocument:
        """Finish with the recipients ("Lưu: VT." last) and return the document."""
        self.doc.recipients = [*recipients, "Lưu: VT."]
        return self.doc
