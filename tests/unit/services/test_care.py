"""The services of a child's daily care, on a real encrypted store: the dose
checklist and the warning for a second dose, missed doses, goals with their
history and past review, appointments with their outcome and their iCalendar
file, and a minor's file."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from icalendar import Calendar

from app.domain.care import CareGoal, GoalStep, MinorFile
from app.domain.messages import ValidationFailed
from app.domain.records import Child
from app.domain.vocabulary import (
    AppointmentKind,
    AppointmentOutcome,
    DoseOutcome,
    GoalStatus,
    LegalStatus,
    RelationKind,
)
from app.services.appointments import AppointmentService
from app.services.goals import GoalService
from app.services.medication import GivenTwice, MedicationService
from app.services.minors import MinorService
from app.services.records import RecordService
from app.storage.book import Book
from tests import factories

TODAY = date(2026, 11, 23)
LABELS = {k: k.value.title() for k in AppointmentKind}


@pytest.fixture(autouse=True)
def _today(book: Book) -> None:
    book.today = lambda: TODAY


def test_the_checklist_has_a_line_per_time_of_each_current_medicine(
    book: Book, records: RecordService, child: Child
) -> None:
    home = book.identity.household_id
    mel = records.create(factories.medication(home, child, times=["20:00"]))
    records.create(factories.medication(home, child, name="Ritalin", times=["08:00", "12:00"]))
    records.create(factories.medication(home, child, name="Amoxicilline",
                                        end=date(2026, 11, 1)))  # fmt: skip
    service = MedicationService(book)
    slots = service.checklist(child.id, TODAY)
    assert [(s.slot, s.medication.name, s.done) for s in slots] == [
        ("08:00", "Ritalin", False), ("12:00", "Ritalin", False), ("20:00", "Melatonine", False)
    ]  # fmt: skip
    service.note_dose(mel.id, DoseOutcome.GIVEN, datetime(2026, 11, 23, 20, 5), slot="20:00")
    [evening] = [s for s in service.checklist(child.id, TODAY) if s.slot == "20:00"]
    assert evening.done and evening.dose is not None
    assert evening.dose.author_id == book.identity.user_id


def test_a_second_dose_within_the_interval_warns_until_confirmed(
    book: Book, records: RecordService, child: Child
) -> None:
    med = records.create(factories.medication(book.identity.household_id, child,
                                              times=["08:00", "20:00"]))  # fmt: skip
    service = MedicationService(book)
    service.note_dose(med.id, DoseOutcome.GIVEN, datetime(2026, 11, 23, 20, 0), slot="20:00")
    with pytest.raises(GivenTwice) as caught:
        service.note_dose(med.id, DoseOutcome.GIVEN, datetime(2026, 11, 23, 21, 30))
    assert caught.value.earlier.at == datetime(2026, 11, 23, 20, 0)
    assert "20:00" in str(caught.value)
    assert len(service.doses(child.id, TODAY, TODAY)) == 1
    service.note_dose(med.id, DoseOutcome.GIVEN, datetime(2026, 11, 23, 21, 30), confirmed=True)
    assert len(service.doses(child.id, TODAY, TODAY)) == 2
    # Refusing is never a second dose; a dose outside the interval does not warn.
    service.note_dose(med.id, DoseOutcome.REFUSED, datetime(2026, 11, 23, 21, 40), note="Wil niet")
    service.note_dose(med.id, DoseOutcome.GIVEN, datetime(2026, 11, 23, 8, 0), slot="08:00")


def test_missed_and_refused_doses_are_listed_for_the_supervisor(
    book: Book, records: RecordService, child: Child
) -> None:
    med = records.create(factories.medication(book.identity.household_id, child,
                                              times=["08:00", "20:00"],
                                              start=date(2026, 11, 22)))  # fmt: skip
    service = MedicationService(book)
    service.note_dose(med.id, DoseOutcome.GIVEN, datetime(2026, 11, 22, 8, 0), slot="08:00")
    service.note_dose(med.id, DoseOutcome.REFUSED, datetime(2026, 11, 22, 20, 0), slot="20:00",
                      note="Spuwde uit")  # fmt: skip
    service.note_dose(med.id, DoseOutcome.GIVEN, datetime(2026, 11, 23, 8, 0), slot="08:00")
    missed = service.missed([child.id], date(2026, 11, 20), datetime(2026, 11, 23, 23, 0))
    assert [(m.due, m.dose.outcome if m.dose else None) for m in missed] == [
        (datetime(2026, 11, 23, 20, 0), None),
        (datetime(2026, 11, 22, 20, 0), DoseOutcome.REFUSED),
    ]
    # Before two hours have passed a dose is not missed yet.
    assert len(service.missed([child.id], TODAY, datetime(2026, 11, 23, 21, 0))) == 0


def test_a_log_linked_to_a_goal_shows_in_its_history_with_its_status_changes(
    book: Book, records: RecordService, child: Child
) -> None:
    home = book.identity.household_id
    goal = records.create(factories.care_goal(home, child, review_on=date(2026, 11, 1)))
    log = records.create(factories.daily_log(book.identity, child, date=date(2026, 11, 20),
                                             text="Hele nacht in eigen bed"))  # fmt: skip
    service = GoalService(book)
    step = service.link(goal.id, log)
    assert (step.entry_id, step.entry_kind, step.on) == (log.id, "daily_log", log.date)
    changed, status_step = service.set_status(goal.id, GoalStatus.PROGRESSING, "Gaat beter")
    assert changed.status == GoalStatus.PROGRESSING
    history = service.history(goal.id)
    assert [s.id for s in history.steps] == [step.id, status_step.id]
    assert history.entries is not None and history.entries[log.id] == log
    assert [g.id for g in service.past_review([child.id], TODAY)] == [goal.id]
    with pytest.raises(ValidationFailed):
        service.set_status(goal.id, GoalStatus.DROPPED)  # a dropped goal needs a reason
    service.set_status(goal.id, GoalStatus.DROPPED, reason="Niet meer nodig")
    assert service.past_review([child.id], TODAY) == []
    stored = records.get(goal.id).record
    assert isinstance(stored, CareGoal) and stored.drop_reason == "Niet meer nodig"
    assert len([s for s in service.history(goal.id).steps if isinstance(s, GoalStep)]) == 3


def test_an_appointment_gets_its_outcome_and_shows_in_its_week(
    book: Book, records: RecordService, child: Child
) -> None:
    home = book.identity.household_id
    seen = records.create(factories.appointment(home, [child], starts_at=datetime(2026, 11, 23, 9)))
    later = records.create(
        factories.appointment(home, [child], starts_at=datetime(2026, 11, 26, 14))
    )
    records.create(factories.appointment(home, [child], starts_at=datetime(2026, 12, 1, 9)))
    service = AppointmentService(book)
    week = service.week(date(2026, 11, 25))
    assert (week.start, week.end) == (date(2026, 11, 23), date(2026, 11, 29))
    assert [a.id for a in week.appointments] == [seen.id, later.id]
    assert [a.id for a in week.on(date(2026, 11, 26))] == [later.id]
    assert week.child_names[child.id] == "Lotte Janssens"
    now = datetime(2026, 11, 23, 12)
    assert [a.id for a in service.waiting_outcome(now)] == [seen.id]
    service.record_outcome(seen.id, AppointmentOutcome.HAPPENED, "Geen gaatjes")
    assert service.waiting_outcome(now) == []
    with pytest.raises(ValidationFailed):  # not before it took place
        service.record_outcome(later.id, AppointmentOutcome.HAPPENED)


def test_the_calendar_file_leaves_the_family_out_unless_chosen(
    book: Book, records: RecordService, child: Child
) -> None:
    home = book.identity.household_id
    mother = records.create(factories.relative(home, [child], name="Sara Janssens",
                                               relation=RelationKind.MOTHER))  # fmt: skip
    records.create(factories.appointment(
        home, [child], appointment_kind=AppointmentKind.FAMILY_VISIT, relatives=[mother.id],
        title="Bezoek bij Sara", place="Kerkstraat 4", starts_at=datetime(2026, 11, 28, 14),
        reminder_minutes=60))  # fmt: skip
    records.create(factories.appointment(home, [child], starts_at=datetime(2026, 11, 27, 10),
                                         title="Controle"))  # fmt: skip
    service = AppointmentService(book)
    plain = service.calendar(child.id, LABELS)
    assert b"Sara" not in plain and b"Kerkstraat" not in plain
    events = Calendar.from_ical(plain).walk("VEVENT")
    assert sorted(str(e["SUMMARY"]) for e in events) == ["Dentist: Controle", "Family_Visit"]
    visit = next(e for e in events if str(e["SUMMARY"]) == "Family_Visit")
    assert visit.walk("VALARM")[0]["TRIGGER"].dt == -timedelta(hours=1)
    named = service.calendar(child.id, LABELS, family_names=True)
    assert b"Sara Janssens" in named and b"Kerkstraat 4" in named


def test_a_minor_file_is_made_once_and_changed_after(
    book: Book, records: RecordService, child: Child
) -> None:
    service = MinorService(book)
    assert service.file(child.id) is None
    made = service.save(child.id, book.identity.household_id, legal_status="applicant",
                        school="OKAN")  # fmt: skip
    service.save(child.id, book.identity.household_id, school="Sint-Lucas")
    kept = service.file(child.id)
    assert isinstance(kept, MinorFile) and kept.id == made.id
    assert (kept.legal_status, kept.school) == (LegalStatus.APPLICANT, "Sint-Lucas")
