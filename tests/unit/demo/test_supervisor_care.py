"""The daily care in the supervisor's demo store: what the Care plans tab shows
(goals past review, missed and refused doses) and the minors' files."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime, time
from pathlib import Path

import pytest

from app.demo import supervisor
from app.domain.care import MinorFile
from app.domain.records import Household, Relative
from app.domain.vocabulary import DoseOutcome, HouseholdKind, RelationKind
from app.services.care_watch import CareWatch, Watch
from app.storage import records
from app.storage.book import Book
from tests.unit.demo.test_supervisor import TODAY, supervisor_book


@pytest.fixture(scope="module")
def book(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Book]:
    opened = supervisor_book(Path(tmp_path_factory.mktemp("care")) / "profile")
    supervisor.fill_supervisor(opened, 4, 5, 70, seed=7)
    yield opened
    opened.close()


@pytest.fixture(scope="module")
def watch(book: Book) -> Watch:
    return CareWatch(book).watch(TODAY, datetime.combine(TODAY, time(21)))


def test_the_supervisor_sees_goals_past_review_in_several_households(watch: Watch) -> None:
    assert watch.goals
    assert all(g.review_on is not None and g.review_on < TODAY for g in watch.goals)
    assert len({watch.household_of(g.child_id) for g in watch.goals}) >= 2


def test_the_supervisor_sees_doses_refused_and_never_noted(watch: Watch) -> None:
    assert any(m.dose is None for m in watch.doses)
    refused = [m for m in watch.doses if m.dose is not None]
    assert refused and all(m.dose and m.dose.outcome == DoseOutcome.REFUSED for m in refused)
    assert all(m.dose.note for m in refused if m.dose)


def test_each_young_person_of_a_minors_house_has_a_file_a_guardian_and_a_lawyer(
    book: Book, watch: Watch
) -> None:
    minors_house = next(h for h, kid in _houses(book) if kid == HouseholdKind.MINORS_HOUSE)
    with book.store.read() as session:
        files = [f for f in records.list_kind(session, MinorFile.kind, minors_house)
                 if isinstance(f, MinorFile)]  # fmt: skip
        relatives = [r for r in records.list_kind(session, Relative.kind, minors_house)
                     if isinstance(r, Relative)]  # fmt: skip
    assert len(files) == 5
    assert all(f.steps and f.languages and f.legal_status for f in files)
    kinds = {r.relation for r in relatives}
    assert {RelationKind.GUARDIAN, RelationKind.LAWYER} <= kinds
    young = {c for f in files for c in [f.child_id]}
    guarded = {c for r in relatives if r.relation == RelationKind.GUARDIAN for c in r.children}
    assert young == guarded


def _houses(book: Book) -> list[tuple[object, HouseholdKind]]:
    with book.store.read() as session:
        return [(h.id, h.household_kind) for h in records.list_kind(session, Household.kind)
                if isinstance(h, Household)]  # fmt: skip
