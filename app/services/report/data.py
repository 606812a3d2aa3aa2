"""What a period report says, read from the store as plain data.

``gather`` reads one child's entries of a period with everything that belongs
to them: amendments (kept beside the original, as written), the supervisors'
reviews with the household's answers, the names of the authors and relatives.
It then counts what the summary says. The rules, also printed in the report:

- Each entry counts in its *current* version, its latest amendment: a visit
  corrected from "happened" to "no-show" counts as a no-show, a log moved to
  another day counts on that day. An entry is in the period when its current
  version's date is.
- Days logged: the distinct days with a daily log; incidents: the daily logs
  with the incident flag.
- Contacts per relative: every relative of the child (with zeros where there
  was no contact), and any other relative named on one of the child's notes.
- A milestone is reached in the period when its first observation as achieved
  falls in it (an item seen achieved again later is not reached twice).

Deleted records are left out: the store links only live records to a child,
and ``records.related`` reads only live ones.
"""

from __future__ import annotations

import unicodedata
import uuid
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime

from sqlmodel import Session

from app.domain.catalog import Catalog, load_catalog
from app.domain.records import (
    Child,
    ContactNote,
    DailyLog,
    Entry,
    Household,
    MilestoneObservation,
    Person,
    Record,
    Relative,
    Review,
)
from app.domain.vocabulary import (
    ContactStatus,
    HouseholdKind,
    MilestoneStatus,
    RelationKind,
    ReviewMark,
    Severity,
)
from app.services.contacts import sort_relatives
from app.services.report.care import CareInPeriod, read_care
from app.services.report.errors import AmbiguousChild, ChildNotFound
from app.storage import records
from app.storage.book import Book

ENTRY_KINDS = (DailyLog.kind, ContactNote.kind, MilestoneObservation.kind)
Tick = Callable[[], None]


@dataclass(frozen=True)
class ReviewItem:
    """A review of an entry, with the answers given to it (oldest first)."""

    review: Review
    answers: tuple[Review, ...] = ()


@dataclass(frozen=True)
class EntryItem:
    """An entry as written, its amendments (oldest first) and its reviews."""

    original: Record  # a DailyLog, ContactNote or MilestoneObservation
    amendments: tuple[Entry, ...] = ()
    reviews: tuple[ReviewItem, ...] = ()

    @property
    def current(self) -> Record:
        return self.amendments[-1] if self.amendments else self.original

    @property
    def day(self) -> date:
        day = self.current.day()
        assert day is not None
        return day

    def sort_key(self) -> tuple[date, int, str]:
        order = {DailyLog.kind: 0, ContactNote.kind: 1, MilestoneObservation.kind: 2}
        record = self.original
        written = record.created_at.isoformat() if isinstance(record, Entry) else ""
        return (self.day, order.get(record.kind, 3), written or record.modified_at)


@dataclass(frozen=True)
class RelativeCounts:
    relative_id: uuid.UUID
    name: str
    relation: RelationKind | None  # None: a relative this device no longer holds
    held: int = 0
    cancelled: int = 0
    no_show: int = 0
    planned: int = 0

    @property
    def total(self) -> int:
        return self.held + self.cancelled + self.no_show + self.planned


@dataclass(frozen=True)
class MilestoneReached:
    day: date
    item_id: str
    domain: str


@dataclass(frozen=True)
class Summary:
    days_in_period: int  # days of the period the child was placed, up to today
    days_logged: int
    logs: int
    incidents: int
    incidents_by_severity: Mapping[Severity, int]
    observations: int
    contacts: tuple[RelativeCounts, ...]
    milestones: tuple[MilestoneReached, ...]


@dataclass(frozen=True)
class ReportData:
    """Everything the report prints, in no language yet."""

    child: Child
    household_name: str
    household_kind: HouseholdKind | None
    start: date
    end: date
    printed_by: str
    printed_at: datetime
    entries: tuple[EntryItem, ...]  # oldest first
    summary: Summary
    people: Mapping[uuid.UUID, str] = field(default_factory=dict)
    relatives: Mapping[uuid.UUID, Relative] = field(default_factory=dict)
    catalog: Catalog = field(default_factory=load_catalog)
    care: CareInPeriod = field(default_factory=CareInPeriod)

    @property
    def empty(self) -> bool:
        return not self.entries


# Reading ---------------------------------------------------------------------------


def _fold(name: str) -> str:
    return " ".join(unicodedata.normalize("NFC", name).split()).casefold()


def find_child(book: Book, key: str | uuid.UUID) -> Child:
    """The child with this id, or with this full name (or, failing that, first
    name), among every child this profile holds, placed now or before."""
    with book.store.read() as session:
        if isinstance(key, uuid.UUID):
            wanted: uuid.UUID | None = key
        else:
            try:
                wanted = uuid.UUID(key.strip())
            except ValueError:
                wanted = None
        if wanted is not None:
            stored = records.get(session, wanted)
            found = stored.record if stored is not None else None
            if isinstance(found, Child) and not found.deleted:
                return found
            raise ChildNotFound(str(key))
        children = [c for c in records.list_kind(session, Child.kind) if isinstance(c, Child)]
    name = _fold(str(key))
    matches = [c for c in children if _fold(c.display_name()) == name]
    if not matches:
        matches = [c for c in children if _fold(c.given_name) == name]
    if not matches:
        raise ChildNotFound(str(key))
    if len(matches) > 1:
        matches.sort(key=lambda c: (c.date_of_birth, str(c.id)))
        raise AmbiguousChild(
            str(key),
            [f"{c.display_name()} ({c.date_of_birth.isoformat()}, {c.id})" for c in matches],
        )
    return matches[0]


def _root_of(session: Session, record: Record, known: dict[uuid.UUID, Record]) -> Record:
    """The original an amendment (of an amendment…) corrects, or the amendment
    itself when its original is gone (deleted); any other record is its own."""
    seen = {record.id}
    while isinstance(record, Entry) and record.amends_id is not None:
        original = known.get(record.amends_id)
        if original is None:
            stored = records.get(session, record.amends_id)
            if stored is None or stored.record.deleted:
                break
            original = known[stored.record.id] = stored.record
        if original.id in seen:  # a cycle can only come from damaged data
            break
        seen.add(original.id)
        record = original
    return record


def _thread(session: Session, root: Record) -> EntryItem:
    """The root's amendments and reviews, following amendments of amendments and
    answers given to a review."""
    amendments: dict[uuid.UUID, Entry] = {}
    reviews: dict[uuid.UUID, Review] = {}
    pending = [root.id]
    while pending:
        for stored in records.related(session, pending.pop()):
            found = stored.record
            if isinstance(found, Review) and found.id not in reviews:
                reviews[found.id] = found
                if found.mark in (ReviewMark.QUESTION, ReviewMark.FOLLOW_UP):
                    pending.append(found.id)
            elif (
                isinstance(found, Entry)
                and found.kind == root.kind
                and found.id not in amendments
                and found.id != root.id
            ):
                amendments[found.id] = found
                pending.append(found.id)
    return EntryItem(
        original=root,
        amendments=tuple(sorted(amendments.values(), key=lambda a: a.created_at)),
        reviews=_review_items(reviews.values()),
    )


def _review_items(reviews: Iterable[Review]) -> tuple[ReviewItem, ...]:
    found = sorted(reviews, key=lambda r: r.created_at)
    ids = {r.id for r in found}
    answers: dict[uuid.UUID, list[Review]] = {}
    for review in found:
        if review.mark == ReviewMark.ANSWER and review.reply_to in ids:
            assert review.reply_to is not None
            answers.setdefault(review.reply_to, []).append(review)
    return tuple(
        ReviewItem(r, tuple(answers.get(r.id, ())))
        for r in found
        if not (r.mark == ReviewMark.ANSWER and r.reply_to in ids)
    )


def find_roots(session: Session, child_id: uuid.UUID, start: date, end: date) -> list[Record]:
    """The originals of the child's entries dated in the period (or amended into
    it), each once; cheap, so that the work ahead can be counted."""
    found = records.for_child(session, child_id, ENTRY_KINDS, since=start)
    known: dict[uuid.UUID, Record] = {r.id: r for r in found}
    roots: dict[uuid.UUID, Record] = {}
    for record in found:
        day = record.day()
        if day is None or day > end:
            continue
        root = _root_of(session, record, known)
        roots.setdefault(root.id, root)
    return list(roots.values())


def read_entries(
    session: Session, roots: Iterable[Record], start: date, end: date, tick: Tick | None = None
) -> list[EntryItem]:
    """The roots with their amendments and reviews, kept when their current
    version lies in the period; oldest first."""
    items = []
    for root in roots:
        item = _thread(session, root)
        if start <= item.day <= end:
            items.append(item)
        if tick is not None:
            tick()
    return sorted(items, key=EntryItem.sort_key)


# Counting --------------------------------------------------------------------------


def _contacts(
    entries: Sequence[EntryItem],
    own: Sequence[Relative],
    everyone: Mapping[uuid.UUID, Relative],
) -> tuple[RelativeCounts, ...]:
    per: dict[uuid.UUID, Counter[ContactStatus]] = {r.id: Counter() for r in own}
    for item in entries:
        note = item.current
        if isinstance(note, ContactNote):
            for relative_id in dict.fromkeys(note.relatives):
                per.setdefault(relative_id, Counter())[note.status] += 1
    known = sort_relatives(everyone[r] for r in per if r in everyone)
    unknown = [r for r in per if r not in everyone]
    rows = []
    for relative_id in [r.id for r in known] + unknown:
        counts = per[relative_id]
        relative = everyone.get(relative_id)
        rows.append(
            RelativeCounts(
                relative_id=relative_id,
                name=relative.name if relative is not None else "",
                relation=relative.relation if relative is not None else None,
                held=counts[ContactStatus.HAPPENED],
                cancelled=counts[ContactStatus.CANCELLED],
                no_show=counts[ContactStatus.NO_SHOW],
                planned=counts[ContactStatus.PLANNED],
            )
        )
    return tuple(rows)


def _milestones(
    observations: Sequence[MilestoneObservation], catalog: Catalog, start: date, end: date
) -> tuple[MilestoneReached, ...]:
    first: dict[str, date] = {}
    for seen in observations:
        if seen.status == MilestoneStatus.ACHIEVED:
            day = first.get(seen.item_id)
            if day is None or seen.observed_on < day:
                first[seen.item_id] = seen.observed_on
    reached = [
        MilestoneReached(day, item_id, catalog.by_id(item_id).domain if item_id in catalog else "")
        for item_id, day in first.items()
        if start <= day <= end
    ]
    return tuple(sorted(reached, key=lambda m: (m.day, m.item_id)))


def _days_in_period(child: Child, start: date, end: date, today: date) -> int:
    first = max(start, child.placement_start)
    last = min(end, today, child.placement_end or end)
    return max(0, (last - first).days + 1)


def summarise(
    child: Child,
    entries: Sequence[EntryItem],
    own_relatives: Sequence[Relative],
    relatives: Mapping[uuid.UUID, Relative],
    observations: Sequence[MilestoneObservation],
    catalog: Catalog,
    start: date,
    end: date,
    today: date,
) -> Summary:
    logs = [i.current for i in entries if isinstance(i.current, DailyLog)]
    flagged = [log for log in logs if isinstance(log, DailyLog) and log.flag]
    severities = Counter(log.severity for log in flagged if isinstance(log, DailyLog))
    days_logged = len({i.day for i in entries if isinstance(i.current, DailyLog)})
    return Summary(
        # Logs written outside the placement dates still count as days.
        days_in_period=max(_days_in_period(child, start, end, today), days_logged),
        days_logged=days_logged,
        logs=len(logs),
        incidents=len(flagged),
        incidents_by_severity={s: severities.get(s, 0) for s in Severity},
        observations=sum(isinstance(i.current, MilestoneObservation) for i in entries),
        contacts=_contacts(entries, own_relatives, relatives),
        milestones=_milestones(observations, catalog, start, end),
    )


def gather(
    book: Book,
    child: Child,
    start: date,
    end: date,
    *,
    now: datetime,
    plan: Callable[[int], None] | None = None,
    tick: Tick | None = None,
    catalog: Catalog | None = None,
) -> ReportData:
    """Read the report's data for one child and period in one read session;
    ``plan(n)`` is told the number of entries to read, ``tick()`` each one read."""
    catalog = catalog if catalog is not None else load_catalog()
    with book.store.read() as session:
        roots = find_roots(session, child.id, start, end)
        if plan is not None:
            plan(len(roots))
        entries = read_entries(session, roots, start, end, tick)
        household = records.get(session, child.household_id)
        people = {
            p.id: p.display_name
            for p in records.list_kind(session, Person.kind, include_deleted=True)
            if isinstance(p, Person)
        }
        relatives = {
            r.id: r
            for r in records.list_kind(session, Relative.kind, include_deleted=True)
            if isinstance(r, Relative)
        }
        own = [
            r
            for r in records.for_child_all(session, child.id, Relative.kind)
            if isinstance(r, Relative)
        ]
        observations = [
            o
            for o in records.for_child(session, child.id, [MilestoneObservation.kind])
            if isinstance(o, MilestoneObservation)
        ]
        care = read_care(session, child.id, start, end, now.astimezone().replace(tzinfo=None))
    home = household.record if household is not None else None
    return ReportData(
        child=child,
        household_name=home.name if isinstance(home, Household) else "",
        household_kind=home.household_kind if isinstance(home, Household) else None,
        start=start,
        end=end,
        printed_by=book.identity.display_name,
        printed_at=now,
        entries=tuple(entries),
        summary=summarise(
            child, entries, own, relatives, observations, catalog, start, end, book.today()
        ),
        people=people,
        relatives=relatives,
        catalog=catalog,
        care=care,
    )
