"""Push: apply a batch of a device's changes in one transaction
(docs/architecture.md, "Outbox and push").

Per operation, in order:

1. Retry. An op id this device sent before gets the answer it got then: no
   new version, no new seq. When only ops it *covers* were answered (the
   answer was lost and the device kept editing), the device's content already
   holds what it sent then: that op's version is the effective base, and after
   a merge what it sent is the base content, so a conflict is decided once.
   Covered ops that never arrived are remembered as answered by the op that
   covered them: one arriving late (a request of a client that died) is a
   retry, not a change on top.
2. Scope and rights. Another household's record, or a household the device
   does not belong to, is "not found" — the same answer whether or not it
   exists. Supervisors write reviews and conflict revisions only.
3. Validation. Invalid content is rejected with the first problem's English
   text. A rejection is remembered like any answer and never blocks the other
   ops of the batch.
4. Apply: insert, fast-forward, three-way merge (collisions kept as a
   ConflictRevision record) or, when the device knows a later version than the
   server (restored from a backup), the device's content. Deletions stick.

The batch reads its earlier answers and its records once, and writes its
record rows and answers together at the end (``_Batch``); each op still sees
what the ops before it in the batch answered and wrote.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from pydantic_core import to_json
from sqlalchemy import Table, bindparam, select, update
from sqlmodel import Session

from app.domain.merge import META_FIELDS, Merged, merge
from app.domain.messages import ValidationFailed
from app.domain.records import ConflictRevision, Record, Review, parse_record
from app.domain.references import references
from app.domain.vocabulary import ReviewMark
from app.protocol.schemas import (
    PROTOCOL_VERSION,
    OpResult,
    OpStatus,
    PushOp,
    PushRequest,
    PushResponse,
)
from app.server import audit
from app.server.core import collector
from app.server.core.clock import SERVER_DEVICE, latest_today
from app.server.core.db import retrying
from app.server.services import blobs, records, rules
from app.server.services.rules import Refused as Rejected
from app.server.services.scope import CAREGIVER, SUPERVISOR, DeviceContext, people_of
from app.server.tables import ServerTable

NOT_FOUND = "not found"
SUPERVISOR_KINDS = frozenset({"review", "conflict_revision"})
PLACEMENT_FIELDS = frozenset({"placement_end", "placement_outcome"})
CLOSED_BY_SUPERVISOR = (
    "Where a child goes when the placement ends is recorded by a supervisor or the central office."
)
APPLIED_OPS: Table = ServerTable.metadata.tables["applied_op"]
_ANSWER_COLUMNS = ("op_id", "device_id", "record_id", "result", "content", "covered_by")
DEVICES: Table = ServerTable.metadata.tables["device"]
_SET_WAITING = (
    update(DEVICES)
    .where(DEVICES.c.id == bindparam("id_"))
    .values(changes_waiting=bindparam("waiting"))
)


class _Op:
    """One operation, its ids as text (as rows and content hold them, made once
    per op), its role in the device's scope and what the retry check found."""

    __slots__ = ("base", "base_content", "covers", "covers_own", "household_id", "now", "op",
                 "op_id", "record_id", "role", "today")  # fmt: skip

    def __init__(self, op: PushOp, device: DeviceContext, today: date, now: datetime) -> None:
        self.op = op
        self.op_id = str(op.op_id)
        self.record_id = str(op.record_id)
        self.household_id = str(op.household_id)
        # The op ids it covers, each once, itself left out.
        self.covers = [c for c in dict.fromkeys(map(str, op.covers)) if c != self.op_id]
        self.role: str | None = device.memberships.get(op.household_id)  # None: not in scope
        self.today = today
        self.now = now
        self.base = op.base_version  # the effective base version
        # What the device sent in a merged op this one covers: the base of its content.
        self.base_content: dict[str, Any] | None = None
        # It covers an op of this record that was answered (the device never got the answer).
        self.covers_own = False


@dataclass(frozen=True)
class _Answer:
    """An op answered before: an ``applied_op`` row, or an op earlier in the batch."""

    device_id: str
    result: str  # the OpResult as JSON
    content: str | None  # a merged op: what the device sent


class _Batch:
    """What one push has read and written so far.

    The earlier answers of all the batch's op ids and covers, and the records
    its ops write (locked, in id order, on PostgreSQL), are read once up front.
    Each op then sees what the ops before it in the batch answered and wrote,
    as if each had been stored at once. Each change is numbered as its op is
    applied; the record, version and change rows and the answers are written
    together at the end (``flush``)."""

    def __init__(
        self, session: Session, device: DeviceContext, ops: list[_Op], now: datetime
    ) -> None:
        self.session = session
        self.device = device
        self.person_id = str(device.person_id)
        self.now = now
        self._answers = _earlier(session, [i for op in ops for i in (op.op_id, *op.covers)])
        self._new_answers: list[tuple[str, str, str, str, str | None, str | None]] = []
        self._records: dict[str, records.Current | None] = {}  # None: no such record
        self.writer = records.Writer(session, expected=len(ops))
        self._locked: set[str] = set()
        self._people: dict[str, frozenset[str]] = {}
        mine = [op for op in ops if op.role is not None]
        self.load([op.record_id for op in mine], lock=True)
        # Every record the batch's records refer to, in one read; the references
        # are found once per op, for this read and for the rules.
        self.references = {id(op.op): references(op.op.kind, op.op.content) for op in mine}
        self.load(ref.id for refs in self.references.values() for ref in refs)
        # An op id names one op: the same id with other content is refused.
        self.sent: dict[str, PushOp] = {}

    def people_of(self, household_id: str) -> frozenset[str]:
        """The people of a household (read once per batch)."""
        if household_id not in self._people:
            self._people[household_id] = frozenset(people_of(self.session, household_id))
        return self._people[household_id]

    def blob_size(self, household_id: str, sha256: str) -> int | None:
        """The size of an attached file complete in a household, or None."""
        return blobs.complete_size(self.session, household_id, sha256)

    def answers(self, op_ids: Iterable[str]) -> dict[str, _Answer]:
        return {i: self._answers[i] for i in op_ids if i in self._answers}

    def answer(
        self, op_id: str, record_id: str, result: str, content: str | None, covered_by: str | None
    ) -> None:
        self._answers[op_id] = _Answer(self.device.device_id, result, content)
        self._new_answers.append(
            (op_id, self.device.device_id, record_id, result, content, covered_by)
        )  # as _ANSWER_COLUMNS

    def flush(self) -> None:
        """Write what waits: the records' rows and the answers."""
        self.writer.flush()
        records.insert_rows(self.session, APPLIED_OPS, _ANSWER_COLUMNS, self._new_answers)
        self._new_answers = []

    def load(self, ids: Iterable[str], *, lock: bool = False) -> None:
        """Read those of the records ``ids`` not read (``lock``: not locked) yet."""
        have: set[str] | dict[str, Any] = self._locked if lock else self._records
        wanted = {i for i in ids if i not in have}
        if not wanted:
            return
        found = {r.id: r for r in records.current_rows(self.session, wanted, lock=lock)}
        self._records.update((i, found.get(i)) for i in wanted)
        if lock:
            self._locked |= wanted

    def record(self, record_id: str, *, lock: bool = False) -> records.Current | None:
        if record_id not in (self._locked if lock else self._records):  # read (locked) once
            self.load([record_id], lock=lock)
        return self._records[record_id]

    def store(
        self,
        row: records.Current | None,
        *,
        record_id: str,
        household_id: str,
        kind: str,
        version: int,
        content: dict[str, Any],
        text: str | None = None,
    ) -> records.Stored:
        """``records.Writer.store``; later ops of the batch read the record as stored."""
        stored = self.writer.store(row, record_id=record_id, household_id=household_id,
                                   kind=kind, version=version, content=content,
                                   text=text)  # fmt: skip
        self._records[stored.row.id] = stored.row
        self._locked.add(stored.row.id)  # written: locked until the commit (PostgreSQL)
        return stored


@dataclass(frozen=True)
class PushAnswer:
    """The ``PushResponse`` of a push as JSON, written once from each op's answer
    as it is kept."""

    body: str

    def response(self) -> PushResponse:
        return PushResponse.model_validate_json(self.body)


class _Answered:
    """An op's answer as the push needs it: its status, the conflict revisions it
    made and the ``OpResult`` as JSON."""

    __slots__ = ("conflicts", "status", "text")

    def __init__(self, status: OpStatus, text: str, conflicts: list[uuid.UUID] | None = None):
        self.status = status
        self.text = text
        self.conflicts = conflicts or []

    @classmethod
    def of(cls, result: OpResult) -> _Answered:
        return cls(result.status, result.model_dump_json(), result.conflicts)


def push(
    session: Session,
    device: DeviceContext,
    request: PushRequest,
    *,
    now: datetime,
    waiting: int | None = None,
) -> PushAnswer:
    """Apply the batch and commit it (durably) before returning the answers.
    ``waiting``: the changes the laptop says still wait behind this push, kept
    for the office's device list in the same commit.

    A concurrent push of the same ops, or to the same new record, can collide
    on a unique key (PostgreSQL); the whole batch is then tried again, and the
    retry finds the other push's answers."""
    with collector.batch():
        return retrying(session, lambda: _push_once(session, device, request, now, waiting))


def _push_once(
    session: Session,
    device: DeviceContext,
    request: PushRequest,
    now: datetime,
    waiting: int | None,
) -> PushAnswer:
    today = latest_today(now)
    ops = [_Op(op, device, today, now) for op in request.ops]
    _lock_households(session, ops)
    batch = _Batch(session, device, ops, now)
    results = [_one(batch, op) for op in ops]
    batch.flush()
    if waiting is not None:
        session.connection().execute(_SET_WAITING, {"id_": device.device_id, "waiting": waiting})
    # The audit names what was written: a refused op names no record, and a
    # household outside the device's scope is never named.
    households = {op.household_id for op in ops if op.role is not None}
    touched = [op.record_id for op, result in zip(ops, results, strict=True)
               if result.status != OpStatus.REJECTED]  # fmt: skip
    touched += [str(c) for result in results for c in result.conflicts]
    audit.record(
        session,
        audit.PUSH,
        person_id=device.person_id,
        device_id=device.device_id,
        household_id=households.pop() if len(households) == 1 else None,
        record_ids=touched,
        detail=_summary(results),
        at=now,
    )
    _audit_reviews(batch, ops, results)
    session.commit()
    body = ",".join(result.text for result in results)
    return PushAnswer(f'{{"protocol":{PROTOCOL_VERSION},"results":[{body}]}}')


def _audit_reviews(batch: _Batch, ops: list[_Op], results: list[_Answered]) -> None:
    """Name the records that reviews were written about (the push row names the
    reviews): one "review" row per household, targets of that household only."""
    reviews: list[tuple[_Op, str]] = []
    for op, result in zip(ops, results, strict=True):
        target = op.op.content.get("target_id")
        if op.op.kind == "review" and result.status != OpStatus.REJECTED and _is_uuid(target):
            reviews.append((op, str(uuid.UUID(str(target)))))
    batch.load(target for _op, target in reviews)
    targets: dict[str, list[str]] = {}
    for op, target in reviews:
        row = batch.record(target)
        if row is not None and row.household_id == op.household_id:
            targets.setdefault(row.household_id, []).append(row.id)
    device = batch.device
    for household, ids in targets.items():
        audit.record(batch.session, audit.REVIEW, person_id=device.person_id,
                     device_id=device.device_id, household_id=household, record_ids=ids,
                     detail=f"reviews={len(ids)}", at=batch.now)  # fmt: skip


def _summary(results: list[_Answered]) -> str:
    counts = {status.value: 0 for status in OpStatus}
    for result in results:
        counts[result.status.value] += 1
    return " ".join(f"{name}={n}" for name, n in counts.items())


def _lock_households(session: Session, ops: list[_Op]) -> None:
    """Take the batch's households in a fixed order (PostgreSQL: row locks).

    Changes of one household then commit in the order of their seq numbers, so
    a pull never sees seq n+1 while n is still uncommitted and skips it."""
    if session.get_bind().dialect.name == "sqlite":
        return
    ids = sorted({op.household_id for op in ops if op.role is not None})
    if ids:
        table = records.HOUSEHOLDS.c
        session.connection().execute(
            select(table.id).where(table.id.in_(ids)).order_by(table.id).with_for_update()
        ).all()


def _earlier(session: Session, ids: Iterable[str]) -> dict[str, _Answer]:
    """The answers stored for those of the op ids ``ids`` answered before."""
    found = records.rows_where_in(session, APPLIED_OPS, _EARLIER_COLUMNS, "op_id", ids)
    return {op_id: _Answer(device, result, content) for op_id, device, result, content in found}


_EARLIER_COLUMNS = ("op_id", "device_id", "result", "content")


def _one(batch: _Batch, item: _Op) -> _Answered:
    op, op_id, covers = item.op, item.op_id, item.covers
    earlier = batch.answers([op_id, *covers])
    first = batch.sent.setdefault(op_id, op)
    if first is not op and first != op:
        return _Answered.of(_rejected(op, "duplicate operation id"))
    same = earlier.get(op_id)
    if same is not None:
        if same.device_id != batch.device.device_id:
            # Another device's op id: answer without storing or revealing anything.
            return _Answered.of(_rejected(op, "duplicate operation id"))
        # An op id names one op; its covers cannot have changed: an exact retry.
        kept = OpResult.model_validate_json(same.result)
        return _Answered.of(_replayed(batch, kept).model_copy(update={"op_id": op.op_id}))
    mine = [r for r in earlier.values() if r.device_id == batch.device.device_id]
    if mine:
        item.base, item.base_content, item.covers_own = _effective_base(op, mine)
    try:
        result = _apply(batch, item)
    except Rejected as exc:
        result = _Answered.of(_rejected(op, exc.reason))
    sent = records.dumps(op.content) if result.status == OpStatus.MERGED else None
    # A later op of this batch with the same id, or covering these, finds them.
    batch.answer(op_id, item.record_id, result.text, sent, None)
    for covered in covers:
        if covered not in earlier:
            batch.answer(covered, item.record_id, result.text, sent, op_id)
    return result


def _replayed(batch: _Batch, kept: OpResult) -> OpResult:
    """The answer kept for an op, sent again. If the record changed since (another
    device), the answer carries the record as it is now: the device may already have
    pulled past those changes while its own push waited, and would otherwise keep
    the older version for good."""
    if kept.status == OpStatus.REJECTED:
        return kept
    row = batch.record(str(kept.record_id))
    if row is None or row.version <= kept.version:
        return kept
    return kept.model_copy(
        update={"version": row.version, "seq": row.seq, "record": records.loads(row.content)}
    )


def _effective_base(op: PushOp, covered: list[_Answer]) -> tuple[int, dict[str, Any] | None, bool]:
    """The base version and, after a merge, the base content, counting the latest
    earlier attempt whose answer the device never got.

    An "applied" version is exactly what the device sent: a plain base. A
    "merged" version also holds other devices' changes, which the device has not
    seen: the device's content then builds on what it sent in that op, and is
    merged from it, so those changes stay and the fields decided then stay
    decided. (An op kept from before that content was stored falls back to the
    device's own base: the other changes merge in again, nothing is lost.)"""
    latest: tuple[int, _Answer] | None = None
    for row in covered:
        result = OpResult.model_validate_json(row.result)
        if result.record_id != op.record_id:
            continue
        if result.status in (OpStatus.APPLIED, OpStatus.MERGED) and (
            latest is None or result.version > latest[0]
        ):
            latest = (result.version, row)
    if latest is None:
        return op.base_version, None, False
    version, row = latest
    if row.content is not None:
        return version, records.loads(row.content), True
    if OpResult.model_validate_json(row.result).status == OpStatus.MERGED:
        return op.base_version, None, True
    return max(op.base_version, version), None, True


def _rejected(op: PushOp, reason: str) -> OpResult:
    return OpResult(op_id=op.op_id, status=OpStatus.REJECTED, record_id=op.record_id,
                    reason=reason)  # fmt: skip


def _apply(batch: _Batch, item: _Op) -> _Answered:
    op, role = item.op, item.role
    if role is None:
        raise Rejected(NOT_FOUND)
    # FOR UPDATE (PostgreSQL): two pushes to one record take turns; SQLite's
    # BEGIN IMMEDIATE already serialises every writer.
    row = batch.record(item.record_id, lock=True)
    if row is not None and row.household_id != item.household_id:
        raise Rejected(NOT_FOUND)
    _check_identity(item, row)
    record = _validated(op, item.today)
    current = records.loads(row.content) if row is not None else None
    _check_rights(batch.device, role, op, record, current)
    if isinstance(record, Review):
        _check_review(batch, role, item, record)
    sent = to_json(op.content)  # its size, and the stored text when stored as sent
    rules.check(
        rules.Pushed(
            kind=op.kind, household_id=item.household_id, person_id=batch.person_id,
            record=record, content=op.content, size=len(sent), base=item.base,
            row=row, current=current, covers_own=item.covers_own, now=item.now,
            today=item.today, record_of=batch.record, people_of=batch.people_of,
            references=batch.references.get(id(op)), blob_size=batch.blob_size,
        )
    )  # fmt: skip
    return _write(batch, item, row, current, sent)


def _check_review(batch: _Batch, role: str, item: _Op, review: Review) -> None:
    """A caregiver only answers; and a review is about a record of its own household."""
    if role == CAREGIVER and review.mark != ReviewMark.ANSWER:
        raise Rejected("Only a supervisor may mark a record as reviewed or ask about it.")
    target = batch.record(str(review.target_id))
    if target is None or target.household_id != item.household_id:
        raise Rejected("The record a review is about is not in its household.")


def _same_uuid(value: object, expected: uuid.UUID) -> bool:
    try:
        return uuid.UUID(str(value)) == expected
    except ValueError:
        return False


def _check_identity(item: _Op, row: records.Current | None) -> None:
    op, content = item.op, item.op.content
    record_id, household_id = content.get("id"), content.get("household_id")
    if not (record_id == item.record_id or _same_uuid(record_id, op.record_id)) or not (
        household_id == item.household_id or _same_uuid(household_id, op.household_id)
    ):
        raise Rejected("The record does not match its operation (id or household).")
    if "kind" in content and content["kind"] != op.kind:
        raise Rejected("The record does not match its operation (kind).")
    if row is not None and row.kind != op.kind:
        raise Rejected("The type of a record cannot change.")


def _validated(op: PushOp, today: date) -> Record:
    try:
        record = parse_record(op.kind, op.content)
        record.check(today)
    except ValidationFailed as exc:
        raise Rejected(str(exc)) from None
    return record


def _check_rights(
    device: DeviceContext,
    role: str,
    op: PushOp,
    record: Record,
    current: dict[str, Any] | None,
) -> None:
    if op.kind == "child":
        _check_placement(role, op, current)
    if (
        role == SUPERVISOR
        and op.kind not in SUPERVISOR_KINDS
        and not _closes_placement(op, current)
    ):
        raise Rejected("A supervisor may only write reviews and conflict revisions.")
    if op.kind == "review" and role == CAREGIVER:
        assert isinstance(record, Review)
        theirs = current is not None and not _same_uuid(current.get("author_id"), device.person_id)
        if record.author_id != device.person_id or theirs:
            raise Rejected("Only its author may write or change a review.")
    if op.kind == "household" and (op.record_id != op.household_id or record.deleted):
        raise Rejected("Households are created and removed by the central office.")
    if op.kind == "person":
        _check_person(device, op, record, current)


def _closes_placement(op: PushOp, current: dict[str, Any] | None) -> bool:
    """A change of a child's record that only records how its placement ended."""
    if op.kind != "child" or current is None or op.content.get("deleted"):
        return False
    changed = {
        k
        for k in set(op.content) | set(current)
        if k not in META_FIELDS and op.content.get(k) != current.get(k)
    }
    return bool(changed) and changed <= PLACEMENT_FIELDS


def _check_placement(role: str, op: PushOp, current: dict[str, Any] | None) -> None:
    """Where a child went when the placement ended is recorded by a supervisor or the
    office. (A household's copy from before the closing sends none: the merge keeps
    the office's.)"""
    held = (current or {}).get("placement_outcome")
    sent = op.content.get("placement_outcome")
    if role == CAREGIVER and sent is not None and sent != held:
        raise Rejected(CLOSED_BY_SUPERVISOR)


def _check_person(
    device: DeviceContext, op: PushOp, record: Record, current: dict[str, Any] | None
) -> None:
    """A person may edit their own profile, not their role or households."""
    if (
        current is None
        or op.record_id != device.person_id
        or record.deleted
        or op.content.get("role") != current.get("role")
        or sorted(map(str, op.content.get("households") or []))
        != sorted(map(str, current.get("households") or []))
    ):
        raise Rejected("People, their roles and households are managed by the central office.")


def _write(
    batch: _Batch,
    item: _Op,
    row: records.Current | None,
    current: dict[str, Any] | None,
    sent: bytes,
) -> _Answered:
    """Store the op's change; ``sent``: the op's content as JSON."""
    op = item.op
    base = item.base
    content = dict(op.content)
    merged: Merged | None = None
    # A deleted record stays deleted. A device that undid a delete it had sent (its
    # answer lost) gets a conflict revision of the restore instead of silence.
    restore: Merged | None = None
    if row is None or current is None:
        version = max(base, 0) + 1
    elif base >= row.version and item.base_content is None:
        # Fast-forward; or base > version: the server lost versions (restored from
        # a backup) and the device's content is the newest there is.
        version = base + 1
        if row.deleted:
            if not content.get("deleted"):
                restore = Merged(content, {"deleted": (True, False)}, ours_won=False)
            content["deleted"] = True
            sent = b""
    else:
        base_content = item.base_content
        if base_content is None and base > 0:
            base_content = batch.writer.content_at(row.id, base)
        merged = merge(base_content, ours=content, theirs=current)
        content, version = merged.content, row.version + 1
        if _undoes_delete(base_content, op.content, current):
            merged.collisions["deleted"] = (True, False)
    # Stored as sent (the version it names is the one it gets): its text as sent.
    as_sent = merged is None and sent and content.get("version") == version
    stored = batch.store(
        row,
        record_id=item.record_id,
        household_id=item.household_id,
        kind=op.kind,
        version=version,
        content=content,
        text=sent.decode() if as_sent and type(content["version"]) is int else None,
    )
    conflicts: list[uuid.UUID] = []
    if merged is not None and merged.collisions and current is not None:
        conflicts.append(_keep_conflict(batch, item, stored.content, current, merged))
    if restore is not None and current is not None:
        conflicts.append(_keep_conflict(batch, item, stored.content, current, restore))
    if merged is None and not conflicts and stored.content == op.content:
        # Applied as sent: the answer written as ``OpResult`` writes it.
        return _Answered(OpStatus.APPLIED, _applied(item, stored.version, stored.seq))
    # Validated (in pydantic-core: quicker than ``model_construct``'s Python for these few).
    return _Answered.of(
        OpResult(
            op_id=op.op_id,
            status=OpStatus.APPLIED if merged is None else OpStatus.MERGED,
            record_id=op.record_id,
            version=stored.version,
            seq=stored.seq,
            # The device already holds what it sent: only another content is sent back.
            record=None if stored.content == op.content else stored.content,
            conflicts=conflicts,
        )
    )


def _applied(item: _Op, version: int, seq: int) -> str:
    """The JSON of ``OpResult`` for a change applied as sent (``record`` left out)."""
    return (
        f'{{"op_id":"{item.op_id}","status":"applied","record_id":"{item.record_id}",'
        f'"version":{version},"seq":{seq},"reason":null,"record":null,"conflicts":[]}}'
    )


def _undoes_delete(
    base: dict[str, Any] | None, ours: dict[str, Any], current: dict[str, Any]
) -> bool:
    """The device built on the deleted record and sends it live: a restore."""
    return (
        base is not None
        and bool(base.get("deleted"))
        and bool(current.get("deleted"))
        and not ours.get("deleted")
    )


def _keep_conflict(
    batch: _Batch,
    item: _Op,
    stored: dict[str, Any],
    current: dict[str, Any],
    merged: Merged,
) -> uuid.UUID:
    """Store the losing values of a merge as a ConflictRevision record of the same household."""
    op = item.op
    loser = current if merged.loser_side == "theirs" else op.content
    try:
        children = parse_record(op.kind, stored).child_ids()
    except ValidationFailed:
        children = []
    losing_by = loser.get("modified_by")
    revision = ConflictRevision(
        household_id=op.household_id,
        modified_at=str(stored.get("modified_at", "")),
        device_id=SERVER_DEVICE,
        target_id=op.record_id,
        target_kind=op.kind,
        children=children,
        losing={name: lost for name, (_won, lost) in merged.collisions.items()},
        winning={name: won for name, (won, _lost) in merged.collisions.items()},
        losing_modified_at=str(loser.get("modified_at", "")),
        losing_modified_by=uuid.UUID(str(losing_by)) if _is_uuid(losing_by) else None,
        losing_device=str(loser.get("device_id", "")),
        created_at=item.now,
    )
    batch.store(
        None,
        record_id=str(revision.id),
        household_id=item.household_id,
        kind=ConflictRevision.kind,
        version=1,
        content=revision.model_dump(mode="json"),
    )
    return revision.id


def _is_uuid(value: object) -> bool:
    try:
        uuid.UUID(str(value))
    except ValueError:
        return False
    return value is not None
