"""The demo's well-being checks: about every three months, valid, the same each time."""

from __future__ import annotations

import itertools
import uuid
from datetime import date, timedelta

from app.demo.wellbeing import make_checks
from app.domain.vocabulary import WellbeingDimension
from tests import factories

TODAY = date(2026, 12, 7)


def test_checks_every_three_months_valid_and_repeatable() -> None:
    child = factories.child(uuid.uuid4(), date_of_birth=date(2022, 3, 14),
                            placement_start=date(2023, 1, 9))  # fmt: skip
    author = uuid.uuid4()
    first = TODAY - timedelta(days=365)
    checks = make_checks(child, author, first, TODAY)
    assert 3 <= len(checks) <= 5
    days = [c.date for c in checks]
    assert days == sorted(days) and days[0] >= first and days[-1] < TODAY
    assert all(85 <= (b - a).days <= 100 for a, b in itertools.pairwise(days))
    assert not [c for c in checks if c.problems(TODAY)]
    # A four-year-old: livelihood does not apply.
    assert all(c.ratings[WellbeingDimension.LIVELIHOOD] is None for c in checks)
    again = make_checks(child, author, first, TODAY)
    assert [(c.date, c.ratings) for c in again] == [(c.date, c.ratings) for c in checks]
