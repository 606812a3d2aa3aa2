"""A supervisor's store after pulling: several households with a year of records.

``fill_supervisor`` writes ``households`` households of ``children`` children
each, with ``days`` days of daily logs, contact notes and milestone
observations ending today, the way a supervisor's laptop holds them after a
sync: every record stored as the server sent it (synced, nothing in the
outbox), with the household's own authors, devices and clock stamps, and the
reviews this supervisor already made. Sibling groups live together, and some
have a brother or sister in another household or placed outside the
organisation. Incidents, cancelled visits, no-shows, days without a log and a
sibling not seen for a while are all in there, some of them recent, so that
the review queue and the household overview have something to point at.

The texts come from ``demo``'s pools. The same seed gives the same records
(ids included); dates are relative to ``book.today()``. Everything is written
in one transaction through ``repository.put_synced_many``.
"""

from __future__ import annotations

import random
import uuid
from collections import Counter
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta

from app.domain.catalog import load_catalog
from app.domain.clock import Stamp
from app.domain.records import (
    Child,
    ContactKind,
    ContactNote,
    ContactStatus,
    DailyLog,
    Household,
    HouseholdKind,
    MilestoneObservation,
    MilestoneStatus,
    Person,
    Record,
    RelationKind,
    Relative,
    Review,
    ReviewMark,
    Role,
    Severity,
)
from app.services import demo
from app.services.records import is_reviewer
from app.storage import repository, sync_state
from app.storage.book import Book
from app.storage.store import Store

MONTH_DAYS = 30.4375
# Age groups: demo's pools for the youngest; school children and teenagers
# write (and are written about) in shorter lines.
SCHOOL_AGE, TEEN = "school", "teen"
TEEN_MONTHS = 14 * 12

KIND_CYCLE = (
    HouseholdKind.SIMBA,
    HouseholdKind.VILLAGE_FAMILY,
    HouseholdKind.MINORS_HOUSE,
    HouseholdKind.VILLAGE_FAMILY,
)
AGES_YEARS: dict[HouseholdKind, tuple[int, int]] = {
    HouseholdKind.SIMBA: (0, 6),
    HouseholdKind.VILLAGE_FAMILY: (1, 17),
    HouseholdKind.MINORS_HOUSE: (14, 17),
    HouseholdKind.FAMILY_SUPPORT: (0, 17),
}
HOUSEHOLD_NAMES = (
    "Simba-gezin Verhulst", "SOS-gezin Nadia (kinderdorp Chièvres)", "Huis De Brug",
    "Famille SOS Martine (village de Bande)", "Simba-gezin Claes-Wouters",
    "SOS-gezin Ingrid (kinderdorp Gentbrugge)", "Maison Horizon", "Famille SOS Fatima",
    "Simba-gezin De Smet", "SOS-gezin Hilde (kinderdorp Chièvres)",
)  # fmt: skip
CARERS = (
    ("An Verhulst", "Sophie Lambert"), ("Nadia Benali", "Claire Dupont"),
    ("Tom Peeters", "Ahmed Haddad"), ("Martine Leroy", "Julie Lejeune"),
    ("Els Claes", "Marie Wouters"), ("Ingrid Maes", "Lise Jacobs"),
    ("Karim Said", "Eline Goossens"), ("Fatima El Idrissi", "Camille Renard"),
    ("Joke De Smet", "Nathalie Simon"), ("Hilde Vos", "Pauline Michel"),
)  # fmt: skip
GIVEN = (
    ("Louise", True), ("Elias", False), ("Noor", True), ("Mila", True), ("Finn", False),
    ("Chloé", True), ("Arthur", False), ("Yasmine", True), ("Lucas", False), ("Nora", True),
    ("Mehdi", False), ("Emma", True), ("Jules", False), ("Lina", True), ("Victor", False),
    ("Sara", True), ("Adam", False), ("Olivia", True), ("Rayan", False), ("Fien", True),
)  # fmt: skip
MINORS_GIVEN = (
    ("Ahmad", False), ("Yonas", False), ("Mustafa", False), ("Semhar", True), ("Omid", False),
    ("Abdi", False), ("Habib", False), ("Amina", True), ("Tesfay", False), ("Bilal", False),
    ("Aziz", False), ("Samir", False),
)  # fmt: skip
FAMILIES = (
    "Maes", "Dubois", "Janssens", "El Amrani", "Peeters", "Lambert", "Benali", "Wouters",
    "Dupont", "Vermeulen", "Claes", "Mertens", "Leclercq", "Hermans", "Diallo", "Goossens",
)  # fmt: skip
MINORS_FAMILIES = (
    "Rahimi", "Tesfaye", "Haidari", "Abraha", "Noori", "Yusuf", "Karimi", "Ghebre",
)  # fmt: skip

SCHOOL_NL = (
    "School: rustige dag, huiswerk meteen gemaakt.", "School: toets Frans, was zenuwachtig.",
    "School: de juf is tevreden over de inzet.", "School: moe bij het ophalen.",
    "Woensdagnamiddag vrij; naar de sportclub.",
)  # fmt: skip
TEEN_SCHOOL_NL = (
    "OKAN-klas: Nederlandse les goed gevolgd.", "Stage in de keuken van het woonzorgcentrum.",
    "Te laat op school; afspraak gemaakt over de wekker.", "Les gevolgd, daarna naar de bib.",
)  # fmt: skip
TEEN_MOMENTS_NL = (
    "Zelf de boodschappen gedaan met het weekbudget.", "Lang gebeld met familie in het "
    "thuisland.", "Gesprek met de voogd over het asieldossier.", "Zelf een afspraak bij de "
    "huisarts gemaakt.", "Gekookt voor de hele leefgroep.", "Voetbaltraining: basisspeler.",
)  # fmt: skip
SCHOOL_MOMENTS_NL = (
    "Trots op het rapport.", "Nieuwe vriend gemaakt in de klas.", "Vroeg naar mama.",
    "Zelf de fiets hersteld met hulp.", "Speelde lang met {sib}.",
)  # fmt: skip
SIBLING_VIDEO = (
    "{s} toonde de nieuwe kamer. {a} was blij, {b} wou de tablet vasthouden.",
    "{s} vertelde over school. Het gesprek liep wat stroef.",
    "Samen een tekening vergeleken die ze voor elkaar maakten.",
)
SIBLING_VISIT = (
    "Broers-en-zussendag: samen naar het bos en pannenkoeken gegeten. Moeilijk afscheid.",
    "Samen naar het zwembad; {a} bleef de hele dag aan de zijde van {s}.",
    "Bezoek in het andere huis: {s} toonde de tuin en de konijnen.",
)
SIBLING_CANCELLED = (
    "Afgezegd: {s} was ziek.",
    "Verbinding viel steeds weg; verschoven naar volgende keer.",
)
MOTHER_CALL_NL = (
    "Videogesprek met mama; {a} vertelde over school. Verbinding slecht maar warm gesprek.",
    "Mama huilde tijdens het gesprek; {a} was nadien stil en wilde alleen zijn.",
    "Kort gesprek, mama moest werken. {a} was teleurgesteld.",
)


@dataclass(frozen=True)
class _Incident:
    moments: str
    text: str
    severity: Severity
    health: str = ""


TEEN_INCIDENTS = (
    _Incident(
        "'s Nachts niet thuisgekomen.",
        "{Hij} kwam pas om 3u thuis en was niet bereikbaar. Politie en voogd verwittigd "
        "volgens de procedure; het gesprek volgt morgen.",
        Severity.HIGH,
    ),
    _Incident(
        "Ruzie in de leefgroep.",
        "Hevige ruzie aan tafel over de afwas; duwen en roepen. Beide jongeren apart "
        "gezet en na een uur samen gepraat.",
        Severity.MEDIUM,
    ),
    _Incident(
        "Paniekaanval na een brief over het asieldossier.",
        "Na de brief van de dienst Vreemdelingenzaken hevige paniek en hyperventilatie. "
        "Gekalmeerd, CAW-begeleider en voogd verwittigd.",
        Severity.MEDIUM,
    ),
    _Incident(
        "Geschorst op school.",
        "Een dag geschorst na een woordenwisseling met een leerkracht. Gesprek met de "
        "school gepland.",
        Severity.LOW,
    ),
)


@dataclass(frozen=True)
class _Spell:
    """A few days of one of ``demo.ILLNESSES``: its texts by phase, and when."""

    nl: tuple[str, str, str]
    fr: tuple[str, str, str]
    medication_nl: str
    medication_fr: str
    mood_drop: int
    begin: date
    end: date


YOUNG_INCIDENTS = (
    _Incident(demo.FALL.moments, demo.FALL.text, demo.FALL.severity, demo.FALL.health),
    _Incident(demo.TANTRUM.moments, demo.TANTRUM.text, demo.TANTRUM.severity),
    _Incident(demo.BRUISE.moments, demo.BRUISE.text, demo.BRUISE.severity, demo.BRUISE.health),
)


@dataclass(frozen=True)
class HouseholdFill:
    """What was written for one household."""

    household_id: uuid.UUID
    name: str
    household_kind: HouseholdKind
    children: tuple[str, ...]
    counts: Mapping[str, int]  # records per kind

    @property
    def records(self) -> int:
        return sum(self.counts.values())


@dataclass(frozen=True)
class SupervisorSummary:
    households: tuple[HouseholdFill, ...]

    @property
    def records(self) -> int:
        return sum(h.records for h in self.households)


# The plan: who lives where, before any record is made ----------------------------------


@dataclass
class _Kid:
    id: uuid.UUID
    given: str
    family: str
    girl: bool
    born: date
    placed: date
    group: str
    home: _Home
    record: Child | None = None

    @property
    def name(self) -> str:
        return f"{self.given} {self.family}"


@dataclass
class _Home:
    index: int
    id: uuid.UUID
    name: str
    kind: HouseholdKind
    carer: Person
    relief: Person
    device: str
    relief_device: str
    kids: list[_Kid] = field(default_factory=list)

    def groups(self) -> dict[str, list[_Kid]]:
        out: dict[str, list[_Kid]] = {}
        for kid in self.kids:
            out.setdefault(kid.group, []).append(kid)
        return out


def _days(start: date, end: date) -> Iterator[date]:
    day = start
    while day <= end:
        yield day
        day += timedelta(days=1)


class _Fill:
    def __init__(self, book: Book, households: int, children: int, days: int, seed: int) -> None:
        self.book = book
        self.rng = random.Random(seed)
        self.today = book.today()
        self.now = datetime.now(UTC)
        self.start = self.today - timedelta(days=days - 1)
        self.catalog = load_catalog()
        self.records: list[Record] = []
        self.homes = [self._home(i) for i in range(households)]
        for home in self.homes:
            self._kids(home, children)
        self._link_across()

    # Identity and clocks ----------------------------------------------------------
    def uid(self) -> uuid.UUID:
        return uuid.UUID(int=self.rng.getrandbits(128), version=4)

    def written(self, day: date) -> datetime:
        """An evening on ``day`` (UTC), never after now."""
        at = datetime.combine(day, time(18, 0), UTC) + timedelta(minutes=self.rng.randint(0, 210))
        return min(at, self.now)

    def add(self, record: Record, at: datetime, by: uuid.UUID, device: str) -> None:
        stamp = Stamp(int(at.timestamp() * 1000), self.rng.randint(0, 3), device)
        self.records.append(
            record.model_copy(
                update={
                    "version": 1,
                    "modified_at": str(stamp),
                    "modified_by": by,
                    "device_id": device,
                }
            )
        )

    def home_record(self, home: _Home, record: Record, day: date | None = None) -> None:
        at = self.written(day or self.start - timedelta(days=30))
        self.add(record, at, home.carer.id, home.device)

    # People -----------------------------------------------------------------------
    def _home(self, index: int) -> _Home:
        hid = self.uid()
        name = HOUSEHOLD_NAMES[index % len(HOUSEHOLD_NAMES)]
        if index >= len(HOUSEHOLD_NAMES):
            name = f"{name} {index // len(HOUSEHOLD_NAMES) + 1}"
        carer, relief = CARERS[index % len(CARERS)]

        def person(display: str) -> Person:
            return Person(
                id=self.uid(),
                household_id=hid,
                display_name=display,
                role=Role.CAREGIVER,
                households=[hid],
            )

        return _Home(
            index,
            hid,
            name,
            KIND_CYCLE[index % len(KIND_CYCLE)],
            person(carer),
            person(relief),
            f"{self.rng.getrandbits(48):012x}",
            f"{self.rng.getrandbits(48):012x}",
        )

    def _kids(self, home: _Home, count: int) -> None:
        rng = self.rng
        minors = home.kind == HouseholdKind.MINORS_HOUSE
        names = list(MINORS_GIVEN if minors else GIVEN)
        families = list(MINORS_FAMILIES if minors else FAMILIES)
        rng.shuffle(names)
        rng.shuffle(families)
        low, high = AGES_YEARS[home.kind]
        left = count
        while left:
            size = min(left, 1 if minors and rng.random() < 0.8 else rng.choice((1, 2, 3, 3)))
            family = families.pop() if families else f"Familie {home.index}-{left}"
            group = f"{family} ({home.index + 1}-{left})"
            placed = self.start - timedelta(days=rng.randint(30, 900))
            if rng.random() < 0.15:  # placed during the period
                later = timedelta(days=rng.randint(10, max(10, self.span - 30)))
                placed = min(self.today, self.start + later)
            for _ in range(size):
                given, girl = names.pop() if names else (f"Kind {left}", rng.random() < 0.5)
                age = rng.randint(low * 365 + 30, high * 365 + 300)
                born = min(self.today - timedelta(days=age), placed)
                kid = _Kid(self.uid(), given, family, girl, born, placed, group, home)
                home.kids.append(kid)
                left -= 1

    @property
    def span(self) -> int:
        return (self.today - self.start).days + 1

    def _link_across(self) -> None:
        """Every other household shares a sibling group with the next one: one
        child of the next household joins a group of this one (placed apart)."""
        for home, other in zip(self.homes[::2], self.homes[1::2], strict=False):
            groups = [g for g in home.groups().values() if len(g) >= 2] or list(
                home.groups().values()
            )
            alone = [k for k in other.kids if len(other.groups()[k.group]) == 1] or other.kids
            if not groups or not alone:
                continue
            target, mover = groups[0], alone[0]
            mover.group, mover.family = target[0].group, target[0].family

    # Records ----------------------------------------------------------------------
    def make(self) -> None:
        for home in self.homes:
            self.home_record(
                home,
                Household(
                    id=home.id, household_id=home.id, name=home.name, household_kind=home.kind
                ),
            )
            self.home_record(home, home.carer)
            self.home_record(home, home.relief)
            for kid in home.kids:
                kid.record = Child(
                    id=kid.id,
                    household_id=home.id,
                    given_name=kid.given,
                    family_name=kid.family,
                    date_of_birth=kid.born,
                    placement_start=kid.placed,
                    languages=["nl", "fr"] if home.index % 2 else ["nl"],
                    sibling_group=kid.group,
                )
                self.home_record(home, kid.record, min(kid.placed, self.today))
        for home in self.homes:
            for group in home.groups().values():
                self.family(home, group)
            for kid in home.kids:
                self.logs(kid)
                self.milestones(kid)
        self.sibling_days()
        self.reviews()

    # Families and contacts --------------------------------------------------------
    def relative(
        self, home: _Home, kids: Sequence[_Kid], name: str, relation: RelationKind, where: str
    ) -> Relative:
        relative = Relative(
            id=self.uid(),
            household_id=home.id,
            children=[k.id for k in kids],
            name=name,
            relation=relation,
            lives_where=where,
            contact_arrangement="Volgens het handelingsplan; zie de dienst.",
        )
        self.home_record(home, relative)
        return relative

    def family(self, home: _Home, group: list[_Kid]) -> None:
        rng = self.rng
        family = group[0].family
        minors = home.kind == HouseholdKind.MINORS_HOUSE
        mother = self.relative(
            home, group, f"Mama {family}", RelationKind.MOTHER,
            "in het thuisland" if minors else "Brussel",
        )  # fmt: skip
        # Mother: a visit every two weeks (a video call every week for a minor),
        # one in ten cancelled, now and then a no-show; the next one is planned.
        step = 7 if minors else 14
        offset = rng.randint(0, step - 1)
        first = self.start + timedelta(days=offset)
        for day in list(_days(first, self.today + timedelta(days=step)))[::step]:
            self.mother_contact(home, group, mother, day, minors)
        if not minors and rng.random() < 0.6:
            father = self.relative(home, group, f"Papa {family}", RelationKind.FATHER, "Aalst")
            for day in _days(self.start, self.today):
                if day.day == 20 and day.month % 3 == 1:
                    self.contact(home, group, father, day, ContactKind.LETTER,
                                 text=rng.choice(demo.LETTER))  # fmt: skip
        if not minors and rng.random() < 0.5:
            oma = self.relative(home, group, f"Oma {family}", RelationKind.GRANDPARENT, "Halle")
            for day in _days(self.start, self.today):
                if day.weekday() == 6 and rng.random() < 0.6:
                    cancelled = rng.random() < 0.05
                    self.contact(
                        home, group, oma, day, ContactKind.PHONE,
                        status=ContactStatus.CANCELLED if cancelled else ContactStatus.HAPPENED,
                        duration_minutes=None if cancelled else rng.randint(10, 25),
                        reaction_during="" if cancelled else rng.choice(demo.PHONE_NL),
                        text="Oma belde af: ze was ziek." if cancelled else "",
                    )  # fmt: skip
        if rng.random() < 0.35:
            given = rng.choice(("Dylan", "Kevin", "Inès", "Jana", "Said"))
            sibling = self.relative(
                home, group, f"{given} {family}", RelationKind.SIBLING,
                "Pleeggezin buiten de organisatie",
            )  # fmt: skip
            self.sibling_contacts(home, group, sibling, rng.choice((14, 21, 28)))

    def contact(
        self,
        home: _Home,
        group: Sequence[_Kid],
        relative: Relative,
        day: date,
        kind: ContactKind,
        **fields: object,
    ) -> None:
        kids = [k for k in group if k.placed <= day]
        if not kids:
            return
        names = {key: kids[i % len(kids)].given for i, key in enumerate("abc")}
        names["s"] = relative.name.split()[0]
        texts = {k: v.format(**names) if isinstance(v, str) else v for k, v in fields.items()}
        relief = self.relief_day(day)
        author = home.relief if relief else home.carer
        at = self.now if day > self.today else self.written(day)
        note = ContactNote.model_validate(
            {
                "id": self.uid(),
                "household_id": home.id,
                "author_id": author.id,
                "created_at": at,
                "children": [k.id for k in kids],
                "relatives": [relative.id],
                "contact_kind": kind,
                "date": day,
                **texts,
            }
        )
        self.add(note, at, author.id, home.relief_device if relief else home.device)

    def mother_contact(
        self, home: _Home, group: list[_Kid], mother: Relative, day: date, minors: bool
    ) -> None:
        rng = self.rng
        kind = ContactKind.VIDEO if minors else ContactKind.SUPERVISED_VISIT
        if day > self.today:
            self.contact(home, group, mother, day, kind, status=ContactStatus.PLANNED,
                         agreements=rng.choice(demo.VISIT_AGREEMENTS))  # fmt: skip
            return
        # In every fourth household one mother missed the last two visits.
        recent = self.today - day < timedelta(days=14 if minors else 28)
        missed = recent and home.index % 4 == 1 and group[0] is home.kids[0]
        draw = rng.random()
        if missed or draw < 0.05:
            self.contact(
                home, group, mother, day, kind, status=ContactStatus.NO_SHOW,
                reaction_during="Mama kwam niet opdagen; {a} vroeg steeds waar mama bleef.",
                follow_up="De dienst neemt contact op met mama.",
            )  # fmt: skip
        elif draw < 0.15:
            self.contact(home, group, mother, day, kind, status=ContactStatus.CANCELLED,
                         text=rng.choice(demo.VISIT_CANCELLED))  # fmt: skip
        elif minors:
            self.contact(home, group, mother, day, kind, duration_minutes=rng.randint(15, 45),
                         reaction_during=rng.choice(MOTHER_CALL_NL))  # fmt: skip
        else:
            self.contact(
                home, group, mother, day, kind, duration_minutes=rng.choice((75, 90, 90)),
                place="Bezoekruimte van de dienst",
                reaction_before=rng.choice(demo.VISIT_BEFORE),
                reaction_during=rng.choice(demo.VISIT_DURING),
                reaction_after=rng.choice(demo.VISIT_AFTER),
                agreements=rng.choice(demo.VISIT_AGREEMENTS),
            )  # fmt: skip

    def sibling_contacts(
        self, home: _Home, group: list[_Kid], sibling: Relative, every: int
    ) -> None:
        rng = self.rng
        first = self.start + timedelta(days=rng.randint(0, every - 1))
        for day in list(_days(first, self.today))[::every]:
            if rng.random() < 0.1:
                self.contact(home, group, sibling, day, ContactKind.VIDEO,
                             status=ContactStatus.CANCELLED,
                             text=rng.choice(SIBLING_CANCELLED))  # fmt: skip
            elif day.month % 3 == 0 and day.day <= every:
                self.contact(home, group, sibling, day, ContactKind.VISIT, duration_minutes=240,
                             reaction_during=rng.choice(SIBLING_VISIT))  # fmt: skip
            else:
                self.contact(home, group, sibling, day, ContactKind.VIDEO,
                             duration_minutes=rng.randint(15, 35),
                             reaction_during=rng.choice(SIBLING_VIDEO))  # fmt: skip

    def sibling_days(self) -> None:
        """Siblings placed in two households of the organisation: each household
        keeps a relative for the other, and both write the day they meet (every
        six weeks). The last pair has not met for two months."""
        pairs: list[tuple[_Home, list[_Kid], _Home, list[_Kid]]] = []
        for i, home in enumerate(self.homes):
            for other in self.homes[i + 1 :]:
                theirs = other.groups()
                for group, kids in home.groups().items():
                    if group in theirs:
                        pairs.append((home, kids, other, theirs[group]))
        for n, (home, kids, other, their_kids) in enumerate(pairs):
            here = [self.relative(home, kids, k.name, RelationKind.SIBLING, other.name)
                    for k in their_kids]  # fmt: skip
            there = [self.relative(other, their_kids, k.name, RelationKind.SIBLING, home.name)
                     for k in kids]  # fmt: skip
            last = self.today - timedelta(days=60 if n == len(pairs) - 1 else 3)
            day = self.start + timedelta(days=self.rng.randint(0, 20))
            while day <= last:
                text = self.rng.choice(SIBLING_VISIT)
                for relative in here:
                    self.contact(home, kids, relative, day, ContactKind.VISIT,
                                 duration_minutes=240, reaction_during=text)  # fmt: skip
                for relative in there:
                    self.contact(other, their_kids, relative, day, ContactKind.VISIT,
                                 duration_minutes=240, reaction_during=text)  # fmt: skip
                day += timedelta(days=42)

    # Daily logs -------------------------------------------------------------------
    def relief_day(self, day: date) -> bool:
        return day.weekday() >= 5 and (day.toordinal() // 7) % 3 == 0

    @staticmethod
    def age_group(kid: _Kid, day: date) -> str:
        months = (day - kid.born).days / MONTH_DAYS
        if months < 18:
            return demo.BABY
        if months < 36:
            return demo.TODDLER
        if months < 72:
            return demo.PRESCHOOL
        return SCHOOL_AGE if months < TEEN_MONTHS else TEEN

    def logs(self, kid: _Kid) -> None:
        rng = self.rng
        home = kid.home
        first = max(self.start, kid.placed)
        # Some children have a few recent evenings without a log (every third
        # household, its first child); a few incidents a year, one of them in the
        # last week in every other household.
        quiet = (
            set(_days(self.today - timedelta(days=4), self.today - timedelta(days=1)))
            if home.index % 3 == 0 and kid is home.kids[0]
            else set()
        )
        incidents: dict[date, _Incident] = {}
        older = self.age_group(kid, self.today) in (TEEN, SCHOOL_AGE)
        pool = TEEN_INCIDENTS if older else YOUNG_INCIDENTS
        for day in _days(first, self.today):
            if rng.random() < 0.005:
                incidents[day] = rng.choice(pool)
        if home.index % 2 == 0 and kid is home.kids[-1]:
            incidents[self.today - timedelta(days=2)] = pool[0]
        sick: _Spell | None = None
        others = [k.given for k in home.kids if k is not kid and k.group == kid.group] or [
            k.given for k in home.kids if k is not kid
        ] or ["de anderen"]  # fmt: skip
        for day in _days(first, self.today):
            if day in quiet or (rng.random() < 0.04 and day != self.today and day not in incidents):
                continue
            if sick is None and rng.random() < 0.012:
                illness = rng.choice([i for i in demo.ILLNESSES if not i.needs])
                end = day + timedelta(days=rng.randint(*illness.days) - 1)
                sick = _Spell(
                    illness.nl, illness.fr, illness.medication_nl, illness.medication_fr,
                    illness.mood_drop, day, end,
                )  # fmt: skip
            self.log(kid, day, sick, incidents.get(day), rng.choice(others))
            if sick is not None and day >= sick.end:
                sick = None

    def log(
        self,
        kid: _Kid,
        day: date,
        sick: _Spell | None,
        incident: _Incident | None,
        sibling: str,
    ) -> None:
        rng = self.rng
        home = kid.home
        french = self.relief_day(day)
        author = home.relief if french else home.carer
        group = self.age_group(kid, day)
        words = {
            "name": kid.given, "sib": sibling, "e": "e" if kid.girl else "",
            "hij": "zij" if kid.girl else "hij", "Hij": "Zij" if kid.girl else "Hij",
            "zijn": "haar" if kid.girl else "zijn", "hem": "haar" if kid.girl else "hem",
            "il": "elle" if kid.girl else "il", "Il": "Elle" if kid.girl else "Il",
        }  # fmt: skip
        mood = rng.choices(demo.MOODS, demo.MOOD_WEIGHTS)[0]
        young = group in (demo.BABY, demo.TODDLER, demo.PRESCHOOL)
        fields: dict[str, str] = {}
        if young:
            fields["sleep"] = rng.choice((demo.SLEEP_FR if french else demo.SLEEP_NL)[group])
            fields["eating"] = rng.choice((demo.EATING_FR if french else demo.EATING_NL)[group])
            fields["activities"] = rng.choice(demo.ACTIVITIES_FR if french else demo.ACTIVITIES_NL)
            fields["text"] = rng.choice((demo.MOOD_FR if french else demo.MOOD_NL)[mood])
            if rng.random() < 0.3:
                fields["moments"] = rng.choice(
                    demo.MOMENTS_FR if french else demo.MOMENTS_NL[group]
                )
        else:
            fields["text"] = " ".join(rng.sample(demo.LARGE_FR if french else demo.LARGE_NL, 3))
            if day.weekday() < 5 and day.month not in (7, 8) and not french:
                fields["school"] = rng.choice(TEEN_SCHOOL_NL if group == TEEN else SCHOOL_NL)
            if rng.random() < 0.25 and not french:
                fields["moments"] = rng.choice(
                    TEEN_MOMENTS_NL if group == TEEN else SCHOOL_MOMENTS_NL
                )
        if sick is not None:
            phases = sick.fr if french else sick.nl
            fields["health"] = (
                phases[0] if day == sick.begin else phases[2] if day == sick.end else phases[1]
            )
            if day != sick.end:
                fields["medication"] = sick.medication_fr if french else sick.medication_nl
            mood = max(1, mood - sick.mood_drop)
        flag, severity = False, None
        if incident is not None:
            flag, severity, mood = True, incident.severity, min(mood, 2)
            fields["moments"], fields["text"] = incident.moments, incident.text
            if incident.health:
                fields["health"] = incident.health
        at = self.written(day)
        record = DailyLog(
            id=self.uid(),
            household_id=home.id,
            child_id=kid.id,
            author_id=author.id,
            created_at=at,
            date=day,
            mood=mood,
            flag=flag,
            severity=severity,
            **{k: v.format(**words) for k, v in fields.items()},
        )
        self.add(record, at, author.id, home.relief_device if french else home.device)

    # Milestones -------------------------------------------------------------------
    def milestones(self, kid: _Kid) -> None:
        rng = self.rng
        first = max(self.start, kid.placed)

        def observe(item_id: str, status: MilestoneStatus, months: float) -> None:
            day = kid.born + timedelta(days=round(months * MONTH_DAYS))
            if first <= day <= self.today:
                record = MilestoneObservation(
                    id=self.uid(), household_id=kid.home.id, child_id=kid.id, item_id=item_id,
                    status=status, observed_on=day,
                    note=rng.choice(demo.MILESTONE_NOTES[status]),
                )  # fmt: skip
                self.add(record, self.written(day), kid.home.carer.id, kid.home.device)

        for item in self.catalog.items:
            if item.catalog == "cdc":
                if rng.random() < 0.2:
                    continue
                if rng.random() < 0.5:
                    observe(
                        item.id, MilestoneStatus.EMERGING, item.age_months - rng.uniform(1.5, 3)
                    )
                observe(item.id, MilestoneStatus.ACHIEVED, item.age_months + rng.uniform(-1, 1))
            elif item.has_window:
                assert item.window_start_months is not None and item.window_end_months is not None
                start, end = item.window_start_months, item.window_end_months
                achieved = rng.uniform(start + 0.25 * (end - start), start + 0.7 * (end - start))
                observe(item.id, MilestoneStatus.EMERGING, max(start, achieved - 1.0))
                observe(item.id, MilestoneStatus.ACHIEVED, achieved)
            elif item.catalog == "living":
                # Skills of the teen's band and the one before, at some day of the year.
                age_now = (self.today - kid.born).days / MONTH_DAYS
                if item.age_months > age_now + 12 or age_now < TEEN_MONTHS - 12:
                    continue
                draw = rng.random()
                seen = (first - kid.born).days / MONTH_DAYS + rng.uniform(0, self.span / MONTH_DAYS)
                if draw < 0.55:
                    observe(item.id, MilestoneStatus.ACHIEVED, seen)
                elif draw < 0.8:
                    observe(item.id, MilestoneStatus.EMERGING, seen)

    # Reviews ----------------------------------------------------------------------
    def reviews(self) -> None:
        """What this supervisor already reviewed: the incidents and missed contacts
        more than a week old, and one older log in twenty; a few incidents (the
        first of each household among them) got a question instead, and the
        household answered most of them."""
        me = self.book.identity
        week_ago = self.today - timedelta(days=7)
        asked: set[uuid.UUID] = set()
        targets = [r for r in self.records if isinstance(r, DailyLog | ContactNote)]
        for target in targets:
            assert isinstance(target, DailyLog | ContactNote)
            if target.date > week_ago:
                continue
            notable = (isinstance(target, DailyLog) and target.flag) or (
                isinstance(target, ContactNote)
                and target.status in (ContactStatus.CANCELLED, ContactStatus.NO_SHOW)
            )
            if not notable and self.rng.random() >= 0.05:
                continue
            ask = (
                isinstance(target, DailyLog)
                and target.flag
                and (target.household_id not in asked or self.rng.random() < 0.25)
            )
            if ask:
                asked.add(target.household_id)
            at = min(self.now, target.created_at + timedelta(days=self.rng.randint(1, 6)))
            review = Review(
                id=self.uid(),
                household_id=target.household_id,
                target_id=target.id,
                target_kind=target.kind,
                children=target.child_ids(),
                mark=ReviewMark.QUESTION if ask else ReviewMark.REVIEWED,
                comment="Werd de huisarts geraadpleegd? Graag een korte update." if ask else "",
                author_id=me.user_id,
                created_at=at,
            )
            self.add(review, at, me.user_id, me.device_id)
            if ask and self.rng.random() < 0.7:
                home = next(h for h in self.homes if h.id == target.household_id)
                answered = min(self.now, at + timedelta(days=1))
                answer = Review(
                    id=self.uid(),
                    household_id=target.household_id,
                    target_id=target.id,
                    target_kind=target.kind,
                    children=target.child_ids(),
                    mark=ReviewMark.ANSWER,
                    comment="Ja, de huisarts zag geen reden tot ongerustheid.",
                    reply_to=review.id,
                    author_id=home.carer.id,
                    created_at=answered,
                )
                self.add(answer, answered, home.carer.id, home.device)


def fill_supervisor(
    book: Book, households: int = 10, children: int = 8, days: int = 365, seed: int = 2026
) -> SupervisorSummary:
    """Fill a supervisor's store with ``households`` × ``children`` children and
    ``days`` days of records ending today, as pulled from the server (synced,
    no outbox), in one transaction. The households are remembered as the ones
    this device follows (``sync:households``)."""
    if households < 1 or children < 1 or days < 1:
        raise ValueError("households, children and days must be at least 1")
    if not is_reviewer(book.identity.role):
        raise ValueError("only a supervisor's profile holds the records of several households")
    fill = _Fill(book, households, children, days, seed)
    fill.make()
    today = fill.today
    for record in fill.records:
        record.check(today)
    with book.store.write() as session:
        repository.put_synced_many(session, fill.records)
        for record in fill.records:
            book.clock.observe(record.modified_at)
        Store.set_meta(session, "clock", book.clock.last)
        sync_state.set_households(session, [h.id for h in fill.homes])
    counts: dict[uuid.UUID, Counter[str]] = {h.id: Counter() for h in fill.homes}
    for record in fill.records:
        counts[record.household_id][record.kind] += 1
    return SupervisorSummary(
        tuple(
            HouseholdFill(h.id, h.name, h.kind, tuple(k.name for k in h.kids), dict(counts[h.id]))
            for h in fill.homes
        )
    )
