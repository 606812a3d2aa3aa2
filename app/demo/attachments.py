"""The demo's photos and documents: for each child a drawing and a school report
on the child's page, photos of a garden afternoon and a birthday on two of the
child's days, one on a contact with family; the drawing and the photos kept for
the child's book with a sentence. Drawn by ``app.demo.pictures`` (no real child);
stored through the attachments service like a caregiver's own."""

from __future__ import annotations

import datetime as dt

from app.demo.pictures import cake, drawing, garden, school_report
from app.domain.records import Child, ContactNote, DailyLog, Record
from app.services.attachments import AttachmentService
from app.services.story import StoryService
from app.storage import records
from app.storage.book import Book

MAX_CHILDREN = 6  # a village demo has many: the first few get pictures

WORDS = {
    "nl": {
        "drawing": "Tekening van {name}",
        "drawing_kept": "Dit heb je getekend: ons huis, de zon en wij allemaal.",
        "garden_kept": "Een zonnige middag in de tuin. Je schommelde tot de zon onderging.",
        "cake_kept": "Je verjaardag, {name}! Je blies alle kaarsjes in één keer uit.",
        "report": "Rapport {year}",
        "contact": "Samen op bezoek",
    },
    "fr": {
        "drawing": "Dessin — {name}",
        "drawing_kept": "C’est toi qui l’as dessiné : notre maison, le soleil et nous tous.",
        "garden_kept": "Un après-midi ensoleillé au jardin. Tu t’es balancé·e jusqu’au soir.",
        "cake_kept": "Ton anniversaire, {name} ! Tu as soufflé toutes les bougies d’un coup.",
        "report": "Bulletin {year}",
        "contact": "Ensemble en visite",
    },
    "en": {
        "drawing": "Drawing by {name}",
        "drawing_kept": "You drew this: our house, the sun and all of us.",
        "garden_kept": "A sunny afternoon in the garden. You swung until the sun went down.",
        "cake_kept": "Your birthday, {name}! You blew out all the candles at once.",
        "report": "School report {year}",
        "contact": "Together on a visit",
    },
}


def _logs(book: Book, child: Child) -> list[DailyLog]:
    with book.store.read() as session:
        found = records.for_child(session, child.id, [DailyLog.kind])
    logs = [
        r
        for r in found
        if isinstance(r, DailyLog) and r.moments and not r.flag and r.amends_id is None
    ]
    return sorted(logs, key=lambda r: r.date)


def _contacts(book: Book, child: Child) -> list[ContactNote]:
    with book.store.read() as session:
        found = records.for_child(session, child.id, [ContactNote.kind])
    notes = [r for r in found if isinstance(r, ContactNote) and r.amends_id is None]
    return sorted(notes, key=lambda r: r.date)


def add_pictures(book: Book, language: str = "nl", seed: int = 2026) -> int:
    """Attach the demo's pictures to the household's children and keep some for
    the book; the number of records written."""
    words = WORDS.get(language, WORDS["nl"])
    files = AttachmentService(book)
    story = StoryService(book)
    with book.store.read() as session:
        children = [c for c in records.list_kind(session, Child.kind) if isinstance(c, Child)]
    children = sorted((c for c in children if not c.deleted), key=lambda c: c.given_name)
    added = 0
    today = book.today()
    for n, child in enumerate(children[:MAX_CHILDREN]):
        name = child.given_name
        logs = _logs(book, child)
        kept: list[tuple[Record, str]] = []
        drawn_on = today - dt.timedelta(days=20 + 9 * n)
        made, _ = files.add_bytes(
            child.id,
            drawing(seed + n, max(drawn_on, child.placement_start)),
            f"{words['drawing'].format(name=name)}.jpg",
            caption=words["drawing"].format(name=name),
        )
        kept.append((made, words["drawing_kept"]))
        year = today.year - 1 if today.month < 9 else today.year
        files.add_bytes(
            child.id,
            school_report(name, year, language, seed + n),
            f"{words['report'].format(year=year)}.pdf",
            caption=words["report"].format(year=year),
        )
        added += 2
        if logs:
            day_log = logs[len(logs) * 2 // 3]
            photo, _ = files.add_bytes(
                child.id,
                garden(seed + n, day_log.date),
                f"IMG_{day_log.date:%Y%m%d}_1530.jpg",
                target_kind=DailyLog.kind,
                target_id=day_log.id,
            )
            kept.append((photo, words["garden_kept"]))
            party = logs[len(logs) // 3]
            cake_photo, _ = files.add_bytes(
                child.id,
                cake(seed + n, candles=max(1, min(12, party.date.year - child.date_of_birth.year))),
                f"IMG_{party.date:%Y%m%d}_1700.png",
                target_kind=DailyLog.kind,
                target_id=party.id,
            )
            kept.append((cake_photo, words["cake_kept"].format(name=name)))
            added += 2
        contacts = _contacts(book, child)
        if contacts:
            visit = contacts[-1]
            files.add_bytes(
                child.id,
                garden(seed + 100 + n, visit.date),
                f"IMG_{visit.date:%Y%m%d}_1100.jpg",
                target_kind=ContactNote.kind,
                target_id=visit.id,
                caption=words["contact"],
            )
            added += 1
        for record, sentence in kept:
            added += len(story.keep(record, sentence))
    return added
