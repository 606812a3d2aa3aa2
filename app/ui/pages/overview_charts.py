"""The small charts of the household overview: one look per child, the same
colours everywhere (incidents red, missed amber, held green, planned grey).

The charts are small multiples: no titles and no legends of their own (the
page shows one legend for all), transparent on the page, coloured from the
palette so that they follow the system's dark mode, with the person's own
(possibly enlarged) font. They hold plain numbers; the page decides what they
mean and gives each bar its tooltip.
"""

from __future__ import annotations

import html
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from PySide6.QtCharts import (
    QBarSet,
    QCategoryAxis,
    QChart,
    QChartView,
    QStackedBarSeries,
    QValueAxis,
)
from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QLocale,
    QMargins,
    QRect,
    QRectF,
    QSize,
    Qt,
    QTimer,
)
from PySide6.QtGui import (
    QBrush,
    QColor,
    QCursor,
    QFontMetrics,
    QHelpEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
    QResizeEvent,
)
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from app.domain.catalog import Catalog
from app.domain.records import Severity
from app.services.overview import SIBLING_SIGNAL_DAYS, ChildOverview, RelativeContacts
from app.ui.models.relatives import relation_label
from app.ui.pages.milestones_chart import DARK_LIGHTNESS
from app.ui.pages.today_view import qdate, severity_word

# Week axes carry a date under at most this many bars; more would not be read.
WEEK_LABELS = 4
AXIS_FONT_SCALE = 0.9

Tip = Callable[[int, str], str]  # (bar index, set key) -> tooltip text


@dataclass(frozen=True)
class Colours:
    entries: QColor
    missing: QColor  # days without a log: amber
    cancelled: QColor  # amber too: a contact that did not happen
    no_show: QColor
    low: QColor
    medium: QColor
    high: QColor
    held: QColor
    planned: QColor
    achieved: QColor
    emerging: QColor
    remaining: QColor
    warning: QColor  # text: amber, readable on the window colour
    danger: QColor  # text: red, readable on the window colour
    axis: QColor
    grid: QColor

    def of(self, key: str) -> QColor:
        return getattr(self, key)  # type: ignore[no-any-return]


def is_dark(palette: QPalette) -> bool:
    return palette.color(QPalette.ColorRole.Window).lightness() < DARK_LIGHTNESS


_MADE: dict[int, Colours] = {}


def colours(palette: QPalette) -> Colours:
    """The overview's colours for this palette: the same hues in light and dark
    mode, lighter where the background is dark."""
    key = palette.cacheKey()
    found = _MADE.get(key)
    if found is None:
        if len(_MADE) > 32:  # palettes come and go with widgets: keep a few
            _MADE.clear()
        found = _MADE[key] = _colours(palette)
    return found


def _colours(palette: QPalette) -> Colours:
    dark = is_dark(palette)
    text = palette.color(QPalette.ColorRole.WindowText)
    grid = QColor(text)
    grid.setAlphaF(0.15)
    axis = QColor(text)
    axis.setAlphaF(0.75)

    def pick(light: str, on_dark: str) -> QColor:
        return QColor(on_dark if dark else light)

    return Colours(
        entries=pick("#4c78a8", "#7aa6db"),
        missing=pick("#e39b2d", "#f0b454"),
        cancelled=pick("#e39b2d", "#f0b454"),
        no_show=pick("#b8621b", "#e0863c"),
        low=pick("#f0a6a0", "#9c6a66"),
        medium=pick("#d9473b", "#f08a80"),
        high=pick("#8c1a12", "#ff3b30"),
        held=pick("#3b8f4d", "#5fbf72"),
        planned=pick("#a8a8a8", "#7d7d7d"),
        achieved=pick("#3b8f4d", "#5fbf72"),
        emerging=pick("#a9d6a8", "#4d8757"),
        remaining=pick("#e4e4e4", "#3c3c3c"),
        warning=pick("#9a5400", "#f0b454"),
        danger=pick("#b3261e", "#ff8a80"),
        axis=axis,
        grid=grid,
    )


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
        self.locale: QLocale | None = None
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
        self.locale = locale
        self._labels = -1
        self._label_weeks()

    def _label_weeks(self) -> None:
        """As many dates under the bars as fit the width (at most ``WEEK_LABELS``):
        a narrow chart, a large font or a long month name get fewer, never cut ones."""
        locale = self.locale
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


# One child --------------------------------------------------------------------------


WEEK_KEYS = ("entries", "missing")
INCIDENT_KEYS = ("low", "medium", "high")
CONTACT_KEYS = ("held", "cancelled", "no_show", "planned")
MILESTONE_KEYS = ("achieved", "emerging", "remaining")
STRIPE = 5  # the width of the coloured edge of a card that has something to look at
WEEK_LINES, INCIDENT_LINES = 6.0, 4.2


def missing_per_week(child: ChildOverview, today: date) -> list[int]:
    """Days without a log per week. Today is not over (its log may still come):
    the service leaves it out of the total, so the week holding today gets what
    the total leaves for it."""
    missing = [max(0, w.days - w.days_with_entry) for w in child.weeks]
    for i, week in enumerate(child.weeks):
        if week.monday <= today < week.monday + timedelta(days=7):
            rest = child.days_without_entry - (sum(missing) - missing[i])
            missing[i] = max(0, min(missing[i], rest))
    return missing


def set_names() -> dict[str, str]:
    """The words for each bar set, for tooltips and the page's one legend (each
    call spelled out in full: that is what pyside6-lupdate looks for)."""
    return {
        "entries": QCoreApplication.translate("OverviewCharts", "entries"),
        "missing": QCoreApplication.translate("OverviewCharts", "days without a log"),
        "low": severity_word(Severity.LOW),
        "medium": severity_word(Severity.MEDIUM),
        "high": severity_word(Severity.HIGH),
        "held": QCoreApplication.translate("OverviewCharts", "held"),
        "cancelled": QCoreApplication.translate("OverviewCharts", "cancelled"),
        "no_show": QCoreApplication.translate("OverviewCharts", "no-show"),
        "planned": QCoreApplication.translate("OverviewCharts", "planned"),
        "achieved": QCoreApplication.translate("OverviewCharts", "reached"),
        "emerging": QCoreApplication.translate("OverviewCharts", "emerging"),
        "remaining": QCoreApplication.translate("OverviewCharts", "not yet"),
    }


def _contacts(contact: RelativeContacts) -> int:
    return contact.held + contact.cancelled + contact.no_show + contact.planned


def _caption(parent: QWidget) -> QLabel:
    label = QLabel(parent)
    font = label.font()
    font.setBold(True)
    label.setFont(font)
    label.setWordWrap(True)  # a long caption wraps rather than widen its column
    label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom)
    return label


def _note(parent: QWidget) -> QLabel:
    label = QLabel(parent)
    label.setWordWrap(True)
    label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
    label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
    return label


class ChildCard(QFrame):
    """One child in the overview: key figures, the daily log and incidents per
    week, contacts per relative, milestones per domain, brothers and sisters."""

    def __init__(
        self,
        data: ChildOverview,
        mondays: Sequence[date],
        today: date,
        catalog: Catalog,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("overviewCard")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.data = data
        self.catalog = catalog
        self.mondays = list(mondays)
        self.locale = QLocale()
        self.lang = "en"
        self.selected = False
        self.stripe: str | None = None  # "danger" or "warning": what the signals say
        # Called with the child's id when the card is clicked (a callback, not a
        # signal: Signal.emit from Python leaks in PySide6 6.12).
        self.on_chosen: Callable[[uuid.UUID], None] | None = None

        self.name = QLabel(self)
        font = self.name.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.name.setFont(font)
        self.name.setObjectName("cardName")
        self.age = _note(self)
        self.figures = QLabel(self)
        self.figures.setObjectName("cardFigures")
        self.figures.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.log_caption, self.incident_caption = _caption(self), _caption(self)
        self.contact_caption, self.milestone_caption = _caption(self), _caption(self)

        self.missing = missing_per_week(data, today)
        # The charts are made when the card first shows on screen (``ensure_charts``):
        # until then a blank of their size holds their place, so that a household of
        # many children is on the page at once and scrolls at once.
        self.log_chart: WeekChart | None = None
        self.incident_chart: WeekChart | None = None
        line = self.fontMetrics().height()
        self.log_slot = QWidget(self)
        self.log_slot.setMinimumHeight(int(line * WEEK_LINES))
        # Where there is nothing to draw, a line says so (made only then: a card
        # is one of many, and each widget costs).
        self.incident_slot: QWidget | None = None
        self.no_incidents: QLabel | None = None
        if data.incidents.total:
            self.incident_slot = QWidget(self)
            self.incident_slot.setMinimumHeight(int(line * INCIDENT_LINES))
        else:
            self.no_incidents = _note(self)
        self._charts_asked = False
        self.contact_rows: BarRows | None = None
        self.no_contacts: QLabel | None = None
        if data.contacts:
            self.contact_rows = BarRows(CONTACT_KEYS, self)
            self.contact_rows.setObjectName("contactRows")
            self.contact_rows.tip = self._contact_tip
        else:
            self.no_contacts = _note(self)
        self.milestone_rows: BarRows | None = None
        self.no_milestones: QLabel | None = None
        if any(m.achieved or m.emerging for m in data.milestones):
            self.milestone_rows = BarRows(MILESTONE_KEYS, self)
            self.milestone_rows.setObjectName("milestoneRows")
            self.milestone_rows.tip = self._milestone_tip
        else:
            self.no_milestones = _note(self)
        self.siblings = QLabel(self)
        self.siblings.setObjectName("cardSiblings")
        self.siblings.setWordWrap(True)
        self.siblings.setTextFormat(Qt.TextFormat.RichText)
        self._layout()

    def _layout(self) -> None:
        grid = QGridLayout(self)
        line = self.fontMetrics().height()
        grid.setContentsMargins(STRIPE + line // 2, line // 3, line // 2, line // 3)
        grid.setHorizontalSpacing(line)
        grid.setVerticalSpacing(line // 4)
        head = QHBoxLayout()
        head.setSpacing(line // 2)
        head.addWidget(self.name)
        head.addWidget(self.age)
        head.addStretch(1)
        head.addWidget(self.figures)
        grid.addLayout(head, 0, 0, 1, 3)
        grid.addWidget(self.log_caption, 1, 0)
        grid.addWidget(self.log_slot, 2, 0)
        grid.addWidget(self.incident_caption, 3, 0)
        grid.addWidget(self.incident_slot or self.no_incidents, 4, 0)
        self.grid = grid
        for column, caption, shown in (
            (1, self.contact_caption, self.contact_rows or self.no_contacts),
            (2, self.milestone_caption, self.milestone_rows or self.no_milestones),
        ):
            grid.addWidget(caption, 1, column)
            box = QVBoxLayout()
            box.setContentsMargins(0, 0, 0, 0)
            box.addWidget(shown)
            box.addStretch(1)
            grid.addLayout(box, 2, column, 3, 1)
        grid.addWidget(self.siblings, 5, 0, 1, 3)
        grid.setColumnStretch(0, 5)
        grid.setColumnStretch(1, 3)
        grid.setColumnStretch(2, 3)
        grid.setRowStretch(2, 3)
        grid.setRowStretch(4, 2)

    def charts(self) -> list[WeekChart]:
        return [c for c in (self.log_chart, self.incident_chart) if c is not None]

    def ensure_charts(self) -> None:
        """Make the charts, once."""
        if self.log_chart is not None:
            return
        data = self.data
        self.log_chart = WeekChart(WEEK_KEYS, WEEK_LINES, 7, self)
        self.log_chart.set_weeks(
            self.mondays, {"entries": [w.entries for w in data.weeks], "missing": self.missing}
        )
        self.log_chart.tip = self._log_tip
        self._put(self.log_slot, self.log_chart)
        if self.incident_slot is not None:
            self.incident_chart = WeekChart(INCIDENT_KEYS, INCIDENT_LINES, 0, self)
            self.incident_chart.set_weeks(
                self.mondays,
                {k: [getattr(w.incidents, k) for w in data.weeks] for k in INCIDENT_KEYS},
            )
            self.incident_chart.week_axis.setLabelsVisible(False)
            self.incident_chart.tip = self._incident_tip
            self._put(self.incident_slot, self.incident_chart)
        self._chart_texts()
        for chart in self.charts():
            chart.apply_palette()

    def _put(self, slot: QWidget, chart: WeekChart) -> None:
        self.grid.replaceWidget(slot, chart)
        slot.hide()
        slot.deleteLater()
        chart.show()

    # Texts ----------------------------------------------------------------------------
    def retranslate(self, locale: QLocale, lang: str) -> None:
        self.locale, self.lang = locale, lang
        data = self.data
        self.name.setText(data.child.display_name())
        months = data.age_months
        self.age.setText(
            QCoreApplication.translate("ChildrenModel", "%n month(s)", "", months)
            if months < 24
            else QCoreApplication.translate("ChildrenModel", "%n year(s)", "", months // 12)
        )
        self.figures.setText(
            " · ".join(
                (
                    self.tr("%n entry(ies)", "", data.entries),
                    self.tr("%n day(s) without a log", "", data.days_without_entry),
                    self.tr("%n incident(s)", "", data.incidents.total),
                )
            )
        )
        self.log_caption.setText(self.tr("Daily log per week"))
        self.incident_caption.setText(self.tr("Incidents per week"))
        self.contact_caption.setText(self.tr("Contacts per relative"))
        self.milestone_caption.setText(self.tr("Milestones per area"))
        if self.no_incidents is not None:
            self.no_incidents.setText(self.tr("No incidents in this period."))
        if self.no_contacts is not None:
            self.no_contacts.setText(self.tr("No relatives recorded."))
        if self.no_milestones is not None:
            items = sum(m.total for m in data.milestones)
            self.no_milestones.setText(
                self.tr("None of the %n milestone(s) for this age is marked yet.", "", items)
                if items
                else self.tr("The catalog has no milestones for this age.")
            )
        self._chart_texts()
        if self.contact_rows is not None:
            self.contact_rows.set_rows(
                [
                    BarRow(c.name, tuple(getattr(c, k) for k in CONTACT_KEYS), str(_contacts(c)))
                    for c in data.contacts
                ]
            )
        if self.milestone_rows is not None:
            self.milestone_rows.set_rows(
                [
                    BarRow(
                        self.catalog.domain_label(m.domain, lang),
                        (m.achieved, m.emerging, m.total - m.achieved - m.emerging),
                        f"{m.achieved}/{m.total}",
                    )
                    for m in data.milestones
                ]
            )
        who = data.child.display_name()
        # Screen readers get the numbers the bars show, row by row.
        for rows, name, tip in (
            (self.contact_rows, self.tr("Contacts per relative of %1"), self._contact_tip),
            (self.milestone_rows, self.tr("Milestones per area of %1"), self._milestone_tip),
        ):
            if rows is not None:
                rows.setAccessibleName(name.replace("%1", who))
                rows.setAccessibleDescription(
                    "; ".join(tip(i).replace("\n", ", ") for i in range(len(rows.rows)))
                )
        self._show_siblings()

    def _chart_texts(self) -> None:
        for chart in self.charts():
            chart.set_locale(self.locale)
        who = self.data.child.display_name()
        if self.log_chart is not None:
            self.log_chart.setAccessibleName(self.tr("Daily log per week of %1").replace("%1", who))
        if self.incident_chart is not None:
            self.incident_chart.setAccessibleName(
                self.tr("Incidents per week of %1").replace("%1", who)
            )

    def _date(self, day: date, fmt: str = "d MMM yyyy") -> str:
        return self.locale.toString(qdate(day), fmt)

    def _days_ago(self, days: int | None) -> str:
        if days is None:
            return self.tr("no contact on record")
        if days == 0:
            return self.tr("seen today")
        return self.tr("last seen %n day(s) ago", "", days)

    def _show_siblings(self) -> None:
        found = colours(self.palette())
        together = [s.name for s in self.data.siblings if s.together]
        parts = []
        if together:
            parts.append(
                html.escape(self.tr("Together with %1.").replace("%1", ", ".join(together)))
            )
        # Brothers and sisters apart, those last seen on the same day in one sentence.
        apart: dict[int | None, list[str]] = {}
        for sibling in self.data.siblings:
            if not sibling.together:
                apart.setdefault(sibling.days_since, []).append(sibling.name)
        for days, names in apart.items():
            text = html.escape(
                self.tr("Apart from %1: %2.")
                .replace("%1", ", ".join(names))
                .replace("%2", self._days_ago(days))
            )
            if days is None or days > SIBLING_SIGNAL_DAYS:
                text = f'<span style="color:{found.warning.name()}">⚠ {text}</span>'
            parts.append(text)
        if not parts:
            parts.append(html.escape(self.tr("No brothers or sisters recorded.")))
        lead = html.escape(self.tr("Siblings:"))
        self.siblings.setText(f"<b>{lead}</b> " + " · ".join(parts))

    # Tooltips -------------------------------------------------------------------------
    def _week(self, index: int) -> str:
        monday = self.mondays[index] if 0 <= index < len(self.mondays) else None
        return self.tr("Week of %1").replace("%1", self._date(monday)) if monday else ""

    def _log_tip(self, index: int, _key: str) -> str:
        week = self.data.weeks[index]
        return "\n".join(
            (
                self._week(index),
                self.tr("%n entry(ies)", "", week.entries),
                self.tr("%n day(s) without a log", "", self.missing[index]),
            )
        )

    def _incident_tip(self, index: int, _key: str) -> str:
        counts = self.data.weeks[index].incidents
        lines = [self._week(index), self.tr("%n incident(s)", "", counts.total)]
        for severity in (Severity.HIGH, Severity.MEDIUM, Severity.LOW):
            n = getattr(counts, severity.value)
            if n:
                lines.append(f"{severity_word(severity)}: {n}")
        return "\n".join(lines)

    def _contact_tip(self, row: int) -> str:
        contact = self.data.contacts[row]
        names = set_names()
        lines = [
            f"{contact.name} ({relation_label(contact.relation)})",
            " · ".join(
                f"{names[k]}: {getattr(contact, k)}" for k in CONTACT_KEYS if getattr(contact, k)
            ),
            self._days_ago(contact.days_since),
        ]
        if contact.next_planned is not None:
            lines.append(
                self.tr("next planned on %1").replace("%1", self._date(contact.next_planned))
            )
        return "\n".join(lines)

    def _milestone_tip(self, row: int) -> str:
        domain = self.data.milestones[row]
        return "\n".join(
            (
                self.catalog.domain_label(domain.domain, self.lang),
                self.tr("%1 of %2 reached, %3 emerging")
                .replace("%1", str(domain.achieved))
                .replace("%2", str(domain.total))
                .replace("%3", str(domain.emerging)),
                self.tr("%n reached in this period", "", domain.achieved_in_period),
            )
        )

    # Look -----------------------------------------------------------------------------
    def apply_palette(self) -> None:
        for chart in self.charts():
            chart.apply_palette()
        self._show_siblings()

    def set_selected(self, selected: bool) -> None:
        if selected != self.selected:
            self.selected = selected
            self.update()

    def set_stripe(self, stripe: str | None) -> None:
        self.stripe = stripe
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        if self.log_chart is None and not self._charts_asked:
            # Painted means on screen: the charts are wanted now (right after this paint).
            self._charts_asked = True
            QTimer.singleShot(0, self, self.ensure_charts)
        super().paintEvent(event)
        painter = QPainter(self)
        rect = self.rect()
        if self.stripe is not None:
            found = colours(self.palette())
            tone = found.medium if self.stripe == "danger" else found.missing
            painter.fillRect(0, 0, STRIPE, rect.height(), tone)
        if self.selected:
            pen = QPen(self.palette().color(QPalette.ColorRole.Highlight))
            pen.setWidth(2)
            painter.setPen(pen)
            painter.drawRect(rect.adjusted(1, 1, -1, -1))
        painter.end()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if self.on_chosen is not None:
            self.on_chosen(self.data.child.id)
        super().mousePressEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.PaletteChange:
            self._show_siblings()
        super().changeEvent(event)
