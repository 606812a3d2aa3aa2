"""The filters above the timeline: which kinds of record, which period, which words."""

from __future__ import annotations

import uuid
from datetime import date, timedelta
from enum import IntEnum

from PySide6.QtCore import QDate, QEvent, QLocale, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from app.domain.handover import Handover
from app.domain.records import ContactNote, DailyLog, MilestoneObservation, Review
from app.ui.models.timeline import long_date_format

SEARCH_DELAY_MS = 250


class Period(IntEnum):
    ALL = 0
    WEEK = 1
    MONTH = 2
    BETWEEN = 3


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _pydate(day: QDate) -> date:
    return date(day.year(), day.month(), day.day())


def period_range(
    period: Period, today: date, first: date, last: date
) -> tuple[date | None, date | None]:
    """The (start, end) days of a period choice; None where it is open."""
    if period == Period.WEEK:
        return today - timedelta(days=6), None
    if period == Period.MONTH:
        return _pydate(_qdate(today).addMonths(-1)), None
    if period == Period.BETWEEN:
        return min(first, last), max(first, last)
    return None, None


class TimelineFilterBar(QWidget):
    """Emits ``sig_filter_changed`` when kinds or period change, and
    ``sig_search_changed`` a moment after the search words stop changing."""

    sig_filter_changed = Signal()
    sig_search_changed = Signal(str)

    def __init__(self, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._today = today
        self.kind_boxes: dict[str, QCheckBox] = {}
        self._kinds_row = kinds_row = QHBoxLayout()
        self.show_label = QLabel()
        kinds_row.addWidget(self.show_label)
        for kind in (DailyLog.kind, MilestoneObservation.kind, ContactNote.kind, Review.kind):
            self.add_kind(kind)
        kinds_row.addStretch(1)

        self.period = QComboBox()
        self.period.setObjectName("timelinePeriod")
        for _ in Period:
            self.period.addItem("")
        self.period.currentIndexChanged.connect(self._period_chosen)
        self.period_label = QLabel()
        self.period_label.setBuddy(self.period)
        self.start = QDateEdit()
        self.start.setObjectName("timelineFrom")
        self.end = QDateEdit()
        self.end.setObjectName("timelineTo")
        for edit in (self.start, self.end):
            edit.setCalendarPopup(True)
            edit.setEnabled(False)
            edit.dateChanged.connect(self._dates_changed)
        self.start_label = QLabel()
        self.start_label.setBuddy(self.start)
        self.end_label = QLabel()
        self.end_label.setBuddy(self.end)
        self._show_range(Period.MONTH)

        self.search = QLineEdit()
        self.search.setObjectName("timelineSearch")
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(self.search.fontMetrics().averageCharWidth() * 24)
        self.search.textChanged.connect(self._typed)
        self.clear_action = QAction(self.search)
        self.clear_action.setShortcut(QKeySequence(Qt.Key.Key_Escape))
        self.clear_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.clear_action.triggered.connect(self.search.clear)
        self.search.addAction(self.clear_action)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self._search_now)

        period_row = QHBoxLayout()
        for widget in (
            self.period_label,
            self.period,
            self.start_label,
            self.start,
            self.end_label,
            self.end,
        ):
            period_row.addWidget(widget)
        # Who wrote it: everyone, or one person of the household.
        self.author_label = QLabel()
        self.author = QComboBox()
        self.author.setObjectName("timelineAuthor")
        self.author.addItem("", "")
        self.author_label.setBuddy(self.author)
        self.author.currentIndexChanged.connect(lambda _i: self.sig_filter_changed.emit())
        period_row.addSpacing(self.fontMetrics().averageCharWidth() * 2)
        period_row.addWidget(self.author_label)
        period_row.addWidget(self.author)
        period_row.addSpacing(self.fontMetrics().averageCharWidth() * 3)
        period_row.addWidget(self.search, 1)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(kinds_row)
        layout.addLayout(period_row)
        self.retranslate()

    def set_authors(self, people: list[tuple[uuid.UUID, str]]) -> None:
        """The people who wrote in the household; the one chosen stays chosen."""
        chosen = self.author.currentData()
        self.author.blockSignals(True)
        while self.author.count() > 1:
            self.author.removeItem(1)
        for person_id, name in people:
            self.author.addItem(name, str(person_id))
        index = self.author.findData(chosen) if chosen else 0
        self.author.setCurrentIndex(max(index, 0))
        self.author.blockSignals(False)
        if chosen and index < 0:
            self.sig_filter_changed.emit()  # the person chosen wrote nothing here

    def author_id(self) -> uuid.UUID | None:
        value = self.author.currentData()
        return uuid.UUID(value) if value else None

    def add_kind(self, kind: str) -> None:
        """A check box for one more kind of record (shown, checked), after the others."""
        box = QCheckBox()
        box.setObjectName(f"timelineKind_{kind}")
        box.setChecked(True)
        box.toggled.connect(lambda _on: self.sig_filter_changed.emit())
        self.kind_boxes[kind] = box
        self._kinds_row.insertWidget(len(self.kind_boxes), box)
        if hasattr(self, "period"):
            self.retranslate()

    def retranslate(self) -> None:
        self.show_label.setText(self.tr("Show:"))
        names = {
            DailyLog.kind: (self.tr("&Logs"), self.tr("Show daily logs")),
            MilestoneObservation.kind: (self.tr("&Milestones"), self.tr("Show milestones")),
            ContactNote.kind: (self.tr("&Contacts"), self.tr("Show contact notes")),
            Review.kind: (self.tr("&Reviews"), self.tr("Show reviews")),
            Handover.kind: (self.tr("&Handovers"), self.tr("Show handover notes")),
        }
        for kind, (text, accessible) in names.items():
            if kind not in self.kind_boxes:
                continue
            self.kind_boxes[kind].setText(text)
            self.kind_boxes[kind].setAccessibleName(accessible)
        for period, text in (
            (Period.ALL, self.tr("All")),
            (Period.WEEK, self.tr("Last 7 days")),
            (Period.MONTH, self.tr("Last month")),
            (Period.BETWEEN, self.tr("Between dates")),
        ):
            self.period.setItemText(period, text)
        self.period_label.setText(self.tr("&Period:"))
        self.author_label.setText(self.tr("Written b&y:"))
        self.author.setItemText(0, self.tr("Everyone"))
        self.period.setAccessibleName(self.tr("Period"))
        self.start_label.setText(self.tr("Fr&om:"))
        self.start.setAccessibleName(self.tr("From date"))
        self.end_label.setText(self.tr("&To:"))
        self.end.setAccessibleName(self.tr("To date"))
        self.search.setPlaceholderText(self.tr("Search the records… (Ctrl+F)"))
        self.search.setAccessibleName(self.tr("Search the records"))
        self.search.setToolTip(
            self.tr("Finds entries holding all the words (or words starting with them).")
        )

    def set_locale(self, locale: QLocale) -> None:
        for edit in (self.start, self.end):
            edit.setLocale(locale)
            edit.setDisplayFormat(long_date_format(locale))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # What is chosen -------------------------------------------------------------------
    def set_today(self, today: date) -> None:
        self._today = today

    def kinds(self) -> tuple[str, ...]:
        return tuple(kind for kind, box in self.kind_boxes.items() if box.isChecked())

    def range(self) -> tuple[date | None, date | None]:
        return period_range(
            Period(self.period.currentIndex()),
            self._today,
            _pydate(self.start.date()),
            _pydate(self.end.date()),
        )

    def words(self) -> str:
        return self.search.text().strip()

    # Reacting ---------------------------------------------------------------------------
    def _show_range(self, period: Period) -> None:
        """Put a quick choice's days into the date fields, a start for "between"."""
        start, end = period_range(period, self._today, self._today, self._today)
        for edit, day in ((self.start, start), (self.end, end or self._today)):
            edit.blockSignals(True)
            edit.setDate(_qdate(day or self._today))
            edit.blockSignals(False)

    def _period_chosen(self, index: int) -> None:
        between = index == Period.BETWEEN
        if not between and index != Period.ALL:
            self._show_range(Period(index))
        self.start.setEnabled(between)
        self.end.setEnabled(between)
        self.sig_filter_changed.emit()

    def _dates_changed(self) -> None:
        if self.period.currentIndex() == Period.BETWEEN:
            self.sig_filter_changed.emit()

    def _typed(self, text: str) -> None:
        if not text.strip():
            self._search_timer.stop()
            self._search_now()  # back to browsing at once
        else:
            self._search_timer.start()

    def _search_now(self) -> None:
        self.sig_search_changed.emit(self.words())
