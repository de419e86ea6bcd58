"""Reading what grassroots unions send: Vietnamese values ("6.500.000 đ", "x", a blank) and
the matching of rows to indicators and of names to units. Files are made by the tests
themselves (see also test_truth.py; opening files: tests/domain/sheets)."""

from __future__ import annotations

import pytest

from unionplanner.domain.received.matching import (
    Label,
    Target,
    UnitCandidate,
    UnitIndex,
    match_indicators,
)
from unionplanner.domain.received.values import NO_RESULT, parse_value


@pytest.mark.parametrize("raw, kind, value", [
    ("6.500.000", "money", 6_500_000), ("6.500.000 đ", "money", 6_500_000),
    ("1,5 triệu", "money", 1_500_000), ("2 tỷ", "money", 2_000_000_000),
    ("500 nghìn", "money", 500_000), ("6,500,000", "money", 6_500_000),
    ("85%", "percent", 8500), ("85,5 %", "percent", 8550), (0.85, "percent", 8500),
    (125.0, "count", 125), ("1.234", "count", 1234), ("12 người", "count", 12),
    ("", "count", 0), (None, "stock", 0),
    ("x", "yesno", True), ("Có", "yesno", True), ("có", "yesno", True),
    ("Đã thực hiện", "yesno", True), (1, "yesno", True), ("Không", "yesno", False),
    ("Chưa", "yesno", False), (0.0, "yesno", False), (True, "yesno", True),
])
def test_vietnamese_values(raw, kind, value):
    parsed = parse_value(raw, kind)
    assert parsed.error is None
    assert parsed.value == value and type(parsed.value) is type(value)


def test_blank_yes_no_depends_on_the_files_habit():
    assert parse_value("", "yesno").value is None
    assert parse_value("", "yesno", x_marks=True).value is False
    assert parse_value("", "count").blank


@pytest.mark.parametrize("raw, kind, words", [
    ("đang cập nhật", "count", "không phải là số"), ("-3", "count", "số âm"),
    ("1,5", "count", "không phải số nguyên"), ("đang xem xét", "yesno", "Có/Không"),
    ("85%", "count", "phần trăm"), (NO_RESULT, "count", "Excel"),
])
def test_bad_values_are_errors_never_zero(raw, kind, words):
    parsed = parse_value(raw, kind)
    assert parsed.value is None and words in parsed.error


def test_money_and_average_wages_with_decimals_are_rounded_to_the_dong_with_a_note():
    """Đồng has no smaller unit: "9.070.000,6" read as a wage is 9.070.001 đồng, said once;
    the same figure as a head count stays an error."""
    for kind in ("money", "average"):
        parsed = parse_value("9.070.000,6", kind)
        assert parsed.value == 9_070_001 and "làm tròn" in parsed.note
        assert parse_value(1234.4, kind).value == 1234
    assert parse_value("9.070.000,6", "count").value is None


def test_indicator_matching_uses_units_of_measure_and_abbreviations():
    targets = [Target("A", "Số đoàn viên kết nạp mới", "Người", "count", 1),
               Target("B", "Tổng số tiền thăm hỏi, tặng quà", "Đồng", "money", 2),
               Target("C", "Số cuộc kiểm tra, giám sát an toàn, vệ sinh lao động", "Cuộc",
                      "count", 3),
               Target("D", "Có trang Fanpage/Zalo của công đoàn cơ sở", "Có/Không", "yesno", 4)]
    labels = [Label("Tổng số tiền (đồng)", "Đồng", 1), Label("Kết nạp ĐV mới", "Người", 2),
              Label("Số cuộc KT, GS ATVSLĐ", "Cuộc", 3), Label("Số cuộc tọa đàm, hội thảo",
                                                              "Cuộc", 4),
              Label("Trang mạng xã hội của CĐCS", "Có/Không", 5)]
    found = {labels[m.label].text: m.code for m in match_indicators(labels, targets)}
    assert found == {"Tổng số tiền (đồng)": "B", "Kết nạp ĐV mới": "A",
                     "Số cuộc KT, GS ATVSLĐ": "C", "Trang mạng xã hội của CĐCS": "D"}


def test_unit_names_with_typos_abbreviations_or_only_in_the_file_name():
    index = UnitIndex([
        UnitCandidate(1, "A1", "Công đoàn cơ sở Trường Mầm non Phước Thắng"),
        UnitCandidate(2, "A2", "Công đoàn cơ sở Trường Tiểu học Phước Thắng"),
        UnitCandidate(3, "A3", "Công đoàn cơ sở Công ty TNHH Nội thất Lâm Viên Việt Nam"),
        UnitCandidate(4, "A4", "Công đoàn cơ sở UBND xã Phước Hòa"),
        UnitCandidate(5, "A5", "Công đoàn cơ sở Trạm Y tế xã Phước Hòa"),
    ])
    assert index.match_name("CĐCS TRƯỜNG MN PHƯỚC THẮNG").unit.code == "A1"
    assert index.match_name("CĐCS Trường TH Phuớc Thắng").unit.code == "A2"
    assert index.match_name("CĐCS CTY TNHH NỘI THẤT LÂM VIÊN VN").unit.code == "A3"
    assert index.match_name("CĐCS Ủy ban nhân dân xã Phước Hoà").unit.code == "A4"
    assert index.match_file_name("TCN2023_TramYtexaPhuocHoa").unit.code == "A5"
    found = index.match_file_name("Bao cao thang cong nhan_Truong_Tieu_hoc_Phuoc_Thang")
    assert found.unit.code == "A2"
    assert index.match_name("CĐCS Bệnh viện Đa khoa tỉnh").unit is None


def _district_of_communes() -> UnitIndex:
    """A made-up district: every commune (all named "Phước …") has a kindergarten, a
    primary school, a health station and a people's committee."""
    communes = ["Phước An", "Phước Hòa", "Phước Sơn", "Phước Thắng", "Phước Thành",
                "Phước Quang", "Phước Nghĩa", "Phước Hưng", "Phước Lộc", "Phước Thuận"]
    kinds = ["Trường Mầm non", "Trường Tiểu học", "Trạm Y tế xã", "UBND xã"]
    units = [UnitCandidate(n, f"U{n:03d}", f"Công đoàn cơ sở {kind} {commune}")
             for n, (kind, commune) in enumerate(
                 ((k, c) for c in communes for k in kinds), 1)]
    return UnitIndex(units)


def test_a_school_of_another_name_is_not_taken_for_a_known_one():
    """Names share "Trường Mầm non Phước": what tells them apart is the last word, so a
    school the office does not have yet is not matched to a look-alike."""
    index = _district_of_communes()
    for text in ("CĐCS Trường Mầm non Hoa Sen", "Trường THCS Nguyễn Huệ",
                 "Trường Tiểu học Phước Bình"):
        assert index.match_name(text).unit is None, text
    assert index.match_file_name("truongmamnonhoasen").unit is None


def test_commune_names_that_look_like_report_words_and_run_together_file_names():
    index = _district_of_communes()
    name = {u.id: u.name for u in index.units}
    found = index.match_file_name("Bao cao thang cong nhan_Truong_Tieu_hoc_Phuoc_Thang")
    assert name[found.unit.id].endswith("Tiểu học Phước Thắng")  # "thang" is not "tháng"
    found = index.match_file_name("BC thang 5 nam 2023 - Tram Y te xa Phuoc Hoa")
    assert name[found.unit.id].endswith("Trạm Y tế xã Phước Hòa")
    for stem, expected in (("TCN2023_TruongMamnonPhuocSon", "Mầm non Phước Sơn"),
                           ("TCN2023_TramYtexaPhuocHoa", "Y tế xã Phước Hòa")):
        found = index.match_file_name(stem)
        assert found.unit and name[found.unit.id].endswith(expected), stem
    found = index.match_name("CĐCS Trường MN Phước Thắg")  # a typo: matched, to be checked
    assert name[found.unit.id].endswith("Mầm non Phước Thắng") and not found.sure
