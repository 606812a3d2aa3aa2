"""Sync through a bad network: two caregivers' profiles talk to the real server
through a fault-injecting proxy (tests/faults/proxy.py) — delays, dropped
connections, requests and answers cut in the middle, answers dropped after the
server committed. Sync errors are caught as the app catches them; once the
network is good again, syncing until quiet must leave the outbox empty and the
two laptops and the server holding the very same records, each made once and
each change applied once.

Runs on the SQLite server, and on PostgreSQL with ``THUISBOEK_TEST_POSTGRES_URL``.
"""

from __future__ import annotations

import contextlib
import io
import json
import random
import uuid
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine, text
from sqlmodel import Session, col, select

from app.domain.records import Child, parse_record
from app.domain.vocabulary import HouseholdKind, RelationKind
from app.protocol.schemas import OpResult, OpStatus, PushRequest, PushResponse
from app.server import cli as server_cli
from app.server.core.db import make_engine
from app.server.tables import AppliedOpRow, RecordRow, RecordVersionRow
from app.services import profile
from app.services.records import RecordService
from app.storage import outbox, sync_state
from app.storage.book import Book
from app.sync.engine import SyncEngine, SyncReport
from app.sync.enroll import enroll, transport_for
from app.sync.transport import Offline, SyncError, Transport
from tests import battery, factories
from tests.conftest import PASSPHRASE
from tests.faults.proxy import FAULTS, Fault, FaultProxy, server_tracebacks, serving_logged
from tests.support.postgres import fresh_postgres

SEED = 20_240_611
WRITTEN_KINDS = ("child", "relative", "daily_log")
# The traceback an upload cut in the middle leaves in the server's log, until the
# server handles a client that leaves mid-body (app/server/api/body.py, json_body).


# The central office ------------------------------------------------------------------
@dataclass(frozen=True)
class Office:
    url: str  # the server itself; devices talk to the proxy
    data: Path
    log: Path
    database_url: str | None
    household: uuid.UUID
    caregivers: tuple[str, str]
    engine: Engine

    def admin(self, *args: str) -> str:
        out, err = io.StringIO(), io.StringIO()
        database = ["--database-url", self.database_url] if self.database_url else []
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            code = server_cli.main(["--data", str(self.data), *database, *args])
        assert code == 0, err.getvalue()
        return out.getvalue().strip()

    def session(self) -> Session:
        return Session(self.engine)

    def records(self) -> dict[str, RecordRow]:
        with self.session() as s:
            rows = s.exec(select(RecordRow).where(RecordRow.household_id == str(self.household)))
            return {row.id: row for row in rows}

    def per_record(self, table: Any, column: str) -> Counter[str]:
        with self.session() as s:
            rows = s.execute(text(f"SELECT {column} FROM {table}")).all()
        return Counter(str(r[0]) for r in rows)

    def version_numbers(self) -> dict[str, set[int]]:
        found: dict[str, set[int]] = {}
        with self.session() as s:
            for row in s.exec(select(RecordVersionRow)):
                found.setdefault(row.record_id, set()).add(row.version)
        return found

    def applied(self, record_id: uuid.UUID | str | None = None) -> list[OpResult]:
        with self.session() as s:
            query = select(AppliedOpRow).where(col(AppliedOpRow.covered_by).is_(None))
            if record_id is not None:
                query = query.where(col(AppliedOpRow.record_id) == str(record_id))
            return [OpResult.model_validate_json(r.result) for r in s.exec(query)]


@pytest.fixture(scope="module", params=["sqlite", "postgres"])
def office(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Office]:
    data = tmp_path_factory.mktemp(f"office-{request.param}")
    log = data / "server.log"
    with contextlib.ExitStack() as stack:
        database_url = (
            stack.enter_context(fresh_postgres()) if request.param == "postgres" else None
        )
        engine = make_engine(database_url or f"sqlite:///{data / 'server.db'}")
        stack.callback(engine.dispose)
        prep = Office("", data, log, database_url, uuid.UUID(int=0), ("", ""), engine)
        prep.admin("init")
        household = prep.admin("add-household", "Gezin Peeters", "--kind", "simba")
        anna = prep.admin("add-person", "Anna", "--role", "caregiver", "--household", household)
        ben = prep.admin("add-person", "Ben", "--role", "caregiver", "--household", household)
        url = stack.enter_context(serving_logged(data, log, database_url))
        yield Office(url, data, log, database_url, uuid.UUID(household), (anna, ben), engine)
    # Whatever the faults did, the server itself never failed.
    assert server_tracebacks(log) == []


@pytest.fixture(scope="module")
def proxy(office: Office) -> Iterator[FaultProxy]:
    with FaultProxy(office.url, delay=0.05) as running:
        yield running


# The two laptops ---------------------------------------------------------------------
@dataclass
class Ledger:
    """What the test wrote, on either laptop: to check the end state against."""

    kinds: dict[uuid.UUID, str] = field(default_factory=dict)
    edits: Counter[uuid.UUID] = field(default_factory=Counter)  # local changes per record
    last: dict[tuple[uuid.UUID, str], object] = field(default_factory=dict)  # last value written


class Pushes:
    """Wraps a transport's push to keep every answer that reached the device."""

    def __init__(self, transport: Transport) -> None:
        self.answers: list[PushResponse] = []
        self._push = transport.push
        transport.push = self  # type: ignore[method-assign]

    def __call__(self, request: PushRequest) -> PushResponse:
        answer = self._push(request)
        self.answers.append(answer)
        return answer

    def result_for(self, record_id: uuid.UUID) -> list[OpResult]:
        return [r for a in self.answers for r in a.results if r.record_id == record_id]


@dataclass
class Device:
    name: str
    book: Book
    records: RecordService
    transport: Transport
    engine: SyncEngine
    pushes: Pushes
    ledger: Ledger
    logs_written: int = 0

    def sync(self) -> SyncReport:
        return self.engine.sync()

    def try_sync(self) -> SyncReport | SyncError:
        """Sync as the app does: an error is shown (here: returned), never raised."""
        try:
            return self.engine.sync()
        except SyncError as exc:
            return exc

    def outbox(self) -> int:
        with self.book.store.read() as session:
            return outbox.pending_count(session)

    def stored(self) -> dict[str, tuple[str, dict[str, Any], str]]:
        """Every record on this laptop: id -> (kind, content, sync state)."""
        with self.book.store.read() as session:
            rows = session.execute(text("SELECT id, kind, content, sync_state FROM record")).all()
        return {
            str(rid): (kind, parse_record(kind, content).model_dump(mode="json"), sync_state)
            for rid, kind, content, sync_state in rows
        }

    def live(self, kind: str) -> list[uuid.UUID]:
        with self.book.store.read() as session:
            rows = session.execute(
                text("SELECT id FROM record WHERE kind = :k AND deleted = 0 ORDER BY rowid"),
                {"k": kind},
            ).all()
        return [uuid.UUID(r[0]) for r in rows]

    # Writing, as the person at this laptop does.
    def new_child(self, name: str) -> Child:
        child = self.records.create(
            factories.child(
                self.book.identity.household_id,
                given_name=name,
                family_name="Janssens",
                date_of_birth=date(2019, 5, 2),
            )
        )
        self.ledger.kinds[child.id] = "child"
        self.ledger.edits[child.id] += 1
        return child

    def new_log(self, child_id: uuid.UUID) -> None:
        self.logs_written += 1  # one log per child, day and author: a new day each time
        log = self.records.create(
            factories.daily_log(
                self.book.identity,
                child_id,
                date=date.today() - timedelta(days=self.logs_written),
                mood=1 + self.logs_written % 5,
                text=f"Dag {self.logs_written} ({self.name})",
            )
        )
        self.ledger.kinds[log.id] = "daily_log"
        self.ledger.edits[log.id] += 1

    def new_relative(self, child_id: uuid.UUID) -> None:
        relative = self.records.create(
            factories.relative(
                self.book.identity.household_id,
                [child_id],
                name=f"Familie van {self.name}",
                relation=RelationKind.AUNT_UNCLE,
            )
        )
        self.ledger.kinds[relative.id] = "relative"
        self.ledger.edits[relative.id] += 1

    def edit(self, record_id: uuid.UUID, name: str, value: object) -> None:
        self.records.update(record_id, **{name: value})
        self.ledger.edits[record_id] += 1
        self.ledger.last[(record_id, name)] = value

    def delete(self, record_id: uuid.UUID) -> None:
        self.records.delete(record_id)
        self.ledger.edits[record_id] += 1


@pytest.fixture(scope="module")
def pair(
    office: Office, proxy: FaultProxy, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[tuple[Device, Device]]:
    """Anna's and Ben's laptops, enrolled through the proxy (its URL is the one they keep)."""
    proxy.always(Fault.GOOD)
    ledger = Ledger()
    folder = tmp_path_factory.mktemp("laptops")
    made: list[Device] = []
    for name, person in zip(("anna", "ben"), office.caregivers, strict=True):
        book = profile.create_profile(
            folder / name,
            PASSPHRASE,
            profile.NewProfile("Lokaal", "Lokaal gezin", HouseholdKind.SIMBA),
            strength="minimum",
        )
        code = office.admin("enroll-code", person, "--hours", "1")
        enroll(book, proxy.url, code, device_name=name)
        link = sync_state.read_link(book.store)
        assert link is not None and link.server_url == proxy.url
        transport = transport_for(book)
        assert transport is not None
        engine = SyncEngine(book, transport)
        pushes = Pushes(transport)
        made.append(Device(name, book, RecordService(book), transport, engine, pushes, ledger))
    yield made[0], made[1]
    for device in made:
        device.transport.close()
        device.book.close()


def settle(devices: tuple[Device, ...], rounds: int = 8) -> int:
    """Sync (network good) until a whole pass pushes and pulls nothing; the passes taken."""
    for n in range(1, rounds + 1):
        reports = [d.sync() for d in devices]
        if all((r.pushed, r.pulled) == (0, 0) for r in reports) and not any(
            d.outbox() for d in devices
        ):
            return n
    raise AssertionError(f"still syncing after {rounds} passes")


def _server_view(office: Office) -> dict[str, tuple[str, dict[str, Any]]]:
    return {
        rid: (row.kind, parse_record(row.kind, json.loads(row.content)).model_dump(mode="json"))
        for rid, row in office.records().items()
    }


# 1 ---------------------------------------------------------------------------------
@pytest.mark.parametrize("fault", [Fault.DROP_ANSWER, Fault.CUT_RESPONSE])
def test_an_answer_lost_after_commit_is_acknowledged_once_on_resend(
    office: Office, proxy: FaultProxy, pair: tuple[Device, Device], fault: Fault
) -> None:
    one, two = pair
    proxy.always(Fault.GOOD)
    settle(pair)
    child = one.new_child("Retry")

    proxy.schedule(fault)  # the push: the server commits, the answer never arrives
    failed = one.try_sync()
    assert isinstance(failed, Offline)
    assert proxy.counts[fault] >= 1
    assert one.outbox() == 1  # not acknowledged: still waiting
    assert one.pushes.result_for(child.id) == []
    stored = office.applied(child.id)
    assert len(stored) == 1 and stored[0].status == OpStatus.APPLIED and stored[0].version == 1
    assert office.records()[str(child.id)].version == 1

    report = one.sync()  # the network is good: the same op goes again
    assert (report.pushed, report.rejected, report.conflicts) == (1, 0, 0)
    assert one.pushes.result_for(child.id) == stored  # the very answer the server kept
    assert one.outbox() == 0
    assert office.applied(child.id) == stored
    assert office.records()[str(child.id)].version == 1
    assert office.version_numbers()[str(child.id)] == {1}
    assert office.per_record("change", "record_id")[str(child.id)] == 1
    mine = one.records.get(child.id)
    assert (mine.sync_state, mine.record.version) == ("synced", 1)
    two.sync()
    assert two.records.get(child.id).record == mine.record


# 2 ---------------------------------------------------------------------------------
def test_an_edit_made_while_an_answer_was_lost_is_applied_once(
    office: Office, proxy: FaultProxy, pair: tuple[Device, Device]
) -> None:
    one = pair[0]
    proxy.always(Fault.GOOD)
    child = one.new_child("Tussendoor")
    settle(pair)
    one.edit(child.id, "school", "De Regenboog")
    proxy.schedule(Fault.DROP_ANSWER)
    assert isinstance(one.try_sync(), Offline)
    assert office.records()[str(child.id)].version == 2  # committed, answer lost
    one.edit(child.id, "notes", "Houdt van tekenen")  # edited again before the resend

    report = one.sync()  # one op covering both edits: based on the lost answer's version
    assert (report.pushed, report.merged, report.conflicts, report.rejected) == (1, 0, 0, 0)
    row = office.records()[str(child.id)]
    assert row.version == 3
    assert office.version_numbers()[str(child.id)] == {1, 2, 3}
    assert office.per_record("change", "record_id")[str(child.id)] == 3
    settle(pair)
    for device in pair:
        got = device.records.get(child.id).record
        assert isinstance(got, Child)
        assert (got.school, got.notes, got.version) == ("De Regenboog", "Houdt van tekenen", 3)
        assert device.stored()[str(child.id)][2] == "synced"
    assert not [r for r in office.applied(child.id) if r.conflicts]


# 3 ---------------------------------------------------------------------------------
def _write_offline(device: Device, rng: random.Random, writes: int) -> None:
    """Random writes: new children, logs and relatives; edits; now and then a deletion.

    Anna edits only the children's school, Ben only their notes: whatever the
    merges, the last value each wrote must be the one that ends up everywhere."""
    field_of = {"anna": "school", "ben": "notes"}[device.name]
    for _ in range(writes):
        children = device.live("child")
        relatives = device.live("relative")
        action = rng.choices(
            ["child", "log", "relative", "edit_child", "edit_relative", "delete"],
            weights=[3, 3, 2, 4, 4, 1],
        )[0]
        if action == "child" or not children:
            device.new_child(f"Kind {len(device.ledger.kinds)}")
        elif action == "log":
            device.new_log(rng.choice(children))
        elif action == "relative":
            device.new_relative(rng.choice(children))
        elif action == "edit_child":
            device.edit(rng.choice(children), field_of, f"{field_of} {rng.randrange(10**6)}")
        elif action == "edit_relative" and relatives:
            device.edit(rng.choice(relatives), "phone", f"0470 {rng.randrange(10**6):06d}")
        elif action == "delete" and relatives:
            device.delete(rng.choice(relatives))


def test_random_faults_then_a_good_network_drain_everything(
    office: Office, proxy: FaultProxy, pair: tuple[Device, Device]
) -> None:
    one, two = pair
    rng = random.Random(SEED)
    rounds = battery.size(ci=30, full=300)
    proxy.always(Fault.GOOD)
    settle(pair)
    before, kinds_before, routes_before = proxy.injected, proxy.counts.copy(), proxy.by_route.copy()
    errors: Counter[str] = Counter()
    merged = 0

    proxy.schedule(*FAULTS)  # every kind at least once, then at random (good included)
    proxy.randomly(SEED, (Fault.GOOD, *Fault))
    for _ in range(rounds):
        for device in pair:
            _write_offline(device, rng, rng.randint(1, 3))
        for device in rng.sample(pair, 2):
            outcome = device.try_sync()
            if isinstance(outcome, SyncError):
                errors[type(outcome).__name__] += 1
            else:
                merged += outcome.merged
    for device in pair:  # and a last change each, still offline when the network heals
        _write_offline(device, rng, 1)
    injected = proxy.injected - before
    waiting = one.outbox() + two.outbox()
    assert waiting >= 2

    proxy.always(Fault.GOOD)  # the network is good again
    passes = settle(pair)

    # The figures first, so that a failing run still reports what it found.
    ledger = one.ledger
    server = _server_view(office)
    views = [d.stored() for d in pair]
    lost = sum(
        1 for rid in ledger.kinds if str(rid) not in server or any(str(rid) not in v for v in views)
    )
    lost += sum(
        1
        for (rid, name), value in ledger.last.items()
        if ledger.kinds[rid] == "child" and server.get(str(rid), ("", {}))[1].get(name) != value
    )
    rows = office.records()
    changes = office.per_record("change", "record_id")
    duplicated = sum(
        1
        for rid in ledger.kinds
        if str(rid) in rows
        and (
            rows[str(rid)].version > ledger.edits[rid]
            or changes[str(rid)] != rows[str(rid)].version
        )
    )
    per_kind = {f"faults_{f.value}": proxy.counts[f] - kinds_before[f] for f in FAULTS}
    push = "POST /api/v1/push"
    per_kind["push_answers_lost_after_commit"] = sum(
        proxy.by_route[f, push] - routes_before[f, push]
        for f in (Fault.CUT_RESPONSE, Fault.DROP_ANSWER)
    )
    battery.record("sync_through_faults", faults_injected=injected, lost=lost,
                   duplicated=duplicated, rounds=rounds, records=len(ledger.kinds),
                   merged=merged,
                   conflicts=sum(kind == "conflict_revision" for kind, _ in server.values()),
                   **per_kind)  # fmt: skip

    # Every fault kind happened, uploads cut and answers lost after commit included;
    # and the only errors were "offline".
    assert all(proxy.counts[f] > 0 for f in FAULTS), proxy.counts
    for fault in (Fault.CUT_REQUEST, Fault.CUT_RESPONSE, Fault.DROP_ANSWER):
        assert proxy.by_route[fault, push] > routes_before[fault, push], fault
    assert injected >= len(FAULTS)
    assert set(errors) <= {"Offline"}, errors
    assert errors["Offline"] > 0
    assert passes <= 4

    # The queue drained; nothing refused; everything synced.
    assert one.outbox() == two.outbox() == 0
    for view in views:
        assert [rid for rid, (_, _, st) in view.items() if st != "synced"] == []

    # Laptops and server hold identical records.
    for view in views:
        assert {rid: (kind, content) for rid, (kind, content, _) in view.items()} == server

    # Each record made exactly once: the written kinds on the server are the ledger's.
    made = {str(rid) for rid in ledger.kinds}
    assert {rid for rid, (kind, _) in server.items() if kind in WRITTEN_KINDS} == made
    assert lost == 0 and duplicated == 0

    # Each change applied once: versions 1..n, one change row and one accepted op each.
    numbers = office.version_numbers()
    applied_ops: Counter[str] = Counter(
        str(r.record_id) for r in office.applied() if r.status != OpStatus.REJECTED
    )
    for rid in made:
        version = rows[rid].version
        assert numbers[rid] == set(range(1, version + 1)), rid
        assert changes[rid] == version, rid
        assert applied_ops[rid] == version, rid
    assert not [r for r in office.applied() if r.status == OpStatus.REJECTED]
    # Conflict revisions (same-field edits of relatives) only point at records made here.
    for _rid, (kind, content) in server.items():
        if kind == "conflict_revision":
            assert content["target_id"] in made
