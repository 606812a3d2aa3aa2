"""The report's charts, drawn with reportlab.graphics (no Qt: the CLI prints too).

Made to be read on a black-and-white printout: series differ by black, grey
and white-with-outline fills and by markers, never by colour alone; every
chart has a title and a legend where it holds more than one series.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from reportlab.graphics.charts.barcharts import (  # type: ignore[import-untyped]
    HorizontalBarChart,
    VerticalBarChart,
)
from reportlab.graphics.charts.legends import Legend  # type: ignore[import-untyped]
from reportlab.graphics.charts.linecharts import (  # type: ignore[import-untyped]
    HorizontalLineChart,
)
from reportlab.graphics.shapes import Drawing  # type: ignore[import-untyped]
from reportlab.graphics.widgets.markers import makeMarker  # type: ignore[import-untyped]
from reportlab.lib import colors  # type: ignore[import-untyped]
from reportlab.pdfbase.pdfmetrics import stringWidth  # type: ignore[import-untyped]

from app.domain.records import ContactNote, DailyLog
from app.services.report.data import ReportData
from app.services.report.fonts import FontChoice
from app.services.report.texts import Texts

BLACK = colors.black
GREY = colors.Color(0.55, 0.55, 0.55)
LIGHT = colors.Color(0.85, 0.85, 0.85)
WHITE = colors.white
MAX_LABELS = 13  # category labels shown under a time axis at most
LABEL_WIDTH = 215  # room left of a horizontal bar chart for its category names
WEEKLY_UP_TO_DAYS = 140
MONTHLY_UP_TO_DAYS = 4 * 366


@dataclass(frozen=True)
class Bucket:
    start: date
    end: date
    label: str


@dataclass(frozen=True)
class Chart:
    title: str
    drawing: Any  # a reportlab Drawing


def time_buckets(start: date, end: date, t: Texts) -> tuple[str, list[Bucket]]:
    """The period cut into weeks (up to 20 weeks), months (up to 4 years) or years."""
    span = (end - start).days + 1
    out: list[Bucket] = []
    if span <= WEEKLY_UP_TO_DAYS:
        # Weeks from Monday to Sunday, the first and last cut to the period and
        # named after their first day in it.
        monday = start - timedelta(days=start.weekday())
        while monday <= end:
            first = max(monday, start)
            out.append(Bucket(first, min(monday + timedelta(days=6), end), t.short_date(first)))
            monday += timedelta(days=7)
        return "week", out
    if span <= MONTHLY_UP_TO_DAYS:
        first = start.replace(day=1)
        many_years = start.year != end.year
        while first <= end:
            following = date(first.year + first.month // 12, first.month % 12 + 1, 1)
            label = t.month(first, year=many_years)
            out.append(Bucket(first, following - timedelta(days=1), label))
            first = following
        return "month", out
    for year in range(start.year, end.year + 1):
        out.append(Bucket(date(year, 1, 1), date(year, 12, 31), str(year)))
    return "year", out


def _index(buckets: Sequence[Bucket], day: date) -> int | None:
    for i, bucket in enumerate(buckets):
        if bucket.start <= day <= bucket.end:
            return i
    return None


def _plot_width(width: float, buckets: Sequence[Bucket]) -> float:
    """Narrower plots for a few weeks or months: bars as wide as a page look odd."""
    return min(width - 40, max(160, 40 * len(buckets)))


def _thin_labels(labels: Sequence[str]) -> list[str]:
    step = max(1, -(-len(labels) // MAX_LABELS))
    return [label if i % step == 0 else "" for i, label in enumerate(labels)]


def _legend(font: FontChoice, pairs: list[tuple[Any, str]], x: float, y: float) -> Any:
    """A legend in one row, its top left corner at (x, y)."""
    legend = Legend()
    legend.x, legend.y = x, y
    legend.fontName, legend.fontSize = font.regular, 8
    legend.alignment = "right"  # the text right of its swatch
    legend.columnMaximum = 1
    widest = max(stringWidth(name, font.regular, 8) for _, name in pairs)
    legend.deltax = widest + 30
    legend.dxTextSpace = 5
    legend.dx = legend.dy = 8
    legend.strokeColor = BLACK
    legend.strokeWidth = 0.5
    legend.colorNamePairs = pairs
    legend.boxAnchor = "nw"
    return legend


def _axis_fonts(chart: Any, font: FontChoice) -> None:
    for axis in (chart.categoryAxis, chart.valueAxis):
        axis.labels.fontName = font.regular
        axis.labels.fontSize = 7.5
        axis.strokeWidth = 0.5


def _count_or_nothing(value: float) -> str:
    return f"{value:g}" if value else ""


def logs_chart(data: ReportData, t: Texts, font: FontChoice, width: float) -> Chart | None:
    unit, buckets = time_buckets(data.start, data.end, t)
    logs = [0] * len(buckets)
    incidents = [0] * len(buckets)
    for item in data.entries:
        log = item.current
        if isinstance(log, DailyLog):
            i = _index(buckets, log.date)
            if i is not None:
                logs[i] += 1
                incidents[i] += bool(log.flag)
    if not any(logs):
        return None
    drawing = Drawing(width, 170)
    chart = VerticalBarChart()
    chart.x, chart.y, chart.width, chart.height = 30, 30, _plot_width(width, buckets), 110
    chart.data = [logs, incidents]
    # Incidents are few beside the logs: their number is written over the bar.
    chart.barLabelFormat = [None, _count_or_nothing]
    chart.barLabels.fontName, chart.barLabels.fontSize = font.bold, 7
    chart.barLabels.boxAnchor, chart.barLabels.dy = "s", 1
    chart.bars[0].fillColor, chart.bars[1].fillColor = LIGHT, BLACK
    chart.bars.strokeColor, chart.bars.strokeWidth = BLACK, 0.3
    chart.groupSpacing = 2 if len(buckets) > 30 else 7
    chart.barSpacing = 0
    chart.categoryAxis.categoryNames = _thin_labels([b.label for b in buckets])
    chart.categoryAxis.labels.angle = 0
    chart.valueAxis.valueMin = 0
    top = max(logs)
    chart.valueAxis.valueMax = max(top, 1)
    chart.valueAxis.valueStep = max(1, -(-top // 5))
    chart.valueAxis.visibleGrid = True
    chart.valueAxis.gridStrokeColor, chart.valueAxis.gridStrokeWidth = LIGHT, 0.3
    _axis_fonts(chart, font)
    drawing.add(chart)
    pairs = [(LIGHT, t("logs")), (BLACK, t("incidents"))]
    drawing.add(_legend(font, pairs, 0, 166))
    return Chart(t(f"chart_logs_{unit}"), drawing)


def mood_chart(data: ReportData, t: Texts, font: FontChoice, width: float) -> Chart | None:
    unit, buckets = time_buckets(data.start, data.end, t)
    sums = [0] * len(buckets)
    counts = [0] * len(buckets)
    for item in data.entries:
        log = item.current
        if isinstance(log, DailyLog) and log.mood is not None:
            i = _index(buckets, log.date)
            if i is not None:
                sums[i] += log.mood
                counts[i] += 1
    if not any(counts):
        return None
    averages = [round(s / n, 2) if n else None for s, n in zip(sums, counts, strict=True)]
    drawing = Drawing(width, 150)
    chart = HorizontalLineChart()
    chart.x, chart.y, chart.width, chart.height = 30, 25, _plot_width(width, buckets), 110
    chart.data = [averages]
    chart.joinedLines = 1
    chart.lines[0].strokeColor, chart.lines[0].strokeWidth = BLACK, 1
    chart.lines[0].symbol = makeMarker("FilledCircle", size=3 if len(buckets) > 30 else 4)
    chart.categoryAxis.categoryNames = _thin_labels([b.label for b in buckets])
    chart.valueAxis.valueMin, chart.valueAxis.valueMax, chart.valueAxis.valueStep = 1, 5, 1
    chart.valueAxis.visibleGrid = True
    chart.valueAxis.gridStrokeColor, chart.valueAxis.gridStrokeWidth = LIGHT, 0.3
    _axis_fonts(chart, font)
    drawing.add(chart)
    return Chart(t(f"chart_mood_{unit}"), drawing)


def _short(text: str, limit: int = 46) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def contacts_chart(data: ReportData, t: Texts, font: FontChoice, width: float) -> Chart | None:
    rows = [r for r in data.summary.contacts if r.held + r.cancelled + r.no_show]
    if not any(isinstance(i.current, ContactNote) for i in data.entries) or not rows:
        return None
    height = 20 * len(rows) + 55
    drawing = Drawing(width, height)
    chart = HorizontalBarChart()
    chart.x, chart.y = LABEL_WIDTH, 30
    chart.width, chart.height = width - LABEL_WIDTH - 20, 20 * len(rows)
    # The first row at the top, as in the summary table above it.
    ordered = list(reversed(rows))
    chart.data = [
        [r.held for r in ordered],
        [r.cancelled for r in ordered],
        [r.no_show for r in ordered],
    ]
    chart.categoryAxis.style = "stacked"
    chart.categoryAxis.categoryNames = [_short(r.name or t("removed")) for r in ordered]
    chart.bars[0].fillColor, chart.bars[1].fillColor, chart.bars[2].fillColor = BLACK, GREY, WHITE
    chart.bars.strokeColor, chart.bars.strokeWidth = BLACK, 0.5
    chart.valueAxis.valueMin = 0
    top = max(r.held + r.cancelled + r.no_show for r in rows)
    chart.valueAxis.valueMax = max(top, 1)
    chart.valueAxis.valueStep = max(1, -(-top // 6))
    chart.valueAxis.visibleGrid = True
    chart.valueAxis.gridStrokeColor, chart.valueAxis.gridStrokeWidth = LIGHT, 0.3
    _axis_fonts(chart, font)
    chart.categoryAxis.labels.fontSize = 8
    drawing.add(chart)
    pairs = [(BLACK, t("held")), (GREY, t("cancelled")), (WHITE, t("no_show"))]
    drawing.add(_legend(font, pairs, 0, height - 4))
    return Chart(t("chart_contacts"), drawing)


def milestones_chart(data: ReportData, t: Texts, font: FontChoice, width: float) -> Chart | None:
    per = Counter(m.domain for m in data.summary.milestones)
    if not per:
        return None
    domains = [d for d in data.catalog.domains() if d in per] + sorted(
        d for d in per if d not in data.catalog.domains()
    )
    ordered = list(reversed(domains))
    height = 20 * len(domains) + 40
    drawing = Drawing(width, height)
    chart = HorizontalBarChart()
    chart.x, chart.y = LABEL_WIDTH, 25
    chart.width, chart.height = width - LABEL_WIDTH - 20, 20 * len(domains)
    chart.data = [[per[d] for d in ordered]]
    chart.categoryAxis.categoryNames = [
        _short(data.catalog.domain_label(d, t.lang) if d in data.catalog.domains() else d)
        for d in ordered
    ]
    chart.bars[0].fillColor, chart.bars.strokeColor, chart.bars.strokeWidth = GREY, BLACK, 0.5
    chart.barLabelFormat = "%d"
    chart.barLabels.fontName, chart.barLabels.fontSize = font.regular, 8
    chart.barLabels.boxAnchor, chart.barLabels.dx = "w", 3
    top = max(per.values())
    chart.valueAxis.valueMin, chart.valueAxis.valueMax = 0, top + 1
    chart.valueAxis.valueStep = max(1, -(-top // 6))
    _axis_fonts(chart, font)
    chart.categoryAxis.labels.fontSize = 8
    drawing.add(chart)
    return Chart(t("chart_milestones"), drawing)


def all_charts(data: ReportData, t: Texts, font: FontChoice, width: float) -> list[Chart]:
    """The charts that have something to show, in reading order."""
    makers = (logs_chart, mood_chart, contacts_chart, milestones_chart)
    return [c for c in (make(data, t, font, width) for make in makers) if c is not None]
