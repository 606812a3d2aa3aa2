"""The demo household's daily care: a medicine per child with three weeks of doses
(some refused, one skipped, tonight's still to give), care-plan goals moved by
daily logs (one past its review date, one reached), and the household's
appointments (the dentist last week, speech therapy every Tuesday, the doctor
tomorrow, a school meeting, the youth court, and the planned visits with mama)."""

from __future__ import annotations

import uuid
from datetime import date, datetime, time, timedelta

from app.demo.dates import evening
from app.demo.family import Demo, Relatives
from app.domain.care import Appointment, CareGoal, GoalStep, Medication, MedicationDose
from app.domain.records import ContactNote, DailyLog
from app.domain.vocabulary import (
    AppointmentKind,
    AppointmentOutcome,
    ContactStatus,
    DoseOutcome,
    GoalArea,
    GoalStatus,
)

DOSE_DAYS = 21
TIMES = {"Louise": ["19:30"], "Elias": ["08:00", "20:00"], "Noor": ["08:00"], "Mila": ["08:00"]}


def make_care(demo: Demo, relatives: Relatives) -> None:
    now = datetime.now().replace(second=0, microsecond=0)
    if now.date() != demo.today:  # a book whose today is not the wall clock's
        now = datetime.combine(demo.today, time(21, 0))
    for kid in demo.kids:
        _medication(demo, kid.child.id, kid.name, now)
        _goals(demo, kid.child.id, kid.name)
    _appointments(demo, relatives, now)


def _medication(demo: Demo, child_id: uuid.UUID, name: str, now: datetime) -> None:
    said = demo.text.care.medications[name]
    start = max(demo.start, demo.today - timedelta(days=90))
    med = Medication(
        household_id=demo.household_id,
        child_id=child_id,
        name=said.name,
        dose=said.dose,
        times=TIMES[name],
        start=start,
        prescribed_by=said.prescribed_by,
        notes=said.notes,
    )
    demo.records.append(med)
    rng, care = demo.rng, demo.text.care
    for back in range(DOSE_DAYS, -1, -1):
        day = demo.today - timedelta(days=back)
        for slot in med.sorted_times():
            due = datetime.combine(day, slot)
            if due > now or (back == 3 and name == "Louise"):  # tonight's; one never noted
                continue
            author, _relief = demo.author(day)
            outcome, note = DoseOutcome.GIVEN, ""
            if name == "Elias" and slot.hour == 20 and rng.random() < 0.12:
                outcome, note = DoseOutcome.REFUSED, rng.choice(care.refused)
            elif name == "Elias" and back == 9 and slot.hour == 8:
                outcome, note = DoseOutcome.SKIPPED, rng.choice(care.skipped)
            demo.records.append(
                MedicationDose(
                    household_id=demo.household_id,
                    medication_id=med.id,
                    child_id=child_id,
                    author_id=author,
                    outcome=outcome,
                    at=min(due + timedelta(minutes=rng.randint(0, 20)), now),
                    slot=slot.strftime("%H:%M"),
                    note=note,
                    created_at=evening(day, rng, demo.now),
                )
            )


def _goals(demo: Demo, child_id: uuid.UUID, name: str) -> None:
    care, rng = demo.text.care, demo.rng
    logs = sorted(
        (r for r in demo.records
         if isinstance(r, DailyLog) and r.child_id == child_id and r.amends_id is None),
        key=lambda r: r.date,
    )  # fmt: skip
    for index, said in enumerate(care.goals[name]):
        start = max(demo.start, demo.today - timedelta(days=120))
        first = index == 0
        # Louise's first goal waits for its review; Mila's is reached.
        review = demo.today - timedelta(days=10) if first and name == "Louise" else (
            demo.today + timedelta(days=60 + 15 * index))  # fmt: skip
        status = GoalStatus.PROGRESSING if first else GoalStatus.OPEN
        if name == "Mila":
            status = GoalStatus.REACHED
        goal = CareGoal(
            household_id=demo.household_id,
            child_id=child_id,
            text=said.text,
            area=GoalArea(said.area),
            start=start,
            review_on=review,
            owner=said.owner,
            status=status,
        )
        demo.records.append(goal)
        moved = [g for g in logs if g.date >= start][-40:][:: 12 + index * 5]
        for log in moved:
            demo.records.append(_step(demo, goal, log.date, log_id=log.id,
                                      note=rng.choice(care.goal_notes)))  # fmt: skip
        if status != GoalStatus.OPEN:
            on = demo.today - timedelta(days=2 if status == GoalStatus.REACHED else 30)
            demo.records.append(_step(demo, goal, on, status=status))


def _step(
    demo: Demo,
    goal: CareGoal,
    on: date,
    *,
    log_id: uuid.UUID | None = None,
    status: GoalStatus | None = None,
    note: str = "",
) -> GoalStep:
    return GoalStep(
        household_id=demo.household_id,
        goal_id=goal.id,
        child_id=goal.child_id,
        author_id=demo.carer,
        on=on,
        entry_id=log_id,
        entry_kind=DailyLog.kind if log_id else "",
        status=status,
        note=note,
        created_at=evening(on, demo.rng, demo.now),
    )


def _at(day: date, hour: int, minute: int = 0) -> datetime:
    return datetime.combine(day, time(hour, minute))


def _appointments(demo: Demo, rel: Relatives, now: datetime) -> None:
    care, today = demo.text.care, demo.today
    kids = {k.name: k.child.id for k in demo.kids}
    first = next(iter(kids.values()))
    elias = kids.get("Elias", first)
    louise = kids.get("Louise", first)
    youngest = list(kids.values())[-1]

    def add(kind: AppointmentKind, when: datetime, children: list[uuid.UUID], title: str,
            minutes: int = 60, who: int = 0, **fields: object) -> None:  # fmt: skip
        told = fields.pop("told", True)
        over = when + timedelta(minutes=minutes) <= now and told
        outcome = AppointmentOutcome.HAPPENED if over else None
        demo.records.append(
            Appointment.model_validate(
                {
                    "household_id": demo.household_id,
                    "children": children,
                    "appointment_kind": kind,
                    "title": title,
                    "starts_at": when,
                    "duration_minutes": minutes,
                    "place": care.places.get(kind.value, ""),
                    "who_goes": care.who_goes[who],
                    "reminder_minutes": 60,
                    "outcome": outcome,
                    "outcome_note": care.outcomes.get(kind.value, "") if outcome else "",
                    **fields,
                }
            )
        )

    add(AppointmentKind.DENTIST, _at(today - timedelta(days=6), 10),
        [kids.get("Louise", first), kids.get("Mila", first)], care.dentist, 30)  # fmt: skip
    tuesday = today - timedelta(days=(today.weekday() - 1) % 7)
    for week in range(-3, 4):
        add(AppointmentKind.THERAPIST, _at(tuesday + timedelta(weeks=week), 15, 30), [elias],
            care.therapist, 45)  # fmt: skip
    add(AppointmentKind.DOCTOR, _at(today, 9), [youngest], care.doctor, 20, told=False)
    add(AppointmentKind.DOCTOR, _at(today + timedelta(days=1), 16, 30), [elias], care.doctor, 20)
    add(AppointmentKind.SCHOOL_MEETING, _at(today + timedelta(days=3), 18), [louise],
        care.school_meeting, 30)  # fmt: skip
    add(AppointmentKind.YOUTH_COURT, _at(today + timedelta(days=20), 9, 30), list(kids.values()),
        care.youth_court, 90, who=1)  # fmt: skip
    # The planned visits with mama, and the last one held, with its contact note.
    visits = [
        r for r in demo.records
        if isinstance(r, ContactNote) and rel.mother.id in r.relatives and r.amends_id is None
    ]  # fmt: skip
    held = [v for v in visits if v.status == ContactStatus.HAPPENED and v.date <= today]
    for note in [*held[-1:], *(v for v in visits if v.status == ContactStatus.PLANNED)]:
        add(AppointmentKind.FAMILY_VISIT, _at(note.date, 14), list(note.children), "", 90,
            relatives=[rel.mother.id],
            contact_note_id=note.id if note.status == ContactStatus.HAPPENED else None)  # fmt: skip
