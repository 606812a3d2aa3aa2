"""Supervisor mode: a household's whole story, per child or for the household, and
its full-text search — read only, with the reviews, questions and answers of each
record; over a supervisor's store filled as after a sync."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.services.review import ReviewQueue
from app.storage import records
from app.storage.book import Book
from app.ui.context import UiContext
from app.ui.i18n import Languages
from app.ui.main_window import MainWindow
from app.ui.pages.supervisor_timeline import SupervisorTimelinePage
from app.ui.settings import Settings
from tests.ui.conftest import wait_for_tasks
from tests.ui.test_across_page import filled_supervisor, open_main


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


@pytest.fixture
def main(qtbot: QtBot, sup_ctx: UiContext) -> Iterator[MainWindow]:
    window = open_main(qtbot, sup_ctx)
    yield window
    wait_for_tasks(qtbot, sup_ctx)
    if shiboken6.isValid(window):  # closing it (the test's end) flushes it too
        window.flush()


def household_of(book: Book, record_id: uuid.UUID) -> uuid.UUID:
    with book.store.read() as session:
        stored = records.get(session, record_id)
    assert stored is not None
    return stored.record.household_id


def shown_ids(page: SupervisorTimelinePage) -> list[uuid.UUID]:
    return [row.record_id for row in (page.model.row(i) for i in range(page.model.rowCount()))
            if row is not None]  # fmt: skip


def open_story(qtbot: QtBot, main: MainWindow) -> SupervisorTimelinePage:
    page = main.story_page
    main.tabs.setCurrentWidget(page)
    qtbot.waitUntil(lambda: page.model.rowCount() > 0, timeout=30_000)
    qtbot.waitUntil(lambda: page.who.count() > 1)
    return page


def test_the_households_story_per_child_read_only(
    qtbot: QtBot,
    main: MainWindow,
    sup_book: Book,
    sup_ctx: UiContext,
) -> None:
    page = open_story(qtbot, main)
    household = main.current_household_id()
    assert household is not None and page.household_id == household
    assert all(household_of(sup_book, r) == household for r in shown_ids(page)[:50])
    assert not page.delete_action.isEnabled()
    assert page.who.itemText(0) == "The whole household"

    # One child's story.
    page.who.setCurrentIndex(1)
    child_key = page.who.currentData()
    qtbot.waitUntil(lambda: page.child is not None and str(page.child.id) == child_key)
    wait_for_tasks(qtbot, sup_ctx)
    qtbot.waitUntil(lambda: page.model.rowCount() > 0)
    with sup_book.store.read() as session:
        for record_id in shown_ids(page)[:30]:
            stored = records.get(session, record_id)
            assert stored is not None
            assert child_key in {str(c) for c in stored.record.child_ids()}

    # Another household on the left: its story.
    main.menus.next_child_action.trigger()
    other = main.current_household_id()
    assert other != household
    qtbot.waitUntil(lambda: page.household_id == other and page.who.count() > 1)
    assert page.child is None
    wait_for_tasks(qtbot, sup_ctx)
    qtbot.waitUntil(lambda: bool(shown_ids(page)))
    assert all(household_of(sup_book, r) == other for r in shown_ids(page)[:50])


def test_the_supervisor_searches_a_household_and_reads_the_thread(
    qtbot: QtBot,
    main: MainWindow,
    sup_book: Book,
    sup_ctx: UiContext,
) -> None:
    page = open_story(qtbot, main)
    household = main.current_household_id()
    assert household is not None
    questions = ReviewQueue(sup_book).questions(household)
    asked = next(q for q in questions if q.target_summary)
    word = max(asked.target_summary.split(), key=len).strip(".,;:!?")

    page.focus_search()
    qtbot.keyClicks(page.filters.search, word)
    # The search's results (the label counts them), among them the record asked about.
    qtbot.waitUntil(lambda: "result" in page.results_label.text(), timeout=10_000)
    assert asked.target_id in shown_ids(page)
    hits = shown_ids(page)
    assert all(household_of(sup_book, r) == household for r in hits)
    assert page.results_label.text().endswith("result" + ("s" if len(hits) != 1 else ""))

    page.show_record(asked.target_id)
    wait_for_tasks(qtbot, sup_ctx)
    qtbot.waitUntil(lambda: asked.comment in page.detail.browser.toPlainText(), timeout=10_000)
    text = page.detail.browser.toPlainText()
    assert "Reviews, questions and answers" in text
    for answer in asked.answers:
        assert answer.comment in text
    assert not page.detail.delete_button.isEnabled()
    qtbot.keyClick(page.view, Qt.Key.Key_Delete)  # nothing is deleted from here
    wait_for_tasks(qtbot, sup_ctx)
    with sup_book.store.read() as session:
        stored = records.get(session, asked.target_id)
    assert stored is not None and not stored.record.deleted
