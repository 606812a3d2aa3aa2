"""The demo's life-story material: moments, milestones and contacts kept for each
child's book with a sentence written for the child, a page of the child's own
words, and a made-up picture on each child's profile (drawn here: no real child)."""

from __future__ import annotations

import base64
import math
import struct
import zlib
from collections.abc import Sequence
from datetime import timedelta

from app.demo.family import Demo, Kid
from app.domain.records import ContactNote, DailyLog, MilestoneObservation, Record
from app.domain.story import Keepsake
from app.domain.vocabulary import ContactStatus, MilestoneStatus

SENTENCES = {
    "nl": (
        "Dit was een dag om nooit te vergeten, {name}.",
        "Je lachte zo hard dat iedereen mee moest lachen.",
        "We waren zo trots op jou, {name}.",
        "Weet je nog? Je wilde niet meer naar huis.",
        "Dat heb je helemaal zelf gedaan!",
    ),
    "fr": (
        "C’était une journée à ne jamais oublier, {name}.",
        "Tu riais si fort que tout le monde riait avec toi.",
        "Nous étions si fiers de toi, {name}.",
        "Tu te souviens ? Tu ne voulais plus rentrer.",
        "Tu l’as fait tout·e seul·e !",
    ),
    "en": (
        "This was a day never to forget, {name}.",
        "You laughed so hard that everyone laughed with you.",
        "We were so proud of you, {name}.",
        "Do you remember? You did not want to go home.",
        "You did that all by yourself!",
    ),
}
FIRST_DAY = {
    "nl": "Je eerste avond bij ons. Je hield je knuffel heel stevig vast.",
    "fr": "Ton premier soir chez nous. Tu tenais ton doudou très fort.",
    "en": "Your first evening with us. You held your cuddly toy very tight.",
}
OWN_WORDS = {
    "nl": ("Wat ik fijn vind", "Ik hou van de schommel in de tuin en van pannenkoeken."),
    "fr": ("Ce que j’aime", "J’aime la balançoire du jardin et les crêpes."),
    "en": ("What I like", "I love the swing in the garden and pancakes."),
}
COLOURS = ((0xF4, 0xA2, 0x61), (0x2A, 0x9D, 0x8F), (0xE9, 0xC4, 0x6A), (0x8E, 0x7D, 0xBE))


def picture(seed: int, side: int = 160) -> str:
    """A made-up picture as base64 PNG: a sun over a hill, coloured by ``seed``."""
    sky = COLOURS[seed % len(COLOURS)]
    hill = COLOURS[(seed + 1) % len(COLOURS)]
    rows = []
    cx, cy, r = side * 0.7, side * 0.3, side * 0.13
    for y in range(side):
        row = bytearray([0])
        for x in range(side):
            ground = side * (0.68 + 0.08 * math.sin(x / side * math.pi * 2 + seed))
            if (x - cx) ** 2 + (y - cy) ** 2 <= r * r:
                pixel = (0xFF, 0xD1, 0x66)
            elif y > ground:
                pixel = hill
            else:
                fade = 0.5 * (1 - y / side)
                pixel = (
                    int(sky[0] + (255 - sky[0]) * fade),
                    int(sky[1] + (255 - sky[1]) * fade),
                    int(sky[2] + (255 - sky[2]) * fade),
                )
            row += bytes(pixel)
        rows.append(bytes(row))

    def chunk(kind: bytes, data: bytes) -> bytes:
        return (
            struct.pack(">I", len(data))
            + kind
            + data
            + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)
        )

    png = b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", side, side, 8, 2, 0, 0, 0))
    png += chunk(b"IDAT", zlib.compress(b"".join(rows), 9)) + chunk(b"IEND", b"")
    return base64.b64encode(png).decode("ascii")


def _spread(items: Sequence[Record], count: int) -> list[Record]:
    if len(items) <= count:
        return list(items)
    step = len(items) / count
    return [items[int(i * step)] for i in range(count)]


def make_keepsakes(demo: Demo, language: str) -> None:
    """Keep a few moments, milestones and contacts for each child's book."""
    sentences = SENTENCES.get(language, SENTENCES["nl"])
    for index, kid in enumerate(demo.kids):
        setattr(kid.child, "photo_png", picture(index))  # noqa: B010 - an extra field
        logs = [
            r
            for r in demo.records
            if isinstance(r, DailyLog)
            and r.child_id == kid.child.id
            and r.moments
            and not r.flag
            and r.amends_id is None
            and r.date not in demo.visits
        ]
        logs.sort(key=lambda r: r.date)
        first = [r for r in logs if r.date < kid.child.placement_start + timedelta(days=31)][:1]
        later = [r for r in logs if r not in first]
        reached = [
            r
            for r in demo.records
            if isinstance(r, MilestoneObservation)
            and r.child_id == kid.child.id
            and r.status == MilestoneStatus.ACHIEVED
        ]
        contacts = [
            r
            for r in demo.records
            if isinstance(r, ContactNote)
            and kid.child.id in r.children
            and r.status == ContactStatus.HAPPENED
            and r.amends_id is None
        ]
        chosen: list[tuple[Record, str]] = [(r, FIRST_DAY.get(language, "")) for r in first]
        for n, r in enumerate(_spread(later, 8) + _spread(reached, 3) + _spread(contacts, 2)):
            words = sentences[(n + index) % len(sentences)] if n % 3 != 2 else ""
            chosen.append((r, words.format(name=kid.name)))
        for target, words in chosen:
            demo.records.append(_keep(demo, kid, target, words))
        title, said = OWN_WORDS.get(language, OWN_WORDS["nl"])
        demo.records.append(
            Keepsake(
                household_id=demo.household_id,
                child_id=kid.child.id,
                on=demo.today - timedelta(days=7 + index),
                title=title,
                words=said,
                author_id=demo.carer,
            )
        )


def _keep(demo: Demo, kid: Kid, target: Record, words: str) -> Keepsake:
    day = target.day()
    assert day is not None
    return Keepsake(
        household_id=demo.household_id,
        child_id=kid.child.id,
        target_id=target.id,
        target_kind=target.kind,
        on=day,
        words=words,
        author_id=demo.carer,
    )
