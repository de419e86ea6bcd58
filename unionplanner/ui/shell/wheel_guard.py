"""No value changes under a passing mouse wheel.

A form that scrolls holds spin boxes and drop-down lists; with Qt's defaults the wheel,
passing over one on its way down the page, changes the value under the pointer (a kept
backup period of 30 days became 19 and was saved). :class:`WheelGuard`, installed once on
the application, makes such fields take focus only by click or Tab, and sends the wheel
on to the page when the field under the pointer does not have the focus: the page scrolls,
the value stays.
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


class WheelGuard(QObject):
    """Application event filter; see the module text."""

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        kind = event.type()
        if kind == QEvent.Type.Polish and isinstance(obj, (QAbstractSpinBox, QComboBox)):
            obj.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # the wheel gives no focus
        elif kind == QEvent.Type.Wheel:
            field = _field(obj)
            if field is not None and not field.hasFocus():
                parent = field.parentWidget()
                if parent is not None:
                    QCoreApplication.sendEvent(parent, event)  # the page scrolls instead
                return True
        return False


def install_wheel_guard(app: QCoreApplication) -> WheelGuard:
    """Install the guard on ``app`` (kept alive as the application's child)."""
    guard = WheelGuard(app)
    app.installEventFilter(guard)
    return guard
