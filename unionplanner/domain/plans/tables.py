"""Tables inside a plan's body (a .docx): each row read as the sentence a plan would write,
so that a table of targets or of tasks gives what the same lines in prose give. People's
Committees often give their targets as "STT | Chỉ tiêu | Đơn vị tính | Năm 2024 | Năm 2025",
unions their tasks as "STT | Nội dung | Thời gian | Đơn vị chủ trì | Đơn vị phối hợp"."""

from __future__ import annotations

import re

from unionplanner.core.text import clean, fold
from unionplanner.domain.plans.paragraphs import Paragraph


def table_rows(body: list[Paragraph]) -> list[Paragraph]:
    """``body`` with each row of a table in it as one paragraph (the first row, the
    columns' names, left out): "Tỷ lệ lao động qua đào tạo: 70 %" from "1 | Tỷ lệ lao
    động qua đào tạo | % | 70", so that a table of targets reads as the sentences a plan
    writes them in. A column of row numbers ("STT") is left out; the unit column follows
    the figure."""
    found: list[Paragraph] = []
    rows: dict[tuple[int, int], list[Paragraph]] = {}
    for paragraph in body:
        if paragraph.cell is None:
            found.append(paragraph)
            continue
        key = paragraph.cell[:2]
        if key not in rows:
            rows[key] = []
            found.append(paragraph)  # the row's place; replaced below
        rows[key].append(paragraph)
    names: dict[int, list[str]] = {}
    result: list[Paragraph] = []
    for paragraph in found:
        if paragraph.cell is None:
            result.append(paragraph)
            continue
        table, row = paragraph.cell[:2]
        cells: dict[int, str] = {}
        for part in rows[(table, row)]:
            column = part.cell[2] if part.cell else 0
            cells[column] = clean(f"{cells.get(column, '')} {part.text}")
        if table not in names:  # the first row names the columns
            names[table] = [fold(cells.get(c, "")) for c in range(max(cells) + 1)]
            continue
        text = _row_text(cells, names[table])
        if text:
            result.append(Paragraph(text=text, index=paragraph.index))
    return result


#: a cell that holds a figure: "70", "18.000", "100%", "dưới 3", "tối thiểu 2"
_FIGURE = re.compile(r"((dưới|trên|không quá|tối thiểu|tối đa|ít nhất|từ|đạt)\s*)?[\d.,]+\s*%?",
                     re.I)


def _row_text(cells: dict[int, str], names: list[str]) -> str:
    """One row as a plan writes it in a sentence: a target "… đạt 70%", "… 18.000 người";
    a task "Tổ chức hội nghị (tháng 4/2025; chủ trì: Sở Nội vụ; phối hợp: …)"; numbered
    "1. …" where the row has its number."""
    def named(column: int, *keys: str) -> bool:
        name = names[column] if column < len(names) else ""
        return any(name == k or name.startswith(k + " ") for k in keys)

    words, extras, figures, unit, number = [], [], [], "", ""
    for column in sorted(cells):
        value = cells[column].strip()
        if not value:
            continue
        if named(column, "stt", "tt", "so tt"):
            number = value if re.fullmatch(r"\d{1,3}", value) else ""
        elif named(column, "don vi tinh", "dvt"):
            unit = value
        elif named(column, "thoi gian", "thoi han"):
            extras.append(value[:1].lower() + value[1:])
        elif named(column, "don vi phoi hop", "phoi hop"):
            extras.append(f"phối hợp: {value}")
        elif named(column, "don vi chu tri", "chu tri", "don vi thuc hien", "bo phan thuc hien",
                   "phu trach", "nguoi phu trach", "don vi phu trach", "don vi"):
            extras.append(f"chủ trì: {value}")
        elif _FIGURE.fullmatch(value):
            figures.append(value)
        else:
            words.append(value)
    lead = f"{number}. " if number else ""  # a numbered row is a numbered item
    what = " – ".join(words) + (f" ({'; '.join(extras)})" if extras else "")
    if not words:
        return " ".join(figures)
    if not figures:
        return lead + what
    figure = figures[-1]  # the last period's column ("Năm 2024 | Năm 2025"): the target's
    figure += "%" if unit == "%" and "%" not in figure else f" {unit}".rstrip()
    # "… đạt 70%", as the sentence is written; "… dưới 3%", "… tối thiểu 2" as they stand
    verb = "" if re.match(r"(dưới|trên|không|tối|ít|từ|giảm|tăng|đạt)\b", figure, re.I) \
        else "đạt "
    return f"{lead}{what} {verb}{figure}"
