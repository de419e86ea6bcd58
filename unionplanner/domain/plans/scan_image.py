"""A scanned page made ready for OCR the way an office's scans need it, with Pillow alone:

- **red stamps** (the seal pressed over the signer's name) are taken out before the page
  turns grey, so the black name under them is what Tesseract reads;
- the page is brought to **300 dpi** (what Tesseract reads best: a finer scan is reduced, a
  coarser one enlarged);
- the scanner's **specks** are removed (a 3×3 median), before an enlarged speck becomes a
  "letter";
- it is **straightened**: a page fed 0.5–3° askew puts one line's words on two "lines" of the
  layout, so the title's words come out of order; the angle is the one at which the rows of
  ink line up best (the sharpest profile of ink per row, the classic projection method);
- **rule lines** — the national motto's underline, the line under the issuer, table
  borders — are removed: Tesseract reads them as junk glued to the words above.
"""

from __future__ import annotations

from typing import Any

#: the width of an A4 page at 300 dpi (pixels): what OCR reads
OCR_WIDTH = 2480
#: the largest skew looked for (degrees either way) and the finest step
MAX_SKEW = 3.0
_FINE = 0.05
#: a horizontal run of ink at least this share of the page's width is a rule, not a letter
RULE_SHARE = 0.04


def prepare_page(image: Any) -> Any:
    """``image`` (a Pillow image of a scanned page, any mode) as a grey page for OCR: red
    ink removed, :data:`OCR_WIDTH` wide, without specks, straightened, without rule
    lines."""
    from PIL import Image, ImageFilter

    if image.mode in ("RGBA", "LA", "P"):  # transparent parts are paper, not ink
        image = image.convert("RGBA")
        paper = Image.new("RGBA", image.size, "white")
        paper.alpha_composite(image)
        image = paper
    gray = without_red(image) if image.mode in ("RGB", "RGBA", "CMYK") else image.convert("L")
    if abs(gray.width - OCR_WIDTH) > OCR_WIDTH * 0.05:
        gray = gray.resize((OCR_WIDTH, round(gray.height * OCR_WIDTH / gray.width)),
                           Image.Resampling.LANCZOS)
    gray = gray.filter(ImageFilter.MedianFilter(3))
    angle = skew_angle(gray)
    if angle:
        gray = gray.rotate(angle, resample=Image.Resampling.BICUBIC, fillcolor=255)
    return without_rules(gray)


def without_red(image: Any) -> Any:
    """A colour page as grey with its red ink (a seal, a red signature line) turned to
    paper: pixels whose red exceeds both green and blue by more than 60 (of 255). Black ink
    under the seal stays black."""
    from PIL import ImageChops

    red, green, blue = image.convert("RGB").split()
    redness = ImageChops.subtract(red, ImageChops.lighter(green, blue))
    mask = redness.point(lambda v: 255 if v > 60 else 0)
    gray = image.convert("L")
    gray.paste(255, mask=mask)
    return gray


def skew_angle(gray: Any) -> float:
    """The angle (degrees, Pillow's counter-clockwise sense) that straightens the grey page
    ``gray``: the one, within ±:data:`MAX_SKEW`, at which the ink per row varies most
    sharply; 0.0 for a page with no lines of text."""
    from PIL import Image

    small = gray.copy()
    small.thumbnail((800, 4000))  # 800 wide: rows of ink stay apart, rotations stay cheap
    ink = small.point(lambda v: 255 if v < 160 else 0)
    if ink.getbbox() is None:
        return 0.0

    def sharpness(angle: float) -> float:
        turned = ink.rotate(angle, resample=Image.Resampling.BILINEAR, fillcolor=0)
        rows = _values(turned.resize((1, turned.height), Image.Resampling.BOX))
        return float(sum((a - b) ** 2 for a, b in zip(rows, rows[1:])))

    coarse = [step * 0.25 for step in range(int(-MAX_SKEW * 4), int(MAX_SKEW * 4) + 1)]
    best = max(coarse, key=lambda a: (sharpness(a), -abs(a)))
    fine = [best + step * _FINE for step in range(-5, 6)]
    best = max(fine, key=lambda a: (sharpness(a), -abs(a)))
    return round(best, 2) if abs(best) >= 0.1 else 0.0


def without_rules(gray: Any) -> Any:
    """``gray`` with its horizontal rule lines (runs of ink at least :data:`RULE_SHARE` of
    the width) turned to paper; letters, even bold ones, are far shorter."""
    from PIL import ImageChops

    length = max(8, int(gray.width * RULE_SHARE))
    ink = gray.point(lambda v: 255 if v < 140 else 0)
    run, step = ink, 1
    while step < length:  # ink that goes on for `step` more pixels to the right
        run = ImageChops.darker(run, _shifted(run, -step))
        step *= 2
    if run.getbbox() is None:
        return gray
    grow, done = run, 1
    while done < step:  # back to the rule's whole length
        grow = ImageChops.lighter(grow, _shifted(grow, done))
        done *= 2
    for dy in (1, -1, 2, -2):  # the rule's soft edges
        grow = ImageChops.lighter(grow, _shifted(grow, 0, dy))
    cleaned = gray.copy()
    cleaned.paste(255, mask=grow)
    return cleaned


def _shifted(image: Any, dx: int, dy: int = 0) -> Any:
    """``image`` moved by (dx, dy), what comes in from the edge empty (no wrapping)."""
    from PIL import Image

    moved = Image.new(image.mode, image.size, 0)
    moved.paste(image, (dx, dy))
    return moved


def _values(image: Any) -> list[int]:
    getter = getattr(image, "get_flattened_data", None) or image.getdata
    return list(getter())
