"""The demo household's daily care: medication with doses, goals moved by logs,
appointments; what the Care page and the supervisor's tab then show."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime, time, timedelta

import pytest

from app.demo import household
from app.domain.care import Appointment, CareGoal, GoalStep, Medication, MedicationDose
from app.domain.records import Child, ContactNote
from app.domain.vocabulary import AppointmentKind, DoseOutcome, GoalStatus
from app.services.appointments import AppointmentService
from app.services.goals import GoalService
from app.services.medication import MedicationService
from app.storage.book import Book
from tests.unit.demo.test_household import TODAY, Filled, all_records, new_book


@pytest.fixture(scope="module")
def filled(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Filled]:
    book = new_book(tmp_path_factory.mktemp("care") / "profile")
    summary = household.fill(book, years=1)
    yield Filled(book, summary, all_records(book))
    book.close()


def _kid(filled: Filled, name: str) -> Child:
    return next(c for c in filled.of(Child) if isinstance(c, Child) and c.given_name == name)


def test_every_child_has_a_medicine_and_three_weeks_of_doses(filled: Filled) -> None:
    meds = filled.of(Medication)
    assert len(meds) == 3
    doses = [d for d in filled.of(MedicationDose) if isinstance(d, MedicationDose)]
    outcomes = {d.outcome for d in doses}
    assert outcomes == {DoseOutcome.GIVEN, DoseOutcome.REFUSED, DoseOutcome.SKIPPED}
    assert all(d.note for d in doses if d.outcome != DoseOutcome.GIVEN)
    assert max(d.at for d in doses).date() == TODAY


def test_the_supervisor_sees_a_goal_past_review_and_missed_doses(filled: Filled) -> None:
    book: Book = filled.book
    louise = _kid(filled, "Louise")
    children = [c.id for c in filled.of(Child)]
    overdue = GoalService(book).past_review(children, TODAY)
    assert [g.child_id for g in overdue] == [louise.id]
    missed = MedicationService(book).missed(children, TODAY - timedelta(days=7),
                                            datetime.combine(TODAY, time(21)))  # fmt: skip
    assert any(m.dose is None and m.child_id == louise.id for m in missed)
    assert any(m.dose is not None and m.dose.outcome == DoseOutcome.REFUSED for m in missed)


def test_goals_have_a_history_of_logs_and_status(filled: Filled) -> None:
    goals = [g for g in filled.of(CareGoal) if isinstance(g, CareGoal)]
    assert len(goals) == 5
    assert any(g.status == GoalStatus.PROGRESSING for g in goals)
    steps = [s for s in filled.of(GoalStep) if isinstance(s, GoalStep)]
    assert any(s.entry_kind == "daily_log" for s in steps)
    history = GoalService(filled.book).history(goals[0].id)
    assert history.steps and history.entries


def test_the_week_has_appointments_and_the_held_visit_its_note(filled: Filled) -> None:
    service = AppointmentService(filled.book)
    week = service.week(TODAY)
    kinds = {a.appointment_kind for a in week.appointments}
    assert AppointmentKind.THERAPIST in kinds and AppointmentKind.DOCTOR in kinds
    waiting = service.waiting_outcome(datetime.combine(TODAY, time(21)))
    assert [a.appointment_kind for a in waiting] == [AppointmentKind.DOCTOR]
    visits = [a for a in filled.of(Appointment) if isinstance(a, Appointment)
              and a.appointment_kind == AppointmentKind.FAMILY_VISIT]  # fmt: skip
    notes = {n.id for n in filled.of(ContactNote)}
    assert [a.contact_note_id in notes for a in visits if a.outcome is not None] == [True]
    assert any(a.outcome is None and a.starts_at.date() > TODAY for a in visits)
