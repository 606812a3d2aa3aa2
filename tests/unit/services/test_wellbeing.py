"""Well-being checks through the real store: saved, refused with problems, due after
three months, kept as written and corrected by an amendment."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from app.domain.messages import ValidationFailed
from app.domain.records import Child
from app.domain.vocabulary import WellbeingDimension as D
from app.services.records import RecordService
from app.services.wellbeing import WellbeingService, change, mean_rating
from app.storage.book import Book


@pytest.fixture
def service(book: Book) -> WellbeingService:
    return WellbeingService(book)


def test_a_check_is_kept_and_the_next_is_due_three_months_later(
    service: WellbeingService, child: Child, book: Book
) -> None:
    today = book.today()
    first_due = service.due(child)
    assert first_due.last is None and first_due.due_on == child.placement_start + timedelta(30)
    earlier = service.save(service.new_check(child.id, today - timedelta(days=100),
                                             {D.CARE: 2, D.LIVELIHOOD: None}))  # fmt: skip
    latest = service.save(service.new_check(child.id, today - timedelta(days=10),
                                            {D.CARE: 3, D.LIVELIHOOD: None},
                                            {D.CARE: "  Settled in well.  "}))  # fmt: skip
    assert [c.id for c in service.checks(child.id)] == [latest.id, earlier.id]
    assert latest.notes == {D.CARE: "Settled in well."}
    due = service.due(child)
    assert due.last == today - timedelta(days=10) and not due.is_due
    assert due.due_on == today + timedelta(days=81)
    assert change(earlier, latest) == {"care": 1}
    assert mean_rating(latest) == 3


def test_a_bad_check_is_refused_and_nothing_is_stored(
    service: WellbeingService, child: Child, book: Book
) -> None:
    with pytest.raises(ValidationFailed):
        service.save(service.new_check(child.id, book.today(), {D.CARE: 5}))
    with pytest.raises(ValidationFailed):
        service.save(service.new_check(child.id, book.today() + timedelta(days=1), {D.CARE: 3}))
    with pytest.raises(ValidationFailed):
        service.save(service.new_check(child.id, book.today(), {}))
    assert service.checks(child.id) == []


def test_an_amendment_replaces_the_check_it_corrects(
    service: WellbeingService, child: Child, records: RecordService
) -> None:
    check = service.save(service.new_check(child.id, date(2026, 1, 5), {D.CARE: 2}))
    amended = records.amend(check.id, "Wrong dimension", ratings={D.FOOD_SECURITY: 2})
    assert [c.id for c in service.checks(child.id)] == [amended.id]
    assert service.checks(child.id)[0].ratings == {D.FOOD_SECURITY: 2}
