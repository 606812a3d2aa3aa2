"""Supervisor mode: one household's review queue, driven by the keyboard.

Incidents first, then contacts that did not happen, then the rest, each newest
first, as ``ReviewQueue.items`` gives them; a period filter keeps this week's,
the last 30 days' or older records, and "Mark all before…" clears a backlog in
one audited, undoable step (``review_queue_backlog``). Space or Enter marks the selected records as
reviewed in one service call; Q and F ask the household a question or for a
follow-up. The panel below shows the chosen record in full with its thread of
questions and answers; showing it is "opening" the record, which the next sync
reports to the central office's audit log (``ReviewQueue.opened``).
"""

from __future__ import annotations

import uuid
from datetime import date, timedelta

import shiboken6
from PySide6.QtCore import (
    QEvent,
    QItemSelectionModel,
    QModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QFont, QFontMetrics, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app.domain.changes import ChangeSet
from app.domain.records import Record
from app.domain.vocabulary import ReviewMark
from app.services.changes import changes_of
from app.services.review import Backlog, QueueItem, ReviewQueue
from app.ui.context import UiContext
from app.ui.models.review_queue import QueueColumn, ReviewQueueModel
from app.ui.models.timeline import snippet
from app.ui.models.words import Words
from app.ui.pages.base import ChildPage, in_household
from app.ui.pages.review_queue_ask import AskDialog
from app.ui.pages.review_queue_backlog import BacklogMarked, BeforeDialog, backlog_changes
from app.ui.pages.review_queue_detail import QueueDetail
from app.ui.widgets.guarded import run_for, show_failure
from app.ui.widgets.tables import RecordTableView, fit_headers

# A change of any of these can change what waits for review.
QUEUE_KINDS = frozenset({"daily_log", "contact_note", "milestone_observation", "review", "child"})
OPEN_DELAY_MS = 250  # the cursor rests this long on a record before it is opened
MARK_KEYS = (Qt.Key.Key_Space, Qt.Key.Key_Return, Qt.Key.Key_Enter)
WIDE_DAY = date(2028, 12, 27)  # a Wednesday in a long month: sizes the date column
PERIODS = ("all", "week", "30d", "older")  # the period filter's choices
BACKLOG_DAYS = 30  # "Mark all before…" suggests the day this long ago


class QueueView(RecordTableView):
    """The queue's rows. Space and Enter mark the selection as reviewed, Q and F
    ask about the current record; arrows with Shift select more."""

    sig_mark = Signal()
    sig_ask = Signal(object)  # ReviewMark

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(QAbstractItemView.SelectionMode.ExtendedSelection, parent)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        plain = modifiers == Qt.KeyboardModifier.NoModifier
        if plain and event.key() in MARK_KEYS:
            self.sig_mark.emit()
            event.accept()
        elif plain and event.key() == Qt.Key.Key_Q:
            self.sig_ask.emit(ReviewMark.QUESTION)
            event.accept()
        elif plain and event.key() == Qt.Key.Key_F:
            self.sig_ask.emit(ReviewMark.FOLLOW_UP)
            event.accept()
        else:
            super().keyPressEvent(event)


class ReviewQueuePage(ChildPage):
    """What waits for review in the chosen household."""

    supports_household = True
    follows_changes_behind = True  # its count shows while it is behind
    sig_count_changed = Signal()
    sig_message = Signal(str)  # a short confirmation for the status bar

    def __init__(
        self, ctx: UiContext, review: ReviewQueue | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(ctx, parent)
        self.review = review or ReviewQueue(ctx.book, ctx.records)
        self.household_id: uuid.UUID | None = None
        self.loaded = False  # the rows of the chosen household have arrived
        self.ask_dialog: AskDialog | None = None
        self._serial = 0
        self._marking: set[uuid.UUID] = set()  # sent to be marked, not stored yet
        self._wanted: uuid.UUID | None = None  # a record to choose once the rows arrive

        self.words = Words(self)
        self.model = ReviewQueueModel(self.words, self)
        self.view = QueueView()
        self.view.setObjectName("reviewQueue")
        self.view.setModel(self.model)
        self.view.sig_mark.connect(self.mark_selected)
        self.view.sig_ask.connect(self.ask)
        self.view.selectionModel().currentRowChanged.connect(self._current_changed)
        self.view.selectionModel().selectionChanged.connect(self._update_buttons)

        self.results = QLabel()
        self.results.setObjectName("queueResults")
        self.results.setWordWrap(True)
        self.keys_hint = QLabel()
        self.keys_hint.setObjectName("queueKeys")
        self.keys_hint.setWordWrap(True)
        self.notice = QLabel()
        self.notice.setObjectName("queueNotice")
        self.notice.setWordWrap(True)
        self.notice.hide()
        self.period = QComboBox()
        self.period.setObjectName("queuePeriod")
        for key in PERIODS:
            self.period.addItem("", key)
        self.period.currentIndexChanged.connect(lambda _i: self._period_changed())
        self.period_label = QLabel()
        self.period_label.setBuddy(self.period)
        self.backlog_button = QPushButton()
        self.backlog_button.setObjectName("markBacklog")
        self.backlog_button.clicked.connect(self.mark_backlog)
        filters = QHBoxLayout()
        filters.addWidget(self.period_label)
        filters.addWidget(self.period)
        filters.addStretch(1)
        filters.addWidget(self.backlog_button)

        self.mark_button = QPushButton()
        self.mark_button.setObjectName("markReviewed")
        self.mark_button.clicked.connect(self.mark_selected)
        self.question_button = QPushButton()
        self.question_button.setObjectName("askQuestion")
        self.question_button.clicked.connect(lambda: self.ask(ReviewMark.QUESTION))
        self.follow_button = QPushButton()
        self.follow_button.setObjectName("askFollowUp")
        self.follow_button.clicked.connect(lambda: self.ask(ReviewMark.FOLLOW_UP))
        buttons = QHBoxLayout()
        buttons.addWidget(self.mark_button)
        buttons.addWidget(self.question_button)
        buttons.addWidget(self.follow_button)
        buttons.addStretch(1)

        self.detail = QueueDetail(ctx, self.review, self.words)
        self._open_timer = QTimer(self)
        self._open_timer.setSingleShot(True)
        self._open_timer.setInterval(OPEN_DELAY_MS)
        self._open_timer.timeout.connect(self._open_current)

        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addWidget(self.view, 1)
        top_layout.addWidget(self.keys_hint)
        top_layout.addLayout(buttons)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(top)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(self.results)
        layout.addLayout(filters)
        layout.addWidget(self.notice)
        layout.addWidget(splitter, 1)
        QWidget.setTabOrder(self.view, self.mark_button)
        QWidget.setTabOrder(self.mark_button, self.question_button)
        QWidget.setTabOrder(self.question_button, self.follow_button)
        QWidget.setTabOrder(self.follow_button, self.detail.browser)
        self.setFocusProxy(self.view)
        self.retranslate()
        self._update_buttons()

    def title(self) -> str:
        return self.tr("Review queue")

    def count(self) -> int | None:
        """What waits, for the tab's title (None before the rows arrive)."""
        return self.model.rowCount() if self.loaded else None

    def retranslate(self) -> None:
        languages = self.ctx.languages
        self.words.set_language(languages.locale(), languages.current)
        self.model.retranslate()
        self.view.setAccessibleName(self.tr("Records to review"))
        self.mark_button.setText(self.tr("&Mark as reviewed"))
        self.mark_button.setToolTip(self.tr("Space or Enter"))
        self.question_button.setText(self.tr("Ask a &question…"))
        self.question_button.setToolTip("Q")  # the key, in every language
        self.follow_button.setText(self.tr("Ask for a follow-&up…"))
        self.follow_button.setToolTip("F")
        self.keys_hint.setText(
            self.tr(
                "Space or Enter: mark the selected as reviewed · Shift+↑↓: select more · "
                "Q: question · F: follow-up"
            )
        )
        self.period_label.setText(self.tr("&Period:"))
        names = {
            "all": self.tr("All dates"),
            "week": self.tr("This week"),
            "30d": self.tr("The last 30 days"),
            "older": self.tr("Older than 30 days"),
        }
        for i in range(self.period.count()):
            self.period.setItemText(i, names[str(self.period.itemData(i))])
        self.backlog_button.setText(self.tr("Mark all &before…"))
        self.backlog_button.setToolTip(
            self.tr("Mark every record before a day as reviewed, in one step (undo: Ctrl+Z)")
        )
        self._update_results()
        self._size_columns()
        self.detail.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._size_columns()

    def _size_columns(self) -> None:
        # Incidents are drawn in bold: the columns are sized for bold text.
        bold = QFont(self.view.font())
        bold.setBold(True)
        metrics = QFontMetrics(bold)
        pad = 2 * metrics.height()
        widest_group = max(metrics.horizontalAdvance(g) for g in self.model.group_texts())
        self.view.setColumnWidth(QueueColumn.GROUP, widest_group + pad + 16)
        self.view.setColumnWidth(
            QueueColumn.DATE, metrics.horizontalAdvance(self.words.date_text(WIDE_DAY)) + pad
        )
        self.view.setColumnWidth(QueueColumn.CHILD, metrics.averageCharWidth() * 18)
        self.view.setColumnWidth(QueueColumn.AUTHOR, metrics.averageCharWidth() * 22)
        # The summary takes what is left, so that who wrote it stays in view.
        fit_headers(self.view, self.model.titles())  # a title is never cut
        header = self.view.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QueueColumn.SUMMARY, QHeaderView.ResizeMode.Stretch)

    # Which household ------------------------------------------------------------------
    def set_household(self, household_id: uuid.UUID | None) -> None:
        if household_id == self.household_id and self.loaded:
            return
        self.household_id = household_id
        self.loaded = False
        self.notice.hide()
        self.model.set_items([])
        self.detail.show_record(None)
        self.refresh()

    def on_records_changed(self, changes: ChangeSet) -> None:
        if changes.concerns(*QUEUE_KINDS) and in_household(changes, self.household_id):
            self.refresh()  # also out of sight: the tab shows how many wait

    def refresh(self) -> None:
        """Read the queue again; the chosen record stays chosen where it still waits."""
        self._serial += 1
        household = self.household_id
        if household is None:
            self.model.set_items([])
            self._update_results()
            return
        serial = self._serial
        since, before = self.period_days()
        run_for(
            self,
            self.ctx.tasks,
            lambda: self.review.items(household, since=since, before=before),
            lambda items: self._loaded(serial, items),
            self._failed,
        )

    def period_days(self) -> tuple[date | None, date | None]:
        """The period filter as (since, before): from ``since``, before ``before``."""
        key = str(self.period.currentData())
        today = self.ctx.book.today()
        if key == "week":
            return today - timedelta(days=6), None
        if key == "30d":
            return today - timedelta(days=29), None
        if key == "older":
            return None, today - timedelta(days=29)
        return None, None

    def _period_changed(self) -> None:
        self.loaded = False
        self.model.set_items([])
        self._update_results()
        self.refresh()

    def choose_record(self, record_id: uuid.UUID) -> None:
        """Make this record the current row (once the rows are read, if they are not yet)."""
        row = self.model.row_of(record_id) if self.loaded else -1
        if row >= 0:
            self._wanted = None
            self._choose(row)
        else:
            self._wanted = record_id
        self.view.setFocus(Qt.FocusReason.OtherFocusReason)

    def _loaded(self, serial: int, items: list[QueueItem]) -> None:
        if serial != self._serial:
            return  # another household was chosen, or it was read again since
        current = self.current_item()
        selected = [i.record_id for i in self.selected_items()]
        old_row = self.view.currentIndex().row()
        self.model.set_items(i for i in items if i.record_id not in self._marking)
        self.detail.authors = {i.author_id: i.author_name for i in items if i.author_id}
        self.loaded = True
        self._update_results()
        self.sig_count_changed.emit()
        wanted, self._wanted = self._wanted, None
        if wanted is not None and (row := self.model.row_of(wanted)) >= 0:
            self._choose(row)
            return
        row = self.model.row_of(current.record_id) if current is not None else -1
        if current is not None and row >= 0:
            self._choose(row, also=selected)
            self.detail.show_record(current.record_id)  # its thread may have grown
            return
        if self.model.rowCount():
            row = min(max(old_row, 0), self.model.rowCount() - 1)
        self._choose(row)

    def _failed(self, exc: Exception) -> None:
        show_failure(self.ctx, exc, self._show_notice)

    def _failed_write(self, exc: Exception) -> None:
        """A change that was not stored is said, also when the page has gone."""
        if shiboken6.isValid(self):
            self._failed(exc)
        else:
            self.ctx.events.sig_error.emit(exc)

    def _update_results(self) -> None:
        count = self.model.rowCount()
        if self.household_id is None:
            text = self.tr("Choose a household on the left.")
        elif not self.loaded:
            text = self.tr("Reading the queue…")
        elif count == 0:
            text = self.tr("Everything in this household has been reviewed.")
        else:
            text = self.tr(
                "%n record(s) to review: incidents first, then contacts that did not happen, "
                "then the rest; each the newest first.",
                "",
                count,
            )
        self.results.setText(text)

    # Choosing ---------------------------------------------------------------------------
    def current_item(self) -> QueueItem | None:
        row = self.model.row(self.view.currentIndex().row())
        return row.item if row is not None else None

    def selected_items(self) -> list[QueueItem]:
        """The selected rows in queue order; the current row when none is selected."""
        rows = sorted({i.row() for i in self.view.selectionModel().selectedRows()})
        items = [r.item for r in (self.model.row(i) for i in rows) if r is not None]
        if not items and (current := self.current_item()) is not None:
            items = [current]
        return items

    def _choose(self, row: int, also: list[uuid.UUID] | None = None) -> None:
        """Make ``row`` the current record, selected with the rows of ``also``
        (a selection kept over a reload)."""
        if row < 0 or row >= self.model.rowCount():
            self.detail.show_record(None)
            self._update_buttons()
            return
        index = self.model.index(row, 0)
        flags = QItemSelectionModel.SelectionFlag
        selection = self.view.selectionModel()
        selection.setCurrentIndex(index, flags.ClearAndSelect | flags.Rows)
        for record_id in also or []:
            other = self.model.row_of(record_id)
            if other >= 0 and other != row:
                selection.select(self.model.index(other, 0), flags.Select | flags.Rows)
        self.view.scrollTo(index)
        self._update_buttons()

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if self.model.row(current.row()) is None:
            self._open_timer.stop()
            self.detail.show_record(None)
        else:
            self._open_timer.start()

    def _open_current(self) -> None:
        item = self.current_item()
        self.detail.show_record(item.record_id if item is not None else None)

    def _update_buttons(self, *_args: object) -> None:
        has = self.current_item() is not None or bool(self.view.selectionModel().selectedRows())
        self.mark_button.setEnabled(has)
        self.question_button.setEnabled(self.current_item() is not None)
        self.follow_button.setEnabled(self.current_item() is not None)

    # Marking ----------------------------------------------------------------------------
    def mark_selected(self) -> None:
        """Mark the selected records as reviewed, in one call; the next one is chosen."""
        items = self.selected_items()
        if not items:
            return
        ids = [i.record_id for i in items]
        first = min(self.model.row_of(r) for r in ids)
        self.view.setFocus(Qt.FocusReason.OtherFocusReason)  # the keys go on in the list
        self._marking.update(ids)
        self.model.remove(ids)
        self._choose(min(first, self.model.rowCount() - 1))
        self._update_results()
        self.sig_count_changed.emit()
        count = len(ids)

        ctx = self.ctx

        def done(made: list[Record]) -> None:
            ctx.changed(changes_of(made))
            if shiboken6.isValid(self):
                self._marking.difference_update(ids)
                message = self.tr("%n entry(ies) marked as reviewed", "", count)
                self._show_notice(message)
                self.sig_message.emit(message)

        def failed(exc: Exception) -> None:
            if not shiboken6.isValid(self):
                ctx.events.sig_error.emit(exc)
                return
            self._marking.difference_update(ids)
            self._failed(exc)
            self.refresh()  # they are back in the queue: nothing was marked

        ctx.tasks.run(lambda: self.review.mark_reviewed(ids), done, failed)

    # Asking -----------------------------------------------------------------------------
    def ask(self, mark: ReviewMark = ReviewMark.QUESTION) -> None:
        """Ask the household about the current record (a small dialog for the words)."""
        item = self.current_item()
        if item is None or self.ask_dialog is not None:
            return
        about = " · ".join(
            t
            for t in (
                self.model.group_text(item),
                self.words.date_text(item.day),
                item.child_name,
                snippet(item.summary, 120),
            )
            if t
        )
        record_id = item.record_id
        dialog = AskDialog(mark, about, self, self.ctx.settings, ctx=self.ctx, record_id=record_id)
        self.ask_dialog = dialog
        dialog.finished.connect(lambda result: self._asked(dialog, record_id, result))
        dialog.open()

    def _asked(self, dialog: AskDialog, record_id: uuid.UUID, result: int) -> None:
        self.ask_dialog = None
        dialog.deleteLater()
        self.view.setFocus(Qt.FocusReason.OtherFocusReason)
        if result != QDialog.DialogCode.Accepted or not dialog.text():
            return
        dialog.send(self.ctx, self.review, record_id, self._sent, self._failed_write)

    def _sent(self, message: str) -> None:
        if shiboken6.isValid(self):
            self._show_notice(message)
            self.sig_message.emit(message)

    # The backlog --------------------------------------------------------------------------
    def mark_backlog(self) -> None:
        """Mark every record of the household before a chosen day as reviewed: the day
        asked, the count read and confirmed (No is the default), then one step."""
        household = self.household_id
        if household is None:
            return
        today = self.ctx.book.today()
        dialog = BeforeDialog(today - timedelta(days=BACKLOG_DAYS), today, self)
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return
            before = dialog.before()
        finally:
            dialog.deleteLater()
        run_for(
            self,
            self.ctx.tasks,
            lambda: self.review.backlog_count(household, before),
            lambda count: self._confirm_backlog(household, before, count),
            self._failed,
        )

    def _confirm_backlog(self, household: uuid.UUID, before: date, count: int) -> None:
        day = self.words.date_text(before)
        if count == 0:
            self._show_notice(self.tr("Nothing waits for review before %1.").replace("%1", day))
            return
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Mark the backlog as reviewed"),
            self.tr(
                "Mark %n record(s) dated before %1 as reviewed? This is kept in this "
                "computer's audit log. You can undo it (Ctrl+Z) until the next sync.",
                "",
                count,
            ).replace("%1", day),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            self,
        )
        box.setDefaultButton(QMessageBox.StandardButton.No)
        box.setObjectName("backlogConfirm")
        answer = box.exec()
        box.deleteLater()
        if answer != QMessageBox.StandardButton.Yes:
            return
        self._mark_backlog(household, before, self.tr("Mark %n record(s) as reviewed", "", count))

    def _mark_backlog(self, household: uuid.UUID, before: date, step: str) -> None:
        ctx, review = self.ctx, self.review
        on_error = self._failed_write

        def done(backlog: Backlog) -> None:
            ctx.changed(backlog_changes(backlog.household_id, list(backlog.target_ids)))
            ctx.undo.push(BacklogMarked(ctx, review, backlog, step, ctx.events.sig_error.emit))
            if shiboken6.isValid(self):
                message = self.tr(
                    "%n record(s) marked as reviewed; Ctrl+Z undoes it until the next sync.",
                    "",
                    backlog.count,
                )
                self._show_notice(message)
                self.sig_message.emit(message)

        ctx.tasks.run(lambda: review.mark_all_before(household, before), done, on_error)

    def _show_notice(self, text: str) -> None:
        self.notice.setText(text)
        self.notice.setVisible(bool(text))
