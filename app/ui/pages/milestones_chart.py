"""The progress chart of the Milestones page: per domain, how many items were
achieved at each month of the child's age."""

from __future__ import annotations

import html

from PySide6.QtCharts import QChart, QChartView, QLineSeries, QValueAxis
from PySide6.QtCore import QEvent, QMargins, Qt
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QLabel, QStackedLayout, QVBoxLayout, QWidget

from app.services.milestones import ProgressPoint
from app.ui.widgets.colours import is_dark

# The window colour's lightness below which the palette counts as dark.
MAX_TICKS = 6


class ProgressChart(QWidget):
    """A line per domain; a short explanation instead while nothing is achieved."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.chart = QChart()
        self.chart.setMargins(QMargins(4, 4, 4, 4))
        self.axis_x = QValueAxis()
        self.axis_x.setLabelFormat("%d")
        self.axis_x.setTickType(QValueAxis.TickType.TicksDynamic)
        self.axis_y = QValueAxis()
        self.axis_y.setLabelFormat("%d")
        self.axis_y.setTickType(QValueAxis.TickType.TicksDynamic)
        self.axis_y.setTickAnchor(0)
        self.chart.addAxis(self.axis_x, Qt.AlignmentFlag.AlignBottom)
        self.chart.addAxis(self.axis_y, Qt.AlignmentFlag.AlignLeft)
        # The chart's own legend cuts long names ("Social et ém…"): a legend of words
        # that wrap, under the chart, names each line in full.
        self.chart.legend().hide()
        self.view = QChartView(self.chart)
        self.view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.view.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.legend = QLabel()
        self.legend.setObjectName("chartLegend")
        self.legend.setWordWrap(True)
        self.legend.setTextFormat(Qt.TextFormat.RichText)
        self.legend.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        drawn = QWidget()
        drawn_layout = QVBoxLayout(drawn)
        drawn_layout.setContentsMargins(0, 0, 0, 0)
        drawn_layout.addWidget(self.view, 1)
        drawn_layout.addWidget(self.legend)
        self.empty = QLabel()
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stack = QStackedLayout(self)
        self.drawn = drawn
        self.stack.addWidget(drawn)
        self.stack.addWidget(self.empty)
        self.stack.setCurrentWidget(self.empty)
        self._series: dict[str, QLineSeries] = {}
        self._apply_palette()

    def retranslate(self, labels: dict[str, str]) -> None:
        self.chart.setTitle(self.tr("Milestones achieved, by age"))
        self.axis_x.setTitleText(self.tr("Age in months"))
        self.axis_y.setTitleText(self.tr("Achieved"))
        self.empty.setText(
            self.tr("The chart shows how the milestones achieved add up, once the first is marked.")
        )
        self.view.setAccessibleName(self.tr("Progress chart"))
        for domain, series in self._series.items():
            series.setName(labels.get(domain, domain))
        self._show_legend()

    def _show_legend(self) -> None:
        parts = [
            f"<span style='color:{series.color().name()}'>■</span>&nbsp;"
            + html.escape(series.name()).replace(" ", "&nbsp;", 1)
            for series in self._series.values()
        ]
        self.legend.setText(" &nbsp; ".join(parts))

    def legend_text(self) -> str:
        return self.legend.text()

    def set_progress(
        self, progress: dict[str, list[ProgressPoint]], labels: dict[str, str]
    ) -> None:
        self.chart.removeAllSeries()
        self._series = {}
        xs = [p.age_months for points in progress.values() for p in points]
        if not xs:
            self.stack.setCurrentWidget(self.empty)
            return
        for domain, points in progress.items():
            series = QLineSeries()
            series.setObjectName(domain)
            series.setName(labels.get(domain, domain))
            series.setPointsVisible(True)
            for point in points:
                series.append(float(point.age_months), float(point.achieved))
            self.chart.addSeries(series)
            series.attachAxis(self.axis_x)
            series.attachAxis(self.axis_y)
            self._series[domain] = series
        low, high = min(xs), max(xs)
        if low == high:
            low, high = low - 1, high + 1
        self.axis_x.setRange(low, high)
        # Whole months between ticks, at most about six of them.
        self.axis_x.setTickAnchor(low)
        self.axis_x.setTickInterval(max(1, -(-(high - low) // MAX_TICKS)))
        top = max((p.achieved for points in progress.values() for p in points), default=0)
        top = max(top, 1)
        self.axis_y.setRange(0, top + 1)
        self.axis_y.setTickInterval(max(1, -(-(top + 1) // MAX_TICKS)))
        self._apply_palette()
        self._show_legend()
        self.stack.setCurrentWidget(self.drawn)

    def series_points(self) -> dict[str, list[tuple[float, float]]]:
        """What the chart draws: per domain key, its (age in months, achieved) points."""
        return {
            domain: [(p.x(), p.y()) for p in series.points()]
            for domain, series in self._series.items()
        }

    def _apply_palette(self) -> None:
        dark = is_dark(self.palette())
        theme = QChart.ChartTheme.ChartThemeDark if dark else QChart.ChartTheme.ChartThemeLight
        if self.chart.theme() != theme:
            self.chart.setTheme(theme)
            self._show_legend()  # a theme brings its own line colours
        # A theme brings its own fonts; the person's (possibly enlarged) font wins.
        font = self.font()
        for axis in (self.axis_x, self.axis_y):
            axis.setLabelsFont(font)
            axis.setTitleFont(font)
        title = self.font()
        title.setBold(True)
        self.chart.setTitleFont(title)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.FontChange):
            self._apply_palette()
        super().changeEvent(event)
