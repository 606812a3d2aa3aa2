"""What a supervisor follows of the households' daily care: care-plan goals past
their review date, and doses of the medication lists that were missed or
refused lately."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from app.domain.care import CareGoal
from app.domain.records import Child, Household
from app.services.goals import GoalService
from app.services.medication import MedicationService, MissedDose
from app.storage import records
from app.storage.book import Book

DOSE_DAYS = 7  # how far back missed doses are shown


@dataclass(frozen=True)
class Watch:
    """Per household (by name), the goals past review and the missed doses."""

    households: dict[uuid.UUID, str]
    children: dict[uuid.UUID, Child]
    goals: list[CareGoal]
    doses: list[MissedDose]

    def household_of(self, child_id: uuid.UUID) -> str:
        child = self.children.get(child_id)
        return self.households.get(child.household_id, "") if child else ""


class CareWatch:
    def __init__(self, book: Book) -> None:
        self.book = book
        self.goals = GoalService(book)
        self.medication = MedicationService(book)

    def watch(self, today: date, now: datetime) -> Watch:
        with self.book.store.read() as session:
            households = {
                h.id: h.name
                for h in records.list_kind(session, Household.kind)
                if isinstance(h, Household)
            }
            children = {
                c.id: c
                for c in records.list_kind(session, Child.kind)
                if isinstance(c, Child) and (c.placement_end is None or c.placement_end >= today)
            }
        goals = self.goals.past_review(children, today)
        doses = self.medication.missed(children, today - timedelta(days=DOSE_DAYS), now)
        return Watch(households, children, goals, doses)
