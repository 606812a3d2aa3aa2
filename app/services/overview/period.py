"""The days and ISO weeks of an overview's period, and which of them are over."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta

from app.services.overview.figures import WINDOW_DAYS


def each_day(first: date, last: date, step: int = 1) -> Iterator[date]:
    day = first
    while day <= last:
        yield day
        day += timedelta(days=step)


def monday(day: date) -> date:
    return day - timedelta(days=day.weekday())


@dataclass(frozen=True)
class Period:
    start: date
    end: date
    on: date  # the end, or today when the period reaches into the future
    today: date
    weeks: tuple[tuple[date, int, int], ...] = ()  # Monday, ISO year and week

    @classmethod
    def of(cls, start: date, end: date, today: date) -> Period:
        mondays = each_day(monday(start), end, 7)
        weeks = tuple((m, *m.isocalendar()[:2]) for m in mondays)
        return cls(start, end, min(end, today), today, weeks)

    @property
    def last_over(self) -> date:
        """The last day that is over (today is not: its logs are written tonight)."""
        return min(self.on, self.today - timedelta(days=1))

    @property
    def window_start(self) -> date:
        return self.on - timedelta(days=WINDOW_DAYS - 1)
