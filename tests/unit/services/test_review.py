"""The review queue: what a supervisor still has to read, in which order, and the
questions that go back and forth with the household.

One profile plays both sides: the caregiver writes, then the same store is
read as a supervisor (another person, role supervisor), as after a sync."""

from __future__ import annotations

import json
import uuid
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from typing import cast

import pytest

from app.domain.records import Child, ContactNote, DailyLog, MilestoneObservation, Review
from app.domain.vocabulary import ContactStatus, MilestoneStatus, ReviewMark, Role, Severity
from app.protocol.schemas import ViewReport, ViewReportResponse, ViewResult, ViewStatus
from app.services.records import RecordNotFound, RecordService
from app.services.review import QueueGroup, ReviewQueue, ReviewRefused
from app.storage import outbox, views
from app.storage.book import Book, Identity
from app.sync.engine import SyncEngine, SyncReport
from app.sync.transport import Offline, ServerRefused, Transport
from tests import factories
from tests.conftest import CANARY

TODAY = date(2025, 6, 20)


def day(n: int) -> date:
    return TODAY - timedelta(days=n)


@pytest.fixture
def caregiver(book: Book) -> Identity:
    book.today = lambda: TODAY
    return book.identity


@pytest.fixture
def supervisor(caregiver: Identity) -> Identity:
    return replace(caregiver, user_id=uuid.uuid4(), display_name="Sofie", role=Role.SUPERVISOR)


def act_as(book: Book, who: Identity) -> None:
    book.identity = who


def log(records: RecordService, book: Book, child: Child, n: int, **fields: object) -> DailyLog:
    return records.create(factories.daily_log(book.identity, child, date=day(n), **fields))


def contact(
    records: RecordService, book: Book, child: Child, n: int, status: ContactStatus, text: str = ""
) -> ContactNote:
    return records.create(
        factories.contact_note(
            book.identity, [child], [uuid.uuid4()], status=status, date=day(n), text=text
        )
    )


def outbox_kinds(book: Book) -> list[str]:
    with book.store.read() as session:
        return [e.record_kind for e in outbox.outbox(session)]


def test_incidents_come_first_then_missed_contacts_then_the_rest_newest_first(
    book: Book, records: RecordService, child: Child, caregiver: Identity, supervisor: Identity
) -> None:
    plain_old = log(records, book, child, 9, text="Rustige dag")
    low = log(records, book, child, 8, text="Klein ruzietje", flag=True, severity=Severity.LOW)
    happened = contact(records, book, child, 7, ContactStatus.HAPPENED, "Fijn bezoek")
    plain_new = log(records, book, child, 1, moments="Eerste tand")
    no_show = contact(records, book, child, 2, ContactStatus.NO_SHOW)
    high = log(
        records, book, child, 3, text="Gevallen, naar spoed", flag=True, severity=Severity.HIGH
    )
    cancelled = contact(records, book, child, 5, ContactStatus.CANCELLED, "Moeder ziek")
    seen = records.create(
        MilestoneObservation(
            household_id=book.identity.household_id,
            child_id=child.id,
            item_id="cdc-12m-walk",
            status=MilestoneStatus.ACHIEVED,
            observed_on=day(4),
            note="Eerste stapjes",
        )
    )

    act_as(book, supervisor)
    queue = ReviewQueue(book)
    items = queue.items(book.identity.household_id)

    assert [i.record_id for i in items] == [
        high.id,
        low.id,  # incidents, most severe first
        no_show.id,
        cancelled.id,  # contacts that did not happen, newest first
        plain_new.id,
        seen.id,
        happened.id,
        plain_old.id,  # the rest, newest first: this week's on top
    ]
    assert [i.group for i in items[:5]] == [QueueGroup.INCIDENT] * 2 + [
        QueueGroup.MISSED_CONTACT
    ] * 2 + [QueueGroup.REST]
    first = items[0]
    assert first.flagged and first.severity == Severity.HIGH and first.day == day(3)
    assert first.summary == "Gevallen, naar spoed"
    assert first.child_ids == (child.id,) and first.child_name == "Lotte Janssens"
    assert first.author_id == caregiver.user_id and first.author_name == "Anna Peeters"
    assert items[3].status == ContactStatus.CANCELLED and items[3].summary == "Moeder ziek"
    assert items[4].summary == "Eerste tand"
    assert not any(i.open_question or i.answered for i in items)

    [summary] = queue.households()
    assert (summary.name, summary.unreviewed, summary.incidents, summary.missed_contacts) == (
        "Gezin Peeters",
        8,
        2,
        2,
    )


def test_marking_many_at_once_empties_the_queue_and_is_all_or_nothing(
    book: Book, records: RecordService, child: Child, supervisor: Identity
) -> None:
    logs = [log(records, book, child, n, text=f"Dag {n}") for n in range(5)]
    act_as(book, supervisor)
    queue = ReviewQueue(book)
    household = book.identity.household_id
    before = len(outbox_kinds(book))

    with pytest.raises(RecordNotFound):
        queue.mark_reviewed([logs[0].id, logs[1].id, uuid.uuid4()])
    assert len(outbox_kinds(book)) == before  # nothing of the batch was written
    assert len(queue.items(household)) == 5

    made = queue.mark_reviewed([logs[0].id, logs[1].id, logs[2].id, logs[0].id])
    assert [r.target_id for r in made] == [logs[0].id, logs[1].id, logs[2].id]
    assert all(r.mark == ReviewMark.REVIEWED and r.author_id == supervisor.user_id for r in made)
    assert all(r.children == [child.id] for r in made)
    assert outbox_kinds(book)[before:] == ["review"] * 3
    assert [i.record_id for i in queue.items(household)] == [logs[3].id, logs[4].id]  # newest first

    again = queue.mark_reviewed([logs[0].id, logs[3].id])  # one was reviewed already
    assert [r.target_id for r in again] == [logs[3].id]
    assert [i.record_id for i in queue.items(household)] == [logs[4].id]
    assert queue.households()[0].unreviewed == 1


def test_a_later_change_reopens_a_record_an_amendment_queues_itself(
    book: Book,
    records: RecordService,
    child: Child,
    caregiver: Identity,
    supervisor: Identity,
) -> None:
    seen = records.create(
        MilestoneObservation(
            household_id=book.identity.household_id,
            child_id=child.id,
            item_id="cdc-12m-walk",
            status=MilestoneStatus.EMERGING,
            observed_on=day(3),
        )
    )
    old = log(
        records,
        book,
        child,
        2,
        text="Viel van de fiets",
        created_at=datetime.now(UTC) - timedelta(days=2),
    )
    household = book.identity.household_id
    act_as(book, supervisor)
    queue = ReviewQueue(book)
    queue.mark_reviewed([seen.id, old.id])
    assert queue.items(household) == []

    act_as(book, caregiver)
    records.update(seen.id, status=MilestoneStatus.ACHIEVED)  # version 2
    amendment = records.amend(old.id, "Het was de trap", text="Viel van de trap")

    act_as(book, supervisor)
    items = queue.items(household)
    assert {i.record_id for i in items} == {seen.id, amendment.id}
    [amended] = [i for i in items if i.record_id == amendment.id]
    assert amended.amends_id == old.id and amended.summary == "Het was de trap"
    assert [i.version for i in items if i.record_id == seen.id] == [2]
    queue.mark_reviewed([seen.id, amendment.id])
    assert queue.items(household) == []


def test_a_mark_without_a_target_version_covers_what_existed_when_it_was_written(
    book: Book, records: RecordService, child: Child, caregiver: Identity, supervisor: Identity
) -> None:
    """Reviews written by an app that did not know ``target_version``."""
    seen = records.create(
        MilestoneObservation(
            household_id=book.identity.household_id,
            child_id=child.id,
            item_id="cdc-12m-walk",
            status=MilestoneStatus.EMERGING,
            observed_on=day(3),
        )
    )
    act_as(book, supervisor)
    records.create(
        Review(
            household_id=seen.household_id,
            target_id=seen.id,
            target_kind=seen.kind,
            mark=ReviewMark.REVIEWED,
            author_id=supervisor.user_id,
        )
    )
    queue = ReviewQueue(book)
    assert queue.items(seen.household_id) == []
    act_as(book, caregiver)
    records.update(seen.id, note="nu echt")
    act_as(book, supervisor)
    assert [i.record_id for i in queue.items(seen.household_id)] == [seen.id]


def test_question_answer_thread_between_supervisor_and_household(
    book: Book, records: RecordService, child: Child, caregiver: Identity, supervisor: Identity
) -> None:
    incident = log(
        records, book, child, 1, text="Gebeten op school", flag=True, severity=Severity.MEDIUM
    )
    household = book.identity.household_id

    act_as(book, supervisor)
    queue = ReviewQueue(book)
    question = queue.ask(incident.id, "Is de school op de hoogte?")
    assert question.mark == ReviewMark.QUESTION and question.target_id == incident.id
    assert question.children == [child.id]
    [item] = queue.items(household)  # a question is not a review: still in the queue
    assert item.open_question and not item.answered
    assert queue.households()[0].open_questions == 1

    act_as(book, caregiver)
    [open_one] = queue.open_questions()
    assert open_one.question_id == question.id and open_one.open
    assert open_one.comment == "Is de school op de hoogte?" and open_one.author_name == ""
    assert open_one.target_summary == "Gebeten op school" and open_one.target_day == day(1)
    assert open_one.child_name == "Lotte Janssens"
    with pytest.raises(ReviewRefused):
        queue.mark_reviewed([incident.id])
    with pytest.raises(ReviewRefused):
        queue.ask(incident.id, "Zelf een vraag")
    answer = queue.answer(question.id, "Ja, juf Els belde gisteren.")
    assert (answer.mark, answer.reply_to, answer.target_id) == (
        ReviewMark.ANSWER,
        question.id,
        incident.id,
    )
    assert queue.open_questions() == []

    act_as(book, supervisor)
    with pytest.raises(ReviewRefused):
        queue.answer(question.id, "Ik antwoord zelf")
    [item] = queue.items(household)
    assert item.answered and not item.open_question
    summary = queue.households()[0]
    assert (summary.open_questions, summary.answered) == (0, 1)
    [asked] = queue.questions(household)
    assert [a.comment for a in asked.answers] == ["Ja, juf Els belde gisteren."]
    assert asked.answers[0].author_name == "Anna Peeters"
    thread = queue.thread(incident.id)
    assert [(t.mark, t.mine) for t in thread] == [
        (ReviewMark.QUESTION, True),
        (ReviewMark.ANSWER, False),
    ]
    assert thread[1].reply_to == question.id

    queue.mark_reviewed([incident.id])
    assert queue.items(household) == []
    assert queue.households()[0].answered == 0

    follow = queue.ask(incident.id, "Graag opvolgen bij het oudercontact", ReviewMark.FOLLOW_UP)
    assert [i.record_id for i in queue.items(household)] == [incident.id]  # re-opened
    act_as(book, caregiver)
    assert [q.question_id for q in queue.open_questions()] == [follow.id]


def test_reviews_stay_within_scope_and_reviewable_records(
    book: Book, records: RecordService, child: Child, supervisor: Identity
) -> None:
    entry = log(records, book, child, 1, text="x")
    act_as(book, supervisor)
    queue = ReviewQueue(book)
    with pytest.raises(ReviewRefused):
        queue.items(uuid.uuid4())
    [question] = [queue.ask(entry.id, "Waarom?")]
    with pytest.raises(RecordNotFound):  # a review is not reviewed itself
        queue.mark_reviewed([question.id])
    with pytest.raises(RecordNotFound):
        queue.ask(uuid.uuid4(), "Wie?")
    with pytest.raises(ValueError):
        queue.ask(entry.id, "Klaar", ReviewMark.REVIEWED)


def test_opening_a_record_is_kept_for_the_audit_without_content(
    book: Book, records: RecordService, child: Child, supervisor: Identity
) -> None:
    entry = log(records, book, child, 1, text=f"{CANARY} geheim")
    other = log(records, book, child, 2, text="ander")
    act_as(book, supervisor)
    clock = [datetime(2025, 6, 20, 9, 0, tzinfo=UTC)]
    queue = ReviewQueue(book, now=lambda: clock[0])

    queue.opened(entry.id)
    queue.opened(entry.id)  # the same reading, redrawn
    queue.opened(other.id)
    clock[0] += timedelta(minutes=5)
    queue.opened(entry.id)  # opened again later: a new reading
    with pytest.raises(RecordNotFound):
        queue.opened(uuid.uuid4())

    with book.store.read() as session:
        pending = views.pending_views(session)
    assert [(v.record_id, v.viewed_at.minute) for v in pending] == [
        (str(entry.id), 0),
        (str(other.id), 0),
        (str(entry.id), 5),
    ]
    assert {v.household_id for v in pending} == {str(book.identity.household_id)}
    assert len({v.view_id for v in pending}) == 3
    assert queue.views_waiting() == 3
    assert CANARY not in json.dumps([list(map(str, vars(v).values())) for v in pending])
    with book.store.write() as session:
        assert views.delete_views(session, [pending[0].view_id]) == 1
    assert queue.views_waiting() == 2


class _AuditOffice:
    """Stands in for the server's /audit/views: answers what it is told to."""

    def __init__(self) -> None:
        self.received: list[list[str]] = []
        self.answer: str = "all"  # all | first | offline | missing

    def _request(self, method: str, path: str, body: ViewReport) -> ViewReportResponse:
        assert (method, path) == ("POST", "/audit/views")
        self.received.append([str(v.record_id) for v in body.views])
        if self.answer == "offline":
            raise Offline("test")
        if self.answer == "missing":  # an older server without the endpoint
            raise ServerRefused(404, "not_found")
        views = body.views[:1] if self.answer == "first" else body.views
        return ViewReportResponse(
            results=[ViewResult(view_id=v.view_id, status=ViewStatus.RECORDED) for v in views]
        )

    def _parse(self, response: ViewReportResponse, model: type) -> ViewReportResponse:
        return response

    def report_views(self, request: ViewReport) -> ViewReportResponse:
        return self._request("POST", "/audit/views", request)  # once Transport has its own


def test_views_leave_the_device_only_once_the_server_answered_for_them(
    book: Book, records: RecordService, child: Child, supervisor: Identity
) -> None:
    entries = [log(records, book, child, n, text=f"dag {n}") for n in (1, 2, 3)]
    act_as(book, supervisor)
    queue = ReviewQueue(book)
    for entry in entries:
        queue.opened(entry.id)
    office = _AuditOffice()
    engine = SyncEngine(book, cast(Transport, office))

    office.answer = "offline"
    with pytest.raises(Offline):
        engine.report_views(SyncReport())
    assert queue.views_waiting() == 3

    office.answer = "missing"
    report = SyncReport()
    engine.report_views(report)  # not an error: kept for a server that knows them
    assert queue.views_waiting() == 3 and report.views_reported == 0

    office.answer = "first"
    report = SyncReport()
    engine.report_views(report)
    assert report.views_reported == 3 and queue.views_waiting() == 0
    assert office.received[-3:] == [[str(e.id) for e in entries[i:]] for i in range(3)]


def test_an_answer_being_written_is_kept_per_question_and_person_not_synced(
    book: Book, records: RecordService, child: Child, caregiver: Identity, supervisor: Identity
) -> None:
    first, second = log(records, book, child, 1), log(records, book, child, 2)
    act_as(book, supervisor)
    queue = ReviewQueue(book)
    one, two = queue.ask(first.id, "Waarom?"), queue.ask(second.id, "Wanneer?")
    act_as(book, caregiver)
    before = outbox_kinds(book)
    queue.keep_answer_draft(one.id, "Omdat")
    queue.keep_answer_draft(two.id, "Gisteren")
    assert (queue.answer_draft(one.id), queue.answer_draft(two.id)) == ("Omdat", "Gisteren")
    assert outbox_kinds(book) == before  # a draft never leaves this computer
    act_as(book, replace(caregiver, user_id=uuid.uuid4()))  # someone else on this profile
    assert queue.answer_draft(one.id) == ""
    act_as(book, caregiver)
    queue.keep_answer_draft(two.id, "   ")  # blank: no draft
    assert queue.answer_draft(two.id) == ""
    queue.answer(one.id, "Omdat hij moe was.")
    assert queue.answer_draft(one.id) == ""  # sent: the draft went with it


def test_records_planned_for_later_come_after_todays_in_their_group(
    book: Book, records: RecordService, child: Child, supervisor: Identity
) -> None:
    yesterday = log(records, book, child, 1, text="Gisteren")
    planned = records.create(
        factories.contact_note(
            book.identity, [child], [uuid.uuid4()], status=ContactStatus.PLANNED,
            date=TODAY + timedelta(days=5),
        )
    )  # fmt: skip
    today = log(records, book, child, 0, text="Vandaag")
    act_as(book, supervisor)
    items = ReviewQueue(book).items(book.identity.household_id)
    assert [i.record_id for i in items] == [today.id, yesterday.id, planned.id]
