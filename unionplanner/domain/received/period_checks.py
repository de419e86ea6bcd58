"""Warnings that a return may be of another period than the one being imported."""

from __future__ import annotations

from unionplanner.core.errors import UserError
from unionplanner.domain.received.findings import AnalysisContext, FileAnalysis, Problem, Severity
from unionplanner.domain.received.reading import FileRead
from unionplanner.domain.received.unit_of_file import EXCHANGE
from unionplanner.domain.report_forms.periods import PeriodKind, parse_period


def period_text(period: str) -> str:
    """A period code as a report names it ("6 tháng đầu năm 2025"), else the code."""
    try:
        return parse_period(period).text
    except UserError:
        return period


def period_kinds(ctx: AnalysisContext) -> list[str]:
    """The period kinds a file's stated period is read for: the form's (months when it
    names none), and the kind being imported."""
    kinds = list(ctx.form.period_kinds) or [PeriodKind.MONTH]
    try:
        kind = parse_period(ctx.period).kind
    except UserError:
        return kinds
    return kinds if kind in kinds else [*kinds, kind]


def check_stated_period(analysis: FileAnalysis, read: FileRead, ctx: AnalysisContext) -> None:
    """A return that states another period than the one being imported ("6 THÁNG ĐẦU NĂM
    2024" into 2025-H1, "Năm 2025" into 2026, a form generated for 2023-06 into 2023-05) is
    not imported: a figure stored under another period is worse than a file refused. The
    sentence names both periods and what to do; in the import window the clerk may say the
    figures are of the period imported after all (``overrides.period_accepted``: imported,
    with a warning naming the period the file states). The stated period is the one rule of
    :meth:`~unionplanner.domain.received.reading.FileRead.stated_period`, as the guess of
    the period uses it."""
    stated = read.stated_period(period_kinds(ctx))
    if stated is None or stated.code == ctx.period:
        return
    analysis.other_period = stated.code
    if analysis.overrides.period_accepted:
        analysis.problems.append(Problem(
            Severity.WARNING, f"Tệp ghi là báo cáo kỳ {period_text(stated.code)}; nhập vào kỳ "
            f"{period_text(ctx.period)} theo xác nhận của người nhập."))
        return
    marker = read.marker or {}
    if stated.source == "marker" and marker.get("kind") == EXCHANGE:
        message = (f"Tệp tổng hợp của kỳ {period_text(stated.code)}, đang nhập vào kỳ "
                   f"{period_text(ctx.period)}.")
    elif stated.source == "marker":
        message = (f"Tệp được phát cho kỳ {period_text(stated.code)}, đang nhập vào kỳ "
                   f"{period_text(ctx.period)}.")
    else:
        where = "Tên tệp ghi" if stated.source == "name" else "Tệp ghi"
        message = (f"{where} là báo cáo kỳ {period_text(stated.code)}, đang nhập vào kỳ "
                   f"{period_text(ctx.period)}")
    analysis.fail(message + f" nên chưa nhập. Hãy nhập tệp vào kỳ {period_text(stated.code)}"
                  ", hoặc nếu số liệu đúng là của kỳ đang nhập thì sửa dòng ghi kỳ trong tệp "
                  "rồi nhập lại (trong cửa sổ nhập: đánh dấu \"Số liệu là của kỳ đang nhập\").")


def other_period_columns(analysis: FileAnalysis, period: str, sheet: str) -> None:
    """The table's value columns name periods, none of them ``period``: the columns the
    detector chose are read, and the clerk is asked to check them."""
    analysis.problems.append(Problem(
        Severity.WARNING, f"Các cột số liệu của tệp ghi kỳ khác với kỳ {period_text(period)} đang "
                 "nhập: hãy kiểm tra đã lấy đúng cột.", sheet))
