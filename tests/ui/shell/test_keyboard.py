"""Issue 27 (keyboard): Tab goes through each page in the order the screen reads — top to
bottom, a row left to right — and reaches every enabled control."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QComboBox, QLineEdit, QWidget


def _tab_chain(page: QWidget) -> list[QWidget]:
    chain, seen, widget = [], set(), page.nextInFocusChain()
    while widget is not page and id(widget) not in seen:
        seen.add(id(widget))
        if page.isAncestorOf(widget) and widget.isVisible() and widget.isEnabled() \
                and widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
            chain.append(widget)
        widget = widget.nextInFocusChain()
    return chain


def test_tab_follows_the_screen_on_every_page(qtbot, window):
    window.resize(1280, 720)
    window.show()
    qtbot.waitExposed(window)
    for key in window.pages:
        window.show_page(key)
        qtbot.wait(10)
        page = window.pages[key]
        chain = _tab_chain(page)
        assert chain, key
        backwards = [(a, b) for a, b in zip(chain, chain[1:], strict=False)
                     if b.mapTo(page, b.rect().topLeft()).y()
                     < a.mapTo(page, a.rect().topLeft()).y() - 10]
        assert not backwards, (key, [(type(a).__name__, type(b).__name__) for a, b in backwards])
        found = [w for kind in (QAbstractButton, QComboBox, QLineEdit)
                 for w in page.findChildren(kind)]
        controls = [w for w in found if w.isVisible() and w.isEnabled() and
                    w.focusPolicy() & Qt.FocusPolicy.TabFocus]
        missing = [w for w in controls if w not in chain]
        assert not missing, (key, [type(w).__name__ for w in missing])
