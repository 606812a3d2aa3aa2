"""What a household keeps for a child's own story (``app.domain.story``): one
action on a day's moments, a milestone, a contact with family or a photo keeps it for the
child's book, with an optional sentence written for the child; a page of the
child's own words is kept the same way."""

from __future__ import annotations

import uuid
from datetime import date

from app.domain.attachments import Attachment
from app.domain.catalog import load_catalog
from app.domain.messages import QT_TRANSLATE_NOOP, Message, ThuisboekError
from app.domain.records import ContactNote, DailyLog, MilestoneObservation, Record
from app.domain.story import KEEPABLE_KINDS, Keepsake
from app.services.records import RecordService
from app.storage import records
from app.storage.book import Book

CTX = "Story"


class NotKeepable(ThuisboekError):
    """Only a day's moments, a milestone or a contact go in a child's book."""


def moment_day(record: Record) -> date | None:
    """The day of a record that may be kept (None for anything else): a photo's is
    the day it was taken, else the day it was added."""
    if isinstance(record, (DailyLog, ContactNote)):
        return record.date
    if isinstance(record, MilestoneObservation):
        return record.observed_on
    if isinstance(record, Attachment):
        return record.day()
    return None


class StoryService:
    def __init__(self, book: Book) -> None:
        self.book = book
        self.records = RecordService(book)

    def kept(self, child_id: uuid.UUID) -> list[Keepsake]:
        """What is kept for the child's book, oldest first."""
        with self.book.store.read() as session:
            found = records.for_child(session, child_id, [Keepsake.kind])
        kept = [k for k in found if isinstance(k, Keepsake)]
        return sorted(kept, key=lambda k: (k.on, k.created_at))

    def kept_with_summary(self, child_id: uuid.UUID, lang: str) -> list[tuple[Keepsake, str]]:
        """What is kept, each with a few words of the kept record (a day's moments,
        the milestone's name in ``lang``, a photo's caption), oldest first; what was
        kept of a record since deleted is left out, as the book leaves it out."""
        kept = self.kept(child_id)
        with self.book.store.read() as session:
            targets = records.get_many(session, [k.target_id for k in kept if k.target_id])
        catalog = load_catalog()
        out: list[tuple[Keepsake, str]] = []
        for k in kept:
            stored = targets.get(str(k.target_id)) if k.target_id else None
            target = stored.record if stored is not None else None
            if target is not None and target.deleted:
                continue
            summary = k.title
            if isinstance(target, DailyLog):
                summary = target.moments
            elif isinstance(target, MilestoneObservation) and target.item_id in catalog:
                summary = catalog.by_id(target.item_id).label(lang)
            elif isinstance(target, Attachment):
                summary = target.caption or target.file_name
            out.append((k, summary))
        return out

    def keepsakes_of(self, target_id: uuid.UUID) -> list[Keepsake]:
        """The keepsakes of one record (one per child it is kept for)."""
        with self.book.store.read() as session:
            linked = records.related(session, target_id)
        return [
            s.record
            for s in linked
            if isinstance(s.record, Keepsake) and s.record.target_id == target_id
        ]

    def _file_day(self, attachment: Attachment) -> date:
        """The day of a photo or document: the day it was taken, else the day of the
        log, milestone or contact it belongs to, else the day it was added."""
        day = attachment.taken_on
        if day is None and attachment.target_id is not None:
            with self.book.store.read() as session:
                found = records.get_many(session, [attachment.target_id])
            stored = found.get(str(attachment.target_id))
            day = moment_day(stored.record) if stored is not None else None
        return min(day or attachment.created_at.date(), self.book.today())

    def keep(self, target: Record, words: str = "") -> list[Keepsake]:
        """Keep ``target`` for the book of every child it concerns (the ones already
        kept get the new words)."""
        day = self._file_day(target) if isinstance(target, Attachment) else moment_day(target)
        if target.kind not in KEEPABLE_KINDS or day is None or target.deleted:
            raise NotKeepable(
                Message(
                    CTX,
                    QT_TRANSLATE_NOOP(
                        "Story",
                        "Only a day's moments, a milestone, a contact or a photo can be kept "
                        "for the book.",
                    ),
                )
            )
        if isinstance(target, DailyLog) and target.flag and not (target.moments or target.text):
            raise NotKeepable(
                Message(
                    CTX,
                    QT_TRANSLATE_NOOP(
                        "Story", "An incident is not kept for the book; keep a moment instead."
                    ),
                )
            )
        held = {k.child_id: k for k in self.keepsakes_of(target.id)}
        me = self.book.identity.user_id
        written: list[Keepsake] = []
        with self.book.store.write() as session:
            for child_id in target.child_ids():
                old = held.get(child_id)
                if old is not None:
                    if old.words != words:
                        changed = self.records.update_in(session, old.id, words=words)
                        assert isinstance(changed, Keepsake)
                        written.append(changed)
                    continue
                keepsake = Keepsake(
                    household_id=target.household_id,
                    child_id=child_id,
                    target_id=target.id,
                    target_kind=target.kind,
                    on=day,
                    words=words.strip(),
                    author_id=me,
                )
                written.append(self.records.create_in(session, keepsake))
        return written

    def add_words(
        self, child: uuid.UUID, household: uuid.UUID, words: str, title: str = ""
    ) -> Keepsake:
        """A page of the child's own words, written with the caregiver today."""
        keepsake = Keepsake(
            household_id=household,
            child_id=child,
            on=self.book.today(),
            title=title.strip(),
            words=words.strip(),
            author_id=self.book.identity.user_id,
        )
        return self.records.create(keepsake)

    def unkeep(self, keepsake_id: uuid.UUID) -> Record:
        return self.records.delete(keepsake_id)
