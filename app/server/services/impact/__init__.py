"""The organisation's figures, computed on the server from the records themselves.

Only aggregates leave this package (``Report``): per period and programme
(household kind), each figure with its numerator, denominator and coverage
(how many of the children concerned had the data), its period and its
definition. Counts are protected by ``privacy``: none below 5 is shown, and
none can be recovered by subtracting others. No name, id or free text of a
record is ever part of a figure.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlmodel import Session

from app.domain.catalog import Catalog, load_catalog
from app.domain.vocabulary import HouseholdKind
from app.server import audit
from app.server.services.impact import facts as facts_module
from app.server.services.impact import indicators
from app.server.services.impact.definitions import definition
from app.server.services.impact.facts import Facts
from app.server.services.impact.indicators import Period, Raw
from app.server.services.impact.privacy import THRESHOLD, Count, enough, protect, share

__all__ = ["ALL", "Count", "Figure", "Period", "Report", "figures", "read_report", "report"]

ALL = "all"
PROGRAMMES: tuple[str, ...] = (ALL, *(k.value for k in HouseholdKind))


@dataclass(frozen=True)
class Figure:
    key: str
    programme: str  # a household kind, or "all"
    start: date
    end: date
    unit: str
    numerator: Count | None  # None: the figure is a value
    denominator: Count
    covered: Count  # children with the data ...
    of: Count  # ... of the children concerned
    value: float | None  # a median; None when fewer than 5 children give it
    definition: str

    @property
    def share(self) -> float | None:
        return None if self.numerator is None else share(self.numerator, self.denominator)


@dataclass(frozen=True)
class Report:
    start: date
    end: date
    programmes: tuple[str, ...]
    figures: tuple[Figure, ...]


def _public(raw: Raw, programme: str, period: Period) -> Figure:
    if 0 < raw.about < THRESHOLD:
        # About fewer than 5 children: nothing of it shows (a count of their
        # contacts or milestones would tell how many they are).
        hidden = Count(None)
        return Figure(
            key=raw.key, programme=programme, start=period.start, end=period.end,
            unit=raw.unit, numerator=None if raw.numerator is None else hidden,
            denominator=hidden, covered=hidden, of=hidden, value=None,
            definition=definition(raw.key),
        )  # fmt: skip
    return Figure(
        key=raw.key,
        programme=programme,
        start=period.start,
        end=period.end,
        unit=raw.unit,
        numerator=None if raw.numerator is None else protect(raw.numerator),
        denominator=protect(raw.denominator),
        covered=protect(raw.covered),
        of=protect(raw.of),
        value=raw.value if raw.value is not None and enough(raw.covered) else None,
        definition=definition(raw.key),
    )


def figures(
    facts: Facts, period: Period, programmes: tuple[str, ...] = PROGRAMMES,
    catalog: Catalog | None = None,
) -> Report:  # fmt: skip
    """The protected figures of ``programmes`` over ``period``."""
    catalog = catalog if catalog is not None else load_catalog()
    found: list[Figure] = []
    for programme in programmes:
        chosen = None if programme == ALL else programme
        found += (
            _public(raw, programme, period)
            for raw in indicators.compute(facts, period, chosen, catalog)
        )
    return Report(period.start, period.end, programmes, tuple(found))


def read_report(
    session: Session, period: Period, programme: str | None = None, *, now: datetime
) -> Report:
    """``report``, noted in the audit log (who, when, which period: no figure)."""
    found = report(session, period, programme)
    detail = f"from={period.start} to={period.end} programme={programme or 'every'}"
    audit.record(session, audit.IMPACT, detail=detail, at=now)
    session.commit()
    return found


def report(session: Session, period: Period, programme: str | None = None) -> Report:
    """The figures of the records the server holds; every programme and their
    total, or only ``programme``."""
    known = facts_module.read(session)
    if programme is None:
        held = {c.programme for c in known.children}
        chosen = tuple(p for p in PROGRAMMES if p == ALL or p in held)
    else:
        chosen = (programme,)
    return figures(known, period, chosen)
