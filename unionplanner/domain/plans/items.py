"""Activities, targets, deadlines and departments drawn from a plan's outline.

- Activities: the numbered items of the parts that say what will be done ("NỘI DUNG …",
  "… HOẠT ĐỘNG …", "NHIỆM VỤ", "GIẢI PHÁP", "CHƯƠNG TRÌNH"; not "MỤC ĐÍCH", "CHỈ TIÊU",
  "TỔ CHỨC THỰC HIỆN", "KINH PHÍ"): an item whose own sub-items are numbered ("2. Nội dung
  các hoạt động" → 2.1, 2.2 …) gives way to them; the theme ("Chủ đề: …") is not an
  activity; phases ("Đợt 1: Từ đầu năm đến 30/6/2023") are activities of their own. Their
  months come from the time expressions of the item and its bullets; an item that says no
  time takes the plan's own time (its phases, the months its title names, or the month of
  its date).
- Departments: the headings of the "TỔ CHỨC THỰC HIỆN" part that name a department ("Ban …",
  "Văn phòng", "Ủy ban Kiểm tra"); an activity's lead is the department whose tasks read most
  like it, or one named in its own text ("qua Ban Tuyên giáo - Nữ công").
- Targets: under a part headed "… CHỈ TIÊU …" every clause is read as a target
  (:func:`unionplanner.domain.plans.targets.read_targets`); a plan without such a part has its
  shares and "mỗi … ít nhất …" sentences taken from anywhere.
- Deadlines: "trước ngày 10/6/2023", "chậm nhất ngày …", "hạn chót …" with the clause they
  stand in; "báo cáo" makes a report deadline, "kế hoạch" a plan deadline.
"""

from __future__ import annotations

import datetime as dt
import re

from rapidfuzz import fuzz

from unionplanner.core.text import clean, fold
from unionplanner.domain.plans.document import (
    CLAUSE,
    DASH,
    PART,
    POINT,
    SUB,
    TEXT,
    Activity,
    Block,
    Deadline,
    PlanDocument,
    TargetShape,
)
from unionplanner.domain.plans.targets import clauses, read_targets
from unionplanner.domain.plans.when import dates_in, flat, month_key, months_in

_ACTION_PARTS = ("noi dung", "hoat dong", "nhiem vu", "giai phap", "chuong trinh")
_NOT_ACTION_PARTS = ("muc dich", "yeu cau", "chi tieu", "to chuc thuc hien", "kinh phi",
                     "danh gia", "khen thuong")
# yearly events a title may name without a date → months
_EVENT_MONTHS = (("thang cong nhan", (5,)), ("tet sum vay", (1, 2)), ("tet", (1, 2)),
                 ("quoc te phu nu", (3,)), ("8 3", (3,)), ("gia dinh viet nam", (6,)),
                 ("thanh lap cong doan viet nam", (7,)), ("28 7", (7,)),
                 ("phu nu viet nam", (10,)), ("20 10", (10,)), ("so ket 6 thang", (6,)),
                 ("tong ket", (12,)))
_DEPARTMENT = re.compile(r"^(Ban\s|Văn phòng|Ủy ban [Kk]iểm tra|Uỷ ban [Kk]iểm tra|UBKT)")


def draw_items(doc: PlanDocument, sources: dict[str, int]) -> None:
    """Fill the activities, targets and deadlines of ``doc`` from its blocks; ``sources``
    (item id → paragraph index) gains an entry for each item whose block has one."""
    parts = _parts(doc.blocks)
    departments = _departments(parts)
    default = _plan_months(doc)
    targets_area = {id(b) for b in _target_blocks(doc.blocks, with_headings=True)}
    for part_title, blocks in parts:
        key = fold(part_title)
        if any(w in key for w in _ACTION_PARTS) and not key.startswith(_NOT_ACTION_PARTS):
            for item, children in _items([b for b in blocks if id(b) not in targets_area]):
                _add_activity(doc, sources, item, children, default, departments)
    for _title, blocks in parts:
        for block in blocks:
            if block.level == TEXT and re.match(r"^Đợt\s*\d+\s*:", block.text):
                _add_activity(doc, sources, block, [], default, departments, phase=True)
    _targets(doc, sources, parts)
    _deadlines(doc, sources)


def plan_year(doc: PlanDocument) -> int | None:
    """The year a plan is about: of its date, else the year its title names ("… năm 2023"),
    else the latest year of the documents it cites."""
    if doc.date:
        return doc.date.year
    named = re.findall(r"\b(?:năm|nam)\s+(\d{4})\b", doc.title)
    if named:
        return int(named[-1])
    school = re.search(r"\bnăm học\s*(\d{4})", doc.title, re.I)  # "năm học 2020 – 2021"
    if school:
        return int(school.group(1))
    cited = [b.date.year for b in doc.basis if b.date]
    return max(cited) if cited else None


def plan_start(doc: PlanDocument) -> dt.date | None:
    """The day before which the plan's own times do not fall unless they say their year:
    its date, else the start of the school year its title names ("năm học 2020 – 2021":
    1/8/2020)."""
    if doc.date:
        return doc.date
    school = re.search(r"\bnăm học\s*(\d{4})\s*[-–]\s*\d{2,4}", doc.title, re.I)
    return dt.date(int(school.group(1)), 8, 1) if school else None


def plan_months_in(doc: PlanDocument, text: str) -> list[str]:
    """The months ``text`` of plan ``doc`` places something in (see
    :func:`~unionplanner.domain.plans.when.months_in`; never before :func:`plan_start`
    unless it says its year)."""
    start = plan_start(doc)
    return months_in(text, plan_year(doc), month_key(start.year, start.month) if start else None)


def _parts(blocks: list[Block]) -> list[tuple[str, list[Block]]]:
    parts: list[tuple[str, list[Block]]] = [("", [])]
    for block in blocks:
        if block.level == PART:
            parts.append((block.text, []))
        else:
            parts[-1][1].append(block)
    return [p for p in parts if p[1] or p[0]]


def _items(blocks: list[Block]) -> list[tuple[Block, list[Block]]]:
    """The activity items of a part with the blocks under each."""
    numbered = [b for b in blocks if b.level in (CLAUSE, SUB)]
    if not numbered:
        numbered = [b for b in blocks if b.level in (POINT, DASH)]
    found: list[tuple[Block, list[Block]]] = []
    for position, block in enumerate(blocks):
        if block not in numbered:
            continue
        children = []
        for later in blocks[position + 1:]:
            if later.level <= block.level and later.level != TEXT:
                break
            children.append(later)
        if block.level == CLAUSE and any(c.level == SUB for c in children):
            continue  # "2. Nội dung các hoạt động": its 2.1, 2.2 … are the activities
        if fold(block.text).startswith("chu de"):
            continue
        found.append((block, children))
    return found


def title_of(text: str) -> str:
    """A short title for a long item: its text up to the first sentence end (≤ ~200 chars)."""
    if len(text) <= 160:
        return text.rstrip(".;:")
    cut = re.search(r"[.:;](\s|$)", text[40:200])
    if cut:
        return text[:40 + cut.start()].rstrip(".;:")
    return text[:160].rsplit(" ", 1)[0] + "…"


def _add_activity(doc: PlanDocument, sources: dict[str, int], block: Block,
                  children: list[Block], default: list[str],
                  departments: dict[str, list[str]], phase: bool = False) -> None:
    text = " ".join([block.text] + [c.text for c in children])
    months = plan_months_in(doc, text) or list(default)
    activity = Activity(title=title_of(block.text), description=" ".join(
        c.text for c in children), months=months, block_id=block.id)
    if phase:  # "Đợt 1: Từ đầu năm đến 30/6/2023 với chủ đề: “…” trong đó, …"
        head = re.match(r"^(Đợt\s*\d+)\s*:\s*", block.text)
        activity.phase = head.group(1) if head else ""
        rest = block.text[head.end():] if head else block.text
        when = re.match(r"^(.{5,80}?)\s*,?\s+(với|có|theo)\s+chủ đề", rest)
        activity.when = when.group(1) if when else ""
        theme = re.search(r"chủ đề\s*:?\s*[\"“]([^\"”]{5,200})[\"”]", rest)
        if theme:
            activity.title = f"{activity.phase}: {theme.group(1)}"
            if activity.when:
                activity.title += f" ({activity.when[:1].lower()}{activity.when[1:]})"
    lead, partners = _responsible(text, departments)
    activity.lead, activity.partners = lead, partners
    doc.activities.append(activity)
    if block.id in sources:
        sources[activity.id] = sources[block.id]


def _plan_months(doc: PlanDocument) -> list[str]:
    """When the plan's activities happen if they do not say."""
    phases = [b.text for b in doc.blocks if re.match(r"^Đợt\s*\d+\s*:", b.text)]
    months: list[str] = []
    for text in phases:
        months += [m for m in plan_months_in(doc, text) if m not in months]
    if months:
        return sorted(months)
    months = plan_months_in(doc, doc.title)
    if months:
        return months
    year = plan_year(doc)
    if year:
        key = fold(doc.title)
        start = plan_start(doc)
        for phrase, numbers in _EVENT_MONTHS:
            if f" {phrase} " in f" {key} ":  # Tết in a plan of October: next year's
                later = start is not None and start.year == year and all(
                    m < start.month for m in numbers)
                return [month_key(year + later, m) for m in numbers]
    if doc.date:
        return [month_key(doc.date.year, doc.date.month)]
    return []


def _departments(parts: list[tuple[str, list[Block]]]) -> dict[str, list[str]]:
    """Department name → the folded texts of its tasks, from "TỔ CHỨC THỰC HIỆN"."""
    found: dict[str, list[str]] = {}
    for title, blocks in parts:
        if "to chuc thuc hien" not in fold(title):
            continue
        current: str | None = None
        level = 0
        for block in blocks:
            if block.level in (CLAUSE, SUB, POINT) and _DEPARTMENT.match(block.text) and \
                    not block.text.startswith(("Ban Thường vụ", "Ban Chấp hành")):
                current = clean(re.split(r"[:;.(]", block.text)[0])
                level = block.level
                found.setdefault(current, [])
                continue
            if current and block.level in (CLAUSE, SUB, POINT) and block.level <= level:
                current = None
            if current:
                found[current].append(fold(block.text))
    return found


def _responsible(text: str, departments: dict[str, list[str]]) -> tuple[str, list[str]]:
    if not departments:
        return "", []
    key = fold(text)
    named = [d for d in departments if fold(d) in key]
    scores = []
    for name, tasks in departments.items():
        best = max((fuzz.token_set_ratio(key[:300], task) for task in tasks), default=0)
        scores.append((best, name))
    scores.sort(reverse=True)
    matched = [name for score, name in scores if score >= 80]
    ordered = named + [n for n in matched if n not in named]
    if not ordered:
        return "", []
    return ordered[0], ordered[1:]


#: a part about what has been done: "I. ĐÁNH GIÁ HOẠT ĐỘNG THÁNG 4/2020", "I. TÌNH HÌNH THÁNG
#: 5/2022", "ĐẶC ĐIỂM TÌNH HÌNH", "KẾT QUẢ ĐẠT ĐƯỢC", "THỰC TRẠNG" (not "KẾT QUẢ CẦN ĐẠT")
_LOOKING_BACK = re.compile(r"^(danh gia|kiem diem|nhin lai)\b|\b(tinh hinh|thuc trang|"
                           r"ket qua (dat duoc|thuc hien|hoat dong|cong tac))\b")


def looks_back(part_title: str) -> bool:
    """Whether a part reports what has been done (its figures are results, not targets; a
    grassroots monthly plan opens with last month's). Its figures are never targets."""
    return bool(_LOOKING_BACK.search(fold(part_title)))


def _target_blocks(blocks: list[Block], with_headings: bool = False) -> list[Block]:
    """The blocks under a heading about targets ("III. MỘT SỐ CHỈ TIÊU CHỦ YẾU", "2. Chỉ tiêu
    phấn đấu"), up to the next heading of the same or a higher level (and the headings
    themselves with ``with_headings``)."""
    found: list[Block] = []
    level = None
    for block in blocks:
        heading = block.level in (PART, CLAUSE, SUB) and len(block.text) <= 90
        if level is not None and block.level != TEXT and block.level <= level:
            level = None
        if level is None and heading and re.match(
                r"^(mot so |cac |he thong |muc tieu (va |)?)?chi tieu\b", fold(block.text)):
            level = block.level
            if with_headings:
                found.append(block)
            continue
        if level is not None:
            found.append(block)
    return found


def _targets(doc: PlanDocument, sources: dict[str, int],
             parts: list[tuple[str, list[Block]]]) -> None:
    """Targets under a targets heading (every clause counts), or — when the plan has no such
    heading — shares and "mỗi … ít nhất" sentences anywhere."""
    blocks = _target_blocks(doc.blocks)
    strict = bool(blocks)
    inside = {id(b) for b in blocks}
    ahead = [b for title, part in parts if not looks_back(title) for b in part]
    for block in doc.blocks if strict else ahead:
        found = read_targets(block.text, in_targets_part=strict and id(block) in inside)
        if strict and id(block) not in inside:  # beside a targets part, only a minimum
            found = [t for t in found if t.shape == TargetShape.TOTAL_COUNT and re.search(
                r"\b(toi thieu|it nhat)\s+\d", fold(t.text))]  # ("tối thiểu 2 dự án")
        for target in found:
            target.block_id = block.id
            doc.targets.append(target)
            if block.id in sources:
                sources[target.id] = sources[block.id]


_DUE = re.compile(r"(truoc|cham nhat|han chot|khong qua|hoan thanh truoc)\s*(?:ngay\s*)?$")


def _deadlines(doc: PlanDocument, sources: dict[str, int]) -> None:
    """The dates a clause says something is due by ("trước ngày 10/6/2023", "chậm nhất
    ngày …"), with dates joined to one ("trước ngày 01/6 và 15/11 hằng năm": both)."""
    seen: set[tuple] = set()
    for block in doc.blocks:
        for clause in clauses(block.text):
            for group in _due_groups(clause, doc):
                what = _what(clause, group[0][1], group[-1][2])
                for date, _start, _end in group:
                    key = (date, fold(what))
                    if key in seen:
                        continue
                    seen.add(key)
                    kind = "report" if "bao cao" in fold(what) else (
                        "plan" if "ke hoach" in fold(what) else "other")
                    deadline = Deadline(date=date, what=what, kind=kind, block_id=block.id)
                    doc.deadlines.append(deadline)
                    if block.id in sources:
                        sources[deadline.id] = sources[block.id]


def _due_groups(clause: str, doc: PlanDocument) -> list[list[tuple[dt.date, int, int]]]:
    """The due dates of a clause, those joined by "và" or a comma in one group."""
    low = flat(clause)
    groups: list[list[tuple[dt.date, int, int]]] = []
    for date, start, end in dates_in(clause, plan_year(doc), plan_start(doc)):
        if _DUE.search(low[max(0, start - 25):start]):
            groups.append([(date, start, end)])
        elif groups and re.fullmatch(r"\s*(va|,)\s*(ngay\s*)?", low[groups[-1][-1][2]:start]):
            groups[-1].append((date, start, end))
    return groups


def _what(clause: str, start: int, end: int) -> str:
    """The clause without its "trước ngày …" phrase."""
    head = re.search(r"(trước|chậm nhất|hạn chót|không quá|hoàn thành trước)\s*(ngày\s*)?$",
                     clause[:start], re.I)
    cut_from = head.start() if head else start
    text = clause[:cut_from] + " " + clause[end:]
    text = re.sub(r"\(\s*\)", "", text)
    text = re.sub(r"\(\s*([^()]*?)\s*$", r"\1", text)
    text = re.sub(r"\s+\)", ")", re.sub(r"^\W+|[\s,;:]+$", "", clean(text)))
    if len(text) > 140:  # "Trên đây là …, yêu cầu … tổng hợp, báo cáo kết quả về …"
        low = text.lower()
        for position in sorted(m.start() for m in re.finditer(
                r"\b(gửi|nộp|tổng hợp|báo cáo|đăng ký|hoàn thành|xây dựng)\b", low)):
            if len(text) - position <= 140:
                text = text[position:]
                break
    return text[:1].upper() + text[1:] if text else ""



