"""Records for tests: households, people, children, relatives, daily logs,
contact notes and conflict revisions, each a plain domain record with sensible
defaults. Every field can be given as a keyword, the defaults included
(``household_id`` and ``author_id`` too); nothing is stored here."""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any, Protocol

from app.domain.care import (
    Appointment,
    CareGoal,
    GoalStep,
    LanguageEntry,
    Medication,
    MedicationDose,
    MinorFile,
    StepEntry,
)
from app.domain.records import (
    Child,
    ConflictRevision,
    ContactNote,
    DailyLog,
    Household,
    Person,
    Record,
    Relative,
)
from app.domain.vocabulary import (
    AppointmentKind,
    ContactKind,
    DoseOutcome,
    GoalArea,
    HouseholdKind,
    LanguageLevel,
    LegalStatus,
    ProcedureStep,
    RelationKind,
    Role,
)

BORN = date(2022, 3, 14)
PLACED = date(2023, 1, 9)


class Writer(Protocol):
    """Who writes an entry, and for which household (a book's ``identity`` is one)."""

    @property
    def household_id(self) -> uuid.UUID: ...

    @property
    def user_id(self) -> uuid.UUID: ...


@dataclass(frozen=True)
class Author:
    """A writer given by its ids, where no profile is open."""

    household_id: uuid.UUID
    user_id: uuid.UUID


def _id(value: Record | uuid.UUID) -> uuid.UUID:
    return value.id if isinstance(value, Record) else value


def _ids(values: Iterable[Record | uuid.UUID]) -> list[uuid.UUID]:
    return [_id(v) for v in values]


def household(**fields: Any) -> Household:
    """A Simba home named "Gezin Peeters"; a household is its own sync scope (its
    ``household_id`` is its ``id``)."""
    own = fields.pop("id", None) or uuid.uuid4()
    values: dict[str, Any] = {
        "id": own,
        "household_id": own,
        "name": "Gezin Peeters",
        "household_kind": HouseholdKind.SIMBA,
    }
    return Household(**{**values, **fields})


def person(household_id: uuid.UUID, **fields: Any) -> Person:
    """A caregiver of ``household_id``."""
    values: dict[str, Any] = {
        "household_id": household_id,
        "display_name": "Anna Peeters",
        "role": Role.CAREGIVER,
        "households": [household_id],
    }
    return Person(**{**values, **fields})


def child(household_id: uuid.UUID, **fields: Any) -> Child:
    """Lotte, born 14 March 2022, placed since 9 January 2023 (no family name)."""
    values: dict[str, Any] = {
        "household_id": household_id,
        "given_name": "Lotte",
        "date_of_birth": BORN,
        "placement_start": PLACED,
    }
    return Child(**{**values, **fields})


def relative(
    household_id: uuid.UUID, children: Iterable[Record | uuid.UUID], **fields: Any
) -> Relative:
    """The mother of ``children``, "Sara Janssens"."""
    values: dict[str, Any] = {
        "household_id": household_id,
        "children": _ids(children),
        "name": "Sara Janssens",
        "relation": RelationKind.MOTHER,
    }
    return Relative(**{**values, **fields})


def daily_log(by: Writer, child: Record | uuid.UUID, **fields: Any) -> DailyLog:
    """``by``'s log of ``child`` for today, with nothing written in it yet."""
    values: dict[str, Any] = {
        "household_id": by.household_id,
        "author_id": by.user_id,
        "child_id": _id(child),
        "date": date.today(),
    }
    return DailyLog(**{**values, **fields})


def contact_note(
    by: Writer,
    children: Iterable[Record | uuid.UUID],
    relatives: Iterable[Record | uuid.UUID],
    **fields: Any,
) -> ContactNote:
    """``by``'s note of a visit of ``children`` with ``relatives`` today (it happened)."""
    values: dict[str, Any] = {
        "household_id": by.household_id,
        "author_id": by.user_id,
        "children": _ids(children),
        "relatives": _ids(relatives),
        "contact_kind": ContactKind.VISIT,
        "date": date.today(),
    }
    return ContactNote(**{**values, **fields})


def conflict_revision(
    target: Record, losing: dict[str, Any], winning: dict[str, Any], **fields: Any
) -> ConflictRevision:
    """What the server keeps of a merge of ``target``: ``winning`` values were kept,
    ``losing`` ones (written a moment earlier on a second laptop) set aside."""
    values: dict[str, Any] = {
        "household_id": target.household_id,
        "version": 1,
        "modified_at": "0001700000000000-00000-server",
        "device_id": "server",
        "target_id": target.id,
        "target_kind": target.kind,
        "children": target.child_ids(),
        "losing": losing,
        "winning": winning,
        "losing_modified_at": "0001699999999999-00000-laptop2",
        "losing_modified_by": uuid.uuid4(),
        "losing_device": "laptop2",
        "created_at": datetime(2025, 6, 1, tzinfo=UTC),
    }
    return ConflictRevision(**{**values, **fields})


def medication(household_id: uuid.UUID, child: Record | uuid.UUID, **fields: Any) -> Medication:
    """Melatonin, 1 mg at 20:00, since 1 September 2026, prescribed by the GP."""
    values: dict[str, Any] = {
        "household_id": household_id,
        "child_id": _id(child),
        "name": "Melatonine",
        "dose": "1 mg",
        "times": ["20:00"],
        "start": date(2026, 9, 1),
        "prescribed_by": "Dr. Claes",
    }
    return Medication(**{**values, **fields})


def dose(by: Writer, med: Medication, **fields: Any) -> MedicationDose:
    """``by`` gave ``med`` tonight at 20:05 (for its 20:00 dose)."""
    values: dict[str, Any] = {
        "household_id": by.household_id,
        "author_id": by.user_id,
        "medication_id": med.id,
        "child_id": med.child_id,
        "outcome": DoseOutcome.GIVEN,
        "at": datetime.combine(date.today(), datetime.min.time()).replace(hour=20, minute=5),
        "slot": "20:00",
    }
    return MedicationDose(**{**values, **fields})


def care_goal(household_id: uuid.UUID, child: Record | uuid.UUID, **fields: Any) -> CareGoal:
    """ "Lotte sleeps in her own bed", from 1 October 2026, reviewed on 1 January 2027."""
    values: dict[str, Any] = {
        "household_id": household_id,
        "child_id": _id(child),
        "text": "Lotte slaapt in haar eigen bed",
        "area": GoalArea.SOCIAL_EMOTIONAL,
        "start": date(2026, 10, 1),
        "review_on": date(2027, 1, 1),
        "owner": "Anna",
    }
    return CareGoal(**{**values, **fields})


def goal_step(by: Writer, goal: CareGoal, **fields: Any) -> GoalStep:
    """``by``'s note today that ``goal`` moved."""
    values: dict[str, Any] = {
        "household_id": by.household_id,
        "author_id": by.user_id,
        "goal_id": goal.id,
        "child_id": goal.child_id,
        "on": date.today(),
        "note": "Twee nachten na elkaar",
    }
    return GoalStep(**{**values, **fields})


def appointment(
    household_id: uuid.UUID, children: Iterable[Record | uuid.UUID], **fields: Any
) -> Appointment:
    """The dentist, tomorrow at 10:30, in Gent; Anna goes."""
    tomorrow = date.today().toordinal() + 1
    values: dict[str, Any] = {
        "household_id": household_id,
        "children": _ids(children),
        "appointment_kind": AppointmentKind.DENTIST,
        "starts_at": datetime.combine(date.fromordinal(tomorrow), datetime.min.time()).replace(
            hour=10, minute=30
        ),
        "duration_minutes": 30,
        "place": "Tandartspraktijk Gent",
        "who_goes": "Anna",
    }
    return Appointment(**{**values, **fields})


def minor_file(household_id: uuid.UUID, child: Record | uuid.UUID, **fields: Any) -> MinorFile:
    """An asylum applicant since 3 March 2026, interviewed on 2 June; speaks Dari,
    learns Dutch."""
    values: dict[str, Any] = {
        "household_id": household_id,
        "child_id": _id(child),
        "legal_status": LegalStatus.APPLICANT,
        "steps": [
            StepEntry(step=ProcedureStep.APPLICATION, on=date(2026, 3, 3)),
            StepEntry(step=ProcedureStep.INTERVIEW, on=date(2026, 6, 2)),
        ],
        "languages": [
            LanguageEntry(language="Dari", level=LanguageLevel.MOTHER_TONGUE),
            LanguageEntry(language="Nederlands", level=LanguageLevel.A2, learning=True),
        ],
        "school": "OKAN Sint-Lucas",
    }
    return MinorFile(**{**values, **fields})
