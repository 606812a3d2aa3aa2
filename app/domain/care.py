"""The record types of a child's daily care beyond the diary: the medication list
and each dose given, the care-plan goals and what moved them, appointments, and
a minor's legal procedure, languages and school.

They are records like the others (``app.domain.records``): synced, checked by
``problems(today)`` on the laptop and again on the server, and registered in
``RECORD_TYPES`` when this module is imported (the ``app.domain`` package imports
it, so every reader of records knows these kinds).

Thuisboek is not a prescribing tool: a medication here is what the prescriber
decided, copied so that the household gives it as prescribed and notes each dose.
"""

from __future__ import annotations

import datetime as dt
import itertools
import uuid
from datetime import date, datetime
from typing import ClassVar

from pydantic import BaseModel, ConfigDict, Field

from app.domain.messages import QT_TRANSLATE_NOOP, Problem
from app.domain.records import (
    LONG_TEXT,
    MEDIUM_TEXT,
    RECORD_TYPES,
    SHORT_TEXT,
    Record,
    utc_now,
)
from app.domain.validation import not_future, problem
from app.domain.vocabulary import (
    AppointmentKind,
    AppointmentOutcome,
    DoseOutcome,
    GoalArea,
    GoalStatus,
    LanguageLevel,
    LegalStatus,
    ProcedureStep,
)

MAX_DOSE_TIMES = 12
MAX_STEPS = 40
MAX_LANGUAGES = 20
MAX_APPOINTMENT_MINUTES = 24 * 60
MAX_REMINDER_MINUTES = 7 * 24 * 60
MAX_INTERVAL_HOURS = 7 * 24


def parse_time(text: str) -> dt.time | None:
    """A time of day written HH:MM, or None when it is not one."""
    if len(text) != 5 or text[2] != ":":
        return None
    try:
        return dt.time.fromisoformat(text)
    except ValueError:
        return None


class Medication(Record):
    """A medicine on a child's list, as prescribed: what, how much, at which times,
    from when until when, and who prescribed it."""

    kind: ClassVar[str] = "medication"
    text_limits: ClassVar[dict[str, int]] = {
        "name": SHORT_TEXT,
        "dose": SHORT_TEXT,
        "prescribed_by": SHORT_TEXT,
        "notes": MEDIUM_TEXT,
    }

    child_id: uuid.UUID
    name: str
    dose: str = ""
    times: list[str] = Field(default_factory=list)  # HH:MM, the times of day it is given
    start: date
    end: date | None = None
    prescribed_by: str = ""
    # At least this many hours between two doses; None: half the shortest gap
    # between its times (a second dose for the same time).
    interval_hours: int | None = None
    notes: str = ""

    def problems(self, today: date) -> list[Problem]:
        problems = super().problems(today)
        if not self.name.strip():
            problems.append(
                problem("name", QT_TRANSLATE_NOOP("Validation", "The medication needs a name."))
            )
        if len(self.times) > MAX_DOSE_TIMES or any(parse_time(t) is None for t in self.times):
            problems.append(
                problem(
                    "times",
                    QT_TRANSLATE_NOOP(
                        "Validation", "Give the times of day as hours and minutes (20:00)."
                    ),
                )
            )
        if self.end is not None and self.end < self.start:
            problems.append(
                problem(
                    "end",
                    QT_TRANSLATE_NOOP("Validation", "The medication cannot end before it starts."),
                )
            )
        if self.interval_hours is not None and not 0 < self.interval_hours <= MAX_INTERVAL_HOURS:
            problems.append(
                problem(
                    "interval_hours",
                    QT_TRANSLATE_NOOP(
                        "Validation", "The hours between two doses are between 1 and 168."
                    ),
                )
            )
        return problems

    def sorted_times(self) -> list[dt.time]:
        return sorted(t for t in map(parse_time, self.times) if t is not None)

    def min_gap(self) -> dt.timedelta:
        """The least time between two doses given before a second one warns."""
        if self.interval_hours is not None:
            return dt.timedelta(hours=self.interval_hours)
        minutes = [t.hour * 60 + t.minute for t in self.sorted_times()]
        if len(minutes) < 2:
            return dt.timedelta(hours=12)
        gaps = [b - a for a, b in itertools.pairwise(minutes)]
        gaps.append(minutes[0] + 24 * 60 - minutes[-1])
        return dt.timedelta(minutes=min(gaps) / 2)

    def active_on(self, day: date) -> bool:
        return self.start <= day and (self.end is None or day <= self.end)

    def child_ids(self) -> list[uuid.UUID]:
        return [self.child_id]

    def day(self) -> date | None:
        return self.start

    def search_text(self) -> str:
        return "\n".join(x for x in (self.name, self.dose, self.notes) if x)


class MedicationDose(Record):
    """One dose of a medication: given, refused or skipped, when, and by whom (its
    author, the person who gave it)."""

    kind: ClassVar[str] = "medication_dose"
    text_limits: ClassVar[dict[str, int]] = {"slot": 5, "note": MEDIUM_TEXT}

    medication_id: uuid.UUID
    child_id: uuid.UUID
    author_id: uuid.UUID
    outcome: DoseOutcome
    at: datetime  # the time of day it was given (or refused), wall clock of the household
    slot: str = ""  # the time of the list it answers (HH:MM); "" for an extra dose
    note: str = ""
    created_at: datetime = Field(default_factory=utc_now)

    def problems(self, today: date) -> list[Problem]:
        problems = super().problems(today)
        problems += not_future(
            "at",
            self.at.date(),
            today,
            QT_TRANSLATE_NOOP("Validation", "A dose cannot be noted in the future ({date})."),
        )
        if self.slot and parse_time(self.slot) is None:
            problems.append(
                problem(
                    "slot",
                    QT_TRANSLATE_NOOP(
                        "Validation", "Give the times of day as hours and minutes (20:00)."
                    ),
                )
            )
        if self.outcome != DoseOutcome.GIVEN and not self.note.strip():
            problems.append(
                problem(
                    "note",
                    QT_TRANSLATE_NOOP("Validation", "Say why a dose was refused or skipped."),
                )
            )
        return problems

    def child_ids(self) -> list[uuid.UUID]:
        return [self.child_id]

    def day(self) -> date | None:
        return self.at.date()

    def search_text(self) -> str:
        return self.note


class CareGoal(Record):
    """A goal of the child's care plan, in the family's words."""

    kind: ClassVar[str] = "care_goal"
    text_limits: ClassVar[dict[str, int]] = {
        "text": MEDIUM_TEXT,
        "owner": SHORT_TEXT,
        "drop_reason": MEDIUM_TEXT,
        "notes": LONG_TEXT,
    }

    child_id: uuid.UUID
    text: str
    area: GoalArea
    start: date
    review_on: date | None = None
    owner: str = ""  # who sees to it: a caregiver, the guardian, the child
    status: GoalStatus = GoalStatus.OPEN
    drop_reason: str = ""
    notes: str = ""

    def problems(self, today: date) -> list[Problem]:
        problems = super().problems(today)
        if not self.text.strip():
            problems.append(
                problem("text", QT_TRANSLATE_NOOP("Validation", "Write the goal in a few words."))
            )
        if self.review_on is not None and self.review_on < self.start:
            problems.append(
                problem(
                    "review_on",
                    QT_TRANSLATE_NOOP("Validation", "The review cannot come before the start."),
                )
            )
        if self.status == GoalStatus.DROPPED and not self.drop_reason.strip():
            problems.append(
                problem(
                    "drop_reason",
                    QT_TRANSLATE_NOOP("Validation", "Say why the goal was dropped."),
                )
            )
        return problems

    def is_closed(self) -> bool:
        return self.status in (GoalStatus.REACHED, GoalStatus.DROPPED)

    def past_review(self, today: date) -> bool:
        return not self.is_closed() and self.review_on is not None and self.review_on < today

    def child_ids(self) -> list[uuid.UUID]:
        return [self.child_id]

    def day(self) -> date | None:
        return self.start

    def search_text(self) -> str:
        return "\n".join(x for x in (self.text, self.owner, self.drop_reason, self.notes) if x)


class GoalStep(Record):
    """A step in a goal's history: a daily log or contact note that moves it, or a
    change of its status, with a few words."""

    kind: ClassVar[str] = "goal_step"
    text_limits: ClassVar[dict[str, int]] = {"note": MEDIUM_TEXT}

    goal_id: uuid.UUID
    child_id: uuid.UUID
    author_id: uuid.UUID
    on: date
    entry_id: uuid.UUID | None = None  # the daily log or contact note
    entry_kind: str = ""
    status: GoalStatus | None = None  # the status the goal was given then
    note: str = ""
    created_at: datetime = Field(default_factory=utc_now)

    def problems(self, today: date) -> list[Problem]:
        problems = super().problems(today)
        problems += not_future(
            "on",
            self.on,
            today,
            QT_TRANSLATE_NOOP("Validation", "A step of a goal cannot lie in the future ({date})."),
        )
        if self.entry_id is None and self.status is None and not self.note.strip():
            problems.append(
                problem(
                    "note",
                    QT_TRANSLATE_NOOP(
                        "Validation", "A step of a goal links an entry, a status or a note."
                    ),
                )
            )
        if (self.entry_id is None) != (not self.entry_kind):
            problems.append(
                problem(
                    "entry_kind",
                    QT_TRANSLATE_NOOP("Validation", "A linked entry needs its kind."),
                )
            )
        return problems

    def child_ids(self) -> list[uuid.UUID]:
        return [self.child_id]

    def day(self) -> date | None:
        return self.on

    def search_text(self) -> str:
        return self.note


class Appointment(Record):
    """A planned appointment of one or more children: the doctor, the dentist, a
    school meeting, the youth court, a visit of the birth family; and, after it,
    what happened."""

    kind: ClassVar[str] = "appointment"
    text_limits: ClassVar[dict[str, int]] = {
        "title": SHORT_TEXT,
        "place": SHORT_TEXT,
        "who_goes": SHORT_TEXT,
        "notes": MEDIUM_TEXT,
        "outcome_note": MEDIUM_TEXT,
    }

    children: list[uuid.UUID] = Field(default_factory=list)
    appointment_kind: AppointmentKind
    title: str = ""
    starts_at: datetime  # wall clock of the household
    duration_minutes: int | None = None
    place: str = ""
    who_goes: str = ""
    relatives: list[uuid.UUID] = Field(default_factory=list)  # for family visits
    reminder_minutes: int | None = None
    notes: str = ""
    outcome: AppointmentOutcome | None = None  # None: still planned
    outcome_note: str = ""
    contact_note_id: uuid.UUID | None = None  # the note of a family visit

    def problems(self, today: date) -> list[Problem]:
        problems = super().problems(today)
        if not self.children:
            problems.append(
                problem("children", QT_TRANSLATE_NOOP("Validation", "Choose at least one child."))
            )
        if self.outcome is not None:
            problems += not_future(
                "outcome",
                self.starts_at.date(),
                today,
                QT_TRANSLATE_NOOP(
                    "Validation", "What happened can be told after the appointment ({date})."
                ),
            )
        if (
            self.duration_minutes is not None
            and not 0 < self.duration_minutes <= MAX_APPOINTMENT_MINUTES
        ):
            problems.append(
                problem(
                    "duration_minutes",
                    QT_TRANSLATE_NOOP(
                        "Validation", "The duration is between 1 minute and 24 hours."
                    ),
                )
            )
        if (
            self.reminder_minutes is not None
            and not 0 <= self.reminder_minutes <= MAX_REMINDER_MINUTES
        ):
            problems.append(
                problem(
                    "reminder_minutes",
                    QT_TRANSLATE_NOOP(
                        "Validation", "A reminder comes at most a week before the appointment."
                    ),
                )
            )
        return problems

    def ends_at(self) -> datetime:
        return self.starts_at + dt.timedelta(minutes=self.duration_minutes or 60)

    def child_ids(self) -> list[uuid.UUID]:
        return list(self.children)

    def day(self) -> date | None:
        return self.starts_at.date()

    def search_text(self) -> str:
        return "\n".join(
            x for x in (self.title, self.place, self.who_goes, self.notes, self.outcome_note) if x
        )


class StepEntry(BaseModel):
    """A step of a minor's procedure and its date."""

    model_config = ConfigDict(extra="allow")

    step: ProcedureStep
    on: date
    note: str = ""


class LanguageEntry(BaseModel):
    """A language a minor speaks or learns, and how far they are."""

    model_config = ConfigDict(extra="allow")

    language: str
    level: LanguageLevel
    learning: bool = False  # being learnt here (lessons, school)


class MinorFile(Record):
    """What a house for unaccompanied minors keeps of a young person beyond the
    diary: legal status and the steps of the procedure, languages, school and
    training. One per child."""

    kind: ClassVar[str] = "minor_file"
    text_limits: ClassVar[dict[str, int]] = {
        "school": SHORT_TEXT,
        "training": SHORT_TEXT,
        "notes": LONG_TEXT,
    }

    child_id: uuid.UUID
    legal_status: LegalStatus | None = None
    steps: list[StepEntry] = Field(default_factory=list)
    languages: list[LanguageEntry] = Field(default_factory=list)
    school: str = ""
    training: str = ""
    notes: str = ""

    def problems(self, today: date) -> list[Problem]:
        problems = super().problems(today)
        if len(self.steps) > MAX_STEPS or any(len(s.note) > MEDIUM_TEXT for s in self.steps):
            problems.append(
                problem(
                    "steps",
                    QT_TRANSLATE_NOOP("Validation", "The list of procedure steps is too long."),
                )
            )
        if len(self.languages) > MAX_LANGUAGES or any(
            not x.language.strip() or len(x.language) > SHORT_TEXT for x in self.languages
        ):
            problems.append(
                problem(
                    "languages",
                    QT_TRANSLATE_NOOP("Validation", "Every language needs a name."),
                )
            )
        return problems

    def sorted_steps(self) -> list[StepEntry]:
        return sorted(self.steps, key=lambda s: s.on)

    def child_ids(self) -> list[uuid.UUID]:
        return [self.child_id]

    def search_text(self) -> str:
        return "\n".join(x for x in (self.school, self.training, self.notes) if x)


CARE_TYPES: tuple[type[Record], ...] = (
    Medication,
    MedicationDose,
    CareGoal,
    GoalStep,
    Appointment,
    MinorFile,
)
RECORD_TYPES.update({cls.kind: cls for cls in CARE_TYPES})
