"""Sectors (khu vực) of grassroots unions, as targets' scopes use them (DOMAIN.md)."""

from __future__ import annotations

from unionplanner.core.text import fold, has_phrase

HCSN = "hcsn"          # hành chính sự nghiệp
DNNN = "dnnn"          # doanh nghiệp nhà nước
PRIVATE = "ngoai_nn"   # doanh nghiệp ngoài nhà nước
FDI = "fdi"            # doanh nghiệp có vốn đầu tư nước ngoài
COOP = "htx"           # hợp tác xã
OTHER = "khac"

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
_RULES: tuple[tuple[tuple[str, ...], str], ...] = (
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


def recognise_sector(text: object) -> str | None:
    """The sector code for a sector as offices write it ("Hành chính, sự nghiệp", "HCSN",
    "DN ngoài nhà nước", "Doanh nghiệp FDI", "HTX"...); a known code or label is accepted
    as is. Blank → None; unrecognised text → None (the caller decides)."""
    key = fold(text)
    if not key:
        return None
    if key in SECTORS:
        return key
    for code, label in SECTORS.items():
        if key == fold(label):
            return code
    for words, code in _RULES:
        if all(has_phrase(key, w) for w in words):
            return code
    return None
