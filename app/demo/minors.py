"""The demo house for unaccompanied minors of ``thuisboek demo --kind minors``.

Four young people of 15 to 17 who came to Belgium alone live in a small house
with a team of key workers: each with a minor's file (legal status, the steps
of the asylum procedure, the language they speak and the one they learn here,
school and training), a guardian (one for every two of them), the lawyer they
share, and for two of them family (a mother abroad on video calls, an uncle
nearby). ``years`` years of daily logs in their words, meetings with guardian
and lawyer, calls and visits, well-being checks, care-plan goals and the
appointments of these weeks (the asylum office's interview among them).
Yonas's placement is closed today — he goes to live on his own — with a few of
his days kept for his book: the demo of leaving care and the young person's
export.

The house's own texts are in ``resources/demo/<language>.json`` (``minors``).
Everything is written the app's own way (``Writer``); the same seed gives the
same house in every language, dates relative to ``book.today()``.
"""

from __future__ import annotations

import random
import uuid
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta

from app.demo.attachments import add_pictures
from app.demo.dates import days, evening
from app.demo.phrases import DEFAULT_LANGUAGE, MeetingText, MinorsText, phrases
from app.demo.story import SENTENCES
from app.demo.wellbeing import make_checks
from app.demo.writer import DemoSummary, Writer, household_name
from app.domain.care import (
    Appointment,
    CareGoal,
    LanguageEntry,
    MinorFile,
    StepEntry,
)
from app.domain.records import Child, ContactNote, DailyLog, Record, Relative
from app.domain.story import Keepsake
from app.domain.vocabulary import (
    AppointmentKind,
    AppointmentOutcome,
    ContactKind,
    ContactStatus,
    GoalArea,
    GoalStatus,
    HouseholdKind,
    LanguageLevel,
    LegalStatus,
    PlacementOutcome,
    ProcedureStep,
    RelationKind,
    Role,
    Severity,
)
from app.services.profile import NewProfile
from app.storage.book import Book

# The language the house speaks and the young people learn, by the demo's language.
HOUSE_LANGUAGE = {"nl": "nl", "fr": "fr", "en": "nl"}
LEAVING = "Yonas"  # his placement is closed today: the demo of leaving care


@dataclass(frozen=True)
class Youth:
    given_name: str
    family_name: str
    girl: bool
    age_days: int  # age today: 15 to 17
    here_days: int  # since arrival in the house
    mother_tongue: str  # ISO 639 code
    status: LegalStatus
    steps: tuple[tuple[ProcedureStep, int], ...]  # a step and its day, counted from arrival
    level: LanguageLevel  # in the house's language


YOUTH = (
    Youth(
        "Ahmad",
        "Rahimi",
        False,
        16 * 365 + 100,
        300,
        "prs",
        LegalStatus.APPLICANT,
        ((ProcedureStep.APPLICATION, -12), (ProcedureStep.INTERVIEW, 240)),
        LanguageLevel.A2,
    ),
    Youth(
        "Semhar",
        "Abraha",
        True,
        15 * 365 + 200,
        420,
        "ti",
        LegalStatus.REFUGEE,
        (
            (ProcedureStep.APPLICATION, -30),
            (ProcedureStep.INTERVIEW, 150),
            (ProcedureStep.DECISION, 260),
            (ProcedureStep.RESIDENCE_PERMIT, 300),
        ),
        LanguageLevel.B1,
    ),
    Youth(
        "Yonas",
        "Tesfaye",
        False,
        17 * 365 + 150,
        380,
        "ti",
        LegalStatus.SUBSIDIARY_PROTECTION,
        (
            (ProcedureStep.APPLICATION, -20),
            (ProcedureStep.INTERVIEW, 180),
            (ProcedureStep.DECISION, 330),
        ),
        LanguageLevel.A2,
    ),
    Youth(
        "Omid",
        "Haidari",
        False,
        15 * 365 + 40,
        150,
        "ps",
        LegalStatus.APPLICANT,
        ((ProcedureStep.APPLICATION, -9), (ProcedureStep.INTERVIEW, 166)),
        LanguageLevel.A1,
    ),
)


def minors_profile(language: str = DEFAULT_LANGUAGE) -> NewProfile:
    """The house's team and the house, named in ``language``."""
    names = phrases(language).minors.profile
    return NewProfile(
        display_name=names.display_name,
        household_name=names.household_name,
        household_kind=HouseholdKind.MINORS_HOUSE,
    )


@dataclass
class _Young:
    youth: Youth
    child: Child

    @property
    def arrived(self) -> date:
        return self.child.placement_start


@dataclass
class _House:
    book: Book
    rng: random.Random
    said: MinorsText
    words: dict[bool, dict[str, str]]
    language: str
    today: date = field(init=False)
    now: datetime = field(init=False)
    household_id: uuid.UUID = field(init=False)
    team: uuid.UUID = field(init=False)
    young: list[_Young] = field(default_factory=list)
    records: list[Record] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.today = self.book.today()
        self.now = datetime.now(UTC)
        self.household_id = self.book.identity.household_id
        self.team = self.book.identity.user_id

    def say(self, text: str, young: _Young) -> str:
        return text.format(name=young.child.given_name, **self.words[young.youth.girl])

    def written(self, day: date) -> datetime:
        return evening(day, self.rng, self.now)


def fill(
    book: Book,
    years: int = 1,
    seed: int = 2026,
    batch: bool = True,
    language: str = DEFAULT_LANGUAGE,
) -> DemoSummary:
    """Give the profile's household four young people, their files, people and
    ``years`` years (at most since each arrived) of records ending today."""
    if years < 1:
        raise ValueError("years must be at least 1")
    if book.identity.role == Role.SUPERVISOR:
        raise ValueError("a supervisor's profile holds no household records")
    text = phrases(language)
    words = {girl: text.words(girl) for girl in (False, True)}
    house = _House(book, random.Random(seed), text.minors, words, language)
    start = house.today - timedelta(days=round(365.25 * years) - 1)
    for youth in YOUTH:
        arrived = max(house.today - timedelta(days=youth.here_days), start)
        said = house.said.youth[youth.given_name]
        child = Child(
            household_id=house.household_id,
            given_name=youth.given_name,
            family_name=youth.family_name,
            date_of_birth=house.today - timedelta(days=youth.age_days),
            placement_start=arrived,
            school=said.school,
            languages=[youth.mother_tongue, HOUSE_LANGUAGE.get(language, "nl")],
            notes=said.notes,
        )
        if youth.given_name == LEAVING:  # today is his last day: he goes to live on his own
            child = child.model_copy(update={
                "placement_end": house.today,
                "placement_outcome": PlacementOutcome.INDEPENDENT_LIVING,
            })  # fmt: skip
        house.young.append(_Young(youth, child))
    people = _people(house)
    for index, young in enumerate(house.young):
        _file(house, young)
        _logs(house, young, index)
        house.records += make_checks(young.child, house.team, young.arrived, house.today)
        _goals(house, young, index)
    _meetings(house, people)
    _appointments(house, people)
    _keep_for_leaving(house)
    writer = Writer(book, batch=batch)
    writer.add_all([*(y.child for y in house.young), *people.all(), *house.records])
    writer.flush()
    pictures = add_pictures(book, language, seed)  # photos and documents, some kept
    return DemoSummary(
        household_name(book),
        [y.child.display_name() for y in house.young],
        writer.written + pictures,
    )


@dataclass
class _People:
    guardians: list[Relative]
    lawyer: Relative
    mother: Relative  # Ahmad's, abroad
    uncle: Relative  # Yonas's, nearby

    def all(self) -> list[Relative]:
        return [*self.guardians, self.lawyer, self.mother, self.uncle]

    def guardian_of(self, index: int) -> Relative:
        return self.guardians[index // 2 % len(self.guardians)]


def _people(house: _House) -> _People:
    said, ids = house.said, [y.child.id for y in house.young]

    def relative(
        name: str,
        relation: RelationKind,
        children: list[uuid.UUID],
        lives: str = "",
        arrangement: str = "",
    ) -> Relative:
        return Relative(
            household_id=house.household_id,
            children=children,
            name=name,
            relation=relation,
            lives_where=lives,
            placed_together=False,
            contact_arrangement=arrangement,
        )

    guardians = [
        relative(
            name,
            RelationKind.GUARDIAN,
            ids[2 * n : 2 * n + 2],
            arrangement=said.guardian_arrangement,
        )
        for n, name in enumerate(said.guardians)
    ]
    ahmad, yonas = house.young[0].child, house.young[2].child
    return _People(
        guardians=guardians,
        lawyer=relative(said.lawyer, RelationKind.LAWYER, ids, arrangement=said.lawyer_arrangement),
        mother=relative(
            f"Mariam {ahmad.family_name}",
            RelationKind.MOTHER,
            [ahmad.id],
            said.mother_lives,
            said.mother_arrangement,
        ),
        uncle=relative(
            said.uncle,
            RelationKind.AUNT_UNCLE,
            [yonas.id],
            said.uncle_lives,
            said.uncle_arrangement,
        ),
    )


def _file(house: _House, young: _Young) -> None:
    youth, said = young.youth, house.said.youth[young.youth.given_name]
    # The procedure counts from the real arrival, even before the records begin.
    arrival = house.today - timedelta(days=youth.here_days)
    steps = [
        StepEntry(step=step, on=arrival + timedelta(days=offset)) for step, offset in youth.steps
    ]
    house.records.append(
        MinorFile(
            household_id=house.household_id,
            child_id=young.child.id,
            legal_status=youth.status,
            steps=steps,
            languages=[
                LanguageEntry(language=said.mother_tongue, level=LanguageLevel.MOTHER_TONGUE),
                LanguageEntry(
                    language=house.said.learnt_language, level=youth.level, learning=True
                ),
            ],
            school=said.school,
            training=said.training,
        )
    )


def _logs(house: _House, young: _Young, index: int) -> None:
    rng, said = house.rng, house.said
    incident_days = {house.today - timedelta(days=40 + 90 * index)} if index < 2 else set()
    for day in days(young.arrived, house.today):
        if rng.random() < 0.08 and day != house.today:
            continue  # a day nobody wrote
        weekday = day.weekday() < 5
        log = DailyLog(
            household_id=house.household_id,
            child_id=young.child.id,
            author_id=house.team,
            date=day,
            mood=rng.choice((2, 3, 3, 4, 4, 4, 5)),
            sleep=rng.choice(said.sleep),
            eating=rng.choice(said.eating) if rng.random() < 0.6 else "",
            school=rng.choice(said.school) if weekday else "",
            activities=rng.choice(said.activities) if rng.random() < 0.5 else "",
            moments=house.say(rng.choice(said.moments), young) if rng.random() < 0.5 else "",
            text=house.say(rng.choice(said.text), young),
            created_at=house.written(day),
        )
        if day in incident_days:
            incident = said.incidents[index % len(said.incidents)]
            log = log.model_copy(
                update={
                    "mood": 2,
                    "moments": house.say(incident.moments, young),
                    "flag": True,
                    "severity": Severity.MEDIUM,
                    "incident": house.say(incident.text, young),
                }
            )
        house.records.append(log)


def _keep_for_leaving(house: _House) -> None:
    """A few days kept for the book of the young person who leaves, with a
    sentence for him, so that his book and his export have his story."""
    sentences = SENTENCES.get(house.language, SENTENCES["nl"])
    for young in house.young:
        if not young.child.has_left():
            continue
        logs = [r for r in house.records if isinstance(r, DailyLog)
                and r.child_id == young.child.id and r.moments and not r.flag]  # fmt: skip
        step = max(1, len(logs) // 4)
        for n, log in enumerate(logs[::step][:4]):
            house.records.append(
                Keepsake(
                    household_id=house.household_id,
                    child_id=young.child.id,
                    target_id=log.id,
                    target_kind=log.kind,
                    on=log.date,
                    words=sentences[n % len(sentences)].format(name=young.child.given_name),
                    author_id=house.team,
                )
            )


def _goals(house: _House, young: _Young, index: int) -> None:
    goals = house.said.goals
    for n in range(2):
        said = goals[(index + n) % len(goals)]
        reached = n == 1 and index == 1
        house.records.append(
            CareGoal(
                household_id=house.household_id,
                child_id=young.child.id,
                text=said.text,
                area=GoalArea(said.area),
                start=max(young.arrived, house.today - timedelta(days=100)),
                review_on=house.today + timedelta(days=30 + 20 * n),
                owner=said.owner,
                status=GoalStatus.REACHED if reached else GoalStatus.PROGRESSING,
            )
        )


def _note(
    house: _House,
    young: _Young,
    day: date,
    kind: ContactKind,
    words: MeetingText,
    relatives: list[uuid.UUID],
    minutes: int,
) -> ContactNote:
    planned = day > house.today
    return ContactNote(
        household_id=house.household_id,
        author_id=house.team,
        children=[young.child.id],
        relatives=relatives,
        contact_kind=kind,
        status=ContactStatus.PLANNED if planned else ContactStatus.HAPPENED,
        date=day,
        duration_minutes=minutes,
        place=words.place,
        reaction_before="" if planned else house.say(words.before, young),
        reaction_during="" if planned else house.say(words.during, young),
        reaction_after="" if planned else house.say(words.after, young),
        agreements="" if planned else house.say(words.agreements, young),
        text=house.say(words.text, young),
        created_at=house.written(min(day, house.today)),
    )


def _meetings(house: _House, people: _People) -> None:
    said = house.said
    for index, young in enumerate(house.young):
        guardian = people.guardian_of(index).id
        # The guardian once a month; the lawyer before the interview.
        day = young.arrived + timedelta(days=10 + 3 * index)
        while day <= house.today:
            house.records.append(
                _note(house, young, day, ContactKind.VISIT, said.guardian_meeting, [guardian], 60)
            )
            day += timedelta(days=30)
        interview = dict(young.youth.steps).get(ProcedureStep.INTERVIEW)
        if interview is not None:
            on = house.today - timedelta(days=young.youth.here_days - interview + 14)
            if young.arrived <= on <= house.today:
                house.records.append(
                    _note(
                        house,
                        young,
                        on,
                        ContactKind.VISIT,
                        said.lawyer_meeting,
                        [people.lawyer.id],
                        90,
                    )
                )
    ahmad, yonas = house.young[0], house.young[2]
    sunday = house.today - timedelta(days=(house.today.weekday() + 1) % 7)
    day = sunday
    while day >= ahmad.arrived:
        house.records.append(
            _note(house, ahmad, day, ContactKind.VIDEO, said.video_call, [people.mother.id], 30)
        )
        day -= timedelta(days=7)
    day = house.today - timedelta(days=12)
    while day >= yonas.arrived:
        house.records.append(
            _note(house, yonas, day, ContactKind.VISIT, said.uncle_visit, [people.uncle.id], 240)
        )
        day -= timedelta(days=30)


def _appointments(house: _House, people: _People) -> None:
    said, today = house.said, house.today
    omid, ahmad = house.young[3], house.young[0]

    def add(
        key: str,
        kind: AppointmentKind,
        on: date,
        hour: int,
        young: list[_Young],
        minutes: int,
        relatives: list[uuid.UUID] | None = None,
    ) -> None:
        starts = datetime.combine(on, time(hour))
        done = starts + timedelta(minutes=minutes) <= datetime.combine(today, time(8))
        house.records.append(
            Appointment(
                household_id=house.household_id,
                children=[y.child.id for y in young],
                appointment_kind=kind,
                title=said.appointments[key],
                starts_at=starts,
                duration_minutes=minutes,
                place=said.places[key],
                relatives=relatives or [],
                reminder_minutes=60,
                outcome=AppointmentOutcome.HAPPENED if done else None,
            )
        )

    interview = today + timedelta(days=16)  # Omid's interview: the lawyer first
    add(
        "lawyer",
        AppointmentKind.OTHER,
        interview - timedelta(days=7),
        14,
        [omid],
        90,
        [people.lawyer.id],
    )
    add("interview", AppointmentKind.OTHER, interview, 9, [omid], 240, [people.guardians[1].id])
    add(
        "guardian",
        AppointmentKind.OTHER,
        today + timedelta(days=2),
        16,
        [ahmad],
        60,
        [people.guardians[0].id],
    )
    add(
        "school",
        AppointmentKind.SCHOOL_MEETING,
        today + timedelta(days=5),
        18,
        [house.young[1], house.young[2]],
        30,
    )
    add("doctor", AppointmentKind.DOCTOR, today - timedelta(days=4), 10, [ahmad], 20)
