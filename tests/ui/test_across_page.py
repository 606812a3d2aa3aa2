"""Supervisor mode: the week across households, the review keys typed in the
household list, and the queue's backlog action; over a supervisor's store filled
as after a sync."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import QDate, Qt, QTimer
from PySide6.QtTest import QAbstractItemModelTester
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from app.demo import supervisor
from app.domain.records import Review
from app.domain.vocabulary import HouseholdKind, ReviewMark, Role, Severity
from app.services import profile
from app.services.across import AcrossKind
from app.services.review import ReviewQueue
from app.storage import records, sync_state
from app.storage.book import Book
from app.storage.store import Store
from app.ui.context import UiContext
from app.ui.i18n import Languages
from app.ui.main_window import MainWindow
from app.ui.pages.review_queue_backlog import BeforeDialog
from app.ui.settings import Settings
from tests.conftest import PASSPHRASE
from tests.ui.conftest import wait_for_tasks
from tests.ui.test_review_queue import TODAY

HOUSEHOLDS, CHILDREN, DAYS = 3, 3, 60


def filled_supervisor(tmp_path: Path) -> Book:
    """A supervisor's store with a few households of two months, as after a sync."""
    book = profile.create_profile(
        tmp_path / "supervisor",
        PASSPHRASE,
        profile.NewProfile("Hilde Vos", "Dienst Pleegzorg", HouseholdKind.SIMBA, Role.SUPERVISOR),
        strength="minimum",
        today=lambda: TODAY,
    )
    supervisor.fill_supervisor(book, HOUSEHOLDS, CHILDREN, DAYS, seed=11)
    with book.store.write() as session:
        Store.set_meta(session, sync_state.URL, "")
        Store.set_meta(session, sync_state.TOKEN, "")
    return book


@pytest.fixture
def sup_book(tmp_path: Path) -> Iterator[Book]:
    book = filled_supervisor(tmp_path)
    yield book
    book.close()


@pytest.fixture
def sup_ctx(sup_book: Book, languages: Languages) -> Iterator[UiContext]:
    context = UiContext(sup_book, languages, Settings())
    yield context
    context.tasks.wait()


def open_main(qtbot: QtBot, sup_ctx: UiContext) -> MainWindow:
    """The main window of a supervisor, its first page read."""
    window = MainWindow(sup_ctx)
    qtbot.addWidget(window)
    window.resize(1366, 700)
    window.show()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: window.across_page.loaded, timeout=30_000)
    qtbot.waitUntil(lambda: window.households_model.rowCount() == HOUSEHOLDS)
    return window


@pytest.fixture
def main(qtbot: QtBot, sup_ctx: UiContext) -> Iterator[MainWindow]:
    window = open_main(qtbot, sup_ctx)
    yield window
    wait_for_tasks(qtbot, sup_ctx)
    if shiboken6.isValid(window):  # closing it (the test's end) flushes it too
        window.flush()


def my_marks(book: Book) -> list[Review]:
    with book.store.read() as session:
        found = records.list_kind(session, Review.kind)
    return [
        r
        for r in found
        if isinstance(r, Review)
        and r.author_id == book.identity.user_id
        and r.created_at.date() > TODAY  # made now, not by the demo fill
    ]


def answer_next_modal(qtbot: QtBot, act: Callable[[QWidget], None]) -> None:
    """Act on the next modal dialog once it shows (``exec`` blocks the test)."""

    def later() -> None:
        modal = QApplication.activeModalWidget()
        if modal is None:
            QTimer.singleShot(20, later)
            return
        act(modal)

    QTimer.singleShot(0, later)


def test_the_across_page_comes_first_most_serious_then_newest(
    qtbot: QtBot, main: MainWindow
) -> None:
    page = main.across_page
    assert main.tabs.currentWidget() is page
    QAbstractItemModelTester(page.model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    items = [r.item for r in page.model.rows()]
    assert items, "the demo puts recent incidents and days without a log in there"
    assert items == sorted(items, key=lambda i: i.rank())
    incidents = [i for i in items if i.kind == AcrossKind.INCIDENT]
    assert incidents, "the demo has recent incidents"
    order = [Severity.HIGH, Severity.MEDIUM, Severity.LOW, None]
    ranks = [order.index(i.severity) for i in incidents]
    assert ranks == sorted(ranks)
    for severity in order:
        days = [i.day for i in incidents if i.severity == severity]
        assert days == sorted(days, reverse=True)  # newest first within a severity
    # Every row names its household and child.
    assert all(r.texts[1] and r.texts[2] for r in page.model.rows())
    kinds = [i.kind for i in items]
    assert kinds == sorted(kinds, key=list(AcrossKind).index)
    assert main.tabs.tabText(0) == f"Across my households ({len(items)})"
    # The household list: the most urgent first.
    households = [main.households_model.household(r) for r in range(HOUSEHOLDS)]
    urgency = [h.urgency() for h in households if h is not None]
    assert urgency == sorted(urgency)


def test_space_q_on_the_across_page_act_on_the_current_record(
    qtbot: QtBot, main: MainWindow, sup_ctx: UiContext, sup_book: Book
) -> None:
    page = main.across_page
    page.view.setFocus()
    qtbot.waitUntil(page.view.hasFocus)
    first = page.current_item()
    assert first is not None and first.record_id is not None
    qtbot.keyClick(page.view, Qt.Key.Key_Space)
    wait_for_tasks(qtbot, sup_ctx)
    assert [r.target_id for r in my_marks(sup_book)] == [first.record_id]
    assert page.model.row_of(first.key) == -1
    qtbot.waitUntil(lambda: page.current_item() is not None)
    second = page.current_item()
    assert second is not None and second.record_id is not None
    qtbot.keyClick(page.view, Qt.Key.Key_Q)
    dialog = page.ask_dialog
    assert dialog is not None and dialog.isVisible()
    qtbot.keyClicks(dialog.comment, "Wat is er gebeurd?")
    qtbot.keyClick(dialog.comment, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    wait_for_tasks(qtbot, sup_ctx)
    asked = [r for r in my_marks(sup_book) if r.mark == ReviewMark.QUESTION]
    assert [(r.target_id, r.comment) for r in asked] == [(second.record_id, "Wat is er gebeurd?")]


def test_review_keys_typed_in_the_household_list_act_on_the_queue(
    qtbot: QtBot, main: MainWindow, sup_ctx: UiContext, sup_book: Book
) -> None:
    queue = main.queue_page
    assert queue is not None
    main.tabs.setCurrentWidget(queue)
    qtbot.waitUntil(lambda: queue.loaded and queue.current_item() is not None)
    current = queue.current_item()
    assert current is not None
    main.households_view.setFocus()
    qtbot.waitUntil(main.households_view.hasFocus)
    chosen = main.current_household_id()

    qtbot.keyClick(main.households_view, Qt.Key.Key_Space)
    wait_for_tasks(qtbot, sup_ctx)
    assert [r.target_id for r in my_marks(sup_book)] == [current.record_id]
    assert main.current_household_id() == chosen  # Space did not choose another household

    main.households_view.setFocus()
    qtbot.waitUntil(lambda: queue.current_item() is not None)
    qtbot.keyClick(main.households_view, Qt.Key.Key_F)
    dialog = queue.ask_dialog
    assert dialog is not None and dialog.windowTitle() == "Ask for a follow-up"
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    wait_for_tasks(qtbot, sup_ctx)
    # The list's own keys still move in it.
    main.households_view.setFocus()
    qtbot.keyClick(main.households_view, Qt.Key.Key_Down)
    assert main.current_household_id() != chosen


def test_mark_all_before_is_confirmed_audited_and_undone(
    qtbot: QtBot, main: MainWindow, sup_ctx: UiContext, sup_book: Book
) -> None:
    queue = main.queue_page
    assert queue is not None
    main.tabs.setCurrentWidget(queue)
    qtbot.waitUntil(lambda: queue.loaded)
    household = main.current_household_id()
    assert household is not None
    review = ReviewQueue(sup_book)
    waiting = len(review.items(household))
    older = review.backlog_count(household, TODAY.replace(day=1))
    assert 0 < older < waiting

    def choose_day(dialog: QWidget) -> None:
        assert isinstance(dialog, BeforeDialog)
        first = TODAY.replace(day=1)
        dialog.day.setDate(QDate(first.year, first.month, first.day))
        dialog.accept()

    # "No" is the default: Enter in the confirmation marks nothing.
    answer_next_modal(qtbot, choose_day)
    queue.backlog_button.click()
    seen: list[str] = []

    def press_enter(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        assert box.defaultButton() is box.button(QMessageBox.StandardButton.No)
        seen.append(box.text())
        qtbot.keyClick(box, Qt.Key.Key_Return)

    answer_next_modal(qtbot, press_enter)
    qtbot.waitUntil(lambda: bool(seen), timeout=10_000)
    wait_for_tasks(qtbot, sup_ctx)
    assert seen[0].startswith(f"Mark {older} records dated before ")
    assert review.backlog_audit() == [] and len(review.items(household)) == waiting

    # Yes: one step, one audit row.
    answer_next_modal(qtbot, choose_day)
    queue.backlog_button.click()

    def press_yes(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        box.button(QMessageBox.StandardButton.Yes).click()

    answer_next_modal(qtbot, press_yes)
    qtbot.waitUntil(lambda: len(review.backlog_audit()) == 1, timeout=10_000)
    wait_for_tasks(qtbot, sup_ctx)
    [audit] = review.backlog_audit()
    assert (audit.household_id, audit.count, audit.undone_at) == (household, older, None)
    qtbot.waitUntil(lambda: queue.model.rowCount() == waiting - older)
    assert "Ctrl+Z" in queue.notice.text()

    # Edit ▸ Undo takes it back while it has not been synced.
    sup_ctx.undo.undo()
    wait_for_tasks(qtbot, sup_ctx)
    assert review.backlog_audit()[0].undone_at is not None
    qtbot.waitUntil(lambda: queue.model.rowCount() == waiting)


def test_a_question_sent_from_the_week_in_few_actions(
    qtbot: QtBot,
    main: MainWindow,
    sup_ctx: UiContext,
    sup_book: Book,
    record_property: Callable[[str, object], None],
) -> None:
    """Open the app → review this week's incidents in every household → one question
    sent: the actions a person takes, counted (a key press or a click is one)."""
    page = main.across_page
    started = time.perf_counter()
    actions = 0
    page.view.setFocus()
    incidents = sum(1 for r in page.model.rows() if r.item.kind == AcrossKind.INCIDENT)
    assert incidents
    asked = False
    while (item := page.current_item()) is not None and item.kind == AcrossKind.INCIDENT:
        if not asked:
            qtbot.keyClick(page.view, Qt.Key.Key_Q)  # 1: Q
            dialog = page.ask_dialog
            assert dialog is not None
            qtbot.keyClicks(dialog.comment, "Hoe gaat het nu?")  # 2: the words
            qtbot.keyClick(dialog.comment, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
            actions += 3  # Q, typing, Ctrl+Enter
            asked = True
        qtbot.keyClick(page.view, Qt.Key.Key_Space)  # reviewed, the next one is chosen
        actions += 1
        wait_for_tasks(qtbot, sup_ctx)
    elapsed = time.perf_counter() - started
    assert asked
    assert actions <= 3 * incidents
    assert sum(1 for r in my_marks(sup_book) if r.mark == ReviewMark.REVIEWED) == incidents
    assert elapsed < 120
    record_property("incidents", incidents)
    record_property("actions", actions)
    record_property("seconds", round(elapsed, 2))


def test_space_on_a_question_still_waiting_goes_on_and_marks_nothing(
    qtbot: QtBot, main: MainWindow, sup_ctx: UiContext, sup_book: Book
) -> None:
    page = main.across_page
    rows = [r.item for r in page.model.rows()]
    at = next(i for i, item in enumerate(rows) if item.kind == AcrossKind.QUESTION_OPEN)
    page.view.setFocus()
    qtbot.waitUntil(page.view.hasFocus)
    page.view.setCurrentIndex(page.model.index(at, 0))
    assert not page.mark_button.isEnabled()  # the household answers it, not you
    qtbot.keyClick(page.view, Qt.Key.Key_Space)
    wait_for_tasks(qtbot, sup_ctx)
    assert my_marks(sup_book) == []
    assert page.view.currentIndex().row() == at + 1
