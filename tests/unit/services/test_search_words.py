"""A saved record's words wait beside the full-text index until enough of them
are folded in at once; search finds them the moment they are saved, wherever
they are, and a record's words are never in both places."""

from __future__ import annotations

import uuid
from datetime import timedelta

import pytest
from sqlalchemy import text

from app.domain.records import Child
from app.services.records import RecordService
from app.storage import records as record_store
from app.storage import rows, scope, timeline
from app.storage.book import Book
from tests import factories

FOLD_AT = 4


@pytest.fixture(autouse=True)
def small_folds(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(rows, "FOLD_AT", FOLD_AT)


def found(book: Book, words: str, limit: int = 50) -> list[uuid.UUID]:
    with book.store.read() as session:
        return [s.record.id for s in timeline.search(session, words, limit=limit)]


def places(book: Book) -> tuple[int, int, int]:
    """Records with words waiting, with words in the index, and with words in both."""
    with book.store.read() as session:
        waiting, indexed, both = session.execute(
            text(
                "SELECT (SELECT count(*) FROM record_words), "
                "(SELECT count(*) FROM record_fts), "
                "(SELECT count(*) FROM record_words AS w JOIN record_fts AS f "
                "ON f.rowid = w.rowid)"
            )
        ).one()
    return int(waiting), int(indexed), int(both)


def place(book: Book, record_id: uuid.UUID) -> list[str]:
    """Where a record's words are."""
    with book.store.read() as session:
        found = session.execute(
            text(
                "SELECT 'waiting' FROM record_words AS w JOIN record AS r ON r.rowid = w.rowid "
                "WHERE r.id = :i UNION ALL "
                "SELECT 'index' FROM record_fts AS f JOIN record AS r ON r.rowid = f.rowid "
                "WHERE r.id = :i"
            ),
            {"i": str(record_id)},
        )
        return [w for (w,) in found]


def log(records: RecordService, book: Book, child: Child, words: str, days_ago: int) -> uuid.UUID:
    day = book.today() - timedelta(days=days_ago)
    return records.create(factories.daily_log(book.identity, child, date=day, text=words)).id


def test_a_saved_log_is_found_at_once_and_still_after_its_words_are_folded_in(
    records: RecordService, book: Book, child: Child
) -> None:
    start = places(book)
    first = log(records, book, child, "Naar de speeltuin geweest", 1)
    assert place(book, first) == ["waiting"]  # not yet in the index
    assert found(book, "speeltuin") == [first]
    others = [log(records, book, child, f"Dag {n}, goed geslapen", n + 2) for n in range(8)]
    waiting, indexed, both = places(book)
    assert waiting < FOLD_AT and indexed > start[1] and both == 0
    assert found(book, "speeltuin") == [first]
    assert found(book, "geslapen") == others[::-1]


def test_edits_and_deletions_take_the_words_out_of_either_place(
    records: RecordService, book: Book, child: Child
) -> None:
    folded = log(records, book, child, "Fietsen geleerd", 1)
    for n in range(FOLD_AT):
        log(records, book, child, "Rustige dag", n + 2)
    waiting = log(records, book, child, "Zwemmen geleerd", 10)
    assert place(book, folded) == ["index"] and place(book, waiting) == ["waiting"]

    for record_id, old, new in ((folded, "fietsen", "schaatsen"), (waiting, "zwemmen", "dansen")):
        records.update(record_id, text=f"{new.capitalize()} geleerd")
        assert found(book, old) == []
        assert found(book, new) == [record_id]
        assert len(place(book, record_id)) == 1
    records.delete(folded)
    records.delete(waiting)
    assert found(book, "geleerd") == []
    assert found(book, "schaatsen") == [] and found(book, "dansen") == []
    assert place(book, folded) == [] and place(book, waiting) == []


def test_matches_from_both_places_come_newest_first_within_the_limit(
    records: RecordService, book: Book, child: Child
) -> None:
    ids = [log(records, book, child, f"Vroeg in bed, dag {n}", n + 1) for n in range(FOLD_AT + 2)]
    waiting, _indexed, _both = places(book)
    assert 0 < waiting < len(ids)  # some folded in, some waiting
    assert found(book, "bed") == ids[::-1]
    assert found(book, "bed", limit=3) == ids[::-1][:3]
    # An old log's words waiting again: it is found in its rowid's place.
    records.update(ids[0], text="Vroeg in bed, moe")
    assert found(book, "bed") == ids[::-1]
    assert found(book, "moe") == [ids[0]]


def orphans(book: Book) -> int:
    """Waiting words of no stored record (a record's rowid may be given out again)."""
    with book.store.read() as session:
        return int(
            session.execute(
                text(
                    "SELECT count(*) FROM record_words "
                    "WHERE rowid NOT IN (SELECT rowid FROM record)"
                )
            ).scalar_one()
        )


def test_a_forgotten_record_and_an_erased_household_leave_no_words_waiting(
    records: RecordService, book: Book, child: Child
) -> None:
    kept = log(records, book, child, "Paardrijden geleerd", 1)
    gone = log(records, book, child, "Kanovaren op het meer", 2)
    with book.store.write() as session:
        record_store.forget(session, gone)
    assert found(book, "meer") == [] and found(book, "paardrijden") == [kept]
    assert orphans(book) == 0
    with book.store.write() as session:
        scope.erase_household(session, book.identity.household_id)
    assert found(book, "paardrijden") == []
    assert orphans(book) == 0 and places(book)[0] == 0
