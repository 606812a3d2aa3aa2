"""What goes in "My file", read from the store through the table of
``app.domain.young_person``: per received kind, only the fields it names, of
the records that pass its condition. Nothing else of a record is read into the
file (an incident, a mood, a professional note, a review never is)."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from app.domain.catalog import load_catalog
from app.domain.records import Child, Entry, Household, MilestoneObservation, Record
from app.domain.vocabulary import AppointmentOutcome, ContactStatus, MilestoneStatus
from app.domain.young_person import RECEIVES, Receives, received_kinds
from app.services.young_export.texts import FileWords
from app.storage import records
from app.storage.book import Book


@dataclass(frozen=True)
class Line:
    label: str
    value: str


@dataclass(frozen=True)
class Item:
    day: dt.date | None
    title: str
    lines: tuple[Line, ...] = ()


@dataclass(frozen=True)
class Section:
    kind: str
    heading: str
    items: list[Item]


@dataclass(frozen=True)
class Attachment:
    """A photo or document the young person receives (see ``attachments_of``)."""

    name: str
    data: bytes


@dataclass(frozen=True)
class FileData:
    child: Child
    lang: str
    made_on: dt.date
    household: str
    about: list[Line] = field(default_factory=list)
    sections: list[Section] = field(default_factory=list)
    attachments: list[Attachment] = field(default_factory=list)
    # the records "My file" holds something of (and the entries they amend): the
    # photos and documents attached to them are the young person's too
    received_ids: set[uuid.UUID] = field(default_factory=set)

    def section(self, kind: str) -> Section | None:
        return next((s for s in self.sections if s.kind == kind), None)

    def text(self) -> str:
        """Every word of the file's content, for checks."""
        parts = [f"{x.label} {x.value}" for x in self.about]
        for s in self.sections:
            parts.append(s.heading)
            for item in s.items:
                parts.append(item.title)
                parts += [f"{x.label} {x.value}" for x in item.lines]
        return "\n".join(parts)


def received(record: Record) -> dict[str, Any]:
    """The fields of ``record`` the young person receives (the table's, no other)."""
    decision = RECEIVES.get(record.kind)
    if decision is None or decision.receives not in (Receives.YES, Receives.SOME):
        return {}
    return {name: getattr(record, name) for name in decision.fields}


def _latest_versions(found: Iterable[Record]) -> list[Record]:
    """Amended entries as last corrected: an amendment stands for its original."""
    found = [r for r in found if not r.deleted]
    by_id = {r.id: r for r in found}

    def root(r: Record) -> uuid.UUID:
        seen: set[uuid.UUID] = set()
        while isinstance(r, Entry) and r.amends_id is not None and r.amends_id in by_id:
            if r.id in seen:
                break
            seen.add(r.id)
            r = by_id[r.amends_id]
        return r.id

    latest: dict[uuid.UUID, Record] = {}
    for r in found:
        key = root(r)
        old = latest.get(key)
        if old is None or _written(r) >= _written(old):
            latest[key] = r
    return list(latest.values())


def _ids_of(r: Record) -> list[uuid.UUID]:
    """A received record's id, and the id of the entry it corrects (what is
    attached to the first writing belongs to the corrected one too)."""
    amends = r.amends_id if isinstance(r, Entry) else None
    return [r.id] if amends is None else [r.id, amends]


def _written(r: Record) -> str:
    created = getattr(r, "created_at", None)
    return created.isoformat() if isinstance(created, dt.datetime) else r.modified_at


def _lines(*pairs: tuple[str, str]) -> tuple[Line, ...]:
    return tuple(Line(label, value.strip()) for label, value in pairs if value and value.strip())


class _Gather:
    def __init__(self, book: Book, child: Child, lang: str) -> None:
        self.book = book
        self.child = child
        self.w = FileWords(lang)
        self.lang = lang
        self.names: dict[uuid.UUID, str] = {}

    def about(self, household: str) -> list[Line]:
        w, f = self.w, received(self.child)
        out = [
            Line(w("name"), f"{f['given_name']} {f['family_name']}".strip()),
            Line(w("born"), w.date(f["date_of_birth"])),
            Line(w("placed", household=household) if household else w("placed_no_name"),
                 w.date(f["placement_start"])),
        ]  # fmt: skip
        if f["placement_end"] is not None:
            out.append(Line(w("until"), w.date(f["placement_end"])))
        if f["placement_outcome"] is not None:
            out.append(Line(w("went"), w.word("outcome", f["placement_outcome"])))
        out += _lines((w("school"), f["school"]), (w("languages"), ", ".join(f["languages"])))
        return out

    # One reader per received kind ---------------------------------------------------
    def minor_file(self, r: Record) -> list[Item]:
        w, f = self.w, received(r)
        lines: list[tuple[str, str]] = []
        if f["legal_status"] is not None:
            lines.append((w("legal_status"), w.word("legal", f["legal_status"])))
        steps = sorted(f["steps"], key=lambda s: s.on)
        if steps:
            lines.append((w("procedure"), "; ".join(
                f"{w.word('step', s.step)} ({w.date(s.on)})" for s in steps)))  # fmt: skip
        langs = [f"{x.language} ({w.word('level', x.level)})" for x in f["languages"]]
        lines += [(w("language_levels"), ", ".join(langs)), (w("school"), f["school"]),
                  (w("training"), f["training"])]  # fmt: skip
        return [Item(None, "", _lines(*lines))]

    def relative(self, r: Record) -> list[Item]:
        w, f = self.w, received(r)
        self.names[r.id] = f["name"]
        title = f"{f['name']} · {w.enum('relation', f['relation'])}"
        lines = _lines(
            (w("lives_where"), f["lives_where"]),
            (w("together"), w("yes") if f["placed_together"] else ""),
            (w("arrangement"), f["contact_arrangement"]),
        )
        return [Item(None, title, lines)]

    def daily_log(self, r: Record) -> list[Item]:
        if getattr(r, "flag", False):  # an incident's day: its kept moments are in the book
            return []
        w, f = self.w, received(r)
        lines = _lines((w("moments"), f["moments"]), (w("what_i_did"), f["activities"]),
                       (w("at_school"), f["school"]))  # fmt: skip
        return [Item(f["date"], w.long_date(f["date"]), lines)] if lines else []

    def contact_note(self, r: Record) -> list[Item]:
        if getattr(r, "status", None) != ContactStatus.HAPPENED:
            return []
        w, f = self.w, received(r)
        who = ", ".join(self.names[x] for x in f["relatives"] if x in self.names)
        kind = w.enum("contact", f["contact_kind"]) if f["contact_kind"] else ""
        lines = _lines((w("with"), who), (w("place"), f["place"]))
        return [Item(f["date"], f"{w.date(f['date'])} · {kind}".strip(" ·"), lines)]

    def care_goal(self, r: Record) -> list[Item]:
        w, f = self.w, received(r)
        lines = _lines(
            (w("area"), w.word("area", f["area"])),
            (w("since"), w.date(f["start"])),
            (w("status"), w.enum("goal_status", f["status"])),
        )
        return [Item(f["start"], f["text"], lines)]

    def medication(self, r: Record) -> list[Item]:
        w, f = self.w, received(r)
        start = w.date(f["start"])
        end = f["end"]
        when = w("from_to", start=start, end=w.date(end)) if end else w("from", start=start)
        lines = _lines((w("dose"), f["dose"]), (w("prescribed_by"), f["prescribed_by"]))
        return [Item(f["start"], f"{f['name']} · {when}", lines)]

    def appointment(self, r: Record) -> list[Item]:
        if getattr(r, "outcome", None) != AppointmentOutcome.HAPPENED:
            return []
        w, f = self.w, received(r)
        at: dt.datetime = f["starts_at"]
        kind = w.enum("appointment", f["appointment_kind"])
        title = f"{w.date(at.date())} · {kind}"
        return [Item(at.date(), title, _lines((kind, f["title"]), (w("place"), f["place"])))]

    def milestones(self, found: list[Record]) -> list[Item]:
        catalog = load_catalog()
        latest: dict[str, MilestoneObservation] = {}
        for o in sorted((o for o in found if isinstance(o, MilestoneObservation)),
                        key=lambda o: (o.observed_on, o.modified_at)):  # fmt: skip
            latest[o.item_id] = o
        items = []
        for o in latest.values():
            if o.status != MilestoneStatus.ACHIEVED:
                continue
            f = received(o)
            if f["item_id"] not in catalog:
                continue
            label = catalog.by_id(f["item_id"]).label(self.lang)
            items.append(Item(f["observed_on"], f"{self.w.date(f['observed_on'])} · {label}"))
        return items


HEADINGS = {
    "relative": "family",
    "daily_log": "days",
    "milestone_observation": "learned",
    "contact_note": "contacts",
    "care_goal": "goals",
    "medication": "medicines",
    "appointment": "appointments",
}


def gather(
    book: Book,
    child: Child,
    lang: str,
    *,
    today: dt.date,
    tick: Callable[[], None] | None = None,
) -> FileData:
    """What "My file" holds for ``child`` in ``lang``; ``tick()`` after each kind."""
    g = _Gather(book, child, lang)
    kinds = received_kinds()
    with book.store.read() as session:
        households = records.list_kind(session, Household.kind)
        found: dict[str, list[Record]] = {}
        for kind in kinds:
            if kind == Child.kind:
                continue
            found[kind] = _latest_versions(records.for_child_all(session, child.id, kind))
    household = next(
        (h.name for h in households if isinstance(h, Household) and h.id == child.household_id),
        "",
    )
    data = FileData(child, lang, today, household, g.about(household))
    readers: dict[str, Callable[[Record], list[Item]]] = {
        "minor_file": g.minor_file,
        "relative": g.relative,
        "daily_log": g.daily_log,
        "contact_note": g.contact_note,
        "care_goal": g.care_goal,
        "medication": g.medication,
        "appointment": g.appointment,
    }
    for kind in kinds:
        if kind == Child.kind:  # read above, into "About me"
            if tick is not None:
                tick()
            continue
        if kind == MilestoneObservation.kind:
            items = g.milestones(found[kind])
            data.received_ids.update(
                o.id
                for o in found[kind]
                if isinstance(o, MilestoneObservation) and o.status == MilestoneStatus.ACHIEVED
            )
        else:
            read = readers[kind]
            items = []
            for r in found[kind]:
                got = read(r)
                if got:
                    items += got
                    data.received_ids.update(_ids_of(r))
        if kind == "minor_file":
            data.about.extend(
                line for i in items for line in i.lines if line not in data.about
            )  # the school may be on both
        else:
            items.sort(key=lambda i: (i.day or dt.date.min, i.title))
            data.sections.append(Section(kind, g.w(HEADINGS[kind]), items))
        if tick is not None:
            tick()
    return data
