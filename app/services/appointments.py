"""Appointments of the household's children: the week, today's and tomorrow's,
what happened after one (a family visit's contact note linked), and one child's
appointments as an iCalendar file for a phone, without the birth family's names
unless the person chooses them."""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta

from icalendar import Alarm, Calendar, Event
from sqlmodel import Session

from app.domain.care import Appointment
from app.domain.records import Child, Relative
from app.domain.vocabulary import AppointmentKind, AppointmentOutcome
from app.services.records import RecordNotFound, RecordService
from app.storage import records
from app.storage.book import Book

PRODUCT_ID = "-//Thuisboek//Appointments//NL"


@dataclass(frozen=True)
class Agenda:
    """Appointments between two days (inclusive), by start, with the names of the
    children and relatives they name."""

    start: date
    end: date
    appointments: list[Appointment]
    child_names: dict[uuid.UUID, str]
    relative_names: dict[uuid.UUID, str]

    def on(self, day: date) -> list[Appointment]:
        return [a for a in self.appointments if a.starts_at.date() == day]


def monday_of(day: date) -> date:
    return day - timedelta(days=day.weekday())


class AppointmentService:
    def __init__(self, book: Book) -> None:
        self.book = book
        self.records = RecordService(book)

    def _names(
        self, session: Session, household_id: uuid.UUID
    ) -> tuple[dict[uuid.UUID, str], dict[uuid.UUID, str]]:
        children = {
            c.id: c.display_name()
            for c in records.list_kind(session, Child.kind, household_id)
            if isinstance(c, Child)
        }
        relatives = {
            r.id: r.name
            for r in records.list_kind(session, Relative.kind, household_id)
            if isinstance(r, Relative)
        }
        return children, relatives

    def agenda(self, start: date, end: date, household_id: uuid.UUID | None = None) -> Agenda:
        """The household's appointments from ``start`` to ``end``."""
        household = household_id or self.book.identity.household_id
        with self.book.store.read() as session:
            found = [
                a
                for a in records.list_kind(session, Appointment.kind, household)
                if isinstance(a, Appointment) and start <= a.starts_at.date() <= end
            ]
            children, relatives = self._names(session, household)
        found.sort(key=lambda a: a.starts_at)
        return Agenda(start, end, found, children, relatives)

    def week(self, day: date, household_id: uuid.UUID | None = None) -> Agenda:
        monday = monday_of(day)
        return self.agenda(monday, monday + timedelta(days=6), household_id)

    def for_child(self, child_id: uuid.UUID, since: date | None = None) -> list[Appointment]:
        """A child's appointments (from a day on), by start."""
        with self.book.store.read() as session:
            found = records.for_child(session, child_id, [Appointment.kind], since=since)
        return sorted((a for a in found if isinstance(a, Appointment)), key=lambda a: a.starts_at)

    def waiting_outcome(
        self, now: datetime, household_id: uuid.UUID | None = None
    ) -> list[Appointment]:
        """Appointments of the last four weeks that are over and say nothing of
        what happened yet."""
        agenda = self.agenda(now.date() - timedelta(days=28), now.date(), household_id)
        return [a for a in agenda.appointments if a.outcome is None and a.ends_at() <= now]

    def record_outcome(
        self,
        appointment_id: uuid.UUID,
        outcome: AppointmentOutcome,
        note: str = "",
        contact_note_id: uuid.UUID | None = None,
    ) -> Appointment:
        """What happened: held, cancelled or missed, with a few words (and, for a
        family visit, the contact note written about it)."""
        stored = self.records.get(appointment_id)
        if not isinstance(stored.record, Appointment) or stored.record.deleted:
            raise RecordNotFound(appointment_id)
        changes: dict[str, object] = {"outcome": outcome.value, "outcome_note": note}
        if contact_note_id is not None:
            changes["contact_note_id"] = str(contact_note_id)
        changed = self.records.update(appointment_id, **changes)
        assert isinstance(changed, Appointment)
        return changed

    def calendar(
        self,
        child_id: uuid.UUID,
        labels: Mapping[AppointmentKind, str],
        *,
        family_names: bool = False,
        since: date | None = None,
    ) -> bytes:
        """One child's appointments (from ``since``, by default four weeks ago) as
        an iCalendar file. The birth family's names, and the title, place and
        notes of a family visit (which may name them), are left out unless
        ``family_names``."""
        since = since or self.book.today() - timedelta(days=28)
        with self.book.store.read() as session:
            _children, relatives = self._names(session, self.book.identity.household_id)
        cal = Calendar()
        cal.add("prodid", PRODUCT_ID)
        cal.add("version", "2.0")
        stamp = datetime.now(UTC)
        for item in self.for_child(child_id, since):
            if item.outcome == AppointmentOutcome.CANCELLED:
                continue
            family = item.appointment_kind == AppointmentKind.FAMILY_VISIT
            open_ = family_names or not family
            summary = labels.get(item.appointment_kind, item.appointment_kind.value)
            if open_ and item.title:
                summary = f"{summary}: {item.title}"
            if family_names and item.relatives:
                names = ", ".join(relatives[r] for r in item.relatives if r in relatives)
                if names:
                    summary = f"{summary} ({names})"
            event = Event()
            event.add("uid", f"{item.id}@thuisboek")
            event.add("dtstamp", stamp)
            event.add("dtstart", item.starts_at)
            event.add("dtend", item.ends_at())
            event.add("summary", summary)
            if open_ and item.place:
                event.add("location", item.place)
            if open_ and item.notes:
                event.add("description", item.notes)
            if item.reminder_minutes is not None:
                alarm = Alarm()
                alarm.add("action", "DISPLAY")
                alarm.add("description", summary)
                alarm.add("trigger", timedelta(minutes=-item.reminder_minutes))
                event.add_component(alarm)
            cal.add_component(event)
        return bytes(cal.to_ical())
