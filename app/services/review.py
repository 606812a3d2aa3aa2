"""Supervisor mode: the review queue per household, and the questions that go
back and forth between a supervisor and the household.

What counts as reviewed
    A record is reviewed when a live Review with mark "reviewed" targets the
    version of it this device holds (``target_version``; a mark without one
    covers the record as it was when the mark was written) and no question,
    follow-up or answer about the record came after that mark. So a later
    change of the record (a new version) re-opens it, and so does a question or
    an answer. An amendment is an entry of its own: it is in the queue itself
    (with ``amends_id``) and leaves the reviewed original as it was.

Queue order
    Incidents (flagged daily logs; most severe first), then contacts that did
    not happen (cancelled, no-show), then the rest; within each group newest
    first, so this week's records are on top of a long backlog (contacts planned
    for later days come after the records of today and before).

Questions
    A question or follow-up is open until the household answers it (a Review
    with mark "answer" and ``reply_to`` the question). The answer syncs back; the
    supervisor sees it on the record (``answered``) until they mark the record
    reviewed again.

Audit
    ``opened(record_id)`` notes that this person opened a record (its id and the
    time; nothing of its content); the next sync reports it to the server's
    audit log (app.sync.engine). Opening the same record again within
    ``REOPEN_QUIET`` adds nothing: a list redrawn under the cursor is not a
    new reading.

Reviews are ordinary records written through RecordService: they sync to the
household like any change. Nothing here imports Qt; the UI translates the
group names and messages.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, timedelta
from enum import StrEnum
from typing import Any

from sqlmodel import Session

from app.domain.messages import QT_TRANSLATE_NOOP, Message, ThuisboekError
from app.domain.records import Child, ContactNote, DailyLog, MilestoneObservation, Record, Review
from app.domain.vocabulary import ContactStatus, ReviewMark, Severity
from app.services.records import RecordNotFound, RecordService, is_reviewer
from app.storage import outbox, records, sync_state, views
from app.storage.book import Book
from app.storage.review import (
    QUEUE_INCIDENT,
    QUEUE_MISSED_CONTACT,
    QUEUE_REST,
    latest_reviewed,
    queue_counts_by_severity,
    queue_rows,
    review_talk,
    unreviewed_ids,
)
from app.storage.store import Store

CTX = "Review"
QUEUE_KINDS = (DailyLog.kind, ContactNote.kind, MilestoneObservation.kind)
# The texts a queue line shows, the first one not empty (an amendment's reason first).
SUMMARY_FIELDS = (
    "amendment_reason", "text", "moments", "health", "medication", "reaction_during",
    "reaction_after", "agreements", "follow_up", "school", "activities", "sleep", "eating",
    "place", "note",
)  # fmt: skip
SUMMARY_LENGTH = 200
NOT_REVIEWABLE = frozenset({Review.kind, "conflict_revision"})
REOPEN_QUIET = timedelta(seconds=60)


class QueueGroup(StrEnum):
    INCIDENT = "incident"
    MISSED_CONTACT = "missed_contact"
    REST = "rest"


_GROUPS = {
    QUEUE_INCIDENT: QueueGroup.INCIDENT,
    QUEUE_MISSED_CONTACT: QueueGroup.MISSED_CONTACT,
    QUEUE_REST: QueueGroup.REST,
}


class ReviewRefused(ThuisboekError):
    """A review action this person may not take (nothing was written)."""


def _refused(text: str) -> ReviewRefused:
    return ReviewRefused(Message(CTX, text))


@dataclass(frozen=True)
class HouseholdQueue:
    household_id: uuid.UUID
    name: str
    unreviewed: int
    incidents: int
    missed_contacts: int
    open_questions: int  # asked, not answered yet
    answered: int  # records with an answer the supervisor has not reviewed since
    high_incidents: int = 0  # of ``incidents``, the ones of high severity
    medium_incidents: int = 0

    def urgency(self) -> tuple[int, ...]:
        """Sorts the most urgent household first: high, then medium incidents, then
        any incident, missed contacts, new answers, open questions, the rest."""
        return (
            -self.high_incidents,
            -self.medium_incidents,
            -self.incidents,
            -self.missed_contacts,
            -self.answered,
            -self.open_questions,
            -self.unreviewed,
        )


BACKLOG_AUDIT = "review-audit:"


@dataclass(frozen=True)
class Backlog:
    """One "mark everything before a day as reviewed": its audit row in this store
    (ids and counts only, never a record's content)."""

    audit_id: uuid.UUID
    household_id: uuid.UUID
    before: date
    at: datetime
    by: uuid.UUID
    review_ids: tuple[uuid.UUID, ...]
    target_ids: tuple[uuid.UUID, ...]
    undone_at: datetime | None = None

    @property
    def count(self) -> int:
        return len(self.review_ids)

    @staticmethod
    def key_of(audit_id: uuid.UUID) -> str:
        return f"{BACKLOG_AUDIT}{audit_id}"

    def key(self) -> str:
        return self.key_of(self.audit_id)

    def to_json(self) -> str:
        return json.dumps(
            {
                "action": "mark_all_before",
                "audit_id": str(self.audit_id),
                "household_id": str(self.household_id),
                "before": self.before.isoformat(),
                "at": self.at.isoformat(),
                "by": str(self.by),
                "count": self.count,
                "review_ids": [str(r) for r in self.review_ids],
                "target_ids": [str(t) for t in self.target_ids],
                "undone_at": self.undone_at.isoformat() if self.undone_at else None,
            }
        )

    @classmethod
    def from_json(cls, value: str) -> Backlog:
        data = json.loads(value)
        return cls(
            audit_id=uuid.UUID(data["audit_id"]),
            household_id=uuid.UUID(data["household_id"]),
            before=date.fromisoformat(data["before"]),
            at=datetime.fromisoformat(data["at"]),
            by=uuid.UUID(data["by"]),
            review_ids=tuple(uuid.UUID(r) for r in data["review_ids"]),
            target_ids=tuple(uuid.UUID(t) for t in data["target_ids"]),
            undone_at=datetime.fromisoformat(data["undone_at"]) if data["undone_at"] else None,
        )


@dataclass(frozen=True)
class QueueItem:
    record_id: uuid.UUID
    kind: str
    household_id: uuid.UUID
    child_ids: tuple[uuid.UUID, ...]
    child_name: str  # the names of its children, ", "-joined
    day: date | None
    group: QueueGroup
    summary: str
    flagged: bool
    severity: Severity | None
    status: ContactStatus | None
    contact_kind: str | None
    item_id: str | None  # a milestone observation's catalog item
    amends_id: uuid.UUID | None
    author_id: uuid.UUID | None
    author_name: str
    version: int
    open_question: bool
    answered: bool


@dataclass(frozen=True)
class Answer:
    review_id: uuid.UUID
    comment: str
    author_id: uuid.UUID
    author_name: str
    at: datetime


@dataclass(frozen=True)
class Question:
    question_id: uuid.UUID
    household_id: uuid.UUID
    mark: ReviewMark  # question or follow_up
    comment: str
    author_id: uuid.UUID
    author_name: str
    asked_at: datetime
    target_id: uuid.UUID
    target_kind: str
    target_day: date | None
    target_summary: str
    child_ids: tuple[uuid.UUID, ...]
    child_name: str
    answers: tuple[Answer, ...]

    @property
    def open(self) -> bool:
        return not self.answers


@dataclass(frozen=True)
class ThreadEntry:
    review_id: uuid.UUID
    mark: ReviewMark
    comment: str
    author_id: uuid.UUID
    author_name: str
    at: datetime
    reply_to: uuid.UUID | None
    mine: bool


def scope(book: Book) -> list[uuid.UUID]:
    """The households this device holds: a supervisor's supervised ones, or the
    caregiver's own (before enrolment: the profile's household)."""
    return sync_state.households(book.store) or [book.identity.household_id]


def summary_of(record: Record, length: int = SUMMARY_LENGTH) -> str:
    """A record's first non-empty text, on one line (as a queue line shows it)."""
    for name in SUMMARY_FIELDS:
        value = getattr(record, name, None)
        if isinstance(value, str) and value.strip():
            return " ".join(value[:length].split())
    return ""


def name_of(record: Record) -> str:
    """A record's own name (a child's, a relative's, a household's, a person's), or ""."""
    for name in ("display_name", "name"):
        value = getattr(record, name, None)
        if callable(value):
            value = value()
        if isinstance(value, str) and value.strip():
            return value.strip()
    return ""


def _enum(cls: Any, value: object) -> Any:
    try:
        return cls(value) if value is not None else None
    except ValueError:
        return None  # a value from a newer app: shown as unknown


def _uuid(value: object) -> uuid.UUID | None:
    try:
        return uuid.UUID(str(value)) if value else None
    except ValueError:
        return None


@dataclass
class _Talk:
    """The questions, follow-ups and answers of some households, by target."""

    questions: list[Review]
    answers: dict[uuid.UUID, list[Review]]  # question id -> its answers
    reviewed_at: dict[str, str]  # target id -> stamp of its latest "reviewed" mark

    def open_targets(self) -> set[uuid.UUID]:
        return {q.target_id for q in self.questions if not self.answers.get(q.id)}

    def answered_targets(self) -> set[uuid.UUID]:
        """Records with an answer newer than their latest "reviewed" mark."""
        found = set()
        for question in self.questions:
            latest = self.reviewed_at.get(str(question.target_id), "")
            if any(a.modified_at > latest for a in self.answers.get(question.id, [])):
                found.add(question.target_id)
        return found


class ReviewQueue:
    def __init__(
        self,
        book: Book,
        records: RecordService | None = None,
        now: Callable[[], datetime] = lambda: datetime.now(UTC),
    ) -> None:
        self.book = book
        self.records = records or RecordService(book)
        self.now = now

    # Reading ------------------------------------------------------------------------
    def households(self) -> list[HouseholdQueue]:
        """Each household in scope with what waits for review, the most urgent first
        (``HouseholdQueue.urgency``), then by name."""
        households = scope(self.book)
        with self.book.store.read() as session:
            by_severity = queue_counts_by_severity(session, households, QUEUE_KINDS)
            talk = self._talk(session, households)
            names = {h: self._household_name(session, h) for h in households}
        answered = talk.answered_targets()
        counts: dict[tuple[str, int], int] = {}
        severe: dict[tuple[str, int], int] = {}
        for (h, g, rank), n in by_severity.items():
            counts[(h, g)] = counts.get((h, g), 0) + n
            if g == QUEUE_INCIDENT:
                severe[(h, rank)] = severe.get((h, rank), 0) + n
        out = []
        for household in households:
            key = str(household)
            by_group = {g: counts.get((key, g), 0) for g in _GROUPS}
            mine = [q for q in talk.questions if q.household_id == household]
            out.append(
                HouseholdQueue(
                    household_id=household,
                    name=names[household],
                    unreviewed=sum(by_group.values()),
                    incidents=by_group[QUEUE_INCIDENT],
                    missed_contacts=by_group[QUEUE_MISSED_CONTACT],
                    open_questions=sum(1 for q in mine if not talk.answers.get(q.id)),
                    answered=len({q.target_id for q in mine} & answered),
                    high_incidents=severe.get((key, 0), 0),
                    medium_incidents=severe.get((key, 1), 0),
                )
            )
        return sorted(out, key=lambda h: (h.urgency(), h.name.casefold(), str(h.household_id)))

    def items(
        self,
        household_id: uuid.UUID,
        *,
        since: date | None = None,
        before: date | None = None,
        groups: Iterable[QueueGroup] | None = None,
    ) -> list[QueueItem]:
        """What waits for review in one household, in queue order; ``since`` and
        ``before`` keep the records of those days (from ``since``, before
        ``before``), ``groups`` the records of those groups."""
        self._check_scope(household_id)
        codes = {g: c for c, g in _GROUPS.items()}
        wanted = [codes[g] for g in groups] if groups is not None else None
        with self.book.store.read() as session:
            rows = queue_rows(
                session,
                household_id,
                QUEUE_KINDS,
                SUMMARY_FIELDS,
                SUMMARY_LENGTH,
                since=since.isoformat() if since is not None else None,
                before=before.isoformat() if before is not None else None,
                groups=wanted,
                today=self.book.today().isoformat(),
            )
            talk = self._talk(session, [household_id])
            children = self._child_names(session, household_id)
            people = records.people_names(session)
        open_targets, answered = talk.open_targets(), talk.answered_targets()
        ids: dict[str, uuid.UUID | None] = {str(c): c for c in children}  # parsed once
        ids.update({str(p): p for p in people})
        items = []
        for row in rows:
            record_id = uuid.UUID(row.id)
            child_ids = tuple(
                c for c in (ids.get(k) or _uuid(k) for k in row.child_ids) if c is not None
            )
            author = ids.get(row.author_id) if row.author_id in ids else _uuid(row.author_id)
            items.append(
                QueueItem(
                    record_id=record_id,
                    kind=row.kind,
                    household_id=household_id,
                    child_ids=child_ids,
                    child_name=", ".join(children.get(c, "") for c in child_ids if c in children),
                    day=date.fromisoformat(row.day) if row.day else None,
                    group=_GROUPS[row.group],
                    summary=" ".join(row.summary.split()),
                    flagged=row.group == QUEUE_INCIDENT,
                    severity=_enum(Severity, row.severity),
                    status=_enum(ContactStatus, row.status) if row.kind == "contact_note" else None,
                    contact_kind=row.contact_kind,
                    item_id=row.item_id,
                    amends_id=_uuid(row.amends_id),
                    author_id=author,
                    author_name=people.get(author, "") if author else "",
                    version=row.version,
                    open_question=record_id in open_targets,
                    answered=record_id in answered,
                )
            )
        return items

    def questions(
        self, household_id: uuid.UUID | None = None, *, open_only: bool = False
    ) -> list[Question]:
        """Questions and follow-ups with their answers, oldest first."""
        households = [household_id] if household_id is not None else scope(self.book)
        if household_id is not None:
            self._check_scope(household_id)
        with self.book.store.read() as session:
            talk = self._talk(session, households)
            people = records.people_names(session)
            children: dict[uuid.UUID, str] = {}
            for h in households:
                children.update(self._child_names(session, h))
            wanted = [q for q in talk.questions if not (open_only and talk.answers.get(q.id))]
            targets = {q.target_id: records.get(session, q.target_id) for q in wanted}
        out = []
        for q in wanted:
            target = targets[q.target_id]
            record = target.record if target is not None else None
            answers = tuple(
                Answer(a.id, a.comment, a.author_id, people.get(a.author_id, ""), a.created_at)
                for a in talk.answers.get(q.id, [])
            )
            out.append(
                Question(
                    question_id=q.id,
                    household_id=q.household_id,
                    mark=q.mark,
                    comment=q.comment,
                    author_id=q.author_id,
                    author_name=people.get(q.author_id, ""),
                    asked_at=q.created_at,
                    target_id=q.target_id,
                    target_kind=q.target_kind,
                    target_day=record.day() if record is not None else None,
                    target_summary=summary_of(record) if record is not None else "",
                    child_ids=tuple(q.children),
                    child_name=", ".join(children[c] for c in q.children if c in children),
                    answers=answers,
                )
            )
        return out

    def open_questions(self, household_id: uuid.UUID | None = None) -> list[Question]:
        """What the household still has to answer (the caregiver's main window)."""
        return self.questions(household_id, open_only=True)

    def thread(self, record_id: uuid.UUID) -> list[ThreadEntry]:
        """Every review of a record — marks, questions, answers — in the order written."""
        with self.book.store.read() as session:
            related = records.related(session, record_id)
            people = records.people_names(session)
        reviews = sorted(
            (s.record for s in related if isinstance(s.record, Review)),
            key=lambda r: (r.modified_at, r.created_at),
        )
        me = self.book.identity.user_id
        return [
            ThreadEntry(
                review_id=r.id,
                mark=r.mark,
                comment=r.comment,
                author_id=r.author_id,
                author_name=people.get(r.author_id, ""),
                at=r.created_at,
                reply_to=r.reply_to,
                mine=r.author_id == me,
            )
            for r in reviews
        ]

    # Writing ------------------------------------------------------------------------
    def mark_reviewed(self, record_ids: Iterable[uuid.UUID], comment: str = "") -> list[Review]:
        """One "reviewed" mark per record, all in one transaction; a record already
        reviewed as it is now gets none."""
        self._require_reviewer()
        wanted = list(dict.fromkeys(record_ids))
        households = scope(self.book)
        made = []
        with self.book.store.write() as session:
            found = records.get_many(session, wanted)
            targets = [self._reviewable(found.get(str(r)), r, households) for r in wanted]
            settled = self._settled(session, wanted)
            for target in targets:
                if target.id not in settled:
                    review = self._review(target, ReviewMark.REVIEWED, comment)
                    made.append(self.records.create_in(session, review))
        return made

    def backlog_count(self, household_id: uuid.UUID, before: date) -> int:
        """How many records of the household dated before ``before`` wait for review."""
        return len(self.items(household_id, before=before))

    def mark_all_before(self, household_id: uuid.UUID, before: date) -> Backlog:
        """Mark every record of the household dated before ``before`` as reviewed, in
        one transaction, with one audit row in this store that names the action (who,
        when, which household, up to which day, how many; no content). Undone by
        ``undo_backlog`` as long as the marks have not left this device."""
        self._require_reviewer()
        self._check_scope(household_id)
        made: list[Review] = []
        with self.book.store.write() as session:
            rows = queue_rows(session, household_id, QUEUE_KINDS, (), 1, before=before.isoformat())
            targets = records.get_many(session, [r.id for r in rows])
            for row in rows:
                stored = targets.get(row.id)
                if stored is None:
                    continue
                review = self._review(stored.record, ReviewMark.REVIEWED, "")
                made.append(self.records.create_in(session, review))
            backlog = Backlog(
                audit_id=uuid.uuid4(),
                household_id=household_id,
                before=before,
                at=self.now(),
                by=self.book.identity.user_id,
                review_ids=tuple(r.id for r in made),
                target_ids=tuple(r.target_id for r in made),
            )
            Store.set_meta(session, backlog.key(), backlog.to_json())
        return backlog

    def undo_backlog(self, audit_id: uuid.UUID) -> list[uuid.UUID]:
        """Take back the marks of ``mark_all_before`` while none of them has left this
        device (after the next sync they stand); the audit row stays and says it was
        undone. The records marked come back in the queue; their ids are returned."""
        self._require_reviewer()
        key = Backlog.key_of(audit_id)
        with self.book.store.write() as session:
            value = Store.get_meta_in(session, key)
            if value is None:
                raise RecordNotFound(audit_id)
            backlog = Backlog.from_json(value)
            if backlog.undone_at is not None:
                return []
            held = records.get_many(session, list(backlog.review_ids))
            waiting = outbox.pending_among(session, backlog.review_ids)
            if any(
                str(r) not in waiting or held.get(str(r)) is None
                or held[str(r)].sync_state != "pending"
                for r in backlog.review_ids
            ):  # fmt: skip
                raise _refused(
                    QT_TRANSLATE_NOOP(
                        "Review",
                        "These marks were sent to the central office already; "
                        "they can no longer be undone.",
                    )
                )
            for review_id in backlog.review_ids:
                outbox.delete_outbox(
                    session, [e.op_id for e in outbox.outbox_for(session, review_id)]
                )
                records.forget(session, review_id)
            undone = replace(backlog, undone_at=self.now())
            Store.set_meta(session, key, undone.to_json())
        return list(backlog.target_ids)

    def backlog_audit(self) -> list[Backlog]:
        """Every "mark all before" done on this device, newest first."""
        with self.book.store.read() as session:
            rows = Store.meta_with_prefix(session, BACKLOG_AUDIT)
        return sorted(
            (Backlog.from_json(v) for v in rows.values()), key=lambda b: b.at, reverse=True
        )

    def ask(
        self,
        record_id: uuid.UUID,
        comment: str,
        mark: ReviewMark = ReviewMark.QUESTION,
        reply_to: uuid.UUID | None = None,
    ) -> Review:
        """A question or follow-up about a record, for the household to answer."""
        self._require_reviewer()
        if mark not in (ReviewMark.QUESTION, ReviewMark.FOLLOW_UP):
            raise ValueError("ask() writes a question or a follow-up")
        with self.book.store.write() as session:
            target = self._target(session, record_id)
            review = self._review(target, mark, comment, reply_to=reply_to)
            return self.records.create_in(session, review)

    def answer(self, question_id: uuid.UUID, comment: str) -> Review:
        """The household's answer to a question or follow-up."""
        if is_reviewer(self.book.identity.role):
            raise _refused(QT_TRANSLATE_NOOP("Review", "Questions are answered by the household."))
        with self.book.store.write() as session:
            stored = records.get(session, question_id)
            question = stored.record if stored is not None else None
            if (
                not isinstance(question, Review)
                or question.deleted
                or question.mark not in (ReviewMark.QUESTION, ReviewMark.FOLLOW_UP)
                or question.household_id not in scope(self.book)
            ):
                raise RecordNotFound(question_id)
            answer = Review(
                household_id=question.household_id,
                target_id=question.target_id,
                target_kind=question.target_kind,
                children=list(question.children),
                mark=ReviewMark.ANSWER,
                comment=comment,
                reply_to=question.id,
                author_id=self.book.identity.user_id,
            )
            created = self.records.create_in(session, answer)
            Store.delete_meta(session, self._draft_key(question_id))  # sent: no draft left
            return created

    # The answer being written: kept in the encrypted store (not synced), so that a lock
    # or a quit loses no words; one per question and person.
    def _draft_key(self, question_id: uuid.UUID) -> str:
        return f"answer-draft:{self.book.identity.user_id}:{question_id}"

    def answer_draft(self, question_id: uuid.UUID) -> str:
        return self.book.store.get_meta(self._draft_key(question_id)) or ""

    def keep_answer_draft(self, question_id: uuid.UUID, text: str) -> None:
        """Keep the words typed so far; blank ones leave no draft."""
        with self.book.store.write() as session:
            if text.strip():
                Store.set_meta(session, self._draft_key(question_id), text)
            else:
                Store.delete_meta(session, self._draft_key(question_id))

    def opened(self, record_id: uuid.UUID) -> None:
        """This person opened a record: noted for the server's audit log (no content)."""
        now = self.now()
        with self.book.store.write() as session:
            stored = records.get(session, record_id)
            if stored is None:
                raise RecordNotFound(record_id)
            last = views.last_view(session, record_id)
            if last is not None and timedelta(0) <= now - last < REOPEN_QUIET:
                return
            views.add_view(session, uuid.uuid4(), record_id, stored.record.household_id, now)

    def views_waiting(self) -> int:
        """Opened records not yet in the server's audit log."""
        with self.book.store.read() as session:
            return len(views.pending_views(session))

    # Helpers ------------------------------------------------------------------------
    def _require_reviewer(self) -> None:
        if not is_reviewer(self.book.identity.role):
            raise _refused(QT_TRANSLATE_NOOP("Review", "Only supervisors review records."))

    def check_scope(self, household_id: uuid.UUID) -> None:
        """Refuses a household this device does not follow."""
        self._check_scope(household_id)

    def _check_scope(self, household_id: uuid.UUID) -> None:
        if household_id not in scope(self.book):
            raise _refused(QT_TRANSLATE_NOOP("Review", "This household is not one of yours."))

    def _target(self, session: Session, record_id: uuid.UUID) -> Record:
        return self._reviewable(records.get(session, record_id), record_id, scope(self.book))

    @staticmethod
    def _reviewable(
        stored: records.Stored | None, record_id: uuid.UUID, households: list[uuid.UUID]
    ) -> Record:
        if (
            stored is None
            or stored.record.deleted
            or stored.record.kind in NOT_REVIEWABLE
            or stored.record.household_id not in households
        ):
            raise RecordNotFound(record_id)
        return stored.record

    def _review(
        self,
        target: Record,
        mark: ReviewMark,
        comment: str,
        reply_to: uuid.UUID | None = None,
    ) -> Review:
        return Review(
            household_id=target.household_id,
            target_id=target.id,
            target_kind=target.kind,
            target_version=target.version,
            children=target.child_ids(),
            mark=mark,
            comment=comment,
            reply_to=reply_to,
            author_id=self.book.identity.user_id,
        )

    @staticmethod
    def _settled(session: Session, record_ids: list[uuid.UUID]) -> set[uuid.UUID]:
        """Of these records, the ones already reviewed as they are now."""
        ids = [str(r) for r in record_ids]
        return {uuid.UUID(r) for r in set(ids) - unreviewed_ids(session, ids)}

    @staticmethod
    def _talk(session: Session, households: list[uuid.UUID]) -> _Talk:
        reviews = [r for r in review_talk(session, households) if isinstance(r, Review)]
        questions = [r for r in reviews if r.mark in (ReviewMark.QUESTION, ReviewMark.FOLLOW_UP)]
        answers: dict[uuid.UUID, list[Review]] = {}
        for review in reviews:
            if review.mark == ReviewMark.ANSWER and review.reply_to is not None:
                answers.setdefault(review.reply_to, []).append(review)
        targets = [str(q.target_id) for q in questions if answers.get(q.id)]
        reviewed_at = latest_reviewed(session, targets) if targets else {}
        return _Talk(questions, answers, reviewed_at)

    @staticmethod
    def _household_name(session: Session, household_id: uuid.UUID) -> str:
        stored = records.get(session, household_id)
        return str(getattr(stored.record, "name", "")) if stored is not None else ""

    @staticmethod
    def _child_names(session: Session, household_id: uuid.UUID) -> dict[uuid.UUID, str]:
        return {
            c.id: c.display_name()
            for c in records.list_kind(session, Child.kind, household_id, include_deleted=True)
            if isinstance(c, Child)
        }
