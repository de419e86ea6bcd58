"""Matching what a file says to what the office knows: row or column labels to the form's
indicators, and the file (or a cluster-sheet row) to a unit.

Both fold case and diacritics, spell out the abbreviations grassroots unions use (ĐV,
CNVCLĐ, NLĐ, ATVSLĐ, SK, VH-TT, KT, GS...; CĐCS, TH, THCS, MN, Cty, UBND...) and compare with
rapidfuzz. Remembered choices (indicator aliases of the form, unit aliases) win outright.
Scores are 0–100; :data:`SURE` and above is taken without asking, :data:`MAYBE` and above is
taken but shown for confirmation, below that nothing is matched.
"""

from __future__ import annotations

import functools
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from rapidfuzz import fuzz, process

from unionplanner.core.text import fold
from unionplanner.domain.report_forms.kinds import IndicatorKind, unit_class

SURE = 75
MAYBE = 60

# abbreviations in indicator texts, folded → spelled out (folded)
_INDICATOR_ABBREVIATIONS = {
    "dv": "doan vien", "dvcd": "doan vien cong doan", "cnvcld": "cong nhan vien chuc lao dong",
    "cnvc": "cong nhan vien chuc", "cnld": "cong nhan lao dong", "nld": "nguoi lao dong",
    "ld": "lao dong", "atvsld": "an toan ve sinh lao dong", "atvs": "an toan ve sinh",
    "sk": "sang kien", "vhtt": "van hoa the thao", "vh": "van hoa", "kt": "kiem tra",
    "gs": "giam sat", "kh": "ke hoach", "tnld": "tai nan lao dong", "cd": "cong doan",
    "cdcs": "cong doan co so", "qldv": "quan ly doan vien", "ct": "chuong trinh",
    "tcn": "thang cong nhan", "bch": "ban chap hanh", "pm": "phan mem", "sl": "so luong",
    "ubkt": "uy ban kiem tra", "tv": "tuyen truyen", "mxh": "mang xa hoi",
    "ttcn": "thang cong nhan", "hd": "hoat dong", "cn": "cong nhan", "vc": "vien chuc",
    "tl": "ti le", "bhxh": "bao hiem xa hoi",
    "hdld": "hop dong lao dong", "tuld": "thoa uoc lao dong", "tuldtt": "thoa uoc lao dong tap the",
    "tultt": "thoa uoc lao dong tap the", "qc": "quy che", "qcdc": "quy che dan chu",
    # the statistics forms' words (Mẫu 1-HĐCĐ, QĐ 1454/QĐ-TLĐ)
    "bhyt": "bao hiem y te", "bhtn": "bao hiem that nghiep", "atvsv": "an toan ve sinh vien",
    "ldtt": "lao dong tap the", "cbcd": "can bo cong doan",
    "bchcd": "ban chap hanh cong doan", "tcld": "tranh chap lao dong",
}
# phrases with the same meaning, folded → the wording forms use
_INDICATOR_SYNONYMS = {
    "hien co": "tong so", "so luong": "so", "trang mang xa hoi": "trang fanpage zalo",
    "fanpage": "trang fanpage", "1 trieu": "01 trieu", "mot trieu": "01 trieu",
}
# abbreviations in unit names, folded → spelled out (folded)
_UNIT_ABBREVIATIONS = {
    "cty": "cong ty", "ct": "cong ty", "th": "tieu hoc", "thcs": "trung hoc co so",
    "thpt": "trung hoc pho thong", "mn": "mam non", "mg": "mau giao", "ubnd": "uy ban nhan dan",
    "hdnd": "hoi dong nhan dan", "cp": "co phan", "dntn": "doanh nghiep tu nhan",
    "tyt": "tram y te", "ttyt": "trung tam y te", "bv": "benh vien", "htx": "hop tac xa",
    "pgd": "phong giao duc", "gddt": "giao duc va dao tao", "nn": "nha nuoc",
    "ldtbxh": "lao dong thuong binh va xa hoi", "tnhh": "trach nhiem huu han",
    "mtv": "mot thanh vien", "vn": "viet nam", "ptnt": "phat trien nong thon",
}
_UNIT_SPELLED = {
    "trach nhiem huu han": "tnhh", "mot thanh vien": "mtv",
}
# words that only say "grassroots union" and carry no identity
_UNIT_NOISE = {"cong doan co so", "cdcs", "cong doan", "cd", "cđcs", "bch cong doan co so",
               "ban chap hanh cong doan co so", "ban chap hanh cong doan", "bch cdcs"}
# words in file names around the unit's name ("tháng", "năm", "lần" only before a number:
# alone they may be part of a name, "Phước Thắng")
_FILE_NOISE = ("bao cao", "bieu so lieu", "bieu mau", "bieu", "thang cong nhan", "tcn",
               "bo sung", "bosung", "dieu chinh", "sua doi", "ket qua", "bc", "ban",
               "final", "moi", "copy", "so lieu", "gui", "ldld", "huyen")
_DIGITS_GLUED = re.compile(r"(?<=[a-zđ])(?=\d)|(?<=\d)(?=[a-zđ])")  # "tcn2023" → "tcn 2023"
_FILE_DATES = re.compile(r"\b(?:\d+\s*)?thang\s+(?:dau|cuoi)\s+nam\b|\bsau thang\b|\bca nam\b"
                         r"|\b(?:thang|nam|lan|ky|dot|quy)\s*\d+\b|\b(?:19|20)\d\d\b|\b\d+\b")


# words that say what kind of body a unit is, not which one (folded, spelled out)
_TYPE_WORDS = frozenset(
    "truong mam non mau giao tieu hoc trung co so pho thong tram y te tam uy ban nhan dan xa "
    "phuong thi tran cong ty tnhh trach nhiem huu han phan mtv doanh nghiep tu "
    "hop tac chi nhanh benh vien huyen quan phong va cua".split())


_FILE_NOISE_LONGEST_FIRST = sorted(_FILE_NOISE, key=len, reverse=True)


def _spell_out(key: str, table: dict[str, str]) -> str:
    return " ".join(table.get(word, word) for word in key.split())


def _replace_phrases(key: str, table: dict[str, str]) -> str:
    padded = f" {key} "
    for phrase, replacement in table.items():
        padded = padded.replace(f" {phrase} ", f" {replacement} ")
    return padded.strip()


@functools.lru_cache(maxsize=1 << 14)
def indicator_key(text: str) -> str:
    """The comparison form of an indicator text: folded, abbreviations spelled out, the
    usual synonyms unified; a leading number ("1.", "a)") dropped."""
    key = fold(re.sub(r"^\s*([0-9]+|[a-zđ]|[ivx]+)\s*[.)/-]\s+", "", str(text), flags=re.I))
    key = key.replace("vh tt", "vhtt").replace("at vsld", "atvsld").replace("vs ld", "vsld")
    key = _spell_out(key, _INDICATOR_ABBREVIATIONS)
    return _replace_phrases(key, _INDICATOR_SYNONYMS)


@functools.lru_cache(maxsize=1 << 14)
def unit_key(text: str) -> str:
    """The comparison form of a unit name: folded, abbreviations spelled out, "Công đoàn cơ
    sở"/"CĐCS" and similar prefixes dropped."""
    key = _spell_out(fold(text), _UNIT_ABBREVIATIONS)
    key = _replace_phrases(key, _UNIT_SPELLED)
    for noise in sorted(_UNIT_NOISE, key=len, reverse=True):
        if key.startswith(noise + " "):
            key = key[len(noise) + 1:]
    return key.strip()


# --- indicators -------------------------------------------------------------------------------

@dataclass(frozen=True)
class Target:
    """What the matcher needs of an indicator: code, text, unit of measure, kind, position
    (1-based), the folded wordings remembered for it, and the code the form prints for its
    row ("Mã số" 22, "01"; empty when the form has none)."""

    code: str
    name: str
    unit_of_measure: str
    kind: str
    position: int
    aliases: tuple[str, ...] = ()
    form_code: str = ""


@dataclass(frozen=True)
class Label:
    """A row (or column) label found in a file: text, its unit of measure if the file gives
    one, its ordinal among the labels (1-based), and a hint from its value (e.g. "yesno"
    when the cell says "Có")."""

    text: str
    unit_of_measure: str = ""
    ordinal: int = 0
    value_hint: str = ""
    code: str = ""


@dataclass(frozen=True)
class Match:
    """Label number ``label`` (index into the labels given) matched to indicator ``code``
    with ``score``; ``sure`` False means the user should confirm it; ``remembered`` that an
    alias decided it."""

    label: int
    code: str
    score: float
    sure: bool
    remembered: bool = False


def _target_class(target: Target) -> str:
    if target.kind in (IndicatorKind.YESNO, IndicatorKind.MONEY, IndicatorKind.PERCENT):
        return target.kind
    return unit_class(target.unit_of_measure)


def _compatible(label_class: str, target_class: str) -> bool:
    if not label_class or not target_class:
        return True
    if label_class == target_class:
        return True
    # "người" and "lượt người", "cuộc" and "hoạt động" are all plain counts
    return {label_class, target_class} <= {"people", "thing"}


@functools.lru_cache(maxsize=1 << 16)
def _pair_score(label_key: str, target_key: str) -> float:
    if label_key == target_key:
        return 100.0
    sort = fuzz.token_sort_ratio(label_key, target_key)
    token_set = fuzz.token_set_ratio(label_key, target_key)
    partial = fuzz.partial_ratio(label_key, target_key) if len(label_key) >= 12 else 0
    return max(sort, 0.55 * token_set + 0.45 * sort, 0.5 * partial + 0.5 * sort)


def code_key(code: str) -> str:
    """A row code ("Mã số") as compared: "01", "1", " 1.0" are the same code."""
    key = fold(code).strip().removesuffix(".0")
    return key.lstrip("0") or key


def match_indicators(labels: Sequence[Label], targets: Sequence[Target]) -> list[Match]:
    """See :func:`_match_indicators` (results are cached: a batch repeats the same labels)."""
    return list(_match_indicators(tuple(labels), tuple(targets)))


@functools.lru_cache(maxsize=1024)
def _match_indicators(labels: tuple[Label, ...], targets: tuple[Target, ...]) -> tuple[Match, ...]:
    """Assign labels to indicators, each at most once, best pairs first.

    A remembered wording (alias) or an exact text wins (score 100). Otherwise the score is
    a rapidfuzz blend of token-sort and token-set ratios on :func:`indicator_key`;
    incompatible units of measure (a "Đồng" row against a "Người" indicator, a Có/Không row
    against a number) rule a pair out. When two pairs score alike the one whose position
    agrees (row 5 ↔ indicator 5) goes first. Pairs under :data:`MAYBE` are not matched.
    Where the form prints a code for each row ("Mã số", Mẫu B14-TLĐ) and the return keeps
    it, the same code wins over the words (a row reworded or moved is still its row) and
    another code counts against them (two "Tổng cộng" are told apart by theirs).
    """
    target_keys = [indicator_key(t.name) for t in targets]
    target_classes = [_target_class(t) for t in targets]
    label_keys = [indicator_key(label.text) for label in labels]
    pairs: list[tuple[float, float, int, int, bool]] = []
    for li, label in enumerate(labels):
        if not label_keys[li]:
            continue
        folded = fold(label.text)
        label_class = unit_class(label.unit_of_measure) or label.value_hint
        for ti, target in enumerate(targets):
            if folded in target.aliases or label_keys[li] in target.aliases:
                pairs.append((101.0, 0.0, li, ti, True))
                continue
            if not _compatible(label_class, target_classes[ti]):
                continue
            score = _pair_score(label_keys[li], target_keys[ti])
            if label.code and target.form_code:
                same = code_key(label.code) == code_key(target.form_code)
                score = 100.5 if same else score - 20
            if label.value_hint == IndicatorKind.YESNO and target.kind != IndicatorKind.YESNO \
                    and not label.unit_of_measure:
                score -= 25
            closeness = -abs(label.ordinal - target.position) if label.ordinal else 0
            if label.ordinal == target.position:
                score += 2
            pairs.append((score, closeness, li, ti, False))
    pairs.sort(key=lambda p: (p[0], p[1]), reverse=True)
    used_labels: set[int] = set()
    used_targets: set[int] = set()
    matches: list[Match] = []
    for score, _closeness, li, ti, remembered in pairs:
        if li in used_labels or ti in used_targets or score < MAYBE:
            continue
        used_labels.add(li)
        used_targets.add(ti)
        matches.append(Match(li, targets[ti].code, min(score, 100.0), score >= SURE, remembered))
    matches.sort(key=lambda m: m.label)
    return tuple(matches)


# --- units ------------------------------------------------------------------------------------

@dataclass(frozen=True)
class UnitCandidate:
    """A unit as matching sees it: id, code, name and folded aliases."""

    id: int
    code: str
    name: str
    aliases: tuple[str, ...] = ()


@dataclass(frozen=True)
class UnitMatch:
    """The unit a text names: ``unit`` (None if none fits), ``score``, ``sure``, the text
    it came from and where ("header", "sheet", "file", "row", "marker", "alias"), and the
    runner-up (to show when asking)."""

    unit: UnitCandidate | None
    score: float
    sure: bool
    text: str = ""
    source: str = ""
    runner_up: UnitCandidate | None = None


class UnitIndex:
    """Unit names prepared once for many look-ups (a batch of 200 files)."""

    def __init__(self, units: Iterable[UnitCandidate]):
        self.units = list(units)
        self.keys = [unit_key(u.name) for u in self.units]
        self.compact = [k.replace(" ", "") for k in self.keys]
        self.by_alias: dict[str, UnitCandidate] = {}
        for unit in self.units:
            for alias in unit.aliases:
                self.by_alias[alias] = unit
            self.by_alias.setdefault(fold(unit.name), unit)
            self.by_alias.setdefault(fold(unit.code), unit)
        for unit, key in zip(self.units, self.keys):
            if key:
                self.by_alias.setdefault(key, unit)
        # words most names share ("trường", the district's common "Phước"): what is left
        # of a name is what tells one school or commune from the next
        counts = Counter(word for key in self.keys for word in set(key.split()))
        common = max(4, len(self.keys) // 10)
        self.generic = _TYPE_WORDS | {w for w, n in counts.items() if n > common}
        self.distinct = [self._distinct(key) for key in self.keys]
        self.generic_by_length = sorted(self.generic, key=len,
                                        reverse=True)

    def _distinct(self, key: str) -> str:
        return " ".join(w for w in key.split() if w not in self.generic)

    def _identity_score(self, key: str, index: int) -> float:
        """How well the telling words of ``key`` fit unit ``index``'s (100 when the unit's
        name has none): "Trường Mầm non Hoa Sen" is not "Trường Mầm non Phước An" nor
        "Trường Mầm non Phước Hòa". Years, numbers and report words are left out first;
        run-together names ("mamnonphuochoa") are compared with the common words cut out."""
        theirs = self.distinct[index]
        if not theirs:
            return 100.0
        their_words = set(theirs.split())
        cleaned = f" {_FILE_DATES.sub(' ', _DIGITS_GLUED.sub(' ', key))} "
        for noise in _FILE_NOISE_LONGEST_FIRST:
            if not their_words.issuperset(noise.split()):
                cleaned = cleaned.replace(f" {noise} ", " ")
        cleaned = " ".join(cleaned.split())
        score = fuzz.token_sort_ratio(self._distinct(cleaned), theirs)
        # run-together: cut common words off the front one by one ("truongmamnonphuocson"
        # → "mamnonphuocson" → … → "son") and keep the best stage
        compact, target = cleaned.replace(" ", ""), theirs.replace(" ", "")
        while compact:
            score = max(score, fuzz.ratio(compact, target))
            cut = next((w for w in self.generic_by_length if compact.startswith(w)), None)
            if cut is None:
                break
            compact = compact[len(cut):]
        return score

    def match_name(self, text: str, source: str = "header") -> UnitMatch:
        """The unit a name written in a file denotes ("CĐCS TRƯỜNG MN PHƯỚC THẮNG")."""
        if not self.units or not text:
            return UnitMatch(None, 0, False, text, source)
        folded = fold(text)
        if folded in self.by_alias:
            return UnitMatch(self.by_alias[folded], 100, True, text, "alias")
        key = unit_key(text)
        return self._match_key(key, text, source, key)

    def _match_key(self, key: str, text: str, source: str, identity_key: str) -> UnitMatch:
        if not key:
            return UnitMatch(None, 0, False, text, source)
        if key in self.by_alias:
            return UnitMatch(self.by_alias[key], 100, True, text, "alias")
        results = process.extract(key, self.keys, scorer=fuzz.token_sort_ratio, limit=3)
        compact = key.replace(" ", "")
        rescored = []
        for _choice, score, index in results:
            exact = fuzz.ratio(compact, self.compact[index])
            rescored.append((max(score, exact), index))
        # a second pass on the compact text catches "PhuocHoa" / missing spaces
        for _choice, score, index in process.extract(compact, self.compact, scorer=fuzz.ratio,
                                                     limit=3):
            rescored.append((score, index))
        return self._decide(rescored, text, source, identity_key)

    def match_file_name(self, stem: str) -> UnitMatch:
        """The unit a file name denotes ("Bao cao thang cong nhan_Truong_Mam_non_Phuoc_Quang",
        "TCN2023_TruongMamnonPhuocHoa"): words that only say "report" are dropped and the
        rest is compared without spaces, so run-together names match too."""
        text = re.sub(r"([a-zđ])([A-ZĐ])", r"\1 \2", stem)
        key = fold(text.replace("_", " "))
        key = " ".join(_FILE_DATES.sub(" ", _DIGITS_GLUED.sub(" ", key)).split())
        identity_key = unit_key(key)
        for noise in _FILE_NOISE_LONGEST_FIRST:
            key = re.sub(rf"\b{noise}\b", " ", key)
        key = " ".join(key.split())
        if len(key) < 4:
            return UnitMatch(None, 0, False, stem, "file")
        name_match = self._match_key(unit_key(key), key, "file", identity_key)
        spelled = unit_key(key).replace(" ", "")
        rescored = []
        for _choice, score, index in process.extract(spelled, self.compact,
                                                     scorer=fuzz.ratio, limit=3):
            rescored.append((score, index))
        compact_match = self._decide(rescored, stem, "file", identity_key)
        best = max((name_match, compact_match), key=lambda m: m.score)
        return UnitMatch(best.unit, best.score, best.sure, stem, "file", best.runner_up)

    def _decide(self, scored: list[tuple[float, int]], text: str, source: str,
                key: str) -> UnitMatch:
        best: dict[int, float] = {}
        for score, index in scored:
            best[index] = max(best.get(index, 0), score)
        for index, score in best.items():
            best[index] = min(score, self._identity_score(key, index))
        ranked = sorted(best.items(), key=lambda kv: kv[1], reverse=True)
        if not ranked:
            return UnitMatch(None, 0, False, text, source)
        index, score = ranked[0]
        runner = ranked[1] if len(ranked) > 1 else None
        margin = score - runner[1] if runner else 100
        unit = self.units[index]
        runner_unit = self.units[runner[0]] if runner else None
        if score < 70:
            return UnitMatch(None, score, False, text, source, unit)
        sure = score >= 97 or (score >= 90 and margin >= 4)
        return UnitMatch(unit, score, sure, text, source, runner_unit)
