"""Before Qt opens its first window on Linux: the system libraries its xcb platform plugin
loads. A bare system (a server image, a fresh container, a minimal desktop) lacks some, and
Qt then aborts with "Could not load the Qt platform plugin "xcb"" in English; this says in
Vietnamese which are missing and the one apt-get line that installs them. The packaged .deb
depends on them; a pip or source install does not.
"""

from __future__ import annotations

import ctypes
import os
import sys

#: soname → Debian package (the libraries Qt 6's xcb plugin asks for on a bare system)
PACKAGES = {
    "libxcb-cursor.so.0": "libxcb-cursor0", "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-image.so.0": "libxcb-image0", "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-randr.so.0": "libxcb-randr0", "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-shape.so.0": "libxcb-shape0", "libxcb-xinerama.so.0": "libxcb-xinerama0",
    "libxcb-xkb.so.1": "libxcb-xkb1", "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libxkbcommon.so.0": "libxkbcommon0", "libX11-xcb.so.1": "libx11-xcb1",
    "libEGL.so.1": "libegl1", "libGL.so.1": "libgl1", "libOpenGL.so.0": "libopengl0",
    "libfontconfig.so.1": "libfontconfig1", "libfreetype.so.6": "libfreetype6",
    "libdbus-1.so.3": "libdbus-1-3", "libglib-2.0.so.0": "libglib2.0-0",
    "libxcb.so.1": "libxcb1", "libX11.so.6": "libx11-6",
}


def needs_xcb() -> bool:
    """Whether Qt will open its windows through xcb here: Linux, with no other platform
    asked for (offscreen, wayland, vnc…)."""
    platform = os.environ.get("QT_QPA_PLATFORM", "")
    return sys.platform.startswith("linux") and platform.split(":")[0] in ("", "xcb")


def missing_libraries() -> list[str]:
    """The sonames of :data:`PACKAGES` the dynamic loader cannot load (each tried once)."""
    missing = []
    for name in PACKAGES:
        try:
            ctypes.CDLL(name)
        except OSError:
            missing.append(name)
    return missing


def advice(missing: list[str]) -> str:
    """What to tell the person: the missing libraries and the command that installs them."""
    packages = sorted({PACKAGES[name] for name in missing if name in PACKAGES})
    return ("UnionPlanner không mở được cửa sổ: máy này thiếu thư viện hệ thống Qt cần ("
            + ", ".join(missing) + "). Hãy cài bằng lệnh:\n  sudo apt-get install "
            + " ".join(packages) + "\n(Gói .deb của UnionPlanner tự cài các thư viện này.)")
