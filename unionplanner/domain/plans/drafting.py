"""Starting a new plan: from a built-in or saved template, or as the office's plan
implementing a parent body's plan ("Thực hiện Kế hoạch số … của …"). Every new plan takes
the office's name, parent body, place, symbol, first signer and departments from the
settings, today's date and the next free number of the year."""

from __future__ import annotations

import datetime as dt
import re

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from unionplanner.core.errors import UserError
from unionplanner.domain.office.service import get_office, list_departments
from unionplanner.domain.plans import service, templates
from unionplanner.domain.plans.builder import DEFAULT_DEPARTMENTS, OfficeInfo
from unionplanner.domain.plans.document import (
    CLAUSE,
    DASH,
    PART,
    Basis,
    Block,
    Deadline,
    PlanDocument,
    Signer,
)
from unionplanner.domain.plans.models import Plan, PlanTemplate
from unionplanner.domain.plans.shift import fresh_ids, shift_years


def office_info(session: Session) -> OfficeInfo:
    """The settings a new plan starts from (defaults where the office has set nothing)."""
    office = get_office(session)
    departments = [d.name for d in list_departments(session)] or list(DEFAULT_DEPARTMENTS)
    if office is None:
        return OfficeInfo(departments=departments)
    first = office.signers[0] if office.signers else {}
    return OfficeInfo(name=office.name, parent_body=office.parent_body, place=office.place,
                      symbol=office.symbol, departments=departments,
                      signer=Signer(first.get("authority", ""), first.get("title", ""),
                                    first.get("name", "")))


def _numbered(session: Session, doc: PlanDocument) -> PlanDocument:
    if doc.year is not None:
        doc.number = service.next_number(session, doc.year, doc.doc_type)
    return doc


def new_from_template(session: Session, name: str, year: int) -> Plan:
    """A new draft from the template ``name``: a built-in one (see
    :data:`unionplanner.domain.plans.templates.TEMPLATES`) or one the office saved (its dates moved
    to ``year``). UserError for an unknown name."""
    if name in templates.TEMPLATES:
        doc = templates.build(name, year, office_info(session))
    else:
        saved = session.scalar(select(PlanTemplate).where(
            func.lower(PlanTemplate.name) == name.lower()))
        if saved is None:
            known = list(templates.TEMPLATES) + [t.name for t in session.scalars(
                select(PlanTemplate))]
            raise UserError(f"Không có mẫu kế hoạch \"{name}\". Các mẫu: " + ", ".join(known))
        doc = PlanDocument.from_dict(saved.snapshot)
        if doc.year is not None and doc.year != year:
            doc = shift_years(doc, year - doc.year)
        doc = fresh_ids(doc)
    return service.create_plan(session, _numbered(session, doc))


_COLLECTIVE = ("BAN THƯỜNG VỤ", "BAN CHẤP HÀNH", "THƯỜNG TRỰC", "ĐOÀN CHỦ TỊCH", "BAN GIÁM ĐỐC")


def issuing_body(doc: PlanDocument) -> str:
    """The body that issued ``doc``: its header's issuer, else the body its signature acts
    for ("TM. ỦY BAN NHÂN DÂN" → "ỦY BAN NHÂN DÂN"; not a mere "BAN THƯỜNG VỤ"), else the
    body its opening sentence names ("…, Liên đoàn Lao động tỉnh xây dựng Kế hoạch …");
    "" when it names none. A plan never cites "…" for it."""
    if doc.issuer.strip(" .…"):
        return doc.issuer
    authority = re.sub(r"^(TM|KT|TL|TUQ|Q)\.\s*", "", doc.signer.authority)
    if authority and authority.upper() not in _COLLECTIVE and not authority.startswith("CHỦ"):
        return authority
    for text in [b.text for b in doc.basis] + [b.text for b in doc.blocks[:3]]:
        named = re.search(r"(?:^|[,;]\s*)((?:Ban Thường vụ\s+)?(?:Liên đoàn|Công đoàn|Ủy ban|"
                          r"UBND|LĐLĐ|Tổng Liên đoàn|Sở|Hội|Đảng ủy|Huyện ủy|Tỉnh ủy)[^,;:]{2,80}?)"
                          r"\s+(?:xây dựng|ban hành|triển khai)\s+(?:kế hoạch|Kế hoạch)", text)
        if named:
            return re.sub(r"^Ban Thường vụ\s+", "", named.group(1))
    return ""


_ABBREVIATIONS = {"LĐLĐ", "CĐCS", "UBND", "HĐND", "THPT", "THCS", "TNHH", "CP", "CNVCLĐ",
                  "TLĐ", "CĐ", "TP", "TW"}


def _in_sentence(title: str, names: list[str]) -> str:
    """A title as the middle of a sentence cites it: its first letter small; a title in
    capitals ("NÂNG CAO CHẤT LƯỢNG … TỈNH BẮC TRUNG") in small letters but for its
    abbreviations and the proper ``names`` given (the plan's place: "… tỉnh Bắc Trung")."""
    if title.upper() != title:
        return title[:1].lower() + title[1:]
    words = [word if word in _ABBREVIATIONS else word.lower() for word in title.split()]
    text = " ".join(words)
    for name in filter(None, names):
        text = re.sub(rf"\b{re.escape(name.lower())}\b", name, text)
    return text


#: the administrative units a body's place is named after ("tỉnh Bắc Trung")
_ADMINISTRATIVE = ("thành phố", "thị xã", "thị trấn", "tỉnh", "huyện", "quận", "xã", "phường")
#: kinds of bodies whose next words name their field, capitalised ("Liên đoàn Lao động",
#: "Sở Giáo dục và Đào tạo", "Công đoàn Viên chức")
_FIELD_HEADS = ("tổng liên đoàn", "liên đoàn", "công đoàn", "sở", "phòng", "ban", "hội")
#: kinds of bodies written as they are ("Ủy ban nhân dân tỉnh …", "Huyện ủy Châu Thành")
_FIXED_HEADS = {"ủy ban nhân dân": "Ủy ban nhân dân", "uỷ ban nhân dân": "Ủy ban nhân dân",
                "hội đồng nhân dân": "Hội đồng nhân dân", "ban thường vụ": "Ban Thường vụ",
                "ban chấp hành": "Ban Chấp hành", "đảng ủy": "Đảng ủy", "đảng bộ": "Đảng bộ",
                "huyện ủy": "Huyện ủy", "tỉnh ủy": "Tỉnh ủy", "thành ủy": "Thành ủy",
                "công đoàn cơ sở": "Công đoàn cơ sở", "trường": "Trường",
                "công ty": "Công ty"}


def _sentence_case(name: str) -> str:
    """A body's name in capitals as a sentence cites it (Nghị định 30/2020/NĐ-CP, Phụ lục
    II: the kind of body and its field capitalised, its place after "tỉnh", "xã"… as a proper
    name, abbreviations kept): "ỦY BAN NHÂN DÂN TỈNH BẮC TRUNG" → "Ủy ban nhân dân tỉnh Bắc
    Trung", "LIÊN ĐOÀN LAO ĐỘNG TỈNH BÌNH ĐỊNH" → "Liên đoàn Lao động tỉnh Bình Định",
    "LĐLĐ TỈNH AN BÌNH" → "LĐLĐ tỉnh An Bình", "SỞ GIÁO DỤC VÀ ĐÀO TẠO" → "Sở Giáo dục và Đào
    tạo"."""
    words = name.split()
    low = [w if w in _ABBREVIATIONS else w.lower() for w in words]
    out = list(low)
    proper = False  # inside a place's or a school's own name
    n = 0
    while n < len(low):
        rest = " ".join(low[n:])
        fixed = next((k for k in _FIXED_HEADS if rest == k or rest.startswith(k + " ")), None)
        admin = next((k for k in _ADMINISTRATIVE if (rest == k or rest.startswith(k + " "))
                      and not rest.startswith("xã hội")), None)
        if fixed in ("ban chấp hành", "ban thường vụ") and len(low) > n + 3:
            # "Ban Chấp hành Công đoàn cơ sở …": the body it is of, named as a body
            return " ".join(out[:n] + _FIXED_HEADS[fixed].split()
                            + [_sentence_case(" ".join(words[n + 3:]))])
        head = next((k for k in _FIELD_HEADS if rest.startswith(k + " ")), None)
        if fixed and (n == 0 or not proper):
            size = len(fixed.split())
            out[n:n + size] = _FIXED_HEADS[fixed].split()
            proper = fixed in ("trường", "công ty") or fixed.endswith(" ủy")
            n += size
        elif admin and n > 0:
            n += len(admin.split())
            proper = True
        elif head and (n == 0 or (low[n - 1] in _ABBREVIATIONS and not proper)):
            size = len(head.split())
            out[n:n + size] = [w.capitalize() if i == 0 or head == "tổng liên đoàn" and i == 1
                               else w for i, w in enumerate(low[n:n + size])]
            n += size
            if n < len(low) and low[n] == "ngành":  # "Công đoàn ngành Y tế"
                n += 1
            if n < len(low) and not any(" ".join(low[n:]).startswith(a + " ")
                                        for a in _ADMINISTRATIVE):
                out[n] = low[n].capitalize()  # the field's first word, and each after
                for i in range(n, len(low) - 1):  # "và" or "-": "Lao động - Thương binh và
                    if low[i] in ("và", "-", "–"):  # Xã hội"
                        out[i + 1] = low[i + 1].capitalize()
                n += 1
        else:
            if proper or n == 0 or low[n:n + 2] == ["việt", "nam"] or (
                    n > 0 and low[n - 1:n + 1] == ["việt", "nam"]):
                out[n] = low[n] if low[n] in _ABBREVIATIONS else low[n].capitalize()
            n += 1
    return " ".join(out)


def _after_comma(text: str) -> str:
    """``text`` going on a sentence after a comma: its first letter small, unless it begins
    with a body's name ("Sở Lao động …", "Ủy ban nhân dân …") or an abbreviation ("CĐCS")."""
    first = text.split(" ", 1)[0] if text else ""
    low = text.lower()
    if (len(first) > 1 and first.isupper()) or any(
            low.startswith(head + " ") for head in (*_FIELD_HEADS, *_FIXED_HEADS)):
        return text
    return text[:1].lower() + text[1:]


def _in_sentence_name(name: str) -> str:
    """A body's name inside a sentence: in capitals (as headers and settings keep it)
    written as :func:`_sentence_case` does; otherwise as given."""
    return _sentence_case(name) if name.isupper() else name


def implementing(parent: PlanDocument, office: OfficeInfo, today: dt.date,
                 parent_id: int | None = None, lead_days: int = 5) -> PlanDocument:
    """The office's draft implementing ``parent``: the basis cites it; its purposes are
    kept; its activities and targets become ours (same months, shapes and numbers, for the
    office to adjust); each deadline the parent sets comes ``lead_days`` earlier for our
    units, so the office can add up before sending on."""
    symbol = f"KH-{office.symbol}" if office.symbol else "KH"
    doc = PlanDocument(title=parent.title, issuer=office.name.upper(),
                       parent_body=office.parent_body.upper(), place=office.place, date=today,
                       symbol=symbol, signer=office.signer)
    cited = parent.carrier.capitalize() or "Kế hoạch"
    if parent.number:  # "Số: /KH-LĐLĐ" (no number yet) is not cited as a number
        cited += f" số {parent.number_text.removeprefix('Số: ')}"
    when = f" ngày {parent.date.day:02d}/{parent.date.month:02d}/{parent.date.year}" \
        if parent.date else ""
    by = issuing_body(parent) or office.parent_body
    by = _in_sentence_name(by)
    subject = _in_sentence(parent.title, [parent.place, "Việt Nam"])
    # a plan issued with a decision: "Thực hiện Quyết định số … của … ban hành Kế hoạch …"
    about = "về" if parent.carrier == parent.doc_type else \
        f"ban hành {(parent.doc_type or 'KẾ HOẠCH').capitalize()}"
    doc.basis.append(Basis(
        text=f"Thực hiện {cited}{when}{f' của {by}' if by else ''} {about} {subject}, "
             f"{_in_sentence_name(office.name) or 'Ban Thường vụ'} xây dựng Kế hoạch triển "
             "khai như sau:",
        reference=parent.number_text.removeprefix("Số: ").strip(), date=parent.date,
        issuer=by, plan_id=parent_id))
    purposes: list[Block] = []
    in_purposes = False
    for block in parent.blocks:
        if block.level == PART:
            in_purposes = "MỤC ĐÍCH" in block.text.upper()
        if in_purposes:
            purposes.append(Block(block.level, block.text, block.heading))
    doc.blocks = purposes or [Block(PART, "MỤC ĐÍCH, YÊU CẦU", True),
                              Block(DASH, "…")]
    doc.blocks.append(Block(PART, "NỘI DUNG HOẠT ĐỘNG", True))
    for activity in parent.activities:
        copy = fresh_ids(PlanDocument(activities=[activity])).activities[0]
        block = Block(CLAUSE, copy.title + (f" ({copy.when})" if copy.when else ""), True)
        copy.block_id = block.id
        doc.blocks.append(block)
        doc.activities.append(copy)
    if parent.targets:
        doc.blocks.append(Block(PART, "CHỈ TIÊU", True))
        for target in parent.targets:
            target_copy = fresh_ids(PlanDocument(targets=[target])).targets[0]
            block = Block(CLAUSE, target_copy.text)
            target_copy.block_id = block.id
            doc.blocks.append(block)
            doc.targets.append(target_copy)
    doc.blocks.append(Block(PART, "TỔ CHỨC THỰC HIỆN", True))
    doc.blocks.append(Block(CLAUSE, "Các công đoàn cơ sở", True))
    for deadline in parent.deadlines:
        due = deadline.date - dt.timedelta(days=lead_days) if deadline.kind == "report" \
            else deadline.date
        what = _after_comma(deadline.what)
        block = Block(DASH, f"Trước ngày {due.day:02d}/{due.month}/{due.year}, {what}.")
        doc.blocks.append(block)
        doc.deadlines.append(Deadline(date=due, what=deadline.what, kind=deadline.kind,
                                      block_id=block.id))
    doc.recipients = [f"{office.parent_body or '…'} (để báo cáo);", "Các công đoàn cơ sở;",
                      "Lưu: VT."]
    return doc


def implement_plan(session: Session, parent_id: int, today: dt.date | None = None) -> Plan:
    """Store the office's new draft implementing the stored plan ``parent_id``."""
    parent = service.get_plan(session, parent_id)
    doc = implementing(service.load_document(parent), office_info(session),
                       today or dt.date.today(), parent.id)
    return service.create_plan(session, _numbered(session, doc), implements_id=parent.id)
