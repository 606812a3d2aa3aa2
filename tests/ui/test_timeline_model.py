"""The timeline model: keyset pages pulled in by Qt's incremental loading."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from typing import Any

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtTest import QAbstractItemModelTester

from app.domain.catalog import load_catalog
from app.domain.records import Child, ContactNote, DailyLog, MilestoneObservation, Review
from app.domain.vocabulary import ContactKind, ContactStatus, MilestoneStatus, ReviewMark, Severity
from app.services.timeline import TimelineFilter, TimelineRows
from app.storage import records
from app.storage.book import Book
from app.ui.context import UiContext
from app.ui.models.timeline import (
    BACKGROUND_PAGE,
    CHUNK_ROWS,
    PAGE_SIZE,
    PARSE_ROWS,
    PARSE_STEP,
    AmendsRole,
    Column,
    FlaggedRole,
    RecordLabels,
    RowBuilder,
    TimelineModel,
)
from tests import factories

LOGS = 1_000


def log_day(book: Book, i: int) -> date:
    return book.today() - timedelta(days=i // 2)  # two logs a day: ties on the day


@pytest.fixture
def logs(book: Book, child: Child) -> list[uuid.UUID]:
    """1,000 logs of one child in one transaction (test setup only), in rowid order."""
    ids = []
    with book.store.write() as session:
        for i in range(LOGS):
            log = factories.daily_log(
                book.identity,
                child,
                date=log_day(book, i),
                mood=1 + i % 5,
                moments=f"Dag nummer {i}",
            )
            records.put_local(session, log, 0)
            ids.append(log.id)
    return ids


def newest_first(ids: list[uuid.UUID]) -> list[uuid.UUID]:
    """Day descending, then the later written first."""
    return [ids[i] for i in sorted(range(len(ids)), key=lambda i: (i // 2, -i))]


def make_model(ctx: UiContext, child: Child | None = None) -> tuple[TimelineModel, RowBuilder]:
    model = TimelineModel(lambda where, after, limit: ctx.timeline.page(where, after, limit))
    names = {c.id: c.display_name() for c in ctx.household.children(include_left=True)}
    relatives = {r.id: r.name for r in ctx.household.relatives()}
    builder = RowBuilder(RecordLabels(model), ctx.languages.locale(), "en", names, relatives)
    return model, builder


def failures_of(qtlog: object) -> list[str]:
    return [r.message for r in qtlog.records if "FAIL" in r.message]  # type: ignore[attr-defined]


def test_first_page_is_the_newest(ctx: UiContext, child: Child, logs: list[uuid.UUID]) -> None:
    model, builder = make_model(ctx)
    model.load(TimelineFilter(child_id=child.id), builder)

    assert model.rowCount() == PAGE_SIZE
    assert model.record_ids() == newest_first(logs)[:PAGE_SIZE]
    assert model.row(0).day == ctx.book.today()  # type: ignore[union-attr]
    assert model.canFetchMore(QModelIndex())


def test_fetch_more_continues_without_gaps_or_duplicates(
    qtlog: object, ctx: UiContext, child: Child, logs: list[uuid.UUID]
) -> None:
    model, builder = make_model(ctx)
    model.load(TimelineFilter(child_id=child.id), builder)
    tester = QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Warning)
    expected = newest_first(logs)
    while model.canFetchMore(QModelIndex()):
        before = model.rowCount()
        model.fetchMore(QModelIndex())
        # Each page starts right after the row where the previous one ended.
        assert model.record_ids() == expected[: model.rowCount()]
        assert model.rowCount() > before

    assert model.record_ids() == expected
    assert len(set(model.record_ids())) == LOGS
    assert model.rowCount() == LOGS
    assert not failures_of(qtlog)
    del tester


class Runner:
    """A background runner the test drives: each work waits until ``run_next``."""

    def __init__(self) -> None:
        self.waiting: list[tuple[Callable[[], Any], Callable[[Any], None]]] = []

    def __call__(
        self, work: Callable[[], Any], done: Callable[[Any], None], failed: object
    ) -> None:
        self.waiting.append((work, done))

    def run_next(self) -> None:
        work, done = self.waiting.pop(0)
        done(work())


def test_pages_read_in_the_background_go_in_a_chunk_at_a_time_without_gaps(
    qtbot: object, qtlog: object, ctx: UiContext, child: Child, logs: list[uuid.UUID]
) -> None:
    runner = Runner()
    model = TimelineModel(
        lambda where, after, limit: ctx.timeline.page(where, after, limit), background=runner
    )
    _, builder = make_model(ctx)
    model.load(TimelineFilter(child_id=child.id), builder)
    tester = QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Warning)
    inserted: list[int] = []
    model.rowsInserted.connect(lambda _parent, first, last: inserted.append(last - first + 1))
    expected = newest_first(logs)

    model.fetchMore(QModelIndex())
    assert model.rowCount() == PAGE_SIZE  # nothing read on the UI thread
    assert not model.canFetchMore(QModelIndex())  # one page read at a time
    runner.run_next()
    assert model.rowCount() < PAGE_SIZE + BACKGROUND_PAGE  # the rest at the next turns
    while not model.complete:
        if runner.waiting:
            runner.run_next()
        elif model.canFetchMore(QModelIndex()):
            model.fetchMore(QModelIndex())
        else:
            qtbot.wait(1)  # type: ignore[attr-defined]
        assert model.record_ids() == expected[: model.rowCount()]

    assert model.record_ids() == expected
    assert max(inserted) <= CHUNK_ROWS
    assert not failures_of(qtlog)
    del tester


def test_stored_rows_read_in_the_background_are_parsed_a_chunk_at_a_time(
    qtbot: object, qtlog: object, ctx: UiContext, child: Child, logs: list[uuid.UUID]
) -> None:
    runner = Runner()
    model = TimelineModel(
        lambda where, after, limit: ctx.timeline.page(where, after, limit),
        background=runner,
        stored_rows=lambda where, after, limit: ctx.timeline.page_rows(where, after, limit),
    )
    _, builder = make_model(ctx)
    model.load(TimelineFilter(child_id=child.id), builder)
    tester = QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Warning)
    inserted: list[int] = []
    model.rowsInserted.connect(lambda _parent, first, last: inserted.append(last - first + 1))
    expected = newest_first(logs)

    model.fetchMore(QModelIndex())
    work, _done = runner.waiting[0]
    read = work()
    # Off the UI thread the rows are only read, as stored: nothing is parsed there.
    assert isinstance(read, TimelineRows) and len(read.rows) == BACKGROUND_PAGE
    assert all(isinstance(row[2], str) for row in read.rows)  # the record's JSON
    runner.run_next()
    assert model.rowCount() < PAGE_SIZE + BACKGROUND_PAGE  # the rest at the next turns
    while not model.complete:
        if runner.waiting:
            runner.run_next()
        elif model.canFetchMore(QModelIndex()):
            model.fetchMore(QModelIndex())
        else:
            qtbot.wait(1)  # type: ignore[attr-defined]
        assert model.record_ids() == expected[: model.rowCount()]

    assert model.record_ids() == expected
    assert max(inserted) <= PARSE_ROWS
    # The rows say the same as rows parsed and put in words in one go.
    words = [model.index(i, Column.SUMMARY).data() for i in range(model.rowCount())]
    plain = TimelineModel(lambda where, after, limit: ctx.timeline.page(where, after, limit))
    plain.load(TimelineFilter(child_id=child.id), builder)
    while plain.canFetchMore(QModelIndex()):
        plain.fetchMore(QModelIndex())
    assert words == [plain.index(i, Column.SUMMARY).data() for i in range(plain.rowCount())]
    assert "Dag nummer 0" in words[1]
    assert not failures_of(qtlog)
    del tester


def test_a_stored_row_this_app_cannot_read_stops_the_loading_with_an_error(
    qtbot: object, ctx: UiContext, child: Child, logs: list[uuid.UUID]
) -> None:
    def broken(where: TimelineFilter, after: Any, limit: int) -> TimelineRows:
        page = ctx.timeline.page_rows(where, after, limit)
        rows = list(page.rows)
        rows[30] = (*rows[30][:2], '{"mood": "not a mood"}', *rows[30][3:])
        return TimelineRows(rows, page.next_cursor)

    runner = Runner()
    model = TimelineModel(
        lambda where, after, limit: ctx.timeline.page(where, after, limit),
        background=runner,
        stored_rows=broken,
    )
    failed: list[Exception] = []
    model.sig_failed.connect(failed.append)
    _, builder = make_model(ctx)
    model.load(TimelineFilter(child_id=child.id), builder)
    model.fetchMore(QModelIndex())
    runner.run_next()
    qtbot.waitUntil(lambda: model.complete, timeout=5000)  # type: ignore[attr-defined]

    assert len(failed) == 1
    assert model.rowCount() < PAGE_SIZE + 30  # the rows before the broken chunk, no more
    assert model.record_ids() == newest_first(logs)[: model.rowCount()]
    assert not model.canFetchMore(QModelIndex())


def test_a_page_read_for_rows_since_replaced_is_dropped(
    ctx: UiContext, child: Child, logs: list[uuid.UUID]
) -> None:
    runner = Runner()
    model = TimelineModel(
        lambda where, after, limit: ctx.timeline.page(where, after, limit), background=runner
    )
    _, builder = make_model(ctx)
    model.load(TimelineFilter(child_id=child.id), builder)
    model.fetchMore(QModelIndex())
    model.load(TimelineFilter(child_id=child.id, start=log_day(ctx.book, 9)), builder)
    runner.run_next()  # the page read for the rows before

    assert model.record_ids() == newest_first(logs)[:10]
    assert model.complete


def test_type_and_period_filters_restrict_the_rows(
    ctx: UiContext, book: Book, child: Child, logs: list[uuid.UUID]
) -> None:
    seen = ctx.records.create(
        MilestoneObservation(
            household_id=book.identity.household_id,
            child_id=child.id,
            item_id=load_catalog().items[0].id,
            status=MilestoneStatus.ACHIEVED,
            observed_on=book.today() - timedelta(days=3),
        )
    )
    model, builder = make_model(ctx)

    model.load(TimelineFilter(child_id=child.id, kinds=[MilestoneObservation.kind]), builder)
    assert model.record_ids() == [seen.id]
    assert not model.canFetchMore(QModelIndex())

    start, end = log_day(book, 21), log_day(book, 10)
    model.load(
        TimelineFilter(child_id=child.id, kinds=[DailyLog.kind], start=start, end=end), builder
    )
    days = [model.row(i).day for i in range(model.rowCount())]  # type: ignore[union-attr]
    assert model.rowCount() == 12  # six days, two logs each
    assert all(start <= d <= end for d in days)


def test_rows_say_what_each_record_is(ctx: UiContext, book: Book, child: Child) -> None:
    household = book.identity.household_id
    me = book.identity.user_id
    old = datetime.now(UTC) - timedelta(days=3)
    mother = ctx.records.create(factories.relative(household, [child], name="Sara"))
    incident = ctx.records.create(
        factories.daily_log(
            book.identity, child, date=book.today(),
            mood=2, moments="Fell off the slide", flag=True, severity=Severity.HIGH, created_at=old,
        )
    )  # fmt: skip
    amendment = ctx.records.amend(incident.id, "Wrong slide", moments="Fell off the swing")
    contact = ctx.records.create(
        factories.contact_note(
            book.identity, [child], [mother],
            contact_kind=ContactKind.SUPERVISED_VISIT, status=ContactStatus.NO_SHOW,
            date=book.today() - timedelta(days=1),
        )
    )  # fmt: skip
    item = load_catalog().items[0]
    milestone = ctx.records.create(
        MilestoneObservation(
            household_id=household, child_id=child.id, item_id=item.id,
            status=MilestoneStatus.EMERGING, observed_on=book.today() - timedelta(days=2),
        )
    )  # fmt: skip
    review = ctx.records.create(
        Review(
            household_id=household, target_id=contact.id, target_kind=ContactNote.kind,
            children=[child.id], mark=ReviewMark.QUESTION, comment="Was the visit moved?",
            author_id=me,
        )
    )  # fmt: skip
    model, builder = make_model(ctx)
    model.load(TimelineFilter(child_id=child.id), builder)

    def summary(record_id: uuid.UUID) -> str:
        return str(model.index(model.row_of(record_id), Column.SUMMARY).data())

    first = model.index(model.row_of(incident.id), Column.SUMMARY)
    assert "Incident (high severity)" in summary(incident.id)
    assert "Fell off the slide" in summary(incident.id)
    assert first.data(FlaggedRole) is True
    assert first.data(Qt.ItemDataRole.FontRole).bold()
    assert summary(amendment.id).startswith("Amendment (Wrong slide)")
    assert model.index(model.row_of(amendment.id), 0).data(AmendsRole) == str(incident.id)
    assert model.index(model.row_of(contact.id), 0).data(FlaggedRole) is False
    assert summary(contact.id) == "Supervised visit · ✕ no-show · Sara"
    assert summary(milestone.id) == f"{item.label('en')} — emerging"
    assert summary(review.id) == "Question on a contact · Was the visit moved?"
    assert model.index(model.row_of(review.id), Column.KIND).data() == "Review"


def test_each_kind_of_record_has_its_picture(qapp) -> None:  # type: ignore[no-untyped-def]
    from app.ui.models.kind_icons import kind_icon

    icons = [kind_icon(k) for k in ("daily_log", "milestone_observation", "contact_note", "review")]
    assert all(icon is not None and not icon.isNull() for icon in icons)
    images = [icon.pixmap(32, 32).toImage() for icon in icons if icon is not None]
    assert len({image.pixel(16, 4) for image in images}) == 4  # four colours, told apart
    assert kind_icon("child") is None


def test_after_a_paint_that_took_the_whole_frame_rows_still_go_in(
    qtbot: object, ctx: UiContext, child: Child, logs: list[uuid.UUID]
) -> None:
    runner = Runner()
    model = TimelineModel(
        lambda where, after, limit: ctx.timeline.page(where, after, limit),
        background=runner,
        stored_rows=lambda where, after, limit: ctx.timeline.page_rows(where, after, limit),
    )
    _, builder = make_model(ctx)
    model.load(TimelineFilter(child_id=child.id), builder)
    inserted: list[int] = []
    model.rowsInserted.connect(lambda _parent, first, last: inserted.append(last - first + 1))
    model.painted(1000.0)  # a frame with no time left for rows
    model.fetchMore(QModelIndex())
    runner.run_next()

    assert model.rowCount() >= PAGE_SIZE + PARSE_STEP  # at least a step at each turn
    qtbot.waitUntil(  # type: ignore[attr-defined]
        lambda: model.rowCount() == PAGE_SIZE + BACKGROUND_PAGE, timeout=10_000
    )
    assert model.record_ids() == newest_first(logs)[: PAGE_SIZE + BACKGROUND_PAGE]
    assert max(inserted) <= PARSE_ROWS
