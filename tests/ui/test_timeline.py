"""The Timeline page, driven through its real widgets over a real encrypted profile."""

from __future__ import annotations

import threading
import uuid
from datetime import UTC, date, datetime, timedelta

import pytest
from PySide6.QtCore import QDate, QLocale, Qt
from pytestqt.qtbot import QtBot

from app.domain.changes import ChangeSet
from app.domain.records import Child, ContactNote, DailyLog, MilestoneObservation, Relative, Review
from app.domain.vocabulary import MilestoneStatus, ReviewMark, Severity
from app.storage import records
from app.storage.book import Book
from app.ui.context import UiContext
from app.ui.models.timeline import PAGE_SIZE, Column
from app.ui.pages.timeline import TimelinePage
from app.ui.pages.timeline_filters import Period
from tests import factories
from tests.conftest import CANARY
from tests.ui.conftest import wait_for_tasks

OLD = datetime.now(UTC) - timedelta(days=3)  # past the edit window: kept as written


def make_page(qtbot: QtBot, ctx: UiContext, child: Child | None) -> TimelinePage:
    page = TimelinePage(ctx)
    qtbot.addWidget(page)
    page.resize(1100, 750)
    page.show()
    qtbot.waitExposed(page)
    page.activateWindow()
    page.set_child(child)
    wait_for_tasks(qtbot, ctx)
    return page


def bulk_logs(book: Book, child: Child, count: int, days: int = 1) -> list[uuid.UUID]:
    """Many logs in one transaction (test setup only), one every ``days`` days."""
    ids = []
    with book.store.write() as session:
        for i in range(count):
            log = factories.daily_log(
                book.identity,
                child,
                date=book.today() - timedelta(days=i * days),
                mood=3,
                moments=f"Rustige dag {i}",
                created_at=OLD,
            )
            records.put_local(session, log, 0)
            ids.append(log.id)
    return ids


def write_log(ctx: UiContext, child: Child, day: date, **fields: object) -> DailyLog:
    return ctx.records.create(factories.daily_log(ctx.book.identity, child, date=day, **fields))


def shown_ids(page: TimelinePage) -> list[uuid.UUID]:
    return page.model.record_ids()


def select(qtbot: QtBot, page: TimelinePage, record_id: uuid.UUID) -> None:
    row = page.model.row_of(record_id)
    assert row >= 0
    page.view.setFocus()
    qtbot.waitUntil(page.view.hasFocus)
    page.view.setCurrentIndex(page.model.index(row, 0))


@pytest.fixture
def relative(ctx: UiContext, child: Child) -> Relative:
    return ctx.records.create(factories.relative(ctx.book.identity.household_id, [child]))


def contact_with(ctx: UiContext, child: Child, relative: Relative, text: str) -> ContactNote:
    return ctx.records.create(
        factories.contact_note(
            ctx.book.identity,
            [child],
            [relative],
            date=ctx.book.today() - timedelta(days=2),
            text=text,
        )
    )


def test_opens_newest_first_and_scrolling_loads_more(
    qtbot: QtBot, ctx: UiContext, book: Book, child: Child
) -> None:
    ids = bulk_logs(book, child, 450)
    page = make_page(qtbot, ctx, child)

    assert shown_ids(page) == ids[:PAGE_SIZE]
    assert page.view.isColumnHidden(Column.CHILD)
    first = page.model.index(0, Column.DATE).data()
    assert first == QLocale("en").toString(QDate(book.today()), "ddd M/d/yyyy")

    page.view.setFocus()
    qtbot.waitUntil(page.view.hasFocus)
    qtbot.keyClick(page.view, Qt.Key.Key_End)
    qtbot.waitUntil(lambda: page.model.rowCount() > PAGE_SIZE)
    assert shown_ids(page) == ids[: page.model.rowCount()]


def test_the_page_shown_does_not_wait_behind_the_task_queue(
    qtbot: QtBot, ctx: UiContext, child: Child
) -> None:
    other = ctx.records.create(factories.child(ctx.book.identity.household_id, given_name="Mila"))
    ids = bulk_logs(ctx.book, child, 30) + bulk_logs(ctx.book, other, 30)
    page = make_page(qtbot, ctx, child)
    assert len(shown_ids(page)) == 30
    page.hide()
    started, go = threading.Event(), threading.Event()
    ctx.tasks.run(lambda: (started.set(), go.wait(10)))  # a hidden page's long reload
    assert started.wait(10)
    try:
        page.set_child(None)  # hidden: its page is read in turn
        qtbot.wait(100)
        assert len(shown_ids(page)) == 30  # the child's rows still
        page.show()  # now it is read first, beside the reload still running
        qtbot.waitUntil(lambda: set(shown_ids(page)) == set(ids), timeout=5000)
        assert not go.is_set()
    finally:
        go.set()
    wait_for_tasks(qtbot, ctx)
    assert set(shown_ids(page)) == set(ids)


def test_kind_checkboxes_and_period_restrict_the_rows(
    qtbot: QtBot, ctx: UiContext, book: Book, child: Child, relative: Relative
) -> None:
    bulk_logs(book, child, 30)
    contact = contact_with(ctx, child, relative, "Bezoek in de bib")
    page = make_page(qtbot, ctx, child)
    assert contact.id in shown_ids(page)
    assert page.model.rowCount() == 31

    qtbot.mouseClick(page.filters.kind_boxes[DailyLog.kind], Qt.MouseButton.LeftButton)
    wait_for_tasks(qtbot, ctx)
    assert shown_ids(page) == [contact.id]
    for kind in (ContactNote.kind, MilestoneObservation.kind, Review.kind):
        qtbot.mouseClick(page.filters.kind_boxes[kind], Qt.MouseButton.LeftButton)
    wait_for_tasks(qtbot, ctx)
    assert shown_ids(page) == []
    assert "at least one kind" in page.results_label.text()

    qtbot.mouseClick(page.filters.kind_boxes[DailyLog.kind], Qt.MouseButton.LeftButton)
    page.filters.period.setCurrentIndex(Period.WEEK)
    wait_for_tasks(qtbot, ctx)
    days = [page.model.row(i).day for i in range(page.model.rowCount())]  # type: ignore[union-attr]
    assert len(days) == 7
    assert min(days) == book.today() - timedelta(days=6)

    page.filters.period.setCurrentIndex(Period.BETWEEN)
    assert page.filters.start.isEnabled()
    page.filters.start.setDate(QDate(book.today() - timedelta(days=20)))
    page.filters.end.setDate(QDate(book.today() - timedelta(days=11)))
    wait_for_tasks(qtbot, ctx)
    days = [page.model.row(i).day for i in range(page.model.rowCount())]  # type: ignore[union-attr]
    assert days == [book.today() - timedelta(days=d) for d in range(11, 21)]


def test_search_finds_only_the_contact_note_holding_the_word(
    qtbot: QtBot, ctx: UiContext, book: Book, child: Child, relative: Relative
) -> None:
    bulk_logs(book, child, 200)
    note = contact_with(ctx, child, relative, f"Mama bracht {CANARY} mee")
    contact_with(ctx, child, relative, "Een gewoon bezoek")
    page = make_page(qtbot, ctx, child)
    page.view.setFocus()
    qtbot.waitUntil(page.view.hasFocus)

    qtbot.keyClick(page.view, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert page.filters.search.hasFocus()
    qtbot.keyClicks(page.filters.search, CANARY[:9].lower())  # a prefix, in other case
    qtbot.waitUntil(lambda: page.results_label.text() == "1 result", timeout=3_000)
    assert shown_ids(page) == [note.id]
    assert "Sara Janssens" in page.model.index(0, Column.SUMMARY).data()

    qtbot.keyClick(page.filters.search, Qt.Key.Key_Escape)
    assert page.filters.search.text() == ""
    wait_for_tasks(qtbot, ctx)
    assert page.model.rowCount() == PAGE_SIZE


def test_household_view_shows_rows_of_both_children(
    qtbot: QtBot, ctx: UiContext, book: Book, child: Child
) -> None:
    brother = ctx.records.create(
        factories.child(
            book.identity.household_id,
            given_name="Milan",
            family_name="Janssens",
            date_of_birth=date(2020, 5, 2),
        )
    )
    mine = write_log(ctx, child, book.today(), moments="Naar de crèche")
    his = write_log(ctx, brother, book.today() - timedelta(days=1), moments="Voetbal")
    page = make_page(qtbot, ctx, None)

    assert shown_ids(page) == [mine.id, his.id]
    assert not page.view.isColumnHidden(Column.CHILD)
    names = [page.model.index(r, Column.CHILD).data() for r in range(2)]
    assert names == ["Lotte Janssens", "Milan Janssens"]

    page.set_child(brother)
    wait_for_tasks(qtbot, ctx)
    assert shown_ids(page) == [his.id]


def test_a_record_written_while_shown_appears_after_the_change_is_announced(
    qtbot: QtBot, ctx: UiContext, book: Book, child: Child
) -> None:
    older = write_log(ctx, child, book.today() - timedelta(days=1), moments="Gisteren")
    page = make_page(qtbot, ctx, child)
    assert shown_ids(page) == [older.id]

    newer = write_log(ctx, child, book.today(), moments="Vandaag")
    assert shown_ids(page) == [older.id]
    ctx.changed(ChangeSet.of("daily_log"))
    wait_for_tasks(qtbot, ctx)
    assert shown_ids(page) == [newer.id, older.id]


def test_delete_with_the_del_key_and_undo_brings_it_back(
    qtbot: QtBot, ctx: UiContext, book: Book, child: Child
) -> None:
    log = write_log(ctx, child, book.today(), moments="Per ongeluk bij het verkeerde kind")
    keep = write_log(ctx, child, book.today() - timedelta(days=1), moments="Blijft")
    page = make_page(qtbot, ctx, child)
    select(qtbot, page, log.id)
    wait_for_tasks(qtbot, ctx)
    assert page.detail.delete_button.isEnabled()

    qtbot.keyClick(page.view, Qt.Key.Key_Delete)
    wait_for_tasks(qtbot, ctx)
    assert shown_ids(page) == [keep.id]
    assert ctx.records.get(log.id).record.deleted
    assert "deleted" in page.notice.text()

    ctx.undo.undo()
    wait_for_tasks(qtbot, ctx)
    assert shown_ids(page) == [log.id, keep.id]
    assert not ctx.records.get(log.id).record.deleted

    select(qtbot, page, log.id)
    wait_for_tasks(qtbot, ctx)
    qtbot.mouseClick(page.detail.delete_button, Qt.MouseButton.LeftButton)
    wait_for_tasks(qtbot, ctx)
    assert ctx.records.get(log.id).record.deleted
    assert shown_ids(page) == [keep.id]


def test_an_entry_kept_as_written_is_not_deleted_and_the_page_says_why(
    qtbot: QtBot, ctx: UiContext, book: Book, child: Child
) -> None:
    (old,) = bulk_logs(book, child, 1)
    page = make_page(qtbot, ctx, child)
    select(qtbot, page, old)
    wait_for_tasks(qtbot, ctx)
    assert not page.detail.delete_button.isEnabled()
    assert "amendment" in page.detail.why_label.text()

    qtbot.keyClick(page.view, Qt.Key.Key_Delete)
    wait_for_tasks(qtbot, ctx)
    assert ctx.undo.count() == 0
    assert "cannot be deleted" in page.notice.text()
    assert not ctx.records.get(old).record.deleted
    assert shown_ids(page) == [old]


def test_detail_shows_the_whole_record_its_amendments_and_reviews(
    qtbot: QtBot, ctx: UiContext, book: Book, child: Child
) -> None:
    original = write_log(
        ctx, child, book.today() - timedelta(days=2), mood=2, sleep="Slecht geslapen",
        moments="Val van de glijbaan", created_at=OLD,
    )  # fmt: skip
    amendment = ctx.records.amend(original.id, "Het was de schommel", moments="Val van de schommel")
    review = ctx.records.create(
        Review(
            household_id=book.identity.household_id, target_id=original.id,
            target_kind=DailyLog.kind, children=[child.id], mark=ReviewMark.QUESTION,
            comment="Is de huisarts verwittigd?", author_id=book.identity.user_id,
        )
    )  # fmt: skip
    seen = ctx.records.create(
        MilestoneObservation(
            household_id=book.identity.household_id, child_id=child.id, item_id="unknown-item",
            status=MilestoneStatus.ACHIEVED, observed_on=book.today(),
        )
    )  # fmt: skip
    page = make_page(qtbot, ctx, child)
    amended_row = page.model.row(page.model.row_of(amendment.id))
    assert amended_row is not None and amended_row.amends_id == original.id

    select(qtbot, page, original.id)
    wait_for_tasks(qtbot, ctx)
    text = page.detail.browser.toPlainText()
    assert "Slecht geslapen" in text
    assert "Sad (2/5)" in text  # the mood in words, as the report writes it
    assert "Het was de schommel" in text
    assert "Val van de glijbaan → Val van de schommel" in text
    assert "Is de huisarts verwittigd?" in text

    select(qtbot, page, amendment.id)
    wait_for_tasks(qtbot, ctx)
    assert "This is an amendment of the entry of" in page.detail.browser.toPlainText()
    page.detail.browser.anchorClicked.emit(f"record:{original.id}")  # "Show the original"
    wait_for_tasks(qtbot, ctx)
    assert page.view.currentIndex().row() == page.model.row_of(original.id)

    select(qtbot, page, review.id)
    wait_for_tasks(qtbot, ctx)
    assert "Val van de glijbaan" in page.detail.browser.toPlainText()  # what it is about

    select(qtbot, page, seen.id)
    wait_for_tasks(qtbot, ctx)
    assert "unknown-item" in page.detail.browser.toPlainText()


def test_dates_follow_the_language(qtbot: QtBot, ctx: UiContext, book: Book, child: Child) -> None:
    write_log(ctx, child, book.today(), moments="Vandaag")
    page = make_page(qtbot, ctx, child)
    ctx.languages.set_language("nl")
    qtbot.waitUntil(
        lambda: (
            page.model.index(0, Column.DATE).data()
            == QLocale("nl").toString(QDate(book.today()), "ddd dd-MM-yyyy")
        )
    )


@pytest.mark.parametrize("theme", [False, True])
def test_rows_are_painted_as_the_style_paints_them(
    qtbot: QtBot,
    ctx: UiContext,
    child: Child,
    relative: Relative,
    theme: bool,
) -> None:
    from PySide6.QtWidgets import QApplication, QStyledItemDelegate

    from app.ui.pages.timeline_paint import TimelineDelegate
    from app.ui.theme import apply_theme

    if theme:  # the app's own look: its palette and style sheet
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        sheet, palette, font = app.styleSheet(), app.palette(), app.font()
        apply_theme(app)
    try:
        today = ctx.book.today()
        write_log(
            ctx, child, today, mood=2, flag=True, severity=Severity.HIGH, text="Gevallen " * 30
        )
        write_log(ctx, child, today - timedelta(days=1), mood=4, moments="Rustige dag")
        contact_with(ctx, child, relative, "Bezoek van mama, " * 20)
        page = make_page(qtbot, ctx, None)  # the whole household: every column shows
        select(qtbot, page, page.model.record_ids()[1])
        wait_for_tasks(qtbot, ctx)  # the chosen record is shown in the panel
        assert isinstance(page.view.itemDelegate(), TimelineDelegate)
        ours = page.view.grab().toImage()
        page.view.setItemDelegate(QStyledItemDelegate(page.view))
        qts = page.view.grab().toImage()
        assert ours.size() == qts.size()
        assert ours == qts  # words, pictures, bold, the chosen row and its focus frame
    finally:
        if theme:
            app.setStyleSheet(sheet)
            app.setPalette(palette)
            app.setFont(font)
