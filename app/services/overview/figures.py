"""What a household overview says: per child and week the logs, days without one,
incidents, contacts, milestones and siblings; and the signals that say where to
look first."""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum

from app.domain.records import Child
from app.domain.vocabulary import ContactStatus, HouseholdKind, RelationKind, Severity

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
    # Well-being checks: the mean rating of each up to the period's end, oldest
    # first; when the last was and when the next is due.
    wellbeing: tuple[tuple[date, float], ...] = ()
    wellbeing_last: date | None = None
    wellbeing_due: date | None = None


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
