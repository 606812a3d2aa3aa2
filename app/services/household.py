"""The household's children and what is still missing for each today."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date

from app.domain.records import Child, DailyLog, Household, Relative
from app.storage import records
from app.storage.book import Book


@dataclass(frozen=True)
class ChildSummary:
    child: Child
    age_months: int
    logged_today: bool
    # the placement ended before today: the child stays listed (last in the list)
    # until the records leave this laptop, for the book and the export
    left_on: date | None = None

    @property
    def needs_log(self) -> bool:
        """Today's log is still to be written (never for a child who left)."""
        return not self.logged_today and self.left_on is None

    @property
    def initials(self) -> str:
        parts = [p for p in (self.child.given_name, self.child.family_name) if p.strip()]
        return "".join(p.strip()[0].upper() for p in parts)[:2]


def _left_on(child: Child, today: date) -> date | None:
    end = child.placement_end
    return end if end is not None and end < today else None


def age_in_months(born: date, on: date) -> int:
    months = (on.year - born.year) * 12 + on.month - born.month
    if on.day < born.day:
        months -= 1
    return max(0, months)


class HouseholdService:
    def __init__(self, book: Book) -> None:
        self.book = book

    def household(self) -> Household | None:
        """The household's record; None on a laptop just enrolled, until the first
        sync brings it."""
        with self.book.store.read() as session:
            stored = records.get(session, self.book.identity.household_id)
        if stored is None or not isinstance(stored.record, Household):
            return None
        return stored.record

    def children(self, *, include_left: bool = False) -> list[Child]:
        """The children of the household, by first name; those whose placement
        ended only when asked."""
        today = self.book.today()
        with self.book.store.read() as session:
            found = records.list_kind(session, Child.kind, self.book.identity.household_id)
        kids = [c for c in found if isinstance(c, Child)]
        if not include_left:
            kids = [c for c in kids if c.placement_end is None or c.placement_end >= today]
        return sorted(kids, key=lambda c: (c.given_name.casefold(), c.family_name.casefold()))

    def summaries(self) -> list[ChildSummary]:
        """The children for the list: those in placement, then those who left and
        are still on this laptop."""
        today = self.book.today()
        children = self.children(include_left=True)
        with self.book.store.read() as session:
            logged = {
                c.id
                for c in children
                if any(
                    isinstance(r, DailyLog)
                    and r.date == today
                    and r.author_id == self.book.identity.user_id
                    for r in records.for_child(session, c.id, [DailyLog.kind], on=today)
                )
            }
        found = [
            ChildSummary(
                c,
                age_in_months(c.date_of_birth, today),
                c.id in logged,
                _left_on(c, today),
            )
            for c in children
        ]
        return sorted(found, key=lambda s: s.left_on is not None)  # stable: names stay in order

    def relatives(self, child_id: uuid.UUID | None = None) -> list[Relative]:
        with self.book.store.read() as session:
            if child_id is None:
                found = records.list_kind(session, Relative.kind, self.book.identity.household_id)
            else:
                found = records.for_child_all(session, child_id, Relative.kind)
        return sorted(
            (r for r in found if isinstance(r, Relative)), key=lambda r: r.name.casefold()
        )
