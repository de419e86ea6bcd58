"""Make the user guide's pictures of the screens (resources/help/images/*.png) from the demo
year, as a clerk sees them on a laptop: run by `make help-images` (Qt offscreen) after a
change to a screen the guide shows. Each picture is reduced to a 128-colour palette so the
six stay small in the installers.

    .venv/bin/python .ci/packaging/help_images.py [FOLDER]
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
SIZE = (1180, 680)  # px: a laptop's screen, less the taskbar


def main(folder: Path) -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ["UNIONPLANNER_DATA_DIR"] = tempfile.mkdtemp(prefix="unionplanner-help-")
    from PySide6.QtCore import QSettings

    from unionplanner.ui.shell.application import create_application, install_guards

    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope,
                      os.environ["UNIONPLANNER_DATA_DIR"])
    app = create_application([])
    install_guards(app)
    from unionplanner.domain.demo.year import load_full_demo
    from unionplanner.domain.storage.database import open_database
    from unionplanner.ui.shell.context import AppContext
    from unionplanner.ui.shell.main_window import MainWindow

    db = open_database(str(Path(os.environ["UNIONPLANNER_DATA_DIR"]) / "demo.sqlite3"))
    load_full_demo(db)
    window = MainWindow(AppContext(db))
    window.showNormal()
    window.resize(*SIZE)
    window.statusBar().hide()  # the data folder of this run is no clerk's
    folder.mkdir(parents=True, exist_ok=True)

    def shoot(name: str, widget=None) -> None:
        app.processEvents()
        image = (widget or window).grab().toImage()
        path = folder / f"{name}.png"
        image.save(str(path))
        _shrink(path)
        print(f"{path}: {path.stat().st_size // 1024} KB")

    for key, name in (("overview", "tong-quan"), ("tracking", "theo-doi"),
                      ("received", "bao-cao-cdcs"), ("summary", "tong-hop")):
        window.show_page(key)
        shoot(name)
    plans = window.pages["plans"]
    window.show_page("plans")
    plans.open_plan(plans.model.record(0)["id"])
    plans.editor.tabs.setCurrentIndex(2)  # the activities
    shoot("ke-hoach")
    received = window.pages["received"]
    window.show_page("received")
    _wizard(app, received, shoot)
    window.close()
    db.dispose()
    return 0


def _wizard(app, received, shoot) -> None:
    """The import wizard at its check of each file, on the demo's own returns."""
    import time

    from unionplanner.domain.report_forms.generate import generate_forms

    folder = Path(tempfile.mkdtemp(prefix="unionplanner-help-returns-"))
    form_id, period = received.form.currentData(), received.period_text()
    import random

    from tests.helpers import fill_generated_form
    from unionplanner.domain.report_forms.service import get_form

    with received.ctx.db.session() as session:
        paths = generate_forms(session, form_id, period, folder)[:4]
        kinds = {i.code: i.kind for i in get_form(session, form_id).versions[-1].indicators}
    rng = random.Random(2026)
    for path in paths:  # filled in as the units would
        fill_generated_form(path, rng, kinds)
    received.open_wizard(paths)
    wizard = received._wizard
    wizard.resize(*SIZE)
    wizard.next()
    wizard.next()
    deadline = time.monotonic() + 60
    while not wizard.preview_page.isComplete() and time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.05)
    shoot("nhap-bao-cao", wizard)
    wizard.done(0)


def _shrink(path: Path) -> None:
    from PIL import Image

    with Image.open(path) as image:
        small = image.convert("RGB").quantize(colors=128, method=Image.Quantize.MEDIANCUT)
        small.save(path, optimize=True)


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "resources/help/images"))
