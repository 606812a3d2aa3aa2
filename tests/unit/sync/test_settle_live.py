"""Settling a push against the real central office (``thuisboek-server serve`` on
loopback): records changed while the push is under way stay waiting, rebased on
what the office now holds; the others are synced at its version; a rejected one
is kept with its reason. Then both caregivers' laptops and the office agree."""

from __future__ import annotations

import contextlib
import io
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest

from app.domain.records import Child
from app.domain.vocabulary import HouseholdKind
from app.protocol.schemas import OpStatus, PushRequest, PushResponse
from app.server import cli as server_cli
from app.services import profile
from app.services.records import RecordService
from app.storage import outbox, records
from app.storage.book import Book
from app.sync.engine import SyncEngine, SyncReport
from app.sync.enroll import enroll, transport_for
from app.sync.transport import OutgoingPush, Transport
from tests import factories
from tests.conftest import PASSPHRASE
from tests.support.servers import serving


@dataclass(frozen=True)
class Laptop:
    book: Book
    records: RecordService
    transport: Transport
    engine: SyncEngine

    def everything(self) -> dict[str, dict[str, Any]]:
        with self.book.store.read() as session:
            found = [
                record
                for kind in ("child", "daily_log", "conflict_revision")
                for record in records.list_kind(session, kind, include_deleted=True)
            ]
        return {str(r.id): r.model_dump(mode="json") for r in found}


@dataclass(frozen=True)
class Office:
    household: uuid.UUID
    other_household: uuid.UUID
    laptops: tuple[Laptop, Laptop]


def _admin(data: Path, *args: str) -> str:
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = server_cli.main(["--data", str(data), *args])
    assert code == 0, err.getvalue()
    return out.getvalue().strip()


@pytest.fixture(scope="module")
def office(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Office]:
    data = tmp_path_factory.mktemp("server")
    _admin(data, "init")
    household = _admin(data, "add-household", "Gezin Peeters", "--kind", "simba")
    other = _admin(data, "add-household", "Gezin Claes", "--kind", "simba")
    people = [
        _admin(data, "add-person", name, "--role", "caregiver", "--household", household)
        for name in ("Anna", "Ben")
    ]
    folder = tmp_path_factory.mktemp("profiles")
    with serving(data) as url:
        laptops = []
        for n, person in enumerate(people):
            book = profile.create_profile(
                folder / f"profile{n}",
                PASSPHRASE,
                profile.NewProfile("Lokaal", "Lokaal gezin", HouseholdKind.SIMBA),
                strength="minimum",
            )
            code = _admin(data, "enroll-code", person, "--hours", "1")
            enroll(book, url, code, device_name=f"laptop{n}")
            transport = transport_for(book)
            assert transport is not None
            engine = SyncEngine(book, transport)
            laptops.append(Laptop(book, RecordService(book), transport, engine))
        try:
            yield Office(uuid.UUID(household), uuid.UUID(other), (laptops[0], laptops[1]))
        finally:
            for laptop in laptops:
                laptop.transport.close()
                laptop.book.close()


def _child(book: Book, n: int, household: uuid.UUID | None = None) -> Child:
    return factories.child(
        household or book.identity.household_id,
        given_name=f"Kind {n}",
        date_of_birth=date(2020, 1, 1) + timedelta(days=n),
    )


def test_a_push_settles_with_changes_made_while_it_was_under_way(office: Office) -> None:
    one, two = office.laptops
    kids = [one.records.create(_child(one.book, n)) for n in range(6)]
    logs = [
        one.records.create(
            factories.daily_log(
                one.book.identity,
                kids[0],
                household_id=office.household,
                date=date.today() - timedelta(days=n),
                text=f"Dag {n}",
            )
        )
        for n in range(20)
    ]
    one.engine.sync()
    two.engine.sync()
    # The other caregiver changed two of the children meanwhile.
    merged, merged_edited = kids[0], kids[1]
    for kid in (merged, merged_edited):
        two.records.update(kid.id, school="De Regenboog")
    two.engine.sync()

    for kid in kids:
        one.records.update(kid.id, notes="bijgewerkt")
    edited = kids[2]
    intruder = one.records.create(_child(one.book, 99, office.other_household))
    real_push = one.transport.push
    answers: list[PushResponse] = []
    sent: dict[uuid.UUID, dict[str, Any]] = {}
    snapshots: list[dict[uuid.UUID, tuple[records.Stored, list[tuple[int, str]]]]] = []

    def push_while_editing(request: PushRequest | OutgoingPush) -> PushResponse:
        answer = real_push(request)  # the office committed it; the answer is on its way
        if not answers:
            sent.update((op.record_id, op.content) for op in request.ops)
            one.records.update(edited.id, sibling_group="tijdens de push")
            one.records.update(merged_edited.id, sibling_group="ook tijdens de push")
        answers.append(answer)
        return answer

    def snapshot(phase: str, done: int, total: int) -> None:
        with one.book.store.read() as session:
            snapshots.append(
                {
                    r.id: (
                        one.records.get(r.id),
                        [(e.base_version, e.content) for e in outbox.outbox_for(session, r.id)],
                    )
                    for r in (*kids, intruder)
                }
            )

    one.transport.push = push_while_editing  # type: ignore[method-assign]
    report = SyncReport()
    try:
        one.engine.push(report, snapshot)
    finally:
        del one.transport.push

    statuses = {r.record_id: r.status for r in answers[0].results}
    assert statuses[merged.id] == statuses[merged_edited.id] == OpStatus.MERGED
    assert statuses[edited.id] == OpStatus.APPLIED
    assert statuses[intruder.id] == OpStatus.REJECTED
    held = {r.record_id: r for r in answers[0].results}
    first = snapshots[0]
    for kid, group in [(edited, "tijdens de push"), (merged_edited, "ook tijdens de push")]:
        got, waiting = first[kid.id]
        assert got.sync_state == "pending"
        assert isinstance(got.record, Child)
        assert (got.record.notes, got.record.sibling_group) == ("bijgewerkt", group)
        assert got.record.school == ("De Regenboog" if kid is merged_edited else "")
        assert got.record.version == held[kid.id].version + 1
        assert [base for base, _ in waiting] == [held[kid.id].version]
    for kid in (merged, *kids[3:]):
        got, waiting = first[kid.id]
        assert (got.sync_state, waiting) == ("synced", [])
        # Taken exactly as sent: the answer leaves the record out.
        server = held[kid.id].record
        assert server is not None if kid is merged else server is None
        assert got.record.model_dump(mode="json") == (server or sent[kid.id])
    got, waiting = first[intruder.id]
    assert (got.sync_state, got.reject_reason, waiting) == ("rejected", "not found", [])
    assert (report.pushed, report.rejected) == (len(kids) + 2, 1)

    # The edits made during the push went in the next one; both laptops agree.
    one.engine.sync()
    two.engine.sync()
    mine, theirs = one.everything(), two.everything()
    assert mine.pop(str(intruder.id))["given_name"] == "Kind 99"
    assert mine == theirs
    for record in (*kids, *logs):
        assert one.records.get(record.id).sync_state == "synced"
    last = two.records.get(merged_edited.id).record
    assert isinstance(last, Child)
    assert last.school == "De Regenboog"
    assert (last.notes, last.sibling_group) == ("bijgewerkt", "ook tijdens de push")
    assert one.records.get(intruder.id).sync_state == "rejected"
    with one.book.store.read() as session:
        assert outbox.pending_count(session) == 0
