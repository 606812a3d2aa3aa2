"""The store's write and read paths: encrypted vs plain SQLite (same code, same
SQLite build, no key) vs a bare floor, at 1× and 10× data.

1× is a household of 8 children with a year of daily logs; 10× is ten years.
The history ends ``GAP`` days before today, and the saves measured are logs of
the days after it, in the order of the days, the last one tonight's: the way a
person's logs come (each day after the last), so that their rows join the end
of the indexes by day, as the bare floor's do. (Saves on earlier and earlier
days each went in just before the one before, where the pages are full: about
three pages more a save in the indexes by day.)

The bare floor does the durable work the store does, and no more of the app's:
the same SQLCipher build, the same key (every page encrypted and authenticated),
WAL and ``synchronous = FULL`` (every commit fsync'd), a record row and an outbox
row per save in a bare two-table schema, plain prepared statements. Saves are
measured alternating with the floor's, one of each in turn, so that a busy disk
or CPU slows both sides of the ratio alike; wall and CPU time are both given
(an fsync's wait is wall time only). The design's floor is the same bare
statements writing every row the design keeps for a log (its row under the
record table's indexes, its child link, its search words waiting for the index
and every ``FOLD_AT``-th save their fold into it, its outbox entry and the
clock) into the app's own store.
"""

from __future__ import annotations

import json
import os
import statistics
import tempfile
import time
import uuid
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path
from typing import Any

from app.demo import bulk
from app.domain.records import DailyLog, Household, Person
from app.domain.vocabulary import HouseholdKind, Role
from app.services.daily import DailyLogService
from app.services.records import RecordService
from app.services.timeline import TimelineFilter, TimelineService
from app.storage import records as record_store
from app.storage.book import Book, Identity
from app.storage.engine import connect_raw, connect_raw_new
from app.storage.rows import FOLD_AT
from app.storage.store import Store

SAVES = 60
GAP = SAVES * 4 + 1  # days between the generated history and today: the saves' days
READS = 40
PAGE = 100


def median_ms(fn: Callable[[], object], repeat: int) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append((time.perf_counter() - start) * 1000)
    return round(statistics.median(times), 3)


def timed(fn: Callable[[], object]) -> tuple[float, float]:
    """One call's wall and CPU time (ms)."""
    wall, cpu = time.perf_counter(), time.process_time()
    fn()
    return (time.perf_counter() - wall) * 1000, (time.process_time() - cpu) * 1000


def alternating(fns: dict[str, Callable[[], object]], repeat: int) -> dict[str, float]:
    """Each of ``fns`` once per round, in turn, ``repeat`` rounds: the median wall
    time of each (``name_ms``) and its median CPU time (``name_cpu_ms``)."""
    walls: dict[str, list[float]] = {name: [] for name in fns}
    cpus: dict[str, list[float]] = {name: [] for name in fns}
    for _ in range(repeat):
        for name, fn in fns.items():
            wall, cpu = timed(fn)
            walls[name].append(wall)
            cpus[name].append(cpu)
    out: dict[str, float] = {}
    for name in fns:
        out[f"{name}_ms"] = round(statistics.median(walls[name]), 3)
        out[f"{name}_cpu_ms"] = round(statistics.median(cpus[name]), 3)
    return out


def make_book(folder: Path, key: bytes | None) -> Book:
    """A profile-shaped book over a store with or without encryption."""
    store = Store.create(folder / "thuisboek.db", key)
    hid, uid = uuid.uuid4(), uuid.uuid4()
    identity = Identity("bench", uid, "benchdevice", hid, "Bench", Role.CAREGIVER)
    book = Book(folder, store, identity)
    records = RecordService(book)
    records.create(
        Household(id=hid, household_id=hid, name="Bench", household_kind=HouseholdKind.SIMBA)
    )
    records.create(Person(id=uid, household_id=hid, display_name="Bench", role=Role.CAREGIVER))
    return book


def measure_book(book: Book, floor: Floor) -> dict[str, float]:
    """Single saves of a log (own transaction, fsync'd: a new log through the record
    service and through the log form's service, and tonight's log saved again
    with its words unchanged) alternating with the bare floor's, the design
    floor's, a child's timeline pages, and searches, through the app's services."""
    from app.services.household import HouseholdService

    children = HouseholdService(book).children()
    child = children[0]
    records = RecordService(book)
    daily = DailyLogService(book)
    timeline = TimelineService(book)
    # Saves land on the days after the generated history, one after the other.
    tonight = book.today()
    days = iter(tonight - timedelta(days=GAP - 1 - i) for i in range(GAP - 2))
    words = "Rustige dag, goed gegeten en vroeg in bed."

    def new_log() -> DailyLog:
        return DailyLog(
            household_id=book.identity.household_id,
            child_id=child.id,
            author_id=book.identity.user_id,
            date=next(days),
            mood=4,
            text=words,
        )

    def save() -> None:
        records.create(new_log())

    def save_form() -> None:
        # What the log form does: tonight's log of this person, its draft dropped.
        daily.save(child.id, next(days), {"mood": 4, "text": words})

    daily.save(child.id, tonight, {"mood": 3, "text": words})
    moods = iter([4, 3] * SAVES)

    def edit_form() -> None:
        # Tonight's log saved again with another mood, its words left alone.
        daily.save(child.id, tonight, {"mood": next(moods), "text": words})

    saves = alternating(
        {
            "save_log": save,
            "save_form_log": save_form,
            "edit_form_log": edit_form,
            "floor_save_log": floor.save,
        },
        SAVES,
    )
    # The design's floor writes the book's file through a connection of its own: a
    # commit there makes SQLite drop the app's connection's page cache (and the
    # other way round), so it alternates with the bare floor only, in a pass of its own.
    design = DesignFloor(book, new_log)
    beside = alternating(
        {"design_floor_save_log": design.save, "floor_save_log": floor.save}, SAVES
    )
    design.close()
    saves["design_floor_save_log_ms"] = beside["design_floor_save_log_ms"]
    saves["design_floor_save_log_cpu_ms"] = beside["design_floor_save_log_cpu_ms"]
    saves["floor_beside_design_save_log_ms"] = beside["floor_save_log_ms"]
    saves["floor_beside_design_save_log_cpu_ms"] = beside["floor_save_log_cpu_ms"]
    where = TimelineFilter(child_id=child.id)
    first = timeline.page(where, limit=PAGE)
    deep_cursor = first.next_cursor
    # Walk to about 80 % of the child's timeline for a deep page.
    with book.store.read() as session:
        total = len(record_store.for_child(session, child.id, ["daily_log"]))
    for _ in range(int(total * 0.8) // PAGE):
        page = timeline.page(where, after=deep_cursor, limit=PAGE)
        deep_cursor = page.next_cursor or deep_cursor
    household = TimelineFilter(child_id=None)
    # The household's page at the same depth: every kind merged past a cursor.
    household_cursor = timeline.page(household, limit=PAGE).next_cursor
    for _ in range(int(total * 0.8) // PAGE * len(children)):
        page = timeline.page(household, after=household_cursor, limit=PAGE)
        household_cursor = page.next_cursor or household_cursor
    return {
        **saves,
        "timeline_first_page_ms": median_ms(lambda: timeline.page(where, limit=PAGE), READS),
        "timeline_deep_page_ms": median_ms(
            lambda: timeline.page(where, after=deep_cursor, limit=PAGE), READS
        ),
        "household_timeline_first_page_ms": median_ms(
            lambda: timeline.page(household, limit=PAGE), READS
        ),
        "household_timeline_deep_page_ms": median_ms(
            lambda: timeline.page(household, after=household_cursor, limit=PAGE), READS
        ),
        "search_rare_word_ms": median_ms(
            lambda: timeline.search(bulk.LARGE_RARE_WORD, child_id=child.id), READS
        ),
        "search_common_word_ms": median_ms(lambda: timeline.search("bed", limit=50), READS),
        "floor_timeline_first_page_ms": median_ms(floor.page, READS),
    }


class Floor:
    """The bare floor: the same rows as a save's record and outbox entry in a bare
    schema, through the store's SQLCipher build with the store's key (none for
    plain), journal (WAL) and commit durability (``synchronous = FULL``)."""

    def __init__(self, path: Path, key: bytes | None, rows: list[tuple[str, str, str, str]]):
        self.conn = connect_raw_new(path, key)  # keyed first, as the store's connections
        self.conn.execute("PRAGMA journal_mode = WAL")
        self.conn.execute("PRAGMA synchronous = FULL")
        self.conn.execute(
            "CREATE TABLE record (rowid INTEGER PRIMARY KEY, id TEXT UNIQUE, child TEXT, "
            "day TEXT, content TEXT)"
        )
        self.conn.execute("CREATE INDEX ix ON record (child, day, rowid)")
        self.conn.execute(
            "CREATE TABLE outbox (seq INTEGER PRIMARY KEY, record_id TEXT, content TEXT)"
        )
        self.conn.execute("BEGIN")
        self.conn.executemany(
            "INSERT INTO record (id, child, day, content) VALUES (?, ?, ?, ?)", rows
        )
        self.conn.execute("COMMIT")
        # Its saves write over the frames of a WAL file already there, as the
        # store's do (its history went through a WAL that is checkpointed every
        # 1,000 pages and never shrinks): checkpointed, the next commit begins the
        # WAL again. A WAL file that grows with every commit costs each commit
        # more CPU and wall time; at 1× (a WAL of about 450 pages, never
        # checkpointed) the floor's did, at 10× (checkpointed) it did not. At 1×
        # its last saves still grow the file a little.
        self.conn.execute("PRAGMA wal_checkpoint(PASSIVE)")
        self.child = rows[0][1]
        self.content = rows[0][3]
        self.counter = iter(range(10**9))

    def save(self) -> None:
        i = next(self.counter)
        self.conn.execute("BEGIN")
        self.conn.execute(
            "INSERT INTO record (id, child, day, content) VALUES (?, ?, ?, ?)",
            (f"x{i}", self.child, "1990-01-01", self.content),
        )
        self.conn.execute(
            "INSERT INTO outbox (record_id, content) VALUES (?, ?)", (f"x{i}", self.content)
        )
        self.conn.execute("COMMIT")

    def page(self) -> None:
        for (text,) in self.conn.execute(
            "SELECT content FROM record WHERE child = ? ORDER BY day DESC, rowid DESC LIMIT ?",
            (self.child, PAGE),
        ):
            json.loads(text)

    def close(self) -> None:
        self.conn.close()


class DesignFloor:
    """Every row the design keeps for a new log, written with bare prepared
    statements into the book's own store (same schema, indexes, key, pragmas and
    durability) through a connection of its own: the floor of what a save can
    cost in this design."""

    def __init__(self, book: Book, new_log: Callable[[], DailyLog]) -> None:
        self.conn = connect_raw(book.store.path, book.store.key)  # the store's pragmas
        self.new_log = new_log
        # The words waiting already: the save that finds FOLD_AT waiting folds them in.
        self.saved = int(self.conn.execute("SELECT count(*) FROM record_words").fetchone()[0])

    def save(self) -> None:
        log = self.new_log()
        content, day = log.model_dump_json(), log.date.isoformat()
        conn = self.conn
        conn.execute("BEGIN IMMEDIATE")
        rowid = conn.execute(
            "INSERT INTO record (id, kind, household_id, day, version, modified_at, deleted, "
            "sync_state, ever_synced, reject_reason, content) "
            "VALUES (?, ?, ?, ?, 1, ?, 0, 'pending', 0, '', ?)",
            (str(log.id), log.kind, str(log.household_id), day, log.modified_at, content),
        ).lastrowid
        conn.execute(
            "INSERT INTO record_child (record_rowid, child_id, day) VALUES (?, ?, ?)",
            (rowid, str(log.child_id), day),
        )
        conn.execute(
            "INSERT INTO record_words (rowid, text) VALUES (?, ?)", (rowid, log.search_text())
        )
        self.saved += 1
        if self.saved % FOLD_AT == 0:
            conn.execute(
                "INSERT INTO record_fts (rowid, text) SELECT rowid, text FROM record_words"
            )
            conn.execute("DELETE FROM record_words")
        conn.execute(
            "INSERT INTO outbox (op_id, record_kind, record_id, base_version, content, "
            "created_at) VALUES (?, ?, ?, 0, ?, ?)",
            (str(uuid.uuid4()), log.kind, str(log.id), content, log.modified_at),
        )
        conn.execute(
            "INSERT INTO meta (key, value) VALUES ('bench-clock', ?) "
            "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            (str(rowid),),
        )
        conn.execute("COMMIT")

    def close(self) -> None:
        self.conn.close()


def build(folder: Path, key: bytes | None, years: int) -> tuple[Book, float]:
    """A book with ``years`` of history ending ``GAP`` days before today."""
    book = make_book(folder, key)
    today = book.today
    book.today = lambda: today() - timedelta(days=GAP)
    start = time.perf_counter()
    bulk.fill_large(book, children=8, years=years)
    book.today = today
    return book, round(time.perf_counter() - start, 2)


def floor_ratios(mine: dict[str, float], bare: dict[str, float]) -> dict[str, float]:
    """Each save (wall and CPU) and the first page against the bare floor's."""
    pairs = {
        "timeline_first_page_ms": (mine, "timeline_first_page_ms", "timeline_first_page_ms"),
    }
    for unit in ("ms", "cpu_ms"):
        floor = f"save_log_{unit}"
        pairs[f"save_log_{unit}"] = (mine, f"save_log_{unit}", floor)
        pairs[f"save_form_log_{unit}"] = (mine, f"save_form_log_{unit}", floor)
        pairs[f"edit_form_log_{unit}"] = (mine, f"edit_form_log_{unit}", floor)
        pairs[f"design_floor_save_log_{unit}"] = (
            bare,
            f"design_save_log_{unit}",
            f"beside_design_save_log_{unit}",
        )
    return {
        name: round(side[key] / bare[floor], 2)
        for name, (side, key, floor) in pairs.items()
        if bare.get(floor) and side.get(key)
    }


def run(scales: tuple[int, ...] = (1, 10)) -> dict[str, Any]:
    out: dict[str, Any] = {}
    key = os.urandom(32)
    with tempfile.TemporaryDirectory(prefix="thuisboek-bench-") as tmp:
        for years in scales:
            scale: dict[str, Any] = {}
            for name, k in (("encrypted", key), ("plain", None)):
                folder = Path(tmp) / f"{name}-{years}"
                folder.mkdir()
                book, build_s = build(folder, k, years)
                with book.store.read() as session:
                    count = record_store.count_by_kind(session).get("daily_log", 0)
                    sample = [
                        (str(r.id), str(r.child_id), r.date.isoformat(), r.model_dump_json())
                        for r in record_store.list_kind(session, "daily_log")
                        if isinstance(r, DailyLog)
                    ]
                floor = Floor(folder / "floor.db", k, sample)
                figures = measure_book(book, floor)
                floor.close()
                book.close()
                scale[name] = {"daily_logs": count, "build_s": build_s}
                scale[name].update({k: v for k, v in figures.items() if "floor_" not in k})
                scale[f"bare_floor_{name}"] = {
                    k.replace("design_floor_", "design_").replace("floor_", ""): v
                    for k, v in figures.items()
                    if "floor_" in k
                }
            enc, plain = scale["encrypted"], scale["plain"]
            scale["ratio_encrypted_vs_plain"] = {
                k: round(enc[k] / plain[k], 2) for k in enc if k.endswith("_ms") and plain.get(k)
            }
            for name in ("encrypted", "plain"):
                scale[f"ratio_{name}_vs_bare_floor"] = floor_ratios(
                    scale[name], scale[f"bare_floor_{name}"]
                )
            out[f"{years}y"] = scale
        if len(scales) == 2:
            small, large = (out[f"{y}y"]["encrypted"] for y in scales)
            out["growth_10x_vs_1x"] = {
                k: round(large[k] / small[k], 2)
                for k in small
                if k.endswith("_ms") and small.get(k)
            }
    return out
