"""The household overview: counts per week, gaps, incidents, contacts, milestones,
siblings and where-to-look signals, on a small household with known records."""

from __future__ import annotations

import uuid
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any, TypeVar

import pytest

from app.domain.records import Child, ContactNote, DailyLog, MilestoneObservation, Record, Relative
from app.domain.vocabulary import (
    ContactStatus,
    HouseholdKind,
    MilestoneStatus,
    RelationKind,
    Severity,
)
from app.services.milestones import MilestoneService
from app.services.overview import (
    ChildOverview,
    Gap,
    HouseholdOverview,
    Overview,
    SeverityCounts,
    SignalCode,
    WeekStat,
)
from app.services.records import RecordService
from app.storage import records as record_store
from app.storage.book import Book
from tests import factories

TODAY = date(2025, 6, 20)  # a Friday
START = date(2025, 6, 2)  # a Monday: the period covers ISO weeks 23, 24 and (part of) 25
OTHER_AUTHOR = uuid.uuid4()
R = TypeVar("R", bound=Record)
Put = Callable[[Any], Any]


def d(day: int, month: int = 6) -> date:
    return date(2025, month, day)


def days(first: date, last: date) -> list[date]:
    return [first + timedelta(days=i) for i in range((last - first).days + 1)]


@dataclass
class World:
    book: Book
    records: RecordService
    lotte: Child
    daan: Child
    sam: Child
    mother: Relative
    father: Relative
    jonas: Relative
    mira_here: Relative
    mira: Child
    other_household: uuid.UUID


def _child(put: Put, book: Book, name: str, group: str, placed: date) -> Child:
    return put(
        factories.child(
            book.identity.household_id,
            given_name=name,
            family_name="Janssens",
            date_of_birth=date(2023, 3, 14),
            placement_start=placed,
            sibling_group=group,
        )
    )


def _log(
    put: Put,
    book: Book,
    child: Child,
    day: date,
    *,
    severity: Severity | None = None,
    author: uuid.UUID | None = None,
) -> DailyLog:
    return put(
        factories.daily_log(
            book.identity,
            child,
            author_id=author or book.identity.user_id,
            date=day,
            mood=3,
            text="Rustige dag.",
            flag=severity is not None,
            severity=severity,
        )
    )


def _relative(
    put: Put, book: Book, name: str, relation: RelationKind, *kids: Child, **fields: object
) -> Relative:
    return put(
        Relative.model_validate(
            {
                "household_id": book.identity.household_id,
                "name": name,
                "relation": relation,
                "children": [k.id for k in kids],
                **fields,
            }
        )
    )


def _note(
    put: Put, book: Book, day: date, status: ContactStatus, relative: Relative, *kids: Child
) -> ContactNote:
    return put(factories.contact_note(book.identity, kids, [relative], status=status, date=day))


def _elsewhere(book: Book) -> tuple[uuid.UUID, Child]:
    """Another household of the store (as pulled): Lotte's sister Mira lives
    there, and that household wrote down the day Mira saw Lotte."""
    other = uuid.uuid4()
    mira = factories.child(
        other,
        given_name="Mira",
        family_name="Janssens",
        date_of_birth=date(2018, 1, 5),
        placement_start=date(2024, 1, 1),
        sibling_group=" janssens ",  # the same group, written differently
    )
    lotte_there = factories.relative(
        other,
        [mira],
        name="Lotte Janssens",
        relation=RelationKind.SIBLING,
        lives_where="Gezin Peeters",
    )
    saw = factories.contact_note(
        factories.Author(other, uuid.uuid4()),
        [mira],
        [lotte_there],
        status=ContactStatus.HAPPENED,
        date=d(14),
    )
    planned_there = saw.model_copy(
        update={"id": uuid.uuid4(), "date": d(28), "status": ContactStatus.PLANNED}
    )
    with book.store.write() as session:
        for record in (
            factories.household(id=other, name="Huis Ver"),
            mira,
            lotte_there,
            saw,
            planned_there,
        ):
            record_store.put_synced(session, record.model_copy(update={"version": 1}))
    return other, mira


@pytest.fixture
def world(book: Book, records: RecordService) -> World:
    book.today = lambda: TODAY
    amend: list[tuple[uuid.UUID, str, dict[str, object]]] = []
    with book.store.write() as session:  # one transaction: a fsync per record is slow

        def put(record: R) -> R:
            return records.create_in(session, record)

        lotte = _child(put, book, "Lotte", "Janssens", date(2024, 1, 1))
        daan = _child(put, book, "Daan", "Janssens", date(2024, 1, 1))
        sam = _child(put, book, "Sam", "", d(9))
        gone = _child(put, book, "Gone", "", date(2024, 1, 1))

        # Lotte: no log on 5-6 June nor on 17-19 June; two logs on 3 June.
        for day in days(START, TODAY):
            if day in (d(5), d(6), d(17), d(18), d(19)):
                continue
            severity = {d(4): Severity.LOW, d(12): Severity.MEDIUM, d(16): Severity.MEDIUM}.get(day)
            log = _log(put, book, lotte, day, severity=severity)
            if day == d(10):  # corrected into an incident
                amend.append((log.id, "forgot the flag", {"flag": True, "severity": "high"}))
            if day == d(12):  # corrected away: it was not an incident after all
                amend.append((log.id, "not an incident", {"flag": False, "severity": None}))
        _log(put, book, lotte, d(3), author=OTHER_AUTHOR)
        for day in days(START, TODAY):
            _log(put, book, daan, day)
        _log(put, book, daan, d(1), author=OTHER_AUTHOR)  # before the period
        for day in days(d(9), TODAY):
            _log(put, book, sam, day, author=OTHER_AUTHOR if day == d(10) else None)
        deleted = _log(put, book, sam, d(10))  # a second log that is deleted below

        mother = _relative(put, book, "Sara", RelationKind.MOTHER, lotte, daan)
        father = _relative(put, book, "Tom", RelationKind.FATHER, lotte)
        jonas = _relative(put, book, "Jonas", RelationKind.SIBLING, lotte, daan)
        mira_here = _relative(put, book, "Mira", RelationKind.SIBLING, lotte)

        _note(put, book, d(20, 5), ContactStatus.HAPPENED, mother, lotte, daan)
        _note(put, book, d(3), ContactStatus.HAPPENED, mother, lotte, daan)
        _note(put, book, d(10), ContactStatus.CANCELLED, mother, lotte, daan)
        _note(put, book, d(17), ContactStatus.NO_SHOW, mother, lotte, daan)
        _note(put, book, d(24), ContactStatus.PLANNED, mother, lotte, daan)
        _note(put, book, d(1, 5), ContactStatus.HAPPENED, father, lotte)
        visit = _note(put, book, d(6), ContactStatus.HAPPENED, father, lotte)
        amend.append((visit.id, "he did not come after all", {"status": "cancelled"}))
        _note(put, book, d(13), ContactStatus.PLANNED, father, lotte)  # planned, never updated
        _note(put, book, d(10, 5), ContactStatus.HAPPENED, jonas, lotte, daan)
        _note(put, book, d(15), ContactStatus.HAPPENED, jonas, daan)
        _note(put, book, d(30, 5), ContactStatus.HAPPENED, mira_here, lotte)

    for record_id, reason, changes in amend:
        records.amend(record_id, reason, **changes)
    records.update(gone.id, placement_end=d(1))  # left before the period
    records.delete(deleted.id)
    other, mira = _elsewhere(book)
    return World(book, records, lotte, daan, sam, mother, father, jonas, mira_here, mira, other)


def build(world: World, start: date = START, end: date = TODAY) -> HouseholdOverview:
    return Overview(world.book).build(world.book.identity.household_id, start, end)


def child_of(overview: HouseholdOverview, child: Child) -> ChildOverview:
    return next(c for c in overview.children if c.child.id == child.id)


def test_the_household_and_its_children_by_first_name(world: World) -> None:
    overview = build(world)
    assert overview.name == "Gezin Peeters"
    assert overview.household_kind == HouseholdKind.SIMBA
    assert (overview.start, overview.end, overview.on) == (START, TODAY, TODAY)
    # Gone left before the period; Mira lives in another household.
    assert [c.child.given_name for c in overview.children] == ["Daan", "Lotte", "Sam"]
    assert child_of(overview, world.lotte).age_months == 27


def test_entries_per_iso_week(world: World) -> None:
    lotte = child_of(build(world), world.lotte)
    assert lotte.weeks == (
        WeekStat(d(2), 2025, 23, days=7, entries=6, days_with_entry=5,
                 incidents=SeverityCounts(low=1)),
        WeekStat(d(9), 2025, 24, days=7, entries=7, days_with_entry=7,
                 incidents=SeverityCounts(high=1)),
        WeekStat(d(16), 2025, 25, days=5, entries=2, days_with_entry=2,
                 incidents=SeverityCounts(medium=1)),
    )  # fmt: skip
    assert lotte.entries == 15  # amendments are not entries of their own


def test_a_child_placed_during_the_period_counts_from_the_placement(world: World) -> None:
    sam = child_of(build(world), world.sam)
    assert [(w.days, w.entries) for w in sam.weeks] == [(0, 0), (7, 7), (5, 5)]
    assert sam.entries == 12  # the deleted second log of 10 June is not there
    assert sam.days_without_entry == 0 and sam.recent_gaps == ()


def test_days_without_an_entry_and_the_gaps_newest_first(world: World) -> None:
    overview = build(world)
    lotte = child_of(overview, world.lotte)
    assert lotte.days_without_entry == 5
    assert lotte.recent_gaps == (Gap(d(17), d(19)), Gap(d(5), d(6)))
    assert lotte.recent_gaps[0].days == 3
    assert lotte.days_without_recent == 3
    daan = child_of(overview, world.daan)
    assert daan.days_without_entry == 0 and daan.days_without_recent == 0


def test_today_is_not_missing_yet(world: World, records: RecordService) -> None:
    # Nobody wrote today's log for Daan yet: it is not a day without an entry.
    world.book.today = lambda: TODAY + timedelta(days=1)
    later = Overview(world.book).build(
        world.book.identity.household_id, START, TODAY + timedelta(days=1)
    )
    daan = child_of(later, world.daan)
    assert daan.days_without_entry == 0
    assert daan.weeks[-1].days == 6 and daan.weeks[-1].days_with_entry == 5


def test_incidents_as_their_latest_version_says(world: World) -> None:
    overview = build(world)
    lotte = child_of(overview, world.lotte)
    assert lotte.incidents == SeverityCounts(low=1, medium=1, high=1)
    assert lotte.incidents.total == 3 and lotte.incidents.highest == Severity.HIGH
    assert lotte.last_incident == d(16)
    assert lotte.incidents_recent == SeverityCounts(medium=1)
    assert child_of(overview, world.daan).incidents == SeverityCounts()
    assert overview.incident_weeks() == [
        (d(2), SeverityCounts(low=1)),
        (d(9), SeverityCounts(high=1)),
        (d(16), SeverityCounts(medium=1)),
    ]


def test_a_shorter_period_counts_only_its_own_days(world: World) -> None:
    overview = build(world, d(9), d(15))
    lotte = child_of(overview, world.lotte)
    assert overview.on == d(15)
    assert [(w.monday, w.entries) for w in lotte.weeks] == [(d(9), 7)]
    assert lotte.incidents == SeverityCounts(high=1)
    assert lotte.days_without_entry == 0
    mother = next(c for c in lotte.contacts if c.name == "Sara")
    assert (mother.held, mother.cancelled, mother.no_show) == (0, 1, 0)
    assert mother.last_held == d(3) and mother.days_since == 12  # from before the period
    assert mother.next_planned == d(24)


def test_contacts_per_relative_and_status(world: World) -> None:
    overview = build(world)
    lotte = {c.name: c for c in child_of(overview, world.lotte).contacts}
    assert list(lotte) == ["Sara", "Tom", "Jonas", "Mira"]  # parents first
    sara = lotte["Sara"]
    assert sara.relation == RelationKind.MOTHER and sara.relative_id == world.mother.id
    assert (sara.planned, sara.held, sara.cancelled, sara.no_show) == (0, 1, 1, 1)
    assert sara.last_held == d(3) and sara.days_since == 17
    assert sara.next_planned == d(24)
    assert sara.missed_in_a_row == 2
    tom = lotte["Tom"]
    # The visit of 6 June was corrected to cancelled; 13 June stayed "planned".
    assert (tom.planned, tom.held, tom.cancelled, tom.no_show) == (1, 0, 1, 0)
    assert tom.last_held == d(1, 5) and tom.days_since == 50
    assert tom.missed_in_a_row == 1
    daan = {c.name: c for c in child_of(overview, world.daan).contacts}
    assert list(daan) == ["Sara", "Jonas"]
    assert daan["Jonas"].held == 1 and daan["Jonas"].last_held == d(15)
    assert child_of(overview, world.sam).contacts == ()


def test_siblings_together_and_apart(world: World) -> None:
    overview = build(world)
    lotte = {s.name: s for s in child_of(overview, world.lotte).siblings}
    assert set(lotte) == {"Daan Janssens", "Mira Janssens", "Jonas"}
    daan = lotte["Daan Janssens"]
    assert daan.together and daan.child_id == world.daan.id and daan.days_since is None
    mira = lotte["Mira Janssens"]
    assert not mira.together and mira.child_id == world.mira.id
    assert mira.household_id == world.other_household
    assert mira.relative_id == world.mira_here.id
    # Lotte's household wrote 30 May; Mira's household wrote 14 June.
    assert mira.last_seen == d(14) and mira.days_since == 6
    jonas = lotte["Jonas"]
    assert not jonas.together and jonas.relative_id == world.jonas.id
    assert jonas.child_id is None and jonas.last_seen == d(10, 5) and jonas.days_since == 41
    daans = {s.name: s for s in child_of(overview, world.daan).siblings}
    assert daans["Lotte Janssens"].together
    assert daans["Jonas"].last_seen == d(15) and daans["Jonas"].days_since == 5
    # Nobody wrote down a meeting of Daan and Mira.
    assert daans["Mira Janssens"].last_seen is None and daans["Mira Janssens"].days_since is None
    assert child_of(overview, world.sam).siblings == ()


def test_a_sibling_relative_placed_together_is_not_apart(
    world: World, records: RecordService
) -> None:
    noah = _relative(
        records.create, world.book, "Noah", RelationKind.HALF_SIBLING, world.sam,
        placed_together=True,
    )  # fmt: skip
    [link] = child_of(build(world), world.sam).siblings
    assert link.together and link.name == "Noah" and link.relative_id == noah.id
    assert link.last_seen is None
    assert not any(s.code == SignalCode.SIBLING_NOT_SEEN for s in build(world).signals
                   if s.child_id == world.sam.id)  # fmt: skip


def test_milestones_per_domain_as_the_milestones_page_shows_them(
    world: World, records: RecordService
) -> None:
    service = MilestoneService(world.book)

    def observe(item: str, status: MilestoneStatus, day: date) -> None:
        records.create(
            MilestoneObservation(
                household_id=world.book.identity.household_id,
                child_id=world.lotte.id,
                item_id=item,
                status=status,
                observed_on=day,
            )
        )

    observe("who-walk-alone", MilestoneStatus.EMERGING, d(1, 3))
    observe("who-walk-alone", MilestoneStatus.ACHIEVED, d(10))
    observe("who-stand-alone", MilestoneStatus.ACHIEVED, d(1, 2))
    observe("cdc-24m-social-01", MilestoneStatus.ACHIEVED, d(1, 4))
    observe("cdc-24m-social-01", MilestoneStatus.NOT_YET, d(11))  # a correction
    observe("cdc-24m-lang-01", MilestoneStatus.EMERGING, d(12))
    observe("cdc-24m-lang-02", MilestoneStatus.ACHIEVED, TODAY)
    observe("no-such-item", MilestoneStatus.ACHIEVED, d(12))  # not in the catalog: ignored

    lotte = child_of(build(world, START, d(19)), world.lotte)
    by_domain = {p.domain: p for p in lotte.milestones}
    assert (by_domain["gross_motor"].achieved, by_domain["gross_motor"].emerging) == (2, 0)
    assert by_domain["gross_motor"].achieved_in_period == 1
    assert (by_domain["social_emotional"].achieved, by_domain["social_emotional"].emerging) == (
        0,
        0,
    )
    # Observed today, after the period's end: not counted yet.
    assert (by_domain["language"].achieved, by_domain["language"].emerging) == (0, 1)
    # Totals and achieved items are those of the Milestones page on that day.
    page = service.overview(world.lotte, d(19))
    rows: dict[str, list[MilestoneStatus | None]] = defaultdict(list)
    for row in page.rows:
        standing = next((o.status for o in row.history if o.observed_on <= d(19)), None)
        rows[row.item.domain].append(standing)
    assert {p.domain for p in lotte.milestones} == set(rows)
    for progress in lotte.milestones:
        shown = rows[progress.domain]
        assert progress.total == len(shown) > 0
        assert progress.achieved == shown.count(MilestoneStatus.ACHIEVED)
    assert [p.domain for p in lotte.milestones] == [
        dom for dom in service.catalog.domains() if dom in rows
    ]


def test_signals_say_where_to_look(world: World) -> None:
    found = [(s.code, s.child_id, dict(s.params)) for s in build(world).signals]
    lotte, daan = world.lotte.id, world.daan.id
    assert found == [
        (SignalCode.INCIDENT_RECENT, lotte,
         {"child": "Lotte Janssens", "count": 1, "severity": "medium", "last": "2025-06-16"}),
        (SignalCode.DAYS_WITHOUT_ENTRY, lotte,
         {"child": "Lotte Janssens", "days": 3, "window": 7}),
        (SignalCode.CONTACTS_MISSED, daan,
         {"child": "Daan Janssens", "relative_id": str(world.mother.id), "relative": "Sara",
          "count": 2}),
        (SignalCode.CONTACTS_MISSED, lotte,
         {"child": "Lotte Janssens", "relative_id": str(world.mother.id), "relative": "Sara",
          "count": 2}),
        (SignalCode.SIBLING_NOT_SEEN, daan,
         {"child": "Daan Janssens", "sibling": "Mira Janssens", "days": None}),
        (SignalCode.SIBLING_NOT_SEEN, lotte,
         {"child": "Lotte Janssens", "sibling": "Jonas", "days": 41}),
    ]  # fmt: skip


def test_no_signals_for_a_quiet_week(world: World, records: RecordService) -> None:
    # A held visit after the no-show breaks the run of missed contacts.
    _note(
        records.create, world.book, d(19), ContactStatus.HAPPENED, world.mother, world.lotte,
        world.daan,
    )  # fmt: skip
    codes = {(s.code, s.child_id) for s in build(world).signals}
    assert (SignalCode.CONTACTS_MISSED, world.lotte.id) not in codes
    assert (SignalCode.CONTACTS_MISSED, world.daan.id) not in codes


def test_a_period_that_ends_before_it_starts_is_refused(world: World) -> None:
    with pytest.raises(ValueError):
        build(world, TODAY, START)


def test_an_unknown_household_is_empty(book: Book) -> None:
    overview = Overview(book).build(uuid.uuid4(), START, TODAY)
    assert overview.children == () and overview.signals == () and overview.name == ""


def test_wellbeing_checks_their_due_day_and_trend(world: World) -> None:
    from app.domain.records import WellbeingCheck

    def check(child: Child, day: date, **ratings: int | None) -> None:
        world.records.create(WellbeingCheck(
            household_id=world.book.identity.household_id, author_id=world.book.identity.user_id,
            child_id=child.id, date=day, ratings=ratings,
        ))  # fmt: skip

    check(world.lotte, date(2024, 12, 1), care=2, food_security=2, livelihood=None)
    check(world.lotte, date(2025, 3, 1), care=3, food_security=2, livelihood=None)
    check(world.lotte, d(18), care=4, food_security=4)  # after the period's end
    lotte = child_of(build(world, end=d(15)), world.lotte)
    assert lotte.wellbeing == ((date(2024, 12, 1), 2.0), (date(2025, 3, 1), 2.5))
    assert lotte.wellbeing_last == date(2025, 3, 1)
    assert lotte.wellbeing_due == date(2025, 3, 1) + timedelta(days=91)  # 31 May: due
    # No check yet: due a month after the placement started.
    sam = child_of(build(world), world.sam)
    assert sam.wellbeing == () and sam.wellbeing_last is None
    assert sam.wellbeing_due == d(9) + timedelta(days=30)


def test_a_log_written_today_counts_in_the_past_week(world: World) -> None:
    # Lotte has no log on 17-19 June and one today (the 20th): 3 of the past 7 days
    # (14-20 June), today included as a day with a log.
    lotte = child_of(build(world), world.lotte)
    assert lotte.days_without_recent == 3
    world.book.today = lambda: TODAY + timedelta(days=3)
    later = Overview(world.book).build(
        world.book.identity.household_id, START, TODAY + timedelta(days=3)
    )
    # 17-23 June: 17, 18, 19, 21 and 22 without; the 23rd (today) not over yet.
    assert child_of(later, world.lotte).days_without_recent == 5


def test_days_without_a_log_count_from_the_households_first_day(
    book: Book, records: RecordService
) -> None:
    # A household that starts in the app today, with a child placed months ago.
    book.today = lambda: TODAY
    child = records.create(factories.child(book.identity.household_id, placement_start=d(1, 3)))
    overview = Overview(book).build(book.identity.household_id, d(1, 3), TODAY)
    assert child_of(overview, child).days_without_entry == 0
    assert not overview.signals
    # Its first log, a week ago: counted from there.
    records.create(factories.daily_log(book.identity, child, date=d(13)))
    overview = Overview(book).build(book.identity.household_id, d(1, 3), TODAY)
    assert child_of(overview, child).days_without_entry == 6  # 14 to 19 June
