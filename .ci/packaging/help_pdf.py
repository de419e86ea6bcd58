"""Print the user guide (resources/help/huong-dan.html, with its pictures) to the PDF the
installers put beside the program: `make dist` and `make windows` call it with the onedir.

    .venv/bin/python .ci/packaging/help_pdf.py ONEDIR
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))


def main(onedir: Path) -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    from unionplanner.ui.shell.help import PDF_NAME, write_guide_pdf

    app = QGuiApplication.instance() or QGuiApplication([])
    target = write_guide_pdf(onedir / PDF_NAME)
    del app
    print(f"help_pdf: {target} ({target.stat().st_size // 1024} KB)")
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1])))
