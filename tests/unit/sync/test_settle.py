"""Settling a push: every answer of the central office lands as before, in bulk.

A scripted central office answers each op as the real one would (applied as
sent, merged with another device's change, applied onto its own tombstone,
rejected, or not answered) and lets the caregiver change records while the push
is under way, before the device reads the answer.
"""

from __future__ import annotations

import threading
import time
import uuid
from collections.abc import Callable, Iterator
from datetime import date, timedelta
from typing import Any

import pytest
from sqlalchemy import text

from app.domain.clock import Stamp
from app.domain.records import Child, Record
from app.protocol.schemas import OpResult, OpStatus, PushRequest, PushResponse
from app.services.records import RecordService
from app.storage import outbox
from app.storage import records as record_store
from app.storage.book import Book
from app.sync import engine as sync_engine
from app.sync.engine import SyncEngine, SyncReport
from app.sync.transport import OutgoingPush, Transport
from tests import factories


class ScriptedOffice(Transport):
    """Answers pushes the way the central office does, as each test scripts it."""

    def __init__(self) -> None:
        super().__init__("http://127.0.0.1:9", "token")
        self.held: dict[uuid.UUID, dict[str, Any]] = {}  # what the office holds
        self.theirs: dict[uuid.UUID, dict[str, Any]] = {}  # another device's change, waiting
        self.tombstones: set[uuid.UUID] = set()  # deleted at the office meanwhile
        self.rejected: dict[uuid.UUID, str] = {}
        self.unanswered: set[uuid.UUID] = set()
        self.during: Callable[[], None] | None = None  # once, before the answer arrives
        self.pushes: list[PushRequest | OutgoingPush] = []

    def push(self, request: PushRequest | OutgoingPush) -> PushResponse:
        self.pushes.append(request)
        results = []
        for op in request.ops:
            if op.record_id in self.unanswered:
                self.unanswered.discard(op.record_id)  # answered the next time
                continue
            if op.record_id in self.rejected:
                reason = self.rejected[op.record_id]
                results.append(
                    OpResult(
                        op_id=op.op_id,
                        status=OpStatus.REJECTED,
                        record_id=op.record_id,
                        reason=reason,
                    )
                )
                continue
            theirs = self.theirs.pop(op.record_id, None)
            version = op.base_version + (2 if theirs is not None else 1)
            content = {**op.content, **(theirs or {}), "version": version}
            if op.record_id in self.tombstones:
                content["deleted"] = True  # a fast-forward keeps the office's delete
            self.held[op.record_id] = content
            status = OpStatus.MERGED if theirs is not None else OpStatus.APPLIED
            results.append(
                OpResult(
                    op_id=op.op_id,
                    status=status,
                    record_id=op.record_id,
                    version=version,
                    record=content,
                )
            )
        if self.during is not None:
            during, self.during = self.during, None
            during()
        return PushResponse(results=results)


@pytest.fixture
def office() -> Iterator[ScriptedOffice]:
    scripted = ScriptedOffice()
    yield scripted
    scripted.close()


def _children(records: RecordService, book: Book, count: int) -> list[Child]:
    return [
        records.create(
            factories.child(
                book.identity.household_id,
                given_name=f"Kind {n}",
                date_of_birth=date(2020, 1, 1) + timedelta(days=n),
            )
        )
        for n in range(count)
    ]


def _waiting(book: Book, record: Record) -> list[tuple[int, dict[str, Any]]]:
    """The outbox entries of a record: base version and content."""
    with book.store.read() as session:
        entries = outbox.outbox_for(session, record.id)
    return [(e.base_version, Child.model_validate_json(e.content).model_dump()) for e in entries]


def _everything(book: Book, record: Record) -> dict[str, object]:
    """All the store holds of a record: its row, child links and words."""
    with book.store.read() as session:
        found = session.execute(text("SELECT * FROM record WHERE id = :i"), {"i": str(record.id)})
        row = found.mappings().one()
        links = session.execute(
            text("SELECT child_id, day FROM record_child WHERE record_rowid = :r"),
            {"r": row["rowid"]},
        ).all()
        words = session.execute(
            text(
                "SELECT text FROM record_fts WHERE rowid = :r "
                "UNION ALL SELECT text FROM record_words WHERE rowid = :r"
            ),
            {"r": row["rowid"]},
        ).all()
    return {**row, "links": sorted(links), "words": words}


def test_each_answer_is_settled_as_the_office_holds_it(
    book: Book, records: RecordService, office: ScriptedOffice, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sync_engine, "PUSH_BATCH", 4)
    monkeypatch.setattr(sync_engine, "PUSH_WINDOW", 80)
    engine = SyncEngine(book, office)
    kids = _children(records, book, 9)
    engine.push(SyncReport())  # the profile's household and person, and the children
    for kid in kids:
        records.update(kid.id, sibling_group="A")  # version 2, based on 1
    # The first push carries the first four, the second the next four, and so on.
    as_sent, edited, merged, merged_edited, tombstone, rejected, unanswered, _, later = kids
    office.theirs[merged.id] = {"school": "De Regenboog"}
    office.theirs[merged_edited.id] = {"school": "De Linde"}
    office.tombstones.add(tombstone.id)
    office.rejected[rejected.id] = "not allowed"
    office.unanswered.add(unanswered.id)

    def caregiver_edits() -> None:
        records.update(edited.id, notes="tijdens de push")
        records.update(merged_edited.id, notes="ook tijdens de push")
        records.update(later.id, notes="voor later")  # not in this push

    snapshots: list[dict[uuid.UUID, tuple[record_store.Stored, list[tuple[int, Any]]]]] = []

    def progress(phase: str, done: int, total: int) -> None:
        snapshots.append({k.id: (records.get(k.id), _waiting(book, k)) for k in kids})

    office.pushes.clear()
    office.during = caregiver_edits
    report = SyncReport()
    engine.push(report, progress)

    # The third push: the edits made during the first (settled while the second was
    # at the office); the fourth: the one the second left unanswered.
    sent = [[op.record_id for op in push.ops] for push in office.pushes]
    assert sent == [
        [as_sent.id, edited.id, merged.id, merged_edited.id],
        [tombstone.id, rejected.id, unanswered.id, kids[7].id],
        [later.id, edited.id, merged_edited.id],
        [unanswered.id],
    ]
    assert (report.pushed, report.merged, report.rejected) == (10, 2, 1)
    first, second = snapshots[0], snapshots[1]

    # Taken as sent: synced at the office's version, content exactly as sent.
    got, waiting = first[as_sent.id]
    assert (got.sync_state, got.ever_synced, got.reject_reason) == ("synced", True, "")
    assert got.record.model_dump(mode="json") == office.held[as_sent.id]
    assert waiting == []
    # ... and nothing differs from writing the office's copy again.
    everything = _everything(book, as_sent)
    with book.store.write() as session:
        record_store.put_synced(session, got.record)
    assert _everything(book, as_sent) == everything

    # Changed during the push: still waiting, one change on top of the office's version.
    for kid, notes, school in [
        (edited, "tijdens de push", ""),
        (merged_edited, "ook tijdens de push", "De Linde"),
    ]:
        got, waiting = first[kid.id]
        version = 3 if kid is merged_edited else 2  # another device's change came first
        assert got.sync_state == "pending"
        assert isinstance(got.record, Child)
        assert (got.record.notes, got.record.school, got.record.sibling_group) == (
            notes,
            school,
            "A",
        )
        assert got.record.version == version + 1
        assert waiting == [(version, got.record.model_dump())]
        # Sent again in the last push: the office holds the edit, and so does the device.
        final = records.get(kid.id)
        assert final.sync_state == "synced"
        assert final.record.model_dump(mode="json") == office.held[kid.id]
        assert office.held[kid.id]["notes"] == notes
        assert office.held[kid.id]["version"] == version + 1

    # Merged with another device's change: the office's copy, synced.
    got, waiting = first[merged.id]
    assert (got.sync_state, waiting) == ("synced", [])
    assert got.record.model_dump(mode="json") == office.held[merged.id]
    assert isinstance(got.record, Child) and got.record.school == "De Regenboog"

    # Applied onto the office's tombstone: the tombstone is kept here too.
    got, waiting = second[tombstone.id]
    assert (got.sync_state, got.record.deleted, waiting) == ("synced", True, [])
    assert got.record.model_dump(mode="json") == office.held[tombstone.id]
    assert _everything(book, tombstone)["links"] == []

    # Rejected: kept as it was, with the reason; its entry left the outbox.
    got, waiting = second[rejected.id]
    assert (got.sync_state, got.reject_reason, waiting) == ("rejected", "not allowed", [])
    [op] = [op for op in office.pushes[1].ops if op.record_id == rejected.id]
    assert got.record.model_dump(mode="json") == op.content  # version 2, sibling group A
    assert office.held[rejected.id]["version"] == 1

    # Not answered: waiting as it was until the last push.
    got, waiting = second[unanswered.id]
    assert got.sync_state == "pending"
    assert [base for base, _ in waiting] == [1]
    assert records.get(unanswered.id).sync_state == "synced"

    # Changed during the first push but waiting anyway: both changes in one op, which
    # the office stores at the version after the one the first change was based on.
    got = records.get(later.id)
    assert got.sync_state == "synced"
    assert isinstance(got.record, Child)
    assert (got.record.notes, got.record.version) == ("voor later", 2)
    assert got.record.model_dump(mode="json") == office.held[later.id]

    with book.store.read() as session:
        assert outbox.pending_count(session) == 0


def test_the_clock_moves_past_a_stamp_taken_as_sent(
    book: Book, records: RecordService, office: ScriptedOffice
) -> None:
    """Waiting with another device's stamp, later than this clock: the office takes it
    as sent, and later local stamps still sort after it."""
    kid = _children(records, book, 1)[0]
    ahead = Stamp(Stamp.parse(book.clock.last).millis + 3_600_000, 7, "elders")
    with book.store.write() as session:
        stored = record_store.get(session, kid.id)
        assert stored is not None
        stamped = stored.record.model_copy(update={"modified_at": str(ahead)})
        record_store.put_local(session, stamped, 0)
    SyncEngine(book, office).push(SyncReport())
    assert office.held[kid.id]["modified_at"] == str(ahead)
    assert records.get(kid.id).sync_state == "synced"
    assert Stamp.parse(book.clock.now()) > ahead


def test_each_batch_is_settled_and_told_while_the_next_is_at_the_office(
    book: Book, records: RecordService, office: ScriptedOffice, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sync_engine, "PUSH_BATCH", 3)
    engine = SyncEngine(book, office)
    engine.push(SyncReport())  # the profile's household and person
    kids = _children(records, book, 10)
    real_push = office.push
    # per push: its records, batches told before it went out, still waiting once the
    # batch before is told, requests under way
    seen: list[tuple[list[uuid.UUID], list[uuid.UUID], int]] = []
    told: list[int] = []
    told_again = threading.Condition()
    sending = 0

    def progress(phase: str, done: int, total: int) -> None:
        with told_again:
            told.append(done)
            told_again.notify_all()

    def push(request: PushRequest | OutgoingPush) -> PushResponse:
        nonlocal sending
        sending += 1
        n = len(seen)
        with told_again:  # the batch before is settled and told while this one is here
            assert told_again.wait_for(lambda: len(told) >= n, timeout=10)
            assert len(told) == n  # and none of this one's before its answer
        with book.store.read() as session:
            left = [uuid.UUID(e.record_id) for e in outbox.outbox(session)]
        seen.append(([op.record_id for op in request.ops], left, sending))
        try:
            return real_push(request)
        finally:
            sending -= 1

    office.push = push  # type: ignore[method-assign]
    report = SyncReport()
    engine.push(report, progress)

    assert [len(p.ops) for p in office.pushes[-4:]] == [3, 3, 3, 1]
    assert told == [3, 6, 9, 10]
    ids = [k.id for k in kids]
    # Sent one at a time, in order; while a batch is at the office, every one before
    # it is settled and told: the outbox holds this batch's records and those after.
    assert seen == [(ids[3 * n : 3 * n + 3], ids[3 * n :], 1) for n in range(4)]
    assert report.pushed == 10
    with book.store.read() as session:
        assert outbox.pending_count(session) == 0


def test_a_batch_holds_no_more_than_its_share_of_a_request(
    book: Book, records: RecordService, office: ScriptedOffice, monkeypatch: pytest.MonkeyPatch
) -> None:
    engine = SyncEngine(book, office)
    engine.push(SyncReport())  # the profile's household and person
    kids = _children(records, book, 5)
    with book.store.read() as session:
        sizes = [len(e.content) for e in outbox.outbox(session)]
    # Room for two records' JSON, not three: a batch of two, two, and the last one.
    monkeypatch.setattr(sync_engine, "PUSH_BYTES", sum(sorted(sizes)[-2:]) + min(sizes) - 1)
    office.pushes.clear()
    report = SyncReport()
    engine.push(report)
    assert [[op.record_id for op in p.ops] for p in office.pushes] == [
        [kids[0].id, kids[1].id],
        [kids[2].id, kids[3].id],
        [kids[4].id],
    ]
    assert report.pushed == 5
    # One record larger than the whole share still goes, alone.
    monkeypatch.setattr(sync_engine, "PUSH_BYTES", 1)
    for kid in kids[:2]:
        records.update(kid.id, notes="nog eens")
    office.pushes.clear()
    engine.push(SyncReport())
    assert [[op.record_id for op in p.ops] for p in office.pushes] == [[kids[0].id], [kids[1].id]]
    with book.store.read() as session:
        assert outbox.pending_count(session) == 0


class Stop(Exception):
    pass


def test_a_stop_waits_for_the_batch_at_the_office_and_settles_nothing_of_it(
    book: Book, records: RecordService, office: ScriptedOffice, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sync_engine, "PUSH_BATCH", 3)
    engine = SyncEngine(book, office)
    engine.push(SyncReport())  # the profile's household and person
    kids = _children(records, book, 8)
    real_push = office.push
    sending = threading.Event()
    under_way: list[bool] = []

    def push(request: PushRequest | OutgoingPush) -> PushResponse:
        sending.set()
        try:
            time.sleep(0.2)  # still at the office when the stop comes
            return real_push(request)
        finally:
            sending.clear()

    def progress(phase: str, done: int, total: int) -> None:
        raise Stop  # the person stops after the first batch is told

    office.push = push  # type: ignore[method-assign]
    office.pushes.clear()
    report = SyncReport()
    with pytest.raises(Stop):
        engine.push(report, progress)
    under_way.append(sending.is_set())

    # The second batch went out while the first was settled; the push ended only
    # once its answer was in, and nothing after it was sent.
    assert under_way == [False]
    assert [[op.record_id for op in p.ops] for p in office.pushes] == [
        [k.id for k in kids[:3]],
        [k.id for k in kids[3:6]],
    ]
    # Only the first batch is settled: the second's entries wait to be sent again.
    assert report.pushed == 3
    assert report.changes.ids == frozenset(k.id for k in kids[:3])
    with book.store.read() as session:
        left = [uuid.UUID(e.record_id) for e in outbox.outbox(session)]
    assert left == [k.id for k in kids[3:]]
    assert [records.get(k.id).sync_state for k in kids] == ["synced"] * 3 + ["pending"] * 5
