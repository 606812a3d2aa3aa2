"""A household at a glance, for a supervisor: where to look this week.

Per child, over a period: daily logs per ISO week and the days without one,
incidents per week by severity, contacts per relative (planned, held,
cancelled, no-show), milestone progress per domain, and each sibling with
whether they live together and how long ago they last saw each other. From
these come a few *signals* — codes with parameters the UI translates — that
say where to look first.

Everything is counted in SQL over indexed columns where it can be (a log is
counted from the ``kind/household/day`` index and the child links, without
reading its content); only the few fields that live in the JSON content
(incident flags, contact statuses, milestone items) are read with
``json_extract``, never whole records through pydantic.

Entries are read as they stand now: a log or contact note that was amended
counts as its latest amendment (the way ``contacts.threads`` reads them), and
an amendment is never counted as an entry of its own. "Entry" in the weekly
counts and the days without one means a daily log. Today is not over, so a
day without a log counts from yesterday back.
"""

from __future__ import annotations

import json
import uuid
from bisect import bisect_left
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from enum import StrEnum
from typing import Any

from sqlalchemy import text
from sqlmodel import Session

from app.domain.catalog import Catalog, load_catalog
from app.domain.records import (
    Child,
    ContactStatus,
    Household,
    HouseholdKind,
    MilestoneStatus,
    RelationKind,
    Relative,
    Severity,
)
from app.services.contacts import PARENTS, same_group, sort_relatives
from app.services.household import age_in_months
from app.services.milestones import MilestoneService
from app.storage import repository
from app.storage.book import Book

# Where-to-look thresholds.
WINDOW_DAYS = 7  # "recent": the last week
GAP_SIGNAL_DAYS = 3  # days without a log within the window
MISSED_SIGNAL = 2  # cancelled or no-show contacts in a row with one relative
SIBLING_SIGNAL_DAYS = 30  # a sibling placed apart not seen for longer
RECENT_GAPS = 5
SIBLING_RELATIONS = frozenset({RelationKind.SIBLING, RelationKind.HALF_SIBLING})
MISSED = frozenset({ContactStatus.CANCELLED, ContactStatus.NO_SHOW})


class SignalCode(StrEnum):
    INCIDENT_RECENT = "incident_recent"  # child_id, count, severity, last
    DAYS_WITHOUT_ENTRY = "days_without_entry"  # child_id, days, window
    CONTACTS_MISSED = "contacts_missed"  # child_id, relative_id, relative, count
    SIBLING_NOT_SEEN = "sibling_not_seen"  # child_id, sibling, days (None: never)


# Most urgent first.
SIGNAL_ORDER = tuple(SignalCode)


@dataclass(frozen=True)
class SeverityCounts:
    low: int = 0
    medium: int = 0
    high: int = 0

    @property
    def total(self) -> int:
        return self.low + self.medium + self.high

    @property
    def highest(self) -> Severity | None:
        for severity, n in ((Severity.HIGH, self.high), (Severity.MEDIUM, self.medium)):
            if n:
                return severity
        return Severity.LOW if self.low else None

    def __add__(self, other: SeverityCounts) -> SeverityCounts:
        return SeverityCounts(
            self.low + other.low, self.medium + other.medium, self.high + other.high
        )


@dataclass(frozen=True)
class WeekStat:
    """One ISO week of a child (only the days inside the period, the placement
    and up to today count in ``days``)."""

    monday: date
    year: int
    week: int
    days: int
    entries: int
    days_with_entry: int
    incidents: SeverityCounts = SeverityCounts()


@dataclass(frozen=True)
class Gap:
    """Consecutive days without a daily log."""

    first: date
    last: date

    @property
    def days(self) -> int:
        return (self.last - self.first).days + 1


@dataclass(frozen=True)
class RelativeContacts:
    """Contacts of one child with one relative in the period, as they stand now."""

    relative_id: uuid.UUID
    name: str
    relation: RelationKind
    planned: int = 0
    held: int = 0
    cancelled: int = 0
    no_show: int = 0
    last_held: date | None = None  # also before the period
    days_since: int | None = None
    next_planned: date | None = None
    missed_in_a_row: int = 0  # the latest contacts, cancelled or no-show


@dataclass(frozen=True)
class DomainProgress:
    """The catalog items of one domain a child sees now (the Milestones page's
    list) and how many of them stand at achieved / emerging."""

    domain: str
    achieved: int
    emerging: int
    total: int
    achieved_in_period: int = 0


@dataclass(frozen=True)
class SiblingLink:
    """A brother or sister: living in the same household, or apart (in another
    household this store holds, or as a relative placed elsewhere)."""

    name: str
    together: bool
    child_id: uuid.UUID | None = None  # when the sibling is a child this store knows
    relative_id: uuid.UUID | None = None  # the child's relative record for them
    household_id: uuid.UUID | None = None
    last_seen: date | None = None  # apart only: the last contact that happened
    days_since: int | None = None


@dataclass(frozen=True)
class ChildOverview:
    child: Child
    age_months: int
    weeks: tuple[WeekStat, ...]
    entries: int
    days_without_entry: int
    recent_gaps: tuple[Gap, ...]  # newest first
    incidents: SeverityCounts
    last_incident: date | None
    incidents_recent: SeverityCounts  # in the last WINDOW_DAYS days up to ``on``
    days_without_recent: int  # of the last WINDOW_DAYS days that are over
    contacts: tuple[RelativeContacts, ...]
    milestones: tuple[DomainProgress, ...]
    siblings: tuple[SiblingLink, ...]


@dataclass(frozen=True)
class Signal:
    code: SignalCode
    child_id: uuid.UUID | None
    params: Mapping[str, str | int | None] = field(default_factory=dict)


@dataclass(frozen=True)
class HouseholdOverview:
    household_id: uuid.UUID
    name: str
    household_kind: HouseholdKind | None
    start: date
    end: date
    on: date  # the day "now" means: the end of the period, or today if earlier
    children: tuple[ChildOverview, ...]
    signals: tuple[Signal, ...]

    def incident_weeks(self) -> list[tuple[date, SeverityCounts]]:
        """Incidents of all children per ISO week (Monday), oldest first."""
        total: dict[date, SeverityCounts] = {}
        for child in self.children:
            for week in child.weeks:
                total[week.monday] = total.get(week.monday, SeverityCounts()) + week.incidents
        return sorted(total.items())


_NEVER = datetime.min.replace(tzinfo=UTC)
_STATUSES = frozenset(s.value for s in ContactStatus)


# Light rows read from the JSON content ---------------------------------------------


@dataclass(frozen=True)
class _Entry:
    """The fields of a log or contact note the overview needs."""

    id: str
    day: date
    amends: str | None
    created: datetime
    children: tuple[str, ...] = ()
    relatives: tuple[str, ...] = ()
    status: str = ""
    flag: bool = False
    severity: str | None = None


def _when(value: str | None) -> datetime:
    return datetime.fromisoformat(value) if value else _NEVER


def _current(entries: Iterable[_Entry]) -> list[_Entry]:
    """The current version of each entry: its latest amendment, or itself
    (the same reading as ``contacts.threads``)."""
    by_id = {e.id: e for e in entries}

    def root(entry: _Entry) -> str:
        seen = {entry.id}
        key = entry.id
        while entry.amends is not None:
            key = entry.amends
            parent = by_id.get(key)
            if parent is None or parent.id in seen:
                break
            seen.add(parent.id)
            entry = parent
        return key

    groups: dict[str, list[_Entry]] = defaultdict(list)
    for entry in by_id.values():
        groups[root(entry)].append(entry)
    out = []
    for key, members in groups.items():
        amendments = [e for e in members if e.id != key]
        out.append(max(amendments, key=lambda e: e.created) if amendments else members[0])
    return out


# Each entry's JSON fields come out of one parse, as one JSON array.
_LOG_PATHS = "'$.amends_id', '$.created_at', '$.child_id', '$.flag', '$.severity'"
_NOTE_PATHS = "'$.amends_id', '$.created_at', '$.children', '$.relatives', '$.status'"
_LOGS = (
    f"SELECT r.id, r.day, json_extract(r.content, {_LOG_PATHS}) FROM record AS r "
    "WHERE r.deleted = 0 AND r.kind = 'daily_log' AND r.household_id = :h "
)
# The term on the flag is written the way a partial index on it would be.
_FLAGGED_SQL = text(
    _LOGS + "AND r.day BETWEEN :start AND :end AND json_extract(r.content, '$.flag') = 1"
)
# Amendments, and the entries they amend, found through the partial index on
# ``amends_id`` (the ``+`` keeps SQLite from walking all logs by kind instead).
_AMENDS_ID = "json_extract(content, '$.amends_id')"
_AMENDMENTS = f"SELECT rowid FROM record WHERE {_AMENDS_ID} IS NOT NULL"
_AMENDED = f"SELECT {_AMENDS_ID} FROM record WHERE {_AMENDS_ID} IS NOT NULL"
_AMENDED_LOGS_SQL = text(
    f"SELECT r.id, r.day, json_extract(r.content, {_LOG_PATHS}) FROM record AS r "
    f"WHERE (r.rowid IN ({_AMENDMENTS}) OR r.id IN ({_AMENDED})) "
    "AND r.deleted = 0 AND +r.kind = 'daily_log' AND +r.household_id = :h"
)
_NOTE_SQL = text(
    f"SELECT r.id, r.day, json_extract(r.content, {_NOTE_PATHS}) FROM record AS r "
    "WHERE r.deleted = 0 AND r.kind = 'contact_note' AND r.household_id = :h AND r.day >= :start"
)
# The days of each child's daily logs (originals only), from the indexes alone:
# one row per child.
_LOG_DAYS_SQL = text(
    "SELECT k.child_id, group_concat(r.day) FROM record AS r "
    "JOIN record_child AS k ON k.record_rowid = r.rowid "
    "WHERE r.kind = 'daily_log' AND r.household_id = :h AND r.day BETWEEN :start AND :end "
    f"AND r.rowid NOT IN ({_AMENDMENTS}) GROUP BY k.child_id"
)
_MILESTONE_SQL = text(
    "SELECT k.child_id, r.day, r.modified_at, json_extract(r.content, '$.item_id'), "
    "json_extract(r.content, '$.status') FROM record AS r "
    "JOIN record_child AS k ON k.record_rowid = r.rowid "
    "WHERE r.kind = 'milestone_observation' AND r.household_id = :h AND r.day <= :end"
)
# Children of the other households, to find brothers and sisters placed there.
_OTHER_CHILDREN_SQL = text(
    "SELECT json_extract(content, '$.sibling_group'), content FROM record "
    "WHERE kind = 'child' AND deleted = 0 AND household_id != :h"
)
# One child's relatives in another household (their links carry no day).
_CHILD_RELATIVES_SQL = text(
    "SELECT r.content FROM record AS r WHERE r.rowid IN (SELECT record_rowid FROM record_child "
    "WHERE child_id = :child AND day IS NULL INTERSECT SELECT rowid FROM record "
    "WHERE kind = 'relative' AND household_id = :h)"
)
# The last contact of a child with a relative that happened up to a day: walks the
# household's notes newest first and stops at the first match. A note counts
# unless a live amendment corrects it (the amendment itself is a note too).
_LAST_HELD_SQL = text(
    "SELECT r.day FROM record AS r WHERE r.kind = 'contact_note' AND r.household_id = :h "
    "AND r.deleted = 0 AND r.day <= :until "
    "AND json_extract(r.content, '$.status') = 'happened' "
    "AND EXISTS (SELECT 1 FROM json_each(r.content, '$.relatives') WHERE value = :relative) "
    "AND EXISTS (SELECT 1 FROM json_each(r.content, '$.children') WHERE value = :child) "
    "AND r.id NOT IN (SELECT json_extract(content, '$.amends_id') FROM record "
    "WHERE json_extract(content, '$.amends_id') IS NOT NULL AND deleted = 0) "
    "ORDER BY r.day DESC LIMIT 1"
)


def _log(row: Sequence[Any]) -> _Entry:
    """A log from ``id, day, [amends_id, created_at, child_id, flag, severity]``."""
    amends, created, child, flag, severity = json.loads(row[2])
    return _Entry(
        row[0],
        date.fromisoformat(row[1]),
        amends,
        _when(created),
        children=(child,),
        flag=bool(flag),
        severity=severity,
    )


def _note(row: Sequence[Any]) -> _Entry:
    """A note from ``id, day, [amends_id, created_at, children, relatives, status]``."""
    amends, created, children, relatives, status = json.loads(row[2])
    return _Entry(
        row[0],
        date.fromisoformat(row[1]),
        amends,
        _when(created),
        children=tuple(children or ()),
        relatives=tuple(relatives or ()),
        status=status or "",
    )


def _incidents(session: Session, household: str, start: date, end: date) -> list[_Entry]:
    """The incidents of the period as they stand now: the flagged logs, read
    together with every amended or amending log, so that an incident corrected
    away (or into being) counts as its latest version says."""
    params = {"h": household, "start": start.isoformat(), "end": end.isoformat()}
    rows = [*session.execute(_FLAGGED_SQL, params), *session.execute(_AMENDED_LOGS_SQL, params)]
    return [e for e in _current(_log(r) for r in rows) if e.flag and start <= e.day <= end]


def _notes(session: Session, sql: Any, params: dict[str, str]) -> list[_Entry]:
    """Contact notes as they stand now (amendments read into their originals)."""
    return _current(_note(r) for r in session.execute(sql, params))


def _days(first: date, last: date, step: int = 1) -> Iterator[date]:
    day = first
    while day <= last:
        yield day
        day += timedelta(days=step)


def _monday(day: date) -> date:
    return day - timedelta(days=day.weekday())


_NONE = SeverityCounts()


def _severity_counts(severities: Iterable[str | None]) -> SeverityCounts:
    low = medium = high = 0
    for severity in severities:
        if severity == Severity.LOW:
            low += 1
        elif severity == Severity.HIGH:
            high += 1
        else:  # medium, or a flag without a severity (validation refuses those)
            medium += 1
    return SeverityCounts(low, medium, high)


@dataclass(frozen=True)
class _Period:
    start: date
    end: date
    on: date  # the end, or today when the period reaches into the future
    today: date
    weeks: tuple[tuple[date, int, int], ...] = ()  # Monday, ISO year and week

    @classmethod
    def of(cls, start: date, end: date, today: date) -> _Period:
        mondays = _days(_monday(start), end, 7)
        weeks = tuple((m, *m.isocalendar()[:2]) for m in mondays)
        return cls(start, end, min(end, today), today, weeks)

    @property
    def last_over(self) -> date:
        """The last day that is over (today is not: its logs are written tonight)."""
        return min(self.on, self.today - timedelta(days=1))

    @property
    def window_start(self) -> date:
        return self.on - timedelta(days=WINDOW_DAYS - 1)


def _last_held(
    session: Session, household: str, child: str, relative: str, until: date
) -> date | None:
    day = session.execute(
        _LAST_HELD_SQL,
        {"h": household, "until": until.isoformat(), "relative": relative, "child": child},
    ).scalar()
    return date.fromisoformat(day) if day else None


class _Contacts:
    """Contact notes of one household's children since the period started."""

    def __init__(
        self, session: Session, household: str, notes: Sequence[_Entry], period: _Period
    ) -> None:
        self.session = session
        self.household = household
        self.period = period
        self.by_child: dict[str, list[_Entry]] = defaultdict(list)
        for note in sorted(notes, key=lambda n: (n.day, n.created)):
            for child in note.children:
                self.by_child[child].append(note)

    def with_relative(self, child: str, relative: str) -> list[_Entry]:
        return [n for n in self.by_child.get(child, ()) if relative in n.relatives]

    def last_held(self, child: str, relative: str) -> date | None:
        """The last contact that happened up to ``on``, before the period too."""
        held = [
            n.day
            for n in self.with_relative(child, relative)
            if n.status == ContactStatus.HAPPENED and n.day <= self.period.on
        ]
        if held:
            return max(held)
        return _last_held(
            self.session, self.household, child, relative, self.period.start - timedelta(days=1)
        )

    def summary(self, child: Child, relative: Relative) -> RelativeContacts:
        period = self.period
        me, rid = str(child.id), str(relative.id)
        notes = self.with_relative(me, rid)
        counts = Counter(
            n.status for n in notes if period.start <= n.day <= period.end and n.status in _STATUSES
        )
        missed = 0
        for note in reversed([n for n in notes if n.day <= period.on]):
            if note.status == ContactStatus.PLANNED:
                continue
            if note.status not in MISSED:
                break
            missed += 1
        last = self.last_held(me, rid)
        planned = [n.day for n in notes if n.status == ContactStatus.PLANNED and n.day > period.on]
        return RelativeContacts(
            relative_id=relative.id,
            name=relative.name,
            relation=relative.relation,
            planned=counts[ContactStatus.PLANNED],
            held=counts[ContactStatus.HAPPENED],
            cancelled=counts[ContactStatus.CANCELLED],
            no_show=counts[ContactStatus.NO_SHOW],
            last_held=last,
            days_since=(period.on - last).days if last is not None else None,
            next_planned=min(planned, default=None),
            missed_in_a_row=missed,
        )


def _same_person(name: str, child: Child) -> bool:
    """Whether a relative's name names this child (full name, or first name)."""
    wanted = " ".join(name.split()).casefold()
    return bool(wanted) and wanted in (
        " ".join(child.display_name().split()).casefold(),
        child.given_name.strip().casefold(),
    )


class _Siblings:
    """Brothers and sisters: in the household, in the other households this store
    holds (the same sibling group), and relatives placed elsewhere."""

    def __init__(
        self,
        session: Session,
        household_id: uuid.UUID,
        children: Sequence[Child],
        relatives: Sequence[Relative],
        contacts: _Contacts,
    ) -> None:
        self.session = session
        self.children = children
        self.relatives = relatives
        self.contacts = contacts
        self.period = contacts.period
        self._there: dict[uuid.UUID, list[Relative]] = {}
        groups = {c.sibling_group.strip().casefold() for c in children} - {""}
        self.elsewhere: list[Child] = []
        if groups:
            for group, content in session.execute(_OTHER_CHILDREN_SQL, {"h": str(household_id)}):
                if (group or "").strip().casefold() not in groups:
                    continue
                other = Child.model_validate_json(content)
                if other.placement_end is None or other.placement_end >= self.period.on:
                    self.elsewhere.append(other)

    def links(self, child: Child) -> tuple[SiblingLink, ...]:
        mine = [
            r for r in self.relatives if r.relation in SIBLING_RELATIONS and child.id in r.children
        ]
        parents = [r for r in self.relatives if r.relation in PARENTS and child.id in r.children]
        used: set[uuid.UUID] = set()
        out: list[SiblingLink] = []

        def named(other: Child) -> Relative | None:
            found = next((r for r in mine if _same_person(r.name, other)), None)
            if found is not None:
                used.add(found.id)
            return found

        for other in self.children:
            if other.id != child.id and (
                same_group(child, other) or any(other.id in p.children for p in parents)
            ):
                relative = named(other)
                out.append(
                    SiblingLink(
                        other.display_name(),
                        True,
                        child_id=other.id,
                        relative_id=relative.id if relative else None,
                        household_id=other.household_id,
                    )
                )
        for other in self.elsewhere:
            if not same_group(child, other):
                continue
            relative = named(other)
            seen = [
                self.contacts.last_held(str(child.id), str(relative.id)) if relative else None,
                self._seen_from_there(child, other),
            ]
            out.append(self._apart(other.display_name(), relative, [d for d in seen if d], other))
        for relative in mine:
            if relative.id in used:
                continue
            if relative.placed_together:
                out.append(SiblingLink(relative.name, True, relative_id=relative.id))
                continue
            last = self.contacts.last_held(str(child.id), str(relative.id))
            out.append(self._apart(relative.name, relative, [last] if last else []))
        return tuple(out)

    def _apart(
        self, name: str, relative: Relative | None, seen: list[date], other: Child | None = None
    ) -> SiblingLink:
        last = max(seen, default=None)
        return SiblingLink(
            name,
            False,
            child_id=other.id if other else None,
            relative_id=relative.id if relative else None,
            household_id=other.household_id if other else None,
            last_seen=last,
            days_since=(self.period.on - last).days if last is not None else None,
        )

    def _seen_from_there(self, child: Child, other: Child) -> date | None:
        """What the other household wrote: its child with its relative record for ours."""
        household = str(other.household_id)
        if other.id not in self._there:
            found = self.session.execute(
                _CHILD_RELATIVES_SQL, {"child": str(other.id), "h": household}
            )
            self._there[other.id] = [
                r
                for r in (Relative.model_validate_json(c) for (c,) in found)
                if r.relation in SIBLING_RELATIONS
            ]
        seen = [
            _last_held(self.session, household, str(other.id), str(r.id), self.period.on)
            for r in self._there[other.id]
            if _same_person(r.name, child)
        ]
        return max((d for d in seen if d is not None), default=None)


def _milestones(
    catalog: Catalog,
    service: MilestoneService,
    child: Child,
    seen: Sequence[tuple[date, str, str, str]],
    period: _Period,
) -> tuple[DomainProgress, ...]:
    """Per domain, the items the Milestones page lists for the child now (its
    age band and either side, plus items seen before in the same lists) and
    where each stands: its latest observation up to ``on``."""
    current: dict[str, str] = {}
    first_achieved: dict[str, date] = {}
    for day, _, item_id, status in sorted(seen):  # by day observed, then when written
        current[item_id] = status
        if status == MilestoneStatus.ACHIEVED:
            first_achieved.setdefault(item_id, day)
    items = service.items_for(child, period.on)
    shown = {i.id for i in items}
    catalogs = {i.catalog for i in items}
    for item_id in current:
        if item_id not in shown and item_id in catalog:
            item = catalog.by_id(item_id)
            if item.catalog in catalogs:
                items.append(item)
                shown.add(item_id)
    per_domain: dict[str, list[int]] = {}
    for item in items:
        counts = per_domain.setdefault(item.domain, [0, 0, 0, 0])
        standing = current.get(item.id)
        counts[0] += standing == MilestoneStatus.ACHIEVED
        counts[1] += standing == MilestoneStatus.EMERGING
        counts[2] += 1
        since = first_achieved.get(item.id)
        counts[3] += (
            standing == MilestoneStatus.ACHIEVED and since is not None and since >= period.start
        )
    return tuple(
        DomainProgress(domain, *per_domain[domain])
        for domain in catalog.domains()
        if domain in per_domain
    )


def _child_overview(
    child: Child,
    period: _Period,
    per_day: Mapping[int, int],  # logs per day (ordinal)
    incidents: Sequence[_Entry],
    contacts: tuple[RelativeContacts, ...],
    milestones: tuple[DomainProgress, ...],
    siblings: tuple[SiblingLink, ...],
) -> ChildOverview:
    first = max(period.start, child.placement_start).toordinal()
    last = min(period.on, child.placement_end or period.on).toordinal()
    last_over = min(last, period.last_over.toordinal())
    base = period.weeks[0][0].toordinal()
    # Days, entries and days with an entry per week (days in the placement only).
    weeks = [
        [max(0, min(last, m + 6) - max(first, m) + 1), 0, 0]
        for m in range(base, base + 7 * len(period.weeks), 7)
    ]
    logged = {day: n for day, n in per_day.items() if first <= day <= last}
    for day, n in logged.items():
        week = weeks[(day - base) // 7]
        week[1] += n
        week[2] += 1
    missing = sorted(set(range(first, last_over + 1)).difference(logged))
    gaps: list[tuple[int, int]] = []
    for day in missing:
        if gaps and gaps[-1][1] == day - 1:
            gaps[-1] = (gaps[-1][0], day)
        else:
            gaps.append((day, day))
    by_week: dict[date, list[str | None]] = defaultdict(list)
    for entry in incidents:
        by_week[_monday(entry.day)].append(entry.severity)
    return ChildOverview(
        child=child,
        age_months=age_in_months(child.date_of_birth, period.on),
        weeks=tuple(
            WeekStat(
                m,
                year,
                week,
                days,
                entries,
                logged_days,
                _severity_counts(by_week[m]) if m in by_week else _NONE,
            )
            for (m, year, week), (days, entries, logged_days) in zip(
                period.weeks, weeks, strict=True
            )
        ),
        entries=sum(logged.values()),
        days_without_entry=len(missing),
        recent_gaps=tuple(
            Gap(date.fromordinal(a), date.fromordinal(b)) for a, b in reversed(gaps[-RECENT_GAPS:])
        ),
        incidents=_severity_counts(e.severity for e in incidents),
        last_incident=max((e.day for e in incidents), default=None),
        incidents_recent=_severity_counts(
            e.severity for e in incidents if period.window_start <= e.day <= period.on
        ),
        days_without_recent=len(missing) - bisect_left(missing, last_over - WINDOW_DAYS + 1),
        contacts=contacts,
        milestones=milestones,
        siblings=siblings,
    )


class Overview:
    """Builds a household's overview from one read of the store."""

    def __init__(self, book: Book, catalog: Catalog | None = None) -> None:
        self.book = book
        self.catalog = catalog if catalog is not None else load_catalog()
        self.milestones = MilestoneService(book, self.catalog)

    def build(self, household_id: uuid.UUID, start: date, end: date) -> HouseholdOverview:
        """The overview of ``start``..``end`` (inclusive). Children whose placement
        overlaps the period are in it, by first name."""
        if start > end:
            raise ValueError("the period starts after it ends")
        today = self.book.today()
        period = _Period.of(start, end, today)
        h = str(household_id)
        span = {"h": h, "start": start.isoformat(), "end": end.isoformat()}
        with self.book.store.read() as session:
            stored = repository.get(session, household_id)
            household = stored.record if stored is not None else None
            children = sorted(
                (
                    c
                    for c in repository.list_kind(session, Child.kind, household_id)
                    if isinstance(c, Child)
                    and c.placement_start <= end
                    and (c.placement_end is None or c.placement_end >= start)
                ),
                key=lambda c: (c.given_name.casefold(), c.family_name.casefold()),
            )
            relatives = sort_relatives(
                r
                for r in repository.list_kind(session, Relative.kind, household_id)
                if isinstance(r, Relative)
            )
            ordinal = {d.isoformat(): d.toordinal() for d in _days(start, end)}
            per_day: dict[str, dict[int, int]] = defaultdict(dict)
            for child_id, days in session.execute(_LOG_DAYS_SQL, span):
                per_day[child_id] = {
                    ordinal[d]: n for d, n in Counter(days.split(",")).items() if d in ordinal
                }
            incidents: dict[str, list[_Entry]] = defaultdict(list)
            for entry in _incidents(session, h, start, end):
                incidents[entry.children[0]].append(entry)
            seen: dict[str, list[tuple[date, str, str, str]]] = defaultdict(list)
            for child_id, day, stamp, item_id, status in session.execute(
                _MILESTONE_SQL, {"h": h, "end": period.on.isoformat()}
            ):
                seen[child_id].append((date.fromisoformat(day), stamp, item_id, status))
            notes = _notes(session, _NOTE_SQL, {"h": h, "start": start.isoformat()})
            contacts = _Contacts(session, h, notes, period)
            siblings = _Siblings(session, household_id, children, relatives, contacts)
            overviews = tuple(
                _child_overview(
                    c,
                    period,
                    per_day[str(c.id)],
                    incidents[str(c.id)],
                    tuple(contacts.summary(c, r) for r in relatives if c.id in r.children),
                    _milestones(self.catalog, self.milestones, c, seen[str(c.id)], period),
                    siblings.links(c),
                )
                for c in children
            )
        return HouseholdOverview(
            household_id=household_id,
            name=household.name if isinstance(household, Household) else "",
            household_kind=household.household_kind if isinstance(household, Household) else None,
            start=start,
            end=end,
            on=period.on,
            children=overviews,
            signals=tuple(signals(overviews)),
        )


# Where to look -------------------------------------------------------------------------


def signals(children: Iterable[ChildOverview]) -> list[Signal]:
    """Codes with parameters for the UI to translate, most urgent first (then in
    the order of the children)."""
    found: list[Signal] = []
    for overview in children:
        child = overview.child
        name = child.display_name()
        recent = overview.incidents_recent
        if recent.total and overview.last_incident is not None:
            severity = recent.highest
            found.append(
                Signal(
                    SignalCode.INCIDENT_RECENT,
                    child.id,
                    {
                        "child": name,
                        "count": recent.total,
                        "severity": severity.value if severity else None,
                        "last": overview.last_incident.isoformat(),
                    },
                )
            )
        if overview.days_without_recent >= GAP_SIGNAL_DAYS:
            found.append(
                Signal(
                    SignalCode.DAYS_WITHOUT_ENTRY,
                    child.id,
                    {"child": name, "days": overview.days_without_recent, "window": WINDOW_DAYS},
                )
            )
        for contact in overview.contacts:
            if contact.missed_in_a_row >= MISSED_SIGNAL:
                found.append(
                    Signal(
                        SignalCode.CONTACTS_MISSED,
                        child.id,
                        {
                            "child": name,
                            "relative_id": str(contact.relative_id),
                            "relative": contact.name,
                            "count": contact.missed_in_a_row,
                        },
                    )
                )
        for sibling in overview.siblings:
            if not sibling.together and (
                sibling.days_since is None or sibling.days_since > SIBLING_SIGNAL_DAYS
            ):
                found.append(
                    Signal(
                        SignalCode.SIBLING_NOT_SEEN,
                        child.id,
                        {"child": name, "sibling": sibling.name, "days": sibling.days_since},
                    )
                )
    return sorted(found, key=lambda s: SIGNAL_ORDER.index(s.code))
