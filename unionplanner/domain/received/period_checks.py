"""Warnings that a return may be of another period than the one being imported."""

from __future__ import annotations

from dataclasses import dataclass

from unionplanner.core.errors import UserError
from unionplanner.domain.received.findings import AnalysisContext, FileAnalysis, Problem, Severity
from unionplanner.domain.received.unit_of_file import EXCHANGE
from unionplanner.domain.report_forms.periods import PeriodKind, parse_period


@dataclass(frozen=True)
class StatedPeriod:
    """The period a file says it is for: ``code`` ("2023-05", "2025-H1") and where it says
    it — "marker" (a form this program generated), "header" (the titles above the table:
    "BÁO CÁO THÁNG 5 NĂM 2023", "(Số liệu tính đến ngày 31/5/2025)") or "name" (the file
    name, "Bao cao thang 5-2023.xlsx")."""

    code: str
    source: str


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


def check_stated_period(analysis: FileAnalysis, stated: StatedPeriod | None,
                        marker: dict[str, object] | None, ctx: AnalysisContext) -> None:
    """A return that states another period than the one being imported ("6 THÁNG ĐẦU NĂM
    2024" into 2025-H1, "Năm 2025" into 2026, a form generated for 2023-06 into 2023-05) is
    not imported: a figure stored under another period is worse than a file refused. The
    sentence names both periods and what to do; in the import window the clerk may say the
    figures are of the period imported after all (``overrides.period_accepted``: imported,
    with a warning naming the period the file states). The stated period is the one rule of
    :meth:`~unionplanner.domain.received.reading.FileRead.stated_period`, as the guess of
    the period uses it: ``stated`` is what it gives for :func:`period_kinds`, ``marker`` the
    file's generated-form marker."""
    if stated is None or stated.code == ctx.period:
        return
    marker = marker or {}
    if stated.source == "marker" and marker.get("kind") == EXCHANGE:
        said = "Tệp tổng hợp của kỳ"
    elif stated.source == "marker":
        said = "Tệp được phát cho kỳ"
    else:
        said = f"{'Tên tệp ghi' if stated.source == 'name' else 'Tệp ghi'} là báo cáo kỳ"
    another_period(analysis, ctx, stated.code, f"{said} {period_text(stated.code)}")


def another_period(analysis: FileAnalysis, ctx: AnalysisContext, shown: str, said: str,
                   sheet: str = "") -> None:
    """The one rule for a file that shows another period (``shown``, a period code) than
    the one being imported, ``said`` how it shows it ("Tệp ghi là báo cáo kỳ năm 2025",
    "Cột "Dự toán năm 2027" của tệp cho thấy đây là báo cáo năm 2027"): not imported, the
    sentence naming both periods and what to do — unless the clerk ticked that its figures
    are of the period imported (``overrides.period_accepted``), when it goes in with a
    warning that says so. A figure stored under another period is worse than a file
    refused."""
    analysis.other_period = analysis.other_period or shown
    said += f", đang nhập vào kỳ {period_text(ctx.period)}"
    if analysis.overrides.period_accepted:
        analysis.problems.append(Problem(
            Severity.WARNING, said + ": đã nhập theo xác nhận của người nhập.", sheet))
        return
    analysis.fail(said + f" nên chưa nhập. Hãy nhập tệp vào kỳ {period_text(shown)}, hoặc nếu "
                  "số liệu đúng là của kỳ đang nhập thì sửa dòng ghi kỳ trong tệp rồi nhập lại "
                  "(trong cửa sổ nhập: đánh dấu \"Số liệu là của kỳ đang nhập\").", sheet=sheet)


def other_period_columns(analysis: FileAnalysis, period: str, sheet: str) -> None:
    """The table's value columns name periods, none of them ``period``: the columns the
    detector chose are read, and the clerk is asked to check them."""
    analysis.problems.append(Problem(
        Severity.WARNING, f"Các cột số liệu của tệp ghi kỳ khác với kỳ {period_text(period)} đang "
                 "nhập: hãy kiểm tra đã lấy đúng cột.", sheet))
