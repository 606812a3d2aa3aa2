from __future__ import annotations

import uuid
from datetime import date, datetime

import pytest

from app.domain.attachments import Attachment
from app.domain.care import CARE_TYPES
from app.domain.handover import HANDOVER_TYPES, Handover, HandoverRead, Shift
from app.domain.messages import ValidationFailed
from app.domain.records import (
    LONG_TEXT,
    RECORD_TYPES,
    Child,
    ConflictRevision,
    ContactNote,
    DailyLog,
    Household,
    MilestoneObservation,
    Person,
    Relative,
    Review,
    WellbeingCheck,
    parse_record,
)
from app.domain.story import Keepsake
from app.domain.vocabulary import (
    ContactKind,
    ContactStatus,
    HouseholdKind,
    MilestoneStatus,
    RelationKind,
    ReviewMark,
    Role,
    Severity,
    WellbeingDimension,
)
from tests import factories

TODAY = date(2026, 11, 23)
H = uuid.uuid4()
A = uuid.uuid4()
C = uuid.uuid4()


def fields(record: object) -> set[str]:
    assert isinstance(
        record,
        (
            Child,
            DailyLog,
            ContactNote,
            Review,
            Relative,
            Household,
            Person,
            MilestoneObservation,
            ConflictRevision,
            WellbeingCheck,
            *CARE_TYPES,
            Keepsake,
            *HANDOVER_TYPES,
            Attachment,
        ),
    )
    return {p.field for p in record.problems(TODAY)}


def sample_records() -> list[object]:
    return [
        Household(id=H, household_id=H, name="Gezin Peeters", household_kind=HouseholdKind.SIMBA),
        Person(household_id=H, display_name="Anna", role=Role.CAREGIVER, households=[H]),
        Child(
            household_id=H,
            given_name="Lotte",
            date_of_birth=date(2022, 3, 1),
            placement_start=date(2023, 1, 1),
            languages=["nl", "fr"],
        ),
        Relative(
            household_id=H,
            children=[C],
            name="Sofie",
            relation=RelationKind.MOTHER,
            contact_arrangement="Elke twee weken begeleid bezoek",
        ),
        DailyLog(
            household_id=H,
            child_id=C,
            author_id=A,
            date=TODAY,
            mood=4,
            sleep="goed",
            flag=True,
            severity=Severity.LOW,
            text="Eerste keer gefietst",
        ),
        MilestoneObservation(
            household_id=H,
            child_id=C,
            item_id="who-walk-alone",
            status=MilestoneStatus.ACHIEVED,
            observed_on=TODAY,
        ),
        ContactNote(
            household_id=H,
            children=[C],
            relatives=[uuid.uuid4()],
            author_id=A,
            contact_kind=ContactKind.SUPERVISED_VISIT,
            date=TODAY,
            duration_minutes=90,
            reaction_after="Rustig",
            agreements="Volgende keer in het park",
        ),
        Review(
            household_id=H,
            target_id=uuid.uuid4(),
            target_kind="daily_log",
            children=[C],
            mark=ReviewMark.QUESTION,
            comment="Hoe ging het na het bezoek?",
            author_id=A,
        ),
        ConflictRevision(
            household_id=H,
            target_id=C,
            target_kind="child",
            children=[C],
            losing={"school": "De Linde"},
            winning={"school": "De Regenboog"},
        ),
        WellbeingCheck(
            household_id=H,
            child_id=C,
            author_id=A,
            date=TODAY,
            ratings={WellbeingDimension.CARE: 3, WellbeingDimension.LIVELIHOOD: None},
            notes={WellbeingDimension.CARE: "Zoekt troost bij ons"},
        ),
        *care_samples(),
        Keepsake(
            household_id=H,
            child_id=C,
            target_id=uuid.uuid4(),
            target_kind="daily_log",
            on=TODAY,
            words="Je eerste stapjes in de tuin",
            author_id=A,
        ),
        Attachment(
            household_id=H,
            child_id=C,
            target_kind="daily_log",
            target_id=uuid.uuid4(),
            file_name="tekening.png",
            media_type="image/png",
            size=48_213,
            sha256="ab" * 32,
            width=800,
            height=600,
            taken_on=TODAY,
            caption="Ons huis, met de hond",
            author_id=A,
        ),
        *handover_samples(),
    ]


def handover_samples() -> list[object]:
    """A handover note and a reader's receipt of it."""
    note = Handover(household_id=H, author_id=A, date=TODAY, shift=Shift.NIGHT,
                    text="Noah sliep slecht, kijk zijn oor na", children=[C])  # fmt: skip
    reader = uuid.uuid4()
    receipt = HandoverRead(
        id=HandoverRead.id_for(note.id, reader), household_id=H, handover_id=note.id,
        author_id=reader,
    )  # fmt: skip
    return [note, receipt]


def care_samples() -> list[object]:
    """One record of every kind of a child's daily care."""
    by = factories.Author(H, A)
    med = factories.medication(H, C)
    goal = factories.care_goal(H, C)
    return [
        med,
        factories.dose(by, med, at=datetime(2026, 11, 23, 20, 5)),
        goal,
        factories.goal_step(by, goal, on=TODAY, entry_id=uuid.uuid4(), entry_kind="daily_log"),
        factories.appointment(H, [C], starts_at=datetime(2026, 11, 24, 10, 30)),
        factories.minor_file(H, C),
    ]


@pytest.mark.parametrize("record", sample_records(), ids=lambda r: type(r).__name__)
def test_every_record_type_round_trips_through_json(record: object) -> None:
    assert hasattr(record, "kind")
    kind = record.kind  # type: ignore[attr-defined]
    again = parse_record(kind, record.model_dump_json())  # type: ignore[attr-defined]
    assert again == record
    assert fields(again) == set()


def test_every_record_type_has_a_sample() -> None:
    assert {type(r).kind for r in sample_records()} == set(RECORD_TYPES)  # type: ignore[attr-defined]


def test_unknown_fields_from_a_newer_app_are_kept() -> None:
    log = DailyLog(household_id=H, child_id=C, author_id=A, date=TODAY)
    data = log.model_dump(mode="json")
    data["weather"] = "sunny"
    again = parse_record("daily_log", data)
    assert again.model_dump(mode="json")["weather"] == "sunny"


def test_log_dated_in_the_future_is_refused() -> None:
    log = DailyLog(household_id=H, child_id=C, author_id=A, date=date(2026, 11, 24))
    problems = log.problems(TODAY)
    assert [p.field for p in problems] == ["date"]
    assert "future" in str(problems[0].message)
    assert problems[0].message.params == {"date": "2026-11-24"}


def test_child_born_after_placement_is_refused() -> None:
    child = Child(
        household_id=H,
        given_name="Lotte",
        date_of_birth=date(2024, 5, 1),
        placement_start=date(2024, 4, 1),
    )
    assert fields(child) == {"placement_start"}
    with pytest.raises(ValidationFailed) as caught:
        child.check(TODAY)
    assert "before the child was born" in str(caught.value)


def test_contact_without_kind_or_relative_is_refused() -> None:
    note = ContactNote(household_id=H, children=[C], author_id=A, date=TODAY)
    assert fields(note) == {"contact_kind", "relatives"}


def test_planned_contact_may_lie_in_the_future_but_a_held_one_may_not() -> None:
    base = dict(
        household_id=H,
        children=[C],
        relatives=[uuid.uuid4()],
        author_id=A,
        contact_kind=ContactKind.PHONE,
        date=date(2026, 12, 1),
    )
    assert fields(ContactNote(**base, status=ContactStatus.PLANNED)) == set()
    assert fields(ContactNote(**base, status=ContactStatus.HAPPENED)) == {"date"}


def test_text_over_the_limit_is_refused_with_its_length() -> None:
    log = DailyLog(household_id=H, child_id=C, author_id=A, date=TODAY, text="x" * (LONG_TEXT + 1))
    (problem,) = log.problems(TODAY)
    assert problem.field == "text"
    assert problem.message.params == {"length": LONG_TEXT + 1, "limit": LONG_TEXT}


def test_incident_needs_severity_and_mood_is_a_scale() -> None:
    log = DailyLog(household_id=H, child_id=C, author_id=A, date=TODAY, flag=True, mood=9)
    assert fields(log) == {"severity", "mood"}


def test_amendment_needs_a_reason() -> None:
    log = DailyLog(household_id=H, child_id=C, author_id=A, date=TODAY, amends_id=uuid.uuid4())
    assert fields(log) == {"amendment_reason"}


def test_question_needs_a_comment_and_answer_needs_its_question() -> None:
    review = Review(
        household_id=H,
        target_id=uuid.uuid4(),
        target_kind="daily_log",
        mark=ReviewMark.ANSWER,
        author_id=A,
    )
    assert fields(review) == {"comment", "reply_to"}


def test_bad_types_become_translatable_problems() -> None:
    with pytest.raises(ValidationFailed) as caught:
        parse_record(
            "daily_log",
            {
                "household_id": "not a uuid",
                "child_id": str(C),
                "author_id": str(A),
                "date": "2026-13-45",
            },
        )
    assert {p.field for p in caught.value.problems} == {"household_id", "date"}
    assert all(p.message.context == "Validation" for p in caught.value.problems)


def test_unknown_record_type_is_refused() -> None:
    with pytest.raises(ValidationFailed):
        parse_record("diary", {})
