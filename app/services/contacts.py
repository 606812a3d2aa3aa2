"""A child's birth family and the contacts with it: who they are, the agreed
arrangement, and when each was last seen.

Contact notes are entries: a correction is an amendment kept beside the
original. Everything here reads the *current* version of each note (its latest
amendment), so a visit corrected from "happened" to "no-show" stops counting
as a visit while the original stays on record.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlmodel import Session

from app.domain.messages import Problem
from app.domain.records import Child, ContactNote, Record, Relative
from app.domain.vocabulary import ContactStatus, RelationKind
from app.storage import records
from app.storage.book import Book

# Parents first, then siblings: the people a care plan asks about first.
RELATION_ORDER: dict[RelationKind, int] = {
    RelationKind.MOTHER: 0,
    RelationKind.FATHER: 1,
    RelationKind.SIBLING: 2,
    RelationKind.HALF_SIBLING: 3,
    RelationKind.GRANDPARENT: 4,
    RelationKind.AUNT_UNCLE: 5,
    RelationKind.OTHER: 6,
    RelationKind.GUARDIAN: 7,
    RelationKind.LAWYER: 8,
}
PARENTS = frozenset({RelationKind.MOTHER, RelationKind.FATHER})


@dataclass(frozen=True)
class NoteThread:
    """A contact note with the amendments made to it, oldest first."""

    original: ContactNote
    amendments: tuple[ContactNote, ...] = ()

    @property
    def current(self) -> ContactNote:
        return self.amendments[-1] if self.amendments else self.original

    @property
    def amended(self) -> bool:
        return bool(self.amendments)


@dataclass(frozen=True)
class RelativeContactSummary:
    """How contact with one relative is going, as the current notes tell it."""

    relative: Relative
    last_happened: date | None = None
    days_since: int | None = None
    next_planned: date | None = None
    held: int = 0
    cancelled: int = 0
    no_show: int = 0


@dataclass(frozen=True)
class ContactOverview:
    """Everything the Contacts page shows for one child, read in one go."""

    child: Child
    summaries: list[RelativeContactSummary]
    threads: list[NoteThread]
    relative_names: dict[uuid.UUID, str]
    siblings_here: list[Child]
    others_here: list[Child] = field(default_factory=list)


def _note_order(note: ContactNote) -> tuple[date, Any]:
    return (note.date, note.created_at)


def threads(notes: Iterable[ContactNote]) -> list[NoteThread]:
    """Group notes into originals and their amendments, newest contact first.

    An amendment of an amendment belongs to the same original; an amendment
    whose original is gone (deleted) stands on its own."""
    by_id = {n.id: n for n in notes}

    def root(note: ContactNote) -> uuid.UUID:
        seen = {note.id}
        while note.amends_id is not None and note.amends_id in by_id:
            note = by_id[note.amends_id]
            if note.id in seen:  # a cycle can only come from damaged data
                break
            seen.add(note.id)
        return note.id

    grouped: dict[uuid.UUID, list[ContactNote]] = {}
    for note in by_id.values():
        grouped.setdefault(root(note), []).append(note)
    result = []
    for root_id, members in grouped.items():
        amendments = sorted((n for n in members if n.id != root_id), key=lambda n: n.created_at)
        result.append(NoteThread(by_id[root_id], tuple(amendments)))
    result.sort(key=lambda t: (t.current.date, t.original.created_at), reverse=True)
    return result


def summarise(
    relatives: Sequence[Relative], current_notes: Iterable[ContactNote], today: date
) -> list[RelativeContactSummary]:
    """Per relative: the last contact that happened, the next planned one, and
    how many were held, cancelled or missed."""
    notes = list(current_notes)
    out = []
    for relative in relatives:
        mine = [n for n in notes if relative.id in n.relatives]
        happened = [n.date for n in mine if n.status == ContactStatus.HAPPENED]
        planned = [n.date for n in mine if n.status == ContactStatus.PLANNED and n.date >= today]
        last = max(happened, default=None)
        out.append(
            RelativeContactSummary(
                relative=relative,
                last_happened=last,
                days_since=(today - last).days if last is not None else None,
                next_planned=min(planned, default=None),
                held=len(happened),
                cancelled=sum(n.status == ContactStatus.CANCELLED for n in mine),
                no_show=sum(n.status == ContactStatus.NO_SHOW for n in mine),
            )
        )
    return out


def sort_relatives(relatives: Iterable[Relative]) -> list[Relative]:
    return sorted(relatives, key=lambda r: (RELATION_ORDER[r.relation], r.name.casefold()))


def same_group(a: Child, b: Child) -> bool:
    group = a.sibling_group.strip().casefold()
    return bool(group) and group == b.sibling_group.strip().casefold()


def _siblings(child: Child, others: Sequence[Child], relatives: Sequence[Relative]) -> list[Child]:
    parents = [r for r in relatives if r.relation in PARENTS]
    return [
        other
        for other in others
        if other.id != child.id
        and (same_group(child, other) or any(other.id in p.children for p in parents))
    ]


def _relatives(session: Session, child_id: uuid.UUID) -> list[Relative]:
    found = records.for_child_all(session, child_id, Relative.kind)
    return sort_relatives(r for r in found if isinstance(r, Relative))


def _notes(session: Session, child_id: uuid.UUID) -> list[ContactNote]:
    found = records.for_child(session, child_id, [ContactNote.kind])
    notes = [n for n in found if isinstance(n, ContactNote)]
    return sorted(notes, key=_note_order, reverse=True)


class ContactService:
    def __init__(self, book: Book) -> None:
        self.book = book

    # Reading ------------------------------------------------------------------------
    def relatives_of(self, child_id: uuid.UUID) -> list[Relative]:
        """The child's relatives: parents first, then siblings, then the others."""
        with self.book.store.read() as session:
            return _relatives(session, child_id)

    def notes_of(self, child_id: uuid.UUID) -> list[ContactNote]:
        """Every contact note concerning the child, amendments included, newest first."""
        with self.book.store.read() as session:
            return _notes(session, child_id)

    def threads_of(self, child_id: uuid.UUID) -> list[NoteThread]:
        return threads(self.notes_of(child_id))

    def last_seen(self, child_id: uuid.UUID) -> list[RelativeContactSummary]:
        with self.book.store.read() as session:
            relatives = _relatives(session, child_id)
            notes = _notes(session, child_id)
        return summarise(relatives, (t.current for t in threads(notes)), self.book.today())

    def household_children(self) -> list[Child]:
        """The children living in the household now, by first name."""
        with self.book.store.read() as session:
            return self._children(session)

    def siblings_here(self, child: Child) -> list[Child]:
        """Children of this household in the same sibling group, or who share a
        mother or father recorded as a relative of both."""
        with self.book.store.read() as session:
            return _siblings(child, self._children(session), _relatives(session, child.id))

    def relative_names(self) -> dict[uuid.UUID, str]:
        """The names of every relative of the household (a note of a sibling may
        name a relative who is not this child's)."""
        with self.book.store.read() as session:
            return self._names(session)

    def overview(self, child_id: uuid.UUID) -> ContactOverview:
        """The page's data, read in one session so that it is one consistent picture."""
        with self.book.store.read() as session:
            stored = records.get(session, child_id)
            if stored is None or stored.record.deleted or not isinstance(stored.record, Child):
                raise LookupError(f"no child {child_id}")
            child = stored.record
            children = self._children(session)
            relatives = _relatives(session, child_id)
            notes = _notes(session, child_id)
            names = self._names(session)
        siblings = _siblings(child, children, relatives)
        sibling_ids = {s.id for s in siblings}
        note_threads = threads(notes)
        return ContactOverview(
            child=child,
            summaries=summarise(relatives, (t.current for t in note_threads), self.book.today()),
            threads=note_threads,
            relative_names=names,
            siblings_here=siblings,
            others_here=[c for c in children if c.id != child.id and c.id not in sibling_ids],
        )

    def _children(self, session: Session) -> list[Child]:
        today = self.book.today()
        found = records.list_kind(session, Child.kind, self.book.identity.household_id)
        kids = [
            c
            for c in found
            if isinstance(c, Child) and (c.placement_end is None or c.placement_end >= today)
        ]
        return sorted(kids, key=lambda c: (c.given_name.casefold(), c.family_name.casefold()))

    def _names(self, session: Session) -> dict[uuid.UUID, str]:
        found = records.list_kind(
            session, Relative.kind, self.book.identity.household_id, include_deleted=True
        )
        return {r.id: r.name for r in found if isinstance(r, Relative)}

    # Making records (stored through RecordService or an undo command) ---------------
    def new_note(self, **fields: Any) -> ContactNote:
        """A contact note written by this person, not yet stored."""
        return ContactNote(
            household_id=self.book.identity.household_id,
            author_id=self.book.identity.user_id,
            **fields,
        )

    def new_relative(self, **fields: Any) -> Relative:
        return Relative(household_id=self.book.identity.household_id, **fields)

    def problems(self, record: Record) -> list[Problem]:
        """What would make the services refuse this record today."""
        return record.problems(self.book.today())
