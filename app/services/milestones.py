"""A child's development milestones: which catalog items to show, what was seen
and when, and how the number of achieved items grew over time.

Each observation of an item is its own record; together they form the item's
history and the latest one (by date observed, then by when it was written) is
its current status. Nothing here judges a child: ``overdue_who`` only names the
WHO motor items whose window of achievement has ended without the item being
seen, so that the UI can suggest, calmly, to talk it over.
"""

from __future__ import annotations

import calendar
import uuid
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta

from app.domain.catalog import WINDOW_CATALOG, Catalog, CatalogItem, load_catalog
from app.domain.messages import QT_TRANSLATE_NOOP, Message, Problem, ValidationFailed
from app.domain.records import Child, MilestoneObservation
from app.domain.vocabulary import MilestoneStatus
from app.services.household import age_in_months
from app.services.records import RecordService
from app.storage import records
from app.storage.book import Book

CTX = "Milestones"
# From this age on a young person sees the independent-living skills, whatever
# else the catalog would offer for the age.
TEEN_MONTHS = 14 * 12
LIVING_CATALOG = "living"


@dataclass(frozen=True)
class ProgressPoint:
    """How many items of a domain were achieved at a whole month of age."""

    age_months: int
    achieved: int


@dataclass(frozen=True)
class MilestoneRow:
    """One catalog item as it stands for a child."""

    item: CatalogItem
    history: tuple[MilestoneObservation, ...]  # newest first
    past_window: bool

    @property
    def current(self) -> MilestoneObservation | None:
        return self.history[0] if self.history else None

    @property
    def status(self) -> MilestoneStatus | None:
        return self.history[0].status if self.history else None


@dataclass(frozen=True)
class MilestoneOverview:
    """Everything the Milestones page shows for a child, read in one go."""

    child: Child
    on: date
    rows: tuple[MilestoneRow, ...]
    progress: dict[str, list[ProgressPoint]]

    @property
    def catalogs(self) -> frozenset[str]:
        return frozenset(row.item.catalog for row in self.rows)


def add_months(day: date, months: int) -> date:
    """The same day ``months`` later, or the month's last day when it is shorter."""
    year, month = divmod(day.year * 12 + day.month - 1 + months, 12)
    last_day = calendar.monthrange(year, month + 1)[1]
    return date(year, month + 1, min(day.day, last_day))


def _newest_first(observations: Iterable[MilestoneObservation]) -> list[MilestoneObservation]:
    # The hybrid-clock stamp breaks ties between observations of the same day:
    # the one written last is the one the caregiver meant.
    return sorted(observations, key=lambda o: (o.observed_on, o.modified_at), reverse=True)


def _status_on(oldest_first: list[MilestoneObservation], day: date) -> MilestoneStatus | None:
    status = None
    for observation in oldest_first:
        if observation.observed_on > day:
            break
        status = observation.status
    return status


class MilestoneService:
    def __init__(self, book: Book, catalog: Catalog | None = None) -> None:
        self.book = book
        self.catalog = catalog if catalog is not None else load_catalog()
        self.records = RecordService(book)

    # What to show ----------------------------------------------------------------------
    def items_for(self, child: Child, on: date) -> list[CatalogItem]:
        """The catalog items for the child's age band and the bands either side;
        from 14 years on, the independent-living skills."""
        age = max(0.0, child.age_months(on))
        if age >= TEEN_MONTHS:
            living = [i for i in self.catalog.for_age(age) if i.catalog == LIVING_CATALOG]
            # Past the catalog's last band a young adult keeps the whole list.
            return living or list(self.catalog.items_in(LIVING_CATALOG))
        return self.catalog.for_age(age)

    # What was seen ----------------------------------------------------------------------
    def observations(self, child_id: uuid.UUID) -> list[MilestoneObservation]:
        """Every live observation of the child, newest first."""
        with self.book.store.read() as session:
            found = records.for_child(session, child_id, [MilestoneObservation.kind])
        return _newest_first(o for o in found if isinstance(o, MilestoneObservation))

    def history(self, child_id: uuid.UUID) -> dict[str, list[MilestoneObservation]]:
        """Per item id, its observations, newest first."""
        out: dict[str, list[MilestoneObservation]] = defaultdict(list)
        for observation in self.observations(child_id):
            out[observation.item_id].append(observation)
        return dict(out)

    def current_status(self, child_id: uuid.UUID) -> dict[str, MilestoneObservation]:
        """Per item id, its latest observation."""
        return {item_id: seen[0] for item_id, seen in self.history(child_id).items()}

    # Writing ---------------------------------------------------------------------------
    def new_observation(
        self,
        child_id: uuid.UUID,
        item_id: str,
        status: MilestoneStatus,
        observed_on: date,
        note: str = "",
    ) -> MilestoneObservation:
        """A checked observation, not yet stored (the UI stores it through an undo
        command); raises ``ValidationFailed`` for an unknown item or a bad date."""
        if item_id not in self.catalog:
            raise ValidationFailed(
                [
                    Problem(
                        "item_id",
                        Message(
                            CTX,
                            QT_TRANSLATE_NOOP(
                                "Milestones", "This milestone is not in the catalog."
                            ),
                        ),
                    )
                ]
            )
        observation = MilestoneObservation(
            household_id=self.book.identity.household_id,
            child_id=child_id,
            item_id=item_id,
            status=status,
            observed_on=observed_on,
            note=note.strip(),
        )
        observation.check(self.book.today())
        return observation

    def observe(
        self,
        child_id: uuid.UUID,
        item_id: str,
        status: MilestoneStatus,
        observed_on: date,
        note: str = "",
    ) -> MilestoneObservation:
        """Store a new observation of an item for a child."""
        return self.records.create(
            self.new_observation(child_id, item_id, status, observed_on, note)
        )

    # Reading it back -------------------------------------------------------------------
    def progress(
        self, child: Child, on: date, history: dict[str, list[MilestoneObservation]] | None = None
    ) -> dict[str, list[ProgressPoint]]:
        """Per domain, the number of items achieved at each whole month of age, from
        the placement (or the first observation, if earlier) up to ``on``.

        Only domains with an item achieved at some point are given; an item counts
        in a month when its latest observation by the end of that month says
        achieved."""
        if history is None:
            history = self.history(child.id)
        oldest_first = {
            item_id: list(reversed(seen))
            for item_id, seen in history.items()
            if item_id in self.catalog and any(o.status == MilestoneStatus.ACHIEVED for o in seen)
        }
        if not oldest_first:
            return {}
        first_seen = min(seen[0].observed_on for seen in oldest_first.values())
        start = max(child.date_of_birth, min(child.placement_start, first_seen))
        last = age_in_months(child.date_of_birth, on)
        months = range(min(age_in_months(child.date_of_birth, start), last), last + 1)
        # Everything observed before the child turns the next month counts for a month.
        ends = [
            min(add_months(child.date_of_birth, month + 1) - timedelta(days=1), on)
            for month in months
        ]
        counts: dict[str, list[int]] = {}
        for item_id, seen in oldest_first.items():
            per_month = counts.setdefault(self.catalog.by_id(item_id).domain, [0] * len(ends))
            for index, until in enumerate(ends):
                if _status_on(seen, until) == MilestoneStatus.ACHIEVED:
                    per_month[index] += 1
        return {
            domain: [ProgressPoint(m, n) for m, n in zip(months, counts[domain], strict=True)]
            for domain in self.catalog.domains()
            if domain in counts
        }

    def overdue_who(
        self,
        child: Child,
        on: date,
        current: dict[str, MilestoneObservation] | None = None,
    ) -> list[CatalogItem]:
        """The WHO motor items not (yet) seen as achieved whose window of achievement
        ended before the child's age on ``on``: to inform, never to alarm."""
        if current is None:
            current = self.current_status(child.id)
        age = child.age_months(on)
        return [
            item
            for item in self.catalog.items_in(WINDOW_CATALOG)
            if item.past_window(age)
            and (item.id not in current or current[item.id].status != MilestoneStatus.ACHIEVED)
        ]

    def overview(self, child: Child, on: date) -> MilestoneOverview:
        """The items for the child's age with their history, and the progress."""
        history = self.history(child.id)
        items = self.items_for(child, on)
        shown = {item.id for item in items}
        catalogs = {item.catalog for item in items}
        # An item seen before stays in view, so that its history is never hidden,
        # as long as it belongs to the lists the child sees now.
        for item_id in history:
            if item_id not in shown and item_id in self.catalog:
                item = self.catalog.by_id(item_id)
                if item.catalog in catalogs:
                    items.append(item)
                    shown.add(item_id)
        current = {item_id: seen[0] for item_id, seen in history.items()}
        overdue = {item.id for item in self.overdue_who(child, on, current)}
        order = {item.id: index for index, item in enumerate(self.catalog.items)}
        rows = tuple(
            MilestoneRow(item, tuple(history.get(item.id, ())), item.id in overdue)
            for item in sorted(items, key=lambda i: (i.age_months, order[i.id]))
        )
        return MilestoneOverview(child, on, rows, self.progress(child, on, history))
