"""Drop-down lists that never widen the window.

A drop-down list sized to its longest entry — a plan title of two lines, "Mẫu 1-HĐCĐ — Báo
cáo thống kê…" — pushed the window past a 1280-px screen. The application's event filter
gives every drop-down list that kept Qt's default sizing a width of :data:`CHARACTERS`
characters at most (as wide as its longest entry when that is shorter; the open list
still shows entries in full) and the chosen entry as its tooltip, so a shortened text
can always be read whole.
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QComboBox

#: characters a drop-down list is sized for when its entries are longer
CHARACTERS = 18


def polish(obj: QObject) -> None:
    """Fit a drop-down list as it is polished (see the module text); called by the
    application's event filter."""
    if not isinstance(obj, QComboBox) or obj.property("fitted"):
        return
    obj.setProperty("fitted", True)
    if obj.sizeAdjustPolicy() == QComboBox.SizeAdjustPolicy.AdjustToContentsOnFirstShow:
        obj.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        model = obj.model()
        for signal in (model.rowsInserted, model.rowsRemoved, model.modelReset):
            signal.connect(lambda *_args, combo=obj: _fit(combo))
        _fit(obj)
    # a lambda: Qt's own combos (in a file dialog) have no Python slot to connect to
    obj.currentTextChanged.connect(lambda text, combo=obj: combo.setToolTip(text))
    obj.setToolTip(obj.currentText())


def _fit(combo: QComboBox) -> None:
    longest = max((len(combo.itemText(i)) for i in range(combo.count())), default=0)
    combo.setMinimumContentsLength(max(4, min(CHARACTERS, longest)))
