"""Each indicator against the hand-made office, counted by hand (exact, before protection)."""

from __future__ import annotations

import pytest

from app.domain.catalog import load_catalog
from app.domain.vocabulary import HouseholdKind
from app.server.services.impact import facts, indicators
from app.server.services.impact.indicators import Raw
from tests.server.impact import office


def raws(programme: str | None = None) -> dict[str, Raw]:
    found = indicators.compute(
        facts.from_records(office.contents(), office.PROGRAMMES),
        office.PERIOD,
        programme,
        load_catalog(),
    )
    return {r.key: r for r in found}


def fig(raw: Raw) -> tuple[int | None, int, int, int]:
    return raw.numerator, raw.denominator, raw.covered, raw.of


def test_siblings_split_across_households() -> None:
    r = raws()
    # In care on 30 June: A, B, C, D, E, G, I (F left in March). The Peeters group
    # lives in two households (A and B in one, C in another): all three are apart.
    assert fig(r["siblings.with_siblings"]) == (5, 7, 5, 7)
    assert fig(r["siblings.placed_together"]) == (2, 5, 5, 5)  # D and E
    days = r["siblings.apart_days_between_contacts"]
    # A met C on 1 Feb, 1 Mar, 20 Jun (median gap 69.5); C met A on 10 Mar and 9 Apr (30);
    # B met C once: no gap.
    assert fig(days) == (None, 3, 2, 3)
    assert days.value == pytest.approx(49.75)
    assert fig(r["siblings.apart_contact_last_30_days"]) == (1, 3, 3, 3)  # A, on 20 June


def test_birth_family_contacts_cancelled_and_amended() -> None:
    r = raws()
    # With the mothers in the period: planned 1, held 2 (one as its amendment says,
    # the deleted one not at all), cancelled 2, no-show 1; the July plan is outside.
    assert fig(r["birth_family.contacts.planned"]) == (1, 6, 6, 6)
    assert fig(r["birth_family.contacts.happened"]) == (2, 6, 6, 6)
    assert fig(r["birth_family.contacts.cancelled"]) == (2, 6, 6, 6)
    assert fig(r["birth_family.contacts.no_show"]) == (1, 6, 6, 6)
    assert fig(r["birth_family.cancelled_by.family"]) == (1, 2, 1, 2)
    assert fig(r["birth_family.cancelled_by.not_recorded"]) == (1, 2, 1, 2)
    # Every child in care a whole month; only A, B, D and E have a parent on record.
    assert fig(r["birth_family.held_every_month"]) == (0, 8, 4, 8)


def test_birth_family_of_one_programme() -> None:
    r = raws(HouseholdKind.SIMBA.value)
    assert fig(r["birth_family.contacts.happened"]) == (1, 3, 3, 3)
    assert fig(r["siblings.with_siblings"]) == (2, 2, 2, 2)
    assert fig(r["siblings.placed_together"]) == (0, 2, 2, 2)  # their brother C lives elsewhere


def test_return_home_without_an_outcome_on_record() -> None:
    r = raws()
    assert fig(r["return_home.placements_closed"]) == (1, 1, 0, 1)
    assert not [k for k in r if k.startswith("return_home.outcome.")]


def test_return_home_by_outcome_when_recorded() -> None:
    rows = [
        (k, h, {**c, "placement_outcome": "return_home"} if c.get("id") == str(office.F.id)
         else c)
        for k, h, c in office.contents()
    ]  # fmt: skip
    found = indicators.compute(
        facts.from_records(rows, office.PROGRAMMES), office.PERIOD, None, load_catalog()
    )
    r = {x.key: x for x in found}
    assert fig(r["return_home.placements_closed"]) == (1, 1, 1, 1)
    assert fig(r["return_home.outcome.return_home"]) == (1, 1, 1, 1)


def test_development_by_the_end_of_each_band() -> None:
    r = raws()
    catalog = load_catalog()
    due = sum(1 for i in catalog.items_in("cdc") if i.age_months in (2, 4))
    assert due == 24
    # I: the 2- and 4-month bands ended in the period; one item seen in time, one late.
    assert fig(r["development.cdc"]) == (1, due, 1, 1)
    assert fig(r["development.who"]) == (0, 0, 0, 0)  # I's windows end in July
    # F turned 18 on 31 January, in care: one skill achieved before, one after.
    living = len(catalog.items_in("living"))
    assert fig(r["development.living"]) == (1, living, 1, 1)


def test_wellbeing_distribution_and_change() -> None:
    r = raws()
    assert fig(r["wellbeing.checked"]) == (2, 8, 2, 8)  # C's check is before the period
    assert fig(r["wellbeing.care.rating_3"]) == (1, 2, 2, 8)
    assert fig(r["wellbeing.care.rating_4"]) == (1, 2, 2, 8)
    assert fig(r["wellbeing.care.rating_1"]) == (0, 2, 2, 8)
    assert fig(r["wellbeing.livelihood.rating_not_applicable"]) == (1, 1, 1, 8)
    assert fig(r["wellbeing.care.change_better"]) == (1, 1, 1, 8)
    assert fig(r["wellbeing.food_security.change_same"]) == (1, 1, 1, 8)
    assert fig(r["wellbeing.food_security.change_worse"]) == (0, 1, 1, 8)
    assert fig(r["wellbeing.education_skills.rating_3"]) == (0, 0, 0, 8)


def test_stability() -> None:
    r = raws()
    writers = r["stability.caregivers_writing"]
    assert fig(writers) == (None, 8, 3, 8)  # A two caregivers, B and D one each
    assert writers.value == 1
    assert fig(r["stability.moves"]) == (None, 8, 0, 8)


def test_whole_months_of_a_period() -> None:
    from datetime import date

    period = indicators.Period(date(2026, 1, 15), date(2026, 4, 30))
    assert period.months() == [
        (date(2026, 2, 1), date(2026, 2, 28)),
        (date(2026, 3, 1), date(2026, 3, 31)),
        (date(2026, 4, 1), date(2026, 4, 30)),
    ]
    with pytest.raises(ValueError):
        indicators.Period(date(2026, 2, 1), date(2026, 1, 1))
