"""kill -9 during sync (issue 4): of the client during push and during pull, and of
the server after it committed a batch but before it answered, and at random moments.

Afterwards: nothing lost, nothing duplicated, and sync completes.

How each side is killed
- The client: a victim profile runs ``thuisboek sync`` (``app.cli.main``) in a
  subprocess that gets SIGKILL at a random moment within the measured length of a
  normal run, after the time it takes to open the profile (see ``Window``). The
  subprocess is forked from a helper that imported the app once (Python's start-up
  would otherwise cost more than the sync); its pid stays reserved until the helper
  reaps it, so the kill never hits another process.
- The server: ``tests.faults.server_killer`` forks the real server per round, either
  one that SIGKILLs itself as the K-th push's answer starts (the batch is committed,
  the device never hears of it) or a plain ``thuisboek-server serve`` that the test
  SIGKILLs after a random delay. It restarts on the same port: the device keeps the
  server's address it was enrolled with.

What is checked
- The test keeps a ledger of every record each device wrote: its last content (a
  marker field) and the server version it must have. Each window of local changes
  is one server version: a change applied twice shows as a version too many, a
  change dropped as a missing record, an old marker or a version too few. Whether a
  killed push had reached the server is read from the server's database.
- After each kill: the store is whole, the sync that follows completes with nothing
  rejected and an empty outbox, and the records of the round are on the server and
  the device as the ledger says. A batch whose answer was lost gets, when sent
  again, the very answers the server stored (exactly once by op id).
- At the end: the server and every device hold the same records with the same
  content; every version on the server is there once, with its change, and no
  version repeats the one before (a double application); every answer a device
  got is the one the server recorded.

Sizes come from ``tests.battery``: a slice in CI, the whole battery otherwise. The
figures (kill points tried and landed, per phase; records lost and duplicated) go
to the battery's figures file. Nothing here prints or logs record contents: the
assertions name record ids and counts.
"""

from __future__ import annotations

import contextlib
import hashlib
import io
import itertools
import json
import math
import os
import random
import signal
import subprocess
import sys
import threading
import time
import uuid
from collections import Counter
from collections.abc import Collection, Iterator
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path
from typing import IO, Any

import pytest
from sqlalchemy import Engine, bindparam, create_engine, text
from sqlmodel import col, select

from app.domain.records import Child, DailyLog, Record, parse_record
from app.domain.vocabulary import HouseholdKind
from app.protocol.schemas import OpResult, OpStatus, PullResponse, PushRequest, PushResponse
from app.server import cli as server_cli
from app.server.core.config import Settings
from app.services import profile
from app.services.records import RecordService
from app.storage import outbox, records, sync_state
from app.storage.book import Book
from app.storage.store import Store
from app.storage.tables import RecordRow
from app.sync import engine as sync_engine
from app.sync.engine import SyncEngine, SyncReport
from app.sync.enroll import enroll
from app.sync.transport import Offline, OutgoingPush, Transport
from tests import battery, factories
from tests.conftest import PASSPHRASE
from tests.support.postgres import fresh_postgres
from tests.support.servers import database_args, free_port, serving, wait_until_up

ROOT = Path(__file__).resolve().parents[2]
IN_CHUNK = 500


# The server's side ------------------------------------------------------------------
@dataclass(frozen=True)
class ServerData:
    """A server data folder (and database) set up with the server's own admin CLI."""

    data: Path
    database_url: str | None
    household: uuid.UUID
    people: tuple[str, ...]

    @property
    def url(self) -> str:
        return Settings(data_dir=self.data, database_url=self.database_url).url

    def admin(self, *args: str) -> str:
        return admin(self.data, self.database_url, *args)

    def code(self, person_id: str) -> str:
        return self.admin("enroll-code", person_id, "--hours", "1")


def admin(data: Path, database_url: str | None, *args: str) -> str:
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = server_cli.main(["--data", str(data), *database_args(database_url), *args])
    assert code == 0, err.getvalue()
    return out.getvalue().strip()


def make_server_data(data: Path, database_url: str | None, caregivers: int) -> ServerData:
    admin(data, database_url, "init")
    household = admin(data, database_url, "add-household", "Gezin Peeters", "--kind", "simba")
    person = ["add-person", "--role", "caregiver", "--household", household]
    people = tuple(admin(data, database_url, *person, f"Zorg {n}") for n in range(caregivers))
    return ServerData(data, database_url, uuid.UUID(household), people)


@dataclass(frozen=True)
class Held:
    """A record as one side holds it."""

    kind: str
    version: int
    content: dict[str, Any]
    sync_state: str = "synced"

    def marker(self) -> str:
        return marker_of(self.kind, self.content)

    def canonical(self) -> str:
        data = parse_record(self.kind, self.content).model_dump(mode="json")
        return hashlib.sha256(json.dumps(data, sort_keys=True).encode()).hexdigest()


def marker_of(kind: str, content: dict[str, Any]) -> str:
    """The field the test writes a fresh value into at every change."""
    return str(content.get("text" if kind == DailyLog.kind else "notes", ""))


def chunks(items: Collection[str]) -> Iterator[list[str]]:
    ordered = list(items)
    for start in range(0, len(ordered), IN_CHUNK):
        yield ordered[start : start + IN_CHUNK]


class ServerDB:
    """The server's database, read directly: the ground truth of the checks."""

    def __init__(self, url: str) -> None:
        self.engine: Engine = create_engine(url)

    def close(self) -> None:
        self.engine.dispose()

    def _select(self, sql: str, ids: Collection[str], **params: object) -> list[Any]:
        query = text(sql).bindparams(bindparam("ids", expanding=True))
        rows: list[Any] = []
        with self.engine.connect() as conn:
            for chunk in chunks(ids):
                rows += conn.execute(query, {"ids": chunk, **params}).all()
        return rows

    def held(
        self, *, ids: Collection[str] | None = None, household: uuid.UUID | None = None
    ) -> dict[str, Held]:
        columns = "SELECT id, kind, version, content FROM record"
        if ids is not None:
            rows = self._select(f"{columns} WHERE id IN :ids", ids)
        else:
            with self.engine.connect() as conn:
                rows = list(
                    conn.execute(text(f"{columns} WHERE household_id = :h"), {"h": str(household)})
                )
        return {r[0]: Held(r[1], r[2], json.loads(r[3])) for r in rows}

    def applied(self, op_ids: Collection[str]) -> dict[str, OpResult]:
        """The answers of the ops of ``op_ids`` that reached the server (not those
        only a later op covered)."""
        rows = self._select(
            "SELECT op_id, result FROM applied_op WHERE covered_by IS NULL AND op_id IN :ids",
            op_ids,
        )
        return {r[0]: OpResult.model_validate_json(r[1]) for r in rows}

    def not_applied(self) -> set[str]:
        """The op ids the server answered with anything but "applied"."""
        with self.engine.connect() as conn:
            rows = conn.execute(
                text("SELECT op_id, result FROM applied_op WHERE covered_by IS NULL")
            ).all()
        results = ((op_id, OpResult.model_validate_json(result)) for op_id, result in rows)
        return {op_id for op_id, result in results if result.status != OpStatus.APPLIED}

    def max_seq(self, household: uuid.UUID) -> int:
        with self.engine.connect() as conn:
            value = conn.execute(
                text('SELECT max(seq) FROM "change" WHERE household_id = :h'),
                {"h": str(household)},
            ).scalar()
        return int(value or 0)

    def history_problems(self, household: uuid.UUID) -> tuple[set[str], set[str]]:
        """Records whose history shows a change applied twice, and records whose
        history is broken (a version or its change missing or twice)."""
        with self.engine.connect() as conn:
            current: dict[str, int] = dict(
                conn.execute(
                    text("SELECT id, version FROM record WHERE household_id = :h"),
                    {"h": str(household)},
                ).all()
            )
            versions = conn.execute(
                text(
                    "SELECT v.record_id, v.version, v.content FROM record_version v "
                    "JOIN record r ON r.id = v.record_id WHERE r.household_id = :h "
                    "ORDER BY v.record_id, v.version"
                ),
                {"h": str(household)},
            ).all()
            changes = Counter(
                (r[0], r[1])
                for r in conn.execute(
                    text('SELECT record_id, version FROM "change" WHERE household_id = :h'),
                    {"h": str(household)},
                )
            )
        twice: set[str] = set()
        broken: set[str] = set()
        history: dict[str, list[tuple[int, dict[str, Any]]]] = {}
        for record_id, version, content in versions:
            history.setdefault(record_id, []).append((version, json.loads(content)))
        for record_id, top in current.items():
            steps = history.get(record_id, [])
            if [v for v, _ in steps] != list(range(1, top + 1)):
                broken.add(record_id)
            if any(changes[(record_id, v)] != 1 for v in range(1, top + 1)):
                broken.add(record_id)
            for (_, before), (_, after) in itertools.pairwise(steps):
                if {**before, "version": 0} == {**after, "version": 0}:
                    twice.add(record_id)
        return twice, broken


# The devices ------------------------------------------------------------------------
@dataclass
class Call:
    kind: str  # push or pull
    ops: list[str]
    answered: bool = False


@dataclass
class Calls:
    """Every request a device's in-process syncs made, and every answer to an op."""

    calls: list[Call] = field(default_factory=list)
    acks: dict[str, list[OpResult]] = field(default_factory=dict)

    def unanswered_push(self) -> list[str]:
        """The op ids of the last request, when it was a push that got no answer."""
        last = self.calls[-1] if self.calls else None
        return list(last.ops) if last and last.kind == "push" and not last.answered else []


class Recorder(Transport):
    """The real transport, noting what it sent and what came back."""

    def __init__(self, base_url: str, token: str, calls: Calls) -> None:
        super().__init__(base_url, token)
        self.log = calls

    def push(self, request: PushRequest | OutgoingPush) -> PushResponse:
        call = Call("push", [str(op.op_id) for op in request.ops])
        self.log.calls.append(call)
        response = super().push(request)
        call.answered = True
        for result in response.results:
            self.log.acks.setdefault(str(result.op_id), []).append(result)
        return response

    def pull(
        self,
        household: uuid.UUID,
        after: int,
        limit: int,
        *,
        at: tuple[uuid.UUID, int] | None = None,
    ) -> PullResponse:
        call = Call("pull", [])
        self.log.calls.append(call)
        page = super().pull(household, after, limit, at=at)
        call.answered = True
        return page


class Device:
    """An enrolled profile. The test holds its data key, so closing and opening it
    again (around a subprocess that syncs it) costs no key derivation."""

    def __init__(self, name: str, folder: Path, book: Book) -> None:
        self.name = name
        self.folder = folder
        key = book.store.key
        assert key is not None
        self.key = key
        self.calls = Calls()
        self.book: Book | None = book
        self.transport: Recorder | None = None
        self._connect()

    def _connect(self) -> None:
        link = sync_state.read_link(self.b.store)
        assert link is not None and link.server_url
        self.transport = Recorder(link.server_url, link.token, self.calls)

    @property
    def b(self) -> Book:
        assert self.book is not None, f"{self.name} is closed"
        return self.book

    def open(self) -> None:
        assert self.book is None
        self.book = profile.open_book(self.folder, self.key)
        self._connect()

    def close(self) -> None:
        if self.transport is not None:
            self.transport.close()
            self.transport = None
        if self.book is not None:
            self.book.close()
            self.book = None

    def sync(self) -> SyncReport:
        assert self.transport is not None
        return SyncEngine(self.b, self.transport).sync()

    def pending_ops(self) -> list[str]:
        with self.b.store.read() as session:
            return [e.op_id for e in outbox.outbox(session)]

    def last_ops(self) -> dict[str, str]:
        """Per record with changes waiting, the op id its next push is sent under."""
        with self.b.store.read() as session:
            return {e.record_id: e.op_id for e in outbox.outbox(session)}

    def pending_records(self) -> int:
        with self.b.store.read() as session:
            return len({e.record_id for e in outbox.outbox(session)})

    def cursor(self, household: uuid.UUID) -> int:
        return sync_state.cursor(self.b.store, household).seq

    def held(self, ids: Collection[str] | None = None) -> dict[str, Held]:
        with self.b.store.read() as session:
            query = select(RecordRow)
            rows = []
            if ids is None:
                rows = list(session.exec(query))
            else:
                for chunk in chunks(ids):
                    rows += list(session.exec(query.where(col(RecordRow.id).in_(chunk))))
        return {r.id: Held(r.kind, r.version, json.loads(r.content), r.sync_state) for r in rows}


def enrol_device(server: ServerData, url: str, folder: Path, name: str, person: str) -> Device:
    book = profile.create_profile(
        folder,
        PASSPHRASE,
        profile.NewProfile(name, "Lokaal", HouseholdKind.SIMBA),
        strength="minimum",
    )
    enroll(book, url, server.code(person), device_name=name)
    device = Device(name, folder, book)
    device.sync()
    return device


# What each device wrote, and what the server must hold --------------------------------
@dataclass
class Expected:
    kind: str
    owner: str
    marker: str
    version: int = 0  # the server's version, as far as the test knows
    dirty: bool = True  # changed on its owner since the server last took a change of it


class Ledger:
    def __init__(self) -> None:
        self.records: dict[str, Expected] = {}
        self.lost: set[str] = set()
        self.duplicated: set[str] = set()

    def wrote(self, owner: str, record: Record) -> None:
        marker = marker_of(record.kind, record.model_dump(mode="json"))
        found = self.records.get(str(record.id))
        if found is None:
            self.records[str(record.id)] = Expected(record.kind, owner, marker)
        else:
            assert found.owner == owner
            found.marker, found.dirty = marker, True

    def dirty(self, owner: str) -> list[str]:
        return [i for i, e in self.records.items() if e.owner == owner and e.dirty]

    def children(self, owner: str) -> list[str]:
        return [i for i, e in self.records.items() if e.owner == owner and e.kind == Child.kind]

    def after_kill(self, owner: str, server: dict[str, Held]) -> None:
        """A sync of ``owner`` was cut short: its changes that reached the server
        (answered or not) are taken, once; the others still wait."""
        for record_id in self.dirty(owner):
            expected = self.records[record_id]
            seen = server[record_id].version if record_id in server else 0
            if seen == expected.version:
                continue
            if seen < expected.version:
                self.lost.add(record_id)  # the server went back
            elif seen > expected.version + 1:
                self.duplicated.add(record_id)
            expected.version, expected.dirty = seen, False

    def synced(self, owner: str, twice: Collection[str] = ()) -> None:
        """A sync of ``owner`` completed: each waiting window of changes is one version.
        ``twice``: records whose earlier window reached the server in a push whose
        answer was lost, and that changed again since: two windows, two versions."""
        for record_id in self.dirty(owner):
            expected = self.records[record_id]
            expected.version += 2 if record_id in twice else 1
            expected.dirty = False

    def problems(self, held: dict[str, Held], ids: Collection[str]) -> tuple[set[str], set[str]]:
        """The ids of ``ids`` that ``held`` lacks or holds stale, and those it holds
        at a version too many."""
        lost: set[str] = set()
        duplicated: set[str] = set()
        for record_id in ids:
            expected = self.records[record_id]
            got = held.get(record_id)
            if got is None or got.version < expected.version or got.marker() != expected.marker:
                lost.add(record_id)
            elif got.version > expected.version:
                duplicated.add(record_id)
        return lost, duplicated


def stamp(book: Book, record: Record, base: int) -> Record:
    """As RecordService stamps a change."""
    return record.model_copy(
        update={
            "version": base + 1,
            "modified_at": book.clock.now(),
            "modified_by": book.identity.user_id,
            "device_id": book.identity.device_id,
        }
    )


def write_new(device: Device, ledger: Ledger, logs: int, tag: str) -> list[str]:
    """A new child and ``logs`` daily logs of it, in one transaction (the outbox
    entries are the ones RecordService would write, one per record)."""
    book = device.b
    me = book.identity
    child = factories.child(
        me.household_id,
        given_name="Kind",
        family_name=tag,
        date_of_birth=date(2020, 3, 14),
        notes=f"{tag}-nieuw",
    )
    today = book.today()
    fresh: list[Record] = [child]
    fresh += [
        factories.daily_log(
            me,
            child,
            date=today - timedelta(days=n),
            mood=1 + n % 5,
            text=f"{tag}-{n}",
        )
        for n in range(logs)
    ]
    with book.store.write() as session:
        for record in fresh:
            record.check(today)
            stamped = stamp(book, record, 0)
            records.put_local(session, stamped, 0)
            ledger.wrote(device.name, stamped)
        Store.set_meta(session, "clock", book.clock.last)
    return [str(r.id) for r in fresh]


def edit_children(
    device: Device, ledger: Ledger, chosen: list[str], rng: random.Random, tag: str
) -> list[str]:
    """Change each chosen child one to three times, through RecordService."""
    service = RecordService(device.b)
    for child_id in chosen:
        for n in range(rng.randint(1, 3)):
            ledger.wrote(device.name, service.update(uuid.UUID(child_id), notes=f"{tag}-{n}"))
    return chosen


def batches(records: int) -> int:
    return math.ceil(records / sync_engine.PUSH_BATCH)


# Checks -----------------------------------------------------------------------------
@dataclass
class Tally:
    """What a test tried and found; goes to the battery's figures."""

    counts: Counter[str] = field(default_factory=Counter)
    lost: set[str] = field(default_factory=set)
    duplicated: set[str] = field(default_factory=set)
    ack_mismatches: set[str] = field(default_factory=set)
    broken: set[str] = field(default_factory=set)
    merged: set[str] = field(default_factory=set)  # no one else edits: nothing may merge

    def add(self, found: tuple[set[str], set[str]]) -> None:
        self.lost |= found[0]
        self.duplicated |= found[1]

    def merge(self, ledger: Ledger) -> None:
        self.lost |= ledger.lost
        self.duplicated |= ledger.duplicated

    def record(self, test: str, ledger: Ledger) -> None:
        self.merge(ledger)
        battery.record(
            test,
            **self.counts,
            lost=len(self.lost),
            duplicated=len(self.duplicated),
            ack_mismatches=len(self.ack_mismatches),
            broken_histories=len(self.broken),
            merged=len(self.merged),
        )

    def assert_clean(self) -> None:
        assert not self.lost, f"{len(self.lost)} records lost, e.g. {sorted(self.lost)[:5]}"
        assert not self.duplicated, (
            f"{len(self.duplicated)} records applied twice, e.g. {sorted(self.duplicated)[:5]}"
        )
        assert not self.ack_mismatches, (
            f"{len(self.ack_mismatches)} answers differ from the server's record of them, "
            f"e.g. {sorted(self.ack_mismatches)[:5]}"
        )
        assert not self.broken, f"{len(self.broken)} broken histories: {sorted(self.broken)[:5]}"
        assert not self.merged, (
            f"{len(self.merged)} changes merged though nobody else changed them (a lost "
            f"answer's change applied again?), e.g. {sorted(self.merged)[:5]}"
        )


def check_settled(device: Device, report: SyncReport, tally: Tally) -> None:
    """A sync that completed: nothing rejected, nothing waiting, every record synced
    (one still pending without an outbox entry would never reach the server)."""
    with device.b.store.read() as session:
        stuck = session.execute(text("SELECT id FROM record WHERE sync_state != 'synced'"))
        tally.lost |= {record_id for (record_id,) in stuck}
    tally.counts["rejected"] += report.rejected
    assert report.rejected == 0
    assert device.pending_ops() == []
    assert not tally.lost, f"{device.name}: {len(tally.lost)} records not synced"


def check_acks(db: ServerDB, devices: list[Device], tally: Tally) -> int:
    """Every answer a device got is the one the server stored for that op id, and
    says "applied": each device changes only its own records, so a merge could only
    come from a change applied on top of itself."""
    checked = 0
    for device in devices:
        stored = db.applied(device.calls.acks)
        for op_id, answers in device.calls.acks.items():
            checked += len(answers)
            if any(answer != stored.get(op_id) for answer in answers):
                tally.ack_mismatches.add(op_id)
            if any(answer.status != OpStatus.APPLIED for answer in answers):
                tally.merged.add(op_id)
    return checked


def check_everything(
    db: ServerDB, household: uuid.UUID, devices: list[Device], ledger: Ledger, tally: Tally
) -> int:
    """The server and every device hold the same records, as the ledger says."""
    server = db.held(household=household)
    for device in devices:
        mine = device.held()
        tally.lost |= set(server) ^ set(mine)  # missing here, or missing on the server
        both = set(server) & set(mine)
        tally.lost |= {i for i in both if mine[i].canonical() != server[i].canonical()}
        tally.add(ledger.problems(mine, ledger.records))
    tally.add(ledger.problems(server, ledger.records))
    twice, broken = db.history_problems(household)
    tally.duplicated |= twice
    tally.broken |= broken
    tally.counts["acks_checked"] += check_acks(db, devices, tally)
    tally.merged |= db.not_applied()
    return len(server)


# The client killed: a helper forks `thuisboek sync` --------------------------------------
ZYGOTE = r"""
import os, sys, traceback
import httpx, sqlcipher3, sqlmodel
import app.cli, app.services.profile, app.sync.engine, app.sync.enroll

print("ready", flush=True)
child = None
while line := sys.stdin.readline():
    command, _, arg = line.strip().partition(" ")
    if command == "sync":
        child = os.fork()
        if child == 0:
            code = 2
            try:
                devnull = os.open(os.devnull, os.O_RDWR)
                os.dup2(devnull, 0)
                os.dup2(devnull, 1)
                code = app.cli.main(["sync", "--profile", arg])
            except BaseException:
                traceback.print_exc()
            finally:
                os._exit(code)
        print(f"pid {child}", flush=True)
    elif command == "wait":
        _, status = os.waitpid(child, 0)
        print(f"exit {os.waitstatus_to_exitcode(status)}", flush=True)
"""


class Zygote:
    def __init__(self, log: Path) -> None:
        self.log = log
        self._err: IO[bytes] = log.open("wb")
        env = {**os.environ, "THUISBOEK_PASSPHRASE": PASSPHRASE, "PYTHONDONTWRITEBYTECODE": "1"}
        self.proc = subprocess.Popen(
            [sys.executable, "-c", ZYGOTE],
            cwd=ROOT,
            env=env,
            text=True,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=self._err,
        )
        assert self._read() == "ready"

    def _read(self) -> str:
        assert self.proc.stdout is not None
        line = self.proc.stdout.readline().strip()
        assert line, f"the sync helper stopped: {self.log.read_text()[-2000:]}"
        return line

    def _send(self, line: str) -> None:
        assert self.proc.stdin is not None
        self.proc.stdin.write(line + "\n")
        self.proc.stdin.flush()

    def run(self, profile_dir: Path, kill_at: float | None) -> tuple[int, float]:
        """``thuisboek sync`` of a profile, SIGKILLed ``kill_at`` seconds after it
        started (unless it ended before); its exit code and how long it ran."""
        started = time.monotonic()
        self._send(f"sync {profile_dir}")
        pid = int(self._read().removeprefix("pid "))
        if kill_at is not None:
            time.sleep(max(0.0, started + kill_at - time.monotonic()))
            os.kill(pid, signal.SIGKILL)  # not reaped yet: the pid is still this child's
        self._send("wait")
        code = int(self._read().removeprefix("exit "))
        assert code in (0, -signal.SIGKILL), f"sync exited {code}: {self.log.read_text()[-2000:]}"
        return code, time.monotonic() - started

    def close(self) -> None:
        if self.proc.stdin:
            self.proc.stdin.close()
        self.proc.wait(timeout=30)
        if self.proc.stdout:
            self.proc.stdout.close()
        self._err.close()


@dataclass
class ClientWorld:
    server: ServerData
    db: ServerDB
    other: Device
    victims: list[Device]

    @property
    def devices(self) -> list[Device]:
        return [self.other, *self.victims]


@contextlib.contextmanager
def client_world(folder: Path, victims: int) -> Iterator[ClientWorld]:
    """A plain server on fresh data, another caregiver's device and the victims."""
    server = make_server_data(folder / "server", None, caregivers=1 + victims)
    db = ServerDB(server.url)
    made: list[Device] = []
    try:
        with serving(server.data) as url:
            for n, person in enumerate(server.people):
                name = "other" if n == 0 else f"victim{n}"
                made.append(enrol_device(server, url, folder / name, name, person))
            yield ClientWorld(server, db, made[0], made[1:])
    finally:
        for device in made:
            device.close()
        db.close()


def classify(victim: Device, world: ClientWorld, before: tuple[list[str], int]) -> list[str]:
    """Where a kill of the victim's sync landed, from what its store and the server
    hold now: "push" (changes still waiting; also "push_nothing_committed" when no
    batch of the run had been committed yet: killed while it opened the profile or
    while the first push was on its way), "pull" (all pushed, the cursor short of
    the server's last change), "end" (all pulled: killed while finishing)."""
    ops_before, cursor_before = before
    pending = victim.pending_ops()
    household = world.server.household
    cursor = victim.cursor(household)
    if pending:
        nothing = len(pending) == len(ops_before) and not world.db.applied(ops_before)
        return ["push", "push_nothing_committed"] if nothing else ["push"]
    if cursor < world.db.max_seq(household):
        return ["pull", "pull_nothing_committed"] if cursor == cursor_before else ["pull"]
    return ["end"]


class Window:
    """When to kill: at a random moment of a normal run, as long as one is measured
    (a run that is not killed at the start of each world, then every run that ended
    before its kill: the stores grow as the test goes). A client first opens its
    profile, and the store's check reads the whole file; the kill falls after that
    (as long as opening it here takes, at most half the run), in the sync itself."""

    def __init__(self) -> None:
        self.runs: list[float] = []
        self.openings: list[float] = []

    def observe(self, seconds: float) -> None:
        self.runs = [*self.runs[-9:], seconds]

    def observe_opening(self, seconds: float) -> None:
        self.openings = [*self.openings[-9:], seconds]

    def draw(self, rng: random.Random) -> float:
        assert self.runs, "measure a normal run first"
        end = sum(self.runs) / len(self.runs)
        opening = sum(self.openings) / len(self.openings) if self.openings else 0.0
        return rng.uniform(min(opening, end / 2), end)


def pick(rng: random.Random, items: list[str], most: int) -> list[str]:
    return rng.sample(items, min(rng.randint(0, most), len(items)))


def kill_client_once(
    world: ClientWorld,
    victim: Device,
    zygote: Zygote,
    ledger: Ledger,
    rng: random.Random,
    tally: Tally,
    window: Window,
    *,
    logs: int,
    tag: str,
    other_ids: list[str],
    measure: bool = False,
) -> None:
    """One kill point: the victim writes, its ``thuisboek sync`` is killed at a
    random moment, it opens again and syncs to the end. ``measure``: a normal run,
    not killed, to measure the window."""
    household = world.server.household
    touched = write_new(victim, ledger, logs, tag)
    touched += edit_children(
        victim, ledger, pick(rng, ledger.children(victim.name), 6), rng, f"{tag}e"
    )
    before = (victim.pending_ops(), victim.cursor(household))
    sent_as = victim.last_ops()
    victim.close()
    code, ran = zygote.run(victim.folder, None if measure else window.draw(rng))
    opening = time.monotonic()
    victim.open()
    window.observe_opening(time.monotonic() - opening)
    tally.counts["kill_points"] += not measure
    if code == 0:
        window.observe(ran)
    if code == -signal.SIGKILL:
        tally.counts["landed"] += 1
        assert victim.transport is not None
        victim.transport.device()  # waits for a push the server was still committing
        for phase in classify(victim, world, before):
            tally.counts[f"landed_{phase}"] += 1
    assert victim.b.store.integrity_problems() == []
    again: list[str] = []
    if rng.random() < 0.3:  # opened again, the caregiver goes on before it syncs
        again = edit_children(
            victim, ledger, pick(rng, ledger.children(victim.name), 2), rng, f"{tag}x"
        )
        touched += again
    check_settled(victim, victim.sync(), tally)
    # A change changed again is sent under a new op id that covers the old one: if
    # the killed run had got the old one to the server (answered or not), that was
    # one version and this is another. Read after the sync, not right after the
    # kill, when the server may still be committing what the dead client sent.
    applied = world.db.applied([sent_as[r] for r in again if r in sent_as])
    ledger.synced(victim.name, twice={r for r in again if sent_as.get(r) in applied})
    ids = set(touched) | set(other_ids)
    tally.add(ledger.problems(world.db.held(ids=ids), ids))
    tally.add(ledger.problems(victim.held(ids=ids), ids))


def run_client_kills(
    tmp_path: Path,
    test: str,
    *,
    kill_points: int,
    victims: int,
    victim_logs: tuple[int, int],
    other_logs: tuple[int, int],
    per_world: int,
    seed: int,
) -> None:
    """Rounds of: the other device writes and syncs, then each victim writes and its
    sync is killed. A new world (server, devices) every ``per_world`` rounds keeps
    the stores from growing without end; its first victim run measures the window."""
    rng = random.Random(seed)
    tally = Tally()
    ledger = Ledger()
    zygote = Zygote(tmp_path / "sync-helper.log")
    window = Window()
    remaining = kill_points
    started = time.monotonic()
    try:
        for w in itertools.count():
            if remaining <= 0:
                break
            ledger = Ledger()
            with client_world(tmp_path / f"world{w}", victims) as world:
                measured = False
                for r in range(per_world):
                    if remaining <= 0:
                        break
                    other = world.other
                    theirs = pick(rng, ledger.children(other.name), 3)
                    other_ids = edit_children(other, ledger, theirs, rng, f"w{w}r{r}oe")
                    other_ids += write_new(other, ledger, rng.randint(*other_logs), f"w{w}r{r}o")
                    check_settled(other, other.sync(), tally)
                    ledger.synced(other.name)
                    for victim in world.victims:
                        if remaining <= 0:
                            break
                        kill_client_once(
                            world,
                            victim,
                            zygote,
                            ledger,
                            rng,
                            tally,
                            window,
                            logs=rng.randint(*victim_logs),
                            tag=f"w{w}r{r}{victim.name}",
                            other_ids=other_ids,
                            measure=not measured,
                        )
                        remaining -= measured
                        measured = True
                for device in world.devices:
                    check_settled(device, device.sync(), tally)
                household = world.server.household
                found = check_everything(world.db, household, world.devices, ledger, tally)
                tally.counts["records"] += found
                tally.merge(ledger)
    finally:
        zygote.close()
        tally.counts["seconds"] = round(time.monotonic() - started)
        tally.record(test, ledger)
    tally.assert_clean()
    assert tally.counts["kill_points"] == kill_points
    # Most kills must land inside the sync, or this tests little.
    assert tally.counts["landed"] >= kill_points / 2, dict(tally.counts)


def test_kill_9_of_the_client_during_push(tmp_path: Path) -> None:
    """The victim has a few hundred changes waiting (two or three push batches)."""
    run_client_kills(
        tmp_path,
        "kill_client_push",
        kill_points=battery.size(4, 200),
        victims=1,
        victim_logs=(201, 400),
        other_logs=(5, 30),
        per_world=40,
        seed=4,
    )


def test_kill_9_of_the_client_during_pull(tmp_path: Path) -> None:
    """Another caregiver pushed several hundred records (two pull pages); three
    victims each pull them and are killed."""
    run_client_kills(
        tmp_path,
        "kill_client_pull",
        kill_points=battery.size(5, 270),
        victims=3,
        victim_logs=(0, 3),
        other_logs=(450, 900),
        per_world=25,
        seed=5,
    )


# The server killed -------------------------------------------------------------------
class Respawner:
    """``tests.faults.server_killer --respawn``: one server at a time on a fixed port."""

    def __init__(self, server: ServerData, port: int, log: Path) -> None:
        self.log = log
        self._err: IO[bytes] = log.open("wb")
        self.url = f"http://127.0.0.1:{port}"
        self.pid: int | None = None
        self.proc = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "tests.faults.server_killer",
                "--data",
                str(server.data),
                *database_args(server.database_url),
                "--port",
                str(port),
                "--respawn",
            ],
            cwd=ROOT,
            env={**os.environ, "PYTHONDONTWRITEBYTECODE": "1"},
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=self._err,
        )
        assert self._read() == "ready"

    def _read(self) -> str:
        assert self.proc.stdout is not None
        line = self.proc.stdout.readline().decode().strip()
        assert line, f"the server launcher stopped: {self.log.read_text()[-2000:]}"
        return line

    def _send(self, line: str) -> None:
        assert self.proc.stdin is not None
        self.proc.stdin.write(f"{line}\n".encode())
        self.proc.stdin.flush()

    def start(self, kill_after_push: int | None = None) -> None:
        """A plain ``serve``, or one that dies as its ``kill_after_push``-th push is answered."""
        assert self.pid is None
        self._send("serve" if kill_after_push is None else f"kill-after-push {kill_after_push}")
        self.pid = int(self._read().removeprefix("pid "))
        wait_until_up(self.url, self.proc)

    def kill(self) -> None:
        assert self.pid is not None
        os.kill(self.pid, signal.SIGKILL)  # not reaped yet: the pid is still the server's

    def wait(self) -> int:
        """Reap the server (dead, or to be killed first); its exit code."""
        self._send("wait")
        self.pid = None
        return int(self._read().removeprefix("exit "))

    def close(self) -> None:
        if self.pid is not None:
            self.kill()
            self.wait()
        if self.proc.stdin:
            self.proc.stdin.close()
        self.proc.wait(timeout=30)
        if self.proc.stdout:
            self.proc.stdout.close()
        self._err.close()


@pytest.fixture(params=["sqlite", "postgres"])
def database_url(request: pytest.FixtureRequest) -> Iterator[str | None]:
    if request.param == "sqlite":
        yield None
        return
    with fresh_postgres() as url:
        yield url


class KillTimer:
    """SIGKILL the server after a delay, unless the sync ended first."""

    def __init__(self, server: Respawner, delay: float) -> None:
        self.server = server
        self.lock = threading.Lock()
        self.fired = False
        self.over = False
        self.timer = threading.Timer(delay, self._fire)
        self.timer.start()

    def _fire(self) -> None:
        with self.lock:
            if not self.over:
                self.server.kill()
                self.fired = True

    def stop(self) -> bool:
        """The sync ended: True when the server had been killed before that."""
        with self.lock:
            self.over = True
        self.timer.cancel()
        return self.fired


@dataclass
class ServerRun:
    """One server-kill test: a server on fresh data, the victim and what it found."""

    server: ServerData
    db: ServerDB
    launcher: Respawner
    victim: Device
    rng: random.Random
    tally: Tally = field(default_factory=Tally)
    ledger: Ledger = field(default_factory=Ledger)
    lost_answers: dict[str, OpResult] = field(default_factory=dict)  # committed, unanswered
    touched: set[str] = field(default_factory=set)  # the records of the last round
    changed_again: set[str] = field(default_factory=set)  # since the last kill

    def recover(self) -> None:
        """The sync after a kill completes; the batch whose answer was lost is answered
        as the server first answered it, unless a later change covers it."""
        victim = self.victim
        check_settled(victim, victim.sync(), self.tally)
        self.ledger.synced(victim.name)
        for op_id, result in self.lost_answers.items():
            if str(result.record_id) in self.changed_again:
                continue  # changed again: sent under a new op id that covers this one
            answers = victim.calls.acks.get(op_id, [])
            if answers and all(answer == result for answer in answers):
                self.tally.counts["resent_same_answer"] += 1
            else:
                self.tally.ack_mismatches.add(op_id)
        self.tally.add(self.ledger.problems(self.db.held(ids=self.touched), self.touched))
        self.tally.add(self.ledger.problems(victim.held(ids=self.touched), self.touched))
        self.lost_answers, self.changed_again, self.touched = {}, set(), set()

    def after_kill(self, calls_before: int) -> None:
        """What the server holds of the sync it died in: the changes it took, once;
        the ops of the unanswered push that it committed."""
        victim = self.victim
        calls = victim.calls.calls[calls_before:]
        unanswered = victim.calls.unanswered_push() if calls and not calls[-1].answered else []
        self.lost_answers = self.db.applied(unanswered)
        if self.lost_answers:
            self.tally.counts["batches_committed_unanswered"] += 1
            self.tally.counts["ops_committed_unanswered"] += len(self.lost_answers)
        assert victim.b.store.integrity_problems() == []
        self.ledger.after_kill(victim.name, self.db.held(ids=self.ledger.dirty(victim.name)))

    def write(self, tag: str, logs: int, edits: list[str]) -> None:
        self.touched |= set(write_new(self.victim, self.ledger, logs, tag))
        self.touched |= set(edit_children(self.victim, self.ledger, edits, self.rng, f"{tag}e"))

    def go_on_first(self, tag: str) -> None:
        """Restarted after the failure, the caregiver sometimes changes something
        before the next sync: a lost answer's op is then covered by a later one."""
        if self.lost_answers and self.rng.random() < 0.3:
            mine = self.ledger.children(self.victim.name)
            chosen = edit_children(
                self.victim, self.ledger, self.rng.sample(mine, 1), self.rng, tag
            )
            self.touched |= set(chosen)
            self.changed_again |= set(chosen)

    def plan(self, logs: tuple[int, int]) -> tuple[int, list[str], int]:
        """The next round's new logs and edited children, and its number of pushes."""
        new_logs = self.rng.randint(*logs)
        edits = pick(self.rng, self.ledger.children(self.victim.name), 6)
        return new_logs, edits, batches(1 + new_logs + len(edits))


@contextlib.contextmanager
def server_run(
    tmp_path: Path, database_url: str | None, seed: int, tally: Tally, ledger: Ledger
) -> Iterator[ServerRun]:
    """The server on fresh data behind the launcher, the victim enrolled; at the end a
    last sync, a new device that pulls everything, and the whole comparison."""
    server = make_server_data(tmp_path / "server", database_url, caregivers=2)
    db = ServerDB(server.url)
    launcher = Respawner(server, free_port(), tmp_path / "server.log")
    devices: list[Device] = []
    try:
        launcher.start()
        victim = enrol_device(server, launcher.url, tmp_path / "victim", "victim", server.people[0])
        devices.append(victim)
        launcher.kill()
        launcher.wait()
        run = ServerRun(server, db, launcher, victim, random.Random(seed), tally, ledger)
        yield run
        launcher.start()
        run.recover()
        observer = enrol_device(
            server, launcher.url, tmp_path / "observer", "observer", server.people[1]
        )
        devices.append(observer)
        check_settled(observer, observer.sync(), run.tally)
        found = check_everything(db, server.household, devices, run.ledger, run.tally)
        run.tally.counts["records"] += found
    finally:
        for device in devices:
            device.close()
        launcher.close()
        db.close()


def run_server_kills_after_commit(
    tmp_path: Path,
    database_url: str | None,
    test: str,
    *,
    kill_points: int,
    logs: tuple[int, int],
    seed: int,
) -> None:
    tally, ledger = Tally(), Ledger()
    started = time.monotonic()
    try:
        with server_run(tmp_path, database_url, seed, tally, ledger) as run:
            for r in range(kill_points):
                run.go_on_first(f"r{r}x")
                recovery = batches(run.victim.pending_records())
                new_logs, edits, pushes = run.plan(logs)
                run.launcher.start(kill_after_push=recovery + run.rng.randint(1, pushes))
                run.recover()
                run.write(f"r{r}", new_logs, edits)
                calls_before = len(run.victim.calls.calls)
                with pytest.raises(Offline):
                    run.victim.sync()
                code = run.launcher.wait()
                assert code == -signal.SIGKILL, f"the server exited {code}"
                run.tally.counts["kill_points"] += 1
                run.tally.counts["landed"] += 1
                unanswered = run.victim.calls.unanswered_push()
                run.after_kill(calls_before)
                # Killed as the answer started: the whole batch was committed by then.
                assert unanswered and set(run.lost_answers) == set(unanswered)
    finally:
        tally.counts["seconds"] = round(time.monotonic() - started)
        tally.record(test, ledger)
    tally.assert_clean()


def run_server_kills_at_random(
    tmp_path: Path,
    database_url: str | None,
    test: str,
    *,
    kill_points: int,
    logs: tuple[int, int],
    seed: int,
) -> None:
    tally, ledger = Tally(), Ledger()
    started = time.monotonic()
    window = Window()
    try:
        with server_run(tmp_path, database_url, seed, tally, ledger) as run:
            for r in range(-1, kill_points):  # round -1 measures a normal sync
                run.go_on_first(f"r{r}x")
                new_logs, edits, _ = run.plan(logs)
                run.launcher.start()
                run.recover()
                run.write(f"r{r}", new_logs, edits)
                calls_before = len(run.victim.calls.calls)
                timer = KillTimer(run.launcher, window.draw(run.rng) if r >= 0 else 1e9)
                began = time.monotonic()
                failed = False
                try:
                    run.victim.sync()
                except Offline:
                    failed = True
                ran = time.monotonic() - began
                landed = timer.stop()
                if not landed:
                    assert not failed, "the sync failed though the server was up"
                    run.launcher.kill()
                assert run.launcher.wait() == -signal.SIGKILL
                run.tally.counts["kill_points"] += r >= 0
                if not failed:
                    window.observe(ran)
                    run.ledger.synced(run.victim.name)
                if landed:
                    run.tally.counts["landed"] += 1
                    calls = run.victim.calls.calls[calls_before:]
                    phase = calls[-1].kind if failed else "after_last_answer"
                    run.tally.counts[f"landed_{phase}"] += 1
                run.after_kill(calls_before)
    finally:
        tally.counts["seconds"] = round(time.monotonic() - started)
        tally.record(test, ledger)
    tally.assert_clean()
    assert tally.counts["landed"] >= tally.counts["kill_points"] / 2, dict(tally.counts)


def storage(database_url: str | None) -> str:
    return "postgres" if database_url else "sqlite"


def test_kill_9_of_the_server_after_commit_before_answer(
    tmp_path: Path, database_url: str | None
) -> None:
    """The server dies as it starts the answer to a push it committed."""
    run_server_kills_after_commit(
        tmp_path,
        database_url,
        f"kill_server_after_commit_{storage(database_url)}",
        kill_points=battery.size(5, 150),
        logs=(1, 260),
        seed=6,
    )


def test_kill_9_of_the_server_at_random_during_sync(
    tmp_path: Path, database_url: str | None
) -> None:
    """A plain server killed at a random moment of a sync with a few hundred changes."""
    run_server_kills_at_random(
        tmp_path,
        database_url,
        f"kill_server_random_{storage(database_url)}",
        kill_points=battery.size(5, 150),
        logs=(80, 260),
        seed=7,
    )


def test_the_killer_launcher_alone(tmp_path: Path) -> None:
    """``python -m tests.faults.server_killer`` as the issue names it, through
    ``serving``: the first push is committed, its answer never comes, the server is
    gone; a plain server on the same data answers the retry as the first time."""
    server = make_server_data(tmp_path / "server", None, caregivers=1)
    port = free_port()
    command = [
        sys.executable,
        "-m",
        "tests.faults.server_killer",
        "--data",
        str(server.data),
        "--port",
        str(port),
        "--kill-after-push",
        "1",
    ]
    db = ServerDB(server.url)
    device: Device | None = None
    ledger = Ledger()
    try:
        with serving(server.data, command=command) as url:
            book = profile.create_profile(
                tmp_path / "victim",
                PASSPHRASE,
                profile.NewProfile("victim", "Lokaal", HouseholdKind.SIMBA),
                strength="minimum",
            )
            enroll(book, url, server.code(server.people[0]), device_name="victim")
            device = Device("victim", tmp_path / "victim", book)
            write_new(device, ledger, 5, "k")
            sent = device.pending_ops()
            with pytest.raises(Offline):
                device.sync()
            unanswered = device.calls.unanswered_push()
            assert unanswered and set(unanswered) <= set(sent)
            with pytest.raises(Offline):
                device.sync()  # nobody listens any more
        stored = db.applied(unanswered)
        assert set(stored) == set(unanswered)  # committed before the answer
        assert device.pending_ops() == sent  # nothing acknowledged, nothing dropped
        with serving(server.data, command=[*command[:-1], "0"]):
            check_settled(device, device.sync(), Tally())
        ledger.synced(device.name)
        lost, duplicated = ledger.problems(db.held(household=server.household), ledger.records)
        same = sum(device.calls.acks.get(op) == [stored[op]] for op in unanswered)
    finally:
        if device is not None:
            device.close()
        db.close()
    battery.record(
        "kill_server_launcher",
        kill_points=1,
        landed=1,
        lost=len(lost),
        duplicated=len(duplicated),
        resent_same_answer=same,
    )
    assert not lost and not duplicated
    assert same == len(unanswered)


def test_a_push_that_arrives_after_the_push_covering_it_is_not_applied_again(
    tmp_path: Path,
) -> None:
    """A client sends a push and dies (or gives up) while the server still has it
    queued, e.g. behind another device's push; the caregiver edits the record again,
    and the next sync's op covers the first. If that one is served first, the late
    request must be a retry (exactly once), not a second application: today it is
    merged on top, a third version and a conflict revision between one caregiver's
    own two edits."""
    server = make_server_data(tmp_path / "server", None, caregivers=1)
    db = ServerDB(server.url)
    device: Device | None = None
    try:
        with serving(server.data) as url:
            device = enrol_device(server, url, tmp_path / "device", "device", server.people[0])
            child_id = write_new(device, Ledger(), 0, "late")[0]
            check_settled(device, device.sync(), Tally())
            service = RecordService(device.b)

            def next_push() -> OutgoingPush:
                assert device is not None
                with device.b.store.read() as session:
                    groups = sync_engine._groups(outbox.outbox(session), 200)
                return OutgoingPush([SyncEngine._stored_op(g) for g in groups])

            service.update(uuid.UUID(child_id), notes="first edit")
            delayed = next_push()  # on its way when the client died
            service.update(uuid.UUID(child_id), notes="second edit")
            check_settled(device, device.sync(), Tally())  # covers both edits: version 2
            assert device.transport is not None
            late = device.transport.push(delayed).results[0]
        held = db.held(ids=[child_id])[child_id]
        assert (held.version, held.marker()) == (2, "second edit")
        assert late.status == OpStatus.APPLIED and late.version == 2 and not late.conflicts
    finally:
        if device is not None:
            device.close()
        db.close()
