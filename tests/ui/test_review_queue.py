"""Supervisor mode: the review queue, driven by the keyboard, over a supervisor's
store filled as after a sync (``fill_supervisor``)."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QColor, QFont, QIcon
from PySide6.QtTest import QAbstractItemModelTester
from PySide6.QtWidgets import QLabel, QLineEdit, QWidget
from pytestqt.qtbot import QtBot

from app.demo import supervisor
from app.domain.records import Review
from app.domain.vocabulary import HouseholdKind, ReviewMark, Role
from app.services import profile
from app.services.review import QueueGroup, ReviewQueue
from app.storage import records, sync_state, views
from app.storage.book import Book
from app.storage.store import Store
from app.ui.context import UiContext
from app.ui.i18n import Languages
from app.ui.main_window import MainWindow
from app.ui.models.households import HouseholdsModel
from app.ui.models.questions import QuestionsModel
from app.ui.models.review_queue import GroupRole, ReviewQueueModel
from app.ui.models.rows import RecordIdRole
from app.ui.models.words import Words
from app.ui.pages.across import AcrossPage
from app.ui.pages.overview import OverviewPage
from app.ui.pages.review_queue import ReviewQueuePage
from app.ui.settings import Settings
from tests.conftest import PASSPHRASE
from tests.ui.conftest import wait_for_tasks

TODAY = date(2026, 2, 18)
HOUSEHOLDS, CHILDREN, DAYS = 2, 3, 21


def supervisor_book(folder: Path) -> Book:
    book = profile.create_profile(
        folder,
        PASSPHRASE,
        profile.NewProfile("Hilde Vos", "Dienst Pleegzorg", HouseholdKind.SIMBA, Role.SUPERVISOR),
        strength="minimum",
        today=lambda: TODAY,
    )
    supervisor.fill_supervisor(book, HOUSEHOLDS, CHILDREN, DAYS, seed=11)
    # The households pulled are this device's scope (as after enrolment, here without
    # a server, so nothing tries to sync).
    with book.store.write() as session:
        Store.set_meta(session, sync_state.URL, "")
        Store.set_meta(session, sync_state.TOKEN, "")
    return book


@pytest.fixture
def sup_book(tmp_path: Path) -> Iterator[Book]:
    book = supervisor_book(tmp_path / "supervisor")
    yield book
    book.close()


@pytest.fixture
def sup_ctx(sup_book: Book, languages: Languages) -> Iterator[UiContext]:
    context = UiContext(sup_book, languages, Settings())
    yield context
    context.tasks.wait()


@pytest.fixture
def household(sup_book: Book) -> uuid.UUID:
    # The first by name (the list itself puts the most urgent first).
    return min(ReviewQueue(sup_book).households(), key=lambda h: h.name.casefold()).household_id


@pytest.fixture
def page(qtbot: QtBot, sup_ctx: UiContext, household: uuid.UUID) -> Iterator[ReviewQueuePage]:
    queue = ReviewQueuePage(sup_ctx)
    qtbot.addWidget(queue)
    queue.resize(1100, 700)
    queue.show()
    qtbot.waitExposed(queue)
    queue.set_household(household)
    qtbot.waitUntil(lambda: queue.loaded)
    queue.view.setFocus()
    qtbot.waitUntil(queue.view.hasFocus)
    yield queue
    wait_for_tasks(qtbot, sup_ctx)  # results are delivered while the page still exists


def ids(page: ReviewQueuePage) -> list[uuid.UUID]:
    return [r.record_id for r in page.model.rows()]


def reviewed_marks(book: Book) -> list[Review]:
    with book.store.read() as session:
        found = records.list_kind(session, Review.kind)
    return [
        r
        for r in found
        if isinstance(r, Review)
        and r.mark == ReviewMark.REVIEWED
        and r.author_id == book.identity.user_id
        and r.created_at.date() > TODAY  # made now, not by the demo fill
    ]


def test_the_queue_shows_the_services_order_with_translated_groups(
    page: ReviewQueuePage, sup_book: Book, household: uuid.UUID
) -> None:
    items = ReviewQueue(sup_book).items(household)
    assert ids(page) == [i.record_id for i in items]
    assert page.model.rowCount() > 5
    groups = {QueueGroup(page.model.index(r, 0).data(GroupRole)) for r in range(len(items))}
    texts = {page.model.index(r, 0).data() for r in range(len(items))}
    assert QueueGroup.REST in groups and "Other" in texts
    for row, item in enumerate(items):
        if item.group == QueueGroup.INCIDENT:
            assert str(page.model.index(row, 0).data()).startswith("Incident")
        if item.group == QueueGroup.MISSED_CONTACT:
            assert page.model.index(row, 0).data() == "Contact did not happen"
    assert "record" in page.results.text() and str(len(items)) in page.results.text()


def test_space_marks_the_current_record_and_the_next_is_chosen(
    qtbot: QtBot, page: ReviewQueuePage, sup_ctx: UiContext, sup_book: Book, household: uuid.UUID
) -> None:
    view = page.view
    qtbot.keyClick(view, Qt.Key.Key_Down)
    qtbot.keyClick(view, Qt.Key.Key_Home)  # back to the first record, by keyboard
    before = ids(page)
    assert page.current_item().record_id == before[0]  # type: ignore[union-attr]

    qtbot.keyClick(view, Qt.Key.Key_Space)
    # It leaves the list at once, and the next record is the current one.
    assert ids(page) == before[1:]
    assert page.current_item().record_id == before[1]  # type: ignore[union-attr]
    assert view.selectionModel().isRowSelected(0, QModelIndex())
    wait_for_tasks(qtbot, sup_ctx)

    assert [r.target_id for r in reviewed_marks(sup_book)] == [before[0]]
    assert before[0] not in [i.record_id for i in ReviewQueue(sup_book).items(household)]
    assert "marked as reviewed" in page.notice.text() and page.notice.isVisible()
    qtbot.waitUntil(lambda: ids(page) == before[1:])  # the reload agrees


def test_shift_down_selects_three_and_enter_marks_them_in_one_call(
    qtbot: QtBot, page: ReviewQueuePage, sup_ctx: UiContext, sup_book: Book, household: uuid.UUID
) -> None:
    calls: list[list[uuid.UUID]] = []
    mark = page.review.mark_reviewed

    def spy(record_ids: list[uuid.UUID], comment: str = "") -> list[Review]:
        calls.append(list(record_ids))
        return mark(record_ids, comment)

    page.review.mark_reviewed = spy  # type: ignore[method-assign]
    before = ids(page)
    qtbot.keyClick(page.view, Qt.Key.Key_Home)
    qtbot.keyClick(page.view, Qt.Key.Key_Down, Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClick(page.view, Qt.Key.Key_Down, Qt.KeyboardModifier.ShiftModifier)
    assert [i.record_id for i in page.selected_items()] == before[:3]

    qtbot.keyClick(page.view, Qt.Key.Key_Return)
    assert ids(page) == before[3:]
    assert page.current_item().record_id == before[3]  # type: ignore[union-attr]
    wait_for_tasks(qtbot, sup_ctx)

    assert calls == [before[:3]]  # one service call for the three
    assert sorted(r.target_id for r in reviewed_marks(sup_book)) == sorted(before[:3])
    remaining = [i.record_id for i in ReviewQueue(sup_book).items(household)]
    assert remaining == before[3:]
    assert "3" in page.notice.text()


def test_enter_and_space_do_nothing_on_an_empty_queue(
    qtbot: QtBot, page: ReviewQueuePage, sup_ctx: UiContext, sup_book: Book
) -> None:
    page.model.set_items([])
    qtbot.keyClick(page.view, Qt.Key.Key_Space)
    wait_for_tasks(qtbot, sup_ctx)
    assert reviewed_marks(sup_book) == []


def test_q_asks_a_question_in_a_small_dialog(
    qtbot: QtBot, page: ReviewQueuePage, sup_ctx: UiContext, sup_book: Book, household: uuid.UUID
) -> None:
    first = page.current_item()
    assert first is not None
    qtbot.keyClick(page.view, Qt.Key.Key_Q)
    dialog = page.ask_dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.windowTitle() == "Ask a question"
    assert not dialog.send_button.isEnabled()  # nothing to send yet
    qtbot.keyClicks(dialog.comment, "Hoe gaat het nu met hem?")
    assert dialog.send_button.isEnabled()
    qtbot.keyClick(dialog.comment, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert page.ask_dialog is None
    wait_for_tasks(qtbot, sup_ctx)

    asked = [
        q for q in ReviewQueue(sup_book).questions(household) if q.target_id == first.record_id
    ]
    assert [(q.comment, q.mark) for q in asked][-1] == (
        "Hoe gaat het nu met hem?",
        ReviewMark.QUESTION,
    )
    assert "Question asked" in page.notice.text()
    # Still in the queue, now with its question open, and still the current record.
    qtbot.waitUntil(lambda: "Question open" in str(page.model.index(0, 3).data()))
    assert page.current_item().record_id == first.record_id  # type: ignore[union-attr]
    qtbot.waitUntil(lambda: "Hoe gaat het nu met hem?" in page.detail.browser.toPlainText())


def test_f_asks_for_a_follow_up_and_escape_cancels(
    qtbot: QtBot, page: ReviewQueuePage, sup_ctx: UiContext, sup_book: Book, household: uuid.UUID
) -> None:
    before = ReviewQueue(sup_book).questions(household)
    qtbot.keyClick(page.view, Qt.Key.Key_F)
    dialog = page.ask_dialog
    assert dialog is not None and dialog.windowTitle() == "Ask for a follow-up"
    qtbot.keyClicks(dialog.comment, "Graag opvolgen")
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert page.ask_dialog is None
    wait_for_tasks(qtbot, sup_ctx)
    assert ReviewQueue(sup_book).questions(household) == before

    qtbot.keyClick(page.view, Qt.Key.Key_F)
    dialog = page.ask_dialog
    assert dialog is not None
    qtbot.keyClicks(dialog.comment, "Graag opvolgen bij de huisarts")
    qtbot.mouseClick(dialog.send_button, Qt.MouseButton.LeftButton)
    wait_for_tasks(qtbot, sup_ctx)
    after = ReviewQueue(sup_book).questions(household)
    assert [q.mark for q in after[len(before) :]] == [ReviewMark.FOLLOW_UP]


def test_the_question_is_kept_as_a_draft_through_a_lock_and_sent_once(
    qtbot: QtBot, page: ReviewQueuePage, sup_ctx: UiContext, sup_book: Book, household: uuid.UUID
) -> None:
    from app.services.drafts import DialogDrafts
    from app.ui.widgets.drafts import flush_open_drafts

    first = page.current_item()
    assert first is not None and first.record_id is not None
    key = f"ask:question:{first.record_id}"
    qtbot.keyClick(page.view, Qt.Key.Key_Q)
    dialog = page.ask_dialog
    assert dialog is not None
    qtbot.keyClicks(dialog.comment, "Waarom sliep hij zo slecht?")
    # A pause in typing keeps the words (a crash loses nothing written before it).
    qtbot.waitUntil(lambda: DialogDrafts(sup_book).load(key) is not None, timeout=5000)
    qtbot.keyClicks(dialog.comment, " En nu?")
    flush_open_drafts()  # what a lock does first
    wait_for_tasks(qtbot, sup_ctx)
    assert DialogDrafts(sup_book).load(key) == {"text": "Waarom sliep hij zo slecht? En nu?"}
    with sup_book.store.read() as session:  # kept encrypted in the store, not as a record
        assert not any(
            isinstance(r, Review) and r.comment.startswith("Waarom")
            for r in records.list_kind(session, Review.kind)
        )
    dialog.deleteLater()  # the window goes with the lock
    page.ask_dialog = None
    qtbot.waitUntil(lambda: not shiboken6.isValid(dialog))

    # Unlocked again: the same question opens with its words; a follow-up has its own.
    qtbot.keyClick(page.view, Qt.Key.Key_F)
    follow = page.ask_dialog
    assert follow is not None
    wait_for_tasks(qtbot, sup_ctx)
    assert follow.comment.toPlainText() == ""
    qtbot.keyClick(follow, Qt.Key.Key_Escape)
    qtbot.keyClick(page.view, Qt.Key.Key_Q)
    again = page.ask_dialog
    assert again is not None
    qtbot.waitUntil(lambda: again.comment.toPlainText() == "Waarom sliep hij zo slecht? En nu?")
    assert again.send_button.isEnabled()
    qtbot.keyClick(again.comment, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    wait_for_tasks(qtbot, sup_ctx)
    asked = [q.comment for q in ReviewQueue(sup_book).questions(household)
             if q.target_id == first.record_id]  # fmt: skip
    assert asked.count("Waarom sliep hij zo slecht? En nu?") == 1
    assert DialogDrafts(sup_book).load(key) is None  # stored: the draft is gone

    # Cancelled words are thrown away with their draft.
    qtbot.keyClick(page.view, Qt.Key.Key_Q)
    cancelled = page.ask_dialog
    assert cancelled is not None
    qtbot.keyClicks(cancelled.comment, "Toch niet")
    flush_open_drafts()
    wait_for_tasks(qtbot, sup_ctx)
    assert DialogDrafts(sup_book).load(key) is not None
    qtbot.keyClick(cancelled, Qt.Key.Key_Escape)
    wait_for_tasks(qtbot, sup_ctx)
    assert DialogDrafts(sup_book).load(key) is None


def test_showing_a_record_opens_it_for_the_audit_log(
    qtbot: QtBot, page: ReviewQueuePage, sup_book: Book
) -> None:
    first = page.current_item()
    assert first is not None
    qtbot.waitUntil(lambda: page.detail.data is not None)
    assert page.detail.data.stored.record.id == first.record_id  # type: ignore[union-attr]
    with sup_book.store.read() as session:
        opened = {v.record_id for v in views.pending_views(session)}
    assert str(first.record_id) in {str(r) for r in opened}
    # Read-only: nothing to delete or change here.
    assert not page.detail.delete_button.isVisible()
    # Moving on opens the next one once the cursor rests on it.
    qtbot.keyClick(page.view, Qt.Key.Key_Down)
    second = page.current_item()
    assert second is not None
    qtbot.waitUntil(
        lambda: (
            page.detail.data is not None and page.detail.data.stored.record.id == second.record_id
        )
    )
    assert ReviewQueue(sup_book).views_waiting() == 2


def test_the_models_pass_the_model_tester(
    qtlog: object, page: ReviewQueuePage, sup_book: Book, household: uuid.UUID
) -> None:
    review = ReviewQueue(sup_book)
    words = Words()
    queue = ReviewQueueModel(words)
    households = HouseholdsModel()
    questions = QuestionsModel(words)
    testers = [
        QAbstractItemModelTester(m, QAbstractItemModelTester.FailureReportingMode.Warning)
        for m in (queue, households, questions)
    ]
    items = review.items(household)
    queue.set_items(items)
    queue.remove([items[1].record_id, items[2].record_id, items[5].record_id])
    assert [r.record_id for r in queue.rows()] == [
        i.record_id for n, i in enumerate(items) if n not in (1, 2, 5)
    ]
    assert queue.index(0, 0).data(RecordIdRole) == str(items[0].record_id)
    queue.retranslate()
    households.set_households(review.households())
    households.set_households(review.households())  # same households: no reset
    assert households.rowCount() == HOUSEHOLDS
    questions.set_items(review.questions())
    questions.retranslate()
    assert questions.rowCount() >= 1
    assert not [r.message for r in qtlog.records if "FAIL" in r.message]  # type: ignore[attr-defined]
    del testers


def test_the_queue_answers_the_same_for_every_role_it_names(
    page: ReviewQueuePage, sup_book: Book, household: uuid.UUID
) -> None:
    queue = ReviewQueueModel(Words())
    queue.set_items(ReviewQueue(sup_book).items(household))
    assert {r.item.group for r in queue.rows()} >= {QueueGroup.INCIDENT, QueueGroup.REST}
    answered = ReviewQueueModel.answered_roles
    assert answered is not None

    def plain(value: object) -> object:  # icons, fonts and colours by what they show
        if isinstance(value, QIcon):
            return ("icon", value.cacheKey())
        if isinstance(value, (QFont, QColor)):
            return (
                type(value).__name__,
                value.toString() if isinstance(value, QFont) else value.name(),
            )
        return value

    def cells() -> list[object]:
        return [
            plain(queue.index(row, column).data(role))
            for row in range(queue.rowCount())
            for column in range(queue.columnCount())
            for role in range(int(Qt.ItemDataRole.UserRole) + 8)
        ]

    named = cells()
    queue.answered_roles = None  # every role asked of the cells themselves
    assert cells() == named
    assert any(value is not None for value in named)


def test_supervisor_mode_of_the_main_window(
    qtbot: QtBot, sup_ctx: UiContext, sup_book: Book
) -> None:
    main = MainWindow(sup_ctx)
    qtbot.addWidget(main)
    main.show()
    assert main.supervisor_mode
    households = ReviewQueue(sup_book).households()
    qtbot.waitUntil(lambda: main.households_model.rowCount() == HOUSEHOLDS)
    assert [main.households_model.household(r).name for r in range(HOUSEHOLDS)] == [  # type: ignore[union-attr]
        h.name for h in households
    ]
    assert main.left.currentWidget() is main.households_view
    assert not main.menus.household_menu.menuAction().isVisible()
    assert main.menus.review_menu.menuAction().isVisible()
    queue = main.queue_page
    assert queue is not None
    qtbot.waitUntil(lambda: queue.loaded and queue.household_id == households[0].household_id)
    assert main.header.text() == "Across my households"  # the first page: no one household
    main.tabs.setCurrentWidget(queue)
    assert main.header.text() == households[0].name
    qtbot.waitUntil(lambda: main.tabs.tabText(2) == f"Review queue ({households[0].unreviewed})")
    assert [main.tabs.tabText(i).split(" (")[0] for i in range(5)] == [
        "Across my households",  # the week across households: the most urgent first
        "Overview",  # the household overview: where to look
        "Review queue",
        "Questions",
        "Conflicts",
    ]
    assert main.tabs.widget(0) is main.across_page
    assert main.tabs.widget(1) is main.overview_page

    # Another page joins through the hook, and follows the household.
    class Overview(QLabel):
        def __init__(self) -> None:
            super().__init__()
            self.chosen: list[uuid.UUID | None] = []

        def set_household(self, household_id: uuid.UUID | None) -> None:
            self.chosen.append(household_id)

    overview = Overview()
    main.add_supervisor_tab(overview, lambda: "Extra", index=0)
    assert main.tabs.tabText(0) == "Extra" and main.tabs.widget(0) is overview
    assert overview.chosen == [households[0].household_id]

    # Ctrl+PgDown goes to the next household: every page follows.
    main.menus.next_child_action.trigger()
    qtbot.waitUntil(lambda: queue.household_id == households[1].household_id)
    assert overview.chosen[-1] == households[1].household_id
    assert main.header.text() == households[1].name
    qtbot.waitUntil(lambda: queue.loaded)

    # Marking updates the household's count on the left.
    queue.view.setFocus()
    qtbot.waitUntil(queue.view.hasFocus)
    before = main.households_model.household(1).unreviewed  # type: ignore[union-attr]
    qtbot.keyClick(queue.view, Qt.Key.Key_Space)
    qtbot.waitUntil(
        lambda: main.households_model.household(1).unreviewed == before - 1  # type: ignore[union-attr]
    )
    assert "marked as reviewed" in main.statusBar().currentMessage()
    main.flush()


def test_add_supervisor_tab_in_caregiver_mode_waits(qtbot: QtBot, ctx: UiContext) -> None:
    main = MainWindow(ctx)
    qtbot.addWidget(main)
    page = QWidget()
    main.add_supervisor_tab(page, lambda: "Overview")
    assert main.tabs.indexOf(page) == -1 and not main.supervisor_mode
    main.flush()


def test_a_supervisor_profile_opens_in_supervisor_mode_after_unlock(
    qtbot: QtBot, languages: Languages, tmp_path: Path
) -> None:
    from app.ui.application import AppController
    from app.ui.unlock import UnlockWindow

    folder = tmp_path / "supervisor"
    supervisor_book(folder).close()
    controller = AppController(folder, languages, Settings(), strength="minimum")
    controller.start()
    window = controller.window
    assert isinstance(window, UnlockWindow)
    field = window.findChild(QLineEdit, "passphrase")
    qtbot.keyClicks(field, PASSPHRASE)
    with qtbot.waitSignal(controller.sig_opened, timeout=15_000) as opened:
        qtbot.keyClick(field, Qt.Key.Key_Return)
    main = opened.args[0]
    assert isinstance(main, MainWindow) and main.supervisor_mode
    qtbot.waitUntil(lambda: main.households_model.rowCount() == HOUSEHOLDS)
    queue = main.queue_page
    assert queue is not None
    qtbot.waitUntil(lambda: queue.loaded and queue.model.rowCount() > 0)
    with qtbot.waitSignal(controller.sig_locked):
        main.menus.lock_action.trigger()
    controller.window.close()  # type: ignore[union-attr]


def test_an_enrolment_as_supervisor_switches_the_window_to_supervisor_mode(
    qtbot: QtBot, ctx: UiContext, book: Book
) -> None:
    main = MainWindow(ctx)
    qtbot.addWidget(main)
    main.show()
    assert not main.supervisor_mode and len(main.pages) == 9  # Well-being and Care among them
    old_pages = list(main.pages)
    # A caregiver's window does not make the supervisor's pages.
    assert not main.findChildren(AcrossPage) and not main.findChildren(OverviewPage)
    # What an enrolment with a supervisor's code leaves behind (app.sync.enroll):
    # another role, and the households to follow.
    book.identity = replace(book.identity, role=Role.SUPERVISOR)
    with book.store.write() as session:
        Store.set_meta(session, sync_state.URL, "")
        Store.set_meta(session, sync_state.TOKEN, "")
        Store.set_meta(session, sync_state.HOUSEHOLDS, f'["{book.identity.household_id}"]')
    main._enrolled()

    assert main.supervisor_mode
    assert main.pages == [main.queue_page, main.questions_page, main.conflicts_page]
    assert not any(p in old_pages for p in main.pages)
    assert main.tabs.count() == 7 and main.tabs.widget(0) is main.across_page
    assert main.tabs.widget(5) is main.story_page  # the household's timeline
    assert main.tabs.widget(6) is main.care_watch_page  # care plans, last
    assert main.tabs.currentWidget() is main.across_page
    assert main.tabs.widget(1) is main.overview_page
    assert main.tabs.tabText(2).startswith("Review queue")
    assert main.left.currentWidget() is main.households_view
    qtbot.waitUntil(lambda: main.households_model.rowCount() == 1)
    assert main.households_model.household(0).name == "Gezin Peeters"  # type: ignore[union-attr]
    assert main.menus.next_child_action.text() == "&Next household"
    wait_for_tasks(qtbot, ctx)
    main.flush()


def test_a_language_change_puts_the_queue_in_the_new_words(
    qtbot: QtBot, page: ReviewQueuePage, languages: Languages
) -> None:
    english = page.model.index(0, 1).data()
    languages.set_language("nl")
    qtbot.waitUntil(lambda: page.model.index(0, 1).data() != english)
    assert page.model.index(0, 1).data()[:2] in {"ma", "di", "wo", "do", "vr", "za", "zo"}
    qtbot.waitUntil(lambda: page.detail.data is not None)
    assert "Kind" in page.detail.browser.toPlainText()  # the record's fields, in Dutch
    languages.set_language("en")
    qtbot.waitUntil(lambda: page.model.index(0, 1).data() == english)
