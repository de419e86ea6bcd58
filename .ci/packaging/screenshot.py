"""Save a picture of the whole X display ($DISPLAY) as a PNG: `screenshot.py OUT.png`.

windows-test uses it to keep what the installed Windows program showed under Xvfb, for a
person to look at (the build's artifacts). Qt's xcb platform of the host's PySide6."""

import os
import sys

os.environ["QT_QPA_PLATFORM"] = "xcb"
from PySide6.QtGui import QGuiApplication  # noqa: E402

app = QGuiApplication([])
sys.exit(0 if app.primaryScreen().grabWindow(0).save(sys.argv[1]) else 1)
