"""Reading a plan document (the parent body's, or any office's) into a draft
:class:`~unionplanner.domain.plans.document.PlanDocument`.

The rules follow how such documents are written (Nghị định 30/2020/NĐ-CP and the union's
habits of union and People's Committee plans), not any one file:

- header: everything before the document type ("KẾ HOẠCH"); upper-case lines are the parent
  body and the issuing body (in that order), "Số: 39/KH-LĐLĐ" (also "Số: /KH-LĐLĐ" with no
  number yet, or "Số: *11* /KH-LĐLĐ"), "Lai Châu, ngày 23 tháng 02 năm 2024"; the national
  title is skipped;
- title: the paragraph(s) after the document type (bold and centred where the file says so);
- basis: the paragraphs before part "I." that start "Căn cứ", "Thực hiện", "Triển khai";
  other paragraphs there are the introduction;
- body: from part "I." on, each paragraph a block with the level its number gives;
- closing: "Nơi nhận:" and its "- …" lines; the signature: the authority ("TM.", "KT.",
  "TL.", "TUQ.", "Q."), the title(s) in capitals, the name.

Activities, targets and deadlines are then drawn from the body
(:mod:`unionplanner.domain.plans.items`). Every item keeps the paragraph it came from
(:attr:`Extraction.sources`), for the review screen to show.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from unionplanner.core.errors import UserError
from unionplanner.core.progress import CancelToken, ProgressFn, no_progress
from unionplanner.core.text import clean, fold
from unionplanner.domain.plans import items
from unionplanner.domain.plans.document import (
    CLAUSE,
    DOC_TYPES,
    PART,
    SUB,
    TEXT,
    Basis,
    Block,
    PlanDocument,
    Signer,
)
from unionplanner.domain.plans.header import HeaderLine, read_header, without_page_table
from unionplanner.domain.plans.outline import labels, split_number
from unionplanner.domain.plans.reading import Paragraph, read_document
from unionplanner.domain.plans.tables import table_rows
from unionplanner.domain.plans.when import parse_date


@dataclass
class Extraction:
    """A draft read from a document: the plan, the paragraphs as read, and for each block
    or item id the index of the paragraph it came from."""

    document: PlanDocument
    paragraphs: list[Paragraph]
    sources: dict[str, int] = field(default_factory=dict)
    #: a scanned document's pages as PNG pictures (read with OCR), for the review screen
    page_images: list[bytes] = field(default_factory=list)
    #: whether a line named the document's type ("KẾ HOẠCH")
    typed: bool = False

    def to_json(self) -> dict[str, Any]:
        """The draft as the command line prints it (``plans import-doc --json``)."""
        return draft_json(self.document)


def read_plan(path: str | Path, progress: ProgressFn = no_progress,
              cancel: CancelToken | None = None) -> Extraction:
    """Read a plan document into a draft (nothing is stored). Raises UserError for a file
    that cannot be read (see :func:`unionplanner.domain.plans.reading.read_document`: a
    scanned PDF is read with OCR, with ``progress`` and ``cancel``)."""
    paragraphs, images = read_document(path, progress, cancel)
    name = Path(path).name
    if not is_vietnamese(" ".join(p.text for p in paragraphs)):
        raise UserError(f"Tệp \"{name}\" không phải văn bản tiếng Việt nên không đọc làm kế "
                        "hoạch. Hãy chọn văn bản kế hoạch của cơ quan cấp trên.")
    result = extract(paragraphs)
    doc = result.document
    if not (result.typed or doc.number or doc.symbol or doc.date or doc.activities):
        raise UserError(f"Tệp \"{name}\" không giống một kế hoạch: không có dòng tên loại "
                        "văn bản (\"KẾ HOẠCH\"), số hiệu, ngày tháng hay hoạt động nào. Hãy "
                        "chọn đúng văn bản kế hoạch.")
    result.page_images = images
    return result


#: letters only Vietnamese writes (with tone marks or its own vowels); in a Vietnamese text
#: most words have one, in English, French or German almost none
VIETNAMESE_LETTERS = re.compile(r"[ăâđêôơưàảãáạằẳẵắặầẩẫấậèẻẽéẹềểễếệìỉĩíịòỏõóọồổỗốộờởỡớợùủũúụ"
                                r"ừửữứựỳỷỹýỵ]", re.IGNORECASE)


def is_vietnamese(text: str) -> bool:
    """Whether ``text`` is Vietnamese: at least a fifth of its words of letters carry a
    letter only Vietnamese writes (a plan has well over half; an English, French or German
    text a few at most — "é", "à" — and none of "ơ ư đ ạ ế…")."""
    words = re.findall(r"[^\W\d_]{2,}", text)
    if len(words) < 20:
        return True  # too little to judge: the other checks decide
    marked = sum(1 for word in words if VIETNAMESE_LETTERS.search(word))
    return marked >= len(words) / 5


def extract(paragraphs: list[Paragraph]) -> Extraction:
    """The draft a list of paragraphs makes (see the module text)."""
    doc = PlanDocument(doc_type="")
    for paragraph in paragraphs:  # "T/M BAN CHẤP HÀNH", "TM BCH" as "TM. BAN CHẤP HÀNH"
        paragraph.text = _SLIPPED_AUTHORITY.sub(
            lambda m: re.sub(r"[^A-Z]", "", m.group(1)) + ". ", paragraph.text)
    result = Extraction(doc, paragraphs)
    type_at = _doc_type_index(paragraphs)
    _header(result, paragraphs[:type_at] if type_at is not None else [])
    start = 0
    issued_by_decision = False
    if type_at is not None:
        result.typed = True
        plan_at = _attached_plan(paragraphs, type_at)
        if plan_at is not None:  # the decision's basis and signature; the plan it issues
            _decision(result, paragraphs[type_at + 1:plan_at])
            type_at, issued_by_decision = plan_at, True
        joined = None if fold_type(paragraphs[type_at].text) else type_and_title(
            paragraphs[type_at].text)
        if joined:  # the type and the title on one line
            doc.doc_type = joined[0]
            start = _title(doc, paragraphs, type_at, first=joined[1])
            result.sources["header:title"] = paragraphs[type_at].index
        else:
            doc.doc_type = fold_type(paragraphs[type_at].text)
            start = _title(doc, paragraphs, type_at + 1)
            if start > type_at + 1:
                result.sources["header:title"] = paragraphs[type_at + 1].index
        while start < len(paragraphs) and _ATTACHED.match(paragraphs[start].text):
            start += 1  # "(Kèm theo Quyết định số … ngày … của …)"
    closing_at = _closing_index(paragraphs, start)
    body = table_rows(paragraphs[start:closing_at])
    _intro_and_body(result, body)
    # an appendix ("Phụ lục", its tables) follows the signature: not part of the closing
    end = next((p.index for p in paragraphs[closing_at:]
                if fold(p.text.strip()).startswith("phu luc") and len(p.text) < 120),
               len(paragraphs))
    if not issued_by_decision or not doc.signer.name:
        _closing(doc, paragraphs[closing_at:end])
    for paragraph in paragraphs[closing_at:end]:  # where the signature and recipients were read
        if re.match(r"^[-–•+]", paragraph.text):
            result.sources.setdefault("closing:recipients", paragraph.index)
        elif doc.signer.authority and paragraph.text.upper().startswith(
                doc.signer.authority[:6]):
            result.sources.setdefault("closing:signer", paragraph.index)
    if not doc.doc_type:
        doc.doc_type = "KẾ HOẠCH"
    items.draw_items(doc, result.sources)
    return result


# --- header ---------------------------------------------------------------------------------

def fold_type(text: str) -> str:
    """The document type a line names ("KẾ HOẠCH"), or ""."""
    key = clean(text).upper().strip(" .:")
    return key if key in DOC_TYPES and key != "CÔNG VĂN" else ""


def _doc_type_index(paragraphs: list[Paragraph]) -> int | None:
    """The line naming the document's type: one of its own, or else a line in capitals
    that starts with it and goes on with the title ("KẾ HOẠCH HOẠT ĐỘNG CÔNG ĐOÀN THÁNG 5
    NĂM 2020", as grassroots unions write it)."""
    for paragraph in paragraphs[:40]:  # in capitals, as the type is written (Nghị định
        if fold_type(paragraph.text) and paragraph.text.isupper():  # 30/2020, Phụ lục I)
            return paragraph.index
    for paragraph in paragraphs[:40]:  # a web page's "Loại văn bản | Kế hoạch" comes after
        if fold_type(paragraph.text):
            return paragraph.index
    for paragraph in paragraphs[:40]:
        if type_and_title(paragraph.text):
            return paragraph.index
    return None


def type_and_title(text: str) -> tuple[str, str] | None:
    """(type, title) of a line in capitals that names both ("KẾ HOẠCH HOẠT ĐỘNG CÔNG ĐOÀN
    THÁNG 5 NĂM 2020" → "KẾ HOẠCH", "HOẠT ĐỘNG …"), or None."""
    line = clean(text)
    if line.upper() != line or not re.search(r"[A-ZĐ]", line):
        return None
    for kind in sorted(DOC_TYPES, key=len, reverse=True):
        if kind != "CÔNG VĂN" and line.startswith(kind + " "):
            rest = line[len(kind):].strip(" .:-–")
            if len(rest.split()) >= 2 and not re.match(r"SỐ\b", rest):
                return kind, rest
    return None


#: the line a closing starts with: "Nơi nhận:" or the signer's authority ("TM.", "KT.")
_CLOSING_START = re.compile(r"^(Nơi nhận|TM\.|KT\.|TL\.|TUQ\.|Q\.\s)")
#: the line under an attached plan's title: "(Kèm theo Quyết định số 812/QĐ-UBND ngày …)",
#: "(Ban hành kèm theo …)"
_ATTACHED = re.compile(r"^\(?\s*(ban hành\s+)?kèm\s+theo\b", re.I)


def _attached_plan(paragraphs: list[Paragraph], type_at: int) -> int | None:
    """Where the plan a decision issues begins ("QUYẾT ĐỊNH Ban hành Kế hoạch …", its
    articles and signature, then "KẾ HOẠCH … (Kèm theo Quyết định số …)", as People's
    Committees issue plans): the index of that "KẾ HOẠCH" line, or None for any other
    document. Nghị định 30/2020/NĐ-CP, Phụ lục I: a text issued with a decision carries
    "(Kèm theo …)" under its title."""
    if fold_type(paragraphs[type_at].text) != "QUYẾT ĐỊNH":
        return None
    for paragraph in paragraphs[type_at + 1:]:
        kind = fold_type(paragraph.text) or (type_and_title(paragraph.text) or ("",))[0]
        if kind != "KẾ HOẠCH":
            continue
        following = paragraphs[paragraph.index + 1:paragraph.index + 7]
        if any(_ATTACHED.match(p.text) for p in following):
            return paragraph.index
    return None


def _decision(result: Extraction, decision: list[Paragraph]) -> None:
    """The basis ("Căn cứ …") and the signature of a decision that issues the plan; its
    articles ("Điều 1. Ban hành kèm theo …") are not the plan's content."""
    doc = result.document
    doc.basis += [_basis(p.text, doc.year) for p in decision if _is_basis(p.text)]
    closing_at = next((n for n, p in enumerate(decision)
                       if _CLOSING_START.match(p.text)), None)
    if closing_at is not None:  # to the signer's name: the plan may repeat a header after it
        end = next((n + 1 for n, p in enumerate(decision) if n > closing_at
                    and _NAME.fullmatch(p.text.strip()) and not p.text.isupper()),
                   len(decision))
        _closing(doc, decision[closing_at:end])
        for paragraph in decision[closing_at:end]:
            if doc.signer.authority and paragraph.text.upper().startswith(
                    doc.signer.authority[:6]):
                result.sources.setdefault("closing:signer", paragraph.index)


def _header(result: Extraction, header: list[Paragraph]) -> None:
    """The header's fields (:mod:`unionplanner.domain.plans.header`), each with the
    paragraph it came from ("header:issuer" → index) for the review screen."""
    found = read_header(result.document, without_page_table([
        HeaderLine(p.text, p.bold if p.bold or p.bold_known else None, p.index)
        for p in header]))
    result.sources.update({f"header:{field}": index for field, index in found.items()})


def _title(doc: PlanDocument, paragraphs: list[Paragraph], start: int,
           first: str | None = None) -> int:
    """Fill the title from the paragraphs at ``start``; return where the body begins. The
    title goes on over centred lines where the file says what is centred, and otherwise
    (and also there) over lines that carry its sentence on: a line in lower case, a line
    after one ending in a word that needs more ("và", "của", "năm", "–"), a line of the
    years or the term ("năm 2016", "Năm học 2020 – 2021", "ĐẾN NĂM 2023", "giai đoạn
    2021 – 2025"), more capitals under a title in capitals."""
    styled = any(p.centered for p in paragraphs)
    title: list[str] = [first] if first else []  # the title's start on the type's line
    index = start + 1 if first else start
    while index < len(paragraphs):
        paragraph = paragraphs[index]
        text = paragraph.text
        if not title:
            title.append(re.sub(r"^V/v\s*", "", text, flags=re.I))
            index += 1
            continue
        if paragraph.cell is None and not _is_basis(text) and split_number(text)[0] == TEXT \
                and len(text) < 300 and not re.match(r"^(Kính gửi|[_\-–=.]{3,})", text, re.I) \
                and not _ATTACHED.match(text) \
                and ((styled and paragraph.centered) or _continues_title(" ".join(title), text)):
            title.append(text)
            index += 1
            continue
        break
    doc.title = clean(" ".join(title))
    return index


_TITLE_NEEDS_MORE = re.compile(r"(\b(và|của|về|trong|cho|các|những|với|tại|năm|đến|giai đoạn|"
                               r"nhiệm kỳ|thực hiện|triển khai|tổ chức|chào mừng|kỷ niệm)|[-–,])$",
                               re.I)
_TITLE_TAIL = re.compile(r"^(năm|năm học|niên học|giai đoạn|nhiệm kỳ|đến năm|đến hết năm|"
                         r"từ năm|\(?\d{4}\b|\()", re.I)


def _continues_title(title: str, line: str) -> bool:
    """Whether ``line`` carries on a title that so far reads ``title`` (see :func:`_title`)."""
    if len(line) > 160 or re.search(r"[.;:]$", title) or re.search(r"[.:]$", line):
        return False
    if line[:1].islower() or _TITLE_NEEDS_MORE.search(title) or _TITLE_TAIL.match(line):
        return True
    return title.isupper() and line.isupper()


def _is_basis(text: str) -> bool:
    return bool(re.match(r"^(Căn cứ|Thực hiện|Triển khai|Thực hiện chỉ đạo)\b", text, re.I))


_REFERENCE = re.compile(r"\bsố\s*:?\s*(\d+[\w\-]*(?:/[\w\-Đđ]+)+|\d+)", re.I)
_ISSUER = re.compile(r"\bcủa\s+(.+?)(?:\s+về\s|\s+v/v|\s*[,;:(]|\s+ban hành|\s+triển khai|$)",
                     re.I)


def _basis(text: str, year: int | None) -> Basis:
    reference = _REFERENCE.search(text)
    issuer = _ISSUER.search(text)
    date = None
    if reference:
        date = parse_date(text[reference.end():reference.end() + 40], year)
    else:
        date = parse_date(text, year)
    return Basis(text=text, reference=reference.group(1) if reference else "", date=date,
                 issuer=clean(issuer.group(1)) if issuer else "")


# --- body -------------------------------------------------------------------------------------

#: the signer's authority as people type it: "T/M", "T.M", "TM" without its dot (also KT,
#: TL), before a name in capitals; read as "TM." (Nghị định 30/2020/NĐ-CP, Phụ lục I, mục 7)
_SLIPPED_AUTHORITY = re.compile(r"^((?:T|K)\s*[/.]\s*[MTL]|TM|KT|TL)(?:\.\s*|\s+)"
                                r"(?=[A-ZĐÀ-Ỹ]{2})")
#: a signer's title opening a signature that has no authority line ("CHỦ TỊCH CÔNG ĐOÀN")
_SIGNER_TITLE = re.compile(r"^(PHÓ\s+)?(CHỦ TỊCH|TRƯỞNG BAN|HIỆU TRƯỞNG|GIÁM ĐỐC|BÍ THƯ)\b")


def _closing_index(paragraphs: list[Paragraph], start: int) -> int:
    body_started = False
    for paragraph in paragraphs[start:]:
        text = paragraph.text
        level, _rest = split_number(text)
        if level == PART:
            body_started = True
        if _CLOSING_START.match(text):
            return paragraph.index
        if body_started and paragraph.cell is not None and _closing_table(
                paragraphs, paragraph.cell[0]):
            return paragraph.index
    # a grassroots plan signed by its chairman alone: the title in capitals, then the name
    tail = [p for p in paragraphs[start:][-4:] if p.text.strip()]
    if len(tail) >= 2 and _NAME.fullmatch(tail[-1].text.strip()) \
            and not tail[-1].text.isupper():
        title = next((p for p in tail[:-1] if _SIGNER_TITLE.match(p.text) and p.text.isupper()),
                     None)
        if title is not None:
            return title.index
    return len(paragraphs)


def _closing_table(paragraphs: list[Paragraph], table: int) -> bool:
    """Whether table ``table`` (a .docx table after the body began) is the closing: the
    recipients and the signature side by side. A table of targets or of tasks is not."""
    return any(p.cell is not None and p.cell[0] == table and (
        _CLOSING_START.match(p.text)
        or (_SIGNER_TITLE.match(p.text) and p.text.isupper())) for p in paragraphs)


def _intro_and_body(result: Extraction, body: list[Paragraph]) -> None:
    doc = result.document
    in_intro = True
    styled = any(p.bold for p in body)
    for paragraph in body:
        text = re.sub(r"\s*\.?/[.:]\s*$", ".", paragraph.text)  # the closing mark "./."
        level, rest = split_number(text)
        if level == PART:
            in_intro = False
        if in_intro and _is_basis(text):
            doc.basis.append(_basis(text, doc.year))
            continue
        if not rest:
            continue
        heading = level == PART or (level in (CLAUSE, SUB) and (
            paragraph.bold if styled else (len(rest) <= 200 and not rest.endswith("."))))
        if level == PART:
            rest = rest.upper()
        block = Block(level=level, text=rest, heading=heading)
        doc.blocks.append(block)
        result.sources[block.id] = paragraph.index


# --- closing ----------------------------------------------------------------------------------

_AUTHORITY = re.compile(r"^(TM\.|KT\.|TL\.|TUQ\.|Q\.)\s*", re.I)
#: a signer's name: two to six words, each capitalised ("Trần Văn Bình")
_NAME = re.compile(r"[A-ZĐÀ-Ỹ][\wÀ-ỹ]*(\s+[A-ZĐÀ-Ỹ][\wÀ-ỹ]*){1,5}")


def _closing(doc: PlanDocument, closing: list[Paragraph]) -> None:
    """Recipients and signer from the closing. Where it is two columns (a table, or a PDF
    read by position) the left one is "Nơi nhận:" and its lines — a recipient carried onto
    a second line stays one recipient — and the right one the signature: up to two
    authority lines ("TM. ỦY BAN NHÂN DÂN", then "KT. CHỦ TỊCH"), the title, the name."""
    two_columns = any(p.cell is not None and p.cell[2] == 1 for p in closing)
    authorities: list[str] = []
    titles: list[str] = []
    names: list[str] = []
    for paragraph in closing:
        text = paragraph.text.strip()
        if not text or fold(text).startswith("noi nhan") or re.fullmatch(r"[-–_=.*\s]+", text):
            continue  # (a rule line is nobody)
        if re.match(r"^[-–•+]", text):
            doc.recipients.append(clean(re.sub(r"^[-–•+]\s*", "", text)))
            continue
        if two_columns and paragraph.cell is not None and paragraph.cell[2] == 0:
            if doc.recipients:  # "- Ban Tuyên giáo, Ban Dân vận" / "Tỉnh ủy;"
                doc.recipients[-1] = clean(f"{doc.recipients[-1]} {text}")
            continue
        if _AUTHORITY.match(text) and len(authorities) < 2 and not titles:
            authorities.append(text.upper())
            continue
        if text.upper() == text and re.search(r"[A-ZĐ]", text):
            titles.append(text)
            continue
        if _NAME.fullmatch(text):
            names.append(text)
    for number, line in enumerate(authorities):  # "KT." alone, its title on the next line
        if line.startswith("KT.") and titles and not line.split(".", 1)[1].strip():
            authorities[number] = f"KT. {titles.pop(0)}"
    doc.signer = Signer(authority=authorities[0] if authorities else "",
                        title=" ".join(titles[:1]) if titles else "",
                        name=names[-1] if names else "",
                        delegation=authorities[1] if len(authorities) > 1 else "")


# --- JSON -----------------------------------------------------------------------------------

def draft_json(doc: PlanDocument) -> dict[str, Any]:
    """The shape ``plans import-doc --json`` prints (documented in the README)."""
    numbers = labels(doc.blocks)
    sections: list[dict[str, Any]] = []
    for block, number in zip(doc.blocks, numbers):
        if block.level not in (PART, CLAUSE, SUB):
            continue
        entry = {"number": number.rstrip("."), "title": items.title_of(block.text),
                 "children": []}
        if block.level == PART:
            sections.append(entry)
        elif sections:
            parent = sections[-1]
            if block.level == SUB and parent["children"]:
                parent["children"][-1]["children"].append(entry)
            else:
                parent["children"].append(entry)
    return {
        "issuer": doc.issuer or None, "parent": doc.parent_body or None,
        "number": doc.number, "symbol": doc.symbol or None,
        "date": doc.date.isoformat() if doc.date else None, "place": doc.place or None,
        "doc_type": doc.doc_type, "title": doc.title,
        "basis": [{"text": b.text, "number": b.reference or None,
                   "date": b.date.isoformat() if b.date else None, "issuer": b.issuer or None}
                  for b in doc.basis],
        "sections": sections,
        "activities": [{"title": a.title, "months": a.months, "when": a.when or None,
                        "phase": a.phase or None,
                        "departments": [d for d in [a.lead, *a.partners] if d]}
                       for a in doc.activities],
        "targets": [{"text": t.text, "shape": t.shape, "value": _number(t.value),
                     "percent": _number(t.percent),
                     "scope": {"kind": t.scope.kind, "sectors": t.scope.sectors,
                               "text": t.scope.text or None}} for t in doc.targets],
        "deadlines": [{"date": d.date.isoformat(), "what": d.what, "kind": d.kind}
                      for d in doc.deadlines],
        "recipients": doc.recipients,
        "signer": {"authority": doc.signer.authority or None,
                   "delegation": doc.signer.delegation or None,
                   "title": doc.signer.title or None, "name": doc.signer.name or None},
    }


def _number(value: float | None) -> int | float | None:
    if value is None:
        return None
    return int(value) if float(value).is_integer() else value



