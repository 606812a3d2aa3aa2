"""Saving a change writes again only what changed: a log's search words when its
text changed, its child links when its day or children did. Search and the
timelines see every change all the same."""

from __future__ import annotations

import uuid
from datetime import timedelta

import pytest
from sqlalchemy import text

from app.domain.messages import ValidationFailed
from app.domain.records import Child
from app.services.daily import DailyLogService
from app.services.records import RecordService
from app.storage import outbox, timeline
from app.storage import records as record_store
from app.storage.book import Book
from tests import factories


def colleagues_log(book: Book, child: Child) -> None:
    """A log written after the one under test (so that its links are not the last rows)."""
    RecordService(book).create(
        factories.daily_log(book.identity, child, author_id=uuid.uuid4(), text="Avonddienst")
    )


def found(book: Book, words: str) -> list[uuid.UUID]:
    with book.store.read() as session:
        return [s.record.id for s in timeline.search(session, words)]


def search_index(book: Book) -> list[tuple[int, bytes]]:
    """The full-text index's own blocks and the words waiting for it: they change
    with every word written or removed."""
    with book.store.read() as session:
        rows = session.execute(
            text(
                "SELECT id, block FROM record_fts_data UNION ALL "
                "SELECT -rowid, CAST(text AS BLOB) FROM record_words ORDER BY 1"
            )
        )
        return [(int(i), bytes(b)) for i, b in rows]


def links(book: Book, record_id: uuid.UUID) -> list[tuple[int, str, str | None]]:
    """A record's child links with their own row ids (a link written again gets a new one)."""
    with book.store.read() as session:
        rows = session.execute(
            text(
                "SELECT c.rowid, c.child_id, c.day FROM record_child AS c "
                "JOIN record AS r ON r.rowid = c.record_rowid WHERE r.id = :i ORDER BY c.rowid"
            ),
            {"i": str(record_id)},
        )
        return [(int(rowid), child_id, day) for rowid, child_id, day in rows]


def test_an_edit_of_the_text_finds_the_new_words_and_no_longer_the_removed_ones(
    book: Book, child: Child
) -> None:
    daily = DailyLogService(book)
    day = book.today()
    log = daily.save(child.id, day, {"text": "Naar de speeltuin geweest", "moments": "taart"})
    colleagues_log(book, child)
    assert found(book, "speeltuin") == [log.id]
    before = links(book, log.id)

    daily.save(child.id, day, {"text": "Naar het zwembad geweest"})

    assert found(book, "zwembad") == [log.id]
    assert found(book, "speeltuin") == []
    assert found(book, "taart") == [log.id]  # the field left alone keeps its words
    assert links(book, log.id) == before  # same child, same day: links left alone


def test_an_edit_that_leaves_the_words_alone_does_not_touch_the_search_index(
    book: Book, child: Child
) -> None:
    daily = DailyLogService(book)
    day = book.today()
    log = daily.save(child.id, day, {"text": "Rustige dag", "mood": 3})
    colleagues_log(book, child)
    index, linked = search_index(book), links(book, log.id)

    changed = daily.save(child.id, day, {"mood": 5, "flag": False})

    assert changed.mood == 5 and changed.version == 2
    assert search_index(book) == index
    assert links(book, log.id) == linked
    assert found(book, "rustige") == [log.id]
    with book.store.read() as session:
        stored = record_store.get(session, log.id)
        assert stored is not None and stored.record == changed
        assert [e.base_version for e in outbox.outbox_for(session, log.id)] == [0, 1]


def test_a_change_of_day_moves_the_links_and_keeps_the_words(
    records: RecordService, book: Book, child: Child
) -> None:
    today = book.today()
    yesterday = today - timedelta(days=1)
    log = records.create(factories.daily_log(book.identity, child, date=today, text="Ziek"))
    index = search_index(book)

    records.update(log.id, date=yesterday)

    assert [day for _, _, day in links(book, log.id)] == [yesterday.isoformat()]
    assert search_index(book) == index
    with book.store.read() as session:
        on_yesterday = record_store.for_child(session, child.id, ["daily_log"], on=yesterday)
        assert [r.id for r in on_yesterday] == [log.id]
        assert record_store.for_child(session, child.id, ["daily_log"], on=today) == []
    assert found(book, "ziek") == [log.id]


def test_a_note_about_other_children_moves_its_links_and_keeps_its_words(
    records: RecordService, book: Book, child: Child
) -> None:
    sister = records.create(factories.child(book.identity.household_id, given_name="Noor"))
    mother = records.create(factories.relative(book.identity.household_id, [child], name="Sofie"))
    note = records.create(
        factories.contact_note(book.identity, [child], [mother], agreements="Samen naar de zoo")
    )
    index = search_index(book)

    records.update(note.id, children=[str(child.id), str(sister.id)])

    assert sorted(c for _, c, _ in links(book, note.id)) == sorted([str(child.id), str(sister.id)])
    assert search_index(book) == index
    assert found(book, "zoo") == [note.id]


def test_a_deleted_log_leaves_search_and_comes_back_with_its_words(
    records: RecordService, book: Book, child: Child
) -> None:
    log = records.create(factories.daily_log(book.identity, child, text="Fietsen geleerd"))
    records.delete(log.id)
    assert found(book, "fietsen") == []
    assert links(book, log.id) == []
    records.restore(log.id)
    assert found(book, "fietsen") == [log.id]
    assert [c for _, c, _ in links(book, log.id)] == [str(child.id)]


def test_only_the_changed_fields_are_checked_and_a_bad_one_changes_nothing(
    book: Book, child: Child
) -> None:
    daily = DailyLogService(book)
    day = book.today()
    log = daily.save(child.id, day, {"text": "Goed gegeten"})
    index = search_index(book)
    for bad in ({"mood": "heel goed"}, {"mood": 9}, {"text": "x" * 20_001}):
        with pytest.raises(ValidationFailed):
            daily.save(child.id, day, bad)
    assert daily.my_log(child.id, day) == log
    assert search_index(book) == index
    with book.store.read() as session:
        assert len(outbox.outbox_for(session, log.id)) == 1
