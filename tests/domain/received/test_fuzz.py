"""Fuzzing the import with mutated bytes of the real sample files (hypothesis, bounded time):
whatever arrives, the import never crashes or hangs, reports each file with a status, and
either writes a whole file or nothing of it."""

from __future__ import annotations

import shutil
import zipfile

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from tests.helpers import learn_and_store
from unionplanner.domain.received.register import list_values
from unionplanner.domain.received.session import import_paths
from unionplanner.domain.units.excel import import_units

SOURCES = [
    "Cong ty CP Duoc pham Phuoc Hung - bieu so lieu.xlsx",
    "Bao cao thang cong nhan_Tram_Y_te_xa_Phuoc_Hiep.xlsx",
    "TCN2023_TramYtexaPhuocNghia.xls",
    "TCN2023_TramYtexaPhuocHung.ods",
    "Tong hop cum 9 (xuat tu phan mem).xlsx",
    "TCN2023_TruongTHCSPhuocThanh.xlsx",
]
STATUSES = {"imported", "replaced", "duplicate", "skipped", "error"}
ORIGINALS: dict[str, bytes] = {}


@pytest.fixture(scope="module")
def world(tmp_path_factory, samples_dir):
    folder = tmp_path_factory.mktemp("fuzz")
    from unionplanner.domain.storage.database import open_database

    db = open_database(str(folder / "fuzz.sqlite3"))
    with db.transaction() as session:
        import_units(session, samples_dir / "units.xlsx")
        form_id = learn_and_store(session, "TCN", samples_dir / "form.xlsx")
    ORIGINALS.update({name: (samples_dir / "reports" / name).read_bytes() for name in SOURCES})
    yield db, form_id, folder
    db.dispose()


def _mutate(data: bytes, edits: list[tuple[int, int]], cut: int | None) -> bytes:
    buffer = bytearray(data)
    for position, value in edits:
        buffer[position % len(buffer)] = value
    if cut is not None:
        buffer = buffer[: max(1, cut % len(buffer))]
    return bytes(buffer)


def _check(world, name: str, data: bytes, period: str) -> None:
    db, form_id, folder = world
    path = folder / "in" / name
    path.parent.mkdir(exist_ok=True)
    path.write_bytes(data)
    with db.session() as session:
        before = list_values(session, period, form_id)
    result = import_paths(db, [path], form_id, period)
    plan = result.plans[0]
    assert plan.status in STATUSES
    with db.session() as session:
        after = list_values(session, period, form_id)
    if plan.status in ("imported", "replaced"):
        # the whole file went in: each of its units now has exactly the values read
        assert result.batch_id is not None
        for part_plan in plan.parts:
            code = part_plan.part.unit.code
            stored = {v["code"]: v["value"] for v in after if v["unit"] == code}
            expected = {c: (None if f.value is None else f.value)
                        for c, f in part_plan.part.values.items()}
            assert stored == expected
    else:
        assert after == before  # nothing half-written
        assert plan.reason or plan.analysis.all_problems()
    shutil.rmtree(path.parent)


@settings(max_examples=150, deadline=None, derandomize=True,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(source=st.sampled_from(SOURCES),
       edits=st.lists(st.tuples(st.integers(0, 10**6), st.integers(0, 255)), max_size=40),
       cut=st.one_of(st.none(), st.integers(0, 10**6)))
def test_mutated_bytes_never_crash_or_half_write(world, source, edits, cut):
    data = _mutate(ORIGINALS[source], edits, cut)
    _check(world, source, data, "2024-01")


@settings(max_examples=60, deadline=None, derandomize=True,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(source=st.sampled_from([s for s in SOURCES if not s.endswith(".xls")]),
       member_edits=st.lists(st.tuples(st.integers(0, 10**5), st.sampled_from(
           [b"<", b">", b"&", b"\x00", b"\xff", b"\"", b"9" * 40, b"-"])), min_size=1,
           max_size=8))
def test_mutated_xml_inside_the_zip_never_crash(world, tmp_path_factory, source, member_edits):
    """Damage that keeps the zip valid and breaks the XML (what calamine has to survive)."""
    folder = tmp_path_factory.mktemp("xml")
    original = folder / "orig" / source
    original.parent.mkdir()
    original.write_bytes(ORIGINALS[source])
    target = folder / source
    with zipfile.ZipFile(original) as src, \
            zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            data = bytearray(src.read(info))
            if (info.filename.endswith(".xml") and "sheet" in info.filename
                    or info.filename == "content.xml"):
                for position, chunk in member_edits:
                    at = position % max(1, len(data))
                    data[at:at + len(chunk)] = chunk
            dst.writestr(info, bytes(data))
    _check(world, source, target.read_bytes(), "2024-02")


def test_a_sheet_claiming_a_cell_at_the_far_corner_is_refused_not_allocated(tmp_path):
    """python-calamine allocates the bounding box of a sheet's cells at once: A1 plus a value
    at XFD1048576 would need ~550 GB and abort the whole program (found by the long fuzz
    run). The reader refuses such a sheet first, with a message."""
    from openpyxl import Workbook

    from unionplanner.domain.sheets.workbook import BadFile, read_book

    book = Workbook()
    book.active["A1"] = "Kết nạp đoàn viên"
    book.active["XFD1048576"] = 1
    path = tmp_path / "bao cao.xlsx"
    book.save(path)
    with pytest.raises(BadFile, match="trải rộng bất thường"):
        read_book(path)
    book.active["XFD1048576"] = None  # formatted-looking far cells without values are fine
    book.active["C40"] = 5
    book.save(path)
    assert read_book(path).sheets[0].rows[39][2] == 5


@pytest.mark.slow
def test_the_long_fuzz_run_in_small(tmp_path, samples):
    """tests/stress/fuzz.py over 60 mutated files — reports, unit lists, forms, plans and
    backups — in worker processes with a time limit."""
    import sys

    from tests.stress.fuzz import run

    if sys.platform == "win32":
        pytest.skip("the workers use POSIX memory limits")
    counts = run(60, 20.0, tmp_path, samples, seed=5, workers=2)
    assert counts["files"] == 60
    assert (counts["crashes"], counts["hangs"], counts["partial_writes"]) == (0, 0, 0), \
        counts["notes"]
    assert counts["imported"] and counts["refused"]  # the mutations both pass and fail
    assert {"report", "units", "form", "backup"} <= set(counts["readers"])
    assert all(tally["files"] for tally in counts["readers"].values())


def test_a_unit_on_two_rows_of_a_cluster_sheet_is_not_imported_silently(db, tmp_path, samples):
    """Two rows of one sheet taken for the same unit: neither is imported, both rows say why,
    the other units go in. (Found by the long fuzz run: the later row silently won.)"""
    from openpyxl import Workbook

    from unionplanner.domain.report_forms.service import IndicatorFields, create_form

    with db.transaction() as session:
        import_units(session, samples / "units.xlsx")
        form_id = create_form(session, "Cụm", "TỔNG HỢP", [
            IndicatorFields("Kết nạp đoàn viên mới", "người", "count"),
            IndicatorFields("Số cuộc tuyên truyền pháp luật", "cuộc", "count")]).id
    book = Workbook()
    sheet = book.active
    for row in (["TỔNG HỢP KẾT QUẢ CỤM 1"], [],
                ["STT", "Tên công đoàn cơ sở", "Kết nạp đoàn viên mới",
                 "Số cuộc tuyên truyền pháp luật"],
                [1, "CĐCS Phòng Giáo dục và Đào tạo", 5, 2],
                [2, "CĐCS Phòng Tài chính - Kế hoạch", 3, 1],
                [3, "CĐCS Phòng Giáo dục và Đào tạo", 7, 4]):
        sheet.append(row)
    path = tmp_path / "Tong hop cum 1.xlsx"
    book.save(path)
    result = import_paths(db, [path], form_id, "2024-03")
    plan = result.plans[0]
    assert plan.status == "imported"
    assert [p.part.unit.code for p in plan.parts] == ["SA002"]
    repeated = [p for p in plan.analysis.all_problems() if "nhiều dòng" in p.text()]
    assert len(repeated) == 2 and "dòng 4, 6" in repeated[0].text()
    with db.session() as session:
        assert {v["unit"] for v in list_values(session, "2024-03", form_id)} == {"SA002"}
