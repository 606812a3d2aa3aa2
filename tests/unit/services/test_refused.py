"""Refused changes: listed with the office's reason in words a person recognises,
and sent again unchanged, once the office takes them."""

from __future__ import annotations

from datetime import UTC, date, datetime

from app.domain.records import Child
from app.services.records import RecordService
from app.services.refused import RefusedService, stamp_time
from app.storage import outbox
from app.storage.book import Book
from tests.refused import LONG_REASON, RefusingOffice, push, refused_home


def _stored(book: Book) -> dict[str, tuple[str, str, str]]:
    """Every record: its content, sync state and reason, by id."""
    with book.store.read() as session:
        rows = session.connection().exec_driver_sql(
            "SELECT id, content, sync_state, reject_reason FROM record"
        )
        return {r[0]: (r[1], r[2], r[3]) for r in rows}


def test_exactly_the_refused_records_are_listed_with_their_reasons(
    book: Book, records: RecordService, child: Child
) -> None:
    home = refused_home(book, records, child)
    items = RefusedService(book).refused()

    assert {i.record_id for i in items} == home.refused_ids
    by_id = {i.record_id: i for i in items}
    log, contact, profile = by_id[home.log.id], by_id[home.contact.id], by_id[child.id]
    assert (log.kind, log.day, log.label, log.reason) == (
        "daily_log", date(2025, 6, 2), "Lotte Janssens", "not found",
    )  # fmt: skip
    assert log.summary == "Eerste keer alleen gefietst."
    assert (contact.kind, contact.day, contact.label, contact.reason) == (
        "contact_note", date(2025, 6, 3), "Lotte Janssens, Sofie Janssens", LONG_REASON,
    )  # fmt: skip
    assert (profile.kind, profile.day, profile.label) == ("child", None, "Lotte Janssens")
    assert profile.reason == "Only the central office may change this child's school."
    for item in items:
        assert item.household_id == book.identity.household_id
        assert item.household_name == "Gezin Peeters"
        assert not item.deleted and not item.amendment
        assert item.changed_at is not None
        assert abs((datetime.now(UTC) - item.changed_at).total_seconds()) < 600
    # The latest change first.
    assert [i.modified_at for i in items] == sorted((i.modified_at for i in items), reverse=True)
    assert RefusedService(book).count() == 3


def test_sending_again_queues_the_records_unchanged_and_the_office_takes_them(
    book: Book, records: RecordService, child: Child
) -> None:
    home = refused_home(book, records, child)
    service = RefusedService(book)
    before = _stored(book)

    queued = service.send_again([home.log.id, child.id, home.observation.id])

    assert set(queued) == {home.log.id, child.id}  # the observation was never refused
    after = _stored(book)
    for record_id in (home.log.id, child.id):
        content, state, reason = after[str(record_id)]
        assert (content, state, reason) == (before[str(record_id)][0], "pending", "")
    assert after[str(home.contact.id)] == before[str(home.contact.id)]  # not chosen
    assert after[str(home.observation.id)] == before[str(home.observation.id)]
    with book.store.read() as session:
        waiting = outbox.outbox(session)
    assert sorted((e.record_id, e.base_version) for e in waiting) == sorted(
        [(str(home.log.id), 0), (str(child.id), 1)]
    )
    assert {e.content for e in waiting} == {before[str(r)][0] for r in (home.log.id, child.id)}
    assert service.count() == 1
    assert [i.record_id for i in service.refused()] == [home.contact.id]

    office = RefusingOffice()  # the office has put right what it objected to
    try:
        report = push(book, office)
    finally:
        office.close()
    assert (report.pushed, report.rejected) == (2, 0)
    synced = _stored(book)
    for record_id in (home.log.id, child.id):
        assert synced[str(record_id)] == (before[str(record_id)][0], "synced", "")
    assert records.get(child.id).record == home.profile
    assert service.count() == 1


def test_a_change_refused_again_is_listed_again_with_the_new_reason(
    book: Book, records: RecordService, child: Child
) -> None:
    home = refused_home(book, records, child)
    service = RefusedService(book)
    service.send_again([home.log.id])
    office = RefusingOffice()
    office.refuse = {home.log.id: "still not found"}
    try:
        push(book, office)
    finally:
        office.close()
    reasons = {i.record_id: i.reason for i in service.refused()}
    assert reasons[home.log.id] == "still not found"
    assert len(reasons) == 3


def test_nothing_refused_lists_nothing(book: Book, child: Child) -> None:
    service = RefusedService(book)
    assert (service.refused(), service.count(), service.send_again([child.id])) == ([], 0, [])


def test_a_stamp_gives_the_moment_of_the_change() -> None:
    assert stamp_time("1748966400000-00003-laptop") == datetime(2025, 6, 3, 16, 0, tzinfo=UTC)
    assert stamp_time("") is None
    assert stamp_time("yesterday") is None
