"""Privacy by construction: no count below 5 leaves the impact package, no
subtraction of counts shown (in one output or across two of overlapping periods
and programmes) gives one, and no name, id or free text of a record appears."""

from __future__ import annotations

import itertools
import uuid
from datetime import date, timedelta
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from app.domain.catalog import load_catalog
from app.domain.records import Child, ContactNote, Relative
from app.domain.vocabulary import ContactKind, ContactStatus, HouseholdKind, RelationKind
from app.server.services.impact import Figure, Period, Report, facts, figures
from app.server.services.impact.output import as_csv, as_json, as_text
from app.server.services.impact.privacy import SUPPRESSED, Count, protect
from tests.server.impact import office

CATALOG = load_catalog()
START = date(2025, 1, 1)
KINDS = [k.value for k in HouseholdKind]


def counts(report: Report) -> list[int]:
    """Every count the report shows."""
    found: list[int] = []
    for f in report.figures:
        for c in (f.numerator, f.denominator, f.covered, f.of):
            if c is not None and c.shown is not None:
                found.append(c.shown)
    return found


def suppressed(report: Report) -> int:
    return sum(
        1
        for f in report.figures
        for c in (f.numerator, f.denominator, f.covered, f.of)
        if c is not None and c.shown is None
    )


@st.composite
def offices(draw: st.DrawFn) -> tuple[list[tuple[str, str, dict[str, Any]]], dict[str, str]]:
    households = [uuid.uuid4() for _ in range(draw(st.integers(1, 5)))]
    programmes = {str(h): draw(st.sampled_from(KINDS)) for h in households}
    rows: list[tuple[str, str, dict[str, Any]]] = []
    groups = ["a", "b", "c", ""]
    for n in range(draw(st.integers(0, 30))):
        h = draw(st.sampled_from(households))
        placed = START + timedelta(days=draw(st.integers(-400, 500)))
        left = draw(st.none() | st.integers(0, 400))
        child = Child(
            household_id=h, given_name=f"Kind{n}", family_name="Canary",
            date_of_birth=placed - timedelta(days=draw(st.integers(0, 6000))),
            placement_start=placed,
            placement_end=None if left is None else placed + timedelta(days=left),
            sibling_group=draw(st.sampled_from(groups)), notes="private words",
        )  # fmt: skip
        rows.append((child.kind, str(h), child.model_dump(mode="json")))
        relative = Relative(household_id=h, name="Secret Relative", children=[child.id],
                            relation=draw(st.sampled_from(list(RelationKind))))  # fmt: skip
        rows.append((relative.kind, str(h), relative.model_dump(mode="json")))
        for _ in range(draw(st.integers(0, 4))):
            note = ContactNote(
                household_id=h, author_id=uuid.uuid4(), children=[child.id],
                relatives=[relative.id], contact_kind=ContactKind.VISIT,
                status=draw(st.sampled_from(list(ContactStatus))),
                date=START + timedelta(days=draw(st.integers(0, 500))), text="private words",
            )  # fmt: skip
            rows.append((note.kind, str(h), note.model_dump(mode="json")))
    return rows, programmes


periods = st.builds(
    lambda a, n: Period(START + timedelta(days=a), START + timedelta(days=a + n)),
    st.integers(0, 400),
    st.integers(0, 400),
)
choices = st.sampled_from([("all",), ("all", *KINDS), *((k,) for k in KINDS)])


def test_protect() -> None:
    assert [str(protect(n)) for n in range(0, 13)] == [
        "0", SUPPRESSED, SUPPRESSED, SUPPRESSED, SUPPRESSED,
        "5", "5", "5", "10", "10", "10", "10", "10",
    ]  # fmt: skip
    assert Count(None).as_json() == "< 5"


@settings(max_examples=60, deadline=None)
@given(offices(), periods, periods, choices, choices)
def test_no_small_count_and_none_by_subtraction(
    office_rows: tuple[list[tuple[str, str, dict[str, Any]]], dict[str, str]],
    first: Period,
    second: Period,
    chosen_first: tuple[str, ...],
    chosen_second: tuple[str, ...],
) -> None:
    rows, programmes = office_rows
    known = facts.from_records(rows, programmes)
    one = figures(known, first, chosen_first, CATALOG)
    two = figures(known, second, chosen_second, CATALOG)
    shown = counts(one) + counts(two)
    assert not [n for n in shown if 0 < n < 5]
    # Every difference of two counts shown, within one output or across both.
    assert not [(a, b) for a, b in itertools.combinations(set(shown), 2) if 0 < abs(a - b) < 5]
    for report in (one, two):
        for f in report.figures:
            if f.value is not None:
                assert f.covered.shown is not None and f.covered.shown >= 5
        text = as_json(report) + as_csv(report) + as_text(report)
        assert "Canary" not in text and "Kind" not in text and "private" not in text
        assert "Secret" not in text
        for _kind, _h, content in rows:
            assert content["id"] not in text
        for h in programmes:
            assert h not in text


def test_small_office_shows_no_small_cell() -> None:
    """The hand-made office is small: its small counts are suppressed, its zeros shown."""
    known = facts.from_records(office.contents(), office.PROGRAMMES)
    report = figures(known, office.PERIOD, ("all",), CATALOG)
    by_key: dict[str, Figure] = {f.key: f for f in report.figures}
    together = by_key["siblings.placed_together"]
    assert str(together.numerator) == SUPPRESSED and str(together.denominator) == "5"
    assert together.share is None
    assert str(by_key["return_home.placements_closed"].covered) == SUPPRESSED  # one child
    # The median over 2 children is not shown.
    assert by_key["siblings.apart_days_between_contacts"].value is None
    assert suppressed(report) > 0
    # One child turned 18: not even the number of skills due shows.
    living = by_key["development.living"]
    assert (str(living.numerator), str(living.denominator)) == (SUPPRESSED, SUPPRESSED)
    # Contacts of fewer than 5 children: hidden too.
    simba = figures(known, office.PERIOD, ("simba",), CATALOG)
    held = next(f for f in simba.figures if f.key == "birth_family.contacts.happened")
    assert held.numerator == held.denominator == Count(None)
    assert all(f.start == office.PERIOD.start and f.end == office.PERIOD.end
               for f in report.figures)  # fmt: skip
    assert all(f.definition for f in report.figures)
