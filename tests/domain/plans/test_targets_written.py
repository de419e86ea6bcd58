"""Issue 26 (targets as people write them): about one in eight of the quantified objectives of
real People's Committee and grassroots plans came out right. Each rule below is one the issue
names; the sentences are of the kinds those plans write."""

from __future__ import annotations

import pytest
from hypothesis import given, strategies as st

from unionplanner.domain.plans.document import TargetShape as S
from unionplanner.domain.plans.targets import read_targets


def _read(text: str) -> list[tuple[str, float | None, float | None]]:
    return [(t.shape.value, t.value, t.percent) for t in read_targets(text, in_targets_part=True)]


@pytest.mark.parametrize("text, found", [
    # the noun decides people or units
    ("95% dân số tham gia bảo hiểm y tế", [(S.SHARE_OF_PEOPLE, None, 95.0)]),
    ("Có ít nhất 30% nữ thạc sĩ trong đội ngũ giảng viên", [(S.SHARE_OF_PEOPLE, None, 30.0)]),
    ("Phấn đấu 70% lao động nữ được khám sức khỏe định kỳ", [(S.SHARE_OF_PEOPLE, None, 70.0)]),
    ("Năm 2025 đạt 60% số xã đạt chuẩn nông thôn mới", [(S.SHARE_OF_UNITS, None, 60.0)]),
    # counts with any noun, in figures or in words
    ("Lắp đặt mới trạm 3G/4G: 58 trạm", [(S.TOTAL_COUNT, 58.0, None)]),
    ("Phấn đấu ít nhất một cơ sở y tế đạt chuẩn quốc gia", [(S.TOTAL_COUNT, 1.0, None)]),
    ("Xây dựng tối thiểu 2 mô hình điểm về dân vận khéo", [(S.TOTAL_COUNT, 2.0, None)]),
    # from A to B: the target is B
    ("Tăng tỷ lệ lao động qua đào tạo từ 60% lên 75%", [(S.SHARE_OF_PEOPLE, None, 75.0)]),
    # ceilings: at most
    ("Giảm số hộ nghèo từ 23 hộ xuống còn 18 hộ", [(S.CEILING_COUNT, 18.0, None)]),
    ("Giảm tỷ lệ trẻ em dưới 5 tuổi suy dinh dưỡng từ 12% xuống 8%",
     [(S.CEILING_SHARE, None, 8.0)]),
    ("Giảm tỷ lệ tai nạn lao động xuống dưới 1%", [(S.CEILING_SHARE, None, 1.0)]),
    ("Không quá 5 vụ tai nạn lao động nghiêm trọng", [(S.CEILING_COUNT, 5.0, None)]),
    # how things stand is not a target
    ("Tỷ lệ lao động qua đào tạo hiện nay chiếm 32,2% tổng số lao động", []),
    # "có từ 30 mô hình … trở lên" stays a least of 30
    ("Phấn đấu có từ 30 mô hình, điển hình tiên tiến trở lên", [(S.TOTAL_COUNT, 30.0, None)]),
])
def test_targets_as_people_write_them(text, found):
    assert _read(text) == [(shape.value, value, percent) for shape, value, percent in found]


@pytest.mark.parametrize("label", ["Chỉ tiêu 1:", "Chỉ tiêu 12:", "Mục tiêu cụ thể:",
                                   "Chỉ tiêu thứ hai:", "Mục tiêu 3:"])
def test_a_list_label_is_not_part_of_the_target(label):
    [target] = read_targets(f"{label} Năm 2025 đạt 60% số xã đạt chuẩn nông thôn mới",
                            in_targets_part=True)
    assert target.text == "Năm 2025 đạt 60% số xã đạt chuẩn nông thôn mới"


@given(st.integers(2, 999), st.integers(1, 999), st.sampled_from(["hộ nghèo", "vụ cháy",
                                                                  "trường hợp vi phạm"]))
def test_lowering_from_a_to_b_targets_b_at_most(start, end, noun):
    text = f"Giảm số {noun} từ {start} xuống còn {end} {noun.split()[0]}"
    assert _read(text) == [(S.CEILING_COUNT.value, float(end), None)]


@given(st.integers(1, 98), st.integers(1, 100))
def test_raising_a_rate_from_a_to_b_targets_b(start, end):
    text = f"Nâng tỷ lệ đoàn viên được tập huấn từ {start}% lên {end}%"
    assert _read(text) == [(S.SHARE_OF_PEOPLE.value, None, float(end))]
