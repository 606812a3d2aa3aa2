"""The household overview for a supervisor: where to look first, then one card
per child with the daily log, incidents, contacts, milestones and siblings of
the period.

The numbers come from ``app.services.overview`` on the task queue (one read of
the store); the cards and their charts are made on the UI thread when they
arrive. A change of records, language, palette or period redraws the page.
"""

from __future__ import annotations

import html
import time
import uuid
from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import (
    QEvent,
    QModelIndex,
    QObject,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListView,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.domain.changes import ChangeSet
from app.domain.messages import ThuisboekError
from app.domain.records import Child, ContactNote, DailyLog, MilestoneObservation, Relative
from app.services.milestones import add_months
from app.services.overview import WINDOW_DAYS, HouseholdOverview, Overview
from app.ui.context import UiContext
from app.ui.i18n import tr_message
from app.ui.pages.overview_card import (
    CONTACT_KEYS,
    INCIDENT_KEYS,
    MILESTONE_KEYS,
    WEEK_KEYS,
    ChildCard,
    set_names,
)
from app.ui.pages.overview_signals import ChildIdRole, SignalsModel, group_signals
from app.ui.pages.today_view import qdate
from app.ui.widgets.colours import colours

PERIODS = ("4w", "3m", "12m")
DEFAULT_PERIOD = "3m"
KINDS = frozenset(
    {DailyLog.kind, ContactNote.kind, MilestoneObservation.kind, Child.kind, Relative.kind}
)
VISIBLE_SIGNALS = 6  # lines of the "where to look" list before it scrolls


def _monday(day: date) -> date:
    return day - timedelta(days=day.weekday())


def period_of(choice: str, today: date) -> tuple[date, date]:
    """The period a choice means, up to today, from a Monday (whole weeks)."""
    if choice == "4w":
        return _monday(today) - timedelta(weeks=3), today
    months = 12 if choice == "12m" else 3
    return _monday(add_months(today, -months)), today


class OverviewPage(QWidget):
    """``set_household(id)`` shows a household; the period is chosen on the page.

    It also answers the calls the main window makes on its pages (``title``,
    ``set_child``, ``flush``, ``supports_household``), so that it can sit among
    them as a tab; it follows record changes and the language by itself."""

    supports_household = True

    sig_child_chosen = Signal(object)  # a child's id: a line or a card was clicked
    sig_ready = Signal()  # the cards of the latest read are on the page

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("OverviewPage")
        self.ctx = ctx
        self.service = Overview(ctx.book)
        self.household_id: uuid.UUID | None = None
        self.overview: HouseholdOverview | None = None
        self.cards: dict[uuid.UUID, ChildCard] = {}
        self.selected: uuid.UUID | None = None
        self.error: str | None = None
        self.timings: dict[str, float] = {}  # ms of the last read and drawing
        self._generation = 0
        self._stale = False
        self._asked = 0.0

        self.heading = QLabel()
        self.heading.setObjectName("overviewTitle")
        font = self.heading.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.3)
        self.heading.setFont(font)
        self.span = QLabel()
        self.span.setObjectName("overviewSpan")
        self.period_label = QLabel()
        self.period = QComboBox()
        self.period.setObjectName("overviewPeriod")
        for key in PERIODS:
            self.period.addItem("", key)
        self.period.setCurrentIndex(PERIODS.index(DEFAULT_PERIOD))
        self.period.currentIndexChanged.connect(lambda _i: self.reload())
        self.period_label.setBuddy(self.period)

        self.look_caption = QLabel()
        self.look_caption.setFont(_bold(self.look_caption))
        self.model = SignalsModel(self)
        self.signals_view = QListView()
        self.signals_view.setObjectName("overviewSignals")
        self.signals_view.setModel(self.model)
        self.signals_view.setWordWrap(True)
        self.signals_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.signals_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.signals_view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.signals_view.installEventFilter(self)
        self.signals_view.clicked.connect(self._line_chosen)
        self.signals_view.activated.connect(self._line_chosen)
        self.calm = QLabel()
        self.calm.setObjectName("overviewCalm")
        self.calm.setWordWrap(True)
        self.legend = QLabel()
        self.legend.setObjectName("overviewLegend")
        self.legend.setWordWrap(True)
        self.legend.setTextFormat(Qt.TextFormat.RichText)

        self.cards_box = QWidget()
        self.cards_layout = QVBoxLayout(self.cards_box)
        self.cards_layout.setContentsMargins(0, 0, 0, 0)
        self.cards_layout.addStretch(1)
        self.cards_scroll = QScrollArea()
        self.cards_scroll.setWidgetResizable(True)
        self.cards_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.cards_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.cards_scroll.setWidget(self.cards_box)
        self.cards_scroll.viewport().setAutoFillBackground(False)
        self.cards_box.setAutoFillBackground(False)
        self.message = QLabel()
        self.message.setObjectName("overviewMessage")
        self.message.setWordWrap(True)
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.message)
        self.stack.addWidget(self.cards_scroll)
        self._build_layout()
        ctx.events.sig_records_changed.connect(self._records_changed)
        ctx.languages.sig_changed.connect(self._language_chosen)
        self._retranslate_later = QTimer(self)
        self._retranslate_later.setSingleShot(True)
        self._retranslate_later.timeout.connect(self.retranslate)
        self.retranslate()

    def _build_layout(self) -> None:
        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        top.addWidget(self.period_label)
        top.addWidget(self.period)
        self.look = QWidget()
        look = QVBoxLayout(self.look)
        look.setContentsMargins(0, 0, 0, 0)
        look.addWidget(self.look_caption)
        look.addWidget(self.signals_view)
        look.addWidget(self.calm)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.span)
        layout.addWidget(self.look)
        layout.addWidget(self.legend)
        layout.addWidget(self.stack, 1)

    # Texts ------------------------------------------------------------------------------
    def retranslate(self) -> None:
        locale = self.ctx.languages.locale()
        self.period_label.setText(self.tr("&Period:"))
        for i, text in enumerate(
            (self.tr("Last 4 weeks"), self.tr("Last 3 months"), self.tr("Last 12 months"))
        ):
            self.period.setItemText(i, text)
        self.period.setAccessibleName(self.tr("Period"))
        self.look_caption.setText(self.tr("Where to look"))
        self.signals_view.setAccessibleName(self.tr("Where to look"))
        self.calm.setText(
            self.tr("Nothing stands out in the past %1 days.").replace("%1", str(WINDOW_DAYS))
        )
        self.model.retranslate(locale, self.palette(), self.fontMetrics().height())
        self._show_header()
        for card in self.cards.values():
            card.retranslate(locale, self.ctx.languages.current)
        self._show_legend()
        self._show_message()
        self._fit_signals()

    def _show_header(self) -> None:
        found = self.overview
        if found is None:
            self.heading.setText(self.tr("Household overview"))
            self.span.clear()
            return
        locale = self.ctx.languages.locale()
        dates = (
            self.tr("%1 to %2")
            .replace("%1", locale.toString(qdate(found.start), "d MMMM yyyy"))
            .replace("%2", locale.toString(qdate(found.end), "d MMMM yyyy"))
        )
        children = self.tr("%n child(ren)", "", len(found.children))
        self.heading.setText(found.name or self.tr("Household overview"))
        self.span.setText(f"{dates} · {children}")

    def _show_legend(self) -> None:
        names = set_names()
        found = colours(self.palette())

        def keys(title: str, which: tuple[str, ...]) -> str:
            # A group does not break across lines: its words are joined by no-break spaces.
            swatches = "&nbsp; ".join(
                f'<span style="color:{found.of(k).name()}">■</span>&nbsp;{_nbsp(names[k])}'
                for k in which
            )
            return f"<b>{_nbsp(title)}</b>&nbsp;{swatches}"

        self.legend.setText(
            " &nbsp; &nbsp; ".join(
                (
                    keys(self.tr("Daily log:"), WEEK_KEYS),
                    keys(self.tr("Incidents:"), INCIDENT_KEYS),
                    keys(self.tr("Contacts:"), CONTACT_KEYS),
                    keys(self.tr("Milestones:"), MILESTONE_KEYS),
                )
            )
        )

    def _show_message(self) -> None:
        if self.error is not None:
            text = self.tr("The overview could not be read: %1").replace("%1", self.error)
        elif self.household_id is None:
            text = self.tr("Choose a household to see its overview.")
        elif self.overview is None:
            text = self.tr("Reading the household's records…")
        elif not self.overview.children:
            text = self.tr("No children were placed in this household in this period.")
        else:
            self.stack.setCurrentWidget(self.cards_scroll)
            return
        self.message.setText(text)
        self.stack.setCurrentWidget(self.message)

    def _language_chosen(self, _code: str) -> None:
        self._retranslate_later.start(0)

    def changeEvent(self, event: QEvent) -> None:
        kind = event.type()
        if kind == QEvent.Type.LanguageChange:
            # One redraw for a translator swap and the language signal together.
            self._retranslate_later.start(0)
        elif kind == QEvent.Type.PaletteChange:
            self.model.retranslate(self.ctx.languages.locale(), self.palette(), self._icon_size())
            self._show_legend()
            for card in self.cards.values():
                card.apply_palette()
        super().changeEvent(event)

    def _icon_size(self) -> int:
        return self.fontMetrics().height()

    def title(self) -> str:
        return self.tr("Overview")

    def set_child(self, child: Child | None) -> None:
        """The child chosen elsewhere: its card is marked (nothing is announced)."""
        if child is not None:
            self.select_child(child.id, announce=False)

    def flush(self) -> None:
        pass  # nothing to store: the page only reads

    # Reading ----------------------------------------------------------------------------
    def period_choice(self) -> str:
        return str(self.period.currentData())

    def set_period(self, choice: str) -> None:
        self.period.setCurrentIndex(PERIODS.index(choice))

    def set_household(self, household_id: uuid.UUID | None) -> None:
        if household_id != self.household_id:
            self.household_id = household_id
            self.selected = None
            self.overview = None
            self._clear_cards()
            self.model.set_lines([])
            self._show_header()
        self.reload()

    def reload(self) -> None:
        """Read the household again (on the task queue, after any pending write)."""
        self._generation += 1
        self.error = None
        if self.household_id is None:
            self._show_message()
            return
        if not self.isVisible() and self.overview is not None:
            self._stale = True  # read when shown: a hidden page need not follow every change
            return
        self._stale = False
        generation, household = self._generation, self.household_id
        start, end = period_of(self.period_choice(), self.ctx.book.today())
        service = self.service
        self._asked = time.perf_counter()
        self._show_message()

        def read() -> tuple[HouseholdOverview, float]:
            began = time.perf_counter()
            return service.build(household, start, end), time.perf_counter() - began

        self.ctx.tasks.run(
            read,
            lambda result: self._loaded(generation, *result),
            lambda error: self._failed(generation, error),
        )

    def _loaded(self, generation: int, overview: HouseholdOverview, read: float) -> None:
        if generation != self._generation:
            return
        began = time.perf_counter()
        self.show_overview(overview)
        now = time.perf_counter()
        self.timings = {
            "read": read * 1000,
            "draw": (now - began) * 1000,
            "total": (now - self._asked) * 1000,
        }
        self.sig_ready.emit()

    def _failed(self, generation: int, error: Exception) -> None:
        if generation != self._generation:
            return
        if isinstance(error, ThuisboekError):
            self.error = tr_message(error.message)
        else:
            self.error = type(error).__name__
        self._show_message()

    def show_overview(self, overview: HouseholdOverview) -> None:
        """Draw an overview read before (also used by tests and screenshots)."""
        self.overview = overview
        self.setUpdatesEnabled(False)
        try:
            self._clear_cards()
            lines = group_signals(overview.signals)
            self.model.set_lines(lines)
            tones: dict[uuid.UUID, str] = {}
            for line in lines:
                for child_id in line.child_ids:
                    if tones.get(child_id) != "danger":
                        tones[child_id] = SignalsModel.tone(line)
            locale, lang = self.ctx.languages.locale(), self.ctx.languages.current
            today = self.ctx.book.today()
            mondays = [w.monday for w in overview.children[0].weeks] if overview.children else []
            for data in overview.children:
                card = ChildCard(data, mondays, today, self.service.catalog, self.cards_box)
                card.retranslate(locale, lang)
                card.apply_palette()
                card.set_stripe(tones.get(data.child.id))
                card.on_chosen = self.select_child
                self.cards_layout.insertWidget(self.cards_layout.count() - 1, card)
                self.cards[data.child.id] = card
            self._show_header()
            self._show_message()
            self._fit_signals()
            if self.selected in self.cards:
                self.cards[self.selected].set_selected(True)
        finally:
            self.setUpdatesEnabled(True)

    def _clear_cards(self) -> None:
        for card in self.cards.values():
            card.hide()
            card.setParent(None)
            card.deleteLater()
        self.cards = {}

    def _fit_signals(self) -> None:
        rows = self.model.rowCount()
        self.signals_view.setVisible(rows > 0)
        self.calm.setVisible(rows == 0 and self.overview is not None)
        self.look.setVisible(self.overview is not None and bool(self.overview.children))
        self.signals_view.setIconSize(QSize(self._icon_size(), self._icon_size()))
        if rows:
            # The lines as laid out (wrapped at the list's width), not their one-line hint.
            view = self.signals_view
            view.doItemsLayout()
            shown = [view.visualRect(self.model.index(r, 0)) for r in range(rows)]
            shown = shown[:VISIBLE_SIGNALS]
            height = max(r.bottom() for r in shown) - min(r.top() for r in shown) + 1
            if height <= len(shown):  # not laid out yet
                height = sum(max(view.sizeHintForRow(r), 1) for r in range(len(shown)))
            view.setFixedHeight(height + 2 * view.frameWidth() + 2)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Lines wrap: the list's height follows its width.
        if watched is self.signals_view and event.type() == QEvent.Type.Resize:
            QTimer.singleShot(0, self, self._fit_signals)
        return super().eventFilter(watched, event)

    def _records_changed(self, changes: ChangeSet) -> None:
        if changes.concerns(*KINDS) and self.household_id is not None:
            self.reload()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.reload()

    # Choosing a child -----------------------------------------------------------------
    def _line_chosen(self, index: QModelIndex) -> None:
        child_id = index.data(ChildIdRole)
        if isinstance(child_id, uuid.UUID):
            self.select_child(child_id)

    def select_child(self, child_id: uuid.UUID, *, announce: bool = True) -> None:
        """Mark the child's card and bring it into view (``announce``: tell
        ``sig_child_chosen``, as a click does)."""
        self.selected = child_id
        for key, card in self.cards.items():
            card.set_selected(key == child_id)
        chosen = self.cards.get(child_id)
        if chosen is not None:
            self.cards_scroll.ensureWidgetVisible(chosen, 0, 0)
            # Once laid out: the card's top at the top of the view.
            QTimer.singleShot(0, self, lambda: self._scroll_to(child_id))
        if announce:
            self.sig_child_chosen.emit(child_id)

    def _scroll_to(self, child_id: uuid.UUID) -> None:
        card = self.cards.get(child_id)
        if card is not None:
            self.cards_scroll.verticalScrollBar().setValue(card.y())

    def card(self, child_id: uuid.UUID) -> ChildCard | None:
        return self.cards.get(child_id)


def _nbsp(text: str) -> str:
    return html.escape(text).replace(" ", "&nbsp;")


def _bold(label: QLabel) -> Any:
    font = label.font()
    font.setBold(True)
    return font
