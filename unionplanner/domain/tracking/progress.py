"""The monthly progress report of a plan: per activity due up to the month, its state and
notes; totals per department. Printed as a BÁO CÁO in the official format (PDF) and as an
Excel workbook."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy.orm import Session

from unionplanner.core.text import format_number
from unionplanner.domain.documents import layout as L
from unionplanner.domain.office.outgoing import number_text
from unionplanner.domain.office.service import get_office
from unionplanner.domain.plans.service import get_plan, load_document
from unionplanner.domain.tracking.service import (
    DONE,
    NOT_DONE,
    STATES,
    ActivityRow,
    Tally,
    activity_rows,
    check_month,
    month_end,
    tallies,
)


@dataclass
class ProgressLine:
    """One activity in the report: number, title, months ("4, 5/2024"), department, state
    text and notes."""

    number: int
    title: str
    months: str
    department: str
    state: str
    notes: str
    late: bool


@dataclass
class ProgressReport:
    """Everything the report prints."""

    plan_label: str
    plan_title: str
    month: str
    as_of: dt.date
    lines: list[ProgressLine] = field(default_factory=list)
    departments: dict[str, Tally] = field(default_factory=dict)
    total: Tally = field(default_factory=Tally)
    issuer: str = ""
    parent_body: str = ""
    place: str = ""
    signer: tuple[str, str, str] = ("", "", "")
    symbol: str = ""        # the office's issuer symbol ("CĐX" in "Số: 12/BC-CĐX")
    number_text: str = ""   # "Số: 12/BC-CĐX" once entered in the register; blank: by hand

    @property
    def month_text(self) -> str:
        """"tháng 5/2024"."""
        return f"tháng {int(self.month[5:])}/{self.month[:4]}"


def _months_text(months: list[str]) -> str:
    if len({m[:4] for m in months}) == 1:
        return ", ".join(str(int(m[5:])) for m in months) + "/" + months[0][:4]
    return ", ".join(f"{int(m[5:])}/{m[:4]}" for m in months)


def _state(row: ActivityRow, due: list[str], as_of: dt.date) -> tuple[str, bool]:
    late = row.late_months(as_of)
    if late:
        return "Trễ hạn (" + ", ".join(f"tháng {int(m[5:])}/{m[:4]}" for m in late) + ")", True
    if all(row.checks.get(m) == DONE for m in due):
        return STATES[DONE], False
    recorded = [row.checks[m] for m in due if m in row.checks]  # the latest says most
    return STATES[recorded[-1] if recorded else NOT_DONE], False


def progress_report(session: Session, plan_id: int, month: str) -> ProgressReport:
    """The progress of plan ``plan_id`` up to the end of ``month`` ("YYYY-MM"): the
    activities with a scheduled month up to it, their state then (late months named), notes;
    tallies per department (months due, done, late)."""
    check_month(month)
    plan = get_plan(session, plan_id)
    doc = load_document(plan)
    as_of = month_end(month)  # the report is made as the month ends: earlier months are late
    rows = activity_rows(session, [plan_id])
    report = ProgressReport(
        plan_label=f"Kế hoạch {doc.number_text.removeprefix('Số: ').strip()}".strip(),
        plan_title=plan.title, month=month, as_of=as_of, issuer=doc.issuer,
        parent_body=doc.parent_body, place=doc.place,
        signer=(doc.signer.authority, doc.signer.title, doc.signer.name))
    office = get_office(session)
    report.symbol = office.symbol if office else ""
    due_rows = []
    for row in rows:
        due = [m for m in row.months if m <= month]
        if not due:
            continue
        state, late = _state(row, due, as_of)
        notes = "; ".join(row.notes[m] for m in sorted(row.notes) if m <= month)
        report.lines.append(ProgressLine(len(report.lines) + 1, row.title,
                                         _months_text(row.months), row.department, state,
                                         notes, late))
        due_rows.append(row)
    by_plan, report.departments = tallies(due_rows, as_of)
    for tally in by_plan.values():
        report.total = tally
    return report


def _percent(tally: Tally) -> str:
    return format_number(tally.share_done, 1) + "%"


def layout_report(report: ProgressReport, today: dt.date | None = None) -> L.OfficialDocument:
    """The report as an official document (BÁO CÁO)."""
    total = report.total
    body: list[L.Paragraph | L.Table | L.Chart] = [L.Paragraph(
        f"Tính đến hết {report.month_text}, {report.plan_label} về {report.plan_title[:1].lower()}"
        f"{report.plan_title[1:]} có {len(report.lines)} hoạt động đến hạn với {total.due} "
        f"tháng theo lịch; đã hoàn thành {total.done}/{total.due} ({_percent(total)}), "
        f"trễ hạn {total.late}.")]
    body.append(L.Paragraph("I. TÌNH HÌNH THỰC HIỆN CÁC HOẠT ĐỘNG", L.HEADING))
    body.append(L.Table(
        header=[["STT", "Hoạt động", "Thời gian", "Ban chủ trì", "Tình trạng", "Ghi chú"]],
        rows=[[str(line.number), line.title, line.months, line.department, line.state,
               line.notes] for line in report.lines],
        widths=[0.07, 0.33, 0.12, 0.16, 0.14, 0.18], numeric={0}))
    body.append(L.Paragraph("II. TỔNG HỢP THEO BAN", L.HEADING))
    body.append(L.Table(
        header=[["Ban", "Tháng đến hạn", "Đã hoàn thành", "Trễ hạn", "Tỉ lệ hoàn thành"]],
        rows=[[name, str(t.due), str(t.done), str(t.late), _percent(t)]
              for name, t in sorted(report.departments.items())]
        + [["Cộng", str(total.due), str(total.done), str(total.late), _percent(total)]],
        widths=[0.36, 0.16, 0.16, 0.14, 0.18], numeric={1, 2, 3, 4}))
    authority, title, name = report.signer
    return L.OfficialDocument(
        issuer=report.issuer, parent_body=report.parent_body,
        number_text=report.number_text or number_text("BC", None, report.symbol),
        place=report.place, date=today or dt.date.today(), doc_type="BÁO CÁO",
        title=f"Tiến độ thực hiện {report.plan_label} đến hết {report.month_text}",
        body=body, closing=L.Closing(recipients=["Thường trực, các ban;", "Lưu: VT."],
                                     authority=authority, title=title, name=name))


def write_progress_pdf(report: ProgressReport, path: str | Path) -> Path:
    """The report as an A4 PDF in the official format."""
    from unionplanner.domain.documents.pdf import write_pdf

    return write_pdf(layout_report(report), path)


def write_progress_xlsx(report: ProgressReport, path: str | Path) -> Path:
    """The report's two tables as an Excel workbook: numbers as numbers, frozen header
    rows, A4 print setup, text that starts like a formula kept as text."""
    from unionplanner.domain.documents.excel import write_tables

    activities = (["STT", "Hoạt động", "Thời gian", "Ban chủ trì", "Tình trạng", "Ghi chú"],
                  [[line.number, line.title, line.months, line.department, line.state,
                    line.notes] for line in report.lines], [6, 60, 14, 30, 22, 40])
    total = report.total
    departments = (["Ban", "Tháng đến hạn", "Đã hoàn thành", "Trễ hạn", "Tỉ lệ hoàn thành (%)"],
                   [[name, t.due, t.done, t.late, round(t.share_done, 1)]
                    for name, t in sorted(report.departments.items())]
                   + [["Cộng", total.due, total.done, total.late, round(total.share_done, 1)]],
                   [40, 16, 16, 12, 22])
    title = f"Tiến độ thực hiện {report.plan_label} đến hết {report.month_text}"
    return write_tables(path, title, {"Hoạt động": activities, "Theo ban": departments})
