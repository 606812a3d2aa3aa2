"""Creating, changing, deleting and amending records: the one path every local
change takes, so that each is validated, stamped and put in the outbox.

Entries (daily logs, contact notes) can be edited by their author until they
were synced or are a day old; after that a correction is an amendment with a
reason, and the original stays as it was written.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any, TypeVar

from app.domain.messages import QT_TRANSLATE_NOOP, Message, ThuisboekError
from app.domain.records import (
    ENTRY_KINDS,
    DailyLog,
    Entry,
    Record,
    Review,
    parse_record,
    with_changes,
)
from app.domain.vocabulary import Role
from app.storage import records
from app.storage.book import Book
from app.storage.records import Stored
from app.storage.rows import Unit
from app.storage.store import Store

CTX = "Records"
EDIT_WINDOW = timedelta(days=1)
# Fields that say what a record is, who made it and where it sits in sync: a
# change never sets them directly.
PROTECTED_FIELDS = frozenset(
    {
        "id",
        "household_id",
        "version",
        "modified_at",
        "modified_by",
        "device_id",
        "deleted",
        "author_id",
        "created_at",
        "amends_id",
    }
)

# What a supervisor's device writes: reviews, and the resolution of a conflict
# revision (the server allows the same, app.server.services.push).
REVIEWER_KINDS = frozenset({"review", "conflict_revision"})

R = TypeVar("R", bound=Record)


def is_reviewer(role: Role) -> bool:
    """Supervisors, and administrators given households (the server treats them
    alike): they review the household's records and write none of their own."""
    return role in (Role.SUPERVISOR, Role.ADMIN)


class RecordNotFound(ThuisboekError):
    def __init__(self, record_id: uuid.UUID | str) -> None:
        super().__init__(
            Message(CTX, QT_TRANSLATE_NOOP("Records", "This record does not exist (any more)."))
        )
        self.record_id = record_id


class EntryLocked(ThuisboekError):
    """An entry that can no longer be edited in place."""


def _locked(text: str) -> EntryLocked:
    return EntryLocked(Message(CTX, text))


@dataclass(frozen=True)
class Editability:
    editable: bool
    reason: Message | None = None


class RecordService:
    def __init__(self, book: Book) -> None:
        self.book = book

    # Reading ------------------------------------------------------------------------
    def get(self, record_id: uuid.UUID) -> Stored:
        with self.book.store.read() as session:
            stored = records.get(session, record_id)
        if stored is None:
            raise RecordNotFound(record_id)
        return stored

    def editability(self, stored: Stored, now: datetime | None = None) -> Editability:
        record = stored.record
        identity = self.book.identity
        if record.deleted:
            return Editability(
                False, Message(CTX, QT_TRANSLATE_NOOP("Records", "This record was deleted."))
            )
        if is_reviewer(identity.role) and record.kind not in REVIEWER_KINDS:
            return Editability(
                False,
                Message(
                    CTX,
                    QT_TRANSLATE_NOOP(
                        "Records",
                        "Supervisors add reviews; they do not change the household's records.",
                    ),
                ),
            )
        if isinstance(record, Review) and record.author_id != identity.user_id:
            return Editability(
                False,
                Message(
                    CTX, QT_TRANSLATE_NOOP("Records", "Only its author can change this review.")
                ),
            )
        if not isinstance(record, Entry) or record.kind not in ENTRY_KINDS:
            return Editability(True)
        if record.author_id != identity.user_id:
            return Editability(
                False,
                Message(
                    CTX,
                    QT_TRANSLATE_NOOP(
                        "Records",
                        "Only its author can change this entry. Add an amendment with a reason.",
                    ),
                ),
            )
        now = now or datetime.now(UTC)
        if stored.ever_synced or now - record.created_at > EDIT_WINDOW:
            return Editability(
                False,
                Message(
                    CTX,
                    QT_TRANSLATE_NOOP(
                        "Records",
                        "This entry is kept as it was written (it was synced or is more than "
                        "a day old). Add an amendment with a reason instead.",
                    ),
                ),
            )
        return Editability(True)

    # Writing ------------------------------------------------------------------------
    def _stamp(self, record: R, version: int) -> R:
        return record.model_copy(
            update={
                "version": version,
                "modified_at": self.book.clock.now(),
                "modified_by": self.book.identity.user_id,
                "device_id": self.book.identity.device_id,
            }
        )

    def _put(
        self,
        session: Unit,
        record: Record,
        base_version: int,
        *,
        new: bool = False,
        before: Stored | None = None,
    ) -> Record:
        stamped = self._stamp(record, base_version + 1)
        records.put_local(session, stamped, base_version, new=new, before=before)
        Store.set_meta(session, "clock", self.book.clock.last)
        return stamped

    def create(self, record: R) -> R:
        """Store a new record made on this device (on the connection itself,
        ``Store.write_bare``)."""
        with self.book.store.write_bare() as session:
            return self.create_in(session, record)

    def create_in(self, session: Unit, record: R, *, looked_up: bool = False) -> R:
        """``create`` inside the caller's unit of work (several changes, one transaction).
        ``looked_up``: the caller made the record with a fresh id and has just found,
        in this transaction, no log of its author for that child and day; neither
        is looked for again (the unique id is still enforced by the store)."""
        record.check(self.book.today())
        if is_reviewer(self.book.identity.role) and record.kind != "review":
            raise _locked(
                QT_TRANSLATE_NOOP(
                    "Records",
                    "Supervisors add reviews; they do not change the household's records.",
                )
            )
        if not looked_up:
            if records.exists(session, record.id):
                raise ValueError(f"record {record.id} exists already")
            self._check_unique(session, record)
        stored = self._put(session, record, 0, new=True)
        assert isinstance(stored, type(record))
        return stored

    def _check_unique(self, session: Unit, record: Record) -> None:
        """One daily log per child, day and author (amendments aside)."""
        if not isinstance(record, DailyLog) or record.amends_id is not None:
            return
        for found in records.stored_on(session, record.child_id, DailyLog.kind, record.date):
            other = found.record
            assert isinstance(other, DailyLog)
            if (
                other.id != record.id
                and other.date == record.date
                and other.author_id == record.author_id
                and other.amends_id is None
            ):
                raise _locked(
                    QT_TRANSLATE_NOOP(
                        "Records", "There is already a log of yours for this child on this day."
                    )
                )

    def update(self, record_id: uuid.UUID, **changes: Any) -> Record:
        """Change fields of a record in place (profiles always; entries while editable)."""
        with self.book.store.write_bare() as session:
            return self.update_in(session, record_id, **changes)

    def update_in(self, session: Unit, record_id: uuid.UUID, **changes: Any) -> Record:
        """``update`` inside the caller's unit of work (several changes, one transaction)."""
        bad = PROTECTED_FIELDS.intersection(changes)
        if bad:
            raise ValueError(f"cannot change {sorted(bad)} directly")
        stored = records.get(session, record_id)
        if stored is None:
            raise RecordNotFound(record_id)
        return self.change_in(session, stored, changes)

    def change_in(self, session: Unit, stored: Stored, changes: dict[str, Any]) -> Record:
        """``update_in`` of a record the caller has just read in this transaction (not
        read again). Only the changed fields are validated; the record's rules are
        checked as a whole, and only the links and words that changed are rewritten."""
        bad = PROTECTED_FIELDS.intersection(changes)
        if bad:
            raise ValueError(f"cannot change {sorted(bad)} directly")
        verdict = self.editability(stored)
        if not verdict.editable:
            assert verdict.reason is not None
            raise EntryLocked(verdict.reason)
        changed = with_changes(stored.record, changes)
        changed.check(self.book.today())
        return self._put(session, changed, stored.record.version, before=stored)

    def _editable(self, session: Unit, record_id: uuid.UUID) -> Stored:
        """The stored record, when it may still be changed in place."""
        stored = records.get(session, record_id)
        if stored is None:
            raise RecordNotFound(record_id)
        verdict = self.editability(stored)
        if not verdict.editable:
            assert verdict.reason is not None
            raise EntryLocked(verdict.reason)
        return stored

    def delete(self, record_id: uuid.UUID) -> Record:
        """Soft-delete: the record becomes a tombstone that syncs like any change."""
        with self.book.store.write_bare() as session:
            return self.delete_in(session, record_id)

    def delete_in(self, session: Unit, record_id: uuid.UUID) -> Record:
        """``delete`` inside the caller's unit of work."""
        stored = self._editable(session, record_id)
        tomb = stored.record.model_copy(update={"deleted": True})
        return self._put(session, tomb, stored.record.version, before=stored)

    def restore(self, record_id: uuid.UUID) -> Record:
        """Undo a delete that has not left this device yet."""
        with self.book.store.write_bare() as session:
            return self.restore_in(session, record_id)

    def restore_in(self, session: Unit, record_id: uuid.UUID) -> Record:
        """``restore`` inside the caller's unit of work."""
        stored = records.get(session, record_id)
        if stored is None:
            raise RecordNotFound(record_id)
        if not stored.record.deleted:
            return stored.record
        if stored.sync_state != "pending":
            raise _locked(
                QT_TRANSLATE_NOOP(
                    "Records", "This deletion has been synced already and cannot be undone."
                )
            )
        alive = stored.record.model_copy(update={"deleted": False})
        return self._put(session, alive, stored.record.version, before=stored)

    def amend(self, original_id: uuid.UUID, reason: str, **changes: Any) -> Entry:
        """A correction of an entry, kept beside the original with its reason."""
        with self.book.store.write_bare() as session:
            return self.amend_in(session, original_id, reason, **changes)

    def amend_in(self, session: Unit, original_id: uuid.UUID, reason: str, **changes: Any) -> Entry:
        """``amend`` inside the caller's unit of work."""
        bad = PROTECTED_FIELDS.intersection(changes)
        if bad:
            raise ValueError(f"cannot change {sorted(bad)} directly")
        stored = records.get(session, original_id)
        if stored is None or stored.record.deleted:
            raise RecordNotFound(original_id)
        original = stored.record
        if not isinstance(original, Entry):
            raise ValueError("only entries are amended")
        if is_reviewer(self.book.identity.role):
            raise _locked(
                QT_TRANSLATE_NOOP(
                    "Records",
                    "Supervisors add reviews; they do not change the household's records.",
                )
            )
        data = original.model_dump(mode="json", by_alias=True)
        data.update(changes)
        data.update(
            id=str(uuid.uuid4()),
            author_id=str(self.book.identity.user_id),
            created_at=datetime.now(UTC).isoformat(),
            amends_id=str(original.id),
            amendment_reason=reason,
            version=0,
        )
        amendment = parse_record(original.kind, data)
        amendment.check(self.book.today())
        stamped = self._put(session, amendment, 0, new=True)  # a fresh id
        assert isinstance(stamped, Entry)
        return stamped
