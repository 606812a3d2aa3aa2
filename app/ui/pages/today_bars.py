"""The strips above the Today form: choosing the day, and the notice about a
restored draft or a log that is kept as it was written."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QEvent, QLocale, Qt, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QDateEdit,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStyle,
    QToolButton,
    QWidget,
)

from app.ui.pages.today_view import qdate


class DayBar(QWidget):
    """Previous day, the day itself (never later than today), next day, back to
    today, and the toggle of the previous-entry panel."""

    sig_day_chosen = Signal(object)  # date
    sig_step = Signal(int)  # -1 or +1 day
    sig_today = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.day_label = QLabel()
        self.prev_button = QToolButton()
        self.prev_button.setArrowType(Qt.ArrowType.LeftArrow)
        self.prev_button.clicked.connect(lambda: self.sig_step.emit(-1))
        self.date_edit = QDateEdit()
        self.date_edit.setCalendarPopup(True)
        self.date_edit.dateChanged.connect(lambda d: self.sig_day_chosen.emit(d.toPython()))
        self.day_label.setBuddy(self.date_edit)
        self.next_button = QToolButton()
        self.next_button.setArrowType(Qt.ArrowType.RightArrow)
        self.next_button.clicked.connect(lambda: self.sig_step.emit(1))
        self.today_button = QPushButton()
        self.today_button.clicked.connect(self.sig_today.emit)
        self.relative_label = QLabel()
        self.previous_toggle = QPushButton()
        self.previous_toggle.setCheckable(True)
        self.previous_toggle.setChecked(True)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in (self.day_label, self.prev_button, self.date_edit, self.next_button):
            layout.addWidget(widget)
        layout.addWidget(self.today_button)
        layout.addSpacing(8)
        layout.addWidget(self.relative_label)
        layout.addStretch(1)
        layout.addWidget(self.previous_toggle)
        self._day: date | None = None
        self._today: date | None = None

    def show_day(self, day: date | None, first: date, today: date) -> None:
        """Show ``day`` (None: no child chosen) between ``first`` and ``today``."""
        self._day, self._today = day, today
        self.date_edit.blockSignals(True)
        self.date_edit.setDateRange(qdate(first), qdate(today))
        self.date_edit.setDate(qdate(day or today))
        self.date_edit.blockSignals(False)
        has_day = day is not None
        self.date_edit.setEnabled(has_day)
        self.today_button.setEnabled(has_day and day != today)
        self.next_button.setEnabled(has_day and day is not None and day < today)
        self.prev_button.setEnabled(has_day and day is not None and day > first)
        self.previous_toggle.setEnabled(has_day)
        self._update_relative_day()

    def retranslate(self, locale: QLocale) -> None:
        self.date_edit.setLocale(locale)
        self.date_edit.setDisplayFormat(locale.dateFormat(QLocale.FormatType.LongFormat))
        self._fix_date_width(locale)
        self.day_label.setText(self.tr("&Day:"))
        self.date_edit.setAccessibleName(self.tr("Day of the log"))
        self.prev_button.setToolTip(self.tr("Previous day (Alt+Left)"))
        self.prev_button.setAccessibleName(self.tr("Previous day"))
        self.next_button.setToolTip(self.tr("Next day (Alt+Right)"))
        self.next_button.setAccessibleName(self.tr("Next day"))
        self.today_button.setText(self.tr("Back to today"))
        self.today_button.setToolTip(self.tr("Back to today (Alt+Home)"))
        self.previous_toggle.setText(self.tr("&Previous entry"))
        self.previous_toggle.setToolTip(self.tr("Show or hide the child's previous log"))
        self._update_relative_day()

    def _fix_date_width(self, locale: QLocale) -> None:
        """As wide as the longest date of a year in this language: the box keeps its
        width from day to day and from child to child."""
        metrics = self.date_edit.fontMetrics()
        start = QDate(2026, 1, 1)
        fmt = locale.dateFormat(QLocale.FormatType.LongFormat)
        widest = max(
            metrics.horizontalAdvance(locale.toString(start.addDays(i), fmt)) for i in range(366)
        )
        arrow = self.date_edit.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
        self.date_edit.setFixedWidth(widest + arrow + 4 * metrics.averageCharWidth())

    def _update_relative_day(self) -> None:
        if self._day is None or self._today is None:
            self.relative_label.clear()
            return
        days = (self._today - self._day).days
        if days == 0:
            text = self.tr("Today")
        elif days == 1:
            text = self.tr("Yesterday")
        else:
            text = self.tr("%n day(s) ago", "", days)
        self.relative_label.setText(text)


class Banner(QFrame):
    """A calm notice across the page, with the actions that go with it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        self.setBackgroundRole(QPalette.ColorRole.AlternateBase)
        self.icon = QLabel()
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.amend_button = QPushButton()
        self.discard_button = QPushButton()
        layout = QHBoxLayout(self)
        layout.addWidget(self.icon, 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.amend_button)
        layout.addWidget(self.discard_button)
        self.retranslate()
        self.hide()

    def show_notice(self, text: str, *, amend: bool = False, discard: bool = False) -> None:
        self.text.setText(text)
        self.amend_button.setVisible(amend)
        self.discard_button.setVisible(discard)
        self._update_icon()
        self.show()

    def _update_icon(self) -> None:
        size = self.fontMetrics().height() * 2
        icon = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxInformation)
        self.icon.setPixmap(icon.pixmap(size, size))

    def retranslate(self) -> None:
        self.discard_button.setText(self.tr("Discard draft"))
        self.amend_button.setText(self.tr("&Add amendment…"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        elif event.type() == QEvent.Type.FontChange:
            self._update_icon()
        super().changeEvent(event)


def side_by_side(left: QWidget, right: QWidget) -> QSplitter:
    """The form and the panel beside it, each scrolling on its own, in a 3:2 split."""
    splitter = QSplitter(Qt.Orientation.Horizontal)
    splitter.setChildrenCollapsible(False)
    for widget in (left, right):
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(widget)
        # Not a stop of its own for Tab: it scrolls to the field that has the keyboard.
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        # Let the tab page show through (setWidget gives the widget a fill of its own).
        scroll.viewport().setAutoFillBackground(False)
        widget.setAutoFillBackground(False)
        splitter.addWidget(scroll)
    splitter.setStretchFactor(0, 3)
    splitter.setStretchFactor(1, 2)
    splitter.setSizes([600, 400])  # proportions: the splitter scales them to fit
    return splitter
