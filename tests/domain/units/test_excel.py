"""Importing the office's unit list (units.xlsx and lists made here) — all or nothing."""

from collections import Counter

import pytest
from sqlalchemy import func, select

from tests.helpers import unit_list, write_xlsx
from unionplanner.core.errors import Cancelled, UserError
from unionplanner.core.progress import CancelToken
from unionplanner.domain.storage.models import AuditEntry
from unionplanner.domain.units.excel import import_units, read_unit_rows
from unionplanner.domain.units.models import Unit
from unionplanner.domain.units.service import list_units


def count_units(db) -> int:
    with db.session() as s:
        return s.scalar(select(func.count()).select_from(Unit))


def test_sample_unit_list_gives_88_units_with_codes_sectors_and_counts(db, units_xlsx):
    with db.transaction() as s:
        result = import_units(s, units_xlsx)
    assert (result.added, result.updated, result.unchanged) == (88, 0, 0)
    with db.session() as s:
        units = {u.code: u for u in list_units(s)}
    assert len(units) == 88
    first = units["SA001"]
    assert first.name == "Công đoàn cơ sở Phòng Giáo dục và Đào tạo"
    assert (first.sector, first.workers, first.members) == ("hcsn", 46, 38)
    assert isinstance(first.workers, int)
    kyoshin = units["SA083"]
    assert (kyoshin.sector, kyoshin.workers, kyoshin.members) == ("fdi", 688, 649)
    assert units["SA088"].sector == "htx"
    assert Counter(u.sector for u in units.values()) == {
        "hcsn": 70, "ngoai_nn": 10, "dnnn": 4, "fdi": 3, "htx": 1}


def test_reimporting_the_same_list_changes_nothing(db, units_xlsx):
    with db.transaction() as s:
        import_units(s, units_xlsx)
    with db.transaction() as s:
        again = import_units(s, units_xlsx)
    assert (again.added, again.updated, again.unchanged) == (0, 0, 88)


def test_a_revised_list_updates_and_keeps_the_old_name_as_alias(db, tmp_path):
    first = unit_list(tmp_path / "a.xlsx", [
        ["X1", "CĐCS Trường Tiểu học An", "HCSN", 30, 25],
        ["X2", "CĐCS Công ty May B", "Ngoài nhà nước", 300, 250]])
    with db.transaction() as s:
        import_units(s, first)
    second = unit_list(tmp_path / "b.xlsx",
                       [["X1", "CĐCS Trường Tiểu học số 1 An", "HCSN", 32, 27]])
    with db.transaction() as s:
        result = import_units(s, second)
    assert (result.added, result.updated, result.unchanged) == (0, 1, 0)
    assert result.not_in_file == ["X2"]  # kept, only reported
    with db.session() as s:
        unit = s.scalars(select(Unit).where(Unit.code == "X1")).one()
        assert (unit.name, unit.workers, unit.members) == ("CĐCS Trường Tiểu học số 1 An", 32, 27)
        assert [a.alias for a in unit.aliases] == ["CĐCS Trường Tiểu học An"]
        updates = s.scalars(select(AuditEntry).where(AuditEntry.action == "update")).all()
        assert any(e.before.get("name") == "CĐCS Trường Tiểu học An" for e in updates)


def test_header_found_below_title_rows_and_totals_and_signature_skipped(tmp_path):
    path = unit_list(tmp_path / "u.xlsx", [["A1", "CĐCS Một", "HCSN", 10, 9],
                                           ["A2", "CĐCS Hai", "FDI", "1.200", "1.100"]], top=3)
    rows, warnings = read_unit_rows(path)
    assert [(r.code, r.name, r.sector, r.workers, r.members) for r in rows] == [
        ("A1", "CĐCS Một", "hcsn", 10, 9), ("A2", "CĐCS Hai", "fdi", 1200, 1100)]
    assert rows[0].row == 5  # title block of 3 rows, then the header on row 4
    assert warnings == []


def test_hidden_sheets_are_skipped(tmp_path):
    path = write_xlsx(tmp_path / "h.xlsx", [["Ghi chú"], ["không có bảng"]], title="Ghi chu",
                      extra_sheets={"Cu": [["Mã đơn vị", "Tên đơn vị"], ["OLD", "Cũ"]],
                                    "DS": [["Mã đơn vị", "Tên đơn vị", "Khu vực"],
                                           ["N1", "CĐCS Mới", "HTX"]]},
                      hidden=("Cu",))
    rows, _ = read_unit_rows(path)
    assert [(r.code, r.sector) for r in rows] == [("N1", "htx")]


def test_list_without_code_column_gets_generated_codes(tmp_path):
    path = write_xlsx(tmp_path / "n.xlsx", [["TT", "Tên công đoàn cơ sở", "Số đoàn viên"],
                                            [1, "CĐCS Một", 5], [2, "CĐCS Hai", 7]])
    rows, warnings = read_unit_rows(path)
    assert [(r.code, r.members) for r in rows] == [("DV001", 5), ("DV002", 7)]
    assert any("tự đặt mã" in w for w in warnings)


def test_unknown_sector_is_a_warning_not_an_error(tmp_path):
    path = unit_list(tmp_path / "s.xlsx", [["A1", "CĐCS Một", "Khối gì đó", 10, 9]])
    rows, warnings = read_unit_rows(path)
    assert rows[0].sector == "khac"
    assert "Khối gì đó" in warnings[0]


@pytest.mark.parametrize("units, phrase", [
    ([["A1", "CĐCS Một", "HCSN", 10, 9], ["A1", "CĐCS Hai", "HCSN", 5, 5]], "trùng"),
    ([["A1", "CĐCS Một", "HCSN", "mười", 9]], "không phải số"),
    ([["A1", "CĐCS Một", "HCSN", 10, 9], [None, "CĐCS Hai", "HCSN", 5, 5]], "thiếu mã"),
    ([["A1", "CĐCS Một", "HCSN", -4, 9]], "số âm"),
])
def test_bad_rows_are_listed_and_nothing_is_written(db, tmp_path, units, phrase):
    path = unit_list(tmp_path / "bad.xlsx", units)
    with pytest.raises(UserError) as info:
        with db.transaction() as s:
            import_units(s, path)
    assert "chưa nhập gì" in info.value.message
    assert any(phrase in d for d in info.value.details)
    assert count_units(db) == 0


def test_wrong_columns_get_a_clear_message(tmp_path):
    path = write_xlsx(tmp_path / "w.xlsx", [["Họ tên", "Ngày sinh"], ["Nguyễn A", "1/1/1990"]])
    with pytest.raises(UserError, match="Tên công đoàn cơ sở"):
        read_unit_rows(path)


def test_missing_damaged_and_foreign_files(tmp_path):
    with pytest.raises(UserError, match="Không tìm thấy tệp"):
        read_unit_rows(tmp_path / "none.xlsx")
    fake = tmp_path / "csv doi ten.xlsx"
    fake.write_text("Mã,Tên\nA1,CĐCS Một\n", encoding="utf-8")
    # read like the reports are: a CSV under an .xlsx name is read as CSV
    assert [(r.code, r.name) for r in read_unit_rows(fake)[0]] == [("A1", "CĐCS Một")]
    broken = tmp_path / "hong.xlsx"
    broken.write_bytes(b"PK\x03\x04" + b"\x00" * 200)
    with pytest.raises(UserError, match="hỏng|lưu lại"):
        read_unit_rows(broken)
    text = tmp_path / "ds.txt"
    text.write_text("x")
    with pytest.raises(UserError, match="không phải bảng tính"):
        read_unit_rows(text)


def test_cancel_rolls_everything_back(db, units_xlsx):
    token = CancelToken()
    seen = []

    def progress(done, total, text=""):
        seen.append(done)
        if done >= 40:
            token.cancel()

    with pytest.raises(Cancelled):
        with db.transaction() as s:
            import_units(s, units_xlsx, progress=progress, cancel=token)
    assert max(seen) >= 40
    assert count_units(db) == 0


def test_a_unit_list_is_read_through_the_guarded_reader(tmp_path):
    """Issue 15 item 1: the unit list skipped the report reader's guards — one cell at
    XFD1048576 aborted the program (a 550 GB allocation); a zip bomb was read at 1 GB of
    memory and added 20 units. Both are refused now, with a message naming the file."""
    import zipfile

    from openpyxl import Workbook

    book = Workbook()
    book.active.append(["Mã đơn vị", "Tên công đoàn cơ sở", "Khu vực"])
    book.active.append(["A1", "CĐCS Một", "Hành chính, sự nghiệp"])
    book.active["XFD1048576"] = 1
    far = tmp_path / "danh sach.xlsx"
    book.save(far)
    with pytest.raises(UserError, match="danh sach.xlsx.*trải rộng bất thường"):
        read_unit_rows(far)
    bomb = tmp_path / "danh sach nen.xlsx"
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("xl/worksheets/sheet1.xml", b"<x>" + b" " * 300_000_000 + b"</x>")
    assert bomb.stat().st_size < 2_000_000
    with pytest.raises(UserError, match="danh sach nen.xlsx"):
        read_unit_rows(bomb)


def test_a_grassroots_report_chosen_as_the_unit_list_is_refused(samples):
    """Issue 15 item 1: a report opened as the unit list added 20 "units" named "Có/Không",
    "Vụ", "Cuộc"… It is recognised and refused, saying where reports go."""
    report = samples / "reports" / "Truong Mam non Phuoc Son - bieu so lieu.xlsx"
    with pytest.raises(UserError, match="giống một báo cáo của CĐCS"):
        read_unit_rows(report)


def test_contacts_are_read_and_a_blank_column_keeps_what_was_typed(tmp_path, db):
    """Issue 17 (reminding units): a unit list may carry phone, e-mail and Zalo; they are
    kept for reminders, and a later list without them does not wipe what was typed."""
    from unionplanner.domain.units.service import UnitFields, update_unit

    first = write_xlsx(tmp_path / "ds.xlsx", [
        ["STT", "Mã đơn vị", "Tên công đoàn cơ sở", "Số đoàn viên", "Điện thoại", "Email",
         "Zalo"],
        [1, "A01", "CĐCS Trường A", 20, "0905 111 222", "truonga@example.com", ""],
        [2, "A02", "CĐCS Công ty B", 90, "", "", "CĐCS Công ty B"]])
    with db.transaction() as session:
        import_units(session, first)
        units = {u.code: u for u in session.scalars(select(Unit))}
        assert (units["A01"].phone, units["A01"].email) == ("0905 111 222", "truonga@example.com")
        assert units["A02"].zalo == "CĐCS Công ty B"
        update_unit(session, units["A02"].id, UnitFields("A02", "CĐCS Công ty B", members=90,
                                                         email="b@example.com"))
        with pytest.raises(UserError, match="không đúng dạng"):
            update_unit(session, units["A02"].id, UnitFields("A02", "CĐCS Công ty B",
                                                             email="b-at-example"))
    # issue 29 item 9: what is not an address is not stored (a line break would reach a mail
    # header); the row says so, the well-formed address beside it is kept
    odd = write_xlsx(tmp_path / "ds-le.xlsx", [
        ["STT", "Mã đơn vị", "Tên công đoàn cơ sở", "Số đoàn viên", "Email"],
        [1, "A03", "CĐCS Trường C", 12, "c@example.com;\nBcc: ke-gian-o-dau"],
        [2, "A04", "CĐCS Trường D", 15, "gọi chị Lan"]])
    with db.transaction() as session:
        warned = import_units(session, odd).warnings
        units = {u.code: u for u in session.scalars(select(Unit))}
        assert units["A03"].email == "c@example.com" and units["A04"].email == ""
        assert any(w.startswith("Dòng 2:") and "Bcc:" in w for w in warned)
        assert any(w.startswith("Dòng 3:") and "gọi" in w for w in warned)
    second = write_xlsx(tmp_path / "ds2.xlsx", [
        ["STT", "Mã đơn vị", "Tên công đoàn cơ sở", "Số đoàn viên"],
        [1, "A01", "CĐCS Trường A", 21], [2, "A02", "CĐCS Công ty B", 90]])
    with db.transaction() as session:
        import_units(session, second)
        units = {u.code: u for u in session.scalars(select(Unit))}
        assert units["A01"].email == "truonga@example.com" and units["A01"].members == 21
        assert units["A02"].email == "b@example.com"


def test_phone_numbers_are_checked_and_a_number_cell_keeps_its_leading_zero(tmp_path, db):
    """Issue 27 item 9: the phone field took letters. A unit list keeps the numbers written
    as people write them, names the rest in a warning, and a number typed into a number
    cell (905123456) gets its leading 0 back."""
    from unionplanner.domain.units.service import UnitFields, update_unit

    listing = write_xlsx(tmp_path / "ds.xlsx", [
        ["STT", "Mã đơn vị", "Tên công đoàn cơ sở", "Số đoàn viên", "Điện thoại"],
        [1, "P01", "CĐCS Trường A", 20, "0905.111.222 / (0236) 3822 123"],
        [2, "P02", "CĐCS Trường B", 20, 905123456],
        [3, "P03", "CĐCS Trường C", 20, "gọi chị Lan"]])
    with db.transaction() as session:
        warned = import_units(session, listing).warnings
        units = {u.code: u for u in session.scalars(select(Unit))}
        assert units["P01"].phone == "0905.111.222; (0236) 3822 123"
        assert units["P02"].phone == "0905123456" and units["P03"].phone == ""
        assert any(w.startswith("Dòng 4:") and "số điện thoại" in w for w in warned)
        with pytest.raises(UserError, match="Số điện thoại \"abc\" không đúng dạng"):
            update_unit(session, units["P01"].id, UnitFields("P01", "CĐCS Trường A",
                                                             phone="abc"))
