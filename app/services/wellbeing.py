"""Well-being checks: a child's eight dimensions about every three months.

A check is an entry like a daily log: editable by its author for a day, then
kept as written, corrected by an amendment. A check is due three months after
the last one (or a month after the placement started, for a child without
one); the app reminds, it never forces.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from app.domain.records import Child, WellbeingCheck
from app.domain.vocabulary import WellbeingDimension
from app.services.records import RecordService
from app.storage import records
from app.storage.book import Book

DUE_AFTER = timedelta(days=91)  # three months
FIRST_DUE_AFTER = timedelta(days=30)  # after the placement started


@dataclass(frozen=True)
class Due:
    """When the child's next check is due, and whether that day has come."""

    last: date | None
    due_on: date
    today: date

    @property
    def is_due(self) -> bool:
        return self.today >= self.due_on


def current(checks: Iterable[WellbeingCheck]) -> list[WellbeingCheck]:
    """The checks that count, newest first: an amended check gives way to its amendment."""
    found = list(checks)
    amended = {c.amends_id for c in found if c.amends_id is not None}
    return sorted(
        (c for c in found if c.id not in amended),
        key=lambda c: (c.date, c.created_at),
        reverse=True,
    )


def due(child: Child, checks: Sequence[WellbeingCheck], today: date) -> Due:
    """``checks``: the child's current checks, newest first."""
    if checks:
        return Due(checks[0].date, checks[0].date + DUE_AFTER, today)
    return Due(None, child.placement_start + FIRST_DUE_AFTER, today)


def mean_rating(check: WellbeingCheck) -> float | None:
    """The mean of the dimensions rated (not applicable and unrated left out)."""
    values = [v for v in check.ratings.values() if v is not None]
    return sum(values) / len(values) if values else None


def change(previous: WellbeingCheck | None, latest: WellbeingCheck) -> dict[str, int]:
    """Per dimension rated in both, latest minus previous."""
    if previous is None:
        return {}
    out: dict[str, int] = {}
    for dimension in WellbeingDimension:
        a, b = previous.ratings.get(dimension), latest.ratings.get(dimension)
        if a is not None and b is not None:
            out[dimension.value] = b - a
    return out


class WellbeingService:
    def __init__(self, book: Book) -> None:
        self.book = book
        self.records = RecordService(book)

    def checks(self, child_id: uuid.UUID) -> list[WellbeingCheck]:
        """The child's current checks, newest first."""
        with self.book.store.read() as session:
            found = records.for_child(session, child_id, [WellbeingCheck.kind])
        return current(c for c in found if isinstance(c, WellbeingCheck))

    def due(self, child: Child) -> Due:
        return due(child, self.checks(child.id), self.book.today())

    def new_check(
        self,
        child_id: uuid.UUID,
        day: date,
        ratings: dict[WellbeingDimension, int | None],
        notes: dict[WellbeingDimension, str] | None = None,
    ) -> WellbeingCheck:
        """A check written by this person, not yet stored."""
        return WellbeingCheck(
            household_id=self.book.identity.household_id,
            author_id=self.book.identity.user_id,
            child_id=child_id,
            date=day,
            ratings=dict(ratings),
            notes={k: v.strip() for k, v in (notes or {}).items() if v.strip()},
        )

    def save(self, check: WellbeingCheck) -> WellbeingCheck:
        """Store a new check (refused with its problems when it has any)."""
        return self.records.create(check)
