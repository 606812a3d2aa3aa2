"""Sync end to end against the real server, on SQLite and on PostgreSQL storage.

Every figure comes from ``thuisboek-server serve`` in a subprocess, spoken to
over HTTP on 127.0.0.1 by real encrypted profiles through ``SyncEngine``:

- **push / pull**: a device pushes N daily logs (with text) from its outbox
  until the outbox is empty; a second, freshly enrolled device of the same
  household pulls them into its encrypted store. Each is set against its
  **floor**, measured in the same run: the very request bodies the sync sent,
  answered with as many bytes as the server's answers had, over loopback HTTP
  to a bare ASGI app on the same uvicorn; plus a bare bulk insert of the same
  rows (``executemany`` in stdlib ``sqlite3`` or plain ``psycopg`` into a plain
  table; on the device side into a plain ``sqlite3`` file), one commit per
  request, as sync commits each batch before it is acknowledged.
- **pull at 1× and 10× server size**: servers holding 1× and 10× as many
  households of the same size; one device pulls its own household.
- **many devices**: devices of different households pulling at once (threads,
  each with its own encrypted store and HTTP connection).

The time of a sync is split by where it goes: ``encode`` (request to JSON and
gzip), ``server`` (request sent until the answer's headers are in: HTTP and all
the server's work), ``decode`` (answer read, inflated, validated) and ``client``
(the rest, on the device: outbox, merge, encrypted store; a pull fetches its
next page while it stores one, so there ``client`` is only what the fetching did
not overlap). CPU seconds of the device (this process) and of the server
process are given too: on a busy machine they vary less than wall time.
PostgreSQL's own processes are not in them.
"""

from __future__ import annotations

import gzip
import json
import math
import os
import random
import re
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from collections.abc import Callable
from contextlib import AbstractContextManager, ExitStack
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import httpx
from sqlalchemy import make_url, text

from app.demo import bulk, dates
from app.domain.clock import Stamp
from app.domain.records import Child, DailyLog, Record, parse_record
from app.domain.vocabulary import HouseholdKind
from app.protocol.schemas import (
    Change,
    EnrollRequest,
    EnrollResponse,
    PushRequest,
    PushResponse,
)
from app.server.core.clock import now_utc
from app.server.core.config import Settings
from app.server.core.db import make_engine, new_session, upgrade
from app.server.services import admin, records
from app.server.services import enroll as server_enroll
from app.server.tables import ChangeRow, RecordRow, RecordVersionRow
from app.services import profile
from app.storage import outbox, sync_state
from app.storage import records as record_store
from app.storage.book import Book
from app.storage.engine import connect_raw
from app.storage.store import Store
from app.sync.engine import Page, SyncEngine, SyncReport
from app.sync.enroll import _adopt, enroll
from app.sync.pages import PulledChange
from app.sync.transport import OutgoingPush, Transport
from tests.support import postgres, servers

PASSPHRASE = "benchmark passphrase"
POSTGRES_ENVS = ("THUISBOEK_BENCH_POSTGRES_URL", postgres.POSTGRES_ENV)
TARGET_VS_FLOOR = 3.0
TARGET_VS_DESIGN_FLOOR = 2.0  # the design's figure (DESIGN.md, section 8)
TARGET_10X_VS_1X = 1.5
CHILDREN = 8
WRITE_BATCH = 5_000
LOAD_CHUNK = 10_000
TIMEOUT_S = 120.0
REPLY_HEADER = "x-reply-bytes"
UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")
TICKS = os.sysconf("SC_CLK_TCK") if hasattr(os, "sysconf") else 100


@dataclass(frozen=True)
class Sizes:
    records: int  # pushed, then pulled, end to end
    households: tuple[int, int]  # on the server at 1× and 10×
    per_household: int  # records of each of those households
    devices: tuple[int, ...]  # pulling at once
    repeats: int  # of the cheap measurements (floors, pulls at 1× and 10×)
    supervised: tuple[int, int] = (10, 3_300)  # a supervisor's households, records of each


FULL = Sizes(records=10_000, households=(20, 200), per_household=500, devices=(10, 30), repeats=5)
QUICK = Sizes(
    records=500, households=(5, 50), per_household=100, devices=(3, 6), repeats=3,
    supervised=(3, 200),
)  # fmt: skip

_started = time.perf_counter()


def _note(text: str) -> None:
    print(f"[sync {time.perf_counter() - _started:6.1f}s] {text}", file=sys.stderr, flush=True)


def _ms(seconds: float) -> float:
    return round(seconds * 1000, 1)


def _p95(values: list[float]) -> float:
    """Nearest rank: with few samples, the slowest of the fastest 95 %."""
    ordered = sorted(values)
    return ordered[max(0, math.ceil(0.95 * len(ordered)) - 1)]


# Records --------------------------------------------------------------------------------

SLEEP = (
    "Goed geslapen.",
    "Eén keer wakker, daarna doorgeslapen.",
    "Laat ingeslapen.",
    "Nachtmerrie rond drie uur, getroost.",
    "Vroeg wakker.",
)
EATING = (
    "Alles opgegeten.",
    "Weinig honger 's avonds.",
    "Groenten laten liggen.",
    "Goed ontbeten.",
    "Tweede portie gevraagd.",
)


def household_records(
    household_id: uuid.UUID, author_id: uuid.UUID, count: int, seed: int
) -> list[Record]:
    """``count`` records of one household: its children, then a daily log per child
    per evening going back from yesterday, with text as caregivers write it."""
    rng = random.Random(seed)
    today = date.today()
    days = math.ceil((count - CHILDREN) / CHILDREN)
    start = today - timedelta(days=days + 1)
    kids: list[Record] = []
    for i in range(CHILDREN):
        given, family = bulk.LARGE_NAMES[i % len(bulk.LARGE_NAMES)]
        born = start - timedelta(days=365 * (1 + i % 8) + rng.randint(0, 300))
        kids.append(
            Child(
                household_id=household_id,
                given_name=given,
                family_name=family,
                date_of_birth=born,
                placement_start=start,
                languages=["nl"],
            )
        )
    out = list(kids)
    for d in range(days):
        day = today - timedelta(days=1 + d)
        relief = dates.relief_weekend(day)
        evening = datetime(day.year, day.month, day.day, 19, tzinfo=UTC)
        for kid in kids[: count - len(out)]:
            out.append(
                DailyLog(
                    household_id=household_id,
                    child_id=kid.id,
                    author_id=author_id,
                    created_at=evening + timedelta(minutes=rng.randint(0, 150)),
                    date=day,
                    mood=dates.mood(rng),
                    sleep=rng.choice(SLEEP),
                    eating=rng.choice(EATING),
                    text=bulk.short_log(rng, relief),
                )
            )
    return out


def fill_outbox(book: Book, count: int, seed: int = 2026) -> None:
    """Write ``count`` new records on the device the way RecordService does (checked,
    stamped, each with its outbox entry), in a few large transactions."""
    today = book.today()
    made = household_records(book.identity.household_id, book.identity.user_id, count, seed)
    for start in range(0, len(made), WRITE_BATCH):
        with book.store.write() as session:
            for record in made[start : start + WRITE_BATCH]:
                record.check(today)
                stamped = record.model_copy(
                    update={
                        "version": 1,
                        "modified_at": book.clock.now(),
                        "modified_by": book.identity.user_id,
                        "device_id": book.identity.device_id,
                    }
                )
                record_store.put_local(session, stamped, base_version=0)
            Store.set_meta(session, "clock", book.clock.last)


# Processes ------------------------------------------------------------------------------


class Served:
    """An HTTP server command in a subprocess on a free loopback port."""

    def __init__(self, command: Callable[[int], list[str]], log: Path) -> None:
        port = servers.free_port()
        self.url = servers.url_of(port)
        self.log = log
        with log.open("wb") as out:
            self.process = servers.spawn(command(port), stdout=out, stderr=subprocess.STDOUT)

    def wait(self, seconds: float = 90) -> None:
        deadline = time.monotonic() + seconds
        while True:
            if servers.is_up(self.url, timeout=2):
                return
            if self.process.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError(
                    f"{self.log.stem} did not start:\n{self.log.read_text()[-2000:]}"
                )
            time.sleep(0.05)

    def cpu_s(self) -> float:
        """User and system CPU seconds of the process so far (Linux; else 0)."""
        try:
            fields = Path(f"/proc/{self.process.pid}/stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            return 0.0
        return (int(fields[11]) + int(fields[12])) / TICKS

    def stop(self) -> None:
        servers.stop(self.process, timeout=15)


# The floor's server: a bare ASGI app on the same uvicorn (h11, asyncio) as the real
# server, in its own process like it, importing nothing else. It reads each body
# and answers with as many bytes as asked: the HTTP work sync cannot avoid.
FLOOR_SERVER = """
import sys, uvicorn

async def app(scope, receive, send):
    if scope["type"] != "http":
        return
    more = True
    while more:
        more = (await receive()).get("more_body", False)
    size = int(dict(scope["headers"]).get(b"x-reply-bytes", b"2"))
    headers = [(b"content-type", b"application/octet-stream"),
               (b"content-length", str(size).encode())]
    await send({"type": "http.response.start", "status": 200, "headers": headers})
    await send({"type": "http.response.body", "body": b"x" * size})

uvicorn.run(app, host="127.0.0.1", port=int(sys.argv[1]), log_level="warning",
            access_log=False, lifespan="off")
"""


def floor_server(folder: Path) -> Served:
    return Served(
        lambda port: [sys.executable, "-c", FLOOR_SERVER, str(port)], folder / "floor.log"
    )


class Server:
    """A central office database prepared the way ``thuisboek-server`` does it (with
    its own admin services), served by ``thuisboek-server serve`` in a subprocess."""

    def __init__(self, data: Path, database_url: str | None) -> None:
        self.data = data
        self.database_url = database_url
        settings = Settings(data_dir=data, database_url=database_url)
        settings.ensure_data_dir()
        data.mkdir(parents=True, exist_ok=True)  # the log; PostgreSQL keeps no data here
        self.engine = make_engine(settings.url)
        upgrade(self.engine)
        self._admin(admin.init)

    def _admin(self, action: Callable[..., Any]) -> Any:
        with new_session(self.engine) as session:
            return action(session, now=now_utc())

    def household(self, name: str) -> uuid.UUID:
        found: uuid.UUID = self._admin(
            lambda s, now: admin.add_household(s, name, "simba", now=now)
        )
        return found

    def person(self, name: str, household: uuid.UUID) -> uuid.UUID:
        found: uuid.UUID = self._admin(
            lambda s, now: admin.add_person(s, name, "caregiver", [str(household)], now=now)
        )
        return found

    def code(self, person: uuid.UUID) -> str:
        code, _ = self._admin(lambda s, now: admin.make_enroll_code(s, str(person), 1, now=now))
        assert isinstance(code, str)
        return code

    def mint(self, person: uuid.UUID, name: str) -> EnrollResponse:
        """Enrol a device through the server's own enrolment service, without HTTP
        (the route allows 10 enrolments a minute from one address)."""
        request = EnrollRequest(code=self.code(person), device_name=name)
        answer: EnrollResponse = self._admin(
            lambda s, now: server_enroll.enroll(s, request, now=now)
        )
        return answer

    def spawn(self) -> Served:
        return Served(
            lambda port: servers.server_command(self.data, self.database_url, port),
            self.data / "serve.log",
        )

    def load(self, households: int, per_household: int, people: int) -> list[Member]:
        """``households`` households of ``per_household`` records each, written into
        the server's tables as its push path writes them (a record row, its
        version row and a change with the next global seq), the households'
        changes interleaved as if they had synced side by side. Households and the
        caregivers of the first ``people`` of them are made by the admin services
        (the other households' records name an author the server never checks)."""
        made = []
        for i in range(households):
            household = self.household(f"Huis {i}")
            person = self.person(f"Zorg {i}", household) if i < people else uuid.uuid4()
            made.append(Member(household, person))
        feeds = household_feeds(made, per_household)
        with self.engine.connect() as conn:
            seq = int(conn.execute(text("SELECT coalesce(max(seq), 0) FROM change")).scalar_one())
        rows = [(seq := seq + 1, *feed[k]) for k in range(per_household) for feed in feeds]
        tables = [t.__table__ for t in (RecordRow, RecordVersionRow, ChangeRow)]  # type: ignore[union-attr]
        for start in range(0, len(rows), LOAD_CHUNK):
            chunk = rows[start : start + LOAD_CHUNK]
            with self.engine.begin() as conn:
                conn.execute(tables[0].insert(), [
                    {"id": r, "household_id": h, "kind": k, "version": 1, "content": c,
                     "deleted": False, "seq": s} for s, r, h, k, c in chunk])  # fmt: skip
                conn.execute(tables[1].insert(), [{"record_id": r, "version": 1, "content": c}
                                                  for _, r, _, _, c in chunk])  # fmt: skip
                conn.execute(tables[2].insert(), [
                    {"seq": s, "household_id": h, "record_id": r, "version": 1}
                    for s, r, h, _, _ in chunk])  # fmt: skip
        if self.engine.dialect.name == "postgresql":
            with self.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
                # Explicit seqs do not move the sequence: the next push must come after them.
                conn.execute(text("SELECT setval(pg_get_serial_sequence('change', 'seq'), "
                                  "(SELECT max(seq) FROM change))"))  # fmt: skip
                conn.execute(text("ANALYZE"))  # as autovacuum does after such growth
        return made

    def close(self) -> None:
        self.engine.dispose()


def household_feeds(members: list[Member], count: int) -> list[list[tuple[str, str, str, str]]]:
    """Per household, ``count`` records as the server stores them (id, household,
    kind, JSON): one household's records, checked, copied with fresh ids."""
    template = Member(uuid.uuid4(), uuid.uuid4())
    stamp = str(Stamp(int(time.time() * 1000), 0, "benchloader"))
    shapes = []
    for record in household_records(template.household, template.person, count, seed=0):
        record.check(date.today())
        content = record.model_dump(mode="json")
        content.update(version=1, modified_at=stamp, modified_by=str(template.person),
                       device_id="benchloader")  # fmt: skip
        body = records.dumps(content)
        shapes.append((str(record.id), record.kind, body, set(UUID.findall(body))))
    feeds = []
    for member in members:
        ids = {str(template.household): str(member.household),
               str(template.person): str(member.person)}  # fmt: skip
        ids.update((shape[0], str(uuid.uuid4())) for shape in shapes)
        feed = []
        for record_id, kind, body, olds in shapes:
            for old in olds:
                body = body.replace(old, ids[old])
            feed.append((ids[record_id], str(member.household), kind, body))
        feeds.append(feed)
    return feeds


@dataclass(frozen=True)
class Member:
    household: uuid.UUID
    person: uuid.UUID  # a caregiver of it


def postgres_database(base_url: str) -> AbstractContextManager[str]:
    """A new, empty PostgreSQL database on the server of ``base_url``; dropped after."""
    return postgres.new_database(
        base_url,
        "thuisboek_bench_",
        left=lambda name: _note(f"could not drop the database {name}: drop it by hand"),
    )


# Devices --------------------------------------------------------------------------------


@dataclass
class Exchange:
    """One request of a sync as it went over the wire, and where its time went."""

    method: str
    target: str  # path and query
    headers: dict[str, str]
    body: bytes
    reply_bytes: int  # as received, compressed
    encode_s: float
    server_s: float
    decode_s: float
    answer: PushResponse | Page


class MeteredTransport(Transport):
    """The app's transport, keeping each exchange's bytes and timings (httpx event
    hooks: the request hook fires once the body is encoded, the response hook once
    the answer's headers are in)."""

    def __init__(self, base_url: str, token: str) -> None:
        self.exchanges: list[Exchange] = []
        self._sent: tuple[float, httpx.Request] | None = None
        self._answered: tuple[float, httpx.Response] | None = None
        client = httpx.Client(
            timeout=TIMEOUT_S,
            follow_redirects=False,
            event_hooks={"request": [self._on_request], "response": [self._on_response]},
        )
        super().__init__(base_url, token, client=client)

    def _on_request(self, request: httpx.Request) -> None:
        self._sent = (time.perf_counter(), request)

    def _on_response(self, response: httpx.Response) -> None:
        self._answered = (time.perf_counter(), response)

    def _keep(self, start: float, answer: PushResponse | Page) -> None:
        end = time.perf_counter()
        assert self._sent is not None and self._answered is not None
        (sent, request), (answered, response) = self._sent, self._answered
        self.exchanges.append(
            Exchange(
                method=request.method,
                target=request.url.raw_path.decode("ascii"),
                headers={k: v for k, v in request.headers.items() if k.lower() != "host"},
                body=request.content,
                reply_bytes=response.num_bytes_downloaded,
                encode_s=sent - start,
                server_s=answered - sent,
                decode_s=end - answered,
                answer=answer,
            )
        )

    def push(self, request: PushRequest | OutgoingPush) -> PushResponse:
        start = time.perf_counter()
        answer = super().push(request)
        self._keep(start, answer)
        return answer

    def pull(
        self,
        household: uuid.UUID,
        after: int,
        limit: int,
        *,
        at: tuple[uuid.UUID, int] | None = None,
    ) -> Page:
        start = time.perf_counter()
        answer = super().pull(household, after, limit, at=at)
        self._keep(start, answer)
        return answer

    def server_s(self) -> float:
        return sum(x.server_s for x in self.exchanges)


def new_book(folder: Path) -> Book:
    return profile.create_profile(
        folder,
        PASSPHRASE,
        profile.NewProfile("Bench", "Bench", HouseholdKind.SIMBA),
        strength="minimum",
    )


def attach(book: Book, url: str, answer: EnrollResponse) -> None:
    """What ``app.sync.enroll.enroll`` does with the server's answer."""
    _adopt(book, answer)
    with book.store.write() as session:
        Store.set_meta(session, sync_state.URL, url)
        Store.set_meta(session, sync_state.TOKEN, answer.token)
        Store.set_meta(session, sync_state.DEVICE, answer.device_id)
        Store.set_meta(
            session, sync_state.HOUSEHOLDS, json.dumps([str(h) for h in answer.households])
        )


@dataclass(frozen=True)
class Device:
    """An enrolled profile, closed and kept as it was: every run starts from a copy."""

    pristine: Path
    key: bytes
    url: str
    token: str
    household: uuid.UUID

    @classmethod
    def keep(cls, book: Book) -> Device:
        link, key = sync_state.read_link(book.store), book.store.key
        assert link is not None and key is not None
        book.close()
        return cls(book.profile_dir, key, link.server_url, link.token, link.households[0])

    def open(self, folder: Path) -> tuple[MeteredTransport, SyncEngine]:
        shutil.rmtree(folder, ignore_errors=True)
        shutil.copytree(self.pristine, folder)
        return syncing(profile.open_book(folder, self.key))


def syncing(book: Book) -> tuple[MeteredTransport, SyncEngine]:
    link = sync_state.read_link(book.store)
    assert link is not None
    transport = MeteredTransport(link.server_url, link.token)
    return transport, SyncEngine(book, transport)


def closed(transport: MeteredTransport, engine: SyncEngine) -> None:
    transport.close()
    engine.book.close()


# The floor ------------------------------------------------------------------------------

FLOOR_TABLE = (
    "CREATE TABLE IF NOT EXISTS floor_record (id TEXT PRIMARY KEY, household_id TEXT NOT NULL, "
    "kind TEXT NOT NULL, version INTEGER NOT NULL, content TEXT NOT NULL)"
)
Rows = list[list[tuple[str, str, str, int, str]]]  # per request, the rows it carried


def floor_http_s(url: str, exchanges: list[Exchange]) -> float:
    """The same requests, byte for byte, over one keep-alive connection, each
    answered with as many bytes as the server's answer had on the wire."""
    with httpx.Client(timeout=TIMEOUT_S) as client:
        client.get(f"{url}/warm-up")
        start = time.perf_counter()
        for x in exchanges:
            client.request(
                x.method,
                f"{url}{x.target}",
                content=x.body or None,
                headers={**x.headers, REPLY_HEADER: str(x.reply_bytes)},
            )
        return time.perf_counter() - start


def sqlite_insert_s(path: Path, batches: Rows) -> float:
    """Stdlib sqlite3 into a plain file, WAL and synchronous=FULL as on both sides of sync."""
    path.unlink(missing_ok=True)
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = FULL")
        conn.execute(FLOOR_TABLE)
        start = time.perf_counter()
        for rows in batches:
            conn.execute("BEGIN")
            conn.executemany("INSERT INTO floor_record VALUES (?, ?, ?, ?, ?)", rows)
            conn.execute("COMMIT")
        return time.perf_counter() - start
    finally:
        conn.close()


def postgres_insert_s(database_url: str, batches: Rows) -> float:
    """Plain psycopg (executemany, pipelined) into a plain table of the server's database."""
    import psycopg

    conninfo = make_url(database_url).set(drivername="postgresql")
    with psycopg.connect(conninfo.render_as_string(hide_password=False)) as conn:
        conn.execute(FLOOR_TABLE)
        conn.execute("TRUNCATE floor_record")
        conn.commit()
        start = time.perf_counter()
        for rows in batches:
            with conn.cursor() as cursor:
                cursor.executemany("INSERT INTO floor_record VALUES (%s, %s, %s, %s, %s)", rows)
            conn.commit()
        return time.perf_counter() - start


# The design's floor for push: the rows the server must keep for each change it takes
# (the record, its version for later merges, its place in the pull feed, the answer
# kept for a retry), by bare executemany into its own tables, one commit per request.
DesignRows = list[list[tuple[str, str, str, int, str, str, str]]]
DESIGN_INSERTS = (
    "INSERT INTO record (id, household_id, kind, version, content, deleted, seq) "
    "VALUES ({p}, {p}, {p}, {p}, {p}, false, {p})",
    "INSERT INTO record_version (record_id, version, content) VALUES ({p}, {p}, {p})",
    "INSERT INTO change (seq, household_id, record_id, version) VALUES ({p}, {p}, {p}, {p})",
    "INSERT INTO applied_op (op_id, device_id, record_id, result) VALUES ({p}, {p}, {p}, {p})",
)


def design_rows(exchanges: list[Exchange], household: uuid.UUID) -> DesignRows:
    """Per push, each op as the server keeps it (fresh ids; the household of the
    database they go into): record id, household, kind, version, content, op id,
    the answer as JSON."""
    out: DesignRows = []
    for x in exchanges:
        assert isinstance(x.answer, PushResponse)
        answers = {str(r.op_id): r for r in x.answer.results}
        batch = []
        for op in json.loads(gzip.decompress(x.body))["ops"]:
            record_id, op_id = str(uuid.uuid4()), str(uuid.uuid4())
            version = op["base_version"] + 1
            content = records.dumps({**op["content"], "id": record_id, "version": version})
            answer = answers[op["op_id"]].model_copy(
                update={"op_id": uuid.UUID(op_id), "record_id": uuid.UUID(record_id)}
            )
            batch.append((record_id, str(household), op["kind"], version, content, op_id,
                          answer.model_dump_json()))  # fmt: skip
        out.append(batch)
    return out


def design_floor_s(server: Server, exchanges: list[Exchange]) -> float:
    """The design's rows of a push into a new server database as the end-to-end push
    found its own (migrated, a household, a person, an enrolled device)."""
    try:
        household = server.household("Gezin Peeters")
        server.mint(server.person("Anna", household), "design")
        return design_insert_s(server, design_rows(exchanges, household))
    finally:
        server.close()


def design_insert_s(server: Server, batches: DesignRows) -> float:
    """The design's rows into the server's own (migrated, indexed) database: stdlib
    sqlite3 or plain psycopg, executemany, one commit per request."""
    with server.engine.connect() as conn:
        device = str(conn.execute(text("SELECT id FROM device LIMIT 1")).scalar_one())
        seq = int(conn.execute(text("SELECT coalesce(max(seq), 0) FROM change")).scalar_one())
    db: Any
    if server.database_url:
        import psycopg

        url = make_url(server.database_url).set(drivername="postgresql")
        db, marker, begin = psycopg.connect(url.render_as_string(hide_password=False)), "%s", ""
    else:
        path = Settings(data_dir=server.data).url.removeprefix("sqlite:///")
        db, marker, begin = sqlite3.connect(path, isolation_level=None), "?", "BEGIN"
        db.execute("PRAGMA synchronous = FULL")
    inserts = [sql.format(p=marker) for sql in DESIGN_INSERTS]
    try:
        start = time.perf_counter()
        for batch in batches:
            if begin:
                db.execute(begin)
            rows = [(seq := seq + 1, *row) for row in batch]
            cursor = db.cursor()
            cursor.executemany(inserts[0], [(r, h, k, v, c, n) for n, r, h, k, v, c, _, _ in rows])
            cursor.executemany(inserts[1], [(r, v, c) for _, r, _, _, v, c, _, _ in rows])
            cursor.executemany(inserts[2], [(n, h, r, v) for n, r, h, _, v, _, _, _ in rows])
            cursor.executemany(inserts[3], [(o, device, r, a) for _, r, *_, o, a in rows])
            db.commit()
        return time.perf_counter() - start
    finally:
        db.close()


# The design's floor for pull: the rows the laptop must keep for each record it
# pulls (the record with its indexed columns, its child links, its search words),
# by bare executemany into a new encrypted store of the app's schema.
DEVICE_INSERTS = (
    "INSERT INTO record (rowid, id, kind, household_id, day, version, modified_at, deleted, "
    "sync_state, ever_synced, reject_reason, content) "
    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'synced', 1, '', ?)",
    "INSERT INTO record_child (record_rowid, child_id, day) VALUES (?, ?, ?)",
    "INSERT INTO record_fts (rowid, text) VALUES (?, ?)",
)
DeviceRows = list[tuple[list[tuple[Any, ...]], list[tuple[Any, ...]], list[tuple[Any, ...]]]]


def _record(change: Change | PulledChange) -> Record:
    """A pulled change's record (parsed with its page, or from the protocol's dict)."""
    if isinstance(change, PulledChange):
        return change.record
    return parse_record(change.kind, change.content)


def _content(change: Change | PulledChange) -> str:
    """A pulled change's record as the office's compact JSON."""
    if isinstance(change, PulledChange):
        return change.record.model_dump_json()
    return records.dumps(change.content)


def device_rows(exchanges: list[Exchange]) -> DeviceRows:
    """Per pull page, the three tables' rows for its records (worked out before the
    clock starts: the domain's parsing is not part of this floor)."""
    out: DeviceRows = []
    rowid = 0
    for x in exchanges:
        assert not isinstance(x.answer, PushResponse)
        page: tuple[list[tuple[Any, ...]], ...] = ([], [], [])
        for change in x.answer.changes:
            record = _record(change)
            rowid += 1
            when = record.day()
            day = when.isoformat() if when else None
            page[0].append((rowid, str(record.id), record.kind, str(record.household_id), day,
                            record.version, record.modified_at, record.deleted,
                            record.model_dump_json()))  # fmt: skip
            page[1].extend((rowid, str(c), day) for c in dict.fromkeys(record.child_ids()))
            if words := record.search_text():
                page[2].append((rowid, words))
        out.append((page[0], page[1], page[2]))
    return out


def device_insert_s(folder: Path, pages: DeviceRows) -> float:
    """Those rows into a new encrypted store (the app's schema, the key from
    ``Store.create``), one commit per page, through the bare DB-API connection."""
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    key = os.urandom(32)
    Store.create(folder / "floor.db", key).close()
    conn = connect_raw(folder / "floor.db", key)
    try:
        start = time.perf_counter()
        for tables in pages:
            conn.execute("BEGIN IMMEDIATE")
            for sql, rows in zip(DEVICE_INSERTS, tables, strict=True):
                conn.executemany(sql, rows)
            conn.execute("COMMIT")
        return time.perf_counter() - start
    finally:
        conn.close()


def pushed_rows(exchanges: list[Exchange]) -> Rows:
    """What the server keeps of each push: the records as sent, at their new version."""
    out: Rows = []
    for x in exchanges:
        batch = []
        for op in json.loads(gzip.decompress(x.body))["ops"]:
            version = op["base_version"] + 1
            content = records.dumps({**op["content"], "version": version})
            batch.append((op["record_id"], op["household_id"], op["kind"], version, content))
        out.append(batch)
    return out


def pulled_rows(exchanges: list[Exchange]) -> Rows:
    out: Rows = []
    for x in exchanges:
        assert not isinstance(x.answer, PushResponse)
        out.append(
            [
                (str(c.record_id), str(c.household_id), c.kind, c.version, _content(c))
                for c in x.answer.changes
            ]
        )
    return out


# 1. Push and pull, end to end ------------------------------------------------------------


@dataclass
class Run:
    """One sync, end to end: its wall time, CPU seconds and exchanges."""

    seconds: float
    device_cpu_s: float
    server_cpu_s: float
    exchanges: list[Exchange]

    def figures(self, floor_http: list[float], floor_insert: list[float]) -> dict[str, Any]:
        x = self.exchanges
        encode, decode = sum(e.encode_s for e in x), sum(e.decode_s for e in x)
        server = sum(e.server_s for e in x)
        http, insert = statistics.median(floor_http), statistics.median(floor_insert)
        ratio = round(self.seconds / (http + insert), 1)
        return {
            "e2e_ms": _ms(self.seconds),
            "requests": len(x),
            "request_bytes": sum(len(e.body) for e in x),
            "answer_bytes": sum(e.reply_bytes for e in x),
            "split_ms": {
                "client": _ms(self.seconds - encode - server - decode),
                "encode": _ms(encode),
                "server": _ms(server),
                "decode": _ms(decode),
            },
            "cpu_ms": {"device": _ms(self.device_cpu_s), "server": _ms(self.server_cpu_s)},
            "floor_http_ms": _ms(http),
            "floor_insert_ms": _ms(insert),
            "floor_ms": _ms(http + insert),
            "ratio_e2e_vs_floor": ratio,
            "target": TARGET_VS_FLOOR,
            "meets_target": ratio <= TARGET_VS_FLOOR,
        }


def timed(served: Served, transport: MeteredTransport, work: Callable[[], object]) -> Run:
    cpu, server_cpu, start = time.process_time(), served.cpu_s(), time.perf_counter()
    work()
    seconds = time.perf_counter() - start
    return Run(seconds, time.process_time() - cpu, served.cpu_s() - server_cpu, transport.exchanges)


def enrolled(folder: Path, served: Served, server: Server, person: uuid.UUID) -> Book:
    book = new_book(folder)
    enroll(book, served.url, server.code(person), device_name=folder.name)
    return book


def push_pull(
    server: Server,
    served: Served,
    floor: Served,
    folder: Path,
    sizes: Sizes,
    fresh: Callable[[Path], Server],
) -> dict[str, Any]:
    household = server.household("Gezin Peeters")
    writer, reader = server.person("Anna", household), server.person("Ben", household)

    book = enrolled(folder / "writer", served, server, writer)
    fill_outbox(book, sizes.records)
    transport, engine = syncing(book)
    _note(f"outbox filled; push of {sizes.records} records")
    report = SyncReport()
    push = timed(served, transport, lambda: engine.push(report))
    with book.store.read() as session:
        left = outbox.pending_count(session)
    closed(transport, engine)
    if left or report.pushed != sizes.records or report.rejected:
        raise RuntimeError(f"the push went wrong: {report}, {left} left in the outbox")

    transport, engine = syncing(enrolled(folder / "reader", served, server, reader))
    _note(f"pull of {sizes.records} records")
    report = SyncReport()
    pull = timed(served, transport, lambda: engine.pull(household, report))
    closed(transport, engine)
    if report.pulled < sizes.records:
        raise RuntimeError(f"the pull went wrong: {report}")

    _note("floors")
    batches = {"push": pushed_rows(push.exchanges), "pull": pulled_rows(pull.exchanges)}
    http: dict[str, list[float]] = {"push": [], "pull": []}
    insert: dict[str, list[float]] = {"push": [], "pull": []}
    design = [
        design_floor_s(fresh(folder / f"design-{i}"), push.exchanges) for i in range(sizes.repeats)
    ]
    pages = device_rows(pull.exchanges)
    device = [device_insert_s(folder / "floor-store", pages) for _ in range(sizes.repeats)]
    for _ in range(sizes.repeats):
        http["push"].append(floor_http_s(floor.url, push.exchanges))
        http["pull"].append(floor_http_s(floor.url, pull.exchanges))
        if server.database_url:
            insert["push"].append(postgres_insert_s(server.database_url, batches["push"]))
        else:
            insert["push"].append(sqlite_insert_s(folder / "floor-server.db", batches["push"]))
        insert["pull"].append(sqlite_insert_s(folder / "floor-device.db", batches["pull"]))
    push_figures = push.figures(http["push"], insert["push"])
    design_floor = statistics.median(http["push"]) + statistics.median(design)
    push_figures["design_floor"] = {
        "insert_ms": _ms(statistics.median(design)),
        "floor_ms": _ms(design_floor),
        "ratio_e2e_vs_design_floor": round(push.seconds / design_floor, 1),
        "target": TARGET_VS_DESIGN_FLOOR,
        "meets_target": push.seconds / design_floor <= TARGET_VS_DESIGN_FLOOR,
    }
    pull_figures = pull.figures(http["pull"], insert["pull"])
    device_floor = statistics.median(http["pull"]) + statistics.median(device)
    pull_figures["design_floor"] = {
        "insert_ms": _ms(statistics.median(device)),
        "floor_ms": _ms(device_floor),
        "ratio_e2e_vs_design_floor": round(pull.seconds / device_floor, 1),
        "target": TARGET_VS_DESIGN_FLOOR,
        "meets_target": pull.seconds / device_floor <= TARGET_VS_DESIGN_FLOOR,
    }
    return {
        "push": {"records": sizes.records, **push_figures},
        "pull": {"records": report.pulled, **pull_figures},
    }


# 1b. A supervisor's first pull -----------------------------------------------------------


def supervisor_first_pull(
    server: Server, served: Served, floor: Served, folder: Path, sizes: Sizes
) -> dict[str, Any]:
    """A supervisor of ``sizes.supervised`` households (a year of each: about
    33,000 records) syncs a new laptop for the first time, with its progress
    shown, as the app does; against the design's floor of the same pages (their
    bytes over loopback HTTP, plus the laptop's rows of them into a new
    encrypted store, one commit per page)."""
    count, per = sizes.supervised
    members = server.load(count, per, 0)
    households = [str(m.household) for m in members]
    supervisor: uuid.UUID = server._admin(
        lambda s, now: admin.add_person(s, "Hilde", "supervisor", households, now=now)
    )
    transport, engine = syncing(enrolled(folder / "supervisor", served, server, supervisor))
    _note(f"a supervisor's first pull of {count} households x {per} records")
    seen: list[tuple[int, int]] = []

    def progress(phase: str, done: int, total: int) -> None:
        if phase == "pull":
            seen.append((done, total))

    report: list[SyncReport] = []
    run = timed(served, transport, lambda: report.append(engine.sync(progress)))
    closed(transport, engine)
    pulled = [x for x in run.exchanges if not isinstance(x.answer, PushResponse)]
    records_pulled = sum(len(x.answer.changes) for x in pulled)
    if records_pulled < count * per or not seen:
        raise RuntimeError(f"the first pull went wrong: {report}")
    # The records of the whole pull, known from the first step on (None: not known).
    known = seen[0][1] if seen[-1] == (records_pulled, seen[0][1]) else None
    pages = device_rows(pulled)
    http = [floor_http_s(floor.url, pulled) for _ in range(sizes.repeats)]
    insert = [device_insert_s(folder / "floor-store", pages) for _ in range(sizes.repeats)]
    design_floor = statistics.median(http) + statistics.median(insert)
    ratio = run.seconds / design_floor
    return {
        "households": count,
        "records": records_pulled,
        "requests": len(pulled),
        "progress": {"steps": len(seen), "total_from_the_first_step": known},
        "e2e_ms": _ms(run.seconds),
        "cpu_ms": {"device": _ms(run.device_cpu_s), "server": _ms(run.server_cpu_s)},
        "design_floor": {
            "http_ms": _ms(statistics.median(http)),
            "insert_ms": _ms(statistics.median(insert)),
            "floor_ms": _ms(design_floor),
            "ratio_e2e_vs_design_floor": round(ratio, 1),
            "target": TARGET_VS_DESIGN_FLOOR,
            "meets_target": ratio <= TARGET_VS_DESIGN_FLOOR,
        },
    }


# 2. Pull at 1× and 10× server size; 3. many devices at once --------------------------------


def pull_once(device: Device, folder: Path) -> tuple[float, float, int]:
    """A fresh copy of the device pulls its household: seconds, server seconds, records."""
    transport, engine = device.open(folder)
    try:
        report = SyncReport()
        start = time.perf_counter()
        engine.pull(device.household, report)
        return time.perf_counter() - start, transport.server_s(), report.pulled
    finally:
        closed(transport, engine)


def at_size(device: Device, folder: Path, households: int, sizes: Sizes) -> dict[str, Any]:
    runs = [pull_once(device, folder) for _ in range(sizes.repeats)]
    if any(n < sizes.per_household for _, _, n in runs):
        raise RuntimeError(f"a pull went wrong: {runs}")
    return {
        "households": households,
        "server_records": households * sizes.per_household,
        "pull_ms": _ms(statistics.median(r[0] for r in runs)),
        "pull_server_ms": _ms(statistics.median(r[1] for r in runs)),
    }


def many_at_once(devices: list[Device], served: Served, folder: Path) -> dict[str, Any]:
    opened = [d.open(folder / f"device{i}") for i, d in enumerate(devices)]
    latency = [0.0] * len(devices)
    pulled = [0] * len(devices)
    failures: list[BaseException] = []
    gate = threading.Barrier(len(devices) + 1)

    def work(i: int) -> None:
        engine = opened[i][1]
        report = SyncReport()
        gate.wait()
        start = time.perf_counter()
        try:
            engine.pull(devices[i].household, report)
        except BaseException as exc:  # raised below, once every thread has ended
            failures.append(exc)
        latency[i] = time.perf_counter() - start
        pulled[i] = report.pulled

    threads = [threading.Thread(target=work, args=(i,)) for i in range(len(devices))]
    for thread in threads:
        thread.start()
    server_cpu = served.cpu_s()
    gate.wait()
    start = time.perf_counter()
    for thread in threads:
        thread.join()
    wall = time.perf_counter() - start
    server_cpu = served.cpu_s() - server_cpu
    waits = [transport.server_s() for transport, _ in opened]
    for transport, engine in opened:
        closed(transport, engine)
    if failures:
        raise RuntimeError(f"{len(failures)} devices failed, the first with {failures[0]!r}")
    return {
        "devices": len(devices),
        "records_pulled": sum(pulled),
        "wall_ms": _ms(wall),
        "latency_median_ms": _ms(statistics.median(latency)),
        "latency_p95_ms": _ms(_p95(latency)),
        "server_median_ms": _ms(statistics.median(waits)),
        "server_p95_ms": _ms(_p95(waits)),
        "server_cpu_ms": _ms(server_cpu),
        "records_per_s": round(sum(pulled) / wall),
    }


def at_scale(
    servers: dict[str, tuple[Server, Served, list[Member]]], folder: Path, sizes: Sizes
) -> dict[str, Any]:
    out: dict[str, Any] = {"records_per_household": sizes.per_household}
    for label, (server, served, members) in servers.items():
        _note(f"{label}: pulls of one household")
        device = Device.keep(
            enrolled(folder / f"{label}-device", served, server, members[0].person)
        )
        out[label] = at_size(device, folder / f"{label}-run", len(members), sizes)
    small, large = out["1x"], out["10x"]
    ratio = round(large["pull_ms"] / small["pull_ms"], 2)
    out["ratio_pull_10x_vs_1x"] = ratio
    out["ratio_pull_server_10x_vs_1x"] = round(large["pull_server_ms"] / small["pull_server_ms"], 2)
    out["target"] = TARGET_10X_VS_1X
    out["meets_target"] = ratio <= TARGET_10X_VS_1X

    server, served, members = servers["10x"]
    crowd = []
    for i, member in enumerate(members[1 : 1 + max(sizes.devices)]):
        book = new_book(folder / f"crowd{i}")
        attach(book, served.url, server.mint(member.person, f"crowd{i}"))
        crowd.append(Device.keep(book))
    many: dict[str, Any] = {"server": "10x", "enrolment": "minted by the server's enrol service"}
    for count in sizes.devices:
        _note(f"{count} devices pulling at once")
        many[str(count)] = many_at_once(crowd[:count], served, folder / f"many{count}")
    out["many_devices"] = many
    return out


# The section ------------------------------------------------------------------------------


def backend(
    database: Callable[[], str | None], folder: Path, floor: Served, sizes: Sizes
) -> dict[str, Any]:
    """Every measurement on one kind of storage: three servers (end to end, 1×, 10×)
    prepared, started side by side, then measured one after the other."""
    with ExitStack() as stack:
        e2e = Server(folder / "e2e" / "server", database())
        stack.callback(e2e.close)
        supervised = Server(folder / "supervisor" / "server", database())
        stack.callback(supervised.close)
        scale = {}
        for label, households in zip(("1x", "10x"), sizes.households, strict=True):
            server = Server(folder / "scale" / label, database())
            stack.callback(server.close)
            _note(f"{label}: loading {households} households of {sizes.per_household} records")
            people = 1 + (max(sizes.devices) if label == "10x" else 0)  # the crowd's on 10×
            scale[label] = (server, server.load(households, sizes.per_household, people))
        served = {
            name: started(stack, server)
            for name, server in [
                ("e2e", e2e),
                ("supervisor", supervised),
                *((k, s) for k, (s, _) in scale.items()),
            ]
        }
        for one in served.values():
            one.wait()
        _note("servers up")
        fresh = lambda where: Server(where, database())  # noqa: E731 - for the design's floor
        out = push_pull(e2e, served["e2e"], floor, folder / "e2e", sizes, fresh)
        out["supervisor_first_pull"] = supervisor_first_pull(
            supervised, served["supervisor"], floor, folder / "supervisor", sizes
        )
        out["pull_1x_vs_10x"] = at_scale(
            {k: (s, served[k], m) for k, (s, m) in scale.items()}, folder / "scale", sizes
        )
    return out


def started(stack: ExitStack, server: Server | Path) -> Served:
    """A server (or, given a folder, the floor's) spawned, to be stopped with ``stack``."""
    served = server.spawn() if isinstance(server, Server) else floor_server(server)
    stack.callback(served.stop)
    return served


def postgres_url(explicit: str | None) -> str | None:
    return explicit or next((os.environ[e] for e in POSTGRES_ENVS if os.environ.get(e)), None)


def run(quick: bool = False, postgres: str | None = None) -> dict[str, Any]:
    """The sync figures, on SQLite and (given a URL of a role that may create
    databases) on PostgreSQL."""
    global _started
    _started = time.perf_counter()
    sizes = QUICK if quick else FULL
    out: dict[str, Any] = {
        "sizes": {
            "records": sizes.records,
            "households": list(sizes.households),
            "per_household": sizes.per_household,
            "devices": list(sizes.devices),
            "repeats": sizes.repeats,
        },
        "floor": "the same request bytes over loopback HTTP to a bare ASGI app on the same "
        "uvicorn, answered with as many bytes; plus executemany of the same rows into "
        "a plain table, one commit per request",
        "design_floor": "the floor's HTTP plus executemany of the rows the design keeps: "
        "push, the server's four per change (record, version, feed entry, kept answer) "
        "into a new server database of its schema; pull, the laptop's record row, child "
        "links and search words into a new encrypted store; one commit per request",
    }
    base = postgres_url(postgres)
    with tempfile.TemporaryDirectory(prefix="thuisboek-syncbench-") as tmp, ExitStack() as stack:
        floor = started(stack, Path(tmp))
        floor.wait()
        _note("SQLite")
        out["sqlite"] = backend(lambda: None, Path(tmp) / "sqlite", floor, sizes)
        if base is None:
            out["postgresql"] = {"skipped": f"set {POSTGRES_ENVS[0]} or give --postgres URL"}
        else:
            _note("PostgreSQL")
            with ExitStack() as databases:
                out["postgresql"] = backend(
                    lambda: databases.enter_context(postgres_database(base)),
                    Path(tmp) / "postgresql",
                    floor,
                    sizes,
                )
    out["summary"] = summary(out)
    return out


def summary(out: dict[str, Any]) -> dict[str, Any]:
    """The ratios against their targets, per storage."""
    found: dict[str, Any] = {}
    for name in ("sqlite", "postgresql"):
        figures = out.get(name, {})
        if "push" not in figures:
            continue
        scale = figures["pull_1x_vs_10x"]
        found[name] = {
            "push_vs_floor": figures["push"]["ratio_e2e_vs_floor"],
            "push_vs_design_floor": figures["push"]["design_floor"]["ratio_e2e_vs_design_floor"],
            "pull_vs_floor": figures["pull"]["ratio_e2e_vs_floor"],
            "pull_vs_design_floor": figures["pull"]["design_floor"]["ratio_e2e_vs_design_floor"],
            "target_vs_design_floor": TARGET_VS_DESIGN_FLOOR,
            "target_vs_floor": TARGET_VS_FLOOR,
            "pull_10x_vs_1x": scale["ratio_pull_10x_vs_1x"],
            "supervisor_first_pull_vs_design_floor": figures["supervisor_first_pull"][
                "design_floor"
            ]["ratio_e2e_vs_design_floor"],
            "target_10x_vs_1x": TARGET_10X_VS_1X,
            "met": [k for k in ("push", "pull") if figures[k]["meets_target"]]
            + [
                f"{k}_vs_design_floor"
                for k in ("push", "pull")
                if figures[k]["design_floor"]["meets_target"]
            ]
            + (["pull_10x_vs_1x"] if scale["meets_target"] else []),
        }
    return found
