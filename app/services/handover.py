"""Handover notes between the people of a household, and what others wrote since
the person was last here.

A note is written for the household now chosen, by the person at the keyboard.
It shows to every other person who opens that household until they mark it read;
their receipt is a record of its own, synced, written by them alone. Supervisors
read notes in the household's timeline and write no receipts.

"Since you were last here": the moment a person leaves a household (switches to
another, locks, closes) is kept in the profile; the next time they open it, the
entries others wrote after that moment are listed on one screen.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from app.domain.handover import Handover, HandoverRead, Shift
from app.domain.records import Record
from app.services.records import RecordService, is_reviewer
from app.storage import records, timeline
from app.storage.book import Book
from app.storage.store import Store

UNREAD_DAYS = 7  # an older note no longer waits on the banner (it stays in the timeline)
LAST_HERE = "last_here:"  # + household id: when the person last left it
SINCE_KINDS = ("daily_log", "contact_note", "wellbeing_check", "handover")
SINCE_LIMIT = 500


@dataclass(frozen=True)
class NoteView:
    note: Handover
    author: str  # the writer's name, as the household knows it


@dataclass(frozen=True)
class SinceItem:
    record: Record
    author: str
    written_at: datetime


def _written(record: Record) -> datetime | None:
    made = getattr(record, "created_at", None)
    if isinstance(made, datetime):
        return made if made.tzinfo is not None else made.replace(tzinfo=UTC)
    return None


class HandoverService:
    def __init__(self, book: Book, record_service: RecordService | None = None) -> None:
        self.book = book
        self.records = record_service or RecordService(book)

    @property
    def household_id(self) -> uuid.UUID:
        return self.book.identity.household_id

    def write(self, shift: Shift, text: str, children: Sequence[uuid.UUID] = ()) -> Handover:
        """A note for whoever opens the household next, by the person at the keyboard."""
        note = Handover(
            household_id=self.household_id,
            author_id=self.book.identity.user_id,
            date=self.book.today(),
            shift=shift,
            text=text.strip(),
            children=list(children),
        )
        return self.records.create(note)

    def unread(self) -> list[NoteView]:
        """The recent notes of others in this household that the person has not
        marked read, oldest first (a supervisor has none: they read the timeline)."""
        if is_reviewer(self.book.identity.role):
            return []
        me = self.book.identity.user_id
        since = self.book.today() - timedelta(days=UNREAD_DAYS)
        with self.book.store.read() as session:
            notes = [
                n
                for n in records.list_kind(session, Handover.kind, self.household_id)
                if isinstance(n, Handover) and n.author_id != me and n.date >= since
            ]
            mine = records.get_many(session, [HandoverRead.id_for(n.id, me) for n in notes])
            names = records.people_names(session)
        waiting = [n for n in notes if str(HandoverRead.id_for(n.id, me)) not in mine]
        waiting.sort(key=lambda n: (n.date, n.created_at))
        return [NoteView(n, names.get(n.author_id, "")) for n in waiting]

    def mark_read(self, note_id: uuid.UUID) -> HandoverRead | None:
        """The person's receipt of the note (once: None when it exists already)."""
        me = self.book.identity.user_id
        receipt_id = HandoverRead.id_for(note_id, me)
        with self.book.store.write() as session:
            if records.exists(session, receipt_id):
                return None
            note = records.get(session, note_id)
            if note is None or not isinstance(note.record, Handover):
                return None
            receipt = HandoverRead(
                id=receipt_id,
                household_id=note.record.household_id,
                handover_id=note_id,
                author_id=me,
            )
            return self.records.create_in(session, receipt)

    def readers(self, note_id: uuid.UUID) -> list[str]:
        """Who marked the note read, by name."""
        with self.book.store.read() as session:
            found = [
                r
                for r in records.list_kind(session, HandoverRead.kind, None)
                if isinstance(r, HandoverRead) and r.handover_id == note_id
            ]
            names = records.people_names(session)
        return sorted(names.get(r.author_id, "") for r in found)

    # Since you were last here ---------------------------------------------------------
    def last_here(self) -> datetime | None:
        value = self.book.store.get_meta(LAST_HERE + str(self.household_id))
        return datetime.fromisoformat(value) if value else None

    def leave(self, at: datetime | None = None, household_id: uuid.UUID | None = None) -> None:
        """The person leaves the household (by default the one chosen) now or ``at``
        (switches away, locks, closes)."""
        when = (at or datetime.now(UTC)).isoformat(timespec="seconds")
        household = household_id or self.household_id
        with self.book.store.write() as session:
            Store.set_meta(session, LAST_HERE + str(household), when)

    def since_last(self) -> list[SinceItem]:
        """What others wrote in this household since the person last left it, newest
        first; empty when they never left it yet."""
        last = self.last_here()
        if last is None:
            return []
        me = self.book.identity.user_id
        with self.book.store.read() as session:
            page = timeline.timeline(
                session,
                household_id=self.household_id,
                kinds=list(SINCE_KINDS),
                start=last.date(),
                limit=SINCE_LIMIT,
            )
            names = records.people_names(session)
        out: list[SinceItem] = []
        for stored in page.items:
            record = stored.record
            written = _written(record)
            author = getattr(record, "author_id", None)
            if written is None or written <= last or author == me:
                continue
            out.append(SinceItem(record, names.get(author, "") if author else "", written))
        out.sort(key=lambda i: i.written_at, reverse=True)
        return out
