"""One child in the household overview: key figures, the daily log and incidents
per week, contacts per relative, milestones per area, brothers and sisters."""

from __future__ import annotations

import html
import uuid
from collections.abc import Callable, Sequence
from datetime import date, timedelta

from PySide6.QtCore import QCoreApplication, QEvent, QLocale, Qt, QTimer
from PySide6.QtGui import QMouseEvent, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QFrame, QGridLayout, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from app.domain.catalog import Catalog
from app.domain.vocabulary import Severity
from app.services.overview import SIBLING_SIGNAL_DAYS, ChildOverview, RelativeContacts
from app.ui.models.relatives import relation_label
from app.ui.pages.overview_bar_rows import BarRow, BarRows
from app.ui.pages.overview_week_chart import WeekChart
from app.ui.pages.today_view import qdate, severity_word
from app.ui.widgets.colours import colours

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
        self.card_locale = QLocale()
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

        self.today = today
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
        self.wellbeing = _note(self)
        self.wellbeing.setObjectName("cardWellbeing")
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
        # Of each pair, __init__ made one: the bars or the line that says there are none.
        incidents = self.incident_slot or self.no_incidents
        assert incidents is not None
        grid.addWidget(incidents, 4, 0)
        self.grid = grid
        for column, caption, shown in (
            (1, self.contact_caption, self.contact_rows or self.no_contacts),
            (2, self.milestone_caption, self.milestone_rows or self.no_milestones),
        ):
            assert shown is not None
            grid.addWidget(caption, 1, column)
            box = QVBoxLayout()
            box.setContentsMargins(0, 0, 0, 0)
            box.addWidget(shown)
            box.addStretch(1)
            grid.addLayout(box, 2, column, 3, 1)
        grid.addWidget(self.siblings, 5, 0, 1, 3)
        grid.addWidget(self.wellbeing, 6, 0, 1, 3)
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
        self.card_locale, self.lang = locale, lang
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
        self._show_wellbeing()

    def _show_wellbeing(self) -> None:
        data = self.data
        if data.wellbeing_last is None:
            when = self.tr("Well-being check: none yet.")
        else:
            when = self.tr("Well-being check: last on %1.").replace(
                "%1", self._date(data.wellbeing_last)
            )
        if data.wellbeing_due is not None and data.wellbeing_due <= self.today:
            when += " " + self.tr("A new check is due.")
        if data.wellbeing:
            trend = " → ".join(f"{mean:.1f}" for _day, mean in data.wellbeing[-5:])
            when += " " + self.tr("Mean rating (1–4), oldest first: %1").replace("%1", trend)
        self.wellbeing.setText(when)

    def _chart_texts(self) -> None:
        for chart in self.charts():
            chart.set_locale(self.card_locale)
        who = self.data.child.display_name()
        if self.log_chart is not None:
            self.log_chart.setAccessibleName(self.tr("Daily log per week of %1").replace("%1", who))
        if self.incident_chart is not None:
            self.incident_chart.setAccessibleName(
                self.tr("Incidents per week of %1").replace("%1", who)
            )

    def _date(self, day: date, fmt: str = "d MMM yyyy") -> str:
        return self.card_locale.toString(qdate(day), fmt)

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
