"""The overview's chart per ISO week: stacked bars, oldest left, a date under a few.

The charts of the overview are small multiples: no titles and no legends of
their own (the page shows one legend for all), transparent on the page,
coloured from the palette, with the person's own (possibly enlarged) font.
They hold plain numbers; the page decides what they mean and gives each bar
its tooltip.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date

from PySide6.QtCharts import (
    QBarSet,
    QCategoryAxis,
    QChart,
    QChartView,
    QStackedBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QEvent, QLocale, QMargins, Qt
from PySide6.QtGui import QBrush, QCursor, QFontMetrics, QPainter, QPen, QResizeEvent
from PySide6.QtWidgets import QFrame, QToolTip, QWidget

from app.ui.pages.today_view import qdate
from app.ui.widgets.colours import colours

# Week axes carry a date under at most this many bars; more would not be read.
WEEK_LABELS = 4
AXIS_FONT_SCALE = 0.9

Tip = Callable[[int, str], str]  # (bar index, set key) -> tooltip text


def week_axis_labels(
    mondays: Sequence[date], locale: QLocale, most: int = WEEK_LABELS
) -> list[tuple[int, str]]:
    """The bars that carry a date (the Monday of their week) and the text, at most
    ``most`` of them, evenly spread; away from the ends when bars are narrow (a
    date under the first bar would stick out of the chart, and QtCharts drops it)."""
    if not mondays:
        return []
    step = max(1, -(-len(mondays) // max(1, most)))
    first = step // 2
    end = len(mondays) - max(1, first // 2) if step > 1 else len(mondays)
    return [(i, locale.toString(qdate(mondays[i]), "d MMM")) for i in range(first, end, step)]


class WeekChart(QChartView):
    """Stacked bars per ISO week (oldest left) without title or legend, on a
    transparent background, a date under a few of them. ``keys`` name the bar
    sets and their colours."""

    def __init__(
        self, keys: Sequence[str], lines: float, step: int, parent: QWidget | None = None
    ) -> None:
        chart = QChart()
        chart.legend().hide()
        chart.setBackgroundVisible(False)
        chart.setPlotAreaBackgroundVisible(False)
        chart.setMargins(QMargins(0, 0, 0, 0))
        chart.setBackgroundRoundness(0)
        chart.layout().setContentsMargins(0, 0, 0, 0)
        super().__init__(chart, parent)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setBackgroundBrush(QBrush(Qt.BrushStyle.NoBrush))
        self.viewport().setAutoFillBackground(False)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setMinimumHeight(int(self.fontMetrics().height() * lines))
        self.keys = tuple(keys)
        self.step = step  # the value axis shows 0 and multiples of this (0: only the top)
        self.series = QStackedBarSeries()
        self.series.setBarWidth(0.8)
        self.sets: dict[str, QBarSet] = {}
        for key in self.keys:
            self.sets[key] = QBarSet(key)
            self.series.append(self.sets[key])
        chart.addSeries(self.series)
        self.week_axis = QCategoryAxis()
        self.week_axis.setLabelsPosition(QCategoryAxis.AxisLabelsPosition.AxisLabelsPositionOnValue)
        self.week_axis.setGridLineVisible(False)
        self.value_axis = QValueAxis()
        self.value_axis.setLabelFormat("%d")
        self.value_axis.setTickType(QValueAxis.TickType.TicksDynamic)
        self.value_axis.setTickAnchor(0)
        chart.addAxis(self.week_axis, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(self.value_axis, Qt.AlignmentFlag.AlignLeft)
        self.series.attachAxis(self.week_axis)
        self.series.attachAxis(self.value_axis)
        self.tip: Tip | None = None
        self.series.hovered.connect(self._hovered)
        self.mondays: list[date] = []
        self.chart_locale: QLocale | None = None
        self._labels = -1  # how many dates the axis shows now

    def set_weeks(self, mondays: Sequence[date], values: dict[str, Sequence[int]]) -> None:
        self.mondays = list(mondays)
        for key, bar_set in self.sets.items():
            bar_set.remove(0, bar_set.count())
            bar_set.append([float(v) for v in values.get(key, ())])
        tops = [sum(v[i] for v in values.values() if i < len(v)) for i in range(len(mondays))]
        top = max(max(tops, default=0), 1)
        if self.step:
            top = max(self.step, -(-top // self.step) * self.step)
        self.value_axis.setRange(0, top)
        self.value_axis.setTickInterval(self.step or top)
        self.week_axis.setRange(-0.5, len(self.mondays) - 0.5)

    def set_locale(self, locale: QLocale) -> None:
        self.chart_locale = locale
        self._labels = -1
        self._label_weeks()

    def _label_weeks(self) -> None:
        """As many dates under the bars as fit the width (at most ``WEEK_LABELS``):
        a narrow chart, a large font or a long month name get fewer, never cut ones."""
        locale = self.chart_locale
        if locale is None:
            return
        font = self.font()
        font.setPointSizeF(font.pointSizeF() * AXIS_FONT_SCALE)
        widest = QFontMetrics(font).horizontalAdvance(
            locale.toString(qdate(date(2026, 9, 28)), "d MMM")
        )
        room = max(1, self.width() - 4 * widest // 3)  # the value axis takes some
        most = max(1, min(WEEK_LABELS, int(room / (widest * 1.6))))
        if most == self._labels:
            return
        self._labels = most
        axis = self.week_axis
        for label in axis.categoriesLabels():
            axis.remove(label)
        axis.setStartValue(-0.5)
        for index, text in week_axis_labels(self.mondays, locale, most):
            axis.append(text, index)
        axis.setRange(-0.5, len(self.mondays) - 0.5)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._label_weeks()

    def values(self, key: str) -> list[float]:
        """What one bar set draws, oldest week first (for tests)."""
        bar_set = self.sets[key]
        return [bar_set.at(i) for i in range(bar_set.count())]

    def _hovered(self, status: bool, index: int, bar_set: QBarSet) -> None:
        if not status or self.tip is None:
            QToolTip.hideText()
            return
        key = next((k for k, s in self.sets.items() if s is bar_set), "")
        QToolTip.showText(QCursor.pos(), self.tip(index, key), self)

    def apply_palette(self) -> None:
        found = colours(self.palette())
        for key, bar_set in self.sets.items():
            bar_set.setColor(found.of(key))
            bar_set.setBorderColor(found.of(key))
        font = self.font()
        font.setPointSizeF(font.pointSizeF() * AXIS_FONT_SCALE)
        for axis in (self.week_axis, self.value_axis):
            axis.setLabelsFont(font)
            axis.setLabelsColor(found.axis)
            axis.setLinePen(QPen(found.grid))
            axis.setGridLinePen(QPen(found.grid))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.FontChange):
            self.apply_palette()
        super().changeEvent(event)
