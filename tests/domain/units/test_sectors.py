import pytest

from unionplanner.domain.units.sectors import SECTORS, recognise_sector


@pytest.mark.parametrize("text, code", [
    ("Hành chính, sự nghiệp", "hcsn"), ("HCSN", "hcsn"), ("Khối sự nghiệp", "hcsn"),
    ("Doanh nghiệp nhà nước", "dnnn"), ("DNNN", "dnnn"),
    ("Doanh nghiệp ngoài nhà nước", "ngoai_nn"), ("DN ngoài quốc doanh", "ngoai_nn"),
    ("Doanh nghiệp có vốn đầu tư nước ngoài", "fdi"), ("FDI", "fdi"),
    ("Hợp tác xã", "htx"), ("HTX", "htx"), ("khac", "khac"),
])
def test_sectors_as_offices_write_them(text, code):
    assert recognise_sector(text) == code


def test_unknown_and_blank_sectors():
    assert recognise_sector("") is None
    assert recognise_sector("Câu lạc bộ") is None


def test_every_label_is_recognised_as_its_own_code():
    for code, label in SECTORS.items():
        assert recognise_sector(label) == code
