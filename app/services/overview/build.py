"""Building a household's overview from one read of the store."""

from __future__ import annotations

import uuid
from bisect import bisect_left
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import replace
from datetime import date

from sqlmodel import Session

from app.domain.catalog import Catalog, load_catalog
from app.domain.records import Child, Household, Relative, WellbeingCheck
from app.domain.vocabulary import MilestoneStatus, Severity
from app.services.contacts import sort_relatives
from app.services.household import age_in_months
from app.services.milestones import MilestoneService
from app.services.overview.family import Contacts, Siblings
from app.services.overview.figures import (
    RECENT_GAPS,
    WINDOW_DAYS,
    ChildOverview,
    DomainProgress,
    Gap,
    HouseholdOverview,
    RelativeContacts,
    SeverityCounts,
    SiblingLink,
    WeekStat,
    signals,
)
from app.services.overview.period import Period, each_day, monday
from app.services.wellbeing import current as current_checks
from app.services.wellbeing import due as check_due
from app.services.wellbeing import mean_rating
from app.storage import overview as overview_rows
from app.storage import records
from app.storage.book import Book
from app.storage.overview import EntryRow


def _current(entries: Iterable[EntryRow]) -> list[EntryRow]:
    """The current version of each entry: its latest amendment, or itself
    (the same reading as ``contacts.threads``)."""
    by_id = {e.id: e for e in entries}

    def root(entry: EntryRow) -> str:
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

    groups: dict[str, list[EntryRow]] = defaultdict(list)
    for entry in by_id.values():
        groups[root(entry)].append(entry)
    out = []
    for key, members in groups.items():
        amendments = [e for e in members if e.id != key]
        out.append(max(amendments, key=lambda e: e.created) if amendments else members[0])
    return out


def _incidents(session: Session, household: str, start: date, end: date) -> list[EntryRow]:
    """The incidents of the period as they stand now: the flagged logs, read
    together with every amended or amending log, so that an incident corrected
    away (or into being) counts as its latest version says."""
    logs = overview_rows.incident_logs(session, household, start, end)
    return [e for e in _current(logs) if e.flag and start <= e.day <= end]


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


def _milestones(
    catalog: Catalog,
    service: MilestoneService,
    child: Child,
    seen: Sequence[tuple[date, str, str, str]],
    period: Period,
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
    period: Period,
    per_day: Mapping[int, int],  # logs per day (ordinal)
    incidents: Sequence[EntryRow],
    contacts: tuple[RelativeContacts, ...],
    milestones: tuple[DomainProgress, ...],
    siblings: tuple[SiblingLink, ...],
    since: date | None = None,
) -> ChildOverview:
    # From the period's start, the placement, and the household's first day here.
    first = max(period.start, child.placement_start, since or period.start).toordinal()
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
        by_week[monday(entry.day)].append(entry.severity)
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
        # The last WINDOW_DAYS days up to "now", today included (a log written today
        # counts; today without one yet is not missing).
        days_without_recent=len(missing) - bisect_left(missing, last - WINDOW_DAYS + 1),
        contacts=contacts,
        milestones=milestones,
        siblings=siblings,
    )


def _with_checks(overview: ChildOverview, checks: list[WellbeingCheck], on: date) -> ChildOverview:
    kept = current_checks(checks)
    when = check_due(overview.child, kept, on)
    trend = tuple((c.date, m) for c in reversed(kept) if (m := mean_rating(c)) is not None)
    return replace(overview, wellbeing=trend, wellbeing_last=when.last, wellbeing_due=when.due_on)


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
        period = Period.of(start, end, today)
        h = str(household_id)
        with self.book.store.read() as session:
            stored = records.get(session, household_id)
            household = stored.record if stored is not None else None
            children = sorted(
                (
                    c
                    for c in records.list_kind(session, Child.kind, household_id)
                    if isinstance(c, Child)
                    and c.placement_start <= end
                    and (c.placement_end is None or c.placement_end >= start)
                ),
                key=lambda c: (c.given_name.casefold(), c.family_name.casefold()),
            )
            relatives = sort_relatives(
                r
                for r in records.list_kind(session, Relative.kind, household_id)
                if isinstance(r, Relative)
            )
            ordinal = {d.isoformat(): d.toordinal() for d in each_day(start, end)}
            per_day: dict[str, dict[int, int]] = defaultdict(dict)
            for child_id, logged in overview_rows.log_days(session, h, start, end).items():
                per_day[child_id] = {
                    ordinal[d]: n for d, n in Counter(logged).items() if d in ordinal
                }
            incidents: dict[str, list[EntryRow]] = defaultdict(list)
            for entry in _incidents(session, h, start, end):
                incidents[entry.children[0]].append(entry)
            seen: dict[str, list[tuple[date, str, str, str]]] = defaultdict(list)
            for child_id, day, stamp, item_id, status in overview_rows.milestone_observations(
                session, h, period.on
            ):
                seen[child_id].append((day, stamp, item_id, status))
            checks: dict[uuid.UUID, list[WellbeingCheck]] = defaultdict(list)
            for check in records.list_kind(session, WellbeingCheck.kind, household_id):
                if isinstance(check, WellbeingCheck) and check.date <= period.on:
                    checks[check.child_id].append(check)
            # The household's first day in the app: no days without a log before it.
            since = overview_rows.first_log_day(session, h) or today
            notes = _current(overview_rows.contact_notes(session, h, start))
            contacts = Contacts(session, h, notes, period)
            siblings = Siblings(session, household_id, children, relatives, contacts)
            overviews = tuple(
                _child_overview(
                    c,
                    period,
                    per_day[str(c.id)],
                    incidents[str(c.id)],
                    tuple(contacts.summary(c, r) for r in relatives if c.id in r.children),
                    _milestones(self.catalog, self.milestones, c, seen[str(c.id)], period),
                    siblings.links(c),
                    since,
                )
                for c in children
            )
            overviews = tuple(_with_checks(o, checks[o.child.id], period.on) for o in overviews)
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
