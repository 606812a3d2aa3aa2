"""The supervisor's demo store: several households as pulled, complete and reproducible."""

from __future__ import annotations

import json
import re
import uuid
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import TypeVar

import pytest
from sqlalchemy import text

from app.demo import supervisor
from app.domain.records import (
    Child,
    ContactNote,
    DailyLog,
    MilestoneObservation,
    Record,
    Relative,
    Review,
    parse_record,
)
from app.domain.vocabulary import ContactStatus, HouseholdKind, RelationKind, ReviewMark, Role
from app.services import profile
from app.services.overview import Overview, SignalCode
from app.storage import bulk, outbox, records, sync_state, timeline
from app.storage.book import Book
from tests import factories

T = TypeVar("T", bound=Record)
PASSPHRASE = "correct horse battery staple"
TODAY = date(2026, 2, 18)
HOUSEHOLDS, CHILDREN, DAYS = 4, 5, 70


def supervisor_book(folder: Path) -> Book:
    return profile.create_profile(
        folder,
        PASSPHRASE,
        profile.NewProfile("Hilde Vos", "Dienst Pleegzorg", HouseholdKind.SIMBA, Role.SUPERVISOR),
        strength="minimum",
        today=lambda: TODAY,
    )


@dataclass
class Filled:
    book: Book
    summary: supervisor.SupervisorSummary
    outbox_before: int
    records: list[Record]
    rows: list[dict[str, object]]

    def of(self, cls: type[T]) -> list[T]:
        return [r for r in self.records if isinstance(r, cls)]


@pytest.fixture(scope="module")
def filled(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Filled]:
    book = supervisor_book(tmp_path_factory.mktemp("supervisor") / "profile")
    with book.store.read() as session:
        before = outbox.pending_count(session)
    summary = supervisor.fill_supervisor(book, HOUSEHOLDS, CHILDREN, DAYS, seed=7)
    ids = [str(h.household_id) for h in summary.households]
    with book.store.read() as session:
        rows = [
            dict(r)
            for r in session.execute(
                text(
                    "SELECT kind, household_id, content, sync_state, ever_synced FROM record "
                    f"WHERE household_id IN ({', '.join(repr(i) for i in ids)})"
                )
            ).mappings()
        ]
    records = [parse_record(str(r["kind"]), str(r["content"])) for r in rows]
    yield Filled(book, summary, before, records, rows)
    book.close()


def test_households_of_every_kind_with_their_children(filled: Filled) -> None:
    households = filled.summary.households
    assert len(households) == HOUSEHOLDS
    assert len({h.household_id for h in households}) == HOUSEHOLDS
    assert len({h.name for h in households}) == HOUSEHOLDS
    assert {h.household_kind for h in households} == {
        HouseholdKind.SIMBA,
        HouseholdKind.VILLAGE_FAMILY,
        HouseholdKind.MINORS_HOUSE,
    }
    children = filled.of(Child)
    per_household = Counter(c.household_id for c in children)
    assert per_household == {h.household_id: CHILDREN for h in households}
    for household in households:
        assert len(household.children) == CHILDREN
    minors = next(h for h in households if h.household_kind == HouseholdKind.MINORS_HOUSE)
    for child in children:
        if child.household_id == minors.household_id:
            assert 14 * 12 <= child.age_months(TODAY) < 19 * 12


def test_counts_per_household_match_the_store(filled: Filled) -> None:
    stored: dict[uuid.UUID, Counter[str]] = {}
    for row in filled.rows:
        stored.setdefault(uuid.UUID(str(row["household_id"])), Counter())[str(row["kind"])] += 1
    for household in filled.summary.households:
        assert dict(stored[household.household_id]) == dict(household.counts)
        counts = household.counts
        assert counts["household"] == 1 and counts["person"] == 2
        assert counts["contact_note"] > 0 and counts["relative"] > 0
    assert filled.summary.records == len(filled.records)
    # A log most evenings since the child came (or the start), never before.
    first = TODAY - timedelta(days=DAYS - 1)
    logs = Counter(g.child_id for g in filled.of(DailyLog))
    for child in filled.of(Child):
        since = max(first, child.placement_start)
        days = (TODAY - since).days + 1
        assert 0.8 * days <= logs[child.id] <= days, child.placement_start


def test_stored_as_pulled_nothing_in_the_outbox(filled: Filled) -> None:
    assert all(r["sync_state"] == "synced" and r["ever_synced"] for r in filled.rows)
    with filled.book.store.read() as session:
        assert outbox.pending_count(session) == filled.outbox_before
    assert all(r.version == 1 and r.modified_at and r.device_id for r in filled.records)
    households = json.loads(filled.book.store.get_meta(sync_state.HOUSEHOLDS) or "[]")
    assert households == [str(h.household_id) for h in filled.summary.households]


def test_records_parse_back_and_are_valid(filled: Filled) -> None:
    for record in filled.records:
        assert record.problems(TODAY) == [], record.kind
    logs = filled.of(DailyLog)
    assert all(TODAY - timedelta(days=DAYS - 1) <= g.date <= TODAY for g in logs)
    assert all("{" not in g.search_text() for g in logs)  # every placeholder was filled in
    assert len({(g.child_id, g.date) for g in logs}) == len(logs)


def test_child_links_and_search_work_on_bulk_written_records(filled: Filled) -> None:
    log = filled.of(DailyLog)[0]
    with filled.book.store.read() as session:
        found = records.for_child(session, log.child_id, [DailyLog.kind], on=log.date)
        assert [r.id for r in found] == [log.id]
        word = max(re.findall(r"\b[A-Za-z]{5,}\b", log.text), key=len)
        hits = timeline.search(session, word, child_id=log.child_id, limit=500)
    assert log.id in {h.record.id for h in hits}


def test_incidents_missed_contacts_and_reviews(filled: Filled) -> None:
    flagged = [g for g in filled.of(DailyLog) if g.flag]
    assert flagged and all(g.severity is not None for g in flagged)
    statuses = Counter(n.status for n in filled.of(ContactNote))
    assert statuses[ContactStatus.CANCELLED] and statuses[ContactStatus.NO_SHOW]
    assert statuses[ContactStatus.PLANNED] and statuses[ContactStatus.HAPPENED]
    reviews = filled.of(Review)
    me = filled.book.identity.user_id
    marks = Counter(r.mark for r in reviews)
    assert marks[ReviewMark.REVIEWED] and marks[ReviewMark.QUESTION] >= marks[ReviewMark.ANSWER]
    assert marks[ReviewMark.QUESTION] >= HOUSEHOLDS - 1  # nearly every household has had one
    by_id = {r.id: r for r in filled.records}
    for review in reviews:
        target = by_id[review.target_id]
        assert review.household_id == target.household_id
        assert review.children == target.child_ids()
        assert (review.author_id == me) == (review.mark != ReviewMark.ANSWER)
    # Every incident older than a week was seen by the supervisor; the last week's not yet.
    seen = {r.target_id for r in reviews if r.author_id == me}
    week_ago = TODAY - timedelta(days=7)
    assert {g.id for g in flagged if g.date <= week_ago} <= seen
    assert not {g.id for g in flagged if g.date > week_ago} & seen
    assert any(g.date > week_ago for g in flagged)
    assert len(filled.of(MilestoneObservation)) > 0


def test_siblings_in_and_across_households(filled: Filled) -> None:
    homes: dict[str, set[uuid.UUID]] = {}
    for child in filled.of(Child):
        homes.setdefault(child.sibling_group, set()).add(child.household_id)
    across = [g for g, where in homes.items() if len(where) > 1]
    assert across
    names = {c.display_name() for c in filled.of(Child)}
    siblings = [r for r in filled.of(Relative) if r.relation == RelationKind.SIBLING]
    assert any(r.name in names for r in siblings)  # a sibling in another household


def test_the_overview_finds_what_the_demo_put_there(filled: Filled) -> None:
    overview = Overview(filled.book)
    codes: Counter[SignalCode] = Counter()
    for household in filled.summary.households:
        built = overview.build(household.household_id, TODAY - timedelta(days=DAYS - 1), TODAY)
        assert len(built.children) == CHILDREN
        codes.update(s.code for s in built.signals)
    assert set(codes) == set(SignalCode)


def test_the_same_seed_gives_the_same_records(tmp_path: Path, filled: Filled) -> None:
    again = supervisor_book(tmp_path / "again")
    try:
        summary = supervisor.fill_supervisor(again, HOUSEHOLDS, CHILDREN, DAYS, seed=7)
    finally:
        again.close()
    assert summary.households == filled.summary.households


def test_a_french_store_holds_the_same_records_in_french(tmp_path: Path, filled: Filled) -> None:
    book = supervisor_book(tmp_path / "fr")
    try:
        summary = supervisor.fill_supervisor(
            book, HOUSEHOLDS, CHILDREN, DAYS, seed=7, language="fr"
        )
        with book.store.read() as session:
            logs = [r for r in records.list_kind(session, "daily_log") if isinstance(r, DailyLog)]
    finally:
        book.close()
    assert [h.name for h in summary.households][:2] == [
        "Famille Simba Verhulst",
        "Famille SOS Nadia (village d'enfants de Chièvres)",
    ]
    assert [(h.household_id, h.children, h.counts) for h in summary.households] == [
        (h.household_id, h.children, h.counts) for h in filled.summary.households
    ]
    assert all("{" not in g.search_text() for g in logs)
    flagged = " ".join(g.text for g in logs if g.flag)
    assert flagged and "Dienst" not in flagged and "verwittigd" not in flagged


def test_only_a_supervisor_profile_is_filled(book: Book) -> None:
    with pytest.raises(ValueError, match="supervisor"):
        supervisor.fill_supervisor(book, 1, 1, 1)
    with pytest.raises(ValueError, match="at least 1"):
        supervisor.fill_supervisor(book, 0, 1, 1)
    with book.store.read() as session:
        assert records.count_by_kind(session) == {"household": 1, "person": 1}


def kid_and_log(book: Book, text: str = "") -> tuple[Child, DailyLog]:
    """A child and a log of them, as a pull would bring them."""
    household = book.identity.household_id
    kid = factories.child(
        household,
        given_name="Wout",
        date_of_birth=date(2020, 1, 1),
        placement_start=date(2024, 1, 1),
    )
    log = factories.daily_log(
        factories.Author(household, uuid.uuid4()), kid, date=date(2025, 1, 2), text=text
    )
    return kid, log


def test_the_bulk_write_keeps_links_and_words_and_updates_what_it_has(book: Book) -> None:
    kid, log = kid_and_log(book, "Zwartbessenkanarie gezien")
    with book.store.write() as session:
        assert bulk.put_synced_many(session, [kid, log]) == 2
    changed = log.model_copy(update={"text": "Vuurtorenwachter", "version": 2})
    gone = kid.model_copy(update={"deleted": True, "version": 2})
    with book.store.write() as session:
        assert bulk.put_synced_many(session, [changed, gone]) == 2
    with book.store.read() as session:
        assert [r.id for r in records.for_child(session, kid.id, [DailyLog.kind])] == [log.id]
        assert timeline.search(session, "Zwartbessenkanarie") == []
        [hit] = timeline.search(session, "vuurtoren")
        assert hit.record == changed and hit.sync_state == "synced" and hit.ever_synced
        stored = records.get(session, kid.id)
        assert stored is not None and stored.record.deleted
        assert records.for_child_all(session, kid.id, Child.kind) == []
        assert outbox.outbox_for(session, log.id) == []


def test_the_bulk_write_skips_what_it_holds_exactly_and_only_that(book: Book) -> None:
    kid, log = kid_and_log(book)
    with book.store.write() as session:
        assert bulk.put_synced_many(session, [kid, log]) == 2
    with book.store.write() as session:
        assert bulk.put_synced_many(session, [kid, log]) == 0  # held exactly: no write
        outbox.mark_rejected(session, log.id, "refused")
    newer = kid.model_copy(update={"given_name": "Wouter", "version": 2})
    with book.store.write() as session:
        # The same content but refused here: written again (synced). A record twice in
        # one call: each version written in turn, the last one kept.
        assert bulk.put_synced_many(session, [log, newer, kid, newer]) == 4
    with book.store.read() as session:
        stored_log, stored_kid = records.get(session, log.id), records.get(session, kid.id)
    assert stored_log is not None and stored_log.sync_state == "synced"
    assert stored_kid is not None and stored_kid.record == newer
