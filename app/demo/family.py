"""The demo household's people and calendar: the care parents' profile, a sibling
group of young children from a bilingual Dutch/French family, their birth
family, and the days a relief carer takes over."""

from __future__ import annotations

import random
import uuid
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta

from app.demo.dates import days, relief_weekend
from app.demo.phrases import DEFAULT_LANGUAGE, Phrases, RelativeText, Voice, phrases
from app.demo.writer import relief_carer
from app.domain.records import Child, Person, Record, Relative
from app.domain.vocabulary import HouseholdKind, RelationKind
from app.services.profile import NewProfile
from app.storage.book import Book

FAMILY_NAME = "Maes"
SIBLING_GROUP = "Maes-Dubois"
FOSTER_FATHER = "Koen"
# Languages whose demo home is an SOS family in a children's village (French
# speakers: Chantevent); the others make a Simba home.
VILLAGE_LANGUAGES = frozenset({"fr"})


def demo_profile(language: str = DEFAULT_LANGUAGE) -> NewProfile:
    """The care parents and their household, named in ``language``: an SOS family in
    a children's village where the language's texts say so (French), else a Simba home."""
    said = phrases(language)
    village = language in VILLAGE_LANGUAGES
    names = said.village_profile if village else said.profile
    return NewProfile(
        display_name=names.display_name,
        household_name=names.household_name,
        household_kind=HouseholdKind.VILLAGE_FAMILY if village else HouseholdKind.SIMBA,
    )


DEMO_PROFILE = demo_profile()


@dataclass(frozen=True)
class KidTemplate:
    given_name: str
    girl: bool
    age_days: int  # age today
    traits: frozenset[str] = frozenset()


KIDS = (
    KidTemplate("Louise", True, 5 * 365 + 123),
    KidTemplate("Elias", False, 3 * 365 + 61, frozenset({"inhaler", "speech_delay"})),
    KidTemplate("Noor", True, 426),
    KidTemplate("Mila", True, 3 * 365 + 61),  # Elias's twin sister
)


@dataclass
class Kid:
    child: Child
    template: KidTemplate
    log_start: date

    @property
    def name(self) -> str:
        return self.child.given_name


@dataclass
class Relatives:
    mother: Relative
    father: Relative
    grandmother: Relative
    sibling: Relative

    def all(self) -> list[Relative]:
        return [self.mother, self.father, self.grandmother, self.sibling]


@dataclass
class Demo:
    """The household being made: its people, its calendar, and the records so far."""

    book: Book
    rng: random.Random
    years: int
    text: Phrases  # the household's language
    relief_text: Phrases  # the relief carer's language
    today: date = field(init=False)
    now: datetime = field(init=False)
    start: date = field(init=False)
    household_id: uuid.UUID = field(init=False)
    carer: uuid.UUID = field(init=False)
    relief: Person = field(init=False)
    kids: list[Kid] = field(default_factory=list)
    relief_days: set[date] = field(default_factory=set)
    visits: list[date] = field(default_factory=list)
    records: list[Record] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.today = self.book.today()
        self.now = datetime.now(UTC)
        self.start = self.today - timedelta(days=round(365.25 * self.years) - 1)
        self.household_id = self.book.identity.household_id
        self.carer = self.book.identity.user_id
        self.relief = relief_carer(self.household_id)

    def make_children(self, count: int) -> None:
        placed = self.start - timedelta(days=20)
        household = self.text.household
        for template in KIDS[:count]:
            born = self.today - timedelta(days=template.age_days)
            first_days = 21 if template.age_days < 2 * 365 else 60
            placement = max(placed, born + timedelta(days=first_days))
            child = Child(
                household_id=self.household_id,
                given_name=template.given_name,
                family_name=FAMILY_NAME,
                date_of_birth=born,
                placement_start=placement,
                school=household.daycare if template.age_days < 2 * 365 else household.school,
                languages=["nl", "fr"],
                sibling_group=SIBLING_GROUP,
                notes=household.notes[template.given_name],
            )
            self.kids.append(Kid(child, template, max(placement, self.start)))

    def make_relatives(self) -> Relatives:
        ids = [k.child.id for k in self.kids]
        household = self.text.household

        def relative(name: str, relation: RelationKind, said: RelativeText) -> Relative:
            return Relative(
                household_id=self.household_id,
                children=ids,
                name=name,
                relation=relation,
                lives_where=said.lives_where,
                placed_together=False,
                contact_arrangement=said.arrangement,
            )

        return Relatives(
            mother=relative("Melissa Dubois", RelationKind.MOTHER, household.mother),
            father=relative("Kristof Maes", RelationKind.FATHER, household.father),
            grandmother=relative("Martine Dubois", RelationKind.GRANDPARENT, household.grandmother),
            sibling=relative("Dylan Maes", RelationKind.SIBLING, household.sibling),
        )

    def plan_relief_days(self) -> None:
        """Every third weekend and now and then a weekday, the relief carer takes over."""
        for day in days(self.start, self.today):
            if relief_weekend(day) or (day.weekday() < 5 and self.rng.random() < 0.01):
                self.relief_days.add(day)

    def author(self, day: date) -> tuple[uuid.UUID, bool]:
        """Who writes on ``day``, and whether it is the relief carer."""
        relief = day in self.relief_days
        return (self.relief.id if relief else self.carer), relief

    def voice(self, relief: bool) -> Voice:
        return self.relief_text.relief if relief else self.text.carer

    def present(self, day: date) -> list[uuid.UUID]:
        return [k.child.id for k in self.kids if k.child.placement_start <= day]
