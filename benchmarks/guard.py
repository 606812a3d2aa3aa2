"""``python -m benchmarks --quick``: the guard the test command runs.

It checks only ratios measured in the same run, with margins no machine's noise
crosses: every paged read (a child's and the household's timeline, first page
and deep page; search; every household's review queue counts and one
household's queue; the household overview) at
10× the history against 1× (at most ``GROWTH_LIMIT``), and encrypted against
plain SQLite at each size (at most ``ENCRYPTED_LIMIT``). Absolute times are the
benchmark's business, not the guard's.

The data is small (a household of 4 children over 1 and 10 years; a supervisor
of 2 households of 3 children over 60 and 600 days, the older history already
reviewed) so the run takes seconds. Pages are of 20 rows: with a page's own
work small, a read that walks or sorts the history shows at these sizes (the
household timeline's plan that sorted the whole household reads 10× slower at
10× here). Reads are measured in interleaved rounds
(every read at every size in each round) and the median of the rounds is kept,
so a busy machine slows both sides of a ratio alike; a crossed ratio is measured
again before it counts.
"""

from __future__ import annotations

import os
import statistics
import tempfile
import time
import uuid
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path
from typing import Any

from app.demo import bulk as demo_bulk
from app.demo import supervisor as demo_supervisor
from app.domain.records import Review
from app.domain.vocabulary import HouseholdKind, ReviewMark, Role
from app.services.household import HouseholdService
from app.services.overview import Overview
from app.services.records import RecordService
from app.services.review import ReviewQueue
from app.services.timeline import TimelineFilter, TimelineService
from app.storage import bulk as store_bulk
from app.storage import records as record_store
from app.storage.book import Book, Identity
from app.storage.store import Store

GROWTH_LIMIT = 3.0
ENCRYPTED_LIMIT = 2.0
SIZES = ("1x", "10x")
STORES = ("encrypted", "plain")
HOUSEHOLD_YEARS = {"1x": 1, "10x": 10}
HOUSEHOLD_CHILDREN = 4
SUPERVISOR_DAYS = {"1x": 60, "10x": 600}
SUPERVISOR_HOMES, SUPERVISOR_CHILDREN = 2, 3
OVERVIEW_DAYS = 90
PAGE = 20
ROUNDS = 15
ATTEMPTS = 3

# name -> size -> store -> milliseconds (median of the rounds)
Figures = Mapping[str, Mapping[str, Mapping[str, float]]]
Read = Callable[[], object]


@dataclass(frozen=True)
class Crossed:
    """A ratio over its limit, with the figures it came from."""

    read: str
    ratio: str  # "growth 1x->10x (encrypted)" or "encrypted/plain (10x)"
    value: float
    limit: float
    over: float
    under: float

    def line(self) -> str:
        return (
            f"{self.read}: {self.ratio} = {self.value:.2f} > {self.limit:g} "
            f"({self.over:.3f} ms vs {self.under:.3f} ms)"
        )


def ratios(figures: Figures) -> dict[str, dict[str, float]]:
    """Every ratio the guard checks, by read."""
    out: dict[str, dict[str, float]] = {}
    for read, sizes in figures.items():
        mine = out.setdefault(read, {})
        for store in STORES:
            small, large = sizes["1x"][store], sizes["10x"][store]
            mine[f"growth 1x->10x ({store})"] = round(large / small, 2)
        for size in SIZES:
            enc, plain = sizes[size]["encrypted"], sizes[size]["plain"]
            mine[f"encrypted/plain ({size})"] = round(enc / plain, 2)
    return out


def check(figures: Figures) -> list[Crossed]:
    """The ratios over their limits; none when every read is flat and encryption
    costs at most ``ENCRYPTED_LIMIT``."""
    crossed = []
    for read, sizes in figures.items():
        for store in STORES:
            small, large = sizes["1x"][store], sizes["10x"][store]
            if large > GROWTH_LIMIT * small:
                crossed.append(
                    Crossed(
                        read, f"growth 1x->10x ({store})", large / small, GROWTH_LIMIT, large, small
                    )
                )
        for size in SIZES:
            enc, plain = sizes[size]["encrypted"], sizes[size]["plain"]
            if enc > ENCRYPTED_LIMIT * plain:
                crossed.append(
                    Crossed(
                        read, f"encrypted/plain ({size})", enc / plain, ENCRYPTED_LIMIT, enc, plain
                    )
                )
    return crossed


# Building the stores ------------------------------------------------------------------
def _book(folder: Path, key: bytes | None, role: Role) -> Book:
    store = Store.create(folder / "thuisboek.db", key)
    hid, uid = uuid.uuid4(), uuid.uuid4()
    return Book(folder, store, Identity("guard", uid, "guarddevice", hid, "Guard", role))


def _household(folder: Path, key: bytes | None, years: int) -> tuple[dict[str, Read], Read]:
    """A caregiver's store of 2 children's daily logs over ``years`` years, and its
    paged reads."""
    from app.domain.records import Household, Person

    book = _book(folder, key, Role.CAREGIVER)
    me = book.identity
    records = RecordService(book)
    records.create(
        Household(
            id=me.household_id,
            household_id=me.household_id,
            name="Guard",
            household_kind=HouseholdKind.SIMBA,
        )
    )
    records.create(
        Person(
            id=me.user_id, household_id=me.household_id, display_name="Guard", role=Role.CAREGIVER
        )
    )
    demo_bulk.fill_large(book, children=HOUSEHOLD_CHILDREN, years=years)
    child = HouseholdService(book).children()[0]
    timeline = TimelineService(book)
    mine, household = TimelineFilter(child_id=child.id), TimelineFilter(child_id=None)
    with book.store.read() as session:
        total = len(record_store.for_child(session, child.id, ["daily_log"]))
    deep = int(total * 0.8) // PAGE  # pages to about 80 % of the timeline

    def cursor_at(where: TimelineFilter, pages: int) -> Any:
        cursor = timeline.page(where, limit=PAGE).next_cursor
        for _ in range(pages):
            cursor = timeline.page(where, after=cursor, limit=PAGE).next_cursor or cursor
        return cursor

    child_deep = cursor_at(mine, deep)
    household_deep = cursor_at(household, deep * HOUSEHOLD_CHILDREN)
    return {
        "child timeline, first page": lambda: timeline.page(mine, limit=PAGE),
        "child timeline, deep page": lambda: timeline.page(mine, after=child_deep, limit=PAGE),
        "household timeline, first page": lambda: timeline.page(household, limit=PAGE),
        "household timeline, deep page": lambda: timeline.page(
            household, after=household_deep, limit=PAGE
        ),
        "search, a rare word": lambda: timeline.search(
            demo_bulk.LARGE_RARE_WORD, child_id=child.id
        ),
        "search, a common word": lambda: timeline.search("bed", limit=50),
    }, book.close


def _supervisor(folder: Path, key: bytes | None, days: int) -> tuple[dict[str, Read], Read]:
    """A supervisor's store of 2 households over ``days`` days in which everything
    older than the smallest size was reviewed (a supervisor who keeps up), and the
    reads of the review queue and the overview."""
    book = _book(folder, key, Role.SUPERVISOR)
    summary = demo_supervisor.fill_supervisor(book, SUPERVISOR_HOMES, SUPERVISOR_CHILDREN, days)
    queue = ReviewQueue(book)
    cutoff = book.today() - timedelta(days=SUPERVISOR_DAYS["1x"])
    me = book.identity
    marks = [
        Review(
            household_id=home.household_id,
            target_id=item.record_id,
            target_kind=item.kind,
            target_version=item.version,
            children=list(item.child_ids),
            mark=ReviewMark.REVIEWED,
            author_id=me.user_id,
            modified_by=me.user_id,
            device_id=me.device_id,
            modified_at=book.clock.now(),
        )
        for home in summary.households
        for item in queue.items(home.household_id)
        if item.day is not None and item.day < cutoff and not item.open_question
    ]
    with book.store.write() as session:
        store_bulk.put_synced_many(session, marks)
    first = summary.households[0].household_id
    overview = Overview(book)
    end = book.today()
    start = end - timedelta(days=OVERVIEW_DAYS)
    return {
        "review queue counts of every household": queue.households,
        "review queue of a household": lambda: queue.items(first),
        "household overview": lambda: overview.build(first, start, end),
    }, book.close


# Measuring ----------------------------------------------------------------------------
def _once(read: Read) -> float:
    start = time.perf_counter()
    read()
    return (time.perf_counter() - start) * 1000


def measure(
    reads: Mapping[str, Mapping[str, Mapping[str, Read]]], rounds: int = ROUNDS
) -> dict[str, dict[str, dict[str, float]]]:
    """Each read at each size in each store once per round, interleaved; the
    median over the rounds. ``reads``: size -> store -> name -> read."""
    times: dict[str, dict[str, dict[str, list[float]]]] = {}
    for size, stores in reads.items():  # a warm-up: caches filled, statements prepared
        for store, named in stores.items():
            for name, read in named.items():
                read()
                times.setdefault(name, {}).setdefault(size, {})[store] = []
    for _ in range(rounds):
        for size, stores in reads.items():
            for store, named in stores.items():
                for name, read in named.items():
                    times[name][size][store].append(_once(read))
    return {
        name: {
            size: {store: round(statistics.median(t), 4) for store, t in by_store.items()}
            for size, by_store in by_size.items()
        }
        for name, by_size in times.items()
    }


def run() -> tuple[dict[str, Any], list[Crossed]]:
    """Build the small stores, measure, and measure again what crossed a limit:
    a ratio counts as crossed only when it is crossed in every attempt."""
    key = os.urandom(32)
    started = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="thuisboek-guard-") as tmp:
        reads: dict[str, dict[str, dict[str, Read]]] = {}
        closers: list[Read] = []
        for size in SIZES:
            for store, k in (("encrypted", key), ("plain", None)):
                folder = Path(tmp) / f"{store}-{size}"
                (folder / "household").mkdir(parents=True)
                (folder / "supervisor").mkdir()
                household, close_household = _household(
                    folder / "household", k, HOUSEHOLD_YEARS[size]
                )
                supervisor, close_supervisor = _supervisor(
                    folder / "supervisor", k, SUPERVISOR_DAYS[size]
                )
                closers += [close_household, close_supervisor]
                named = {**household, **supervisor}
                reads.setdefault(size, {})[store] = named
        built = time.perf_counter() - started
        try:
            figures = measure(reads)
            crossed = check(figures)
            for _ in range(ATTEMPTS - 1):
                if not crossed:
                    break
                again = {c.read for c in crossed}
                retry = measure(
                    {
                        size: {
                            s: {n: r for n, r in named.items() if n in again}
                            for s, named in stores.items()
                        }
                        for size, stores in reads.items()
                    }
                )
                figures.update(retry)
                before = {(c.read, c.ratio) for c in crossed}
                crossed = [c for c in check(figures) if (c.read, c.ratio) in before]
        finally:
            for close in closers:
                close()
    report: dict[str, Any] = {
        "limits": {"growth_1x_to_10x": GROWTH_LIMIT, "encrypted_vs_plain": ENCRYPTED_LIMIT},
        "sizes": {
            "household": {"children": HOUSEHOLD_CHILDREN, "years": HOUSEHOLD_YEARS},
            "supervisor": {
                "households": SUPERVISOR_HOMES,
                "children_each": SUPERVISOR_CHILDREN,
                "days": SUPERVISOR_DAYS,
            },
        },
        "reads_ms": figures,
        "ratios": ratios(figures),
        "crossed": [c.line() for c in crossed],
        "build_s": round(built, 1),
        "seconds": round(time.perf_counter() - started, 1),
    }
    return report, crossed
