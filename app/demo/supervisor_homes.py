"""The supervisor's demo, its plan: the households, their carers and children, and
the sibling groups split over two households, before any record is made; and
how a record is stamped as its household wrote it."""

from __future__ import annotations

import random
import uuid
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta

from app.demo.dates import evening
from app.demo.phrases import Phrases
from app.domain.catalog import load_catalog
from app.domain.clock import Stamp
from app.domain.records import Child, Person, Record
from app.domain.vocabulary import HouseholdKind, Role
from app.storage.book import Book

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


@dataclass
class Kid:
    id: uuid.UUID
    given: str
    family: str
    girl: bool
    born: date
    placed: date
    group: str
    home: Home
    record: Child | None = None

    @property
    def name(self) -> str:
        return f"{self.given} {self.family}"


@dataclass
class Home:
    index: int
    id: uuid.UUID
    name: str
    kind: HouseholdKind
    carer: Person
    relief: Person
    device: str
    relief_device: str
    kids: list[Kid] = field(default_factory=list)

    def groups(self) -> dict[str, list[Kid]]:
        out: dict[str, list[Kid]] = {}
        for kid in self.kids:
            out.setdefault(kid.group, []).append(kid)
        return out


class Fill:
    """The households being made, and every record so far, stamped as synced."""

    def __init__(
        self,
        book: Book,
        households: int,
        children: int,
        days: int,
        seed: int,
        text: Phrases,
        relief_text: Phrases,
    ) -> None:
        self.book = book
        self.rng = random.Random(seed)
        self.today = book.today()
        self.now = datetime.now(UTC)
        self.start = self.today - timedelta(days=days - 1)
        self.catalog = load_catalog()
        self.text = text  # the households' language
        self.relief_text = relief_text  # the relief carers' language
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
        return evening(day, self.rng, self.now)

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

    def home_record(self, home: Home, record: Record, day: date | None = None) -> None:
        at = self.written(day or self.start - timedelta(days=30))
        self.add(record, at, home.carer.id, home.device)

    @property
    def span(self) -> int:
        return (self.today - self.start).days + 1

    # People -----------------------------------------------------------------------
    def _home(self, index: int) -> Home:
        hid = self.uid()
        names = self.text.supervisor.household_names
        name = names[index % len(names)]
        if index >= len(names):
            name = f"{name} {index // len(names) + 1}"
        carer, relief = CARERS[index % len(CARERS)]

        def person(display: str) -> Person:
            return Person(
                id=self.uid(),
                household_id=hid,
                display_name=display,
                role=Role.CAREGIVER,
                households=[hid],
            )

        return Home(
            index,
            hid,
            name,
            KIND_CYCLE[index % len(KIND_CYCLE)],
            person(carer),
            person(relief),
            f"{self.rng.getrandbits(48):012x}",
            f"{self.rng.getrandbits(48):012x}",
        )

    def _kids(self, home: Home, count: int) -> None:
        rng = self.rng
        said = self.text.supervisor
        minors = home.kind == HouseholdKind.MINORS_HOUSE
        names = list(MINORS_GIVEN if minors else GIVEN)
        families = list(MINORS_FAMILIES if minors else FAMILIES)
        rng.shuffle(names)
        rng.shuffle(families)
        low, high = AGES_YEARS[home.kind]
        left = count
        while left:
            size = min(left, 1 if minors and rng.random() < 0.8 else rng.choice((1, 2, 3, 3)))
            family = families.pop() if families else said.family.format(home=home.index, n=left)
            group = f"{family} ({home.index + 1}-{left})"
            placed = self.start - timedelta(days=rng.randint(30, 900))
            if rng.random() < 0.15:  # placed during the period
                later = timedelta(days=rng.randint(10, max(10, self.span - 30)))
                placed = min(self.today, self.start + later)
            for _ in range(size):
                given, girl = (
                    names.pop() if names else (said.child.format(n=left), rng.random() < 0.5)
                )
                age = rng.randint(low * 365 + 30, high * 365 + 300)
                born = min(self.today - timedelta(days=age), placed)
                kid = Kid(self.uid(), given, family, girl, born, placed, group, home)
                home.kids.append(kid)
                left -= 1

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
