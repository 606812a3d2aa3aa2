"""Tonight's log for a child: find it, save it, and keep the unsaved draft safe.

A draft lives inside the encrypted store (never in a plain file), so closing
the app or an auto-lock never loses what was typed; it is not synced.
"""

from __future__ import annotations

import json
import uuid
from datetime import date, timedelta
from typing import Any

from sqlmodel import Session, col, select

from app.domain.records import DailyLog
from app.services.records import RecordService
from app.storage import records, timeline
from app.storage.book import Book
from app.storage.records import Stored
from app.storage.rows import Unit
from app.storage.store import Store
from app.storage.tables import Meta

LOG_FIELDS = (
    "mood", "sleep", "eating", "health", "medication", "school", "activities", "moments",
    "text", "flag", "severity", "incident",
)  # fmt: skip


def _logs_on(session: Session, child_id: uuid.UUID, day: date) -> list[DailyLog]:
    found = records.for_child(session, child_id, [DailyLog.kind], on=day)
    return [r for r in found if isinstance(r, DailyLog)]


def _draft_in(session: Session, key: str) -> dict[str, Any] | None:
    row = session.get(Meta, key)
    return json.loads(row.value) if row is not None and row.value else None


def _draft_key(user_id: uuid.UUID, child_id: uuid.UUID, day: date) -> str:
    return f"draft:{user_id}:{child_id}:{day.isoformat()}"


class DailyLogService:
    def __init__(self, book: Book) -> None:
        self.book = book
        self.records = RecordService(book)

    def logs_on(self, child_id: uuid.UUID, day: date) -> list[DailyLog]:
        """Every log of the child on that day, by anyone, amendments included."""
        with self.book.store.read() as session:
            return _logs_on(session, child_id, day)

    def my_log(self, child_id: uuid.UUID, day: date) -> DailyLog | None:
        """This person's own (original) log of the child for that day."""
        with self.book.store.read() as session:
            return self._my_log(session, child_id, day)

    def _my_log(self, session: Session, child_id: uuid.UUID, day: date) -> DailyLog | None:
        mine = self._my_stored(session, child_id, day)
        return mine.record if mine is not None and isinstance(mine.record, DailyLog) else None

    def _my_stored(self, session: Unit, child_id: uuid.UUID, day: date) -> Stored | None:
        for stored in records.stored_on(session, child_id, DailyLog.kind, day):
            log = stored.record
            if (
                isinstance(log, DailyLog)
                and log.author_id == self.book.identity.user_id
                and log.amends_id is None
            ):
                return stored
        return None

    def previous_log(self, child_id: uuid.UUID, before: date) -> DailyLog | None:
        """The latest log of the child before a day, whoever wrote it."""
        with self.book.store.read() as session:
            page = timeline.timeline(
                session, child_id=child_id, kinds=[DailyLog.kind],
                end=before - timedelta(days=1), limit=1,
            )  # fmt: skip
        if page.items and isinstance(page.items[0].record, DailyLog):
            return page.items[0].record
        return None

    # Writing ------------------------------------------------------------------------
    # Each is one unit of work: the log and its draft change together or not at all.
    def save(self, child_id: uuid.UUID, day: date, fields: dict[str, Any]) -> DailyLog:
        """Create this person's log for the day, or change it while it may be changed.
        The draft is dropped with the same commit that stores the log. The whole
        transaction runs on the connection itself (``Store.write_bare``)."""
        unknown = set(fields) - set(LOG_FIELDS)
        if unknown:
            raise ValueError(f"not log fields: {sorted(unknown)}")
        with self.book.store.write_bare() as session:
            existing = self._my_stored(session, child_id, day)
            if existing is None:
                saved = self.records.create_in(
                    session,
                    DailyLog(
                        household_id=self.book.identity.household_id,
                        child_id=child_id,
                        author_id=self.book.identity.user_id,
                        date=day,
                        **fields,
                    ),
                    looked_up=True,  # a fresh id, and no log of this person that day
                )
            else:
                changed = self.records.change_in(session, existing, fields)
                assert isinstance(changed, DailyLog)
                saved = changed
            Store.delete_meta(session, self._key(child_id, day))
        return saved

    def amend(
        self,
        original_id: uuid.UUID,
        reason: str,
        fields: dict[str, Any],
        *,
        drop_draft: bool = False,
    ) -> DailyLog:
        """An amendment of a log; with ``drop_draft`` the draft of that day, which
        the amendment took up, goes with the same commit."""
        with self.book.store.write() as session:
            amendment = self.records.amend_in(session, original_id, reason, **fields)
            assert isinstance(amendment, DailyLog)
            if drop_draft:
                Store.delete_meta(session, self._key(amendment.child_id, amendment.date))
        return amendment

    def withdraw(self, log: DailyLog, draft: dict[str, Any] | None = None) -> DailyLog:
        """Take back a log just added (a tombstone); ``draft`` words go back into
        the day's draft, in the same commit, so that nothing typed is lost."""
        with self.book.store.write() as session:
            tomb = self.records.delete_in(session, log.id)
            if draft is not None:
                Store.set_meta(
                    session, self._key(log.child_id, log.date), json.dumps(draft, default=str)
                )
        assert isinstance(tomb, DailyLog)
        return tomb

    def bring_back(self, log: DailyLog, draft: dict[str, Any] | None = None) -> DailyLog:
        """Restore a withdrawn log; the day's draft goes with it when it still
        holds ``draft`` (a draft typed since is newer work and stays)."""
        key = self._key(log.child_id, log.date)
        with self.book.store.write() as session:
            alive = self.records.restore_in(session, log.id)
            if draft is not None and _draft_in(session, key) == draft:
                Store.delete_meta(session, key)
        assert isinstance(alive, DailyLog)
        return alive

    # Drafts -------------------------------------------------------------------------
    def _key(self, child_id: uuid.UUID, day: date) -> str:
        return _draft_key(self.book.identity.user_id, child_id, day)

    def save_draft(self, child_id: uuid.UUID, day: date, fields: dict[str, Any]) -> None:
        key = self._key(child_id, day)
        with self.book.store.write() as session:
            Store.set_meta(session, key, json.dumps(fields, default=str))

    def load_draft(self, child_id: uuid.UUID, day: date) -> dict[str, Any] | None:
        value = self.book.store.get_meta(self._key(child_id, day))
        return json.loads(value) if value else None

    def keep_draft(self, child_id: uuid.UUID, day: date, fields: dict[str, Any]) -> bool:
        """Keep these words as the day's draft unless one is there already (newer
        work); whether they were kept."""
        key = self._key(child_id, day)
        with self.book.store.write() as session:
            if session.get(Meta, key) is not None:
                return False
            Store.set_meta(session, key, json.dumps(fields, default=str))
        return True

    def discard_draft(
        self, child_id: uuid.UUID, day: date, *, only: dict[str, Any] | None = None
    ) -> None:
        """Drop the day's draft; with ``only``, just when it still holds those words."""
        key = self._key(child_id, day)
        with self.book.store.write() as session:
            if only is None or _draft_in(session, key) == only:
                Store.delete_meta(session, key)

    def drafts(self) -> list[tuple[uuid.UUID, date]]:
        """(child, day) of every draft of this person, oldest first."""
        prefix = f"draft:{self.book.identity.user_id}:"
        with self.book.store.read() as session:
            keys = session.exec(select(Meta.key).where(col(Meta.key).startswith(prefix))).all()
        out = []
        for key in keys:
            child, day = key[len(prefix) :].split(":")
            out.append((uuid.UUID(child), date.fromisoformat(day)))
        return sorted(out, key=lambda x: x[1])
