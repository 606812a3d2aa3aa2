"""Conflict revisions: listed for the households in scope and resolved, by the
household (either side) or by a supervisor (keep the current values, with a note)."""

from __future__ import annotations

import json
import uuid
from dataclasses import replace
from datetime import date, timedelta

import pytest

from app.domain.records import Child, ConflictRevision, Record
from app.domain.vocabulary import Role
from app.services.conflicts import ConflictService, Keep
from app.services.records import EntryLocked, RecordNotFound, RecordService
from app.storage import outbox as outbox_store
from app.storage import records as record_store
from app.storage.book import Book, Identity
from tests import factories


def pulled(book: Book, record: Record) -> None:
    """Store a record as a sync brings it from the server."""
    with book.store.write() as session:
        record_store.put_synced(session, record)


def revision_of(
    target: Record, losing: dict[str, object], winning: dict[str, object], **fields: object
) -> ConflictRevision:
    return factories.conflict_revision(target, losing, winning, **fields)


def outbox(book: Book) -> list[tuple[str, str]]:
    with book.store.read() as session:
        return [(e.record_kind, e.record_id) for e in outbox_store.outbox(session)]


def as_supervisor(book: Book) -> Identity:
    book.identity = replace(book.identity, user_id=uuid.uuid4(), role=Role.SUPERVISOR)
    return book.identity


def test_the_household_takes_back_the_losing_value(
    book: Book, records: RecordService, child: Child
) -> None:
    records.update(child.id, school="De Regenboog")
    revision = revision_of(
        child, {"school": "Sint-Jozef", "author_id": "x"}, {"school": "De Regenboog"}
    )
    pulled(book, revision)
    service = ConflictService(book)

    [item] = service.revisions()
    assert item.revision_id == revision.id and item.target_label == "Lotte Janssens"
    by_name = {f.name: f for f in item.fields}
    assert (by_name["school"].current, by_name["school"].winning, by_name["school"].losing) == (
        "De Regenboog",
        "De Regenboog",
        "Sint-Jozef",
    )
    assert item.can_apply_losing and item.cannot_apply_reason is None
    assert item.child_ids == (child.id,) and not item.resolved
    before = len(outbox(book))

    resolution = service.resolve(revision.id, Keep.LOSING, "  Sint-Jozef klopt: verhuisd in mei  ")
    resolved = resolution.revision

    assert resolved.resolved and resolved.resolution_note == "Sint-Jozef klopt: verhuisd in mei"
    current = records.get(child.id).record
    assert isinstance(current, Child)
    assert current.school == "Sint-Jozef"
    assert "author_id" not in current.model_dump()  # who wrote it is never taken from the loser
    assert outbox(book)[before:] == [
        ("child", str(child.id)),
        ("conflict_revision", str(revision.id)),
    ]
    assert service.revisions() == []
    assert [c.resolution_note for c in service.revisions(include_resolved=True)] == [
        "Sint-Jozef klopt: verhuisd in mei"
    ]


def test_keeping_the_current_value_changes_only_the_revision(
    book: Book, records: RecordService, child: Child
) -> None:
    revision = revision_of(child, {"school": "Oud"}, {"school": child.school})
    pulled(book, revision)
    before = len(outbox(book))
    ConflictService(book).resolve(revision.id, "current", "Nieuw is juist")
    assert records.get(child.id).record == child
    assert outbox(book)[before:] == [("conflict_revision", str(revision.id))]
    stored = records.get(revision.id)
    assert stored.sync_state == "pending"
    with book.store.read() as session:
        [entry] = outbox_store.outbox_for(session, revision.id)
    assert json.loads(entry.content)["resolved"] is True and entry.base_version == 1


def test_a_supervisor_keeps_the_current_values_and_leaves_a_note(
    book: Book, records: RecordService, child: Child
) -> None:
    revision = revision_of(child, {"school": "Oud"}, {"school": "Nieuw"})
    pulled(book, revision)
    as_supervisor(book)
    service = ConflictService(book)
    [item] = service.revisions(book.identity.household_id)
    assert not item.can_apply_losing
    assert item.cannot_apply_reason is not None and "Supervisors" in str(item.cannot_apply_reason)
    before = outbox(book)

    with pytest.raises(EntryLocked):
        service.resolve(revision.id, Keep.LOSING, "terug")
    assert outbox(book) == before  # nothing written: the revision is still open
    assert not service.get(revision.id).resolved

    done = service.resolve(revision.id, Keep.CURRENT, "Besproken met het gezin").revision
    assert done.resolved and done.modified_by == book.identity.user_id
    assert outbox(book)[len(before) :] == [("conflict_revision", str(revision.id))]
    assert records.get(child.id).record == child


def test_a_synced_entry_is_not_rewritten_by_a_resolution(
    book: Book, records: RecordService, child: Child
) -> None:
    entry = factories.daily_log(
        book.identity,
        child,
        date=date.today() - timedelta(days=1),
        text="Versie A",
        version=2,
        modified_at="0001700000000000-00000-x",
    )
    pulled(book, entry)
    revision = revision_of(entry, {"text": "Versie B"}, {"text": "Versie A"})
    pulled(book, revision)
    service = ConflictService(book)
    [item] = service.revisions()
    assert item.target_label == "Versie A"
    assert not item.can_apply_losing and "amendment" in str(item.cannot_apply_reason)
    with pytest.raises(EntryLocked):
        service.resolve(revision.id, Keep.LOSING)
    assert not service.get(revision.id).resolved
    service.resolve(revision.id, Keep.CURRENT, "Versie A klopt")
    assert service.revisions() == []


def test_only_revisions_in_scope_are_listed_or_resolved(
    book: Book, records: RecordService, child: Child
) -> None:
    elsewhere = child.model_copy(update={"id": uuid.uuid4(), "household_id": uuid.uuid4()})
    foreign = revision_of(elsewhere, {"school": "x"}, {"school": "y"})
    pulled(book, foreign)
    service = ConflictService(book)
    assert service.revisions() == []
    for revision_id in (foreign.id, uuid.uuid4(), child.id):
        with pytest.raises(RecordNotFound):
            service.resolve(revision_id, Keep.CURRENT)
    with pytest.raises(ValueError):
        service.resolve(foreign.id, "both")
