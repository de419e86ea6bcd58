"""Number fields that refuse letters visibly instead of dropping them without a word.

Qt's number fields swallow a letter silently: "abc7" typed after 1 in a spin box leaves 17,
"3x00" typed in a figure cell came out blank. Here every keystroke a number field refuses
shows a tooltip at the field saying what it takes; a figure typed into a table cell is
checked the same way (:class:`NumberDelegate`), and text that is not a figure is never
stored as a blank (see :func:`is_figure`).

Figures are typed the Vietnamese way: "." between thousands, "," before decimals, an
optional "%" ("1.250", "81,3", "75%").
"""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QValidator
from PySide6.QtWidgets import QAbstractSpinBox, QLineEdit, QStyledItemDelegate, QToolTip, QWidget

from unionplanner.core.text import parse_decimal

_PARTIAL = re.compile(r"^\s*-?[\d.\s]*(,\d*)?\s*%?\s*$")


def is_figure(text: object) -> bool:
    """True for a blank or a figure typed the Vietnamese way; False for anything else
    ("3x00", "abc")."""
    value = str(text if text is not None else "").strip()
    return not value or parse_decimal(value) is not None


class FigureValidator(QValidator):
    """Accepts what can still become a figure; refuses (the keystroke is dropped and the
    field's ``inputRejected`` fires) anything with letters."""

    def validate(self, text: str, pos: int):  # noqa: D102 - Qt's
        if _PARTIAL.match(text):
            state = (QValidator.State.Acceptable if is_figure(text)
                     else QValidator.State.Intermediate)
            return state, text, pos
        return QValidator.State.Invalid, text, pos


def refused_text() -> str:
    return QCoreApplication.translate(
        "NumberField", "This field takes a number only (for example 1.250 or 81,3); the "
        "letter typed was not taken.")


def _show_refusal(widget: QWidget) -> None:
    QToolTip.showText(widget.mapToGlobal(widget.rect().bottomLeft()), refused_text(), widget)
    widget.setProperty("refused", refused_text())  # read by tests and accessibility tools


def guard_figure_edit(edit: QLineEdit) -> QLineEdit:
    """Make ``edit`` a figure field: letters are refused with a tooltip."""
    edit.setValidator(FigureValidator(edit))
    edit.inputRejected.connect(lambda: _show_refusal(edit))
    return edit


class NumberDelegate(QStyledItemDelegate):
    """Table cells holding figures: the editor refuses letters with a tooltip."""

    def createEditor(self, parent, option, index):  # noqa: N802 - Qt's name
        editor = super().createEditor(parent, option, index)
        if isinstance(editor, QLineEdit):
            guard_figure_edit(editor)
        return editor


def polish(obj: QObject) -> None:
    """Every spin box shows the refusal tooltip when a keystroke is dropped (called by the
    application's event filter as each widget is polished)."""
    if isinstance(obj, QAbstractSpinBox) and not obj.property("refusals_shown"):
        obj.setProperty("refusals_shown", True)
        line = obj.findChild(QLineEdit)
        if line is not None:
            line.inputRejected.connect(lambda: _show_refusal(obj))
