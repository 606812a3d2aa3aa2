"""Hybrid logical clock: an ordering of changes that survives skewed device clocks.

A stamp is ``"<milliseconds>-<counter>-<device>"`` with fixed-width numbers, so
stamps sort as strings. Stamps order changes for display and break ties
between concurrent edits; they never decide *whether* something changed
(version numbers do that).
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass

_MS_WIDTH = 13
_COUNTER_WIDTH = 5


@dataclass(frozen=True, order=True)
class Stamp:
    millis: int
    counter: int
    device: str

    def __str__(self) -> str:
        return f"{self.millis:0{_MS_WIDTH}d}-{self.counter:0{_COUNTER_WIDTH}d}-{self.device}"

    @classmethod
    def parse(cls, text: str) -> Stamp:
        millis, counter, device = text.split("-", 2)
        return cls(int(millis), int(counter), device)


class HybridClock:
    """Issues strictly increasing stamps for one device."""

    def __init__(
        self, device: str, last: str | None = None, wall: Callable[[], float] = time.time
    ) -> None:
        self._device = device
        self._wall = wall
        self._last = Stamp.parse(last) if last else Stamp(0, 0, device)

    @property
    def last(self) -> str:
        return str(self._last)

    def now(self) -> str:
        millis = int(self._wall() * 1000)
        if millis > self._last.millis:
            self._last = Stamp(millis, 0, self._device)
        else:
            self._last = Stamp(self._last.millis, self._last.counter + 1, self._device)
        return str(self._last)

    def observe(self, remote: str) -> None:
        """Move past a stamp seen from another device, so later local stamps sort after it."""
        try:
            other = Stamp.parse(remote)
        except ValueError:
            return  # an unstamped or foreign record: nothing to learn from it
        if (other.millis, other.counter) > (self._last.millis, self._last.counter):
            self._last = Stamp(other.millis, other.counter, self._device)
