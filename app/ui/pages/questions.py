"""Questions and follow-ups between a supervisor and a household.

A caregiver sees the supervisor's open questions about the household's records
and answers them (Ctrl+Enter sends); the answer syncs back like any record. The
words of an answer not sent yet are kept per question in the encrypted store
(after a pause in typing, on leaving the question, before a lock or quit). A
supervisor sees the questions they asked a household, answered ones marked as
such, with the whole conversation about each record.
"""

from __future__ import annotations

import html
import uuid
from datetime import datetime

import shiboken6
from PySide6.QtCore import QEvent, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from app.domain.changes import ChangeSet
from app.domain.records import Child, Review
from app.domain.vocabulary import ReviewMark
from app.services.changes import changes_of
from app.services.records import is_reviewer
from app.services.review import Question, ReviewQueue, ThreadEntry
from app.ui.context import UiContext
from app.ui.models.questions import QuestionColumn, QuestionsModel
from app.ui.models.words import Words, mark_text
from app.ui.pages.base import DRAFT_PAUSE_MS, ChildPage, in_household
from app.ui.widgets.guarded import run_for, show_failure
from app.ui.widgets.review_thread import thread_html
from app.ui.widgets.send_text import SendTextEdit
from app.ui.widgets.tables import choose_row, setup_rows_table


def _escape(text: str) -> str:
    return html.escape(text).replace("\n", "<br>")


class QuestionsPage(ChildPage):
    """Open questions to answer (caregiver), or the questions asked (supervisor)."""

    supports_household = True
    follows_changes_behind = True  # its count shows while it is behind
    sig_count_changed = Signal()
    sig_message = Signal(str)

    def __init__(
        self, ctx: UiContext, review: ReviewQueue | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(ctx, parent)
        self.review = review or ReviewQueue(ctx.book, ctx.records)
        self.household_id: uuid.UUID | None = None
        self.loaded = False
        self._open_count = 0
        self._asked_count = 0
        self._serial = 0
        self._thread_serial = 0
        self._thread: list[ThreadEntry] = []
        self._sending = False
        self._draft_of: uuid.UUID | None = None  # the question the answer box's words are for
        self._draft_dirty = False  # typed since they were last kept
        self._filling = False  # the page itself is setting the box's text
        self._draft_timer = QTimer(self)
        self._draft_timer.setSingleShot(True)
        self._draft_timer.setInterval(DRAFT_PAUSE_MS)
        self._draft_timer.timeout.connect(self._keep_draft)

        self.words = Words(self)
        self.model = QuestionsModel(self.words, self)
        self.intro = QLabel()
        self.intro.setObjectName("questionsIntro")
        self.intro.setWordWrap(True)
        self.show_answered = QCheckBox()
        self.show_answered.setObjectName("showAnswered")
        self.show_answered.setChecked(self.supervisor)
        self.show_answered.toggled.connect(lambda _on: self.refresh())
        self.results = QLabel()
        self.results.setObjectName("questionsResults")
        self.view = QTableView()
        self.view.setObjectName("questionsList")
        self.view.setModel(self.model)
        setup_rows_table(self.view)
        self.view.selectionModel().currentRowChanged.connect(self._current_changed)

        self.browser = QTextBrowser()
        self.browser.setObjectName("questionDetail")
        self.answer_label = QLabel()
        self.answer_box = SendTextEdit()
        self.answer_box.setObjectName("answerBox")
        self.answer_box.sig_send.connect(self.send_answer)
        self.answer_box.textChanged.connect(self._answer_edited)
        self.answer_label.setBuddy(self.answer_box)
        self.send_button = QPushButton()
        self.send_button.setObjectName("sendAnswer")
        self.send_button.clicked.connect(self.send_answer)
        self.notice = QLabel()
        self.notice.setObjectName("questionsNotice")
        self.notice.setWordWrap(True)
        self.notice.hide()

        self.answer_area = QWidget()
        answer_layout = QVBoxLayout(self.answer_area)
        answer_layout.setContentsMargins(0, 0, 0, 0)
        answer_layout.addWidget(self.answer_label)
        answer_layout.addWidget(self.answer_box, 1)
        send_row = QHBoxLayout()
        send_row.addStretch(1)
        send_row.addWidget(self.send_button)
        answer_layout.addLayout(send_row)
        self.answer_area.setVisible(not self.supervisor)

        bottom = QWidget()
        bottom_layout = QVBoxLayout(bottom)
        bottom_layout.setContentsMargins(0, 0, 0, 0)
        bottom_layout.addWidget(self.browser, 2)
        bottom_layout.addWidget(self.answer_area, 1)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self.view)
        splitter.addWidget(bottom)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 2)
        top_row = QHBoxLayout()
        top_row.addWidget(self.results, 1)
        top_row.addWidget(self.show_answered)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(top_row)
        layout.addWidget(self.notice)
        layout.addWidget(splitter, 1)
        QWidget.setTabOrder(self.view, self.browser)
        QWidget.setTabOrder(self.browser, self.answer_box)
        QWidget.setTabOrder(self.answer_box, self.send_button)
        self.retranslate()
        self._update_answer()
        if not self.supervisor:
            self.refresh()  # the caregiver's window shows the count at once

    @property
    def supervisor(self) -> bool:
        return is_reviewer(self.ctx.book.identity.role)

    def title(self) -> str:
        return self.tr("Questions")

    def count(self) -> int | None:
        """Open questions, for the tab's title (None before they are read)."""
        return self._open_count if self.loaded else None

    def retranslate(self) -> None:
        languages = self.ctx.languages
        self.words.set_language(languages.locale(), languages.current)
        self.model.retranslate()
        if self.supervisor:
            self.intro.setText(
                self.tr("Your questions to this household, with their answers. Answered "
                        "records come back in the review queue until you mark them as reviewed.")
            )  # fmt: skip
        else:
            self.intro.setText(
                self.tr("Questions from your supervisor about the records of this home. Your "
                        "answer goes to the central office with the next sync.")
            )  # fmt: skip
        self.show_answered.setText(self.tr("Show &answered questions too"))
        self.view.setAccessibleName(self.tr("Questions"))
        self.browser.setAccessibleName(self.tr("The question and the conversation about it"))
        self.answer_label.setText(self.tr("Your a&nswer:"))
        self.answer_box.setAccessibleName(self.tr("Your answer"))
        self.answer_box.setPlaceholderText(self.tr("Write your answer; Ctrl+Enter sends it."))
        self.send_button.setText(self.tr("Sen&d answer (Ctrl+Enter)"))
        self._update_results()
        self._size_columns()
        self._render()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._size_columns()

    def _size_columns(self) -> None:
        metrics = self.view.fontMetrics()
        char = metrics.averageCharWidth()
        pad = 2 * metrics.height()
        asked = self.words.moment_text(datetime(2028, 12, 27, 22, 58))
        status = self.model.status_text
        self.view.setColumnWidth(
            QuestionColumn.STATUS,
            pad
            + max(
                metrics.horizontalAdvance(status(mark, is_open))
                for mark in (ReviewMark.QUESTION, ReviewMark.FOLLOW_UP)
                for is_open in (True, False)
            ),
        )
        self.view.setColumnWidth(QuestionColumn.ASKED, metrics.horizontalAdvance(asked) + pad)
        self.view.setColumnWidth(QuestionColumn.CHILD, char * 18)
        self.view.setColumnWidth(QuestionColumn.ABOUT, char * 44)

    # What to show ---------------------------------------------------------------------
    def set_child(self, child: Child | None) -> None:
        super().set_child(child)  # the questions are the whole household's

    def set_household(self, household_id: uuid.UUID | None) -> None:
        if household_id == self.household_id and self.loaded:
            return
        self.household_id = household_id
        self.loaded = False
        self.model.set_items([])
        self.refresh()

    def on_records_changed(self, changes: ChangeSet) -> None:
        if changes.concerns(
            "review", "child", "daily_log", "contact_note", "milestone_observation"
        ) and in_household(changes, self.household_id):
            self.refresh()

    def refresh(self) -> None:
        self._serial += 1
        serial = self._serial
        household = self.household_id
        if self.supervisor and household is None:
            self.model.set_items([])
            self._update_results()
            return
        everything = self.show_answered.isChecked()
        review = self.review
        run_for(
            self,
            self.ctx.tasks,
            lambda: review.questions(household, open_only=False),
            lambda found: self._loaded(serial, found, everything),
            self._failed,
        )

    def _loaded(self, serial: int, found: list[Question], everything: bool) -> None:
        if serial != self._serial:
            return
        current = self.current_question()
        self._open_count = sum(1 for q in found if q.open)
        self._asked_count = len(found)
        # Open ones first, the oldest question on top: answer in the order asked.
        shown = sorted(
            (q for q in found if everything or q.open), key=lambda q: (not q.open, q.asked_at)
        )
        self.model.set_items(shown)
        self.loaded = True
        self._update_results()
        self.sig_count_changed.emit()
        row = self.model.row_of(current.question_id) if current is not None else -1
        if row < 0 and self.model.rowCount():
            row = 0
        if row >= 0:
            choose_row(self.view, row)
            self._load_thread()
        else:
            self._thread = []
            self._render()

    def _failed(self, exc: Exception) -> None:
        self._sending = False
        self._update_answer()
        show_failure(self.ctx, exc, self._show_notice)

    def _update_results(self) -> None:
        if self.supervisor and self.household_id is None:
            text = self.tr("Choose a household on the left.")
        elif not self.loaded:
            text = ""
        elif self.supervisor:
            if self._open_count:
                text = self.tr("%n question(s) still open.", "", self._open_count)
            elif self._asked_count:
                text = self.tr("Every question has been answered.")
            else:
                text = self.tr("No questions asked in this household.")
        elif self._open_count:
            text = self.tr("%n question(s) wait for your answer.", "", self._open_count)
        else:
            text = self.tr("No open questions: everything has been answered.")
        self.results.setText(text)

    # One question -----------------------------------------------------------------------
    def current_question(self) -> Question | None:
        row = self.model.row(self.view.currentIndex().row())
        return row.question if row is not None else None

    def _current_changed(self, _current: QModelIndex, _previous: QModelIndex) -> None:
        self._keep_draft()  # the words typed are for the question left
        self._show_draft()
        self._load_thread()
        self._update_answer()

    def _load_thread(self) -> None:
        self._thread_serial += 1
        serial = self._thread_serial
        question = self.current_question()
        if question is None:
            self._thread = []
            self._render()
            return
        review, supervisor, target = self.review, self.supervisor, question.target_id

        def read() -> list[ThreadEntry]:
            if supervisor:
                review.opened(target)  # the record's words are shown: an opening
            return review.thread(target)

        run_for(
            self,
            self.ctx.tasks,
            read,
            lambda thread: self._thread_read(serial, thread),
            self._failed,
        )

    def _thread_read(self, serial: int, thread: list[ThreadEntry]) -> None:
        if serial == self._thread_serial:
            self._thread = thread
            self._render()

    def _render(self) -> None:
        question = self.current_question()
        if question is None:
            hint = self.tr("Choose a question to read it and the conversation.")
            self.browser.setHtml(f"<p>{_escape(hint)}</p>")
            return
        words = self.words
        title = " · ".join(
            t
            for t in (
                mark_text(words, question.mark),
                question.author_name,
                words.moment_text(question.asked_at),
            )
            if t
        )
        about = " · ".join(
            t
            for t in (
                words.labels.kind(question.target_kind),
                words.date_text(question.target_day),
                question.child_name,
            )
            if t
        )
        if question.open:
            state = (
                self.tr("Not answered yet.")
                if self.supervisor
                else self.tr("Waiting for your answer.")
            )
        else:
            state = self.tr("Answered.")
        parts = [
            f"<h3>{_escape(title)}</h3>",
            f"<p><b>{_escape(question.comment)}</b></p>",
            "<p>" + _escape(self.tr("About:")) + f" {_escape(about)}<br>"
            f"<i>{_escape(question.target_summary)}</i></p>",
            f"<p>{_escape(state)}</p>",
        ]
        if self._thread:
            heading = self.tr("The conversation about this record")
            parts.append(f"<h4>{_escape(heading)}</h4>")
            parts.append(thread_html(words, self._thread))
        self.browser.setHtml("".join(parts))

    # Answering --------------------------------------------------------------------------
    def _update_answer(self) -> None:
        question = self.current_question()
        can = question is not None and not self.supervisor and not self._sending
        self.answer_box.setEnabled(question is not None and not self.supervisor)
        self.send_button.setEnabled(can and bool(self.answer_box.toPlainText().strip()))

    def send_answer(self) -> None:
        question = self.current_question()
        text = self.answer_box.toPlainText().strip()
        if question is None or not text or self.supervisor or self._sending:
            return
        self._sending = True
        self._update_answer()
        question_id = question.question_id
        # The words go with the answer (which drops the draft): none kept after it.
        self._draft_timer.stop()
        self._draft_dirty = False

        ctx, review = self.ctx, self.review

        def done(answer: Review) -> None:
            ctx.changed(changes_of(answer))
            if not shiboken6.isValid(self):
                return
            self._sending = False
            if self._draft_of == question_id and not self._draft_dirty:
                self._set_answer_text("")  # sent; not words typed since
            message = self.tr("Answer saved; it goes to your supervisor with the next sync.")
            self._show_notice(message)
            self.sig_message.emit(message)

        def failed(exc: Exception) -> None:
            if shiboken6.isValid(self):
                self._draft_dirty = self._draft_of == question_id  # not sent: keep the words
                self._failed(exc)
            else:
                ctx.events.sig_error.emit(exc)

        ctx.tasks.run(lambda: review.answer(question_id, text), done, failed)

    # The answer's draft ---------------------------------------------------------------
    def _answer_edited(self) -> None:
        self._update_answer()
        if not self._filling and self._draft_of is not None:
            self._draft_dirty = True
            self._draft_timer.start()

    def flush(self) -> None:
        self._keep_draft()

    def _keep_draft(self) -> None:
        self._draft_timer.stop()
        question_id = self._draft_of
        if not self._draft_dirty or question_id is None:
            return
        self._draft_dirty = False
        text, review = self.answer_box.toPlainText(), self.review
        self.ctx.tasks.run(
            lambda: review.keep_answer_draft(question_id, text),
            None,
            self.ctx.events.sig_error.emit,
        )

    def _show_draft(self) -> None:
        """Put the current question's kept words (if any) in the answer box."""
        question = self.current_question()
        question_id = question.question_id if question is not None and not self.supervisor else None
        if question_id == self._draft_of:
            return
        self._draft_of = question_id
        self._set_answer_text("")
        if question_id is None:
            return
        review = self.review
        run_for(
            self,
            self.ctx.tasks,
            lambda: review.answer_draft(question_id),
            lambda text: self._draft_read(question_id, text),
            self._failed,
        )

    def _draft_read(self, question_id: uuid.UUID, text: str) -> None:
        # Not when another question is shown by now, or the person started typing.
        if question_id == self._draft_of and not self._draft_dirty:
            self._set_answer_text(text)

    def _set_answer_text(self, text: str) -> None:
        self._filling = True
        try:
            self.answer_box.setPlainText(text)
            self.answer_box.moveCursor(QTextCursor.MoveOperation.End)  # go on writing
        finally:
            self._filling = False

    def _show_notice(self, text: str) -> None:
        self.notice.setText(text)
        self.notice.setVisible(bool(text))
