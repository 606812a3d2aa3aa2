"""The supervisor's week across households, and clearing a household's backlog in
one audited step. One profile plays both sides, as in test_review."""

from __future__ import annotations

import json
import uuid
from dataclasses import replace
from datetime import date, timedelta

import pytest

from app.domain.records import Child, DailyLog, Review
from app.domain.vocabulary import ContactStatus, ReviewMark, Role, Severity
from app.services.across import AcrossHouseholds, AcrossKind
from app.services.records import RecordService
from app.services.review import BACKLOG_AUDIT, ReviewQueue, ReviewRefused
from app.storage import outbox, records, sync_state
from app.storage.book import Book, Identity
from app.storage.store import Store
from tests import factories

TODAY = date(2025, 6, 20)


def day(n: int) -> date:
    return TODAY - timedelta(days=n)


@pytest.fixture
def two_homes(book: Book, records: RecordService) -> tuple[Identity, Identity, Child, Child]:
    """Two households with a child each, written by their caregivers."""
    book.today = lambda: TODAY
    first = book.identity
    home = records.create(factories.household(name="Gezin Aerts"))
    second = replace(first, household_id=home.id, user_id=uuid.uuid4())
    lotte = records.create(factories.child(first.household_id, family_name="Janssens"))
    book.identity = second
    milan = records.create(factories.child(home.id, given_name="Milan", family_name="Aerts"))
    book.identity = first
    with book.store.write() as session:
        Store.set_meta(
            session,
            sync_state.HOUSEHOLDS,
            json.dumps([str(first.household_id), str(home.id)]),
        )
    return first, second, lotte, milan


def log(book: Book, records: RecordService, who: Identity, child: Child, n: int,
        **fields: object) -> DailyLog:  # fmt: skip
    book.identity = who
    return records.create(factories.daily_log(who, child, date=day(n), **fields))


def as_supervisor(book: Book, who: Identity) -> Identity:
    book.identity = replace(who, user_id=uuid.uuid4(), display_name="Sofie", role=Role.SUPERVISOR)
    return book.identity


def test_the_week_across_households_most_serious_first_then_newest(
    book: Book, records: RecordService, two_homes: tuple[Identity, Identity, Child, Child]
) -> None:
    peeters, aerts, lotte, milan = two_homes
    low = log(book, records, peeters, lotte, 1, text="Ruzie", flag=True, severity=Severity.LOW)
    old_high = log(book, records, peeters, lotte, 5, text="Val", flag=True, severity=Severity.HIGH)
    log(book, records, peeters, lotte, 9, text="Vorige week", flag=True, severity=Severity.HIGH)
    book.identity = peeters
    missed = records.create(
        factories.contact_note(
            peeters, [lotte], [uuid.uuid4()], status=ContactStatus.NO_SHOW, date=day(2)
        )
    )
    medium = log(book, records, aerts, milan, 0, text="Weggelopen", flag=True,
                 severity=Severity.MEDIUM)  # fmt: skip
    new_high = log(book, records, aerts, milan, 2, text="Spoed", flag=True,
                   severity=Severity.HIGH)  # fmt: skip
    plain = log(book, records, aerts, milan, 1, text="Rustig")
    as_supervisor(book, peeters)
    question = ReviewQueue(book).ask(plain.id, "Hoe was de nacht?")

    week = AcrossHouseholds(book).week()

    assert (week.start, week.end) == (day(6), TODAY)
    with_record = [i for i in week.items if i.record_id is not None]
    assert [i.record_id for i in with_record] == [
        new_high.id,  # high incidents, newest first, whatever the household
        old_high.id,
        medium.id,
        low.id,
        missed.id,  # then contacts that did not happen
        plain.id,  # then the questions waiting for an answer
    ]
    # Last week's incident is the queue's, not this week's list.
    assert [i.kind for i in with_record] == [AcrossKind.INCIDENT] * 4 + [
        AcrossKind.MISSED_CONTACT,
        AcrossKind.QUESTION_OPEN,
    ]
    first = with_record[0]
    assert (first.household_name, first.child_name) == ("Gezin Aerts", "Milan Aerts")
    assert with_record[1].household_name == "Gezin Peeters"
    assert with_record[-1].summary == question.comment
    # Days without a log come after every record, one line per child, about its household.
    rest = week.items[len(with_record) :]
    assert rest and all(i.kind == AcrossKind.DAYS_WITHOUT_LOG for i in rest)
    # Milan's household began two days ago and wrote every day since: nothing missing.
    assert [i.child_name for i in rest] == ["Lotte Janssens"]
    assert rest[0].household_name == "Gezin Peeters" and rest[0].record_id is None
    # The household list: the one with two high incidents waiting first.
    assert [h.name for h in week.households] == ["Gezin Peeters", "Gezin Aerts"]
    assert [h.high_incidents for h in week.households] == [2, 1]


def test_mark_all_before_is_one_audited_step_undone_until_the_next_sync(
    book: Book, records: RecordService, two_homes: tuple[Identity, Identity, Child, Child]
) -> None:
    peeters, _aerts, lotte, _milan = two_homes
    logs = [log(book, records, peeters, lotte, n, text=f"Dag {n}") for n in range(10)]
    me = as_supervisor(book, peeters)
    queue = ReviewQueue(book)
    household = peeters.household_id
    assert queue.backlog_count(household, day(3)) == 6  # days 4 to 9

    backlog = queue.mark_all_before(household, day(3))

    assert backlog.count == 6 and backlog.by == me.user_id
    assert [i.record_id for i in queue.items(household)] == [g.id for g in logs[:4]]
    # One audit row in the store: who, when, which household, up to which day, how many.
    [audit] = queue.backlog_audit()
    assert (audit.audit_id, audit.household_id, audit.before, audit.count) == (
        backlog.audit_id, household, day(3), 6
    )  # fmt: skip
    with book.store.read() as session:
        rows = Store.meta_with_prefix(session, BACKLOG_AUDIT)
    assert len(rows) == 1 and "Dag" not in next(iter(rows.values()))  # no content
    # Undone: the marks are gone (they never left), the records wait again; the row stays.
    back = queue.undo_backlog(backlog.audit_id)
    assert sorted(back) == sorted(g.id for g in logs[4:])
    assert len(queue.items(household)) == 10
    with book.store.read() as session:
        assert not [r for r in records_of(session) if r.id in backlog.review_ids]
        assert not outbox.pending_among(session, backlog.review_ids)
    assert queue.backlog_audit()[0].undone_at is not None

    # Once a sync carried the marks away, they stand.
    again = queue.mark_all_before(household, day(3))
    with book.store.write() as session:
        outbox.delete_outbox(
            session, [e.op_id for r in again.review_ids for e in outbox.outbox_for(session, r)]
        )
    with pytest.raises(ReviewRefused):
        queue.undo_backlog(again.audit_id)
    assert len(queue.items(household)) == 4


def test_only_a_supervisor_marks_a_backlog(
    book: Book, records: RecordService, two_homes: tuple[Identity, Identity, Child, Child]
) -> None:
    peeters, _aerts, lotte, _milan = two_homes
    log(book, records, peeters, lotte, 5, text="Dag")
    with pytest.raises(ReviewRefused):
        ReviewQueue(book).mark_all_before(peeters.household_id, TODAY)
    as_supervisor(book, peeters)
    assert ReviewQueue(book).backlog_audit() == []


def records_of(session: object) -> list[Review]:
    found = records.list_kind(session, Review.kind)  # type: ignore[arg-type]
    return [r for r in found if isinstance(r, Review) and r.mark == ReviewMark.REVIEWED]
