"""Supervisor mode, first page: the week across every household, the most urgent
first, in one list with the queue's keys.

Space or Enter marks the records of the selected lines as reviewed (on a question
still waiting for its answer it goes on to the next line); Q and F ask the
household about the current line's record. A line about a household rather
than a record (days without a log, a sibling not seen) opens that household's
overview instead (Enter, or a double click). The panel below shows the chosen
record in full with its thread, as the queue does (showing it is "opening" it,
for the central office's audit log).
"""

from __future__ import annotations

import uuid

import shiboken6
from PySide6.QtCore import QEvent, QItemSelectionModel, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QFont, QFontMetrics, QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app.domain.changes import ChangeSet
from app.domain.records import Record
from app.domain.vocabulary import ReviewMark
from app.services.across import AcrossHouseholds, AcrossItem, AcrossKind, AcrossWeek
from app.services.changes import changes_of
from app.services.review import ReviewQueue
from app.ui.context import UiContext
from app.ui.models.timeline import snippet
from app.ui.models.words import Words
from app.ui.pages.across_model import AcrossColumn, AcrossModel
from app.ui.pages.review_queue import OPEN_DELAY_MS, QUEUE_KINDS, WIDE_DAY, QueueView
from app.ui.pages.review_queue_ask import AskDialog
from app.ui.pages.review_queue_detail import QueueDetail
from app.ui.widgets.guarded import run_for, show_failure
from app.ui.widgets.tables import fit_headers

# A change of any of these can change the week's list.
ACROSS_KINDS = QUEUE_KINDS | {"household", "relative"}
# Lines whose record Space marks as reviewed; a question waits for the household.
MARKABLE = frozenset({AcrossKind.INCIDENT, AcrossKind.MISSED_CONTACT})


class AcrossPage(QWidget):
    """The week's incidents, missed contacts, open questions, children without logs
    and siblings not seen, across households."""

    sig_count_changed = Signal()
    sig_message = Signal(str)
    # A line about a household was opened: (household id, record id or None).
    sig_open_household = Signal(object, object)

    def __init__(
        self,
        ctx: UiContext,
        review: ReviewQueue | None = None,
        across: AcrossHouseholds | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.review = review or ReviewQueue(ctx.book, ctx.records)
        self.across = across or AcrossHouseholds(ctx.book, self.review)
        self.loaded = False
        self.stale = True
        self.week: AcrossWeek | None = None
        self.ask_dialog: AskDialog | None = None
        self._serial = 0
        self._marking: set[uuid.UUID] = set()

        self.words = Words(self)
        self.model = AcrossModel(self.words, self)
        self.view = QueueView()
        self.view.setObjectName("acrossList")
        self.view.setModel(self.model)
        self.view.sig_mark.connect(self.mark_selected)
        self.view.sig_ask.connect(self.ask)
        self.view.doubleClicked.connect(lambda _index: self.open_household())
        self.view.selectionModel().currentRowChanged.connect(self._current_changed)
        self.view.selectionModel().selectionChanged.connect(self._update_buttons)

        self.results = QLabel()
        self.results.setObjectName("acrossResults")
        self.results.setWordWrap(True)
        self.keys_hint = QLabel()
        self.keys_hint.setWordWrap(True)
        self.notice = QLabel()
        self.notice.setObjectName("acrossNotice")
        self.notice.setWordWrap(True)
        self.notice.hide()

        self.mark_button = QPushButton()
        self.mark_button.setObjectName("acrossMark")
        self.mark_button.clicked.connect(self.mark_selected)
        self.question_button = QPushButton()
        self.question_button.setObjectName("acrossQuestion")
        self.question_button.clicked.connect(lambda: self.ask(ReviewMark.QUESTION))
        self.follow_button = QPushButton()
        self.follow_button.setObjectName("acrossFollowUp")
        self.follow_button.clicked.connect(lambda: self.ask(ReviewMark.FOLLOW_UP))
        self.open_button = QPushButton()
        self.open_button.setObjectName("acrossOpen")
        self.open_button.clicked.connect(self.open_household)
        buttons = QHBoxLayout()
        for button in (self.mark_button, self.question_button, self.follow_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.open_button)

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
        layout.addWidget(self.notice)
        layout.addWidget(splitter, 1)
        self.setFocusProxy(self.view)
        ctx.events.sig_records_changed.connect(self._records_changed)
        self.retranslate()
        self._update_buttons()

    def title(self) -> str:
        return self.tr("Across my households")

    def count(self) -> int | None:
        return self.model.rowCount() if self.loaded else None

    def retranslate(self) -> None:
        languages = self.ctx.languages
        self.words.set_language(languages.locale(), languages.current)
        self.model.retranslate()
        self.view.setAccessibleName(self.tr("This week across my households"))
        self.mark_button.setText(self.tr("&Mark as reviewed"))
        self.mark_button.setToolTip(self.tr("Space or Enter"))
        self.question_button.setText(self.tr("Ask a &question…"))
        self.question_button.setToolTip("Q")
        self.follow_button.setText(self.tr("Ask for a follow-&up…"))
        self.follow_button.setToolTip("F")
        self.open_button.setText(self.tr("Open the &household"))
        self.open_button.setToolTip(self.tr("Double click"))
        self.keys_hint.setText(
            self.tr(
                "Space or Enter: mark as reviewed · Q: question · F: follow-up · "
                "double click: open the household"
            )
        )
        self._update_results()
        self._size_columns()
        self.detail.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        elif event.type() == QEvent.Type.FontChange:
            self._size_columns()

    def _size_columns(self) -> None:
        # Incidents are drawn in bold: the columns are sized for bold text.
        bold = QFont(self.view.font())
        bold.setBold(True)
        metrics = QFontMetrics(bold)
        pad = 2 * metrics.height()
        widest = max(metrics.horizontalAdvance(t) for t in self.model.kind_texts())
        self.view.setColumnWidth(AcrossColumn.WHAT, widest + pad + 16)
        self.view.setColumnWidth(AcrossColumn.HOUSEHOLD, metrics.averageCharWidth() * 24)
        self.view.setColumnWidth(AcrossColumn.CHILD, metrics.averageCharWidth() * 18)
        self.view.setColumnWidth(
            AcrossColumn.DATE, metrics.horizontalAdvance(self.words.date_text(WIDE_DAY)) + pad
        )
        fit_headers(self.view, self.model.titles())  # a title is never cut
        header = self.view.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(AcrossColumn.SUMMARY, QHeaderView.ResizeMode.Stretch)

    # Reading ----------------------------------------------------------------------------
    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.stale:
            self.refresh()

    def _records_changed(self, changes: ChangeSet) -> None:
        if changes.concerns(*ACROSS_KINDS):
            self.stale = True
            if self.isVisible():
                self.refresh()

    def refresh(self) -> None:
        self._serial += 1
        serial = self._serial
        self.stale = False
        run_for(
            self,
            self.ctx.tasks,
            self.across.week,
            lambda week: self._loaded(serial, week),
            self._failed,
        )

    def _loaded(self, serial: int, week: AcrossWeek) -> None:
        if serial != self._serial:
            return
        current = self.current_item()
        old_row = self.view.currentIndex().row()
        self.week = week
        self.model.set_items(
            i for i in week.items if i.record_id is None or i.record_id not in self._marking
        )
        self.loaded = True
        self._update_results()
        self.sig_count_changed.emit()
        row = self.model.row_of(current.key) if current is not None else -1
        if row < 0 and self.model.rowCount():
            row = min(max(old_row, 0), self.model.rowCount() - 1)
        self._choose(row)

    def _failed(self, exc: Exception) -> None:
        show_failure(self.ctx, exc, self._show_notice)

    def _update_results(self) -> None:
        week = self.week
        if not self.loaded or week is None:
            text = self.tr("Reading this week across your households…")
        elif not week.households:
            text = self.tr("No households to review on this computer yet.")
        elif not self.model.rowCount():
            text = self.tr("Nothing needs your attention this week in %n household(s).", "",
                           len(week.households))  # fmt: skip
        else:
            text = self.tr(
                "%n line(s) this week, from %1 to %2: incidents first, most serious first, then "
                "contacts that did not happen, questions waiting for an answer, days without a "
                "log and siblings not seen; each the newest first.",
                "",
                self.model.rowCount(),
            )
            text = text.replace("%1", self.words.date_text(week.start)).replace(
                "%2", self.words.date_text(week.end)
            )
        self.results.setText(text)

    # Choosing ---------------------------------------------------------------------------
    def current_item(self) -> AcrossItem | None:
        row = self.model.row(self.view.currentIndex().row())
        return row.item if row is not None else None

    def selected_items(self) -> list[AcrossItem]:
        rows = sorted({i.row() for i in self.view.selectionModel().selectedRows()})
        items = [r.item for r in (self.model.row(i) for i in rows) if r is not None]
        if not items and (current := self.current_item()) is not None:
            items = [current]
        return items

    def _choose(self, row: int) -> None:
        if row < 0 or row >= self.model.rowCount():
            self.detail.show_record(None)
            self._update_buttons()
            return
        index = self.model.index(row, 0)
        flags = QItemSelectionModel.SelectionFlag
        self.view.selectionModel().setCurrentIndex(index, flags.ClearAndSelect | flags.Rows)
        self.view.scrollTo(index)
        self._update_buttons()

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        row = self.model.row(current.row())
        if row is None or row.item.record_id is None:
            self._open_timer.stop()
            self.detail.show_record(None)
        else:
            self._open_timer.start()

    def _open_current(self) -> None:
        item = self.current_item()
        self.detail.show_record(item.record_id if item is not None else None)

    def _update_buttons(self, *_args: object) -> None:
        current = self.current_item()
        on_record = current is not None and current.record_id is not None
        self.mark_button.setEnabled(any(i.kind in MARKABLE for i in self.selected_items()))
        self.question_button.setEnabled(on_record)
        self.follow_button.setEnabled(on_record)
        self.open_button.setEnabled(current is not None)

    def open_household(self) -> None:
        """The current line's household in the queue (or its overview)."""
        item = self.current_item()
        if item is not None:
            self.sig_open_household.emit(item.household_id, item.record_id)

    # Acting -----------------------------------------------------------------------------
    def mark_selected(self) -> None:
        """Mark the records of the selected lines as reviewed. On a question still
        waiting for its answer the next line is chosen; a line about a household
        opens it."""
        items = [i for i in self.selected_items() if i.kind in MARKABLE and i.record_id]
        if not items:
            current = self.current_item()
            if current is not None and current.kind == AcrossKind.QUESTION_OPEN:
                self._choose(min(self.view.currentIndex().row() + 1, self.model.rowCount() - 1))
            elif current is not None:
                self.open_household()
            return
        ids = list(dict.fromkeys(i.record_id for i in items if i.record_id is not None))
        keys = [i.key for i in items]
        first = min(self.model.row_of(k) for k in keys)
        self.view.setFocus(Qt.FocusReason.OtherFocusReason)
        self._marking.update(ids)
        self.model.remove_keys(keys)
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
            self.refresh()

        ctx.tasks.run(lambda: self.review.mark_reviewed(ids), done, failed)

    def ask(self, mark: ReviewMark = ReviewMark.QUESTION) -> None:
        item = self.current_item()
        if item is None or item.record_id is None or self.ask_dialog is not None:
            return
        about = " · ".join(
            t
            for t in (
                item.household_name,
                self.model.kind_text(item),
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
        dialog.send(self.ctx, self.review, record_id, self._sent, self._send_failed)

    def _sent(self, message: str) -> None:
        if shiboken6.isValid(self):
            self._show_notice(message)
            self.sig_message.emit(message)

    def _send_failed(self, exc: Exception) -> None:
        if shiboken6.isValid(self):
            self._failed(exc)
        else:
            self.ctx.events.sig_error.emit(exc)

    def _show_notice(self, text: str) -> None:
        self.notice.setText(text)
        self.notice.setVisible(bool(text))
