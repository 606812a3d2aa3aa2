"""A child's medication list and the doses given: today's checklist, a dose noted
in one action, a warning when the same medicine was given a moment ago, and the
doses that were missed or refused (for the supervisor).

Not a prescribing tool: the list is what the prescriber decided, copied so the
household gives it as prescribed and notes each dose.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from sqlmodel import Session

from app.domain.care import Medication, MedicationDose, parse_time
from app.domain.messages import QT_TRANSLATE_NOOP, Message, ThuisboekError
from app.domain.vocabulary import DoseOutcome
from app.services.records import RecordNotFound, RecordService
from app.storage import records
from app.storage.book import Book

CTX = "Medication"
# A dose of the list not noted this long after its time counts as missed.
MISSED_AFTER = timedelta(hours=2)


@dataclass(frozen=True)
class DoseSlot:
    """One time of the day's checklist: a medicine at a time, and what was noted."""

    medication: Medication
    slot: str  # HH:MM
    dose: MedicationDose | None = None

    @property
    def done(self) -> bool:
        return self.dose is not None

    def due(self, day: date) -> datetime:
        moment = parse_time(self.slot) or time(0, 0)
        return datetime.combine(day, moment)


@dataclass(frozen=True)
class MissedDose:
    """A dose of the list that was refused or skipped, or that nobody noted."""

    child_id: uuid.UUID
    medication: Medication
    due: datetime
    dose: MedicationDose | None  # None: not noted at all


class GivenTwice(ThuisboekError):
    """The same medicine was given a moment ago: the person confirms a second dose."""

    def __init__(self, earlier: MedicationDose) -> None:
        super().__init__(
            Message(
                CTX,
                QT_TRANSLATE_NOOP(
                    "Medication",
                    "This medicine was given already at {time}, less than its interval ago.",
                ),
                {"time": earlier.at.strftime("%H:%M")},
            )
        )
        self.earlier = earlier


class MedicationService:
    def __init__(self, book: Book) -> None:
        self.book = book
        self.records = RecordService(book)

    # Reading ------------------------------------------------------------------------
    def medications(self, child_id: uuid.UUID) -> list[Medication]:
        """The child's medication list, current ones first, by name."""
        with self.book.store.read() as session:
            return self._medications(session, child_id)

    def _medications(self, session: Session, child_id: uuid.UUID) -> list[Medication]:
        found = [
            r
            for r in records.for_child(session, child_id, [Medication.kind])
            if isinstance(r, Medication)
        ]
        today = self.book.today()
        return sorted(found, key=lambda m: (not m.active_on(today), m.name.casefold()))

    def _doses(
        self, session: Session, child_id: uuid.UUID, since: date, until: date
    ) -> list[MedicationDose]:
        found = records.for_child(session, child_id, [MedicationDose.kind], since=since)
        return [r for r in found if isinstance(r, MedicationDose) and since <= r.at.date() <= until]

    def doses(self, child_id: uuid.UUID, since: date, until: date) -> list[MedicationDose]:
        """Every dose noted for the child in the period, newest first."""
        with self.book.store.read() as session:
            return self._doses(session, child_id, since, until)

    def checklist(self, child_id: uuid.UUID, day: date) -> list[DoseSlot]:
        """The day's doses of the child's current medication, by time, each with
        what was noted for it."""
        with self.book.store.read() as session:
            meds = [m for m in self._medications(session, child_id) if m.active_on(day)]
            doses = self._doses(session, child_id, day, day)
        slots: list[DoseSlot] = []
        for med in meds:
            for moment in med.sorted_times():
                slot = moment.strftime("%H:%M")
                noted = [d for d in doses if d.medication_id == med.id and d.slot == slot]
                slots.append(DoseSlot(med, slot, max(noted, key=lambda d: d.at, default=None)))
        return sorted(slots, key=lambda s: (s.slot, s.medication.name.casefold()))

    def missed(
        self, child_ids: Iterable[uuid.UUID], since: date, now: datetime
    ) -> list[MissedDose]:
        """The doses of the list from ``since`` until now that were refused,
        skipped or never noted (a dose is missed two hours after its time)."""
        found: list[MissedDose] = []
        with self.book.store.read() as session:
            for child_id in child_ids:
                meds = self._medications(session, child_id)
                doses = self._doses(session, child_id, since, now.date())
                for med in meds:
                    mine = [d for d in doses if d.medication_id == med.id]
                    found += _missed_of(child_id, med, mine, since, now)
        return sorted(found, key=lambda m: m.due, reverse=True)

    # Writing ------------------------------------------------------------------------
    def earlier_within(self, medication: Medication, at: datetime) -> MedicationDose | None:
        """A dose of this medicine given less than its interval before or after ``at``."""
        gap = medication.min_gap()
        with self.book.store.read() as session:
            doses = self._doses(session, medication.child_id, (at - gap).date(), (at + gap).date())
        close = [
            d
            for d in doses
            if d.medication_id == medication.id
            and d.outcome == DoseOutcome.GIVEN
            and abs(d.at - at) < gap
        ]
        return max(close, key=lambda d: d.at, default=None)

    def note_dose(
        self,
        medication_id: uuid.UUID,
        outcome: DoseOutcome,
        at: datetime,
        *,
        slot: str = "",
        note: str = "",
        confirmed: bool = False,
    ) -> MedicationDose:
        """Note one dose given (refused, skipped) by this person. A second dose of
        the same medicine within its interval raises ``GivenTwice`` unless the
        person confirmed it."""
        stored = self.records.get(medication_id)
        med = stored.record
        if not isinstance(med, Medication) or med.deleted:
            raise RecordNotFound(medication_id)
        if outcome == DoseOutcome.GIVEN and not confirmed:
            earlier = self.earlier_within(med, at)
            if earlier is not None:
                raise GivenTwice(earlier)
        identity = self.book.identity
        dose = MedicationDose(
            household_id=med.household_id,
            medication_id=med.id,
            child_id=med.child_id,
            author_id=identity.user_id,
            outcome=outcome,
            at=at.replace(second=0, microsecond=0),
            slot=slot,
            note=note,
        )
        return self.records.create(dose)


def _missed_of(
    child_id: uuid.UUID,
    med: Medication,
    doses: list[MedicationDose],
    since: date,
    now: datetime,
) -> list[MissedDose]:
    found: list[MissedDose] = []
    day = max(since, med.start)
    while day <= now.date() and (med.end is None or day <= med.end):
        for moment in med.sorted_times():
            due = datetime.combine(day, moment)
            if due + MISSED_AFTER > now:
                continue
            slot = moment.strftime("%H:%M")
            noted = [d for d in doses if d.at.date() == day and d.slot == slot]
            latest = max(noted, key=lambda d: d.at, default=None)
            if latest is None or latest.outcome != DoseOutcome.GIVEN:
                found.append(MissedDose(child_id, med, due, latest))
        day += timedelta(days=1)
    return found
