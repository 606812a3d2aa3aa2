"""A child's (or the whole household's) records in date order, and search."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date

from app.storage import records, timeline
from app.storage.book import Book
from app.storage.records import Stored
from app.storage.timeline import (
    StoredRow,
    TimelineCursor,
    TimelinePage,
    TimelineRows,
    stored,
)

# Plain data the windows read: a stored record, and where a page of them ends.

__all__ = [
    "AUTHORS_SPAN",
    "TIMELINE_KINDS",
    "AuthorsRead",
    "Stored",
    "StoredRow",
    "TimelineCursor",
    "TimelineFilter",
    "TimelinePage",
    "TimelineRows",
    "TimelineService",
    "stored",
]

TIMELINE_KINDS = ("daily_log", "milestone_observation", "contact_note", "review")
AUTHORS_SPAN = 1000  # rowids of the store read in one step of finding the authors


@dataclass(frozen=True)
class AuthorsRead:
    """How far the authors of a household were read: who was found up to rowid
    ``after``; once ``done``, ``people`` holds them with their names, by name."""

    ids: frozenset[uuid.UUID] = frozenset()
    after: int = 0
    done: bool = False
    people: list[tuple[uuid.UUID, str]] = field(default_factory=list)


@dataclass(frozen=True)
class TimelineFilter:
    child_id: uuid.UUID | None = None  # None: the whole household
    kinds: Sequence[str] = TIMELINE_KINDS
    start: date | None = None
    end: date | None = None
    household_id: uuid.UUID | None = None  # None: this profile's own household
    author_id: uuid.UUID | None = None  # None: whoever wrote it


class TimelineService:
    def __init__(self, book: Book) -> None:
        self.book = book

    def page(
        self, where: TimelineFilter, after: TimelineCursor | None = None, limit: int = 100
    ) -> TimelinePage:
        rows = self.page_rows(where, after, limit)
        return TimelinePage([stored(r) for r in rows.rows], rows.next_cursor)

    def page_rows(
        self, where: TimelineFilter, after: TimelineCursor | None = None, limit: int = 100
    ) -> TimelineRows:
        """The same page as stored rows, parsed by the caller (``stored``)."""
        scope = (
            {"child_id": where.child_id}
            if where.child_id is not None
            else {"household_id": where.household_id or self.book.identity.household_id}
        )
        with self.book.store.read() as session:
            return timeline.timeline_rows(
                session,
                **scope,
                kinds=list(where.kinds),
                start=where.start,
                end=where.end,
                after=after,
                limit=limit,
                author_id=where.author_id,
            )

    def authors(self, household_id: uuid.UUID | None = None) -> list[tuple[uuid.UUID, str]]:
        """The people who wrote in the household (by name), for the filter by author."""
        found = AuthorsRead()
        while not found.done:
            found = self.authors_step(household_id, found, span=None)
        return found.people

    def authors_step(
        self,
        household_id: uuid.UUID | None,
        so_far: AuthorsRead,
        span: int | None = AUTHORS_SPAN,
    ) -> AuthorsRead:
        """One step of reading who wrote in the household: the records stored in
        the next ``span`` rowids (all of them with None). The last step puts names
        to them. Each step is short, so other reads get their turn in between."""
        household = household_id or self.book.identity.household_id
        with self.book.store.read() as session:
            top = timeline.last_rowid(session)
            upto = None if span is None else so_far.after + span
            ids = so_far.ids.union(
                timeline.authors(session, household, after_rowid=so_far.after, upto_rowid=upto)
            )
            if upto is not None and upto < top:
                return AuthorsRead(ids, upto)
            names = records.people_names(session)
        people = sorted(((i, names[i]) for i in ids if i in names), key=lambda p: p[1].casefold())
        return AuthorsRead(ids, top, done=True, people=people)

    def related(self, record_id: uuid.UUID) -> list[Stored]:
        """Amendments, reviews and conflict revisions of a record, oldest first."""
        with self.book.store.read() as session:
            return records.related(session, record_id)

    def search(
        self,
        words: str,
        child_id: uuid.UUID | None = None,
        limit: int = 200,
        household_id: uuid.UUID | None = None,
    ) -> list[Stored]:
        """Records of the household (by default this profile's own) whose texts hold
        all the words, most recently written first."""
        with self.book.store.read() as session:
            return timeline.search(
                session,
                words,
                child_id=child_id,
                household_id=household_id or self.book.identity.household_id,
                limit=limit,
            )
