"""What happens to a child now and then: spells of illness and flagged incidents.
The kinds live here; their words in the phrase pools, under the same keys."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from app.demo.phrases import BABY, IncidentText, Phrases, Voice
from app.domain.vocabulary import Severity


@dataclass(frozen=True)
class IllnessKind:
    """One kind of ailment: how long it lasts, how much it dampens the mood, and
    which child can have it (a trait or an age group; any child when empty)."""

    key: str
    days: tuple[int, int]
    mood_drop: int = 1
    needs: str = ""


ILLNESSES = (
    IllnessKind("cold", (4, 7)),
    IllnessKind("fever", (2, 3), mood_drop=2),
    IllnessKind("stomach_flu", (2, 3), mood_drop=2),
    IllnessKind("ear_infection", (5, 7), mood_drop=2),
    IllnessKind("wheezing", (6, 10), needs="inhaler"),
    IllnessKind("teething", (2, 4), mood_drop=1, needs=BABY),
)


def phase(phases: tuple[str, str, str], day: date, first: date, last: date) -> str:
    """The words of a spell's first day, its last day, or a day in between."""
    return phases[0] if day == first else phases[2] if day == last else phases[1]


@dataclass(frozen=True)
class Episode:
    illness: IllnessKind
    start: date
    end: date

    def texts(self, day: date, voice: Voice) -> tuple[str, str]:
        """The health and medication lines of ``day``; the inhaler is given up to
        the last day, other medicine stops the day before."""
        said = voice.illnesses[self.illness.key]
        health = phase(said.phases, day, self.start, self.end)
        if day == self.end and self.illness.needs != "inhaler":
            return health, ""
        return health, said.medication


@dataclass(frozen=True)
class IncidentKind:
    """A flagged entry: how serious it is and how low the mood goes."""

    key: str
    severity: Severity
    mood: int

    def words(self, text: Phrases) -> IncidentText:
        return text.incidents[self.key]


FALL = IncidentKind("fall", Severity.MEDIUM, 2)
TANTRUM = IncidentKind("tantrum", Severity.LOW, 2)
NIGHT_TERROR = IncidentKind("night_terror", Severity.MEDIUM, 2)
BRUISE = IncidentKind("bruise", Severity.HIGH, 3)
# A teenager's incidents, in the order of the supervisor's phrase pool.
TEEN_SEVERITIES = (Severity.HIGH, Severity.MEDIUM, Severity.MEDIUM, Severity.LOW)
