"""Every record type of Thuisboek, defined once for the app, the server and the wire.

Records are pydantic models: plain data with types, no Qt and no SQL. Each
carries the common sync fields of docs/architecture.md, "Records".
``problems(today)`` lists what is wrong with a record as translatable messages;
the services refuse a record with problems before anything is written.

Unknown fields are kept (``extra="allow"``): a record written by a newer
version of the app passes through an older one without losing anything.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Mapping
from datetime import UTC, date, datetime
from typing import Any, ClassVar, TypeVar

from pydantic import BaseModel, ConfigDict, Field
from pydantic import ValidationError as PydanticValidationError

from app.domain.ids import time_ordered
from app.domain.messages import QT_TRANSLATE_NOOP, Problem, ValidationFailed
from app.domain.validation import not_future, problem, text_limits
from app.domain.vocabulary import (
    WELLBEING_SCALE,
    CancelledBy,
    ContactKind,
    ContactStatus,
    HouseholdKind,
    MilestoneStatus,
    PlacementOutcome,
    RelationKind,
    ReviewMark,
    Role,
    Severity,
    WellbeingDimension,
)

SHORT_TEXT = 200
MEDIUM_TEXT = 4_000
LONG_TEXT = 20_000
MAX_CONTACT_MINUTES = 24 * 60


def utc_now() -> datetime:
    return datetime.now(UTC)


def new_id() -> uuid.UUID:
    """A new record's id: it begins with the time (``app.domain.ids``)."""
    return time_ordered()


class Record(BaseModel):
    """The fields every synced record carries."""

    model_config = ConfigDict(extra="allow", validate_assignment=False, use_enum_values=False)

    kind: ClassVar[str] = ""
    text_limits: ClassVar[dict[str, int]] = {}

    id: uuid.UUID = Field(default_factory=new_id)
    household_id: uuid.UUID
    version: int = 0
    modified_at: str = ""
    modified_by: uuid.UUID | None = None
    device_id: str = ""
    deleted: bool = False

    def problems(self, today: date) -> list[Problem]:
        return text_limits(self, self.text_limits)

    def check(self, today: date) -> None:
        problems = self.problems(today)
        if problems:
            raise ValidationFailed(problems)

    # What storage indexes: the children a record concerns, its day, and its words.
    def child_ids(self) -> list[uuid.UUID]:
        return []

    def day(self) -> date | None:
        return None

    def search_text(self) -> str:
        return ""


class Entry(Record):
    """A daily log or a contact note: kept as written once synced or a day old;
    a correction is an amendment with a reason that links to the original."""

    author_id: uuid.UUID
    created_at: datetime = Field(default_factory=utc_now)
    amends_id: uuid.UUID | None = None
    amendment_reason: str = ""

    def problems(self, today: date) -> list[Problem]:
        problems = super().problems(today)
        if self.amends_id is not None and not self.amendment_reason.strip():
            problems.append(
                problem(
                    "amendment_reason",
                    QT_TRANSLATE_NOOP("Validation", "An amendment needs a reason."),
                )
            )
        if len(self.amendment_reason) > MEDIUM_TEXT:
            problems += text_limits(self, {"amendment_reason": MEDIUM_TEXT})
        return problems


class Household(Record):
    kind: ClassVar[str] = "household"
    text_limits: ClassVar[dict[str, int]] = {"name": SHORT_TEXT}

    name: str
    household_kind: HouseholdKind

    def problems(self, today: date) -> list[Problem]:
        problems = super().problems(today)
        if not self.name.strip():
            problems.append(
                problem("name", QT_TRANSLATE_NOOP("Validation", "The household needs a name."))
            )
        return problems


class Person(Record):
    kind: ClassVar[str] = "person"
    text_limits: ClassVar[dict[str, int]] = {"display_name": SHORT_TEXT, "email": SHORT_TEXT}

    display_name: str
    role: Role
    households: list[uuid.UUID] = Field(default_factory=list)
    email: str = ""

    def problems(self, today: date) -> list[Problem]:
        problems = super().problems(today)
        if not self.display_name.strip():
            problems.append(
                problem("display_name", QT_TRANSLATE_NOOP("Validation", "The person needs a name."))
            )
        return problems


class Child(Record):
    kind: ClassVar[str] = "child"
    text_limits: ClassVar[dict[str, int]] = {
        "given_name": SHORT_TEXT,
        "family_name": SHORT_TEXT,
        "school": SHORT_TEXT,
        "sibling_group": SHORT_TEXT,
        "notes": LONG_TEXT,
    }

    given_name: str
    family_name: str = ""
    date_of_birth: date
    placement_start: date
    placement_end: date | None = None
    # Where the child went when the placement ended: set with ``placement_end``
    # by a supervisor or the central office (the server checks who).
    placement_outcome: PlacementOutcome | None = None
    school: str = ""
    languages: list[str] = Field(default_factory=list)
    sibling_group: str = ""
    notes: str = ""

    def problems(self, today: date) -> list[Problem]:
        problems = super().problems(today)
        if not self.given_name.strip():
            problems.append(
                problem(
                    "given_name", QT_TRANSLATE_NOOP("Validation", "The child needs a first name.")
                )
            )
        problems += not_future(
            "date_of_birth",
            self.date_of_birth,
            today,
            QT_TRANSLATE_NOOP("Validation", "The date of birth {date} lies in the future."),
        )
        if self.placement_start < self.date_of_birth:
            problems.append(
                problem(
                    "placement_start",
                    QT_TRANSLATE_NOOP(
                        "Validation",
                        "The placement cannot start ({start}) before the child was born ({born}).",
                    ),
                    start=self.placement_start.isoformat(),
                    born=self.date_of_birth.isoformat(),
                )
            )
        if self.placement_end is not None and self.placement_end < self.placement_start:
            problems.append(
                problem(
                    "placement_end",
                    QT_TRANSLATE_NOOP("Validation", "The placement cannot end before it started."),
                )
            )
        if self.placement_outcome is not None and self.placement_end is None:
            problems.append(
                problem(
                    "placement_end",
                    QT_TRANSLATE_NOOP(
                        "Validation", "A placement that ended needs the day it ended."
                    ),
                )
            )
        if len(self.languages) > 20 or any(len(x) > SHORT_TEXT for x in self.languages):
            problems.append(
                problem(
                    "languages",
                    QT_TRANSLATE_NOOP("Validation", "The list of languages is too long."),
                )
            )
        return problems

    def child_ids(self) -> list[uuid.UUID]:
        return [self.id]

    def display_name(self) -> str:
        return f"{self.given_name} {self.family_name}".strip()

    def has_left(self) -> bool:
        """The placement was closed: the day it ended and where the child went are known."""
        return self.placement_end is not None and self.placement_outcome is not None

    def age_months(self, on: date) -> float:
        days = (on - self.date_of_birth).days
        return days / 30.4375


class Relative(Record):
    """A birth-family member or a sibling placed elsewhere, with the agreed contact."""

    kind: ClassVar[str] = "relative"
    text_limits: ClassVar[dict[str, int]] = {
        "name": SHORT_TEXT,
        "lives_where": SHORT_TEXT,
        "contact_arrangement": MEDIUM_TEXT,
        "phone": SHORT_TEXT,
        "notes": LONG_TEXT,
    }

    children: list[uuid.UUID] = Field(default_factory=list)
    name: str
    relation: RelationKind
    lives_where: str = ""
    placed_together: bool = False
    contact_arrangement: str = ""
    phone: str = ""
    notes: str = ""

    def problems(self, today: date) -> list[Problem]:
        problems = super().problems(today)
        if not self.name.strip():
            problems.append(
                problem("name", QT_TRANSLATE_NOOP("Validation", "The relative needs a name."))
            )
        if not self.children:
            problems.append(
                problem(
                    "children",
                    QT_TRANSLATE_NOOP(
                        "Validation", "Choose the child or children this person is family of."
                    ),
                )
            )
        return problems

    def child_ids(self) -> list[uuid.UUID]:
        return list(self.children)


class DailyLog(Entry):
    """One child's day, written by one caregiver."""

    kind: ClassVar[str] = "daily_log"
    text_limits: ClassVar[dict[str, int]] = {
        "sleep": MEDIUM_TEXT,
        "eating": MEDIUM_TEXT,
        "health": MEDIUM_TEXT,
        "medication": MEDIUM_TEXT,
        "school": MEDIUM_TEXT,
        "activities": MEDIUM_TEXT,
        "moments": MEDIUM_TEXT,
        "text": LONG_TEXT,
        "incident": LONG_TEXT,
    }

    child_id: uuid.UUID
    date: dt.date
    mood: int | None = None
    sleep: str = ""
    eating: str = ""
    health: str = ""
    medication: str = ""
    school: str = ""
    activities: str = ""
    moments: str = ""
    text: str = ""
    flag: bool = False
    severity: Severity | None = None
    incident: str = ""  # what happened, for the supervisor (with the flag)

    def problems(self, today: dt.date) -> list[Problem]:
        problems = super().problems(today)
        problems += not_future(
            "date",
            self.date,
            today,
            QT_TRANSLATE_NOOP("Validation", "A daily log cannot be dated in the future ({date})."),
        )
        if self.mood is not None and not 1 <= self.mood <= 5:
            problems.append(
                problem("mood", QT_TRANSLATE_NOOP("Validation", "Mood is a number from 1 to 5."))
            )
        if self.flag and self.severity is None:
            problems.append(
                problem(
                    "severity", QT_TRANSLATE_NOOP("Validation", "An incident needs a severity.")
                )
            )
        return problems

    def child_ids(self) -> list[uuid.UUID]:
        return [self.child_id]

    def day(self) -> dt.date | None:
        return self.date

    def search_text(self) -> str:
        return "\n".join(
            x
            for x in (
                self.sleep,
                self.eating,
                self.health,
                self.medication,
                self.school,
                self.activities,
                self.moments,
                self.text,
                self.incident,
                self.amendment_reason,
            )
            if x
        )


class MilestoneObservation(Record):
    kind: ClassVar[str] = "milestone_observation"
    text_limits: ClassVar[dict[str, int]] = {"note": MEDIUM_TEXT, "item_id": SHORT_TEXT}

    child_id: uuid.UUID
    item_id: str
    status: MilestoneStatus
    observed_on: date
    note: str = ""

    def problems(self, today: date) -> list[Problem]:
        problems = super().problems(today)
        problems += not_future(
            "observed_on",
            self.observed_on,
            today,
            QT_TRANSLATE_NOOP(
                "Validation", "An observation cannot be dated in the future ({date})."
            ),
        )
        return problems

    def child_ids(self) -> list[uuid.UUID]:
        return [self.child_id]

    def day(self) -> date | None:
        return self.observed_on

    def search_text(self) -> str:
        return self.note


class ContactNote(Entry):
    """A contact of one or more children with one or more relatives."""

    kind: ClassVar[str] = "contact_note"
    text_limits: ClassVar[dict[str, int]] = {
        "place": SHORT_TEXT,
        "reaction_before": MEDIUM_TEXT,
        "reaction_during": MEDIUM_TEXT,
        "reaction_after": MEDIUM_TEXT,
        "agreements": MEDIUM_TEXT,
        "follow_up": MEDIUM_TEXT,
        "text": LONG_TEXT,
    }

    children: list[uuid.UUID] = Field(default_factory=list)
    relatives: list[uuid.UUID] = Field(default_factory=list)
    contact_kind: ContactKind | None = None
    status: ContactStatus = ContactStatus.HAPPENED
    cancelled_by: CancelledBy | None = None  # for a cancelled contact, when known
    date: dt.date
    duration_minutes: int | None = None
    place: str = ""
    reaction_before: str = ""
    reaction_during: str = ""
    reaction_after: str = ""
    agreements: str = ""
    follow_up: str = ""
    text: str = ""

    def problems(self, today: dt.date) -> list[Problem]:
        problems = super().problems(today)
        if self.contact_kind is None:
            problems.append(
                problem(
                    "contact_kind",
                    QT_TRANSLATE_NOOP(
                        "Validation", "Choose the kind of contact (visit, phone, letter…)."
                    ),
                )
            )
        if not self.children:
            problems.append(
                problem("children", QT_TRANSLATE_NOOP("Validation", "Choose at least one child."))
            )
        if not self.relatives:
            problems.append(
                problem(
                    "relatives", QT_TRANSLATE_NOOP("Validation", "Choose at least one relative.")
                )
            )
        if self.status in (ContactStatus.HAPPENED, ContactStatus.NO_SHOW):
            problems += not_future(
                "date",
                self.date,
                today,
                QT_TRANSLATE_NOOP(
                    "Validation",
                    "A contact that took place cannot be dated in the future ({date}).",
                ),
            )
        if (
            self.duration_minutes is not None
            and not 0 < self.duration_minutes <= MAX_CONTACT_MINUTES
        ):
            problems.append(
                problem(
                    "duration_minutes",
                    QT_TRANSLATE_NOOP(
                        "Validation", "The duration is between 1 minute and 24 hours."
                    ),
                )
            )
        return problems

    def child_ids(self) -> list[uuid.UUID]:
        return list(self.children)

    def day(self) -> dt.date | None:
        return self.date

    def search_text(self) -> str:
        return "\n".join(
            x
            for x in (
                self.place,
                self.reaction_before,
                self.reaction_during,
                self.reaction_after,
                self.agreements,
                self.follow_up,
                self.text,
                self.amendment_reason,
            )
            if x
        )


class WellbeingCheck(Entry):
    """One child's well-being on the eight dimensions, every three months or so.

    ``ratings`` holds a rating from 1 (serious concern) to 4 (very good) per
    dimension rated, or None for a dimension that does not apply at the child's
    age; a dimension left out was not rated. ``notes``: one optional sentence
    per dimension. Kept as written once synced, like the daily log."""

    kind: ClassVar[str] = "wellbeing_check"

    child_id: uuid.UUID
    date: dt.date
    ratings: dict[WellbeingDimension, int | None] = Field(default_factory=dict)
    notes: dict[WellbeingDimension, str] = Field(default_factory=dict)

    def problems(self, today: dt.date) -> list[Problem]:
        problems = super().problems(today)
        problems += not_future(
            "date",
            self.date,
            today,
            QT_TRANSLATE_NOOP(
                "Validation", "A well-being check cannot be dated in the future ({date})."
            ),
        )
        if any(v is not None and v not in WELLBEING_SCALE for v in self.ratings.values()):
            problems.append(
                problem(
                    "ratings",
                    QT_TRANSLATE_NOOP("Validation", "A well-being rating is a number from 1 to 4."),
                )
            )
        if not self.ratings:
            problems.append(
                problem(
                    "ratings",
                    QT_TRANSLATE_NOOP("Validation", "Rate at least one dimension."),
                )
            )
        if any(len(v) > MEDIUM_TEXT for v in self.notes.values()):
            problems.append(
                problem(
                    "notes",
                    QT_TRANSLATE_NOOP(
                        "Validation",
                        "This text is too long ({length} characters; at most {limit}).",
                    ),
                    length=max(len(v) for v in self.notes.values()),
                    limit=MEDIUM_TEXT,
                )
            )
        return problems

    def child_ids(self) -> list[uuid.UUID]:
        return [self.child_id]

    def day(self) -> dt.date | None:
        return self.date

    def search_text(self) -> str:
        return "\n".join(x for x in (*self.notes.values(), self.amendment_reason) if x)


class Review(Record):
    """A supervisor's mark and comment on a record, or the household's answer to it."""

    kind: ClassVar[str] = "review"
    text_limits: ClassVar[dict[str, int]] = {"comment": MEDIUM_TEXT}

    target_id: uuid.UUID
    target_kind: str
    # The version reviewed: a later change of the target puts it back in the queue.
    # None in marks made by apps that did not know it: they cover what existed then.
    target_version: int | None = None
    children: list[uuid.UUID] = Field(default_factory=list)
    mark: ReviewMark
    comment: str = ""
    reply_to: uuid.UUID | None = None
    author_id: uuid.UUID
    created_at: datetime = Field(default_factory=utc_now)

    def problems(self, today: date) -> list[Problem]:
        problems = super().problems(today)
        if self.mark in (ReviewMark.QUESTION, ReviewMark.FOLLOW_UP, ReviewMark.ANSWER) and not (
            self.comment.strip()
        ):
            problems.append(
                problem(
                    "comment",
                    QT_TRANSLATE_NOOP(
                        "Validation", "A question, follow-up or answer needs a comment."
                    ),
                )
            )
        if self.mark == ReviewMark.ANSWER and self.reply_to is None:
            problems.append(
                problem(
                    "reply_to", QT_TRANSLATE_NOOP("Validation", "An answer must answer a question.")
                )
            )
        return problems

    def child_ids(self) -> list[uuid.UUID]:
        return list(self.children)

    def day(self) -> date | None:
        return self.created_at.date()

    def search_text(self) -> str:
        return self.comment


class ConflictRevision(Record):
    """The values that lost when two devices changed the same fields of a record:
    kept, shown to the household and the supervisor, and resolvable."""

    kind: ClassVar[str] = "conflict_revision"

    target_id: uuid.UUID
    target_kind: str
    children: list[uuid.UUID] = Field(default_factory=list)
    losing: dict[str, Any] = Field(default_factory=dict)
    winning: dict[str, Any] = Field(default_factory=dict)
    losing_modified_at: str = ""
    losing_modified_by: uuid.UUID | None = None
    losing_device: str = ""
    created_at: datetime = Field(default_factory=utc_now)
    resolved: bool = False
    resolution_note: str = ""

    def child_ids(self) -> list[uuid.UUID]:
        return list(self.children)


RECORD_TYPES: dict[str, type[Record]] = {
    cls.kind: cls
    for cls in (
        Household,
        Person,
        Child,
        Relative,
        DailyLog,
        MilestoneObservation,
        ContactNote,
        Review,
        ConflictRevision,
        WellbeingCheck,
    )
}

ENTRY_KINDS = frozenset({DailyLog.kind, ContactNote.kind, WellbeingCheck.kind})


def record_type(kind: str) -> type[Record]:
    try:
        return RECORD_TYPES[kind]
    except KeyError:
        raise ValidationFailed(
            [
                problem(
                    "kind",
                    QT_TRANSLATE_NOOP("Validation", "Unknown record type “{kind}”."),
                    kind=kind,
                )
            ]
        ) from None


def parse_record(kind: str, data: dict[str, Any] | str | bytes) -> Record:
    """Build a record of ``kind`` from stored or received data, with type errors
    turned into translatable problems."""
    cls = record_type(kind)
    try:
        if isinstance(data, (str, bytes)):
            return cls.model_validate_json(data)
        return cls.model_validate(data)
    except PydanticValidationError as exc:
        raise ValidationFailed(_type_problems(exc)) from None


R = TypeVar("R", bound=Record)


def with_changes(record: R, changes: Mapping[str, Any]) -> R:
    """A copy of ``record`` with ``changes``: only the changed fields are validated
    (the others were, when the record was made; a value equal to the one held, of
    the same type, is no change), with type errors turned into translatable
    problems as ``parse_record`` does. ``record`` is left as it is."""
    changed = record.model_copy()
    validator = type(record).__pydantic_validator__
    held = {**record.__dict__, **(record.model_extra or {})}
    try:
        for name, value in changes.items():
            if name in held and type(held[name]) is type(value) and held[name] == value:
                continue
            validator.validate_assignment(changed, name, value)
    except PydanticValidationError as exc:
        raise ValidationFailed(_type_problems(exc)) from None
    return changed


def _type_problems(exc: PydanticValidationError) -> list[Problem]:
    return [
        problem(
            ".".join(str(p) for p in err["loc"]) or "record",
            QT_TRANSLATE_NOOP("Validation", "The value of “{field}” is not valid."),
            field=".".join(str(p) for p in err["loc"]),
        )
        for err in exc.errors()
    ]
