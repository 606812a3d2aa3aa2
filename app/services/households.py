"""The households a person works in (a relief carer covers several): their names,
today's missing logs in each, and which one the windows are in now.

The household chosen is the identity's ``household_id`` for as long as the book
is open: every service reads and writes in it, and entries are written as the
person at the keyboard whatever the household."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, replace

from app.domain.records import Child, DailyLog, Household
from app.storage import records, sync_state
from app.storage.book import Book


@dataclass(frozen=True)
class HouseholdChoice:
    household_id: uuid.UUID
    name: str
    children: int
    missing_today: int  # children without this person's log of today


def person_households(book: Book) -> list[uuid.UUID]:
    """The households the person works in: as the central office last gave them,
    else the profile's own."""
    given = sync_state.households(book.store)
    first = book.identity.household_id
    return given if given else [first]


class HouseholdsService:
    def __init__(self, book: Book) -> None:
        self.book = book

    def choices(self) -> list[HouseholdChoice]:
        """Each household of the person, by name (Ctrl+1… follow this order), with
        how many of its children have no log of today by this person."""
        today = self.book.today()
        me = self.book.identity.user_id
        out: list[HouseholdChoice] = []
        with self.book.store.read() as session:
            for household_id in person_households(self.book):
                stored = records.get(session, household_id)
                name = stored.record.name if stored and isinstance(stored.record, Household) else ""
                kids = [
                    c
                    for c in records.list_kind(session, Child.kind, household_id)
                    if isinstance(c, Child)
                    and (c.placement_end is None or c.placement_end >= today)
                ]
                missing = sum(
                    1
                    for c in kids
                    if not any(
                        isinstance(r, DailyLog) and r.author_id == me
                        for r in records.for_child(session, c.id, [DailyLog.kind], on=today)
                    )
                )
                out.append(HouseholdChoice(household_id, name, len(kids), missing))
        return sorted(out, key=lambda h: (h.name.casefold(), str(h.household_id)))

    def current(self) -> uuid.UUID:
        return self.book.identity.household_id

    def switch(self, household_id: uuid.UUID) -> bool:
        """Work in this household from now on (it must be one of the person's);
        whether it changed."""
        if household_id not in person_households(self.book):
            return False
        if household_id == self.book.identity.household_id:
            return False
        self.book.identity = replace(self.book.identity, household_id=household_id)
        return True

    def settle(self) -> bool:
        """After a sync: a household taken away is left for the first one the person
        still has; whether the household changed."""
        mine = person_households(self.book)
        if self.book.identity.household_id in mine or not mine:
            return False
        self.book.identity = replace(self.book.identity, household_id=mine[0])
        return True
