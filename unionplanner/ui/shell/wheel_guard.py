"""No value changes under a passing mouse wheel.

A form that scrolls holds spin boxes and drop-down lists; with Qt's defaults the wheel,
passing over one on its way down the page, changes the value under the pointer (a kept
backup period of 30 days became 19 and was saved). The application's event filter (see
:func:`unionplanner.ui.shell.application.install_guards`) calls :func:`polish`, so such
fields take focus only by click or Tab, and :func:`on_wheel`, which sends the wheel on to
the page when the field under the pointer does not have the focus: the page scrolls, the
value stays.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtWidgets import QAbstractSpinBox, QComboBox, QWidget


def _field(obj: QObject) -> QWidget | None:
    """The spin box or drop-down list ``obj`` is or belongs to (its line edit), or None."""
    widget = obj if isinstance(obj, QWidget) else None
    for _ in range(2):
        if isinstance(widget, (QAbstractSpinBox, QComboBox)):
            return widget
        widget = widget.parentWidget() if widget is not None else None
    return None


def polish(obj: QObject) -> None:
    """A spin box or drop-down list takes focus by click or Tab only, never by the wheel."""
    if isinstance(obj, (QAbstractSpinBox, QComboBox)):
        obj.setFocusPolicy(Qt.FocusPolicy.StrongFocus)


def on_wheel(obj: QObject, event: QEvent) -> bool:
    """True (handled) when the wheel was over a field without the focus: sent on to the
    page, which scrolls; the value stays."""
    field = _field(obj)
    if field is None or field.hasFocus():
        return False
    parent = field.parentWidget()
    if parent is not None:
        QCoreApplication.sendEvent(parent, event)
    return True
