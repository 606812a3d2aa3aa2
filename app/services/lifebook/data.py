"""What goes in a child's life-story book, read from the store.

Only what a household kept for the book (``app.domain.story``), the people and
places of the child's life and the milestones reached: never an incident, a
review, a supervisor's question, a contact's professional notes (reactions,
agreements, follow-up) or a log's other fields. A kept daily log gives its
moments; a kept contact gives its kind, the family met and the place; a kept
photo gives itself (decrypted into memory; one not yet on this laptop is left
out) and a kept document its caption or name.
"""

from __future__ import annotations

import base64
import binascii
import datetime as dt
from collections import defaultdict
from dataclasses import dataclass, field

from app.domain.attachments import Attachment
from app.domain.catalog import load_catalog
from app.domain.records import (
    Child,
    ContactNote,
    DailyLog,
    Household,
    MilestoneObservation,
    Person,
    Relative,
)
from app.domain.story import Keepsake
from app.domain.vocabulary import ContactKind, MilestoneStatus, RelationKind, Role
from app.services.attachments import AttachmentService, ContentMissing
from app.services.lifebook.texts import Words
from app.storage import records
from app.storage.book import Book

SIBLINGS = frozenset({RelationKind.SIBLING, RelationKind.HALF_SIBLING})
NOT_FAMILY = frozenset({RelationKind.LAWYER})  # met for the procedure, not for the book
FIRST_DAYS = dt.timedelta(days=31)
PHOTO_FIELD = "photo_png"  # the Profile page's photo: an extra field of the child's record
PHOTO_TYPES = frozenset({"image/jpeg", "image/png"})


@dataclass(frozen=True)
class Moment:
    day: dt.date
    text: str  # what the record kept says, for the child ("" when only the words speak)
    words: str  # the sentence written for the child
    photo: bytes | None = None  # a kept photo, shown full width


@dataclass(frozen=True)
class Someone:
    name: str
    relation: str  # in the child's words
    where: str  # "we live together", "lives in Gent", or ""


@dataclass(frozen=True)
class Learned:
    day: dt.date
    label: str
    words: str


@dataclass(frozen=True)
class BookData:
    child: Child
    lang: str
    made_on: dt.date
    household: str
    photo: bytes | None
    family: list[Someone] = field(default_factory=list)
    siblings: list[Someone] = field(default_factory=list)
    caregivers: list[str] = field(default_factory=list)
    first_days: list[Moment] = field(default_factory=list)
    moments: dict[int, list[Moment]] = field(default_factory=dict)
    learned: list[Learned] = field(default_factory=list)
    skills: list[Learned] = field(default_factory=list)
    own_words: list[Moment] = field(default_factory=list)

    @property
    def kept(self) -> int:
        return (
            len(self.first_days)
            + sum(len(m) for m in self.moments.values())
            + sum(1 for x in (*self.learned, *self.skills) if x.words)
            + len(self.own_words)
        )


def _photo(child: Child) -> bytes | None:
    value = getattr(child, PHOTO_FIELD, "")
    if not isinstance(value, str) or not value:
        return None
    try:
        return base64.b64decode(value, validate=True)
    except (binascii.Error, ValueError):
        return None


def _contact_text(note: ContactNote, names: dict[str, str], w: Words) -> str:
    who = ", ".join(names[str(r)] for r in note.relatives if str(r) in names)
    kind = w(f"kind.{note.contact_kind.value}") if note.contact_kind else w("kind.other")
    if not who:
        return kind
    if note.place and note.contact_kind in (ContactKind.VISIT, ContactKind.SUPERVISED_VISIT):
        return w("contact_at", kind=kind, who=who, place=note.place)
    return w("contact", kind=kind, who=who)


def _kept_file(book: Book, attachment: Attachment, kept: Keepsake) -> Moment | None:
    """A kept photo with its sentence; a document by its caption or name. A photo
    whose bytes are not yet on this laptop is left out."""
    if attachment.media_type not in PHOTO_TYPES:
        return Moment(kept.on, attachment.caption or attachment.file_name, kept.words)
    try:
        photo = AttachmentService(book).content(attachment.id)
    except ContentMissing:
        return None
    return Moment(kept.on, attachment.caption, kept.words, photo)


def gather(book: Book, child: Child, lang: str, *, today: dt.date) -> BookData:
    w = Words(lang)
    catalog = load_catalog()
    with book.store.read() as session:
        households = [
            h for h in records.list_kind(session, Household.kind) if isinstance(h, Household)
        ]
        people = [p for p in records.list_kind(session, Person.kind) if isinstance(p, Person)]
        relatives = [
            r
            for r in records.for_child_all(session, child.id, Relative.kind)
            if isinstance(r, Relative)
        ]
        kept = [
            k
            for k in records.for_child(session, child.id, [Keepsake.kind])
            if isinstance(k, Keepsake)
        ]
        observations = [
            o
            for o in records.for_child(session, child.id, [MilestoneObservation.kind])
            if isinstance(o, MilestoneObservation)
        ]
        targets = records.get_many(session, [k.target_id for k in kept if k.target_id])
    household = next((h.name for h in households if h.id == child.household_id), "")
    caregivers = sorted(
        p.display_name
        for p in people
        if p.role == Role.CAREGIVER and child.household_id in p.households and not p.deleted
    )
    family, siblings = [], []
    names = {str(r.id): r.name for r in relatives}
    for r in sorted(relatives, key=lambda r: (r.relation != RelationKind.MOTHER, r.name)):
        if r.relation in NOT_FAMILY:
            continue
        if r.relation in SIBLINGS:
            where = w("together") if r.placed_together else (
                w("lives_in", place=r.lives_where) if r.lives_where else ""
            )  # fmt: skip
            siblings.append(Someone(r.name, w(f"rel.{r.relation.value}"), where))
        else:
            family.append(Someone(r.name, w(f"rel.{r.relation.value}"), ""))

    data = BookData(child, lang, today, household, _photo(child), family, siblings, caregivers)
    words_of_milestone: dict[str, str] = {}
    by_year: dict[int, list[Moment]] = defaultdict(list)
    for k in sorted(kept, key=lambda k: (k.on, k.created_at)):
        if k.target_id is None:
            data.own_words.append(Moment(k.on, k.title, k.words))
            continue
        stored = targets.get(str(k.target_id))
        target = stored.record if stored is not None else None
        if target is None or target.deleted:
            continue
        if isinstance(target, MilestoneObservation):
            words_of_milestone[target.item_id] = k.words
            continue
        if isinstance(target, DailyLog):
            text = target.moments.strip()
        elif isinstance(target, ContactNote):
            text = _contact_text(target, names, w)
        elif isinstance(target, Attachment):
            moment = _kept_file(book, target, k)
            if moment is None:
                continue
            by_year[k.on.year].append(moment)
            continue
        else:
            continue
        moment = Moment(k.on, text, k.words)
        if child.placement_start <= k.on < child.placement_start + FIRST_DAYS:
            data.first_days.append(moment)
        else:
            by_year[k.on.year].append(moment)
    data.moments.update(sorted(by_year.items()))

    latest: dict[str, MilestoneObservation] = {}
    for o in sorted(observations, key=lambda o: (o.observed_on, o.modified_at)):
        latest[o.item_id] = o
    for item_id, o in sorted(latest.items(), key=lambda x: x[1].observed_on):
        if o.status != MilestoneStatus.ACHIEVED or item_id not in catalog:
            continue
        item = catalog.by_id(item_id)
        learned = Learned(o.observed_on, item.label(lang), words_of_milestone.get(item_id, ""))
        (data.skills if item.catalog == "living" else data.learned).append(learned)
    return data
