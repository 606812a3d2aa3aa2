"""Who wrote in the household, read a few rows at a time: the same people as one
read of the whole history, by name, whatever the step."""

from __future__ import annotations

import uuid
from datetime import timedelta

import pytest

from app.domain.records import Child, DailyLog
from app.services.timeline import AuthorsRead, TimelineService
from app.storage import records as record_store
from app.storage.book import Book
from tests import factories


@pytest.fixture
def written(book: Book, child: Child) -> list[str]:
    """Logs by the profile's person and two colleagues, one of whom wrote only
    the last log, and a person of another household who wrote elsewhere."""
    home = book.identity.household_id
    tine = factories.person(home, display_name="Tine Janssens")
    bart = factories.person(home, display_name="Bart Claes")
    away = factories.person(uuid.uuid4(), display_name="Els Elders")
    logs = [
        DailyLog(household_id=home, child_id=child.id, author_id=author, text=f"dag {n}",
                 date=book.today() - timedelta(days=n))
        for n, author in enumerate([book.identity.user_id, tine.id] * 10 + [bart.id])
    ]  # fmt: skip
    elsewhere = DailyLog(household_id=away.household_id, child_id=child.id, author_id=away.id,
                         date=book.today(), text="elders")  # fmt: skip
    with book.store.write() as session:
        for record in (tine, bart, away, *logs, elsewhere):
            record_store.put_synced(session, record)
    return ["Anna Peeters", "Bart Claes", "Tine Janssens"]


@pytest.mark.parametrize("span", [1, 3, 7, 10_000])
def test_steps_find_the_same_people_as_one_read(book: Book, written: list[str], span: int) -> None:
    service = TimelineService(book)
    found = AuthorsRead()
    steps = 0
    while not found.done:
        found = service.authors_step(None, found, span=span)
        steps += 1
    assert [name for _id, name in found.people] == written
    assert service.authors() == found.people
    assert steps > 20 if span == 1 else steps == 1 if span == 10_000 else steps > 1
