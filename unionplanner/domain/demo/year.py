"""A demo year made by the program's own code, on top of the demo office.

- Two issued plans for this year from the built-in templates (emulation, communication),
  with most past months ticked done and a few left late; the emulation plan asks for the
  monthly report by the 5th of the next month.
- A monthly report form, "Báo cáo nhanh tháng (dữ liệu mẫu)": members (người, a stock), new
  members, dialogues at work (cuộc), support paid (đồng) and whether a union meeting was held
  (Có/Không).
- The last two months' returns: blank forms written by the form generator, filled in as units
  would, and imported the ordinary way (analysis, plan, commit — originals kept). Most arrive
  before the deadline, a few after it, one unit sends a revised file ("bổ sung"), a few never
  report.

Deterministic (seeded) apart from "today", which decides the year and the months.
"""

from __future__ import annotations

import datetime as dt
import random
import tempfile
from pathlib import Path

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from unionplanner.domain.demo.office import load_demo
from unionplanner.domain.demo.record import record
from unionplanner.domain.plans import service as plans
from unionplanner.domain.plans.document import (
    DASH,
    Block,
    Deadline,
    IndicatorRef,
    PlanDocument,
    PlanStatus,
    Target,
    TargetShape,
)
from unionplanner.domain.plans.drafting import new_from_template
from unionplanner.domain.received.analysis import analyse_file
from unionplanner.domain.received.models import ImportBatch, ReceivedFile
from unionplanner.domain.received.planning import plan_batch
from unionplanner.domain.received.service import commit_batch, prepare, received_dir
from unionplanner.domain.report_forms.generate import VALUE_COLUMN, generate_forms
from unionplanner.domain.report_forms.kinds import IndicatorKind
from unionplanner.domain.report_forms.periods import shift
from unionplanner.domain.report_forms.service import FormShape, IndicatorFields, create_form
from unionplanner.domain.storage.database import Database
from unionplanner.domain.tracking.service import DONE, activity_rows, set_check
from unionplanner.domain.units.models import Unit

FORM_NAME = "Báo cáo nhanh tháng (dữ liệu mẫu)"
_INDICATORS = (
    IndicatorFields("Số đoàn viên công đoàn", "người", IndicatorKind.STOCK),
    IndicatorFields("Số đoàn viên kết nạp mới trong tháng", "người", IndicatorKind.COUNT),
    IndicatorFields("Số cuộc đối thoại tại nơi làm việc", "cuộc", IndicatorKind.COUNT),
    IndicatorFields("Số tiền thăm hỏi, hỗ trợ đoàn viên", "đồng", IndicatorKind.MONEY),
    IndicatorFields("Có tổ chức sinh hoạt công đoàn trong tháng", "Có/Không", IndicatorKind.YESNO),
)
#: units (of 40) that never report, and that report late, in the last month
_SILENT, _LATE = 4, 5


def load_full_demo(db: Database, today: dt.date | None = None) -> dict[str, int]:
    """The demo office (:func:`~unionplanner.domain.demo.office.load_demo`) and its year, in
    one transaction; returns counts (units, departments, plans, forms, reports). Raises
    UserError when the database already has data."""
    today = today or dt.date.today()
    with db.transaction() as session:
        counts = load_demo(session)
        counts.update(_demo_year(session, received_dir(db), today))
    return counts


def _demo_year(session: Session, files_dir: Path, today: dt.date) -> dict[str, int]:
    rng = random.Random(2026)
    last = shift(f"{today.year:04d}-{today.month:02d}", -1)
    first = shift(last, -1)
    deadline = _fifth_after(last)
    form_id = create_form(session, FORM_NAME, "BÁO CÁO NHANH TÌNH HÌNH CÔNG ĐOÀN CƠ SỞ",
                          list(_INDICATORS), source="Dữ liệu mẫu",
                          shape=FormShape(period_kinds=["month"])).id
    plan_ids = [_issued_plan(session, "thi-dua", today.year, deadline, form_id, last),
                _issued_plan(session, "truyen-thong", today.year)]
    _tick(session, plan_ids, today, rng)
    units = list(session.scalars(select(Unit).order_by(Unit.code)))
    silent = {u.code for u in rng.sample(units, _SILENT)}
    late = {u.code for u in rng.sample([u for u in units if u.code not in silent], _LATE)}
    batches: list[int] = []
    reports = 0
    with tempfile.TemporaryDirectory(prefix="unionplanner-demo-") as folder:
        for period, arrivals in (
                (first, [(set(), _fifth_after(first) - dt.timedelta(days=2))]),
                (last, [(late, None), (set(), deadline - dt.timedelta(days=1))])):
            for only, arrival in arrivals:
                # never a day still to come (early in a month the late ones are not late yet)
                when = min(arrival or deadline + dt.timedelta(days=4), today)
                codes = [u.code for u in units if u.code not in silent
                         and ((u.code in only) if only else (period == first or
                                                             u.code not in late))]
                paths = _filled_returns(session, form_id, period, Path(folder) / period
                                        / str(len(batches)), codes, rng,
                                        revise=codes[0] if only else None)
                batch_id, count = _import(session, files_dir, form_id, period, paths)
                session.execute(update(ImportBatch).where(ImportBatch.id == batch_id).values(
                    created_at=dt.datetime.combine(when, dt.time(9, 30), dt.UTC)))
                session.execute(update(ReceivedFile).where(ReceivedFile.batch_id == batch_id)
                                .values(arrived_on=when))  # the day the e-mails came
                batches.append(batch_id)
                reports += count
    record(session, plans=plan_ids, forms=[form_id], batches=batches)
    return {"plans": len(plan_ids), "forms": 1, "reports": reports}


def _fifth_after(period: str) -> dt.date:
    following = shift(period, 1)
    return dt.date(int(following[:4]), int(following[5:7]), 5)


def _issued_plan(session: Session, template: str, year: int, deadline: dt.date | None = None,
                 form_id: int | None = None, period: str = "") -> int:
    plan = new_from_template(session, template, year)
    doc = plans.load_document(plan)
    if deadline is not None:
        doc.deadlines.append(Deadline(deadline, f"Các CĐCS gửi báo cáo nhanh tháng "
                                                f"{int(period[5:])}/{period[:4]} (mẫu báo cáo "
                                                "tháng)", "report", form_id, period))
    if form_id is not None:
        _measured_targets(doc, form_id)
    plans.save_plan(session, plan.id, doc, new_revision=False)
    plans.set_status(session, plan.id, PlanStatus.ISSUED)
    return plan.id


def _measured_targets(doc: PlanDocument, form_id: int) -> None:
    """Two targets the demo form measures (so the summary's "Chỉ tiêu" tab has figures):
    written after the plan's last target, as a clerk would add them."""
    after = max((i for i, b in enumerate(doc.blocks) if b.id in {t.block_id for t in
                                                                  doc.targets}), default=-1)
    level = doc.blocks[after].level if after >= 0 else DASH
    for number, target in enumerate((
            Target("Phát triển mới 60 đoàn viên công đoàn", TargetShape.TOTAL_COUNT, value=60,
                   indicators=[IndicatorRef(form_id, "CT02")]),
            Target("100% CĐCS tổ chức sinh hoạt công đoàn hằng tháng", TargetShape.SHARE_OF_UNITS,
                   percent=100, indicators=[IndicatorRef(form_id, "CT05")])), 1):
        block = Block(level, target.text)
        doc.blocks.insert(after + number, block)
        target.block_id = block.id
        doc.targets.append(target)


def _tick(session: Session, plan_ids: list[int], today: dt.date, rng: random.Random) -> None:
    """Past months done, about one in six left undone (late); the current month half done."""
    this_month = f"{today.year:04d}-{today.month:02d}"
    for row in activity_rows(session, plan_ids):
        for month in row.months:
            if month < this_month and rng.random() < 0.83 or \
                    month == this_month and rng.random() < 0.5:
                done_on = min(today, dt.date(int(month[:4]), int(month[5:]), 20))
                set_check(session, row.id, month, DONE, done_on=done_on, done_by="Dữ liệu mẫu")


def _filled_returns(session: Session, form_id: int, period: str, folder: Path,
                    codes: list[str], rng: random.Random, revise: str | None) -> list[Path]:
    """The generator's blank form for each unit in ``codes``, filled in as the unit would;
    a revised copy ("… (bổ sung).xlsx") for ``revise``."""
    import openpyxl

    folder.mkdir(parents=True)
    sizes = {u.code: u.members or 10 for u in session.scalars(select(Unit))}
    paths = generate_forms(session, form_id, period, folder, codes) if codes else []
    for path in list(paths):
        book = openpyxl.load_workbook(path)
        marker = book["_unionplanner"]
        rows = {str(r[1].value): int(str(r[2].value)) for r in marker.iter_rows()
                if r[0].value == "indicator"}
        unit = str(next(r[1].value for r in marker.iter_rows() if r[0].value == "unit"))
        sheet = book.worksheets[0]
        members = sizes[unit]
        values = [members, rng.randint(0, max(1, members // 25)), rng.randint(0, 2),
                  rng.randint(0, 12) * 500_000, "Có" if rng.random() < 0.85 else "Không"]
        for (_code, row), value in zip(sorted(rows.items()), values, strict=True):
            sheet[f"{VALUE_COLUMN}{row}"] = value
        book.save(path)
        if unit == revise:
            sheet[f"{VALUE_COLUMN}{rows[min(rows)]}"] = members + 3
            revised = path.with_name(f"{path.stem} (bổ sung).xlsx")
            book.save(revised)
            paths.append(revised)
    return paths


def _import(session: Session, files_dir: Path, form_id: int, period: str,
            paths: list[Path]) -> tuple[int, int]:
    """Import ``paths`` in the caller's transaction, as the wizard would; (batch id, files)."""
    ctx = prepare(session, form_id, period)
    analyses = [analyse_file(path, ctx) for path in paths]
    result = commit_batch(session, files_dir, ctx, plan_batch(session, ctx, analyses))
    if result.batch_id is None:  # never: the demo's own forms always import
        raise RuntimeError("the demo returns did not import")
    return result.batch_id, len(paths)
