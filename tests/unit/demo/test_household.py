"""The demo household: realistic, complete, written the app's own way, and reproducible."""

from __future__ import annotations

import re
import uuid
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from itertools import pairwise
from pathlib import Path

import pytest

from app.demo import bulk, household
from app.demo.phrases import UnknownLanguage, phrases
from app.domain.catalog import load_catalog
from app.domain.records import (
    Child,
    ContactNote,
    DailyLog,
    MilestoneObservation,
    Person,
    Record,
    Relative,
)
from app.domain.vocabulary import ContactKind, ContactStatus, MilestoneStatus, RelationKind, Role
from app.services import profile
from app.services.records import RecordService
from app.storage import outbox, timeline
from app.storage import records as record_store
from app.storage.book import Book

PASSPHRASE = "correct horse battery staple"
TODAY = date(2026, 2, 18)  # a winter's day: colds, fevers and the inhaler are in season
# Words that give a text away as Dutch or as French (none of them is both).
DUTCH = {
    "het", "een", "van", "naar", "niet", "goed", "wat", "bij", "ook", "met", "op", "om",
    "veel", "dag", "zelf", "nog", "wel",
}  # fmt: skip
FRENCH = {
    "le", "la", "les", "une", "avec", "au", "du", "bien", "est", "sa", "à", "il", "elle",
    "un", "des", "très", "et",
}  # fmt: skip


def words(text: str) -> set[str]:
    return set(re.findall(r"[a-zàâçéèêëîïôûùüÿœ']+", text.lower()))


def new_book(folder: Path, today: date = TODAY) -> Book:
    return profile.create_profile(
        folder, PASSPHRASE, household.DEMO_PROFILE, strength="minimum", today=lambda: today
    )


@dataclass
class Filled:
    book: Book
    summary: household.DemoSummary
    records: list[Record]

    def of(self, cls: type[Record]) -> list[Record]:
        return [r for r in self.records if isinstance(r, cls)]

    @property
    def logs(self) -> list[DailyLog]:
        return [r for r in self.records if isinstance(r, DailyLog)]

    @property
    def contacts(self) -> list[ContactNote]:
        return [r for r in self.records if isinstance(r, ContactNote)]

    @property
    def children(self) -> list[Child]:
        return [r for r in self.records if isinstance(r, Child)]


def all_records(book: Book) -> list[Record]:
    with book.store.read() as session:
        counts = record_store.count_by_kind(session)
        return [r for kind in counts for r in record_store.list_kind(session, kind)]


@pytest.fixture(scope="module")
def filled(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Filled]:
    book = new_book(tmp_path_factory.mktemp("demo") / "profile")
    summary = household.fill(book, years=1)
    yield Filled(book, summary, all_records(book))
    book.close()


def test_the_household_and_its_sibling_group(filled: Filled) -> None:
    assert (
        filled.summary.household == household.DEMO_PROFILE.household_name == "Simba-gezin Verhulst"
    )
    assert len(filled.summary.children) == 3
    kids = filled.children
    assert sorted(k.display_name() for k in kids) == sorted(filled.summary.children)
    assert len({k.sibling_group for k in kids}) == 1
    assert all(k.languages == ["nl", "fr"] for k in kids)
    ages = sorted(k.age_months(TODAY) / 12 for k in kids)
    assert 0.8 < ages[0] < 1.6 and 2.5 < ages[1] < 3.8 and 4.5 < ages[2] < 6
    assert all(k.placement_start <= TODAY - timedelta(days=365) for k in kids)


def test_a_daily_log_per_child_most_days_ending_today(filled: Filled) -> None:
    per_child = Counter(log.child_id for log in filled.logs)
    assert set(per_child) == {k.id for k in filled.children}
    assert all(n >= 300 for n in per_child.values())
    assert len({(g.child_id, g.date, g.author_id) for g in filled.logs}) == len(filled.logs)
    assert len({(g.child_id, g.date) for g in filled.logs}) == len(filled.logs)
    first = TODAY - timedelta(days=365)
    assert all(first <= g.date <= TODAY for g in filled.logs)
    for kid in filled.children:
        assert max(g.date for g in filled.logs if g.child_id == kid.id) == TODAY
    moods = Counter(g.mood for g in filled.logs)
    assert set(moods) <= {1, 2, 3, 4, 5} and len(moods) >= 4


def test_logs_are_written_in_the_evening_of_their_day(filled: Filled) -> None:
    now = datetime.now(UTC)
    for log in filled.logs:
        assert log.created_at.date() == log.date
        assert 18 <= log.created_at.hour <= 21 and log.created_at <= now
    old = next(g for g in filled.logs if g.date < TODAY - timedelta(days=2))
    records = RecordService(filled.book)
    assert not records.editability(records.get(old.id)).editable


def test_logs_cover_the_whole_day_and_health(filled: Filled) -> None:
    logs = filled.logs
    for name in ("sleep", "eating", "activities", "text"):
        assert all(getattr(g, name) for g in logs), name
        assert len({getattr(g, name) for g in logs}) >= 8, name
    assert sum(bool(g.school) for g in logs) > len(logs) / 3
    assert sum(bool(g.moments) for g in logs) > len(logs) / 5
    medication = " ".join(g.medication for g in logs).lower()
    assert "paracetamol" in medication and "puffer" in medication
    assert sum(bool(g.health) for g in logs) > 20
    assert all("{" not in g.search_text() for g in logs)  # every placeholder was filled in


def test_dutch_by_the_care_parents_and_french_by_the_relief_carer(filled: Filled) -> None:
    me = filled.book.identity.user_id
    relief = [p for p in filled.of(Person) if p.id != me]
    assert len(relief) == 1
    carer = relief[0]
    assert isinstance(carer, Person)
    assert carer.display_name == household.RELIEF_CARER and carer.role == Role.CAREGIVER
    assert filled.book.identity.household_id in carer.households
    authors = Counter(g.author_id for g in filled.logs)
    assert set(authors) == {me, carer.id}
    assert authors[me] > 5 * authors[carer.id] > 0
    for log in filled.logs:
        said = words(log.search_text())
        if log.author_id == carer.id:
            assert said & FRENCH and not said & DUTCH, log.search_text()
        else:
            assert said & DUTCH and not said & FRENCH, log.search_text()
    assert any(words(c.search_text()) & FRENCH for c in filled.contacts)


def test_flagged_incidents(filled: Filled) -> None:
    flagged = [g for g in filled.logs if g.flag]
    assert len(flagged) >= 3
    assert all(g.severity is not None for g in flagged)
    texts = " ".join(g.text for g in flagged)
    assert "glijbaan" in texts and "driftbui" in texts and "pavor nocturnus" in texts
    visits = {
        c.date
        for c in filled.contacts
        if c.contact_kind == ContactKind.SUPERVISED_VISIT and c.status == ContactStatus.HAPPENED
    }
    night = next(g for g in flagged if "pavor nocturnus" in g.text)
    assert night.date - timedelta(days=1) in visits


def test_relatives_with_a_sibling_placed_elsewhere(filled: Filled) -> None:
    relatives = [r for r in filled.of(Relative) if isinstance(r, Relative)]
    relations = Counter(r.relation for r in relatives)
    assert relations == {
        RelationKind.MOTHER: 1,
        RelationKind.FATHER: 1,
        RelationKind.GRANDPARENT: 1,
        RelationKind.SIBLING: 1,
    }
    kids = {k.id for k in filled.children}
    assert all(set(r.children) == kids and r.contact_arrangement for r in relatives)
    sibling = next(r for r in relatives if r.relation == RelationKind.SIBLING)
    assert not sibling.placed_together and "SOS" in sibling.lives_where


def test_contact_notes(filled: Filled) -> None:
    contacts = filled.contacts
    relatives = {r.id: r for r in filled.of(Relative) if isinstance(r, Relative)}
    kids = {k.id for k in filled.children}
    assert all(set(c.relatives) <= set(relatives) and set(c.children) <= kids for c in contacts)
    statuses = Counter(c.status for c in contacts)
    assert statuses[ContactStatus.CANCELLED] >= 1 and statuses[ContactStatus.NO_SHOW] == 1
    kinds = Counter(c.contact_kind for c in contacts)
    assert kinds[ContactKind.SUPERVISED_VISIT] >= 24
    assert kinds[ContactKind.PHONE] >= 30 and kinds[ContactKind.VIDEO] >= 20
    visits = sorted(
        c.date
        for c in contacts
        if c.contact_kind == ContactKind.SUPERVISED_VISIT and c.status != ContactStatus.PLANNED
    )
    assert {(b - a).days for a, b in pairwise(visits)} == {14}
    mother = next(r.id for r in relatives.values() if r.relation == RelationKind.MOTHER)
    assert all(mother in c.relatives for c in contacts if c.date in visits)
    for note in contacts:
        if note.status == ContactStatus.HAPPENED and note.contact_kind != ContactKind.LETTER:
            assert note.reaction_during and note.duration_minutes
        if note.contact_kind == ContactKind.SUPERVISED_VISIT and (
            note.status == ContactStatus.HAPPENED
        ):
            assert note.reaction_before and note.reaction_after and note.agreements
        if note.status in (ContactStatus.CANCELLED, ContactStatus.NO_SHOW):
            assert note.text or note.reaction_during
        assert note.date <= TODAY or note.status == ContactStatus.PLANNED


def test_milestones_from_the_catalog(filled: Filled) -> None:
    catalog = load_catalog()
    observations = [m for m in filled.of(MilestoneObservation)]
    assert len(observations) > 50
    kids = {k.id: k for k in filled.children}
    for obs in observations:
        assert isinstance(obs, MilestoneObservation)
        assert obs.item_id in catalog
        assert kids[obs.child_id].placement_start <= obs.observed_on <= TODAY
    youngest = min(kids.values(), key=lambda k: TODAY - k.date_of_birth)
    achieved_who = [
        m
        for m in observations
        if isinstance(m, MilestoneObservation)
        and m.child_id == youngest.id
        and m.item_id.startswith("who-")
        and m.status == MilestoneStatus.ACHIEVED
    ]
    assert len(achieved_who) >= 3
    for obs in achieved_who:
        item = catalog.by_id(obs.item_id)
        assert item.in_window(youngest.age_months(obs.observed_on)), obs
    first: dict[tuple[uuid.UUID, str], dict[MilestoneStatus, date]] = {}
    for obs in observations:
        assert isinstance(obs, MilestoneObservation)
        first.setdefault((obs.child_id, obs.item_id), {})[obs.status] = obs.observed_on
    seen = [s for s in first.values() if len(s) > 1]
    assert seen and all(
        s.get(MilestoneStatus.EMERGING, date.min) <= s.get(MilestoneStatus.ACHIEVED, date.max)
        for s in seen
    )
    assert any(MilestoneStatus.NOT_YET in s for s in first.values())


def test_every_record_is_valid_and_has_exactly_one_outbox_entry(filled: Filled) -> None:
    for record in filled.records:
        record.check(TODAY)
        assert record.version == 1 and record.device_id == filled.book.identity.device_id
        assert record.household_id == filled.book.identity.household_id
    with filled.book.store.read() as session:
        counts = record_store.count_by_kind(session)
        entries = outbox.outbox(session)
    assert sum(counts.values()) == len(entries) == len(filled.records)
    assert Counter(e.record_id for e in entries) == Counter(str(r.id) for r in filled.records)
    # the household and its first person came with the profile
    assert filled.summary.records == len(filled.records) - 2


def test_dates_follow_the_real_today(book: Book) -> None:
    summary = household.fill(book, years=1, seed=7)
    today = book.today()
    logs = [r for r in all_records(book) if isinstance(r, DailyLog)]
    assert len(summary.children) == 3 and len(logs) >= 900
    assert max(g.date for g in logs) == today
    assert min(g.date for g in logs) >= today - timedelta(days=365)


def test_same_seed_same_household(tmp_path: Path) -> None:
    def run(
        folder: str, seed: int
    ) -> tuple[household.DemoSummary, Counter[str], list[tuple[str, ...]]]:
        book = new_book(tmp_path / folder)
        try:
            summary = household.fill(book, years=1, seed=seed)
            records = all_records(book)
        finally:
            book.close()
        names = {r.id: r.given_name for r in records if isinstance(r, Child)}
        logs = sorted(
            (names[r.child_id], r.date.isoformat(), r.search_text())
            for r in records
            if isinstance(r, DailyLog)
        )
        return summary, Counter(r.kind for r in records), logs

    first, second, other = run("a", 2026), run("b", 2026), run("c", 99)
    assert first == second
    assert other[2] != first[2]


def test_fill_refuses_what_it_cannot_make(book: Book) -> None:
    with pytest.raises(ValueError):
        household.fill(book, years=0)
    with pytest.raises(ValueError):
        household.fill(book, children=len(household.KIDS) + 1)


def test_fill_large_in_batches(book: Book) -> None:
    summary = bulk.fill_large(book, children=3, years=1, batch_size=400)
    days = 365
    assert len(summary.children) == 3
    with book.store.read() as session:
        counts = record_store.count_by_kind(session)
        waiting = len(outbox.outbox(session))
        hits = timeline.search(session, bulk.LARGE_RARE_WORD, limit=1_000)
    assert counts["daily_log"] == 3 * days
    assert sum(counts.values()) == waiting == summary.records + 2
    assert len(hits) == 3 * bulk.LARGE_RARE_PER_CHILD
    logs = [r for r in all_records(book) if isinstance(r, DailyLog)]
    assert {g.date for g in logs} == {book.today() - timedelta(days=i) for i in range(days)}
    assert all(g.text and g.mood for g in logs)


@pytest.mark.slow
def test_fill_unbatched_gives_the_same_counts(tmp_path: Path) -> None:
    batched, unbatched = new_book(tmp_path / "a"), new_book(tmp_path / "b")
    try:
        one = household.fill(batched, years=1, children=2)
        many = household.fill(unbatched, years=1, children=2, batch=False)
        assert one == many
        with unbatched.store.read() as session:
            assert len(outbox.outbox(session)) == many.records + 2
    finally:
        batched.close()
        unbatched.close()


@pytest.fixture(scope="module")
def french(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Filled]:
    book = profile.create_profile(
        tmp_path_factory.mktemp("demo-fr") / "profile",
        PASSPHRASE,
        household.demo_profile("fr"),
        strength="minimum",
        today=lambda: TODAY,
    )
    summary = household.fill(book, years=1, language="fr")
    yield Filled(book, summary, all_records(book))
    book.close()


def test_a_french_demo_is_written_in_french(french: Filled) -> None:
    # French speakers get an SOS family in the children's village of Chantevent.
    assert french.summary.household == "Famille SOS Mercier (village d'enfants de Chantevent)"
    assert french.book.identity.display_name == "Claire Mercier"
    fr = phrases("fr")
    moods = {
        line.format(**fr.words(girl))
        for pool in (fr.carer.mood, fr.relief.mood)
        for lines in pool.values()
        for line in lines
        for girl in (True, False)
    }
    plain = [g for g in french.logs if not g.flag]
    assert plain and all(g.text in moods for g in plain)
    for log in french.logs:
        said = words(log.search_text())
        assert said & FRENCH and not said & DUTCH, log.search_text()
        assert "{" not in log.search_text()
    assert all(words(c.search_text()) & FRENCH for c in french.contacts if c.search_text())


def test_the_same_seed_gives_the_same_records_in_every_language(
    filled: Filled, french: Filled, tmp_path: Path
) -> None:
    def shape(of: Filled) -> list[tuple[str, str, int]]:
        return sorted(
            (r.kind, str(getattr(r, "date", "")), getattr(r, "mood", 0) or 0) for r in of.records
        )

    assert french.summary.records == filled.summary.records
    assert shape(french) == shape(filled)
    book = new_book(tmp_path / "en")
    try:
        english = household.fill(book, years=1, language="en")
        logs = [r for r in all_records(book) if isinstance(r, DailyLog)]
    finally:
        book.close()
    assert english.records == filled.summary.records
    assert all("{" not in g.search_text() for g in logs)
    assert any(g.text == "A lovely day." for g in logs)


def test_fill_refuses_a_language_without_phrases(book: Book) -> None:
    with pytest.raises(UnknownLanguage, match="'de'"):
        household.fill(book, language="de")
