"""The overview's named horizontal bars: contacts per relative, milestones per area."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QHelpEvent, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from app.ui.widgets.colours import colours


@dataclass(frozen=True)
class BarRow:
    label: str
    values: tuple[int, ...]  # one per key of the rows
    note: str  # at the end of the bar: a count, or "4/9"


@dataclass(frozen=True)
class _Place:
    """Where one row goes at a given width."""

    top: int
    height: int
    label: QRect
    bar_top: int


class BarRows(QWidget):
    """Named horizontal stacked bars, one per row: the label before the bar, or
    above it (wrapping if need be) when the labels would not fit beside. Light
    enough to draw many at once; a label is never cut short."""

    def __init__(self, keys: Sequence[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.keys = tuple(keys)
        self.rows: list[BarRow] = []
        self.scale = 1
        self._widths = (0, 0)  # of the longest label and the longest note
        self._places: dict[int, list[_Place]] = {}  # per width, as layouts ask for several
        self.tip: Callable[[int], str] | None = None
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)

    def set_rows(self, rows: Sequence[BarRow], scale: int | None = None) -> None:
        self.rows = list(rows)
        self.scale = max(1, scale or max((sum(r.values) for r in rows), default=1))
        self._measure()

    def row_values(self, key: str) -> list[int]:
        """One key's value in each row, top to bottom (for tests)."""
        at = self.keys.index(key)
        return [r.values[at] for r in self.rows]

    # Geometry ---------------------------------------------------------------------
    def _measure(self) -> None:
        metrics = self.fontMetrics()
        self._widths = (
            max((metrics.horizontalAdvance(r.label) for r in self.rows), default=0),
            max((metrics.horizontalAdvance(r.note) for r in self.rows), default=0),
        )
        self._places = {}
        self.updateGeometry()
        self.update()

    def _beside(self, width: int) -> bool:
        """Whether the labels fit before the bars in this width."""
        return self._widths[0] + self.fontMetrics().height() <= width * 0.45

    def _layout(self, width: int) -> list[_Place]:
        if width in self._places:
            return self._places[width]
        if len(self._places) > 16:
            self._places.clear()
        metrics = self.fontMetrics()
        line = metrics.height()
        thickness = int(line * 0.8)
        places, top = [], 0
        if self._beside(width):
            height = int(line * 1.35)
            label_width = self._widths[0] + line // 2
            for _row in self.rows:
                label = QRect(0, top, label_width, height)
                places.append(_Place(top, height, label, top + (height - thickness) // 2))
                top += height
        else:
            flags = int(Qt.TextFlag.TextWordWrap)
            for row in self.rows:
                label = metrics.boundingRect(QRect(0, top, max(1, width), 10_000), flags, row.label)
                label = QRect(0, top, width, label.height())
                height = label.height() + thickness + line // 3
                places.append(_Place(top, height, label, top + label.height()))
                top += height
        self._places[width] = places
        return places

    def heightForWidth(self, width: int) -> int:
        places = self._layout(width)
        return places[-1].top + places[-1].height if places else 0

    def hasHeightForWidth(self) -> bool:
        return True

    def sizeHint(self) -> QSize:
        line = self.fontMetrics().height()
        width = sum(self._widths) + line * 8
        return QSize(width, self.heightForWidth(width))

    def minimumSizeHint(self) -> QSize:
        # The height at a width where the labels fit beside the bars: the layout
        # asks heightForWidth() for the real one (the narrowest width would make
        # every card as tall as its labels stacked and wrapped).
        line = self.fontMetrics().height()
        return QSize(line * 8, self.heightForWidth(sum(self._widths) * 3 + line * 8))

    def row_at(self, y: int) -> int:
        for i, place in enumerate(self._layout(self.width())):
            if place.top <= y < place.top + place.height:
                return i
        return -1

    # Drawing ----------------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        found = colours(self.palette())
        line = self.fontMetrics().height()
        width = self.width()
        beside = self._beside(width)
        note_width = self._widths[1] + line // 2
        thickness = int(line * 0.8)
        text = self.palette().color(QPalette.ColorRole.WindowText)
        for row, place in zip(self.rows, self._layout(width), strict=True):
            painter.setPen(text)
            if beside:
                align = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
                painter.drawText(place.label, align, row.label)
                start = place.label.width()
            else:
                flags = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop
                painter.drawText(place.label, flags | Qt.TextFlag.TextWordWrap, row.label)
                start = 0
            span = max(1, width - start - note_width)
            x = float(start)
            for key, value in zip(self.keys, row.values, strict=True):
                length = span * value / self.scale
                painter.fillRect(QRectF(x, place.bar_top, length, thickness), found.of(key))
                x += length
            painter.setPen(found.axis)
            painter.drawText(
                QRect(int(x) + line // 4, place.bar_top - line, note_width, thickness + 2 * line),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                row.note,
            )
        painter.end()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.FontChange:
            self._measure()
        super().changeEvent(event)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and self.tip is not None:
            assert isinstance(event, QHelpEvent)
            row = self.row_at(event.pos().y())
            if row >= 0:
                QToolTip.showText(event.globalPos(), self.tip(row), self)
            else:
                QToolTip.hideText()
            return True
        return super().event(event)
