"""Translatable labels for domain codes (the domain keeps codes; the UI shows words)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from unionplanner.domain.units import sectors

# QT_TRANSLATE_NOOP marks source texts for the catalogue and gives them back unchanged
_END_REASONS: dict[str, Any] = {
    "dissolved": QT_TRANSLATE_NOOP("Labels", "Dissolved"),
    "merged": QT_TRANSLATE_NOOP("Labels", "Merged"),
}
_BACKUP_KINDS: dict[str, Any] = {
    "manual": QT_TRANSLATE_NOOP("Labels", "Manual"),
    "auto": QT_TRANSLATE_NOOP("Labels", "Automatic"),
    "pre-migrate": QT_TRANSLATE_NOOP("Labels", "Before upgrade"),
    "pre-restore": QT_TRANSLATE_NOOP("Labels", "Before restore"),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate("Labels", text)


def sector_label(code: str) -> str:
    """The Vietnamese name of a sector (the domain's own table; "Khác" for an unknown code)."""
    return sectors.SECTORS.get(code, sectors.SECTORS[sectors.OTHER])


def sector_codes() -> list[str]:
    """The sector codes in the order lists show them."""
    return list(sectors.SECTORS)


def end_reason_label(code: str | None) -> str:
    return _tr(_END_REASONS[code]) if code in _END_REASONS else ""


def backup_kind_label(kind: str) -> str:
    return _tr(_BACKUP_KINDS.get(kind, kind))


def number(value: int | None) -> str:
    """A count in Vietnamese style ("1.234"); blank for None."""
    if value is None:
        return ""
    from unionplanner.core.text import format_number

    return format_number(value)


def fill(template: str, *values: object) -> str:
    """Put ``values`` into a translated ``template``'s %1, %2 … (Qt's placeholder style, so
    translators can reorder them)."""
    for position in range(len(values), 0, -1):  # %10 before %1
        template = template.replace(f"%{position}", str(values[position - 1]))
    return template


def shortcut(button, keys: str) -> None:
    """Give a page's main button a keyboard shortcut (active while the page shows) and say
    it in the button's tooltip: "Nhập báo cáo… (Ctrl+I)"."""
    from PySide6.QtGui import QKeySequence

    button.setShortcut(QKeySequence(keys))
    text = button.text().replace("&", "").rstrip("…").rstrip(".")
    shown = QKeySequence(keys).toString(QKeySequence.SequenceFormat.NativeText)
    button.setToolTip(f"{text} ({shown})")
