"""Benchmark of summary reports.

1. Query: ten years of monthly reports of 250 units × 20 indicators (600.000 values) are
   written with bulk inserts; the summary's query of one month (through SQLAlchemy, with the
   indexes the schema declares) is timed against the same SELECT run with the raw sqlite3
   module: ``ratio_query_vs_sqlite3`` (1.0 = no overhead); the whole summary (the query plus
   the totals per indicator, sector and unit, and completeness) is printed too.
2. PDF: the summary report of that month — 250 units × 20 indicators, two charts, the
   landscape appendix of units and the list of missing units — against a bare reportlab
   document holding the same tables (plain SimpleDocTemplate + Table with a grid):
   ``ratio_vs_bare_reportlab`` (aim ≤ 1.2).
3. Columns: a statistics form of the Mẫu 1-HĐCĐ shape (QĐ 1454/QĐ-TLĐ) — 10 indicators,
   "Tổng số | Nữ" columns (two indicators without Nữ), a weighted average over its base —
   filled half-yearly by 250 units for ten years; the column-wise summary of one half-year
   (totals per column, weighted average) is timed against the raw SELECT of its values:
   ``ratio_columns_vs_sqlite3``, the last line.

Run: ``.venv/bin/python tests/benchmarks/bench_summary.py``.
"""

from __future__ import annotations

import datetime as dt
import random
import sqlite3
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

UNITS, INDICATORS, YEARS = 250, 20, 10
KINDS = ["stock", "stock", "yesno", "yesno"] + ["count"] * 14 + ["money", "yesno"]


def fill(session, form, periods: list[str], unit_ids: list[int], values_of,
         file_name: str) -> None:
    """One import batch and file per period, a current submission for nine units in ten,
    with the values ``values_of(submission id)`` — written with bulk Core inserts."""
    from sqlalchemy import func, insert, select

    from unionplanner.domain.received.models import (
        ImportBatch,
        ReceivedFile,
        ReportValue,
        Submission,
    )

    version = form.current
    now = dt.datetime(2025, 1, 1, tzinfo=dt.UTC)
    submission_id = session.scalar(select(func.max(Submission.id))) or 0
    for period in periods:
        batch = session.execute(insert(ImportBatch).values(
            form_version_id=version.id, period=period, created_at=now,
            created_by="bench")).inserted_primary_key[0]
        file_id = session.execute(insert(ReceivedFile).values(
            batch_id=batch, original_name=file_name, stored_name=file_name,
            sha256=f"{file_name}{batch}".ljust(64, "0"), size=1)).inserted_primary_key[0]
        submissions, values = [], []
        for unit_id in unit_ids:
            if random.random() < 0.1:
                continue
            submission_id += 1
            submissions.append({"id": submission_id, "batch_id": batch, "file_id": file_id,
                                "unit_id": unit_id, "form_version_id": version.id,
                                "form_id": form.id, "period": period, "status": "current"})
            values += values_of(submission_id)
        session.execute(insert(Submission), submissions)
        session.execute(insert(ReportValue), values)


def build(folder: Path):
    from sqlalchemy import insert

    from unionplanner.domain.office.service import OfficeDetails, save_office
    from unionplanner.domain.report_forms.service import IndicatorFields, create_form
    from unionplanner.domain.storage.database import open_database
    from unionplanner.domain.units.models import Unit

    random.seed(3)
    db = open_database(str(folder / "bench.sqlite3"))
    periods = [f"{2015 + y}-{m:02d}" for y in range(YEARS) for m in range(1, 13)]
    with db.transaction() as session:
        save_office(session, OfficeDetails(name="Liên đoàn Lao động huyện Thử Nghiệm",
                                           parent_body="LĐLĐ tỉnh Thử Nghiệm", place="Thử"))
        form = create_form(session, "Biểu tháng", "Biểu tổng hợp", [
            IndicatorFields(f"Chỉ tiêu thử số {n} về hoạt động công đoàn", "Người", kind)
            for n, kind in enumerate(KINDS, 1)])
        version = form.current
        indicator_ids = [i.id for i in version.indicators]
        session.execute(insert(Unit), [{
            "code": f"U{n:03d}", "name": f"Công đoàn cơ sở Đơn vị thử nghiệm số {n}",
            "sector": random.choice(["hcsn", "dnnn", "ngoai_nn", "fdi"]),
            "members": random.randint(10, 400), "workers": random.randint(12, 500)}
            for n in range(1, UNITS + 1)])
        unit_ids = [row[0] for row in session.execute(Unit.__table__.select().with_only_columns(
            Unit.id).order_by(Unit.id))]

        def values_of(submission_id: int) -> list[dict]:
            return [{"submission_id": submission_id, "indicator_id": indicator_id,
                     "value": random.randint(0, 1) if kind == "yesno" else random.randint(0, 300),
                     "cell": "D9"} for indicator_id, kind in zip(indicator_ids, KINDS)]

        fill(session, form, periods, unit_ids, values_of, "cum.xlsx")
    return db, form.id, periods[-1]


COLUMN_KINDS = ["stock", "count", "count", "stock", "count", "count", "count", "money",
                "average", "stock"]


def build_columns(db) -> tuple[int, str]:
    """The Mẫu 1 shaped form and ten years of half-yearly returns into ``db``."""
    from sqlalchemy import select

    from unionplanner.domain.report_forms.service import FormShape, IndicatorFields, create_form
    from unionplanner.domain.units.models import Unit

    periods = [f"{2015 + y}-H{h}" for y in range(YEARS) for h in (1, 2)]
    items = [IndicatorFields(f"Chỉ tiêu thống kê số {n}", "Người", kind, code=f"CT{n:02d}",
                             columns=[0] if n in (3, 8) else None,
                             base_code="CT10" if kind == "average" else None)
             for n, kind in enumerate(COLUMN_KINDS, 1)]
    with db.transaction() as session:
        form = create_form(session, "Mẫu 1 thử", "Báo cáo hoạt động CĐCS", items,
                           shape=FormShape(["Tổng số", "Nữ"], ["half-year", "year"]))
        version = form.current
        indicators = [(i.id, i.kind, i.columns) for i in version.indicators]
        unit_ids = list(session.scalars(select(Unit.id).order_by(Unit.id)))

        def values_of(submission_id: int) -> list[dict]:
            values = []
            for indicator_id, kind, columns in indicators:
                main = (random.randint(4_000_000, 15_000_000) if kind == "average"
                        else random.randint(0, 300))
                values.append({"submission_id": submission_id, "indicator_id": indicator_id,
                               "value": main, "cell": "D9", "value_column": 0})
                if columns is None:
                    values.append({"submission_id": submission_id, "indicator_id": indicator_id,
                                   "value": main // 2, "cell": "E9", "value_column": 1})
            return values

        fill(session, form, periods, unit_ids, values_of, "mau1.xlsx")
    return form.id, periods[-1]


_RAW = """
SELECT s.unit_id, s.period, i.code, v.value, v.cell, f.original_name, f.sheet, f.stored_name,
       b.created_at
FROM submission s JOIN report_value v ON v.submission_id = s.id
JOIN indicator i ON i.id = v.indicator_id JOIN received_file f ON f.id = s.file_id
JOIN import_batch b ON b.id = s.batch_id
WHERE s.form_id = ? AND s.status = 'current' AND s.period IN (?)
"""


_RAW_COLUMNS = _RAW.replace("v.value, v.cell", "v.value, v.value_column, v.cell")


def best(function, repeat: int = 5) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        function()
        times.append(time.perf_counter() - start)
    return min(times)


def bare_pdf(report, path: Path) -> None:
    """The same tables in a plain reportlab document (no header block, no charts)."""
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.platypus import SimpleDocTemplate, Table, TableStyle

    from unionplanner.domain.documents.pdf import FONT, register_fonts
    from unionplanner.domain.summary.export import layout_summary

    register_fonts()
    layout = layout_summary(report)
    tables = [item for item in layout.body if hasattr(item, "rows")]
    for appendix in layout.appendices:
        tables += [item for item in appendix.body if hasattr(item, "rows")]
    story = []
    for table in tables:
        flow = Table(table.header + table.rows, repeatRows=1)
        flow.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, "black"),
                                  ("FONTNAME", (0, 0), (-1, -1), FONT),
                                  ("FONTSIZE", (0, 0), (-1, -1), 6)]))
        story.append(flow)
    SimpleDocTemplate(str(path), pagesize=landscape(A4)).build(story)
    del A4


def main() -> None:
    from unionplanner.domain.summary.aggregate import summarise
    from unionplanner.domain.summary.export import write_summary_pdf
    from unionplanner.domain.summary.report import build_report

    folder = Path(tempfile.mkdtemp())
    start = time.perf_counter()
    db, form_id, period = build(folder)
    print(f"built {UNITS} units × {INDICATORS} indicators × {YEARS * 12} months in "
          f"{time.perf_counter() - start:.1f}s")
    from unionplanner.domain.summary.aggregate import _values

    with db.session() as session:
        query = best(lambda: _values(session, form_id, [period]))
        ours = best(lambda: summarise(session, form_id, period))
        report = build_report(session, form_id, period, compare="last_year")
    connection = sqlite3.connect(str(db.file))
    raw = best(lambda: connection.execute(_RAW, (form_id, period)).fetchall())
    connection.close()
    pdf = best(lambda: write_summary_pdf(report, folder / "summary.pdf"), repeat=3)
    plain = best(lambda: bare_pdf(report, folder / "bare.pdf"), repeat=3)
    print(f"summary_query={query * 1000:.1f}ms raw_sqlite3={raw * 1000:.1f}ms "
          f"ratio_query_vs_sqlite3={query / raw:.2f} "
          f"(whole summary with totals, sectors, completeness: {ours * 1000:.1f}ms)")
    print(f"summary_pdf={pdf * 1000:.0f}ms bare_reportlab={plain * 1000:.0f}ms")
    print(f"ratio_vs_bare_reportlab={pdf / plain:.2f}")

    start = time.perf_counter()
    columns_form, half = build_columns(db)
    print(f"built {UNITS} units × {len(COLUMN_KINDS)} indicators × 2 columns × {YEARS * 2} "
          f"half-years in {time.perf_counter() - start:.1f}s")
    with db.session() as session:
        summary = summarise(session, columns_form, half)
        by_column = best(lambda: summarise(session, columns_form, half))
    female = sum(1 for line in summary.indicators if len(line.columns) > 1)
    connection = sqlite3.connect(str(db.file))
    raw = best(lambda: connection.execute(_RAW_COLUMNS, (columns_form, half)).fetchall())
    connection.close()
    print(f"column_summary={by_column * 1000:.1f}ms raw_sqlite3={raw * 1000:.1f}ms "
          f"({female} indicators with a Nữ column)")
    print(f"ratio_columns_vs_sqlite3={by_column / raw:.2f}")
    db.dispose()


if __name__ == "__main__":
    main()
