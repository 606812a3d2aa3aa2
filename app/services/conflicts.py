"""Conflict revisions: the values that lost when two devices changed the same
fields of a record, listed per household and resolved (docs/architecture.md, "Conflicts").

Resolving marks the revision resolved, with a note, and either keeps the
record as it is ("current") or writes the losing values onto it ("losing").
Both are ordinary changes: validated, stamped, in the outbox, synced — and
written in one transaction, so a revision is never marked resolved without its
values applied, or the other way round.

Who may do what: applying the losing values is an edit of the record, under
the record's usual rules (RecordService.editability). So a supervisor, who
does not change the household's records, resolves by keeping the current
values with a note; a caregiver can apply the losing values of a profile, or
of an entry while it may still be edited; a synced entry is corrected with an
amendment instead. ``ConflictItem.can_apply_losing`` says beforehand.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from sqlmodel import Session

from app.domain.changes import ChangeSet
from app.domain.messages import QT_TRANSLATE_NOOP, Message
from app.domain.records import MEDIUM_TEXT, ConflictRevision, Record
from app.services.changes import changes_of
from app.services.records import PROTECTED_FIELDS, RecordNotFound, RecordService, is_reviewer
from app.services.review import name_of, scope, summary_of
from app.storage import records
from app.storage.book import Book

CTX = "Conflicts"


class Keep(StrEnum):
    CURRENT = "current"
    LOSING = "losing"


@dataclass(frozen=True)
class FieldConflict:
    name: str
    current: Any  # the value the record holds now
    winning: Any  # the value that won the merge
    losing: Any  # the value that lost it


@dataclass(frozen=True)
class ConflictItem:
    revision_id: uuid.UUID
    household_id: uuid.UUID
    target_id: uuid.UUID
    target_kind: str
    target_label: str  # the record's name or first words, for display
    target_exists: bool
    child_ids: tuple[uuid.UUID, ...]
    fields: tuple[FieldConflict, ...]
    losing_modified_at: str
    losing_modified_by: uuid.UUID | None
    losing_author_name: str
    losing_device: str
    created_at: str
    resolved: bool
    resolution_note: str
    can_apply_losing: bool
    cannot_apply_reason: Message | None


@dataclass(frozen=True)
class Resolution:
    """A settled conflict: the revision as stored, and what the settling wrote."""

    revision: ConflictRevision
    changes: ChangeSet


def _label(record: Record) -> str:
    return name_of(record) or summary_of(record)


class ConflictService:
    def __init__(self, book: Book, records: RecordService | None = None) -> None:
        self.book = book
        self.records = records or RecordService(book)

    def revisions(
        self, household_id: uuid.UUID | None = None, *, include_resolved: bool = False
    ) -> list[ConflictItem]:
        """The conflict revisions of the households in scope, newest first."""
        households = scope(self.book)
        if household_id is not None:
            households = [h for h in households if h == household_id]
        with self.book.store.read() as session:
            people = records.people_names(session)
            out = []
            for household in households:
                for revision in records.list_kind(session, ConflictRevision.kind, household):
                    assert isinstance(revision, ConflictRevision)
                    if revision.resolved and not include_resolved:
                        continue
                    out.append(self._item(session, revision, people))
        return sorted(out, key=lambda c: (c.created_at, str(c.revision_id)), reverse=True)

    def get(self, revision_id: uuid.UUID) -> ConflictItem:
        with self.book.store.read() as session:
            revision = self._revision(session, revision_id)
            return self._item(session, revision, records.people_names(session))

    def resolve(
        self, revision_id: uuid.UUID, keep: Keep | str = Keep.CURRENT, note: str = ""
    ) -> Resolution:
        """Settle a conflict: keep the record as it is, or apply the losing values;
        either way the revision is marked resolved with the note."""
        keep = Keep(keep)
        note = note.strip()
        if len(note) > MEDIUM_TEXT:
            raise ValueError(f"a resolution note holds at most {MEDIUM_TEXT} characters")
        with self.book.store.write() as session:
            revision = self._revision(session, revision_id)
            target = None
            if keep == Keep.LOSING:
                losing = self._losing_changes(revision)
                if losing:
                    target = self.records.update_in(session, revision.target_id, **losing)
            resolved = self.records.update_in(
                session, revision.id, resolved=True, resolution_note=note
            )
        assert isinstance(resolved, ConflictRevision)
        return Resolution(resolved, changes_of(resolved, target))

    # Helpers ------------------------------------------------------------------------
    def _revision(self, session: Session, revision_id: uuid.UUID) -> ConflictRevision:
        stored = records.get(session, revision_id)
        if (
            stored is None
            or not isinstance(stored.record, ConflictRevision)
            or stored.record.deleted
            or stored.record.household_id not in scope(self.book)
        ):
            raise RecordNotFound(revision_id)
        return stored.record

    @staticmethod
    def _losing_changes(revision: ConflictRevision) -> dict[str, Any]:
        # What says who wrote a record, and when, is never taken from the loser.
        return {k: v for k, v in revision.losing.items() if k not in PROTECTED_FIELDS}

    def _item(
        self, session: Session, revision: ConflictRevision, people: dict[uuid.UUID, str]
    ) -> ConflictItem:
        target = records.get(session, revision.target_id)
        current = target.record.model_dump(mode="json") if target is not None else {}
        names = list(dict.fromkeys([*revision.losing, *revision.winning]))
        fields = tuple(
            FieldConflict(n, current.get(n), revision.winning.get(n), revision.losing.get(n))
            for n in names
        )
        reason = self._cannot_apply(target, revision)
        by = revision.losing_modified_by
        return ConflictItem(
            revision_id=revision.id,
            household_id=revision.household_id,
            target_id=revision.target_id,
            target_kind=revision.target_kind,
            target_label=_label(target.record) if target is not None else "",
            target_exists=target is not None,
            child_ids=tuple(revision.children),
            fields=fields,
            losing_modified_at=revision.losing_modified_at,
            losing_modified_by=by,
            losing_author_name=people.get(by, "") if by is not None else "",
            losing_device=revision.losing_device,
            created_at=revision.created_at.isoformat(),
            resolved=revision.resolved,
            resolution_note=revision.resolution_note,
            can_apply_losing=reason is None,
            cannot_apply_reason=reason,
        )

    def _cannot_apply(
        self, target: records.Stored | None, revision: ConflictRevision
    ) -> Message | None:
        if target is None or target.record.deleted:
            return Message(
                CTX, QT_TRANSLATE_NOOP("Conflicts", "The record does not exist (any more).")
            )
        if is_reviewer(self.book.identity.role):
            return Message(
                CTX,
                QT_TRANSLATE_NOOP(
                    "Conflicts",
                    "Supervisors do not change the household's records: keep the current "
                    "values and leave a note for the household.",
                ),
            )
        if not self._losing_changes(revision):
            return Message(CTX, QT_TRANSLATE_NOOP("Conflicts", "There are no values to take back."))
        verdict = self.records.editability(target)
        return None if verdict.editable else verdict.reason
