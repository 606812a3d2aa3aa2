"""Tonight's log: one save is one transaction, the log and its draft together;
each write says what it changed."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import timedelta

import pytest
import sqlcipher3
from sqlmodel import Session

from app.domain.changes import ChangeSet
from app.domain.messages import ValidationFailed
from app.domain.records import Child, DailyLog
from app.services.changes import changes_of
from app.services.daily import DailyLogService
from app.storage import outbox as outbox_store
from app.storage import records as record_store
from app.storage.book import Book
from app.storage.rows import Bare


@pytest.fixture
def daily(book: Book) -> DailyLogService:
    return DailyLogService(book)


@pytest.fixture
def writes(book: Book, monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """How many units of work were opened (one entry each), with a session or bare."""
    opened: list[int] = []
    real = book.store.write
    real_bare = book.store.write_bare

    @contextmanager
    def counted(**kwargs: bool) -> Iterator[Session]:
        opened.append(1)
        with real(**kwargs) as session:
            yield session

    @contextmanager
    def counted_bare() -> Iterator[Bare]:
        opened.append(1)
        with real_bare() as unit:
            yield unit

    monkeypatch.setattr(book.store, "write", counted)
    monkeypatch.setattr(book.store, "write_bare", counted_bare)
    return opened


def logs(book: Book) -> int:
    with book.store.read() as session:
        return record_store.count_by_kind(session).get("daily_log", 0)


def test_a_save_writes_the_log_and_drops_the_draft_in_one_transaction(
    book: Book, daily: DailyLogService, child: Child, writes: list[int]
) -> None:
    day = book.today()
    daily.save_draft(child.id, day, {"text": "Half geschreven"})
    writes.clear()

    log = daily.save(child.id, day, {"text": "Goed geslapen", "mood": 4})

    assert len(writes) == 1
    assert daily.load_draft(child.id, day) is None
    assert daily.my_log(child.id, day) == log and log.text == "Goed geslapen"
    assert changes_of(log) == ChangeSet.of(
        DailyLog.kind, ids=[log.id], households=[book.identity.household_id]
    )


def test_changing_the_log_is_one_transaction_too(
    book: Book, daily: DailyLogService, child: Child, writes: list[int]
) -> None:
    day = book.today()
    first = daily.save(child.id, day, {"text": "Eerste versie"})
    daily.save_draft(child.id, day, {"text": "Tweede versie, half"})
    writes.clear()

    second = daily.save(child.id, day, {"text": "Tweede versie"})

    assert len(writes) == 1
    assert second.id == first.id and second.version == first.version + 1
    assert daily.load_draft(child.id, day) is None


def test_a_refused_save_writes_nothing_and_keeps_the_draft(
    book: Book, daily: DailyLogService, child: Child
) -> None:
    day = book.today()
    draft = {"text": "Een incident", "flag": True}
    daily.save_draft(child.id, day, draft)
    with book.store.read() as session:
        outbox = len(outbox_store.outbox(session))

    with pytest.raises(ValidationFailed):
        daily.save(child.id, day, draft)  # an incident without a severity

    assert logs(book) == 0
    with book.store.read() as session:
        assert len(outbox_store.outbox(session)) == outbox
    assert daily.load_draft(child.id, day) == draft


def test_an_amendment_takes_the_draft_with_it_in_one_transaction(
    book: Book, daily: DailyLogService, child: Child, writes: list[int]
) -> None:
    day = book.today() - timedelta(days=3)
    original = daily.save(child.id, day, {"text": "Rustige dag"})
    daily.save_draft(child.id, day, {"text": "Toch niet zo rustig"})
    writes.clear()

    amendment = daily.amend(original.id, "Later gehoord", {"text": "Toch niet zo rustig"},
                            drop_draft=True)  # fmt: skip

    assert len(writes) == 1
    assert amendment.amends_id == original.id
    assert daily.load_draft(child.id, day) is None


def test_a_refused_amendment_keeps_the_draft(
    book: Book, daily: DailyLogService, child: Child
) -> None:
    day = book.today()
    original = daily.save(child.id, day, {"text": "Rustige dag"})
    daily.save_draft(child.id, day, {"text": "Anders"})
    with pytest.raises(ValidationFailed):
        daily.amend(original.id, "", {"text": "Anders"}, drop_draft=True)  # no reason
    assert daily.load_draft(child.id, day) == {"text": "Anders"}
    assert len(daily.logs_on(child.id, day)) == 1


def test_withdrawing_a_log_puts_the_words_back_and_bringing_it_back_drops_them(
    book: Book, daily: DailyLogService, child: Child, writes: list[int]
) -> None:
    day = book.today()
    words = {"text": "Goed gegeten"}
    log = daily.save(child.id, day, words)
    writes.clear()

    tomb = daily.withdraw(log, words)
    assert tomb.deleted and daily.load_draft(child.id, day) == words
    alive = daily.bring_back(log, words)
    assert not alive.deleted and daily.load_draft(child.id, day) is None
    assert len(writes) == 2

    daily.withdraw(log, words)
    daily.save_draft(child.id, day, {"text": "Nieuwer"})
    daily.bring_back(log, words)
    assert daily.load_draft(child.id, day) == {"text": "Nieuwer"}  # newer work stays


def test_a_kept_draft_never_overwrites_a_newer_one(
    book: Book, daily: DailyLogService, child: Child
) -> None:
    day = book.today()
    assert daily.keep_draft(child.id, day, {"text": "Eerst"})
    assert not daily.keep_draft(child.id, day, {"text": "Later"})
    assert daily.load_draft(child.id, day) == {"text": "Eerst"}
    daily.discard_draft(child.id, day, only={"text": "Anders"})
    assert daily.load_draft(child.id, day) == {"text": "Eerst"}
    daily.discard_draft(child.id, day, only={"text": "Eerst"})
    assert daily.load_draft(child.id, day) is None


# A statement that fails midway: every row the save wrote before it is gone.
STORED_TABLES = ("record", "record_child", "record_words", "outbox", "meta", "review_open")
RAISING = "BEGIN SELECT RAISE(ABORT, 'refused'); END"
REFUSING = {
    # the outbox entry, after the record's row, its links and its words
    "outbox": "CREATE TRIGGER refuse BEFORE INSERT ON outbox " + RAISING,
    # the draft dropped, the save's last statement (after the clock)
    "draft": "CREATE TRIGGER refuse BEFORE DELETE ON meta " + RAISING,
}


def stored(book: Book) -> dict[str, list[tuple[object, ...]]]:
    with book.store.engine.connect() as conn:
        return {
            table: sorted(tuple(row) for row in conn.exec_driver_sql(f"SELECT * FROM {table}"))
            for table in STORED_TABLES
        }


def refuse(book: Book, statement: str | None) -> None:
    with book.store.write() as session:
        session.connection().exec_driver_sql(statement or "DROP TRIGGER refuse")


@pytest.mark.parametrize("failing", sorted(REFUSING))
@pytest.mark.parametrize("existing", [False, True], ids=["new", "changed"])
def test_a_save_that_fails_midway_changes_nothing(
    book: Book, daily: DailyLogService, child: Child, failing: str, existing: bool
) -> None:
    day = book.today()
    if existing:
        daily.save(child.id, day, {"text": "Eerste versie", "mood": 3})
    daily.save_draft(child.id, day, {"text": "Half geschreven"})
    refuse(book, REFUSING[failing])
    before = stored(book)

    with pytest.raises(sqlcipher3.dbapi2.IntegrityError, match="refused"):
        daily.save(child.id, day, {"text": "Tweede versie, met andere woorden", "mood": 5})

    assert stored(book) == before
    assert daily.load_draft(child.id, day) == {"text": "Half geschreven"}
    refuse(book, None)  # the store goes on as before
    saved = daily.save(child.id, day, {"text": "Tweede versie, met andere woorden", "mood": 5})
    assert daily.my_log(child.id, day) == saved and daily.load_draft(child.id, day) is None
    with book.store.read() as session:
        assert outbox_store.outbox_for(session, saved.id)[-1].content == saved.model_dump_json()
