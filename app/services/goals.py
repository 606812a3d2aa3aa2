"""A child's care-plan goals: each with its history (the logs and contact notes
that moved it, and its changes of status), a log or note linked to a goal in one
action, and the goals past their review date (for the supervisor)."""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from sqlmodel import Session

from app.domain.care import CareGoal, GoalStep
from app.domain.records import ContactNote, DailyLog, Entry, Record
from app.domain.vocabulary import GoalStatus
from app.services.records import RecordNotFound, RecordService
from app.storage import records
from app.storage.book import Book

LINKABLE = (DailyLog.kind, ContactNote.kind)


@dataclass(frozen=True)
class GoalHistory:
    """A goal and its steps, oldest first, with the entries they link (those this
    device holds)."""

    goal: CareGoal
    steps: tuple[GoalStep, ...] = ()
    entries: dict[uuid.UUID, Record] | None = None

    @property
    def last_moved(self) -> date | None:
        return self.steps[-1].on if self.steps else None


class GoalService:
    def __init__(self, book: Book) -> None:
        self.book = book
        self.records = RecordService(book)

    def goals(self, child_id: uuid.UUID) -> list[GoalHistory]:
        """The child's goals, open ones first (by review date), each with its history."""
        with self.book.store.read() as session:
            return self._goals(session, child_id)

    def _goals(self, session: Session, child_id: uuid.UUID) -> list[GoalHistory]:
        found = records.for_child(session, child_id, [CareGoal.kind, GoalStep.kind])
        goals = [r for r in found if isinstance(r, CareGoal)]
        steps = sorted(
            (r for r in found if isinstance(r, GoalStep)), key=lambda s: (s.on, s.created_at)
        )
        linked = [s.entry_id for s in steps if s.entry_id is not None]
        entries = {
            uuid.UUID(i): s.record
            for i, s in records.get_many(session, linked).items()
            if not s.record.deleted
        }
        histories = [
            GoalHistory(g, tuple(s for s in steps if s.goal_id == g.id), entries) for g in goals
        ]
        return sorted(
            histories,
            key=lambda h: (
                h.goal.is_closed(),
                h.goal.review_on or date.max,
                h.goal.text.casefold(),
            ),
        )

    def history(self, goal_id: uuid.UUID) -> GoalHistory:
        goal = self.records.get(goal_id).record
        if not isinstance(goal, CareGoal) or goal.deleted:
            raise RecordNotFound(goal_id)
        for found in self.goals(goal.child_id):
            if found.goal.id == goal_id:
                return found
        raise RecordNotFound(goal_id)

    def open_goals(self, child_ids: Iterable[uuid.UUID]) -> list[CareGoal]:
        """The goals of these children that are neither reached nor dropped."""
        with self.book.store.read() as session:
            return [
                h.goal
                for child_id in dict.fromkeys(child_ids)
                for h in self._goals(session, child_id)
                if not h.goal.is_closed()
            ]

    def past_review(self, child_ids: Iterable[uuid.UUID], today: date) -> list[CareGoal]:
        """Open goals whose review date has passed, the longest overdue first."""
        overdue = [g for g in self.open_goals(child_ids) if g.past_review(today)]
        return sorted(overdue, key=lambda g: g.review_on or today)

    def recent_entries(self, child_id: uuid.UUID, since: date) -> list[Entry]:
        """The child's daily logs and contact notes since a day, newest first: what
        may be linked to a goal."""
        with self.book.store.read() as session:
            found = records.for_child(session, child_id, LINKABLE, since=since)
        return [e for e in found if isinstance(e, Entry)]

    def link(self, goal_id: uuid.UUID, entry: Entry, note: str = "") -> GoalStep:
        """One action: this daily log or contact note moves the goal."""
        if entry.kind not in LINKABLE:
            raise ValueError("only daily logs and contact notes move a goal")
        goal = self.records.get(goal_id).record
        if not isinstance(goal, CareGoal) or goal.deleted:
            raise RecordNotFound(goal_id)
        day = entry.day() or self.book.today()
        step = GoalStep(
            household_id=goal.household_id,
            goal_id=goal.id,
            child_id=goal.child_id,
            author_id=self.book.identity.user_id,
            on=min(day, self.book.today()),
            entry_id=entry.id,
            entry_kind=entry.kind,
            note=note,
        )
        return self.records.create(step)

    def set_status(
        self, goal_id: uuid.UUID, status: GoalStatus, note: str = "", reason: str = ""
    ) -> tuple[CareGoal, GoalStep]:
        """Give the goal a new status and note it in its history, in one transaction."""
        with self.book.store.write() as session:
            stored = records.get(session, goal_id)
            if stored is None or not isinstance(stored.record, CareGoal) or stored.record.deleted:
                raise RecordNotFound(goal_id)
            goal = stored.record
            changes: dict[str, object] = {"status": status.value}
            if status == GoalStatus.DROPPED:
                changes["drop_reason"] = reason
            changed = self.records.update_in(session, goal_id, **changes)
            assert isinstance(changed, CareGoal)
            step = GoalStep(
                household_id=goal.household_id,
                goal_id=goal.id,
                child_id=goal.child_id,
                author_id=self.book.identity.user_id,
                on=self.book.today(),
                status=status,
                note=note or (reason if status == GoalStatus.DROPPED else ""),
            )
            return changed, self.records.create_in(session, step)
