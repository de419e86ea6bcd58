"""Column widths that follow the text: in a table whose main column stretches, every other
column the user may resize is as wide as its header and contents need, between
:data:`NARROWEST` and :data:`WIDEST` pixels — an empty "Phối hợp" column no longer takes the
room the activity's text needs (the rows wrap their text in what is left)."""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QHeaderView, QTableView

NARROWEST = 48  # px
WIDEST = 180  # px


def fit_columns(view: QTableView) -> None:
    """Fit the Interactive columns of ``view`` to their header and contents (see module)."""
    header = view.horizontalHeader()
    model = view.model()
    if model is None:
        return
    for column in range(model.columnCount()):
        if header.isSectionHidden(column) \
                or header.sectionResizeMode(column) != QHeaderView.ResizeMode.Interactive:
            continue
        wanted = max(header.sectionSizeHint(column), view.sizeHintForColumn(column))
        header.resizeSection(column, max(NARROWEST, min(WIDEST, wanted)))


def keep_fitted(view: QTableView) -> None:
    """Fit ``view``'s columns now and again whenever its rows are reset, added or edited
    (once per burst of changes)."""
    timer = QTimer(view)
    timer.setSingleShot(True)
    timer.setInterval(0)
    timer.timeout.connect(lambda: fit_columns(view))
    model: QObject | None = view.model()
    if model is not None:
        for signal in ("modelReset", "rowsInserted", "dataChanged", "layoutChanged"):
            getattr(model, signal).connect(timer.start)
    timer.start()
