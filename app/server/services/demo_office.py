"""A demo office: ten households and a year of their records, made up, in an empty
server database, so that the figures and the office's tools can be tried
without real children's data.

Four Simba homes, five village families and a minors' house; sibling groups
split over households; birth-family visits, some cancelled (by whom, mostly)
or missed; contacts between brothers and sisters living apart; daily logs by
one or two caregivers; milestones of the young ones; a well-being check about
every three months; placements that end and start within the year. Records
are built as the domain's record types and stored like accepted pushes.
Seeded: the same seed and day give the same office.
"""

from __future__ import annotations

import random
import uuid
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta

from sqlmodel import Session, select

from app.domain.catalog import load_catalog
from app.domain.records import (
    Child,
    ContactNote,
    DailyLog,
    MilestoneObservation,
    Record,
    Relative,
    WellbeingCheck,
)
from app.domain.vocabulary import (
    CancelledBy,
    ContactKind,
    ContactStatus,
    HouseholdKind,
    MilestoneStatus,
    PlacementOutcome,
    RelationKind,
    Role,
    WellbeingDimension,
)
from app.server import audit
from app.server.core.clock import server_stamp
from app.server.services import records
from app.server.services.people import household_record, person_record
from app.server.services.scope import membership_role
from app.server.tables import HouseholdRow, MembershipRow, PersonRow

DEMO_DEVICE = "demo"
# Where the children whose placement ended in the year went (the teenagers who
# turned 18 live on their own).
DEMO_OUTCOMES = (
    PlacementOutcome.RETURN_HOME,
    PlacementOutcome.KINSHIP,
    PlacementOutcome.RETURN_HOME,
    PlacementOutcome.OTHER_PLACEMENT,
    PlacementOutcome.ADOPTION,
)
DAYS = 365
# (kind, name) of the ten households, in order; more repeat the pattern.
PATTERN: tuple[tuple[HouseholdKind, str], ...] = (
    (HouseholdKind.SIMBA, "Simba De Linde"),
    (HouseholdKind.SIMBA, "Simba Het Anker"),
    (HouseholdKind.SIMBA, "Simba De Boomgaard"),
    (HouseholdKind.SIMBA, "Simba Zonnebloem"),
    (HouseholdKind.VILLAGE_FAMILY, "Dorpsgezin Maes"),
    (HouseholdKind.VILLAGE_FAMILY, "Dorpsgezin Claes"),
    (HouseholdKind.VILLAGE_FAMILY, "Dorpsgezin Wouters"),
    (HouseholdKind.VILLAGE_FAMILY, "Dorpsgezin Jacobs"),
    (HouseholdKind.VILLAGE_FAMILY, "Dorpsgezin Mertens"),
    (HouseholdKind.MINORS_HOUSE, "Huis Horizon"),
)
GIVEN = (
    "Amira", "Bram", "Chloé", "Daan", "Elif", "Finn", "Giulia", "Hamza", "Ines", "Jonas",
    "Kaat", "Lucas", "Mila", "Noah", "Olivia", "Rayan", "Sara", "Tuur", "Yara", "Zoë",
)  # fmt: skip
FAMILY = ("Peeters", "Janssens", "Dubois", "Lambert", "Goossens", "Willems", "Diallo",
          "Vermeulen", "Haddad", "Smet")  # fmt: skip
CANCELLERS = (CancelledBy.FAMILY,) * 5 + (CancelledBy.HOUSEHOLD, CancelledBy.CHILD,
                                          CancelledBy.OFFICE)  # fmt: skip


@dataclass
class _Home:
    id: uuid.UUID
    kind: HouseholdKind
    carers: list[uuid.UUID] = field(default_factory=list)
    children: list[Child] = field(default_factory=list)


@dataclass(frozen=True)
class Made:
    households: int
    children: int
    records: int


class DemoRefused(Exception):
    """The database already holds households: the demo writes only into an empty one."""


class _Office:
    def __init__(self, session: Session, rng: random.Random, today: date, now: datetime) -> None:
        self.session = session
        self.rng = rng
        self.today = today
        self.start = today - timedelta(days=DAYS)
        self.stamp = server_stamp(now)
        self.now = now
        self.writer = records.Writer(session, expected=20_000)
        self.count = 0

    def store(self, record: Record) -> None:
        record.modified_at = self.stamp
        record.device_id = DEMO_DEVICE
        record.version = 1
        record.check(self.today)
        content = record.model_dump(mode="json")
        self.writer.store(None, record_id=str(record.id), household_id=str(record.household_id),
                          kind=record.kind, version=1, content=content)  # fmt: skip
        self.count += 1
        if self.count % 20_000 == 0:
            self.writer.flush()

    def created(self, day: date) -> datetime:
        return datetime.combine(day, time(19, self.rng.randrange(60)), tzinfo=UTC)


def make(session: Session, households: int, *, today: date, now: datetime,
         seed: int = 19) -> Made:  # fmt: skip
    """Write a demo office of ``households`` households into the session's empty database."""
    if session.exec(select(HouseholdRow.id).limit(1)).first() is not None:
        raise DemoRefused("the database already holds households; the demo needs an empty one")
    office = _Office(session, random.Random(seed), today, now)
    homes = [_household(office, n) for n in range(households)]
    supervisor = uuid.uuid4()
    session.add(PersonRow(id=str(supervisor), display_name="Demo supervisor",
                          role=Role.SUPERVISOR.value))  # fmt: skip
    session.flush()
    for home in homes:
        session.add(MembershipRow(person_id=str(supervisor), household_id=str(home.id),
                                  role=membership_role(Role.SUPERVISOR.value)))  # fmt: skip
    office.store(person_record(supervisor, "Demo supervisor", Role.SUPERVISOR,
                               [h.id for h in homes], now))  # fmt: skip
    _children(office, homes)
    for home in homes:
        for child in home.children:
            _family(office, home, child)
            _days(office, home, child)
            _milestones(office, home, child)
            _checks(office, home, child)
    _siblings_apart(office, homes)
    office.writer.flush()
    audit.record(session, audit.DEMO, detail=f"households={households}", at=now)
    session.commit()
    kids = sum(len(h.children) for h in homes)
    return Made(households, kids, office.count)


def _household(office: _Office, n: int) -> _Home:
    kind, name = PATTERN[n % len(PATTERN)]
    if n >= len(PATTERN):
        name = f"{name} {n // len(PATTERN) + 1}"
    home = _Home(uuid.uuid4(), kind)
    office.session.add(HouseholdRow(id=str(home.id), name=name, kind=kind.value))
    office.session.flush()
    office.store(household_record(home.id, name, kind, office.now))
    carers = 1 if kind == HouseholdKind.VILLAGE_FAMILY else 2
    for c in range(carers + (kind == HouseholdKind.MINORS_HOUSE)):
        person = uuid.uuid4()
        pname = f"Caregiver {n + 1}.{c + 1}"
        office.session.add(PersonRow(id=str(person), display_name=pname,
                                     role=Role.CAREGIVER.value))  # fmt: skip
        office.session.flush()
        office.session.add(MembershipRow(person_id=str(person), household_id=str(home.id),
                                         role=membership_role(Role.CAREGIVER.value)))  # fmt: skip
        office.store(person_record(person, pname, Role.CAREGIVER, [home.id], office.now))
        home.carers.append(person)
    return home


def _children(office: _Office, homes: list[_Home]) -> None:
    """Children per household; every third household shares a sibling group with the next."""
    rng = office.rng
    for index, home in enumerate(homes):
        teens = home.kind == HouseholdKind.MINORS_HOUSE
        size = rng.randint(5, 7) if teens else rng.randint(2, 4)
        group = f"{FAMILY[index % len(FAMILY)]}-{index}"
        for k in range(size):
            if teens:
                # Some turned 18 in the year and left; the others are 15 to 17.
                age_days = rng.randint(15 * 365, 18 * 365 + 300)
            else:
                age_days = rng.choice((rng.randint(120, 700), rng.randint(2 * 365, 6 * 365),
                                       rng.randint(6 * 365, 14 * 365)))  # fmt: skip
            born = office.today - timedelta(days=age_days)
            placed = max(born + timedelta(days=30), office.today - timedelta(
                days=rng.choice((rng.randint(400, 2000), rng.randint(30, 330)))))  # fmt: skip
            siblings = not teens and k < 2
            sibling_group = group if siblings else ""
            if not teens and k == 2 and index % 3 == 0 and index + 1 < len(homes):
                sibling_group = f"{FAMILY[(index + 1) % len(FAMILY)]}-{index + 1}"  # split
            end, outcome = None, None
            adult = born + timedelta(days=round(18 * 12 * 30.4375))
            if teens and adult <= office.today:
                placed = min(placed, adult - timedelta(days=400))
                end, outcome = adult, PlacementOutcome.INDEPENDENT_LIVING
            elif k == size - 1 and index % 2 == 1:
                end = office.today - timedelta(days=rng.randint(20, 200))
                end = max(end, placed + timedelta(days=10))
                outcome = DEMO_OUTCOMES[index // 2 % len(DEMO_OUTCOMES)]
            child = Child(
                household_id=home.id,
                given_name=GIVEN[(index * 7 + k) % len(GIVEN)],
                family_name=FAMILY[(index + k) % len(FAMILY)] if not siblings else
                FAMILY[index % len(FAMILY)],
                date_of_birth=born, placement_start=placed, placement_end=end,
                placement_outcome=outcome, sibling_group=sibling_group, languages=["nl"],
            )  # fmt: skip
            office.store(child)
            home.children.append(child)


def _in_care(child: Child, day: date) -> bool:
    return child.placement_start <= day and (
        child.placement_end is None or child.placement_end >= day
    )


def _family(office: _Office, home: _Home, child: Child) -> None:
    """A parent, and a visit about every four weeks: most held, some cancelled or missed."""
    rng = office.rng
    if rng.random() < 0.15:
        return  # no parent known
    parent = Relative(household_id=home.id, name="Parent",
                      relation=rng.choice((RelationKind.MOTHER, RelationKind.FATHER)),
                      children=[child.id], contact_arrangement="Monthly visit")  # fmt: skip
    office.store(parent)
    every = rng.choice((14, 28, 28, 42))
    day = office.start + timedelta(days=rng.randrange(every))
    while day <= office.today + timedelta(days=30):
        if _in_care(child, day):
            roll = rng.random()
            if day > office.today:
                status = ContactStatus.PLANNED
            elif roll < 0.72:
                status = ContactStatus.HAPPENED
            elif roll < 0.9:
                status = ContactStatus.CANCELLED
            else:
                status = ContactStatus.NO_SHOW
            who = rng.choice(CANCELLERS) if status == ContactStatus.CANCELLED and \
                rng.random() < 0.8 else None  # fmt: skip
            office.store(ContactNote(
                household_id=home.id, author_id=rng.choice(home.carers), children=[child.id],
                relatives=[parent.id], contact_kind=ContactKind.SUPERVISED_VISIT,
                status=status, cancelled_by=who, date=day,
                duration_minutes=60 if status == ContactStatus.HAPPENED else None,
                created_at=office.created(min(day, office.today)),
            ))  # fmt: skip
        day += timedelta(days=every + rng.randint(-4, 4))


def _days(office: _Office, home: _Home, child: Child) -> None:
    """A daily log most days, by one caregiver or the other."""
    rng = office.rng
    day = max(office.start, child.placement_start)
    last = min(office.today, child.placement_end or office.today)
    while day <= last:
        if rng.random() < 0.88:
            office.store(DailyLog(
                household_id=home.id, author_id=rng.choice(home.carers), child_id=child.id,
                date=day, mood=rng.choice((2, 3, 3, 4, 4, 4, 5)), created_at=office.created(day),
            ))  # fmt: skip
        day += timedelta(days=1)


_CATALOG = load_catalog()


def _milestones(office: _Office, home: _Home, child: Child) -> None:
    """For the children under six: items of their band and the one before, seen mostly
    in time."""
    rng = office.rng
    months = child.age_months(office.today)
    if months >= 14 * 12:
        _skills(office, home, child)
        return
    if months > 72:
        return
    for item in _CATALOG.for_age(months):
        if rng.random() < 0.3:
            continue
        due = child.date_of_birth + timedelta(days=round(item.age_months * 30.4375))
        seen = due + timedelta(days=rng.randint(-60, 40))
        seen = max(seen, child.placement_start, office.start)
        if seen > office.today:
            continue
        status = MilestoneStatus.ACHIEVED if rng.random() < 0.8 else MilestoneStatus.EMERGING
        office.store(MilestoneObservation(household_id=home.id, child_id=child.id,
                                          item_id=item.id, status=status,
                                          observed_on=seen))  # fmt: skip


def _skills(office: _Office, home: _Home, child: Child) -> None:
    """For the teenagers: most independent-living skills, learnt over the year."""
    rng = office.rng
    last = min(office.today, child.placement_end or office.today)
    for item in _CATALOG.items_in("living"):
        if rng.random() < 0.35:
            continue
        seen = max(office.start, child.placement_start) + timedelta(days=rng.randint(0, 330))
        if seen > last:
            continue
        status = MilestoneStatus.ACHIEVED if rng.random() < 0.75 else MilestoneStatus.EMERGING
        office.store(MilestoneObservation(household_id=home.id, child_id=child.id,
                                          item_id=item.id, status=status,
                                          observed_on=seen))  # fmt: skip


def _checks(office: _Office, home: _Home, child: Child) -> None:
    """A well-being check about every three months, the ratings drifting a step at a time."""
    rng = office.rng
    young = child.age_months(office.today) < 12 * 12
    ratings: dict[WellbeingDimension, int | None] = {
        d: rng.choice((2, 3, 3, 4)) for d in WellbeingDimension
    }
    if young:
        ratings[WellbeingDimension.LIVELIHOOD] = None
    day = max(office.start, child.placement_start) + timedelta(days=rng.randint(10, 40))
    last = min(office.today, child.placement_end or office.today)
    while day <= last:
        if rng.random() < 0.85:
            office.store(WellbeingCheck(
                household_id=home.id, author_id=home.carers[0], child_id=child.id, date=day,
                ratings=dict(ratings), created_at=office.created(day),
            ))  # fmt: skip
        for d, value in ratings.items():
            if value is not None and rng.random() < 0.3:
                ratings[d] = min(4, max(1, value + rng.choice((-1, 1, 1))))
        day += timedelta(days=rng.randint(80, 110))


def _siblings_apart(office: _Office, homes: list[_Home]) -> None:
    """Brothers and sisters in two households: each household knows the other as a
    relative, and they meet every three to six weeks."""
    rng = office.rng
    groups: dict[str, list[tuple[_Home, Child]]] = {}
    for home in homes:
        for child in home.children:
            if child.sibling_group:
                groups.setdefault(child.sibling_group, []).append((home, child))
    for members in groups.values():
        for home, child in members:
            apart = [c for h, c in members if h is not home]
            if not apart:
                continue
            sibling = Relative(household_id=home.id, name=apart[0].given_name,
                               relation=RelationKind.SIBLING, children=[child.id],
                               lives_where="Another household")  # fmt: skip
            office.store(sibling)
            day = max(office.start, child.placement_start) + timedelta(days=rng.randint(3, 20))
            while day <= office.today:
                if _in_care(child, day):
                    held = rng.random() < 0.85
                    office.store(ContactNote(
                        household_id=home.id, author_id=rng.choice(home.carers),
                        children=[child.id], relatives=[sibling.id],
                        contact_kind=ContactKind.VISIT,
                        status=ContactStatus.HAPPENED if held else ContactStatus.CANCELLED,
                        cancelled_by=None if held else CancelledBy.HOUSEHOLD, date=day,
                        created_at=office.created(day),
                    ))  # fmt: skip
                day += timedelta(days=rng.randint(21, 45))
