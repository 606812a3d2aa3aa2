"""The store's write and read paths: encrypted vs plain SQLite (same code, same
SQLite build, no key) vs a bare ``sqlite3`` floor, at 1× and 10× data.

1× is a household of 8 children with a year of daily logs; 10× is ten years.
"""

from __future__ import annotations

import json
import os
import sqlite3
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
from app.services.records import RecordService
from app.services.timeline import TimelineFilter, TimelineService
from app.storage import records as record_store
from app.storage.book import Book, Identity
from app.storage.store import Store

SAVES = 60
READS = 40
PAGE = 100


def median_ms(fn: Callable[[], object], repeat: int) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append((time.perf_counter() - start) * 1000)
    return round(statistics.median(times), 3)


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


def measure_book(book: Book) -> dict[str, float]:
    """Single saves of a log (own transaction, fsync'd), a child's timeline pages,
    and searches, through the app's services."""
    from app.services.household import HouseholdService

    children = HouseholdService(book).children()
    child = children[0]
    records = RecordService(book)
    timeline = TimelineService(book)
    # Saves land on days the generator left empty: the first days before placement.
    days = iter(child.placement_start - timedelta(days=i + 1) for i in range(SAVES * 2))

    def save() -> None:
        records.create(
            DailyLog(
                household_id=book.identity.household_id,
                child_id=child.id,
                author_id=book.identity.user_id,
                date=next(days),
                mood=4,
                text="Rustige dag, goed gegeten en vroeg in bed.",
            )
        )

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
        "save_log_ms": median_ms(save, SAVES),
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
    }


def sqlite3_floor(folder: Path, rows: list[tuple[str, str, str, str]]) -> dict[str, float]:
    """The same rows in stdlib sqlite3 with the same durability, no ORM, no app."""
    conn = sqlite3.connect(folder / "floor.db", isolation_level=None)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = FULL")
    conn.execute(
        "CREATE TABLE record (rowid INTEGER PRIMARY KEY, id TEXT UNIQUE, child TEXT, "
        "day TEXT, content TEXT)"
    )
    conn.execute("CREATE INDEX ix ON record (child, day, rowid)")
    conn.execute("CREATE TABLE outbox (seq INTEGER PRIMARY KEY, record_id TEXT, content TEXT)")
    conn.execute("BEGIN")
    conn.executemany("INSERT INTO record (id, child, day, content) VALUES (?, ?, ?, ?)", rows)
    conn.execute("COMMIT")
    child = rows[0][1]
    counter = iter(range(10**9))
    content = rows[0][3]

    def save() -> None:
        i = next(counter)
        conn.execute("BEGIN")
        conn.execute(
            "INSERT INTO record (id, child, day, content) VALUES (?, ?, ?, ?)",
            (f"x{i}", child, "1990-01-01", content),
        )
        conn.execute("INSERT INTO outbox (record_id, content) VALUES (?, ?)", (f"x{i}", content))
        conn.execute("COMMIT")

    def page() -> None:
        for (text,) in conn.execute(
            "SELECT content FROM record WHERE child = ? ORDER BY day DESC, rowid DESC LIMIT ?",
            (child, PAGE),
        ):
            json.loads(text)

    figures = {
        "save_log_ms": median_ms(save, SAVES),
        "timeline_first_page_ms": median_ms(page, READS),
    }
    conn.close()
    return figures


def build(folder: Path, key: bytes | None, years: int) -> tuple[Book, float]:
    book = make_book(folder, key)
    start = time.perf_counter()
    bulk.fill_large(book, children=8, years=years)
    return book, round(time.perf_counter() - start, 2)


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
                scale[name] = {"daily_logs": count, "build_s": build_s, **measure_book(book)}
                book.close()
            scale["sqlite3_floor"] = sqlite3_floor(Path(tmp) / f"encrypted-{years}", sample)
            enc, plain = scale["encrypted"], scale["plain"]
            scale["ratio_encrypted_vs_plain"] = {
                k: round(enc[k] / plain[k], 2) for k in enc if k.endswith("_ms") and plain.get(k)
            }
            scale["ratio_encrypted_vs_sqlite3"] = {
                k: round(enc[k] / v, 2) for k, v in scale["sqlite3_floor"].items() if v
            }
            out[f"{years}y"] = scale
        if len(scales) == 2:
            small, large = (out[f"{y}y"]["encrypted"] for y in scales)
            out["growth_10x_vs_1x"] = {
                k: round(large[k] / small[k], 2)
                for k in small
                if k.endswith("_ms") and small.get(k)
            }
    return out
