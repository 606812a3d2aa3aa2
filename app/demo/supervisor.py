"""A supervisor's store after pulling: several households with a year of records.

``fill_supervisor`` writes ``households`` households of ``children`` children
each, with ``days`` days of daily logs, contact notes and milestone
observations ending today, the way a supervisor's laptop holds them after a
sync: every record stored as the server sent it (synced, nothing in the
outbox), with the household's own authors, devices and clock stamps, and the
reviews this supervisor already made. Sibling groups live together, and some
have a brother or sister in another household or placed outside the
organisation. Incidents, cancelled visits, no-shows, days without a log and a
sibling not seen for a while are all in there, some of them recent, so that
the review queue and the household overview have something to point at.

The same seed gives the same records (ids included), in every language; dates
are relative to ``book.today()``. Everything is written in one transaction
through ``bulk.put_synced_many``.
"""

from __future__ import annotations

import uuid
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import timedelta

from app.demo.phrases import DEFAULT_LANGUAGE, RELIEF_LANGUAGE, phrases
from app.demo.supervisor_care import care
from app.demo.supervisor_contacts import family, sibling_days
from app.demo.supervisor_homes import Fill
from app.demo.supervisor_logs import logs, milestones
from app.demo.wellbeing import make_checks
from app.domain.records import Child, ContactNote, DailyLog, Household, Review
from app.domain.vocabulary import ContactStatus, HouseholdKind, ReviewMark
from app.services.records import is_reviewer
from app.storage import bulk, sync_state
from app.storage.book import Book
from app.storage.store import Store


@dataclass(frozen=True)
class HouseholdFill:
    """What was written for one household."""

    household_id: uuid.UUID
    name: str
    household_kind: HouseholdKind
    children: tuple[str, ...]
    counts: Mapping[str, int]  # records per kind

    @property
    def records(self) -> int:
        return sum(self.counts.values())


@dataclass(frozen=True)
class SupervisorSummary:
    households: tuple[HouseholdFill, ...]

    @property
    def records(self) -> int:
        return sum(h.records for h in self.households)


def make(fill: Fill) -> None:
    for home in fill.homes:
        fill.home_record(
            home,
            Household(id=home.id, household_id=home.id, name=home.name, household_kind=home.kind),
        )
        fill.home_record(home, home.carer)
        fill.home_record(home, home.relief)
        for kid in home.kids:
            kid.record = Child(
                id=kid.id,
                household_id=home.id,
                given_name=kid.given,
                family_name=kid.family,
                date_of_birth=kid.born,
                placement_start=kid.placed,
                languages=["nl", "fr"] if home.index % 2 else ["nl"],
                sibling_group=kid.group,
            )
            fill.home_record(home, kid.record, min(kid.placed, fill.today))
    for home in fill.homes:
        for group in home.groups().values():
            family(fill, home, group)
        for kid in home.kids:
            logs(fill, kid)
            milestones(fill, kid)
    sibling_days(fill)
    reviews(fill)
    wellbeing(fill)


def wellbeing(fill: Fill) -> None:
    """A well-being check every three months or so per child (after the rest, so
    that the other records come out as before)."""
    for home in fill.homes:
        for kid in home.kids:
            assert kid.record is not None
            for check in make_checks(kid.record, home.carer.id, fill.start, fill.today):
                at = fill.written(check.date)
                record = check.model_copy(update={"id": fill.uid(), "created_at": at})
                fill.add(record, at, home.carer.id, home.device)
    care(fill)


def reviews(fill: Fill) -> None:
    """What this supervisor already reviewed: the incidents and missed contacts
    more than a week old, and one older log in twenty; a few incidents (the
    first of each household among them) got a question instead, and the
    household answered most of them."""
    rng = fill.rng
    said = fill.text.supervisor
    me = fill.book.identity
    week_ago = fill.today - timedelta(days=7)
    asked: set[uuid.UUID] = set()
    targets = [r for r in fill.records if isinstance(r, DailyLog | ContactNote)]
    for target in targets:
        assert isinstance(target, DailyLog | ContactNote)
        if target.date > week_ago:
            continue
        notable = (isinstance(target, DailyLog) and target.flag) or (
            isinstance(target, ContactNote)
            and target.status in (ContactStatus.CANCELLED, ContactStatus.NO_SHOW)
        )
        if not notable and rng.random() >= 0.05:
            continue
        ask = (
            isinstance(target, DailyLog)
            and target.flag
            and (target.household_id not in asked or rng.random() < 0.25)
        )
        if ask:
            asked.add(target.household_id)
        at = min(fill.now, target.created_at + timedelta(days=rng.randint(1, 6)))
        review = Review(
            id=fill.uid(),
            household_id=target.household_id,
            target_id=target.id,
            target_kind=target.kind,
            children=target.child_ids(),
            mark=ReviewMark.QUESTION if ask else ReviewMark.REVIEWED,
            comment=said.question if ask else "",
            author_id=me.user_id,
            created_at=at,
        )
        fill.add(review, at, me.user_id, me.device_id)
        if ask and rng.random() < 0.7:
            home = next(h for h in fill.homes if h.id == target.household_id)
            answered = min(fill.now, at + timedelta(days=1))
            answer = Review(
                id=fill.uid(),
                household_id=target.household_id,
                target_id=target.id,
                target_kind=target.kind,
                children=target.child_ids(),
                mark=ReviewMark.ANSWER,
                comment=said.answer,
                reply_to=review.id,
                author_id=home.carer.id,
                created_at=answered,
            )
            fill.add(answer, answered, home.carer.id, home.device)


def fill_supervisor(
    book: Book,
    households: int = 10,
    children: int = 8,
    days: int = 365,
    seed: int = 2026,
    language: str = DEFAULT_LANGUAGE,
) -> SupervisorSummary:
    """Fill a supervisor's store with ``households`` × ``children`` children and
    ``days`` days of records ending today, as pulled from the server (synced,
    no outbox), in one transaction, written in ``language`` (the relief carers
    in theirs). The households are remembered as the ones this device follows
    (``sync:households``)."""
    if households < 1 or children < 1 or days < 1:
        raise ValueError("households, children and days must be at least 1")
    if not is_reviewer(book.identity.role):
        raise ValueError("only a supervisor's profile holds the records of several households")
    fill = Fill(book, households, children, days, seed, phrases(language), phrases(RELIEF_LANGUAGE))
    make(fill)
    today = fill.today
    for record in fill.records:
        record.check(today)
    with book.store.write() as session:
        bulk.put_synced_many(session, fill.records)
        for record in fill.records:
            book.clock.observe(record.modified_at)
        Store.set_meta(session, "clock", book.clock.last)
        sync_state.set_households(session, [h.id for h in fill.homes])
    counts: dict[uuid.UUID, Counter[str]] = {h.id: Counter() for h in fill.homes}
    for record in fill.records:
        counts[record.household_id][record.kind] += 1
    return SupervisorSummary(
        tuple(
            HouseholdFill(h.id, h.name, h.kind, tuple(k.name for k in h.kids), dict(counts[h.id]))
            for h in fill.homes
        )
    )
