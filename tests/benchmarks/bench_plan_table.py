"""Benchmark of reading a plan .docx with a long table (issue 29 item 8: 1,000 rows took
18.5 s, 10,000 were refused after 3 minutes).

Writes plans whose body is a 4-column table of N rows (N = 100, 1,000, 10,000), reads each
with the plan reader in this process (``paragraphs``) and through python-docx alone (every
cell's paragraphs and runs visited: ``docx``), and prints for each size the seconds and
``ratio=X`` (the plan reader's time over python-docx's walk: the cost of what the reader
adds — styles, bold, centring, cells). A ratio that grows with N means something in the
reader is no longer linear.
Run: ``.venv/bin/python tests/benchmarks/bench_plan_table.py [ROWS…]``.
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))


def write_plan(path: Path, rows: int) -> Path:
    import docx

    document = docx.Document()
    for text in ("CÔNG ĐOÀN XÃ HÒA AN", "KẾ HOẠCH", "Tổ chức Tháng Công nhân năm 2026"):
        document.add_paragraph(text)
    table = document.add_table(rows=rows, cols=4)
    for number, row in enumerate(table.rows):
        cells = row.cells
        cells[0].text, cells[1].text = str(number + 1), f"Hoạt động số {number + 1}"
        cells[2].text, cells[3].text = "Ban Tuyên giáo", f"Tháng {number % 12 + 1}"
    document.save(path)
    return path


def walk(path: Path) -> int:
    import docx

    count = 0
    for table in docx.Document(str(path)).tables:
        for row in table.rows:
            for cell in row.cells:
                for paragraph in cell.paragraphs:
                    count += sum(1 for run in paragraph.runs if run.text)
    return count


def main() -> int:
    from unionplanner.core import isolation
    from unionplanner.domain.plans.reading import read_paragraphs

    isolation._in_worker = True  # measure the reader, not the worker's start
    sizes = [int(a) for a in sys.argv[1:]] or [100, 1000, 10000]
    with tempfile.TemporaryDirectory() as folder:
        for rows in sizes:
            path = write_plan(Path(folder) / f"kh-{rows}.docx", rows)
            start = time.perf_counter()
            walk(path)
            plain = time.perf_counter() - start
            start = time.perf_counter()
            paragraphs = read_paragraphs(path)
            ours = time.perf_counter() - start
            print(f"rows={rows} paragraphs={len(paragraphs)} reader={ours:.2f}s "
                  f"docx={plain:.2f}s ratio={ours / plain:.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
