"""Tonight's log for a child: find it, save it, and keep the unsaved draft safe.

A draft lives inside the encrypted store (never in a plain file), so closing
the app or an auto-lock never loses what was typed; it is not synced.
"""

from __future__ import annotations

import json
import uuid
from datetime import date, timedelta
from typing import Any

from sqlmodel import col, select

from app.domain.records import DailyLog
from app.services.records import RecordService
from app.storage import records, timeline
from app.storage.book import Book
from app.storage.store import Store
from app.storage.tables import Meta

LOG_FIELDS = (
    "mood", "sleep", "eating", "health", "medication", "school", "activities", "moments",
    "text", "flag", "severity",
)  # fmt: skip


def _draft_key(user_id: uuid.UUID, child_id: uuid.UUID, day: date) -> str:
    return f"draft:{user_id}:{child_id}:{day.isoformat()}"


class DailyLogService:
    def __init__(self, book: Book) -> None:
        self.book = book
        self.records = RecordService(book)

    def logs_on(self, child_id: uuid.UUID, day: date) -> list[DailyLog]:
        """Every log of the child on that day, by anyone, amendments included."""
        with self.book.store.read() as session:
            found = records.for_child(session, child_id, [DailyLog.kind], on=day)
        return [r for r in found if isinstance(r, DailyLog)]

    def my_log(self, child_id: uuid.UUID, day: date) -> DailyLog | None:
        """This person's own (original) log of the child for that day."""
        for log in self.logs_on(child_id, day):
            if log.author_id == self.book.identity.user_id and log.amends_id is None:
                return log
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

    def save(self, child_id: uuid.UUID, day: date, fields: dict[str, Any]) -> DailyLog:
        """Create this person's log for the day, or change it while it may be changed.
        The draft is dropped once the log is safely stored."""
        unknown = set(fields) - set(LOG_FIELDS)
        if unknown:
            raise ValueError(f"not log fields: {sorted(unknown)}")
        existing = self.my_log(child_id, day)
        if existing is None:
            saved = self.records.create(
                DailyLog(
                    household_id=self.book.identity.household_id,
                    child_id=child_id,
                    author_id=self.book.identity.user_id,
                    date=day,
                    **fields,
                )
            )
        else:
            changed = self.records.update(existing.id, **fields)
            assert isinstance(changed, DailyLog)
            saved = changed
        self.discard_draft(child_id, day)
        return saved

    # Drafts -------------------------------------------------------------------------
    def save_draft(self, child_id: uuid.UUID, day: date, fields: dict[str, Any]) -> None:
        key = _draft_key(self.book.identity.user_id, child_id, day)
        with self.book.store.write() as session:
            Store.set_meta(session, key, json.dumps(fields, default=str))

    def load_draft(self, child_id: uuid.UUID, day: date) -> dict[str, Any] | None:
        value = self.book.store.get_meta(_draft_key(self.book.identity.user_id, child_id, day))
        return json.loads(value) if value else None

    def discard_draft(self, child_id: uuid.UUID, day: date) -> None:
        key = _draft_key(self.book.identity.user_id, child_id, day)
        with self.book.store.write() as session:
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
