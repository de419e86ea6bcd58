"""Small charts drawn with QPainter: horizontal bars with labels, values and a reference
line (100 % of a target). Bars at or past the reference are green, below it red; ``plain``
charts (counts) are blue unless each bar is given its colour (on time, late, missing)."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from unionplanner.core.text import format_number

_GOOD, _BAD, _PLAIN = QColor("#70ad47"), QColor("#e06666"), QColor("#4f81bd")
#: colours for counts of units by how they reported: on time, late, not at all
ON_TIME, LATE, MISSING = "#70ad47", "#f6b26b", "#a6a6a6"


class BarChart(QWidget):
    """``set_data(labels, values, unit, reference, plain)`` then it paints itself."""

    BAR = 22

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.labels: list[str] = []
        self.values: list[float] = []
        self.unit = "%"
        self.reference: float | None = 100.0
        self.plain = False
        self.colours: list[QColor] = []
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def set_data(self, labels: list[str], values: list[float], unit: str = "%",
                 reference: float | None = 100.0, plain: bool = False,
                 colours: list[str] | None = None) -> None:
        """``colours``: one colour name per bar ("#70ad47"), else by ``plain``/reference."""
        self.colours = [QColor(c) for c in colours] if colours else []
        self.labels, self.values = list(labels), [float(v) for v in values]
        self.unit, self.reference, self.plain = unit, reference, plain
        self.setFixedHeight(max(1, len(self.values)) * self.BAR + 30)
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(500, max(1, len(self.values)) * self.BAR + 30)

    def text_of(self, value: float) -> str:
        text = format_number(value, 0 if value.is_integer() else 1)
        return f"{text}%" if self.unit == "%" else f"{text} {self.unit}"

    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        metrics = QFontMetrics(self.font())
        label_width = min(int(self.width() * 0.45), 360)
        left, right = label_width + 8, self.width() - 70
        top = max([self.reference or 0, *self.values, 1]) * 1.1
        span = max(1, right - left)
        for row, (label, value) in enumerate(zip(self.labels, self.values)):
            y = 8 + row * self.BAR
            shown = metrics.elidedText(label, Qt.TextElideMode.ElideRight, label_width)
            painter.setPen(self.palette().text().color())
            painter.drawText(QRectF(0, y, label_width, self.BAR - 4),
                             int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
                             shown)
            width = span * value / top
            good = self.reference is None or value >= self.reference
            colour = (self.colours[row] if row < len(self.colours)
                      else _PLAIN if self.plain else (_GOOD if good else _BAD))
            painter.fillRect(QRectF(left, y + 3, width, self.BAR - 10), colour)
            painter.drawText(QRectF(left + width + 4, y, 80, self.BAR - 4),
                             int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                             self.text_of(value))
        if self.reference is not None and self.values:
            x = left + span * self.reference / top
            pen = QPen(self.palette().text().color())
            pen.setStyle(Qt.PenStyle.DashLine)
            painter.setPen(pen)
            painter.drawLine(int(x), 4, int(x), 8 + len(self.values) * self.BAR)
        painter.end()
