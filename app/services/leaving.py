"""A child leaves care: a supervisor closes the placement from their laptop with
the day it ended and where the child goes; the household's laptops erase the
child once their own changes about the child reached the office
(``app.storage.leaving``, docs/leaving-care.md)."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, datetime

from app.domain.messages import QT_TRANSLATE_NOOP, Message, ThuisboekError
from app.domain.records import Child
from app.domain.vocabulary import PlacementOutcome
from app.services.records import RecordNotFound, RecordService, is_reviewer
from app.storage import leaving, records
from app.storage.book import Book

CTX = "Leaving"


class NotYours(ThuisboekError):
    """Closing a placement is a supervisor's."""


@dataclass(frozen=True)
class Departure:
    """A child's closed placement as this laptop sees it."""

    child: Child
    synced: bool  # the closing reached the office (or came from it)
    waiting: int  # changes about the child still to be sent from here
    leaves_after: datetime | None = None  # the child is erased at the first sync after


class LeavingService:
    def __init__(self, book: Book) -> None:
        self.book = book
        self.records = RecordService(book)

    def can_close(self) -> bool:
        return is_reviewer(self.book.identity.role)

    def close(self, child_id: uuid.UUID, ended: date, outcome: PlacementOutcome) -> Child:
        """Record that the child's placement ended on ``ended`` and where the child
        goes; it syncs like any change (the server checks who sends it)."""
        if not self.can_close():
            raise NotYours(
                Message(
                    CTX,
                    QT_TRANSLATE_NOOP(
                        "Leaving",
                        "A supervisor or the central office closes a placement.",
                    ),
                )
            )
        with self.book.store.write() as session:
            stored = records.get(session, child_id)
            if stored is None or not isinstance(stored.record, Child) or stored.record.deleted:
                raise RecordNotFound(child_id)
            child = stored.record
            closed = child.model_copy(update={"placement_end": ended, "placement_outcome": outcome})
            closed.check(self.book.today())
            written = self.records._put(session, closed, child.version)
        assert isinstance(written, Child)
        return written

    def departure(self, child_id: uuid.UUID) -> Departure | None:
        """The child's closed placement, or None while the child is in care here."""
        with self.book.store.read() as session:
            stored = records.get(session, child_id)
            if stored is None or not isinstance(stored.record, Child):
                return None
            if not stored.record.has_left():
                return None
            found = {x.child.id: x for x in leaving.leaving(session)}
            waiting = leaving.waiting_about(session, child_id)
        synced = stored.sync_state == "synced"
        mine = found.get(child_id)
        if mine is None:  # the closing has not reached the office yet
            return Departure(stored.record, synced, waiting)
        return Departure(stored.record, synced, mine.waiting, mine.leaves_after)
