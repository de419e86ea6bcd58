"""Render the app icon (resources/icons/unionplanner.svg) for packaging: a 256 px .ico
for the Windows executable and installer, and a 256 px .png for Linux menus.

Usage: python .ci/packaging/render_icon.py OUT_DIR
Uses Qt's own SVG renderer and image writers (the qico plugin writes .ico), so no extra
package is needed.
"""

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtGui import QGuiApplication, QImage, QPainter  # noqa: E402
from PySide6.QtSvg import QSvgRenderer  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]


def render(renderer: QSvgRenderer, size: int) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    renderer.render(painter)
    painter.end()
    return image


def main() -> int:
    out = Path(sys.argv[1] if len(sys.argv) > 1 else "build")
    out.mkdir(parents=True, exist_ok=True)
    app = QGuiApplication([])  # noqa: F841 — image plugins need an application
    renderer = QSvgRenderer(str(ROOT / "resources/icons/unionplanner.svg"))
    if not renderer.isValid():
        print("Cannot read resources/icons/unionplanner.svg", file=sys.stderr)
        return 1
    png = out / "unionplanner.png"
    ico = out / "unionplanner.ico"
    if not render(renderer, 256).save(str(png)):
        print(f"Cannot write {png}", file=sys.stderr)
        return 1
    # Windows picks the best of 16..256 px; Qt's ico writer stores one image per file, so
    # the largest is written (Windows scales it down well).
    if not render(renderer, 256).save(str(ico), "ICO"):
        print(f"Cannot write {ico} (Qt's qico image plugin missing?)", file=sys.stderr)
        return 1
    print(f"icon: {png} {ico}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
