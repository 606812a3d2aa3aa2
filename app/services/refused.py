"""Changes the central office refused (docs/architecture.md, "Never silent").

A push the server refuses leaves the record on this computer as it was written,
marked with the server's reason (app.sync.engine); it blocks nothing else. Here
those records are listed in words a person recognises, and sent again on
request: once the office has put right what it objected to (a household given
back, a person's rights changed) or the person has corrected the record.

Sending again changes nothing in the record. Its stored content goes back in the
outbox as it is, the record is pending again, and the next sync offers it to the
server like any change. Nothing is ever deleted here.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime

from app.domain.clock import Stamp
from app.domain.records import ContactNote, MilestoneObservation, Record
from app.services.review import name_of, summary_of
from app.storage import outbox, records
from app.storage.book import Book
from app.storage.records import Stored


@dataclass(frozen=True)
class RefusedItem:
    """One refused change, as the list of refused changes shows it."""

    record_id: uuid.UUID
    kind: str
    household_id: uuid.UUID
    household_name: str
    day: date | None  # the day a log, contact or observation is about
    label: str  # who it is about: the record's own name, else its children (and relatives)
    summary: str  # its first words, on one line
    milestone_item: str | None  # an observation's catalog item
    deleted: bool  # the refused change is a deletion
    amendment: bool  # the refused change is an amendment of an entry
    reason: str  # the server's words, as it gave them
    modified_at: str  # the change's stamp
    changed_at: datetime | None  # when it was made (from the stamp)


def stamp_time(stamp: str) -> datetime | None:
    """The moment a hybrid-clock stamp was issued, if it is one."""
    try:
        millis = Stamp.parse(stamp).millis
    except ValueError:
        return None
    return datetime.fromtimestamp(millis / 1000, UTC) if millis > 0 else None


def _names_wanted(record: Record) -> list[uuid.UUID]:
    wanted = [record.household_id, *record.child_ids()]
    if isinstance(record, ContactNote):
        wanted += record.relatives
    return wanted


def _label(record: Record, names: dict[uuid.UUID, str]) -> str:
    own = name_of(record)
    if own:
        return own
    who = [names[c] for c in record.child_ids() if names.get(c)]
    if isinstance(record, ContactNote):
        who += [names[r] for r in record.relatives if names.get(r)]
    return ", ".join(dict.fromkeys(who))


def _item(stored: Stored, names: dict[uuid.UUID, str]) -> RefusedItem:
    record = stored.record
    return RefusedItem(
        record_id=record.id,
        kind=record.kind,
        household_id=record.household_id,
        household_name=names.get(record.household_id, ""),
        day=record.day(),
        label=_label(record, names),
        summary=summary_of(record),
        milestone_item=record.item_id if isinstance(record, MilestoneObservation) else None,
        deleted=record.deleted,
        amendment=getattr(record, "amends_id", None) is not None,
        reason=stored.reject_reason,
        modified_at=record.modified_at,
        changed_at=stamp_time(record.modified_at),
    )


class RefusedService:
    def __init__(self, book: Book) -> None:
        self.book = book

    def count(self) -> int:
        with self.book.store.read() as session:
            return outbox.count_rejected(session)

    def refused(self) -> list[RefusedItem]:
        """Every record whose last change the server refused, the latest change first."""
        with self.book.store.read() as session:
            rows = outbox.list_rejected(session)
            wanted = [i for s in rows for i in _names_wanted(s.record)]
            found = records.get_many(session, wanted) if wanted else {}
        names = {s.record.id: name_of(s.record) for s in found.values()}
        return [_item(s, names) for s in rows]

    def send_again(self, record_ids: Iterable[uuid.UUID]) -> list[uuid.UUID]:
        """Put these refused records back in the outbox, unchanged, for the next
        sync; returns the ones queued (a record no longer refused is skipped)."""
        with self.book.store.write() as session:
            queued = outbox.requeue_rejected(session, record_ids)
        return [uuid.UUID(r) for r in queued]
