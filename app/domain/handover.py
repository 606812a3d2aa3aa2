"""Handover notes: what the next person on duty in a household must know
("Noah slept badly, check his ear; mother phoned, visit moved to Thursday"),
one short note per household and shift, and each reader's receipt of it.

Records like the others (``app.domain.records``): synced, checked by
``problems(today)`` on the laptop and again on the server, and registered in
``RECORD_TYPES`` when this module is imported (the ``app.domain`` package
imports it). A receipt is written by its reader alone (its ``author_id`` is the
pushing person, which the server checks), and one reader has one receipt per
note whatever the device: its id follows from the note's and the reader's.
"""

from __future__ import annotations

import datetime as dt
import uuid
from datetime import datetime
from enum import StrEnum
from typing import ClassVar

from pydantic import Field

from app.domain.messages import QT_TRANSLATE_NOOP, Problem
from app.domain.records import RECORD_TYPES, Record, utc_now
from app.domain.validation import not_future, problem

HANDOVER_TEXT = 2_000  # a short note: what the next person must know tonight
RECEIPT_NAMESPACE = uuid.UUID("6b3c3f5e-2f1d-4d8e-9a51-0c8f4a1e7d20")


class Shift(StrEnum):
    MORNING = "morning"
    DAY = "day"
    EVENING = "evening"
    NIGHT = "night"


class Handover(Record):
    """A note from the person ending a shift to whoever opens the household next."""

    kind: ClassVar[str] = "handover"
    text_limits: ClassVar[dict[str, int]] = {"text": HANDOVER_TEXT}

    author_id: uuid.UUID
    created_at: datetime = Field(default_factory=utc_now)
    date: dt.date
    shift: Shift
    text: str
    children: list[uuid.UUID] = Field(default_factory=list)  # the children it names

    def problems(self, today: dt.date) -> list[Problem]:
        problems = super().problems(today)
        if not self.text.strip():
            problems.append(
                problem("text", QT_TRANSLATE_NOOP("Validation", "A handover note needs a text."))
            )
        problems += not_future(
            "date",
            self.date,
            today,
            QT_TRANSLATE_NOOP(
                "Validation", "A handover note cannot be dated in the future ({date})."
            ),
        )
        return problems

    def child_ids(self) -> list[uuid.UUID]:
        return list(self.children)

    def day(self) -> dt.date | None:
        return self.date

    def search_text(self) -> str:
        return self.text


class HandoverRead(Record):
    """A reader's receipt of a handover note: they marked it read."""

    kind: ClassVar[str] = "handover_read"
    handover_id: uuid.UUID
    author_id: uuid.UUID  # the reader
    read_at: datetime = Field(default_factory=utc_now)

    @staticmethod
    def id_for(handover_id: uuid.UUID, reader_id: uuid.UUID) -> uuid.UUID:
        """The one id of this reader's receipt of this note (on any device)."""
        return uuid.uuid5(RECEIPT_NAMESPACE, f"{handover_id}:{reader_id}")

    def day(self) -> dt.date | None:
        return self.read_at.date()


HANDOVER_TYPES: tuple[type[Record], ...] = (Handover, HandoverRead)
RECORD_TYPES.update({cls.kind: cls for cls in HANDOVER_TYPES})
