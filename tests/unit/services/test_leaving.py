"""A closed placement as this laptop sees it, before the closing reached the
office: what about the child still waits here to be sent."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

from app.domain.records import Child
from app.domain.vocabulary import PlacementOutcome, Role
from app.services.leaving import LeavingService
from app.services.records import RecordService
from app.storage.book import Book
from tests import factories


def test_what_waits_is_counted_before_the_closing_is_sent(
    book: Book, records: RecordService, child: Child
) -> None:
    me = book.identity
    other = records.create(factories.child(me.household_id, given_name="Mila"))
    records.create(factories.daily_log(me, child, moments="Laatste avond"))
    records.create(factories.daily_log(me, other, moments="Speelde buiten"))
    book.identity = replace(me, role=Role.SUPERVISOR)
    service = LeavingService(book)
    service.close(child.id, book.today() - timedelta(days=1), PlacementOutcome.RETURN_HOME)
    found = service.departure(child.id)
    assert found is not None and not found.synced
    # The child as written, its closing and the last evening's log; not the other child's.
    assert found.waiting == 3
    assert found.leaves_after is None
    assert service.departure(other.id) is None
