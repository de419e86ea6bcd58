"""Warnings that a return may be of another period than the one being imported."""

from __future__ import annotations

from unionplanner.core.errors import UserError
from unionplanner.domain.received.findings import WARNING, FileAnalysis, Problem
from unionplanner.domain.report_forms.periods import parse_period, stated_period


def period_text(period: str) -> str:
    """A period code as a report names it ("6 tháng đầu năm 2025"), else the code."""
    try:
        return parse_period(period).text
    except UserError:
        return period


def check_stated_period(analysis: FileAnalysis, texts: list[str], period: str) -> None:
    """A return whose header names another period than the one being imported ("6 THÁNG
    ĐẦU NĂM 2024" into 2025-H1) is said so: the figures may be of the wrong period."""
    try:
        kind = parse_period(period).kind
    except UserError:
        return
    stated = stated_period(texts, kind)
    if stated and stated != period:
        analysis.problems.append(Problem(
            WARNING, f"Tệp ghi là báo cáo kỳ {parse_period(stated).text}, đang nhập vào kỳ "
                     f"{parse_period(period).text}: hãy kiểm tra tệp có đúng kỳ không."))


def other_period_columns(analysis: FileAnalysis, period: str, sheet: str) -> None:
    """The table's value columns name periods, none of them ``period``: the columns the
    detector chose are read, and the clerk is asked to check them."""
    analysis.problems.append(Problem(
        WARNING, f"Các cột số liệu của tệp ghi kỳ khác với kỳ {period_text(period)} đang "
                 "nhập: hãy kiểm tra đã lấy đúng cột.", sheet))
