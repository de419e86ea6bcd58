import pytest

from unionplanner.core.text import clean, fold, format_number, parse_count


def test_clean_normalises_what_files_contain():
    nfd = "Ke\u0302\u0301t na\u0323p"  # decomposed "Kết nạp"
    assert clean(nfd) == "Kết nạp"
    assert clean("  Tổng\u00a0số\u00adđoàn  viên ") == "Tổng sốđoàn viên"
    assert clean(125.0) == "125"
    assert clean(None) == ""


def test_fold_is_a_matching_key():
    assert fold("Tổng số CNVCLĐ") == "tong so cnvcld"
    assert fold("Hành chính, sự nghiệp") == "hanh chinh su nghiep"
    assert fold("ĐOÀN VIÊN") == fold("đoàn viên") == "doan vien"


@pytest.mark.parametrize("value, expected", [
    (125.0, 125), (38, 38), ("1.234", 1234), ("1 234", 1234), ("12,345", 12345),
    ("7", 7), ("", None), (None, None), ("  ", None),
])
def test_parse_count_accepts_vietnamese_numbers(value, expected):
    assert parse_count(value) == expected


@pytest.mark.parametrize("value", ["abc", "1,5", -3, 2.5, "12.34", True])
def test_parse_count_rejects_what_is_not_a_head_count(value):
    with pytest.raises(ValueError):
        parse_count(value)


def test_format_number_uses_vietnamese_separators():
    assert format_number(6071) == "6.071"
    assert format_number(5060000) == "5.060.000"
    assert format_number(81.26, 1) == "81,3"
    assert format_number(0) == "0"


def test_figures_and_months_as_plans_write_them():
    from unionplanner.core.text import figure_text, months_text, parse_decimal

    assert figure_text(1250.0) == "1.250" and figure_text(81.25) == "81,2"
    assert figure_text(None) == ""
    assert parse_decimal("1.250") == 1250.0 and parse_decimal("81,3") == 81.3
    assert parse_decimal("75%") == 75.0
    assert parse_decimal("") is None and parse_decimal("ba") is None
    assert months_text(["2024-05", "2024-06"]) == "5, 6/2024"
    assert months_text(["2023-12", "2024-01"]) == "12/2023, 1/2024"
    assert months_text([]) == ""


@pytest.mark.parametrize("name, expected", [
    ("KH 12/KH-CĐ: Tết Bính Ngọ?.pdf", "KH 12-KH-CĐ- Tết Bính Ngọ.pdf"),
    ('Báo cáo "Quý 1" | 2025*.xlsx', "Báo cáo -Quý 1- - 2025.xlsx"),
    ("CON.pdf", "_CON.pdf"), ("lpt1", "_lpt1"),
    ("Kế hoạch tháng 5. .docx", "Kế hoạch tháng 5.docx"),
    ("dòng\r\nmới.pdf", "dòng-mới.pdf"), ("...", "tep"),
    ("Kế hoạch v1.2 cuối cùng", "Kế hoạch v1.2 cuối cùng"),
])
def test_file_names_are_made_safe_for_windows(name, expected):
    from unionplanner.core.paths import safe_file_name

    assert safe_file_name(name) == expected


def test_long_file_names_keep_their_extension_within_the_limit():
    from unionplanner.core.paths import safe_file_name

    made = safe_file_name("Kế hoạch tổ chức " * 20 + ".docx")
    assert len(made) <= 120 and made.endswith(".docx") and made.startswith("Kế hoạch tổ chức")


def test_kept_names_fit_every_file_system_with_their_prefix():
    from unionplanner.core.paths import KEPT_NAME_BYTES, KEPT_NAME_CHARS, kept_name

    name = "Báo cáo của Công đoàn cơ sở Trường Tiểu học Nguyễn Văn Trỗi " * 5 + ".xlsx"
    made = kept_name(name, "0123456789ab ")
    assert made.startswith("0123456789ab Báo cáo") and made.endswith(".xlsx")
    assert len(made) <= KEPT_NAME_CHARS and len(made.encode("utf-8")) <= KEPT_NAME_BYTES
    assert kept_name("ảnh\r\ntrao quà?.jpg") == "ảnh-trao quà.jpg"
