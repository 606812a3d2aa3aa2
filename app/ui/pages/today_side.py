"""Beside the form: the previous entry, the other caregivers' logs of the day and
the amendments, all read-only."""

from __future__ import annotations

from PySide6.QtCore import QDateTime, QLocale, Signal
from PySide6.QtWidgets import QGroupBox, QLabel, QVBoxLayout, QWidget

from app.domain.records import DailyLog
from app.ui.pages.today_state import DayState
from app.ui.pages.today_view import LogCard, changed_fields, qdate


class DaySidePanel(QWidget):
    sig_amend = Signal(object)  # the DailyLog to correct

    def __init__(self, locale: QLocale, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.dates_locale = locale
        self.state: DayState | None = None
        self.previous_box = QGroupBox()
        self.previous_card = LogCard()
        self.previous_empty = QLabel()
        self.previous_empty.setWordWrap(True)
        previous_layout = QVBoxLayout(self.previous_box)
        previous_layout.addWidget(self.previous_card)
        previous_layout.addWidget(self.previous_empty)
        self.amendments_box = QGroupBox()
        self.amendments_layout = QVBoxLayout(self.amendments_box)
        self.others_box = QGroupBox()
        self.others_layout = QVBoxLayout(self.others_box)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.previous_box)
        layout.addWidget(self.amendments_box)
        layout.addWidget(self.others_box)
        layout.addStretch(1)
        self.cards: list[LogCard] = []
        self.retranslate()
        self.show_state(None)

    def retranslate(self) -> None:
        self.previous_box.setTitle(self.tr("Previous entry"))
        self.previous_empty.setText(self.tr("There is no earlier entry for this child."))
        self.amendments_box.setTitle(self.tr("Amendments to your log"))
        self.others_box.setTitle(self.tr("Written by others on this day"))
        self.show_state(self.state)

    def set_previous_visible(self, visible: bool) -> None:
        self.previous_box.setVisible(visible)

    def author(self, log: DailyLog) -> str:
        assert self.state is not None
        return self.state.authors.get(log.author_id) or self.tr("another caregiver")

    def _date(self, log: DailyLog) -> str:
        return self.dates_locale.toString(qdate(log.date), QLocale.FormatType.LongFormat)

    def _time(self, log: DailyLog) -> str:
        moment = QDateTime.fromSecsSinceEpoch(int(log.created_at.timestamp()))
        return self.dates_locale.toString(moment, QLocale.FormatType.ShortFormat)

    def show_state(self, state: DayState | None) -> None:
        self.state = state
        for card in self.cards:
            card.setParent(None)
            card.deleteLater()
        self.cards = []
        previous = state.previous if state else None
        self.previous_card.setVisible(previous is not None)
        self.previous_empty.setVisible(state is not None and previous is None)
        if previous is not None:
            self.previous_card.show_log(
                previous,
                self.tr("%1 · by %2")
                .replace("%1", self._date(previous))
                .replace("%2", self.author(previous)),
            )
        mine = state.mine if state else None
        amendments = state.amendments_of(mine) if state and mine else []
        for amendment in amendments:
            self._add_amendment(self.amendments_layout, mine, amendment)
        self.amendments_box.setVisible(bool(amendments))
        others = state.others if state else []
        for log in others:
            card = self._card(self.others_layout)
            card.show_log(log, self.tr("By %1").replace("%1", self.author(log)), can_amend=True)
            card.sig_amend.connect(self.sig_amend.emit)
            for amendment in state.amendments_of(log) if state else []:
                self._add_amendment(self.others_layout, log, amendment)
        self.others_box.setVisible(bool(others))

    def _card(self, layout: QVBoxLayout) -> LogCard:
        card = LogCard()
        layout.addWidget(card)
        self.cards.append(card)
        return card

    def _add_amendment(
        self, layout: QVBoxLayout, original: DailyLog | None, amendment: DailyLog
    ) -> None:
        card = self._card(layout)
        heading = (
            self.tr("Amendment by %1, %2")
            .replace("%1", self.author(amendment))
            .replace("%2", self._time(amendment))
        )
        only = changed_fields(original, amendment) if original is not None else None
        card.show_log(amendment, heading, only=only)
