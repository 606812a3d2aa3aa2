"""Large stores for the benchmarks: many children, a short log on every day of
many years.

In each child's logs ``LARGE_RARE_WORD`` occurs exactly ``LARGE_RARE_PER_CHILD``
times and nowhere else, so that searches for it measure the index, not the
luck of the draw.
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from datetime import UTC, datetime, timedelta
from typing import Final

from app.demo.dates import days, evening, mood, relief_weekend
from app.demo.phrases import DEFAULT_LANGUAGE, RELIEF_LANGUAGE, phrases
from app.demo.writer import DemoSummary, Writer, household_name, relief_carer
from app.domain.records import Child, DailyLog
from app.storage.book import Book

LARGE_RARE_WORD: Final = "brandweerkazerne"
LARGE_RARE_PER_CHILD: Final = 4
LARGE_BATCH: Final = 5_000
LARGE_NAMES = (
    ("Lotte", "Peeters"), ("Chloé", "Lambert"), ("Finn", "Janssens"), ("Yasmine", "El Amrani"),
    ("Arthur", "Dubois-Claes"), ("Nora", "Wouters"), ("Mehdi", "Benali"), ("Emma", "Maes"),
    ("Lucas", "Dupont"), ("Sara", "Vermeulen"),
)  # fmt: skip


def day_text(rng: random.Random, lines: Sequence[str]) -> str:
    """A short log: three different lines of a pool."""
    return " ".join(rng.sample(lines, 3))


def short_log(rng: random.Random, relief: bool, language: str = DEFAULT_LANGUAGE) -> str:
    """A short log by the care parents, or by the relief carer in her language."""
    if relief:
        return day_text(rng, phrases(RELIEF_LANGUAGE).relief.bulk)
    return day_text(rng, phrases(language).carer.bulk)


def fill_large(
    book: Book,
    children: int = 8,
    years: int = 10,
    seed: int = 2026,
    batch_size: int = LARGE_BATCH,
    language: str = DEFAULT_LANGUAGE,
) -> DemoSummary:
    """``children`` children with a daily log on every day of ``years`` years; in
    each child's logs ``LARGE_RARE_WORD`` occurs exactly ``LARGE_RARE_PER_CHILD``
    times. Written in transactions of ``batch_size`` records."""
    if years < 1 or children < 1:
        raise ValueError("children and years must be at least 1")
    rng = random.Random(seed)
    rare_outing = " " + phrases(language).bulk.rare_outing.format(word=LARGE_RARE_WORD)
    today = book.today()
    now = datetime.now(UTC)
    household_id = book.identity.household_id
    start = today - timedelta(days=round(365.25 * years) - 1)
    relief = relief_carer(household_id)
    writer = Writer(book, batch=True, batch_size=batch_size)
    writer.add(relief)
    kids: list[Child] = []
    for i in range(children):
        given, family = LARGE_NAMES[i % len(LARGE_NAMES)]
        if i >= len(LARGE_NAMES):
            family = f"{family} {i // len(LARGE_NAMES) + 1}"
        born = start - timedelta(days=365 * (1 + i % 8) + rng.randint(0, 300))
        kid = Child(
            household_id=household_id,
            given_name=given,
            family_name=family,
            date_of_birth=born,
            placement_start=start,
            languages=["nl", "fr"] if "-" in family or i % 3 == 1 else ["nl"],
        )
        kids.append(kid)
        writer.add(kid)
    every_day = list(days(start, today))
    step = max(1, len(every_day) // LARGE_RARE_PER_CHILD)
    rare = {
        every_day[min(len(every_day) - 1, k * step + step // 2)]
        for k in range(LARGE_RARE_PER_CHILD)
    }
    for day in every_day:
        relief_day = relief_weekend(day)
        author = relief.id if relief_day else book.identity.user_id
        for kid in kids:
            text = short_log(rng, relief_day, language)
            if day in rare:
                text += rare_outing
            writer.add(
                DailyLog(
                    household_id=household_id,
                    child_id=kid.id,
                    author_id=author,
                    created_at=evening(day, rng, now),
                    date=day,
                    mood=mood(rng),
                    text=text,
                )
            )
    writer.flush()
    return DemoSummary(household_name(book), [k.display_name() for k in kids], writer.written)
