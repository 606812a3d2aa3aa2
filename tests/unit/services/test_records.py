"""Every local change goes through RecordService: validated, stamped, in the outbox;
entries are kept as written once synced or a day old."""

from __future__ import annotations

import json
import uuid
from datetime import UTC, date, datetime, timedelta

import pytest
from sqlmodel import select

from app.domain.messages import ValidationFailed
from app.domain.records import Child, DailyLog, Review
from app.domain.vocabulary import ContactKind, ReviewMark
from app.services.records import EntryLocked, RecordNotFound, RecordService
from app.storage import outbox, timeline
from app.storage import records as record_store
from app.storage.book import Book
from app.storage.tables import RecordRow
from tests import factories


def log_for(book: Book, child: Child, **fields: object) -> DailyLog:
    fields.setdefault("date", book.today())
    return factories.daily_log(book.identity, child, **fields)


def outbox_ops(book: Book, record_id: uuid.UUID) -> list[tuple[int, dict[str, object]]]:
    with book.store.read() as session:
        return [
            (e.base_version, json.loads(e.content)) for e in outbox.outbox_for(session, record_id)
        ]


def test_create_stamps_the_record_and_writes_its_outbox_entry(
    records: RecordService, book: Book, child: Child
) -> None:
    log = records.create(log_for(book, child, text="Goed geslapen"))
    assert log.version == 1
    assert log.modified_by == book.identity.user_id
    assert log.device_id == book.identity.device_id
    assert log.modified_at
    ((base, content),) = outbox_ops(book, log.id)
    assert base == 0
    assert content["text"] == "Goed geslapen" and content["version"] == 1


def test_invalid_record_is_refused_and_nothing_is_written(
    records: RecordService, book: Book, child: Child
) -> None:
    with pytest.raises(ValidationFailed):
        records.create(log_for(book, child, date=book.today() + timedelta(days=1)))
    with book.store.read() as session:
        assert record_store.count_by_kind(session).get("daily_log", 0) == 0
        assert len(outbox.outbox(session)) == 3  # household, person, child


def test_update_bumps_the_version_and_queues_the_change(
    records: RecordService, book: Book, child: Child
) -> None:
    changed = records.update(child.id, school="De Regenboog")
    assert changed.version == 2
    ops = outbox_ops(book, child.id)
    assert [base for base, _ in ops] == [0, 1]
    assert ops[-1][1]["school"] == "De Regenboog"
    assert records.get(child.id).record.school == "De Regenboog"  # type: ignore[attr-defined]


def test_update_with_an_invalid_value_changes_nothing(
    records: RecordService, book: Book, child: Child
) -> None:
    with pytest.raises(ValidationFailed):
        records.update(child.id, placement_start=date(2000, 1, 1))
    assert records.get(child.id).record.version == 1
    assert len(outbox_ops(book, child.id)) == 1


def test_protected_fields_cannot_be_set_by_an_update(records: RecordService, child: Child) -> None:
    with pytest.raises(ValueError):
        records.update(child.id, version=99)


def test_fresh_entry_is_editable_by_its_author(
    records: RecordService, book: Book, child: Child
) -> None:
    log = records.create(log_for(book, child, text="eerste versie"))
    changed = records.update(log.id, text="tweede versie")
    assert changed.text == "tweede versie"  # type: ignore[attr-defined]


def test_day_old_entry_is_locked_and_corrected_by_amendment(
    records: RecordService, book: Book, child: Child
) -> None:
    two_days_ago = datetime.now(UTC) - timedelta(days=2)
    log = records.create(
        log_for(
            book,
            child,
            date=book.today() - timedelta(days=2),
            created_at=two_days_ago,
            text="Viel van de fiets",
        )
    )
    with pytest.raises(EntryLocked) as caught:
        records.update(log.id, text="Viel van de trap")
    assert "amendment" in str(caught.value)
    with pytest.raises(EntryLocked):
        records.delete(log.id)
    amendment = records.amend(log.id, "Het was de trap, niet de fiets", text="Viel van de trap")
    assert amendment.amends_id == log.id
    assert amendment.amendment_reason == "Het was de trap, niet de fiets"
    original = records.get(log.id).record
    assert original.text == "Viel van de fiets"  # type: ignore[attr-defined]
    assert original.version == 1
    with book.store.read() as session:
        logs = record_store.for_child(session, child.id, ["daily_log"])
    assert {r.id for r in logs} == {log.id, amendment.id}


def test_amendment_without_reason_is_refused(
    records: RecordService, book: Book, child: Child
) -> None:
    log = records.create(log_for(book, child))
    with pytest.raises(ValidationFailed):
        records.amend(log.id, "   ", text="x")


def test_synced_entry_is_locked(records: RecordService, book: Book, child: Child) -> None:
    log = records.create(log_for(book, child))
    with book.store.write() as session:
        row = session.exec(select(RecordRow).where(RecordRow.id == str(log.id))).one()
        row.ever_synced = True
        row.sync_state = "synced"
        session.add(row)
    with pytest.raises(EntryLocked):
        records.update(log.id, text="later")


def test_another_authors_entry_cannot_be_edited(
    records: RecordService, book: Book, child: Child
) -> None:
    log = records.create(log_for(book, child, author_id=uuid.uuid4()))
    with pytest.raises(EntryLocked):
        records.update(log.id, text="mine now")
    amendment = records.amend(log.id, "Aanvulling van de nachtdienst", text="aangevuld")
    assert amendment.author_id == book.identity.user_id


def test_one_log_per_child_day_and_author(records: RecordService, book: Book, child: Child) -> None:
    records.create(log_for(book, child))
    with pytest.raises(EntryLocked):
        records.create(log_for(book, child))
    records.create(log_for(book, child, author_id=uuid.uuid4()))  # a colleague's log is fine


def test_soft_delete_hides_the_record_keeps_a_tombstone_and_can_be_undone(
    records: RecordService, book: Book, child: Child
) -> None:
    log = records.create(log_for(book, child, text="per ongeluk"))
    records.delete(log.id)
    with book.store.read() as session:
        assert record_store.for_child(session, child.id, ["daily_log"]) == []
        assert timeline.search(session, "ongeluk") == []
        tomb = record_store.get(session, log.id)
    assert tomb is not None and tomb.record.deleted and tomb.record.version == 2
    assert outbox_ops(book, log.id)[-1][1]["deleted"] is True
    back = records.restore(log.id)
    assert not back.deleted and back.version == 3
    with book.store.read() as session:
        assert [s.record.id for s in timeline.search(session, "ongeluk")] == [log.id]


def test_synced_deletion_cannot_be_undone(records: RecordService, book: Book, child: Child) -> None:
    relative = records.create(factories.relative(book.identity.household_id, [child], name="Sofie"))
    records.delete(relative.id)
    with book.store.write() as session:
        row = session.exec(select(RecordRow).where(RecordRow.id == str(relative.id))).one()
        row.sync_state = "synced"
        session.add(row)
    with pytest.raises(EntryLocked):
        records.restore(relative.id)


def test_missing_record(records: RecordService) -> None:
    with pytest.raises(RecordNotFound):
        records.update(uuid.uuid4(), name="x")


def test_contact_note_appears_in_each_childs_timeline(
    records: RecordService, book: Book, child: Child
) -> None:
    sister = records.create(
        factories.child(
            book.identity.household_id, given_name="Noor", date_of_birth=date(2020, 5, 5)
        )
    )
    mother = records.create(
        factories.relative(book.identity.household_id, [child, sister], name="Sofie")
    )
    note = records.create(
        factories.contact_note(
            book.identity,
            [child, sister],
            [mother],
            contact_kind=ContactKind.SUPERVISED_VISIT,
            date=book.today(),
            agreements="Samen naar de zoo",
        )
    )
    with book.store.read() as session:
        for kid in (child, sister):
            page = timeline.timeline(session, child_id=kid.id)
            assert [s.record.id for s in page.items] == [note.id]


def test_supervisor_reviews_but_does_not_edit(tmp_path: object, child: Child, book: Book) -> None:
    from dataclasses import replace

    from app.domain.vocabulary import Role

    records = RecordService(book)
    log = records.create(log_for(book, child))
    book.identity = replace(book.identity, role=Role.SUPERVISOR)
    supervisor = RecordService(book)
    with pytest.raises(EntryLocked):
        supervisor.update(log.id, text="changed by supervisor")
    review = supervisor.create(
        Review(
            household_id=book.identity.household_id,
            target_id=log.id,
            target_kind="daily_log",
            children=[child.id],
            mark=ReviewMark.QUESTION,
            comment="Hoe sliep ze?",
            author_id=book.identity.user_id,
        )
    )
    assert review.version == 1
