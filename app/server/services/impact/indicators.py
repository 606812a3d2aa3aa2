"""The indicators, as exact counts over the facts: pure functions.

Each returns ``Raw`` figures: a numerator, a denominator and a coverage (how
many of the children concerned had the data), exact. They stay inside the
impact package; ``report`` protects them before anything leaves it.
"""

from __future__ import annotations

import itertools
import statistics
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from app.domain.catalog import Catalog
from app.domain.vocabulary import ContactStatus, RelationKind, WellbeingDimension
from app.server.services.impact.facts import ChildFact, ContactFact, Facts

SIBLINGS = frozenset({RelationKind.SIBLING.value, RelationKind.HALF_SIBLING.value})
RECENT_DAYS = 30
DAYS_PER_MONTH = 30.4375
LIVING_BY_MONTHS = 18 * 12
NOT_RECORDED = "not_recorded"
NOT_APPLICABLE = "not_applicable"


@dataclass(frozen=True)
class Period:
    start: date
    end: date

    def __post_init__(self) -> None:
        if self.end < self.start:
            raise ValueError("the period ends before it starts")

    def holds(self, day: date) -> bool:
        return self.start <= day <= self.end

    def months(self) -> list[tuple[date, date]]:
        """The calendar months wholly inside the period."""
        found: list[tuple[date, date]] = []
        first = self.start if self.start.day == 1 else _next_month(self.start)
        while True:
            after = _next_month(first)
            last = after - timedelta(days=1)
            if last > self.end:
                return found
            found.append((first, last))
            first = after


def _next_month(day: date) -> date:
    return date(day.year + day.month // 12, day.month % 12 + 1, 1)


@dataclass(frozen=True)
class Raw:
    """One figure, exact. ``numerator`` None: a figure that is a value (``value``)."""

    key: str
    unit: str  # what the numerator and denominator count
    numerator: int | None
    denominator: int
    covered: int  # children with the data ...
    of: int  # ... of the children concerned
    value: float | None = None  # a median, over ``covered`` children
    # The children the figure is about, where the counts are not of children
    # (contacts, milestones); None: ``of``.
    children: int | None = None

    @property
    def about(self) -> int:
        return self.of if self.children is None else self.children


Indicator = Callable[[Facts, Period, Sequence[ChildFact], Catalog], list[Raw]]


def _held(contact: ContactFact) -> bool:
    return contact.status == ContactStatus.HAPPENED.value


def _median(values: Iterable[float]) -> float | None:
    found = list(values)
    return float(statistics.median(found)) if found else None


# --- siblings ---------------------------------------------------------------


def _siblings_in_care(facts: Facts, day: date) -> dict[str, list[ChildFact]]:
    """Each child in care on ``day`` in a sibling group: the others of the group in care then."""
    groups: dict[str, list[ChildFact]] = defaultdict(list)
    for child in facts.children:
        if child.sibling_group and child.in_care_on(day):
            groups[child.sibling_group].append(child)
    return {
        child.id: [o for o in members if o.id != child.id]
        for members in groups.values()
        for child in members
        if len(members) > 1
    }


def siblings(facts: Facts, period: Period, scope: Sequence[ChildFact], _c: Catalog) -> list[Raw]:
    """On the period's last day: children with brothers or sisters in care, whether
    all of them live in the same household, and for those apart how often they
    met in the period."""
    day = period.end
    in_care = [c for c in scope if c.in_care_on(day)]
    others = _siblings_in_care(facts, day)
    sibling_relatives: dict[str, set[str]] = defaultdict(set)
    for r in facts.relatives:
        if r.relation in SIBLINGS:
            for child_id in r.children:
                sibling_relatives[child_id].add(r.id)
    known = [c for c in in_care if c.sibling_group or sibling_relatives.get(c.id)]
    with_siblings = [c for c in in_care if c.id in others]
    together = [
        c for c in with_siblings if all(o.household_id == c.household_id for o in others[c.id])
    ]
    apart = [c for c in with_siblings if c not in together]
    met: dict[str, list[date]] = defaultdict(list)
    for contact in facts.contacts:
        if not _held(contact) or not period.holds(contact.day):
            continue
        for child_id in contact.children:
            if contact.relatives & sibling_relatives.get(child_id, set()):
                met[child_id].append(contact.day)
    gaps: list[float] = []
    for child in apart:
        days = sorted(set(met.get(child.id, [])))
        if len(days) >= 2:
            gaps.append(_median((b - a).days for a, b in itertools.pairwise(days)) or 0)
    recent = period.end - timedelta(days=RECENT_DAYS - 1)
    seen_lately = [c for c in apart if any(d >= recent for d in met.get(c.id, []))]
    return [
        Raw("siblings.with_siblings", "children", len(with_siblings), len(in_care),
            len(known), len(in_care)),
        Raw("siblings.placed_together", "children", len(together), len(with_siblings),
            len(with_siblings), len(with_siblings)),
        Raw("siblings.apart_days_between_contacts", "days", None, len(apart), len(gaps),
            len(apart), _median(gaps)),
        Raw("siblings.apart_contact_last_30_days", "children", len(seen_lately), len(apart),
            len(apart), len(apart)),
    ]  # fmt: skip


# --- birth family -----------------------------------------------------------


def _family_relatives(facts: Facts) -> dict[str, set[str]]:
    found: dict[str, set[str]] = defaultdict(set)
    for r in facts.relatives:
        if r.relation not in SIBLINGS:
            for child_id in r.children:
                found[child_id].add(r.id)
    return found


def birth_family(
    facts: Facts, period: Period, scope: Sequence[ChildFact], _c: Catalog
) -> list[Raw]:
    """Contacts with the birth family (everyone but brothers and sisters) dated in
    the period, by outcome and by who cancelled; children with a held contact
    in every whole month of the period they were in care."""
    family = _family_relatives(facts)
    ids = {c.id for c in scope}
    contacts = [
        x
        for x in facts.contacts
        if period.holds(x.day)
        and any(child in ids and x.relatives & family.get(child, set()) for child in x.children)
    ]

    def children_of(found: list[ContactFact]) -> int:
        return len({child for x in found for child in x.children if child in ids})

    out: list[Raw] = []
    about = children_of(contacts)
    for status in ContactStatus:
        n = sum(x.status == status.value for x in contacts)
        out.append(Raw(f"birth_family.contacts.{status.value}", "contacts", n, len(contacts),
                       len(contacts), len(contacts), children=about))  # fmt: skip
    cancelled = [x for x in contacts if x.status == ContactStatus.CANCELLED.value]
    recorded = [x for x in cancelled if x.cancelled_by]
    by_whom: dict[str, int] = defaultdict(int)
    for x in recorded:
        by_whom[x.cancelled_by or NOT_RECORDED] += 1
    about = children_of(cancelled)
    for who in sorted(by_whom):
        out.append(Raw(f"birth_family.cancelled_by.{who}", "contacts", by_whom[who],
                       len(cancelled), len(recorded), len(cancelled), children=about))  # fmt: skip
    out.append(Raw(f"birth_family.cancelled_by.{NOT_RECORDED}", "contacts",
                   len(cancelled) - len(recorded), len(cancelled), len(recorded),
                   len(cancelled), children=about))  # fmt: skip
    months = period.months()
    held_months: dict[str, set[date]] = defaultdict(set)
    for x in contacts:
        if _held(x):
            for child in x.children:
                held_months[child].add(x.day.replace(day=1))
    concerned = [c for c in scope if any(c.placed <= a and c.in_care_on(b) for a, b in months)]
    with_family = [c for c in concerned if family.get(c.id)]
    every_month = [
        c
        for c in concerned
        if all(a in held_months.get(c.id, set()) for a, b in months if c.placed <= a and
               c.in_care_on(b))
    ]  # fmt: skip
    out.append(Raw("birth_family.held_every_month", "children", len(every_month),
                   len(concerned), len(with_family), len(concerned)))  # fmt: skip
    return out


# --- return home ------------------------------------------------------------


def return_home(facts: Facts, period: Period, scope: Sequence[ChildFact], _c: Catalog) -> list[Raw]:
    """Placements that ended in the period, by how they ended where a record says so."""
    closed = [c for c in scope if c.left is not None and period.holds(c.left)]
    recorded = [c for c in closed if c.outcome]
    by_outcome: dict[str, int] = defaultdict(int)
    for c in recorded:
        by_outcome[c.outcome or NOT_RECORDED] += 1
    out = [Raw("return_home.placements_closed", "children", len(closed), len(closed),
               len(recorded), len(closed))]  # fmt: skip
    for outcome in sorted(by_outcome):
        out.append(Raw(f"return_home.outcome.{outcome}", "children", by_outcome[outcome],
                       len(closed), len(recorded), len(closed)))  # fmt: skip
    return out


# --- development ------------------------------------------------------------


def _at_age(born: date, months: float) -> date:
    return born + timedelta(days=round(months * DAYS_PER_MONTH))


def development(
    facts: Facts, period: Period, scope: Sequence[ChildFact], catalog: Catalog
) -> list[Raw]:
    """Milestones due in the period (the end of their CDC band, the end of their WHO
    window, the 18th birthday for independent-living skills) for children in care
    that day, and of those the ones observed achieved by then."""
    achieved: dict[tuple[str, str], date] = {}
    seen: dict[str, set[str]] = defaultdict(set)
    for o in facts.observations:
        seen[o.child_id].add(o.item_id)
        if o.status == "achieved":
            key = (o.child_id, o.item_id)
            achieved[key] = min(o.day, achieved.get(key, o.day))
    deadlines: dict[str, list[tuple[str, float]]] = {"cdc": [], "who": [], "living": []}
    bands = catalog.bands("cdc")
    for item in catalog.items_in("cdc"):
        later = [b for b in bands if b > item.age_months]
        deadlines["cdc"].append((item.id, later[0] if later else item.age_months + 12))
    for item in catalog.items_in("who"):
        if item.window_end_months is not None:
            deadlines["who"].append((item.id, item.window_end_months))
    for item in catalog.items_in("living"):
        deadlines["living"].append((item.id, LIVING_BY_MONTHS))
    out: list[Raw] = []
    for name, items in deadlines.items():
        due = achieved_n = 0
        children: set[str] = set()
        observed: set[str] = set()
        for child in scope:
            # Only the items due at an age the child has during the period.
            low = (period.start - child.born).days / DAYS_PER_MONTH - 1
            high = (period.end - child.born).days / DAYS_PER_MONTH + 1
            for item_id, months in items:
                if not low <= months <= high:
                    continue
                when = _at_age(child.born, months)
                if not period.holds(when) or not child.in_care_on(when):
                    continue
                due += 1
                children.add(child.id)
                if item_id in seen.get(child.id, set()):
                    observed.add(child.id)
                got = achieved.get((child.id, item_id))
                if got is not None and got <= when:
                    achieved_n += 1
        out.append(Raw(f"development.{name}", "milestones", achieved_n, due, len(observed),
                       len(children)))  # fmt: skip
    return out


# --- well-being -------------------------------------------------------------


def wellbeing(facts: Facts, period: Period, scope: Sequence[ChildFact], _c: Catalog) -> list[Raw]:
    """Per dimension: the children's latest rating in the period; and between each
    child's first and latest check of the period, better, the same or worse."""
    ids = {c.id for c in scope if c.in_care_during(period.start, period.end)}
    checks: dict[str, list[tuple[date, dict[str, int | None]]]] = defaultdict(list)
    for check in facts.checks:
        if check.child_id in ids and period.holds(check.day):
            checks[check.child_id].append((check.day, check.ratings))
    for found in checks.values():
        found.sort(key=lambda x: x[0])
    out: list[Raw] = [Raw("wellbeing.checked", "children", len(checks), len(ids), len(checks),
                          len(ids))]  # fmt: skip
    for dimension in WellbeingDimension:
        dim = dimension.value
        latest = {c: found[-1][1] for c, found in checks.items() if dim in found[-1][1]}
        rated = {c: r[dim] for c, r in latest.items()}
        for value in (1, 2, 3, 4, None):
            label = NOT_APPLICABLE if value is None else str(value)
            n = sum(v == value for v in rated.values())
            out.append(Raw(f"wellbeing.{dim}.rating_{label}", "children", n, len(rated),
                           len(rated), len(ids)))  # fmt: skip
        moved = {"better": 0, "same": 0, "worse": 0}
        pairs = 0
        for found in checks.values():
            if len(found) < 2:
                continue
            first, last = found[0][1].get(dim), found[-1][1].get(dim)
            if first is None or last is None:
                continue
            pairs += 1
            moved["better" if last > first else "worse" if last < first else "same"] += 1
        for way, n in moved.items():
            out.append(Raw(f"wellbeing.{dim}.change_{way}", "children", n, pairs, pairs,
                           len(ids)))  # fmt: skip
    return out


# --- stability --------------------------------------------------------------


def stability(facts: Facts, period: Period, scope: Sequence[ChildFact], _c: Catalog) -> list[Raw]:
    """How many caregivers wrote a child's daily logs in the period (median per
    child), and moves between households, which no record links yet."""
    ids = {c.id for c in scope if c.in_care_during(period.start, period.end)}
    every = _log_authors(facts, period)
    authors = {child: every[child] for child in ids if child in every}
    out = [
        Raw("stability.caregivers_writing", "caregivers", None, len(ids), len(authors), len(ids),
            _median(len(a) for a in authors.values())),
        Raw("stability.moves", "moves", None, len(ids), 0, len(ids)),
    ]  # fmt: skip
    return out


def _log_authors(facts: Facts, period: Period) -> dict[str, set[str]]:
    """Per child, who wrote its daily logs in the period (worked out once per period)."""
    key = ("log_authors", period)
    if key not in facts.memo:
        authors: dict[str, set[str]] = defaultdict(set)
        start, end = period.start, period.end
        for log in facts.logs:
            if start <= log.day <= end:
                authors[log.child_id].add(log.author_id)
        facts.memo[key] = authors
    found: dict[str, set[str]] = facts.memo[key]
    return found


INDICATORS: tuple[Indicator, ...] = (
    siblings,
    birth_family,
    return_home,
    development,
    wellbeing,
    stability,
)


def compute(facts: Facts, period: Period, programme: str | None, catalog: Catalog) -> list[Raw]:
    """Every indicator for the children of ``programme`` (None: every programme)."""
    scope = [c for c in facts.children if programme is None or c.programme == programme]
    return [raw for indicator in INDICATORS for raw in indicator(facts, period, scope, catalog)]
