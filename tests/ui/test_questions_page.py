"""Questions between a supervisor and the household: the caregiver sees the open
ones on the main window and answers them; the supervisor sees them answered.

One profile plays both sides (as in tests/unit/services/test_review.py): the
supervisor's question is written with the supervisor's identity, as a sync would
bring it."""

from __future__ import annotations

import time
import uuid
from dataclasses import replace

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.domain.records import Child
from app.domain.vocabulary import Role, Severity
from app.services.records import RecordService
from app.services.review import Question, ReviewQueue
from app.storage.book import Book, Identity
from app.ui.context import UiContext
from app.ui.main_window import MainWindow
from app.ui.models.questions import QuestionColumn
from app.ui.pages.base import DRAFT_PAUSE_MS
from app.ui.pages.questions import QuestionsPage
from tests import factories
from tests.ui.conftest import wait_for_tasks

QUESTION = "Werd de huisarts geraadpleegd?"
ANSWER = "Ja, de huisarts zag geen reden tot ongerustheid."


@pytest.fixture
def supervisor(book: Book, records: RecordService) -> Identity:
    sofie = records.create(
        factories.person(
            book.identity.household_id, display_name="Sofie Maes", role=Role.SUPERVISOR
        )
    )
    return replace(book.identity, user_id=sofie.id, display_name="Sofie", role=Role.SUPERVISOR)


@pytest.fixture
def asked(book: Book, records: RecordService, child: Child, supervisor: Identity) -> Question:
    log = records.create(
        factories.daily_log(
            book.identity,
            child,
            date=book.today(),
            text="Van de glijbaan gevallen",
            flag=True,
            severity=Severity.MEDIUM,
        )
    )
    caregiver = book.identity
    book.identity = supervisor
    try:
        ReviewQueue(book).ask(log.id, QUESTION)
    finally:
        book.identity = caregiver
    [question] = ReviewQueue(book).open_questions()
    return question


def questions_page(qtbot: QtBot, ctx: UiContext) -> QuestionsPage:
    page = QuestionsPage(ctx)
    qtbot.addWidget(page)
    page.resize(1000, 700)
    page.show()
    qtbot.waitExposed(page)
    return page


def test_the_caregiver_answers_with_ctrl_enter_and_the_question_leaves_the_open_list(
    qtbot: QtBot, ctx: UiContext, book: Book, asked: Question
) -> None:
    page = questions_page(qtbot, ctx)
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    assert page.count() == 1
    row = page.model.row(0)
    assert row is not None and row.question.question_id == asked.question_id
    assert page.model.index(0, QuestionColumn.QUESTION).data() == QUESTION
    assert "Lotte Janssens" in page.model.index(0, QuestionColumn.CHILD).data()
    assert "Van de glijbaan gevallen" in page.model.index(0, QuestionColumn.ABOUT).data()
    qtbot.waitUntil(lambda: "Sofie Maes" in page.browser.toPlainText())
    assert QUESTION in page.browser.toPlainText()
    assert "Waiting for your answer." in page.browser.toPlainText()
    assert not page.send_button.isEnabled()  # nothing written yet

    page.answer_box.setFocus()
    qtbot.waitUntil(page.answer_box.hasFocus)
    qtbot.keyClicks(page.answer_box, ANSWER)
    assert page.send_button.isEnabled()
    qtbot.keyClick(page.answer_box, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    wait_for_tasks(qtbot, ctx)

    qtbot.waitUntil(lambda: page.model.rowCount() == 0)
    assert page.count() == 0
    assert page.answer_box.toPlainText() == ""
    assert "Answer saved" in page.notice.text()
    assert ReviewQueue(book).open_questions() == []
    [done] = ReviewQueue(book).questions()
    assert [(a.comment, a.author_id) for a in done.answers] == [(ANSWER, book.identity.user_id)]

    # The answered one is still there to read when asked for.
    page.show_answered.setChecked(True)
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    assert "answered" in page.model.index(0, QuestionColumn.STATUS).data()
    qtbot.waitUntil(lambda: ANSWER in page.browser.toPlainText())


def test_enter_alone_starts_a_new_line_and_sends_nothing(
    qtbot: QtBot, ctx: UiContext, book: Book, asked: Question
) -> None:
    page = questions_page(qtbot, ctx)
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    qtbot.keyClicks(page.answer_box, "Eerste regel")
    qtbot.keyClick(page.answer_box, Qt.Key.Key_Return)
    qtbot.keyClicks(page.answer_box, "tweede")
    wait_for_tasks(qtbot, ctx)
    assert page.answer_box.toPlainText() == "Eerste regel\ntweede"
    assert len(ReviewQueue(book).open_questions()) == 1


def test_the_main_window_shows_the_open_questions_and_opens_them(
    qtbot: QtBot, ctx: UiContext, book: Book, asked: Question
) -> None:
    main = MainWindow(ctx)
    qtbot.addWidget(main)
    main.show()
    assert not main.supervisor_mode
    page = main.questions_page
    qtbot.waitUntil(lambda: main.questions_banner.isVisible())
    assert "1" in main.questions_banner.label.text()
    index = main.tabs.indexOf(page)
    assert main.tabs.tabText(index) == "Questions (1)"
    assert main.tabs.currentWidget() is not page

    qtbot.mouseClick(main.questions_banner.button, Qt.MouseButton.LeftButton)
    assert main.tabs.currentWidget() is page
    qtbot.waitUntil(lambda: page.current_question() is not None)
    qtbot.keyClicks(page.answer_box, ANSWER)
    qtbot.mouseClick(page.send_button, Qt.MouseButton.LeftButton)
    wait_for_tasks(qtbot, ctx)

    qtbot.waitUntil(lambda: not main.questions_banner.isVisible())
    assert main.tabs.tabText(index) == "Questions"
    assert "Answer saved" in main.statusBar().currentMessage()
    # The caregiver's pages are all still there, in their places.
    assert [main.tabs.tabText(i) for i in range(5)] == [
        "Today",
        "Timeline",
        "Milestones",
        "Contacts",
        "Profile",
    ]
    main.flush()


def test_the_supervisor_sees_the_answer(
    qtbot: QtBot, ctx: UiContext, book: Book, asked: Question, supervisor: Identity
) -> None:
    ReviewQueue(book).answer(asked.question_id, ANSWER)
    book.identity = supervisor
    page = questions_page(qtbot, ctx)
    assert page.supervisor and not page.answer_area.isVisible()
    assert page.show_answered.isChecked()  # a supervisor sees answered ones at once
    page.set_household(book.identity.household_id)
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    assert page.model.index(0, QuestionColumn.STATUS).data() == "Question · answered"
    assert page.count() == 0
    qtbot.waitUntil(lambda: ANSWER in page.browser.toPlainText())
    assert "Sofie Maes (you)" in page.browser.toPlainText()
    assert "Answered." in page.browser.toPlainText()
    # Reading the question shows the record's words: noted for the audit log.
    assert ReviewQueue(book).views_waiting() == 1
    assert isinstance(asked.target_id, uuid.UUID)


def test_words_of_an_answer_not_sent_are_kept_through_a_lock(
    qtbot: QtBot, ctx: UiContext, book: Book, asked: Question
) -> None:
    page = questions_page(qtbot, ctx)
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    qtbot.keyClicks(page.answer_box, "Ja, de huisarts")
    page.flush()  # as before a lock or quit
    wait_for_tasks(qtbot, ctx)
    assert ReviewQueue(book).answer_draft(asked.question_id) == "Ja, de huisarts"
    page.close()

    again = questions_page(qtbot, ctx)  # after unlocking
    qtbot.waitUntil(lambda: again.answer_box.toPlainText() == "Ja, de huisarts")
    qtbot.keyClicks(again.answer_box, " zag niets ernstigs.")
    qtbot.keyClick(again.answer_box, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    wait_for_tasks(qtbot, ctx)
    qtbot.waitUntil(lambda: again.model.rowCount() == 0)
    [done] = ReviewQueue(book).questions()
    assert [a.comment for a in done.answers] == ["Ja, de huisarts zag niets ernstigs."]
    assert ReviewQueue(book).answer_draft(asked.question_id) == ""  # gone with the answer


def test_each_question_keeps_its_own_words(
    qtbot: QtBot,
    ctx: UiContext,
    book: Book,
    records: RecordService,
    child: Child,
    supervisor: Identity,
    asked: Question,
) -> None:
    log = records.create(
        factories.daily_log(
            book.identity, child, date=book.today().replace(day=1), text="Slecht geslapen"
        )
    )
    caregiver, book.identity = book.identity, supervisor
    try:
        ReviewQueue(book).ask(log.id, "Hoe lang duurde het?")
    finally:
        book.identity = caregiver
    page = questions_page(qtbot, ctx)
    qtbot.waitUntil(lambda: page.model.rowCount() == 2)
    page.view.setCurrentIndex(page.model.index(0, 0))
    qtbot.keyClicks(page.answer_box, "eerste antwoord")
    page.view.setCurrentIndex(page.model.index(1, 0))
    assert page.answer_box.toPlainText() == ""  # not the other question's words
    wait_for_tasks(qtbot, ctx)
    qtbot.keyClicks(page.answer_box, "tweede antwoord")
    page.view.setCurrentIndex(page.model.index(0, 0))
    qtbot.waitUntil(lambda: page.answer_box.toPlainText() == "eerste antwoord")
    page.view.setCurrentIndex(page.model.index(1, 0))
    qtbot.waitUntil(lambda: page.answer_box.toPlainText() == "tweede antwoord")
    assert len(ReviewQueue(book).open_questions()) == 2  # nothing sent


def test_a_sent_answer_leaves_no_draft_behind_when_the_queue_is_slow(
    qtbot: QtBot, ctx: UiContext, book: Book, asked: Question
) -> None:
    page = questions_page(qtbot, ctx)
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    page.answer_box.setFocus()
    qtbot.waitUntil(page.answer_box.hasFocus)
    qtbot.keyClicks(page.answer_box, ANSWER)
    ctx.tasks.run(lambda: time.sleep(DRAFT_PAUSE_MS / 1000 + 0.5))  # the queue is busy
    qtbot.keyClick(page.answer_box, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.wait(DRAFT_PAUSE_MS + 200)  # the pause in typing passes while the answer waits
    wait_for_tasks(qtbot, ctx)
    qtbot.waitUntil(lambda: page.model.rowCount() == 0)
    assert ReviewQueue(book).answer_draft(asked.question_id) == ""
    [done] = ReviewQueue(book).questions()
    assert [a.comment for a in done.answers] == [ANSWER]
