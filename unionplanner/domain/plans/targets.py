"""Targets (chỉ tiêu) read from the wording of a plan, in the five shapes union plans
use (see :mod:`unionplanner.domain.plans.document`).

A target sentence names a number or a share and what it counts:
- "Phát triển tăng thêm 6.071 đoàn viên", "có từ 1.200 sáng kiến" → total count (value);
- "100% CĐCS khối HCSN, DNNN và 75% trở lên CĐCS doanh nghiệp ngoài khu vực nhà nước phối hợp
  tổ chức …" → two shares of units, each with its scope (sectors);
- "85% trở lên nữ CNVCLĐ đạt danh hiệu …", "trên 80% đoàn viên …" → shares of people;
- "Mỗi CĐCS … ít nhất 01 việc làm …" → every unit at least (value);
- in a part headed "CHỈ TIÊU", a clause with no number ("Hoàn thành Đại hội Công đoàn các
  cấp …") → qualitative.

A paragraph is cut into clauses at ";" and at sentence ends, and a clause into its
objectives where a second one begins ("… có 12 triệu đoàn viên và phấn đấu 100% số doanh
nghiệp … có tổ chức công đoàn" is a count and a share); a target's text starts at its
objective, without the list number ("(2)", "a)") or the lead-in before a colon ("Về phát
triển đoàn viên:"). The share or number an objective starts from is its target, later
numbers in it are conditions ("18 CĐCS tại doanh nghiệp có từ 25 CNLĐ trở lên" is 18).
Whether a share counts units or people follows its noun: "các Sở, ngành", "xã, phường",
"trường" are units, "trẻ em", "học sinh", "đoàn viên" people. Outside a "CHỈ TIÊU" part a
plain count is a target when the sentence sets it ("tối thiểu 2 dự án", "phấn đấu có 120
đoàn viên mới"). Dates, document numbers ("Kết luận số 03"), anniversaries ("137 năm") and
the conditions of an award ("xem xét tặng Bằng khen cho … đạt …") are never targets.
"""

from __future__ import annotations

import re

from unionplanner.domain.plans.document import Scope, ScopeKind, Target, TargetShape
from unionplanner.domain.plans.when import flat
from unionplanner.domain.units.sectors import COOP, DNNN, FDI, HCSN, PRIVATE

_NUMBER_WORDS = {"mot": 1, "hai": 2, "ba": 3, "bon": 4, "nam": 5, "sau": 6, "bay": 7,
                 "tam": 8, "chin": 9, "muoi": 10}
# nouns after a share: units (the share is of units) or people
_UNIT_NOUNS = ("cdcs", "cong doan co so", "cong doan cap tren", "cong doan", "don vi",
               "doanh nghiep", "tap the", "co quan", "cum", "so cong doan", "so cdcs",
               "so don vi", "to chuc", "truong", "htx", "hop tac xa", "ldld", "cd nganh",
               "nganh", "dia phuong", "thi tran", "huyen", "thon", "khu pho", "cong ty",
               "benh vien", "tram y te", "lop", "co so", "du an", "mo hinh")
# nouns folding would mix up ("số"/"Sở", "xa"/"xã"): matched with their diacritics
_UNIT_WORDS = ("sở", "xã", "phường", "quận", "tỉnh", "ấp")
_PEOPLE_NOUNS = ("doan vien", "can bo", "cnvcld", "cnvc", "cnld", "nguoi lao dong", "nld",
                 "ca nhan", "nu", "cong nhan", "lao dong", "hoi vien", "tac gia", "dvnld",
                 "vien chuc", "cong chuc", "nguoi", "tre em", "hoc sinh", "sinh vien",
                 "phu nu", "giao vien", "nha giao", "thanh nien", "dang vien", "benh nhan",
                 "cong dan", "ho gia dinh", "dan so", "nguoi dan", "dan cu", "thac si",
                 "tien si", "hoc vien", "ho ngheo", "ho")
# words after which a number is not a target
_NOT_COUNTED_AFTER = re.compile(r"(so|lan thu|khoa|nhiem ky|nam|ngay|thang|quy|dot|muc|"
                                r"dieu|khoan|chuong trinh|phien|ky)\s*$")
_NOT_COUNTED_NOUN = re.compile(r"^\s*(nam|thang|ngay|gio|tuoi|%|lan thu|trieu sang kien)\b")
# share: "100%", "75% trở lên", "trên 80%", "ít nhất 70%"
_SHARE = re.compile(r"(\d{1,3}(?:[.,]\d+)?)\s*%")
# count: "6.071", "1.200", "18", "01"
_COUNT = re.compile(r"(?<![\d.,/%])(\d{1,3}(?:\.\d{3})+|\d+)(?![\d/%]|[.,]\d)")
_EVERY = re.compile(r"\bmoi\s+(cdcs|cong doan co so|don vi|cong doan|co so|to chuc|"
                    r"doanh nghiep|truong|co quan)\b")
_WORD_NUMBER = "|".join(_NUMBER_WORDS)  # "mot|hai|…|muoi"
_AT_LEAST = re.compile(rf"\b(?:it nhat|toi thieu|tu)\s+(\d+|{_WORD_NUMBER})\b")
_VERB_STOP = re.compile(r"\b(to chuc|phoi hop|duoc|dat|thuc hien|xay dung|co |kiem tra|tham gia|"
                        r"trien khai|ky |lua chon|huong ung|thanh lap|tro len|hoan thanh|"
                        r"tap huan|boi duong)")


def clauses(text: str) -> list[str]:
    """``text`` cut at ";" and at sentence ends (not inside a number like "6.071")."""
    # not at a ";" that only separates quoted names ("“Tết sum vầy”; “Tháng Công nhân…”")
    parts = re.split(r";(?!\s*[\"“])\s*|\.\s+(?=[A-ZĐÀ-Ỹ\"“])|\.\s*$", text)
    return [p.strip(" .,") for p in parts if p and p.strip(" .,")]


# a second objective in one sentence: "… và phấn đấu 100% …", "; phấn đấu …"
_NEXT_OBJECTIVE = re.compile(r"(?:,|\s)\s*(?:va|dong thoi)\s+(?=phan dau\b|dat\s+\d|co\s+\d)")
_LIST_NUMBER = re.compile(r"^\s*(\(\d{1,2}\)|\d{1,2}\)|[a-zđ]\)|[-–+•])\s*")
_AWARD = re.compile(r"\b(tang|xet tang|de nghi tang|khen thuong|trao)\s+(bang khen|giay khen|"
                    r"co thi dua|danh hieu|ky niem chuong)|\bxem xet\s+(tang|khen)")
# outside a targets part, a count is a target when the sentence sets it
_SETS_COUNT = re.compile(r"\b(toi thieu|it nhat|phan dau(?: co| dat)?|dat|co tu|tang them|"
                         r"phat trien moi|ket nap moi|thanh lap moi)\s+$")


#: a list label before a target: "Chỉ tiêu 1", "Mục tiêu cụ thể", "Chỉ tiêu thứ hai"
_LABEL = re.compile(r"^\s*(chi tieu|muc tieu)(\s+cu the)?(\s+(so\s*)?\d{1,2}|\s+thu\s+\w+)?"
                    r"\s*$")
#: "từ 23 hộ xuống còn 18", "từ 12% xuống 8%", "từ 60% lên 75%": the first figure is where
#: things stand, the target is the second ("có từ 30 mô hình trở lên" is a least of 30)
_FROM_TO = re.compile(r"\btu\s+(?:muc\s+)?(\d[\d.,]*\s*%?)"
                      r"(?=[^;]{0,60}?\b(?:xuong|(?<!tro )len)\s+(?:con\s+|muc\s+)?\d)")
#: words that make a figure a ceiling: "không quá 5 vụ", "dưới 1%", "giảm … xuống (còn) 8%"
_CEILING_BEFORE = re.compile(r"\b(khong qua|khong vuot qua|toi da|duoi|xuong duoi|"
                             r"xuong con|xuong muc|xuong|con duoi)\s*$")
_LOWERS = re.compile(r"\b(giam|kiem che|han che|khong de)\b")
#: a figure describing how things stand, not an objective: "chiếm 32,2%", "hiện có 23 hộ"
_PRESENT = re.compile(r"\b(chiem|hien co|hien nay co|hien nay chiem|nam \d{4} (?:la|co))\s*$")
_OBJECTIVE_VERBS = re.compile(r"\b(phan dau|dat|tang|giam|nang|tro len|it nhat|toi thieu)\b")
_COUNT_WORDS = re.compile(rf"\b(?:it nhat|toi thieu|khong qua|toi da)\s+({_WORD_NUMBER})"
                          r"\s+(?=[a-z])")


def objectives(clause: str) -> list[str]:
    """``clause`` cut where a second objective begins, each part without its list number
    or its lead-in ("Về phát triển đoàn viên:")."""
    low = flat(clause)
    cuts = [0] + [m.end() for m in _NEXT_OBJECTIVE.finditer(low)] + [len(clause)]
    parts = [clause[a:b] for a, b in zip(cuts, cuts[1:], strict=False)]
    found = []
    for part in parts:
        part = re.sub(r"(?:,|\s)\s*(và|đồng thời)\s*$", "", part.strip(), flags=re.I)
        part = _LIST_NUMBER.sub("", part, count=1)
        head, colon, rest = part.partition(":")
        if colon and rest.strip() and len(head) <= 80 and (
                not re.search(r"\d", head) or _LABEL.match(flat(head))):
            part = rest.strip()  # a lead-in or a list label ("Chỉ tiêu 1:"), not the target
        if part:
            found.append(part[:1].upper() + part[1:])
    return found


def read_targets(text: str, *, in_targets_part: bool = False) -> list[Target]:
    """The targets a paragraph states (see the module text). ``in_targets_part``: the
    paragraph stands under a "CHỈ TIÊU" heading, where a clause with no number is a
    qualitative target and any counted noun is a target."""
    found: list[Target] = []
    for clause in clauses(text):
        if _AWARD.search(flat(clause)):
            continue  # the conditions of an award, not a target
        if re.fullmatch(r"\(.*\)", clause.strip()):
            continue  # an aside: "(Chi tiết tại bảng dưới đây)", "(có phụ lục kèm theo)"
        for objective in objectives(clause):
            found.extend(_clause_targets(objective, in_targets_part))
    return found


def _clause_targets(clause: str, strict: bool) -> list[Target]:
    low = flat(clause)
    baselines = {m.start(1) for m in _FROM_TO.finditer(low)}
    shares = [m for m in _SHARE.finditer(low) if m.start() not in baselines
              and not _is_present(low, m.start())]
    if shares:
        targets = []
        for number, match in enumerate(shares):
            end = shares[number + 1].start() if number + 1 < len(shares) else len(low)
            phrase = _noun_phrase(low[match.end():end])
            rate = re.search(r"\bty le\s+(.+?)(?=\s+(?:tu|xuong|len|dat|con|duoi|o muc)\b|$)",
                             low[:match.start()])
            if rate and (not phrase or _is_people(flat(rate.group(1)))):
                phrase = rate.group(1)  # "tỷ lệ trẻ em … từ 12% xuống 8%": of the noun before
            percent = float(match.group(1).replace(",", "."))
            words = clause[match.end():match.end() + len(phrase) + 2]
            if _is_ceiling(low, match.start()):
                shape = TargetShape.CEILING_SHARE
            elif _is_people(phrase, words):
                shape = TargetShape.SHARE_OF_PEOPLE
            else:
                shape = TargetShape.SHARE_OF_UNITS
            targets.append(Target(text=clause, shape=shape, percent=percent,
                                  scope=_scope(phrase, clause)))
        return targets
    every = _EVERY.search(low)
    if every:
        least = _AT_LEAST.search(low, every.end())
        if least:
            value = _NUMBER_WORDS.get(least.group(1)) or int(least.group(1))
            return [Target(text=clause, shape=TargetShape.EVERY_UNIT_AT_LEAST, value=float(value),
                           scope=_scope(low[every.start():least.start()], clause))]
    for match in _COUNT.finditer(low):
        before, after = low[:match.start()], low[match.end():]
        if _NOT_COUNTED_AFTER.search(before) or _NOT_COUNTED_NOUN.match(after):
            continue
        if match.start() in baselines or _is_present(low, match.start()):
            continue  # where things stand now, not the objective
        if not strict and not _SETS_COUNT.search(before) and not re.match(
                r"\s*(phan dau|muc tieu|chi tieu)\b", low):
            continue
        if not re.match(r"\s+[a-z]", after):  # a number must count something
            continue
        value = int(match.group(1).replace(".", ""))
        if 1900 <= value <= 2100 and "." not in match.group(1):
            continue  # a year
        scale = re.match(r"\s+(trieu|nghin|ngan)\s+(?=[a-z])", after)
        if scale:  # "12 triệu đoàn viên"
            value *= 1_000_000 if scale.group(1) == "trieu" else 1_000
            after = after[scale.end() - 1:]
        shape = (TargetShape.CEILING_COUNT if _is_ceiling(low, match.start())
                 else TargetShape.TOTAL_COUNT)
        return [Target(text=clause, shape=shape, value=float(value),
                       scope=_scope(_noun_phrase(after), clause))]
    worded = _COUNT_WORDS.search(low)  # "ít nhất một cơ sở y tế", "không quá hai vụ"
    if worded:
        shape = (TargetShape.CEILING_COUNT if _is_ceiling(low, worded.start(1))
                 else TargetShape.TOTAL_COUNT)
        return [Target(text=clause, shape=shape, value=float(_NUMBER_WORDS[worded.group(1)]),
                       scope=_scope(_noun_phrase(low[worded.end():]), clause))]
    if not strict:
        return []
    if any(_is_present(low, m.start()) for m in (*_SHARE.finditer(low), *_COUNT.finditer(low))):
        return []  # a sentence of how things stand ("… chiếm 32,2%"), not an objective
    if len(low.split()) >= 3:
        return [Target(text=clause, shape=TargetShape.QUALITATIVE)]
    return []


def _is_present(low: str, start: int) -> bool:
    """Whether the figure at ``start`` states how things stand ("chiếm 32,2%") rather than
    an objective: so worded, and no objective verb before it in the clause."""
    before = low[:start]
    present = _PRESENT.search(before)
    return present is not None and not _OBJECTIVE_VERBS.search(before[:present.start()])


def _is_ceiling(low: str, start: int) -> bool:
    """Whether the figure at ``start`` is a most, not a least: "không quá", "dưới", "tối
    đa" just before it, or "giảm … xuống" in the clause."""
    before = low[:start].rstrip()  # a bare "xuống" lowers only after "giảm", "kiềm chế"…
    return bool(_CEILING_BEFORE.search(before)) and (
        not before.endswith("xuong") or bool(_LOWERS.search(before)))


def _noun_phrase(text: str) -> str:
    """What a share or number is of: the words after it up to the verb."""
    text = re.sub(r"^\s*(tro len|tro len,)\s*", " ", text)
    stop = _VERB_STOP.search(text, 1)
    phrase = text[:stop.start()] if stop else text
    return re.sub(r"\s+(va|,)\s*$", "", phrase).strip(" ,")


def _is_people(phrase: str, words: str = "") -> bool:
    """Whether the share's noun (``phrase`` folded, ``words`` as written) counts people."""
    key = " " + re.sub(r"[^a-z0-9]+", " ", phrase).strip() + " "
    written = set(re.findall(r"\w+", words.lower()))
    units = [key.find(f" {n} ") for n in _UNIT_NOUNS if f" {n} " in key]
    units += [key.find(f" {flat(w)} ") for w in _UNIT_WORDS
              if w in written and f" {flat(w)} " in key]
    first_unit = min(units, default=-1)
    first_person = min((key.find(f" {n} ") for n in _PEOPLE_NOUNS if f" {n} " in key),
                       default=-1)
    if first_person < 0:
        return False
    return first_unit < 0 or first_person < first_unit


def _scope(phrase: str, clause: str) -> Scope:
    """The units a target is about, from the words naming them."""
    key = f" {flat(phrase)} "
    key = re.sub(r"[^\w]+", " ", key)
    sectors: list[str] = []

    def has(*words: str) -> bool:
        return any(f" {w} " in key for w in words)

    if has("cong doan cap tren", "cap tren truc tiep co so", "cong doan cap duoi"):
        return Scope(ScopeKind.UPPER_LEVEL, text=phrase.strip())
    if has("ngoai nha nuoc", "ngoai khu vuc nha nuoc", "ngoai quoc doanh", "tu nhan"):
        sectors.append(PRIVATE)
    elif has("dnnn", "doanh nghiep nha nuoc"):
        sectors.append(DNNN)
    if has("fdi", "von dau tu nuoc ngoai", "co von nuoc ngoai"):
        sectors.append(FDI)
    if has("hcsn", "hanh chinh su nghiep", "hanh chinh"):
        sectors.append(HCSN)
    if has("dnnn") and DNNN not in sectors:
        sectors.append(DNNN)
    if has("htx", "hop tac xa"):
        sectors.append(COOP)
    if not sectors and has("doanh nghiep"):
        sectors = [DNNN, PRIVATE, FDI]
    if sectors:
        return Scope(ScopeKind.SECTORS, sectors=sectors, text=_original_words(phrase, clause))
    return Scope(ScopeKind.ALL_UNITS)


def _original_words(phrase: str, clause: str) -> str:
    """The words of the clause the folded ``phrase`` stands for (for display)."""
    low = flat(clause)
    start = low.find(phrase.strip())
    if start < 0:
        return phrase.strip()
    return clause[start:start + len(phrase.strip())]
