"""Well-being checks for the demo children: one about every three months since the
child's records begin, the ratings drifting a step at a time; the latest a little
over three months ago for some children, so that the reminder shows.

A random generator of its own per child (seeded by who the child is), so that the
other demo records come out as they always did."""

from __future__ import annotations

import random
import uuid
from datetime import UTC, date, datetime, time, timedelta

from app.domain.records import Child, WellbeingCheck
from app.domain.vocabulary import WellbeingDimension

YOUNG_MONTHS = 12 * 12  # livelihood does not apply below this age


def make_checks(child: Child, author: uuid.UUID, first: date, today: date) -> list[WellbeingCheck]:
    rng = random.Random(
        f"wellbeing {child.given_name} {child.family_name} {child.date_of_birth} {first}"
    )
    ratings: dict[WellbeingDimension, int | None] = {
        d: rng.choice((2, 3, 3, 4)) for d in WellbeingDimension
    }
    if child.age_months(today) < YOUNG_MONTHS:
        ratings[WellbeingDimension.LIVELIHOOD] = None
    overdue = rng.random() < 0.4
    last = today - timedelta(days=rng.randint(95, 110) if overdue else rng.randint(5, 80))
    days: list[date] = []
    day = last
    while day >= max(first, child.placement_start):
        days.append(day)
        day -= timedelta(days=rng.randint(85, 100))
    checks: list[WellbeingCheck] = []
    for day in reversed(days):
        checks.append(
            WellbeingCheck(
                household_id=child.household_id,
                author_id=author,
                child_id=child.id,
                date=day,
                ratings=dict(ratings),
                created_at=min(datetime.combine(day, time(19, 30), UTC), datetime.now(UTC)),
            )
        )
        for dimension, value in ratings.items():
            if value is not None and rng.random() < 0.3:
                ratings[dimension] = min(4, max(1, value + rng.choice((-1, 1, 1))))
    return checks
