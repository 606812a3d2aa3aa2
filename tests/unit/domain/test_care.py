"""The record types of a child's daily care: what each refuses, and what the
medication list works out (the gap that makes a second dose warn)."""

from __future__ import annotations

import uuid
from datetime import date, datetime, timedelta

from app.domain.care import MinorFile
from app.domain.messages import Problem
from app.domain.records import parse_record
from app.domain.references import references
from app.domain.vocabulary import (
    AppointmentOutcome,
    DoseOutcome,
    GoalStatus,
    LanguageLevel,
)
from tests import factories

TODAY = date(2026, 11, 23)
H, A, C = uuid.uuid4(), uuid.uuid4(), uuid.uuid4()
BY = factories.Author(H, A)


def fields(problems: list[Problem]) -> set[str]:
    return {p.field for p in problems}


def test_a_medication_needs_a_name_times_of_day_and_an_end_after_its_start() -> None:
    med = factories.medication(H, C, name=" ", times=["20:00", "8 uur", "25:00"],
                               end=date(2026, 8, 1), interval_hours=0)  # fmt: skip
    assert fields(med.problems(TODAY)) == {"name", "times", "end", "interval_hours"}
    assert fields(factories.medication(H, C, times=["08:00", "20:00"]).problems(TODAY)) == set()


def test_a_second_dose_warns_within_half_the_shortest_gap_or_the_given_interval() -> None:
    assert factories.medication(H, C, times=["08:00", "20:00"]).min_gap() == timedelta(hours=6)
    assert factories.medication(H, C, times=["08:00", "12:00", "20:00"]).min_gap() == timedelta(
        hours=2
    )
    assert factories.medication(H, C, times=["20:00"]).min_gap() == timedelta(hours=12)
    assert factories.medication(H, C, interval_hours=4).min_gap() == timedelta(hours=4)


def test_a_medication_is_active_between_its_start_and_its_end() -> None:
    med = factories.medication(H, C, start=date(2026, 9, 1), end=date(2026, 9, 30))
    assert [med.active_on(d) for d in (date(2026, 8, 31), date(2026, 9, 30), date(2026, 10, 1))] \
        == [False, True, False]  # fmt: skip


def test_a_refused_or_skipped_dose_needs_a_reason_and_none_lies_in_the_future() -> None:
    med = factories.medication(H, C)
    refused = factories.dose(BY, med, outcome=DoseOutcome.REFUSED, at=datetime(2026, 11, 23, 20))
    assert fields(refused.problems(TODAY)) == {"note"}
    later = factories.dose(BY, med, at=datetime(2026, 11, 24, 8), slot="8h")
    assert fields(later.problems(TODAY)) == {"at", "slot"}


def test_a_goal_needs_words_a_review_after_its_start_and_a_reason_to_drop_it() -> None:
    goal = factories.care_goal(H, C, text="", review_on=date(2026, 9, 1),
                               status=GoalStatus.DROPPED)  # fmt: skip
    assert fields(goal.problems(TODAY)) == {"text", "review_on", "drop_reason"}


def test_a_goal_is_past_its_review_until_it_is_reached_or_dropped() -> None:
    goal = factories.care_goal(H, C, review_on=date(2026, 11, 1))
    assert goal.past_review(TODAY)
    assert not goal.model_copy(update={"status": GoalStatus.REACHED}).past_review(TODAY)
    assert not goal.model_copy(update={"review_on": TODAY}).past_review(TODAY)


def test_a_goal_step_says_something_and_names_the_kind_of_the_entry_it_links() -> None:
    goal = factories.care_goal(H, C)
    empty = factories.goal_step(BY, goal, note="", on=TODAY)
    assert fields(empty.problems(TODAY)) == {"note"}
    kindless = factories.goal_step(BY, goal, on=TODAY, entry_id=uuid.uuid4())
    assert fields(kindless.problems(TODAY)) == {"entry_kind"}
    future = factories.goal_step(BY, goal, on=TODAY + timedelta(days=1))
    assert fields(future.problems(TODAY)) == {"on"}


def test_an_appointment_needs_a_child_and_is_told_about_only_after_it() -> None:
    later = factories.appointment(H, [], starts_at=datetime(2026, 11, 24, 10),
                                  outcome=AppointmentOutcome.HAPPENED, duration_minutes=0,
                                  reminder_minutes=20_000)  # fmt: skip
    assert fields(later.problems(TODAY)) == {
        "children", "outcome", "duration_minutes", "reminder_minutes"
    }  # fmt: skip
    planned = factories.appointment(H, [C], starts_at=datetime(2027, 2, 1, 9))
    assert fields(planned.problems(TODAY)) == set()
    assert planned.ends_at() == datetime(2027, 2, 1, 9, 30)


def test_a_minor_file_round_trips_its_steps_and_languages_in_order() -> None:
    file = factories.minor_file(H, C)
    again = parse_record("minor_file", file.model_dump_json())
    assert isinstance(again, MinorFile)
    assert [s.step.value for s in again.sorted_steps()] == ["application", "interview"]
    assert again.languages[1].level == LanguageLevel.A2 and again.languages[1].learning
    nameless = file.model_copy(update={"languages": [*file.languages, *file.languages[:1]]})
    nameless.languages[-1] = nameless.languages[-1].model_copy(update={"language": " "})
    assert fields(nameless.problems(TODAY)) == {"languages"}


def test_every_reference_of_the_care_records_is_named_with_its_kind() -> None:
    goal = factories.care_goal(H, C)
    log = uuid.uuid4()
    step = factories.goal_step(BY, goal, entry_id=log, entry_kind="daily_log")
    refs = {r.field: r for r in references("goal_step", step.model_dump(mode="json"))}
    assert set(refs) == {"goal_id", "child_id", "entry_id"}
    assert refs["entry_id"].kinds == frozenset({"daily_log", "contact_note"})
    assert refs["goal_id"].kinds == frozenset({"care_goal"})
    rel = uuid.uuid4()
    visit = factories.appointment(H, [C], relatives=[rel])
    assert {(r.field, r.id) for r in references("appointment", visit.model_dump(mode="json"))} \
        == {("children", str(C)), ("relatives", str(rel))}  # fmt: skip
