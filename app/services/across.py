"""Supervisor mode: the week across every household this person supervises, in
one list, the most urgent first.

What is in it
    This week's (the last ``WEEK_DAYS`` days up to today) unreviewed incidents,
    most severe first, and contacts that did not happen; the questions and
    follow-ups still waiting for the household's answer; children with days
    without a daily log; siblings placed apart not seen for long. Each row names
    its household and child.

Order
    By what it is (incidents high, medium, low; missed contacts; open questions;
    days without a log; siblings), then newest first. A row about a record
    (incidents, contacts, questions) carries that record's id, so the queue's
    keys act on it; the others point at the household's overview.

Nothing here imports Qt; the UI translates the kinds and builds the sentences.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import date, timedelta
from enum import StrEnum

from app.domain.records import Child, Relative
from app.domain.vocabulary import ContactStatus, Severity
from app.services.overview import Overview
from app.services.overview.figures import SignalCode
from app.services.review import HouseholdQueue, QueueGroup, ReviewQueue
from app.storage import records
from app.storage.book import Book

WEEK_DAYS = 7


class AcrossKind(StrEnum):
    INCIDENT = "incident"
    MISSED_CONTACT = "missed_contact"
    QUESTION_OPEN = "question_open"
    DAYS_WITHOUT_LOG = "days_without_log"
    SIBLING_NOT_SEEN = "sibling_not_seen"


KIND_ORDER = tuple(AcrossKind)
SEVERITY_ORDER = (Severity.HIGH, Severity.MEDIUM, Severity.LOW, None)


@dataclass(frozen=True)
class AcrossItem:
    kind: AcrossKind
    household_id: uuid.UUID
    household_name: str
    child_id: uuid.UUID | None
    child_name: str
    day: date | None
    summary: str = ""
    severity: Severity | None = None
    status: ContactStatus | None = None
    record_id: uuid.UUID | None = None  # the record Space, Q and F act on
    author_name: str = ""
    params: Mapping[str, str | int | None] = field(default_factory=dict)

    @property
    def key(self) -> str:
        """Stable over a reload: the record, or what the row says of whom."""
        if self.record_id is not None:
            return f"{self.kind}:{self.record_id}"
        return f"{self.kind}:{self.household_id}:{self.child_id}:{self.params.get('sibling', '')}"

    def rank(self) -> tuple[int, int, int, str]:
        """Most urgent first: by kind and severity, then newest first."""
        severity = self.severity if self.severity in SEVERITY_ORDER else None
        return (
            KIND_ORDER.index(self.kind),
            SEVERITY_ORDER.index(severity),
            -(self.day.toordinal() if self.day else 0),
            self.household_name.casefold() + self.child_name.casefold(),
        )


@dataclass(frozen=True)
class AcrossWeek:
    start: date
    end: date
    households: list[HouseholdQueue]  # the most urgent first
    items: list[AcrossItem]  # the most urgent first


class AcrossHouseholds:
    """Reads the week across households (on the task queue: several reads)."""

    def __init__(
        self,
        book: Book,
        review: ReviewQueue | None = None,
        overview: Overview | None = None,
        today: Callable[[], date] | None = None,
    ) -> None:
        self.book = book
        self.review = review or ReviewQueue(book)
        self._overview = overview
        self.today = today or book.today

    @property
    def overview(self) -> Overview:
        if self._overview is None:
            self._overview = Overview(self.book)  # loads the milestone catalog once
        return self._overview

    def people(
        self, household_id: uuid.UUID
    ) -> tuple[list[Child], dict[uuid.UUID, str], dict[uuid.UUID, str]]:
        """A household's children (by first name, those who left too) and the names
        of its children and relatives by id, for its timeline."""
        self.review.check_scope(household_id)
        with self.book.store.read() as session:
            children = [
                c
                for c in records.list_kind(session, Child.kind, household_id)
                if isinstance(c, Child)
            ]
            relatives = [
                r
                for r in records.list_kind(session, Relative.kind, household_id)
                if isinstance(r, Relative)
            ]
        children.sort(key=lambda c: (c.given_name.casefold(), c.family_name.casefold()))
        return (
            children,
            {c.id: c.display_name() for c in children},
            {r.id: r.name for r in relatives},
        )

    def week(self) -> AcrossWeek:
        end = self.today()
        start = end - timedelta(days=WEEK_DAYS - 1)
        households = self.review.households()
        items: list[AcrossItem] = []
        for household in households:
            items.extend(self._household(household, start, end))
        items.sort(key=AcrossItem.rank)
        return AcrossWeek(start, end, households, items)

    def _household(self, h: HouseholdQueue, start: date, end: date) -> list[AcrossItem]:
        out: list[AcrossItem] = []
        name = h.name
        for item in self.review.items(
            h.household_id, since=start, groups=(QueueGroup.INCIDENT, QueueGroup.MISSED_CONTACT)
        ):
            incident = item.group == QueueGroup.INCIDENT
            out.append(
                AcrossItem(
                    kind=AcrossKind.INCIDENT if incident else AcrossKind.MISSED_CONTACT,
                    household_id=h.household_id,
                    household_name=name,
                    child_id=item.child_ids[0] if item.child_ids else None,
                    child_name=item.child_name,
                    day=item.day,
                    summary=item.summary,
                    severity=item.severity if incident else None,
                    status=item.status,
                    record_id=item.record_id,
                    author_name=item.author_name,
                )
            )
        for question in self.review.questions(h.household_id, open_only=True):
            out.append(
                AcrossItem(
                    kind=AcrossKind.QUESTION_OPEN,
                    household_id=h.household_id,
                    household_name=name,
                    child_id=question.child_ids[0] if question.child_ids else None,
                    child_name=question.child_name,
                    day=question.asked_at.date(),
                    summary=question.comment,
                    record_id=question.target_id,
                    author_name=question.author_name,
                    params={"mark": question.mark.value, "about": question.target_summary},
                )
            )
        overview = self.overview.build(h.household_id, start, end)
        for signal in overview.signals:
            if signal.code == SignalCode.DAYS_WITHOUT_ENTRY:
                kind = AcrossKind.DAYS_WITHOUT_LOG
            elif signal.code == SignalCode.SIBLING_NOT_SEEN:
                kind = AcrossKind.SIBLING_NOT_SEEN
            else:
                continue  # incidents and missed contacts are listed above, one by one
            out.append(
                AcrossItem(
                    kind=kind,
                    household_id=h.household_id,
                    household_name=name,
                    child_id=signal.child_id,
                    child_name=str(signal.params.get("child") or ""),
                    day=overview.on,
                    params=signal.params,
                )
            )
        return out
