"""Sectors (khu vực) of grassroots unions, as the Tổng Liên đoàn's statistics and plan
targets group them (QĐ 1454/QĐ-TLĐ): administration and public service, state-owned,
non-state and foreign-invested enterprises, cooperatives. The one label table the window,
the command line and the printed reports share."""

from __future__ import annotations

from enum import StrEnum

from unionplanner.core.text import fold, has_phrase


class Sector(StrEnum):
    """A sector code as stored ("hcsn"…); ``label`` is its Vietnamese name."""

    HCSN = "hcsn"          # hành chính sự nghiệp
    DNNN = "dnnn"          # doanh nghiệp nhà nước
    PRIVATE = "ngoai_nn"   # doanh nghiệp ngoài nhà nước
    FDI = "fdi"            # doanh nghiệp có vốn đầu tư nước ngoài
    COOP = "htx"           # hợp tác xã
    OTHER = "khac"

    @property
    def label(self) -> str:
        return SECTORS[self]


HCSN, DNNN, PRIVATE, FDI, COOP, OTHER = Sector

#: code → Vietnamese label, in the order lists show them
SECTORS: dict[str, str] = {
    HCSN: "Hành chính, sự nghiệp",
    DNNN: "Doanh nghiệp nhà nước",
    PRIVATE: "Doanh nghiệp ngoài nhà nước",
    FDI: "Doanh nghiệp có vốn đầu tư nước ngoài",
    COOP: "Hợp tác xã",
    OTHER: "Khác",
}

# (folded words that must all appear, sector); the first match wins, so the longer,
# more specific phrases come first ("ngoài nhà nước" contains "nhà nước").
_RULES: tuple[tuple[tuple[str, ...], Sector], ...] = (
    (("fdi",), FDI),
    (("von", "nuoc ngoai"), FDI),
    (("dau tu nuoc ngoai",), FDI),
    (("ngoai nha nuoc",), PRIVATE),
    (("ngoai quoc doanh",), PRIVATE),
    (("tu nhan",), PRIVATE),
    (("dnnn",), DNNN),
    (("nha nuoc",), DNNN),
    (("hcsn",), HCSN),
    (("hanh chinh",), HCSN),
    (("su nghiep",), HCSN),
    (("htx",), COOP),
    (("hop tac xa",), COOP),
)


def recognise_sector(text: object) -> Sector | None:
    """The sector code for a sector as offices write it ("Hành chính, sự nghiệp", "HCSN",
    "DN ngoài nhà nước", "Doanh nghiệp FDI", "HTX"...); a known code or label is accepted
    as is. Blank → None; unrecognised text → None (the caller decides)."""
    key = fold(text)
    if not key:
        return None
    if key in SECTORS:
        return Sector(key)
    for code, label in SECTORS.items():
        if key == fold(label):
            return Sector(code)
    for words, code in _RULES:
        if all(has_phrase(key, w) for w in words):
            return code
    return None
