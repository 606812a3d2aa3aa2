"""The demo's calendar: days, evenings, relief weekends, school holidays and moods."""

from __future__ import annotations

import random
from collections.abc import Iterator
from datetime import UTC, date, datetime, time, timedelta
from typing import Final

MONTH_DAYS: Final = 30.4375
MOODS: Final = (1, 2, 3, 4, 5)
MOOD_WEIGHTS: Final = (1, 6, 27, 46, 20)


def days(start: date, end: date) -> Iterator[date]:
    """Every day from ``start`` to ``end``, both included."""
    day = start
    while day <= end:
        yield day
        day += timedelta(days=1)


def evening(day: date, rng: random.Random, now: datetime) -> datetime:
    """When an entry of ``day`` was written: in the evening (UTC), never after now."""
    written = datetime.combine(day, time(18, 0), UTC) + timedelta(minutes=rng.randint(0, 210))
    return min(written, now)


def relief_weekend(day: date) -> bool:
    """Every third weekend a relief carer takes over."""
    return day.weekday() >= 5 and (day.toordinal() // 7) % 3 == 0


def school_holiday(day: date) -> bool:
    """Roughly the Flemish school holidays."""
    md = (day.month, day.day)
    return (
        day.month in (7, 8)
        or (10, 27) <= md <= (11, 9)
        or md >= (12, 22)
        or md <= (1, 5)
        or (2, 15) <= md <= (2, 22)
        or (4, 1) <= md <= (4, 14)
    )


def mood(rng: random.Random) -> int:
    return rng.choices(MOODS, MOOD_WEIGHTS)[0]
