"""Moving a plan to another year ("copy last year's plan to this year") and giving a copy
fresh ids.

Shifting moves the plan's date, its activities' months, its deadlines, and the years written
in its text: "năm 2023" → "năm 2024", "tháng 5/2023" → "tháng 5/2024", "10/6/2023" →
"10/6/2024", the second year of an anniversary "(1/5/1886 – 1/5/2023)" and the count before
it ("kỷ niệm 137 năm" → "kỷ niệm 138 năm"). Years of other documents cited ("Nghị quyết số
20-NQ/TW ngày 28/01/2008") are left alone: only years within a year of the plan's own move.
The basis lines cite last year's documents and are kept for the user to update.
"""

from __future__ import annotations

import datetime as dt
import re

from unionplanner.domain.plans.document import PlanDocument, new_id


def shift_date(date: dt.date | None, years: int) -> dt.date | None:
    """The same day ``years`` later (29/2 becomes 28/2)."""
    if date is None:
        return None
    try:
        return date.replace(year=date.year + years)
    except ValueError:
        return date.replace(year=date.year + years, day=28)


def shift_text(text: str, year: int, years: int) -> str:
    """``text`` with the plan's year (and the year either side) moved by ``years``."""
    near = {year - 1, year, year + 1}

    def move(match: re.Match[str]) -> str:
        value = int(match.group(0))
        return str(value + years) if value in near else match.group(0)

    text = re.sub(r"(?i)(kỷ niệm\s+)(\d{1,3})(\s+năm)",
                  lambda m: f"{m.group(1)}{int(m.group(2)) + years}{m.group(3)}", text)
    # a year stands alone, or closes a date "10/6/2023", "tháng 5/2023"
    return re.sub(r"(?<![\d.,])(?:19|20)\d\d(?![\d.,]\d)", move, text)


def shift_years(doc: PlanDocument, years: int) -> PlanDocument:
    """A copy of ``doc`` moved ``years`` years (see the module text)."""
    year = doc.year or 0
    copy = PlanDocument.from_dict(doc.to_dict())
    copy.date = shift_date(copy.date, years)
    copy.title = shift_text(copy.title, year, years)
    for block in copy.blocks:
        block.text = shift_text(block.text, year, years)
    for activity in copy.activities:
        activity.title = shift_text(activity.title, year, years)
        activity.description = shift_text(activity.description, year, years)
        activity.when = shift_text(activity.when, year, years)
        activity.months = [f"{int(m[:4]) + years:04d}{m[4:]}" for m in activity.months]
    for target in copy.targets:
        target.text = shift_text(target.text, year, years)
    for deadline in copy.deadlines:
        deadline.date = shift_date(deadline.date, years) or deadline.date
        deadline.what = shift_text(deadline.what, year, years)
        if deadline.period:
            deadline.period = f"{int(deadline.period[:4]) + years:04d}{deadline.period[4:]}"
    return copy


def fresh_ids(doc: PlanDocument) -> PlanDocument:
    """A copy of ``doc`` whose blocks and items have new ids (links kept)."""
    copy = PlanDocument.from_dict(doc.to_dict())
    renamed: dict[str, str] = {}
    for block in copy.blocks:
        renamed[block.id] = block.id = new_id("b")
    for items, prefix in ((copy.activities, "a"), (copy.targets, "t"), (copy.deadlines, "d")):
        for item in items:
            item.id = new_id(prefix)
            if item.block_id:
                item.block_id = renamed.get(item.block_id)
    return copy

