"""Import benchmark: 500 generated report workbooks, imported in full (read, detect, map,
validate, commit in one transaction) and compared, in one run, with python-calamine's bare
read of the same files and openpyxl's bare ``load_workbook`` of them. Not run by the suite.

    .venv/bin/python tests/benchmarks/bench_import.py [FILES]

Each of the three is timed three times, interleaved, and the best kept, for two shapes of
return: the monthly campaign form (rows varied the way real ones are: reworded and reordered
rows, header moved down, numbers as Vietnamese text, "Kế hoạch" beside "Thực hiện", .xlsx
with a narrative first sheet) and the union's statistics form Mẫu 1-HĐCĐ (sections, "Tổng
số | Nữ" under a merged "Số lượng", "x" cells; learnt from ../shared/samples-mau1/form.xlsx,
skipped without it). Each shape ends with ``shape=… ratio_vs_calamine=X
ratio_vs_openpyxl=Y`` (aims: X ≤ 5, Y ≤ 0.3; issue 24).
"""

from __future__ import annotations

import random
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

INDICATORS = [
    ("Tổng số đoàn viên công đoàn", "Người", "Số đoàn viên hiện có"),
    ("Tổng số công nhân, viên chức, lao động", "Người", "Tổng số CNVCLĐ"),
    ("Xây dựng kế hoạch tổ chức Tháng Công nhân", "Có/Không", "Xây dựng KH Tháng Công nhân"),
    ("Tổ chức Lễ phát động Tháng hành động ATVSLĐ", "Có/Không", "Tổ chức lễ phát động"),
    ("Số đoàn viên kết nạp mới", "Người", "Kết nạp ĐV mới"),
    ("Số cuộc đối thoại tại nơi làm việc", "Cuộc", "Số cuộc đối thoại"),
    ("Số đoàn viên, người lao động được thăm hỏi, tặng quà", "Người",
     "Số ĐV, NLĐ được thăm hỏi tặng quà"),
    ("Tổng số tiền thăm hỏi, tặng quà", "Đồng", "Tổng số tiền (đồng)"),
    ("Số sáng kiến được công nhận", "Sáng kiến", "Số SK được công nhận"),
    ("Số cuộc kiểm tra, giám sát an toàn, vệ sinh lao động", "Cuộc", "Số cuộc KT, GS ATVSLĐ"),
    ("Số vụ tai nạn lao động", "Vụ", "Số vụ TNLĐ"),
    ("Có trang Fanpage/Zalo của công đoàn cơ sở", "Có/Không", "Có Fanpage/Zalo"),
]
PLACES = ["An", "Hiệp", "Hòa", "Lộc", "Nghĩa", "Quang", "Sơn", "Thắng", "Thuận", "Thành",
          "Hưng", "Bình", "Phú", "Tân", "Mỹ", "Long", "Vinh", "Xuân", "Đông", "Tây"]
KINDS = ["Trường Mầm non", "Trường Tiểu học", "Trường THCS", "Trạm Y tế xã", "UBND xã"]


def unit_names(count: int) -> list[str]:
    names = []
    for kind in KINDS:
        for place in PLACES:
            for prefix in ("Phước", "Cát", "Nhơn", "Tây", "Hoài"):
                names.append(f"{kind} {prefix} {place}")
    return names[:count]


def make_files(folder: Path, names: list[str]) -> list[Path]:
    import openpyxl

    rng = random.Random(7)
    paths = []
    for number, name in enumerate(names):
        book = openpyxl.Workbook()
        sheet = book.active
        variant = number % 5
        if variant == 4:
            sheet.title = "Báo cáo"
            sheet.append(["BÁO CÁO KẾT QUẢ THỰC HIỆN THÁNG CÔNG NHÂN"])
            sheet.append(["Chi tiết tại biểu kèm theo."])
            sheet = book.create_sheet("BC")
        sheet.append(["LĐLĐ HUYỆN TUY PHƯỚC", None, None, None,
                      "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"])
        sheet.append([f"CĐCS {name.upper()}", None, None, None, "Độc lập - Tự do - Hạnh phúc"])
        for _ in range(3 if variant == 2 else 1):
            sheet.append([])
        sheet.append(["BIỂU TỔNG HỢP KẾT QUẢ THỰC HIỆN THÁNG CÔNG NHÂN NĂM 2023"])
        sheet.append([])
        if variant == 3:
            sheet.append(["STT", "Nội dung", "Đơn vị tính", "Kế hoạch", "Thực hiện", "Ghi chú"])
        else:
            sheet.append(["STT", "Nội dung", "Đơn vị tính", "Kết quả thực hiện", "Ghi chú"])
        order = list(range(len(INDICATORS)))
        if variant == 1:
            rng.shuffle(order)
        for row, index in enumerate(order, 1):
            text, unit, reworded = INDICATORS[index]
            label = reworded if variant in (1, 2) and index % 2 else text
            if unit == "Có/Không":
                value = rng.choice(["Có", "Không", "x", "Đã thực hiện"])
            elif unit == "Đồng":
                amount = rng.randrange(0, 20) * 500_000
                value = f"{amount:,}".replace(",", ".") + " đ" if variant == 2 else amount
            else:
                value = rng.randrange(0, 300)
                value = str(value) if variant == 2 else value
            cells = [row, label, unit] + ([rng.randrange(0, 300)] if variant == 3 else []) + [value]
            sheet.append(cells)
        sheet.append([])
        sheet.append([None, "NGƯỜI LẬP BIỂU", None, None, "TM. BAN CHẤP HÀNH"])
        path = folder / f"BC TCN 2023 - {name}.xlsx"
        book.save(path)
        paths.append(path)
    return paths


MAU1 = ROOT.parent / "shared" / "samples-mau1" / "form.xlsx"


def make_mau1_files(folder: Path, names: list[str]) -> list[Path]:
    """Returns of Mẫu 1-HĐCĐ for 2025-H1, laid out as the form (headings, two header rows,
    Tổng số | Nữ, x where Nữ does not apply), with seeded figures."""
    import openpyxl

    from unionplanner.domain.report_forms.learn import learn_form

    draft = learn_form(MAU1)
    before: dict[str, list[dict]] = {}
    for heading in draft.shape.headings:
        before.setdefault(heading["before"], []).append(heading)
    rng = random.Random(11)
    paths = []
    for number, name in enumerate(names):
        book = openpyxl.Workbook()
        sheet = book.active
        sheet.title = "Mau 1"
        sheet.append(["Công đoàn cấp trên : CĐ PHƯỜNG HẢI CHÂU", None, None, None,
                      "MẪU SỐ 1-HĐCĐ"])
        sheet.append([f"Đơn vị báo cáo : CĐCS {name}"])
        sheet.append([])
        sheet.append(["BÁO CÁO HOẠT ĐỘNG CÔNG ĐOÀN CƠ SỞ"])
        sheet.append(["6 THÁNG ĐẦU NĂM 2025"])
        sheet.append(["(Số liệu tính đến ngày 31/5/2025)"])
        sheet.append([])
        sheet.append(["TT", "Nội dung", "Đơn vị tính", "Số lượng", None, "Ghi chú"])
        sheet.append([None, None, None, "Tổng số", "Trong đó: Nữ", None])
        for item in draft.indicators:
            for heading in before.get(item.code, []):
                sheet.append([heading["number"], heading["text"]])
            total = (rng.choice(["Có", "Không"]) if item.kind == "yesno" else
                     rng.randrange(5_000_000, 12_000_000, 10_000) if item.kind in (
                         "money", "average") else rng.randrange(0, 300))
            female = "x" if item.columns is not None and 1 not in item.columns else (
                rng.randrange(0, 150) if isinstance(total, int) else "x")
            label = item.name if not item.parent_code else f"{item.number} {item.name}"
            sheet.append([item.number if not item.parent_code else None, label,
                          item.unit_of_measure, total, female, None])
        path = folder / f"BC 6 thang 2025 - {name}.xlsx"
        book.save(path)
        paths.append(path)
        if number % 100 == 99:
            print(f"made {number + 1} Mẫu 1 returns", file=sys.stderr)
    return paths


def bare_calamine(paths: list[Path]) -> None:
    import python_calamine

    for path in paths:
        book = python_calamine.CalamineWorkbook.from_path(str(path))
        for name in book.sheet_names:
            book.get_sheet_by_name(name).to_python()
        book.close()


def bare_openpyxl(paths: list[Path]) -> None:
    import openpyxl

    for path in paths:
        openpyxl.load_workbook(path).close()


def full_import(folder: Path, paths: list[Path], names: list[str], run: int = 0,
                shape: str = "campaign") -> tuple[float, int]:
    # the app's own modules are loaded before timing, as the two libraries' are
    import unionplanner.domain.received.analysis  # noqa: F401
    import unionplanner.domain.sheets.detect  # noqa: F401
    from unionplanner.domain.received.analysis import clear_caches
    from unionplanner.domain.received.session import import_paths
    from unionplanner.domain.report_forms.kinds import guess_kind
    from unionplanner.domain.report_forms.learn import FormDraft, IndicatorDraft, learn_form
    from unionplanner.domain.report_forms.service import create_form
    from unionplanner.domain.storage.database import open_database
    from unionplanner.domain.units.service import UnitFields, add_unit

    db = open_database(str(folder / f"bench-{shape}-{run}.sqlite3"))
    clear_caches()  # every run starts cold: no text seen before
    with db.transaction() as session:
        for number, name in enumerate(names, 1):
            add_unit(session, UnitFields(f"U{number:04d}", f"Công đoàn cơ sở {name}"))
        if shape == "mau1":
            draft = learn_form(MAU1)
        else:
            draft = FormDraft("TCN", [IndicatorDraft(t, u, guess_kind(t, u), i)
                                      for i, (t, u, _r) in enumerate(INDICATORS, 1)], "bench")
        form_id = create_form(session, "Bench", draft.title, draft.fields(), draft.source,
                              draft.shape).id
    started = time.perf_counter()
    result = import_paths(db, paths, form_id, "2025-H1" if shape == "mau1" else "2023-05")
    elapsed = time.perf_counter() - started
    imported = sum(1 for p in result.plans if p.status == "imported")
    db.dispose()
    return elapsed, imported


def main() -> None:
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 500
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        import os

        os.environ["UNIONPLANNER_DATA_DIR"] = str(folder / "data")
        names = unit_names(count)
        for shape in sys.argv[2:] or ("campaign", "mau1"):
            if shape == "mau1" and not MAU1.is_file():
                print(f"shape=mau1 skipped: {MAU1} not found")
                continue
            reports = folder / f"reports-{shape}"
            reports.mkdir()
            paths = (make_mau1_files if shape == "mau1" else make_files)(reports, names)
            measure(folder, paths, names, shape)


def measure(folder: Path, paths: list[Path], names: list[str], shape: str) -> None:
    """Best of three runs each of the bare reads and the full import, interleaved, so a
    busy moment of the machine hurts none; prints the ratios."""
    bare_calamine(paths[:20])  # warm the file cache and imports for all three
    bare_openpyxl(paths[:5])
    calamine_runs, openpyxl_runs, import_runs = [], [], []
    imported = 0
    for run in range(3):
        started = time.perf_counter()
        bare_calamine(paths)
        calamine_runs.append(time.perf_counter() - started)
        started = time.perf_counter()
        bare_openpyxl(paths)
        openpyxl_runs.append(time.perf_counter() - started)
        elapsed, imported = full_import(folder, paths, names, run, shape)
        import_runs.append(elapsed)
    calamine_time, openpyxl_time, import_time = (
        min(calamine_runs), min(openpyxl_runs), min(import_runs))
    print(f"shape={shape} files={len(paths)} imported={imported}")
    print(f"shape={shape} calamine_bare={calamine_time:.3f}s openpyxl_bare={openpyxl_time:.3f}s "
          f"full_import={import_time:.3f}s ({1000 * import_time / len(paths):.1f} ms/file)")
    print(f"shape={shape} ratio_vs_calamine={import_time / calamine_time:.2f} "
          f"ratio_vs_openpyxl={import_time / openpyxl_time:.2f}")


if __name__ == "__main__":
    main()
