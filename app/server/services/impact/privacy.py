"""How a count leaves the impact package: never below 5, never exact enough to subtract.

A count of 1 to 4 is shown as "< 5". Every other count is shown rounded to the
nearest multiple of 5 (0 stays 0). So every count shown is a multiple of 5, and
so is every difference between two counts shown, within one output (a total
less its programmes, a denominator less its numerator) or between two outputs
(a year less the same year without December, all programmes less one): no
subtraction ever gives a count from 1 to 4, and a suppressed count cannot be
recovered. Shares are worked out from the counts as shown. A median or other
value computed over children is shown only when at least 5 children gave it.
"""

from __future__ import annotations

from dataclasses import dataclass

THRESHOLD = 5
BASE = 5
SUPPRESSED = "< 5"


@dataclass(frozen=True)
class Count:
    """A count as it may be shown: a multiple of 5, or suppressed (below 5, not 0)."""

    shown: int | None  # None: "< 5"

    @property
    def suppressed(self) -> bool:
        return self.shown is None

    def __str__(self) -> str:
        return SUPPRESSED if self.shown is None else str(self.shown)

    def as_json(self) -> int | str:
        return SUPPRESSED if self.shown is None else self.shown


def protect(true_count: int) -> Count:
    """``true_count`` as it may leave the package."""
    if true_count < 0:
        raise ValueError("a count is never negative")
    if true_count == 0:
        return Count(0)
    if true_count < THRESHOLD:
        return Count(None)
    return Count(BASE * ((true_count + BASE // 2) // BASE))


def share(numerator: Count, denominator: Count) -> float | None:
    """The numerator's share of the denominator in percent, from the counts as shown."""
    if numerator.shown is None or denominator.shown is None or denominator.shown == 0:
        return None
    return round(100 * numerator.shown / denominator.shown, 0)


def enough(children: int) -> bool:
    """Whether a value computed over ``children`` children may be shown."""
    return children >= THRESHOLD
