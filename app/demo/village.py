"""The village demo of ``thuisboek demo --kind village``: an SOS aunt (tante SOS,
aide familiale) who relieves the mothers of two families of a children's village.

The profile is the aunt's. Her first family is the demo household of ``fill``
(she writes there on her days, the family's care parent on theirs); a second
family, with its mother and two children, is given to her as a central office
gives a relief carer several households. Each family holds a handover note for
the aunt from the person before her, not read yet, and the aunt's own note in
the first family for the next person. The texts are in the demo's language
(Dutch, French or English)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta

from app.demo import household
from app.demo.writer import DemoSummary, Writer
from app.domain.handover import Handover, Shift
from app.domain.records import Child, DailyLog, Household, Person
from app.domain.vocabulary import HouseholdKind, Role
from app.services.handover import HandoverService
from app.services.profile import NewProfile
from app.storage import sync_state
from app.storage.book import Book


@dataclass(frozen=True)
class VillageWords:
    aunt: str
    first_family: str
    second_family: str
    mother: str
    kids: tuple[tuple[str, str], ...]  # given name, family name
    logs: tuple[str, ...]
    note_first: str  # to the aunt in her first family
    note_second: str  # to the aunt in the second family
    note_mine: str  # the aunt's own, for the next person


WORDS: dict[str, VillageWords] = {
    "nl": VillageWords(
        aunt="Tante Lien Wouters",
        first_family="SOS-gezin Peeters",
        second_family="SOS-gezin Claes",
        mother="Carla Claes",
        kids=(("Mila", "Janssens"), ("Lena", "Janssens")),
        logs=(
            "Rustige dag; samen naar de markt geweest.",
            "Mila had buikpijn na school, vroeg gaan slapen.",
            "Lena heeft haar huiswerk zelf gemaakt en was trots.",
            "Bezoek van oma verliep goed, veel gelachen.",
        ),
        note_first="Elias sliep slecht, kijk zijn oor na; mama belde, bezoek verschoven "
        "naar donderdag.",
        note_second="Mila krijgt nog twee dagen haar siroop (’s avonds); Lena heeft "
        "zwemles woensdag, zwemzak ligt klaar.",
        note_mine="Alles rustig vanavond. Boterhammen voor morgen staan in de koelkast.",
    ),
    "fr": VillageWords(
        aunt="Tante Anne Collard",
        first_family="Famille SOS Dubois",
        second_family="Famille SOS Martin",
        mother="Claire Martin",
        kids=(("Inès", "Leroy"), ("Yanis", "Leroy")),
        logs=(
            "Journée calme ; promenade au parc du village.",
            "Inès avait mal au ventre après l’école, couchée tôt.",
            "Yanis a fait ses devoirs seul et en était fier.",
            "La visite de la grand-mère s’est bien passée.",
        ),
        note_first="Elias a mal dormi, vérifier son oreille ; maman a appelé, visite "
        "déplacée à jeudi.",
        note_second="Inès prend encore son sirop deux soirs ; Yanis a piscine mercredi, "
        "le sac est prêt.",
        note_mine="Soirée calme. Les tartines de demain sont au frigo.",
    ),
    "en": VillageWords(
        aunt="Aunt Lien Wouters",
        first_family="SOS family Peeters",
        second_family="SOS family Claes",
        mother="Carla Claes",
        kids=(("Mila", "Janssens"), ("Lena", "Janssens")),
        logs=(
            "A quiet day; we went to the market together.",
            "Mila had a stomach ache after school, went to bed early.",
            "Lena did her homework by herself and was proud.",
            "Grandma's visit went well, lots of laughing.",
        ),
        note_first="Elias slept badly, check his ear; mother phoned, visit moved to Thursday.",
        note_second="Mila takes her syrup two more evenings; Lena has swimming on "
        "Wednesday, her bag is ready.",
        note_mine="Quiet evening. Tomorrow's sandwiches are in the fridge.",
    ),
}


def village_profile(language: str) -> NewProfile:
    words = WORDS.get(language, WORDS["nl"])
    return NewProfile(
        display_name=words.aunt,
        household_name=words.first_family,
        household_kind=HouseholdKind.VILLAGE_FAMILY,
    )


def _at(day: date, hour: int) -> datetime:
    return datetime.combine(day, time(hour), tzinfo=UTC)


def fill_village(book: Book, years: int = 1, language: str = "nl", seed: int = 2026) -> DemoSummary:
    """The aunt's two families, their children and logs, and the handover notes."""
    words = WORDS.get(language, WORDS["nl"])
    first = household.fill(book, years=years, language=language, seed=seed)
    today = book.today()
    home = book.identity.household_id
    aunt = book.identity.user_id
    other = Household(
        name=words.second_family, household_kind=HouseholdKind.VILLAGE_FAMILY,
        household_id=home,  # replaced below: a household is its own scope
    )  # fmt: skip
    other = other.model_copy(update={"household_id": other.id})
    mother = Person(
        household_id=other.id, display_name=words.mother, role=Role.CAREGIVER,
        households=[other.id],
    )  # fmt: skip
    kids = [
        Child(
            household_id=other.id,
            given_name=given,
            family_name=family,
            date_of_birth=date(today.year - 9 + i * 3, 5, 12),
            placement_start=today - timedelta(days=400),
        )
        for i, (given, family) in enumerate(words.kids)
    ]
    writer = Writer(book, batch=True)
    writer.add_all([other, mother, *kids])
    # A week of the mother's logs, and the aunt's on her relief day (yesterday).
    for back in range(7, 0, -1):
        day = today - timedelta(days=back)
        for i, kid in enumerate(kids):
            author = aunt if back == 1 else mother.id
            writer.add(
                DailyLog(
                    household_id=other.id, child_id=kid.id, author_id=author, date=day,
                    mood=3 + (back + i) % 3, text=words.logs[(back + i) % len(words.logs)],
                    created_at=_at(day, 20),
                )
            )  # fmt: skip
    yesterday = today - timedelta(days=1)
    relief = _relief_person(book)
    notes = [
        Handover(household_id=other.id, author_id=mother.id, date=today, shift=Shift.MORNING,
                 text=words.note_second, children=[k.id for k in kids],
                 created_at=_at(today, 7)),
        Handover(household_id=home, author_id=aunt, date=yesterday, shift=Shift.EVENING,
                 text=words.note_mine, created_at=_at(yesterday, 21)),
    ]  # fmt: skip
    if relief is not None:
        notes.append(
            Handover(household_id=home, author_id=relief, date=today, shift=Shift.MORNING,
                     text=words.note_first, created_at=_at(today, 8))
        )  # fmt: skip
    writer.add_all(notes)
    writer.flush()
    with book.store.write() as session:
        sync_state.set_households(session, [home, other.id])
    # The aunt was last in both families two days ago: what others wrote since is new.
    left = _at(today - timedelta(days=2), 21)
    for household_id in (home, other.id):
        HandoverService(book).leave(left, household_id)
    return DemoSummary(
        f"{first.household} · {words.second_family}",
        [*first.children, *(k.display_name() for k in kids)],
        first.records + writer.written,
    )


def _relief_person(book: Book) -> object | None:
    """The first family's care parent who writes beside the aunt (the demo's relief
    carer: in the village, the family's other adult)."""
    from app.demo.writer import RELIEF_CARER
    from app.storage import records

    with book.store.read() as session:
        for person in records.list_kind(session, Person.kind, book.identity.household_id):
            if isinstance(person, Person) and person.display_name == RELIEF_CARER:
                return person.id
    return None
