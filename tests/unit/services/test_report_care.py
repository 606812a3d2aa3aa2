"""The period report's daily care: the goals open in the period with what moved
them, the period's appointments and what came of them, and each medicine with
its doses given, refused, skipped and not noted (in its period only)."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import pytest

from app.domain.records import Child
from app.domain.vocabulary import AppointmentOutcome, DoseOutcome, GoalStatus
from app.services.goals import GoalService
from app.services.records import RecordService
from app.services.report import build_report
from app.services.report.data import gather
from app.storage.book import Book
from tests import factories
from tests.unit.services.test_report import pages_of

START, END = date(2025, 4, 1), date(2025, 4, 30)
NOW = datetime(2025, 5, 2, 9, 30).astimezone()


@pytest.fixture
def cared(book: Book, records: RecordService, child: Child) -> Child:
    home, me = (
        book.identity.household_id,
        factories.Author(book.identity.household_id, book.identity.user_id),
    )
    goal = records.create(factories.care_goal(home, child, text="Lotte slaapt in eigen bed",
                                              start=date(2025, 3, 1),
                                              review_on=date(2025, 4, 20)))  # fmt: skip
    log = records.create(factories.daily_log(me, child, date=date(2025, 4, 10),
                                             text="Hele nacht in eigen bed"))  # fmt: skip
    goals = GoalService(book)
    goals.link(goal.id, log, "Eerste keer de hele nacht")
    records.create(factories.goal_step(me, goal, on=date(2025, 4, 12),
                                       status=GoalStatus.PROGRESSING, note=""))  # fmt: skip
    records.create(factories.care_goal(home, child, text="Oud doel", start=date(2024, 1, 1),
                                       status=GoalStatus.REACHED))  # fmt: skip
    records.create(factories.appointment(home, [child], starts_at=datetime(2025, 4, 15, 10, 30),
                                         title="Controle", outcome=AppointmentOutcome.HAPPENED,
                                         outcome_note="Geen gaatjes"))  # fmt: skip
    records.create(factories.appointment(home, [child], starts_at=datetime(2025, 5, 5, 9),
                                         title="Buitenperiode"))  # fmt: skip
    med = records.create(factories.medication(home, child, start=date(2025, 4, 1)))
    for day in range(1, 31):
        if day in (5, 6):
            continue  # never noted
        outcome = {7: DoseOutcome.REFUSED, 8: DoseOutcome.SKIPPED}.get(day, DoseOutcome.GIVEN)
        note = "" if outcome == DoseOutcome.GIVEN else "Wou niet"
        records.create(factories.dose(me, med, at=datetime(2025, 4, day, 20, 5),
                                      outcome=outcome, note=note))  # fmt: skip
    records.create(factories.dose(me, med, at=datetime(2025, 5, 1, 20, 5)))  # outside
    return child


def test_the_care_of_the_period_is_counted(book: Book, cared: Child) -> None:
    care = gather(book, cared, START, END, now=NOW).care
    assert [g.goal.text for g in care.goals] == ["Lotte slaapt in eigen bed"]
    [goal] = care.goals
    assert [s.on for s in goal.steps] == [date(2025, 4, 10), date(2025, 4, 12)]
    assert [a.title for a in care.appointments] == ["Controle"]
    [med] = care.medications
    assert (med.given, med.refused, med.skipped, med.not_noted) == (26, 1, 1, 2)


def test_the_dutch_pdf_has_a_daily_care_section(book: Book, cared: Child, tmp_path: Path) -> None:
    out = tmp_path / "verslag.pdf"
    build_report(book, cared.id, START, END, out, "nl", now=NOW)
    text = " ".join(pages_of(out))
    assert "Dagelijkse zorg" in text and "Doelen van het zorgplan" in text
    assert "Lotte slaapt in eigen bed" in text and "Evaluatie op 20 april 2025" in text
    assert "Dagverslag — Eerste keer de hele nacht" in text
    assert "Op weg" in text and "Oud doel" not in text
    assert "Tandarts: Controle" in text and "Ging door — Geen gaatjes" in text
    assert "Buitenperiode" not in text
    assert "Melatonine · 1 mg · 20:00 26 1 1 2" in text
    assert "Thuisboek schrijft geen medicatie voor" in text


def test_without_care_records_the_report_has_no_care_section(
    book: Book, child: Child, tmp_path: Path
) -> None:
    out = tmp_path / "leeg.pdf"
    records = RecordService(book)
    records.create(factories.daily_log(book.identity, child, date=date(2025, 4, 3), text="Rustig"))
    build_report(book, child.id, START, END, out, "nl", now=NOW)
    assert "Dagelijkse zorg" not in " ".join(pages_of(out))
