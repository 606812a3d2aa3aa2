"""What a household keeps for a child's own story: a moment of a daily log, a
milestone reached, a contact with family or a photo, marked "keep for the book", with an
optional sentence written for the child; or a page of the child's own words.

Keepsakes are records like the others (``app.domain.records``): synced, checked
by ``problems(today)`` on the laptop and again on the server, and registered in
``RECORD_TYPES`` when this module is imported (the ``app.domain`` package
imports it). The life-story book is made from them alone: nothing of an
incident, a review, a supervisor's question or a professional note goes in.
"""

from __future__ import annotations

import datetime as dt
import uuid
from datetime import datetime
from typing import ClassVar

from pydantic import Field

from app.domain.messages import QT_TRANSLATE_NOOP, Problem
from app.domain.records import MEDIUM_TEXT, RECORD_TYPES, SHORT_TEXT, Record, utc_now
from app.domain.validation import not_future, problem

# What may be kept for the book: a day's moments, a milestone, a contact with family,
# a photo or a document.
KEEPABLE_KINDS = frozenset({"daily_log", "milestone_observation", "contact_note", "attachment"})


class Keepsake(Record):
    """One thing kept for a child's book. ``target_id`` names the kept record
    (of ``target_kind``); a keepsake without one is a page of the child's own
    words, written with the caregiver."""

    kind: ClassVar[str] = "keepsake"
    text_limits: ClassVar[dict[str, int]] = {"words": MEDIUM_TEXT, "title": SHORT_TEXT}

    child_id: uuid.UUID
    target_id: uuid.UUID | None = None
    target_kind: str = ""
    on: dt.date  # the day of the moment kept
    title: str = ""
    words: str = ""  # written for the child ("You took your first steps in the garden")
    author_id: uuid.UUID
    created_at: datetime = Field(default_factory=utc_now)

    def problems(self, today: dt.date) -> list[Problem]:
        problems = super().problems(today)
        problems += not_future(
            "on",
            self.on,
            today,
            QT_TRANSLATE_NOOP(
                "Validation", "A kept moment cannot be dated in the future ({date})."
            ),
        )
        if self.target_id is None and not self.words.strip():
            problems.append(
                problem(
                    "words",
                    QT_TRANSLATE_NOOP("Validation", "A page of the child's words needs words."),
                )
            )
        if self.target_id is not None and self.target_kind not in KEEPABLE_KINDS:
            problems.append(
                problem(
                    "target_kind",
                    QT_TRANSLATE_NOOP(
                        "Validation",
                        "Only a daily log, a milestone, a contact or a photo can be kept "
                        "for the book.",
                    ),
                )
            )
        return problems

    def child_ids(self) -> list[uuid.UUID]:
        return [self.child_id]

    def day(self) -> dt.date | None:
        return self.on

    def search_text(self) -> str:
        return "\n".join(x for x in (self.title, self.words) if x)


STORY_TYPES: tuple[type[Record], ...] = (Keepsake,)
RECORD_TYPES.update({cls.kind: cls for cls in STORY_TYPES})
