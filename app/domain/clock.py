"""Hybrid logical clock: an ordering of changes that survives skewed device clocks.

A stamp is ``"<milliseconds>-<counter>-<device>"`` with fixed-width numbers, so
stamps sort as strings. Stamps order changes for display and break ties
between concurrent edits; they never decide *whether* something changed
(version numbers do that).
"""

from __future__ import annotations

import re
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass

_MS_WIDTH = 13
_COUNTER_WIDTH = 5
_COUNTER_MAX = 10**_COUNTER_WIDTH - 1  # past it, a stamp takes the next millisecond
# A stamp as a clock writes it: its numbers at their widths sort as text.
_WRITTEN = re.compile(rf"[0-9]{{{_MS_WIDTH}}}-[0-9]{{{_COUNTER_WIDTH}}}-")


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
            self._last = self._after(self._last.millis, self._last.counter)
        return str(self._last)

    def _after(self, millis: int, counter: int) -> Stamp:
        """The stamp right after (millis, counter), its counter within its width."""
        if counter >= _COUNTER_MAX:
            return Stamp(millis + 1, 0, self._device)
        return Stamp(millis, counter + 1, self._device)

    def observe(self, remote: str) -> None:
        """Move past a stamp seen from another device, so later local stamps sort after it."""
        try:
            other = Stamp.parse(remote)
        except ValueError:
            return  # an unstamped or foreign record: nothing to learn from it
        if (other.millis, other.counter) > (self._last.millis, self._last.counter):
            if other.counter > _COUNTER_MAX:  # wider than ours: move past it all the same
                other = Stamp(other.millis + 1, 0, other.device)
            self._last = Stamp(other.millis, other.counter, self._device)

    def observe_all(self, stamps: Iterable[str]) -> None:
        """``observe`` each of ``stamps``, in one step: of the ones written as a
        clock writes them (which sort as text) only the latest is parsed; any
        other is observed on its own. The clock ends where observing them one by
        one, in any order, leaves it."""
        latest = ""
        for text in stamps:
            if _WRITTEN.match(text):
                latest = max(latest, text)
            else:
                self.observe(text)
        if latest:
            self.observe(latest)
