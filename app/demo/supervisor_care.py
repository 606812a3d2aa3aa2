"""The daily care of the supervisor's households: a medicine for some children
with a week of doses (a few refused, a few never noted), care-plan goals (some
past their review date), and in the houses for unaccompanied minors each young
person's file (procedure, languages, school), guardian and lawyer."""

from __future__ import annotations

from datetime import datetime, timedelta

from app.demo.supervisor_homes import Fill, Home, Kid
from app.domain.care import (
    CareGoal,
    LanguageEntry,
    Medication,
    MedicationDose,
    MinorFile,
    StepEntry,
)
from app.domain.records import Relative
from app.domain.vocabulary import (
    DoseOutcome,
    GoalArea,
    GoalStatus,
    HouseholdKind,
    LanguageLevel,
    LegalStatus,
    ProcedureStep,
    RelationKind,
)

DOSE_DAYS = 7
LANGUAGES = ("Dari", "Pashto", "Tigrinya", "Arabic", "Somali")


def care(fill: Fill) -> None:
    for home in fill.homes:
        minors = home.kind == HouseholdKind.MINORS_HOUSE
        for index, kid in enumerate(home.kids):
            _goal(fill, home, kid, index, minors)
            if index % 3 == 0:
                _medication(fill, home, kid)
            if minors:
                _minor(fill, home, kid, index)


def _goal(fill: Fill, home: Home, kid: Kid, index: int, minors: bool) -> None:
    said = fill.text.care
    # Words that name no gender: the speech goal of the demo household, or a minor's.
    pool = said.minor_goals if minors else said.goals["Elias"][:1]
    text = pool[index % len(pool)]
    start = max(fill.start, fill.today - timedelta(days=150))
    late = fill.rng.random() < 0.3
    review = fill.today + timedelta(
        days=fill.rng.randint(-25, -3) if late else fill.rng.randint(10, 90)
    )
    goal = CareGoal(
        id=fill.uid(),
        household_id=home.id,
        child_id=kid.id,
        text=text.text.replace("Elias", kid.given),
        area=GoalArea(text.area),
        start=start,
        review_on=max(review, start),
        owner=text.owner,
        status=GoalStatus.PROGRESSING if index % 2 else GoalStatus.OPEN,
    )
    fill.home_record(home, goal, start)


def _medication(fill: Fill, home: Home, kid: Kid) -> None:
    said = fill.text.care
    med_text = list(said.medications.values())[kid.id.int % len(said.medications)]
    med = Medication(
        id=fill.uid(),
        household_id=home.id,
        child_id=kid.id,
        name=med_text.name,
        dose=med_text.dose,
        times=["08:00", "20:00"],
        start=max(fill.start, fill.today - timedelta(days=60)),
        prescribed_by=med_text.prescribed_by,
    )
    fill.home_record(home, med, med.start)
    now = fill.now.replace(tzinfo=None)
    for back in range(DOSE_DAYS, -1, -1):
        day = fill.today - timedelta(days=back)
        for slot in med.sorted_times():
            due = datetime.combine(day, slot)
            luck = fill.rng.random()
            # Never noted: now and then, and the evening dose of two days ago.
            if luck < 0.05 or (back == 2 and slot.hour == 20) or due > now:
                continue
            refused = luck < 0.12
            dose = MedicationDose(
                id=fill.uid(),
                household_id=home.id,
                medication_id=med.id,
                child_id=kid.id,
                author_id=home.carer.id,
                outcome=DoseOutcome.REFUSED if refused else DoseOutcome.GIVEN,
                at=due,
                slot=slot.strftime("%H:%M"),
                note=fill.rng.choice(said.refused) if refused else "",
                created_at=fill.written(day),
            )
            fill.home_record(home, dose, day)


def _minor(fill: Fill, home: Home, kid: Kid, index: int) -> None:
    said = fill.text.care
    arrived = max(kid.placed - timedelta(days=20), fill.start - timedelta(days=200))
    steps = [StepEntry(step=ProcedureStep.APPLICATION, on=arrived)]
    if index % 2 == 0:
        steps.append(StepEntry(step=ProcedureStep.INTERVIEW, on=arrived + timedelta(days=120)))
    if index % 4 == 0:
        steps.append(StepEntry(step=ProcedureStep.DECISION, on=arrived + timedelta(days=200)))
    status = LegalStatus.REFUGEE if index % 4 == 0 else LegalStatus.APPLICANT
    file = MinorFile(
        id=fill.uid(),
        household_id=home.id,
        child_id=kid.id,
        legal_status=status,
        steps=[s for s in steps if s.on <= fill.today + timedelta(days=60)],
        languages=[
            LanguageEntry(
                language=LANGUAGES[index % len(LANGUAGES)], level=LanguageLevel.MOTHER_TONGUE
            ),
            LanguageEntry(
                language=said.learnt_language,
                level=(LanguageLevel.A1, LanguageLevel.A2, LanguageLevel.B1)[index % 3],
                learning=True,
            ),
        ],
        school=said.minor_school,
        training=said.minor_training if index % 3 == 1 else "",
    )
    fill.home_record(home, file, kid.placed)
    for relation, name in ((RelationKind.GUARDIAN, said.guardian),
                           (RelationKind.LAWYER, said.lawyer)):  # fmt: skip
        if index % 4:
            continue  # one guardian and lawyer for every four young people
        relative = Relative(
            id=fill.uid(),
            household_id=home.id,
            children=[k.id for k in home.kids[index : index + 4]],
            name=f"{name} {kid.family}",
            relation=relation,
        )
        fill.home_record(home, relative, kid.placed)
