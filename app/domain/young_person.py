"""What a young person who leaves care receives, decided once per kind of record.

The young person's export (``app.services.young_export``) is their life-story
book and "My file": a readable copy of what they may receive. This table is the
one place where that is decided, kind by kind and field by field; the export
reads no other field, and docs/decisions/0017 shows the same table (a test
checks both, and that every kind of ``RECORD_TYPES`` is decided).

This is not the young person's access to their whole file: that goes through
the central office, which keeps the file for the retention period and reads it
with the young person (docs/leaving-care.md).
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import Final


class Receives(StrEnum):
    """How much of a kind of record the young person receives."""

    YES = "yes"  # the fields named, of every record of the kind about the child
    SOME = "some"  # the fields named, of the records that pass the condition
    BOOK = "book"  # in the life-story book, as it lays it out
    NO = "no"


@dataclass(frozen=True)
class Decision:
    receives: Receives
    fields: tuple[str, ...]  # the only fields read; () for BOOK and NO
    only: str  # which records, when not all ("" for all)
    reason: str


# The kind of the photos and documents attached to records (on its way).
ATTACHMENT = "attachment"

RECEIVES: Final[dict[str, Decision]] = {
    "child": Decision(
        Receives.YES,
        (
            "given_name",
            "family_name",
            "date_of_birth",
            "placement_start",
            "placement_end",
            "placement_outcome",
            "school",
            "languages",
        ),
        "",
        "Their own name, dates and where they went are theirs; the household's notes "
        "about the child are working notes and stay in the office's file.",
    ),
    "relative": Decision(
        Receives.YES,
        ("name", "relation", "lives_where", "placed_together", "contact_arrangement"),
        "",
        "Who their family is and the contact that was agreed help them find their "
        "people again; phone numbers and notes are other people's data.",
    ),
    "daily_log": Decision(
        Receives.SOME,
        ("date", "moments", "activities", "school"),
        "days with moments, activities or school written, not flagged as an incident",
        "What they did and the moments of their days are their story; mood scores, "
        "sleep, eating and health notes, other remarks and incidents were written for "
        "care and supervision and are read with someone at the office, not alone.",
    ),
    "milestone_observation": Decision(
        Receives.SOME,
        ("observed_on", "item_id"),
        "milestones reached",
        "What they learned is worth keeping; what was not there yet is an "
        "observation for care, not a memory.",
    ),
    "contact_note": Decision(
        Receives.SOME,
        ("date", "contact_kind", "relatives", "place"),
        "contacts that took place",
        "When they saw or heard their family, and where, is part of their life; the "
        "reactions, agreements and follow-up are professional notes, and a list of "
        "cancelled visits without context hurts more than it tells.",
    ),
    "review": Decision(
        Receives.NO,
        (),
        "",
        "Supervisors' reviews and questions are about the household's work.",
    ),
    "conflict_revision": Decision(
        Receives.NO,
        (),
        "",
        "A copy of values that lost when two laptops changed the same record.",
    ),
    "wellbeing_check": Decision(
        Receives.NO,
        (),
        "",
        "Ratings by professionals, read with their context at the office.",
    ),
    "medication": Decision(
        Receives.YES,
        ("name", "dose", "start", "end", "prescribed_by"),
        "",
        "A young person who leaves should know which medicines they took, how much "
        "and who prescribed them (a new doctor will ask).",
    ),
    "medication_dose": Decision(
        Receives.NO,
        (),
        "",
        "Every dose given is a care log; the medication list says what matters.",
    ),
    "care_goal": Decision(
        Receives.YES,
        ("text", "area", "start", "status"),
        "",
        "The goals of their care plan were set with them, in the family's words; "
        "notes and reasons for dropping a goal stay in the file.",
    ),
    "goal_step": Decision(
        Receives.NO,
        (),
        "",
        "Working steps of the care plan, linked to logs and contacts.",
    ),
    "appointment": Decision(
        Receives.SOME,
        ("starts_at", "appointment_kind", "title", "place"),
        "appointments that took place",
        "Which doctor, dentist, school or court they saw and when; what was noted "
        "before and after is other people's observation.",
    ),
    "minor_file": Decision(
        Receives.YES,
        ("legal_status", "steps", "languages", "school", "training"),
        "",
        "A young person's procedure, languages and schooling are facts they need "
        "for what comes next; the house's notes stay in the file.",
    ),
    "handover": Decision(
        Receives.NO,
        (),
        "",
        "Notes between shifts, about the household's work and often other children.",
    ),
    "handover_read": Decision(
        Receives.NO,
        (),
        "",
        "Receipts of handover notes.",
    ),
    "keepsake": Decision(
        Receives.BOOK,
        (),
        "",
        "What the household kept for them, with the sentences written for them: their book.",
    ),
    "household": Decision(
        Receives.NO,
        (),
        "",
        "Not about the child; its name is in the book as the place they lived.",
    ),
    "person": Decision(
        Receives.NO,
        (),
        "",
        "The staff's accounts; the caregivers' names are in the book.",
    ),
    ATTACHMENT: Decision(
        Receives.SOME,
        (),
        "kept for the book, or attached to a received record",
        "Photos and documents are theirs when the caregiver kept them for the book "
        "or they belong to something they receive.",
    ),
}


def decision(kind: str) -> Decision:
    """The decision for ``kind``; a kind nobody decided is not received."""
    return RECEIVES.get(kind, Decision(Receives.NO, (), "", "Not decided."))


def received_kinds() -> list[str]:
    """The kinds whose fields go into "My file", in the table's order."""
    return [
        kind
        for kind, d in RECEIVES.items()
        if d.receives in (Receives.YES, Receives.SOME) and d.fields
    ]


def markdown_table() -> str:
    """The table as the decision record and docs/leaving-care.md show it."""
    lines = [
        "| Kind | Receives | Fields | Which | Why |",
        "|---|---|---|---|---|",
    ]
    for kind, d in RECEIVES.items():
        fields = ", ".join(f"`{f}`" for f in d.fields) or "—"
        lines.append(
            f"| `{kind}` | {d.receives.value} | {fields} | {d.only or 'all'} | {d.reason} |"
        )
    return "\n".join(lines)
