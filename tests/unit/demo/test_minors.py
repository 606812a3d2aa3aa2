"""The demo house for unaccompanied minors: young people of 15 to 17 with their
files, guardians and lawyer, written in the house's own words in each language,
the app's own way; and ``thuisboek demo --kind minors`` makes it."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from app.demo import minors
from app.demo.phrases import LANGUAGES, phrases
from app.domain.care import Appointment, CareGoal, MinorFile
from app.domain.records import Child, ContactNote, DailyLog, Household, Record, Relative
from app.domain.vocabulary import (
    ContactKind,
    HouseholdKind,
    LanguageLevel,
    ProcedureStep,
    RelationKind,
)
from app.services import profile
from app.storage import outbox
from app.storage.book import Book
from tests.conftest import PASSPHRASE
from tests.unit.demo.test_household import DUTCH, FRENCH, TODAY, all_records, words

ROOT = Path(__file__).resolve().parents[3]


def _book(folder: Path, language: str) -> Book:
    return profile.create_profile(folder, PASSPHRASE, minors.minors_profile(language),
                                  strength="minimum", today=lambda: TODAY)  # fmt: skip


@pytest.fixture(scope="module")
def house(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Book, list[Record]]]:
    book = _book(tmp_path_factory.mktemp("minors") / "profile", "nl")
    minors.fill(book, years=1, language="nl")
    yield book, all_records(book)
    book.close()


def _of(records: list[Record], cls: type[Record]) -> list[Record]:
    return [r for r in records if isinstance(r, cls)]


def _age(child: Child, on: date) -> int:
    born = child.date_of_birth
    return on.year - born.year - ((on.month, on.day) < (born.month, born.day))


def test_four_young_people_of_15_to_17_in_a_house_for_minors(
    house: tuple[Book, list[Record]],
) -> None:
    book, records = house
    homes = [r for r in _of(records, Household) if isinstance(r, Household)]
    assert [h.household_kind for h in homes] == [HouseholdKind.MINORS_HOUSE]
    children = [c for c in _of(records, Child) if isinstance(c, Child)]
    assert len(children) == 4
    assert all(15 <= _age(c, TODAY) <= 17 for c in children)
    assert all(c.placement_start <= TODAY and c.school and c.notes for c in children)
    with book.store.read() as session:
        assert outbox.pending_count(session) == len(records)  # written the app's way


def test_each_has_a_file_a_guardian_and_the_lawyer(house: tuple[Book, list[Record]]) -> None:
    records = house[1]
    children = {c.id for c in _of(records, Child)}
    files = [f for f in _of(records, MinorFile) if isinstance(f, MinorFile)]
    assert {f.child_id for f in files} == children and len(files) == len(children)
    for file in files:
        assert file.legal_status is not None and file.school
        assert file.steps[0].step == ProcedureStep.APPLICATION
        levels = {x.level for x in file.languages}
        assert LanguageLevel.MOTHER_TONGUE in levels and any(x.learning for x in file.languages)
    relatives = [r for r in _of(records, Relative) if isinstance(r, Relative)]
    guardians = [r for r in relatives if r.relation == RelationKind.GUARDIAN]
    lawyers = [r for r in relatives if r.relation == RelationKind.LAWYER]
    assert len(guardians) == 2 and len(lawyers) == 1
    assert {c for g in guardians for c in g.children} == children
    assert set(lawyers[0].children) == children
    # Somebody's interview is yet to come: the lawyer first, then the asylum office.
    coming = [a for a in _of(records, Appointment)
              if isinstance(a, Appointment) and a.starts_at.date() > TODAY]  # fmt: skip
    assert any(lawyers[0].id in a.relatives for a in coming)
    notes = [n for n in _of(records, ContactNote) if isinstance(n, ContactNote)]
    met = {r for n in notes for r in n.relatives}
    assert {g.id for g in guardians} <= met and lawyers[0].id in met
    assert any(n.contact_kind == ContactKind.VIDEO for n in notes)
    assert _of(records, CareGoal)


def test_a_year_of_days_in_the_houses_own_words(house: tuple[Book, list[Record]]) -> None:
    records = house[1]
    logs = [r for r in _of(records, DailyLog) if isinstance(r, DailyLog)]
    assert len(logs) > 600
    assert any(log.flag and log.incident for log in logs)
    said = phrases("nl").minors
    texts = {log.sleep for log in logs}
    assert texts <= set(said.sleep)
    # No word of the small children's demo, and no placeholder left unfilled.
    assert not any("{" in (log.text + log.moments + log.incident) for log in logs)
    nursery = {*phrases("nl").carer.sleep.of("toddler")}
    assert not texts & nursery
    dutch = sum(bool(words(log.text) & DUTCH) for log in logs)
    assert dutch > 0.9 * len(logs)


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_language_makes_the_same_house_in_its_own_words(
    tmp_path: Path, language: str, house: tuple[Book, list[Record]]
) -> None:
    book = _book(tmp_path / language, language)
    try:
        summary = minors.fill(book, language=language)
        records = all_records(book)
    finally:
        book.close()
    assert summary.household == phrases(language).minors.profile.household_name
    assert summary.children == ["Ahmad Rahimi", "Semhar Abraha", "Yonas Tesfaye", "Omid Haidari"]
    assert len(records) == len(house[1]) and summary.records == len(records) - 2  # + team, house
    logs = [r.text for r in records if isinstance(r, DailyLog)]
    if language == "fr":
        assert sum(bool(words(t) & FRENCH) for t in logs) > 0.9 * len(logs)
    if language == "en":
        assert not any(words(t) & {"het", "een", "niet", "avec", "très"} for t in logs)


def test_the_command_makes_the_house(tmp_path: Path) -> None:
    target = tmp_path / "minors"
    result = subprocess.run(
        [sys.executable, "-m", "app", "demo", "--profile", str(target), "--kind", "minors",
         "--lang", "fr"],
        capture_output=True, text=True, cwd=ROOT, stdin=subprocess.DEVNULL, timeout=300,
        env={**os.environ, "THUISBOEK_PASSPHRASE": PASSPHRASE},
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert "L’Escale" in result.stdout
    assert result.stdout.count("Ahmad Rahimi") == 1 and "Omid Haidari" in result.stdout


def test_yonas_leaves_today_with_days_kept_for_his_book(house: tuple[Book, list[Record]]) -> None:
    from app.domain.story import Keepsake
    from app.domain.vocabulary import PlacementOutcome
    from app.services import young_export

    book, records = house
    children = {c.given_name: c for c in _of(records, Child) if isinstance(c, Child)}
    yonas = children["Yonas"]
    assert yonas.has_left() and yonas.placement_end == TODAY
    assert yonas.placement_outcome == PlacementOutcome.INDEPENDENT_LIVING
    assert not any(c.has_left() for name, c in children.items() if name != "Yonas")
    kept = [k for k in _of(records, Keepsake) if isinstance(k, Keepsake) and k.child_id == yonas.id]
    assert kept and all(k.words for k in kept)
    made = young_export.make_export(book, yonas.id, "nl")
    about = {line.label: line.value for line in made.data.about}
    assert "op mezelf wonen" in about.values() and "Subsidiaire bescherming" in about.values()
    assert made.book.data.kept == len(kept)
