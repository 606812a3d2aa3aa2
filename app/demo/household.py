"""The demo household of ``thuisboek demo``.

``fill`` gives a Simba home (a Flemish professional care family) a sibling
group of three young children from a bilingual Dutch/French family, their
birth family, and ``years`` years of daily logs, milestone observations,
contact notes and well-being checks that end today.

Everything goes the app's own way: each record is checked, then stamped and
written with its outbox entry by ``RecordService``. In batch mode all of it
happens in few write transactions, so a year takes seconds, not minutes. The
same seed gives the same household, texts and counts, in every language; dates
are relative to ``book.today()``.
"""

from __future__ import annotations

import random

from app.demo.attachments import add_pictures
from app.demo.care import make_care
from app.demo.contacts import make_contacts
from app.demo.family import DEMO_PROFILE, KIDS, Demo, demo_profile
from app.demo.logs import make_logs
from app.demo.milestones import make_milestones
from app.demo.phrases import DEFAULT_LANGUAGE, RELIEF_LANGUAGE, phrases
from app.demo.story import make_keepsakes
from app.demo.wellbeing import make_checks
from app.demo.writer import RELIEF_CARER, DemoSummary, Writer, household_name
from app.domain.records import Record
from app.domain.vocabulary import Role
from app.storage.book import Book

__all__ = ["DEMO_PROFILE", "KIDS", "RELIEF_CARER", "DemoSummary", "demo_profile", "fill"]


def fill(
    book: Book,
    years: int = 1,
    children: int = 3,
    seed: int = 2026,
    batch: bool = True,
    language: str = DEFAULT_LANGUAGE,
    relief_language: str = RELIEF_LANGUAGE,
) -> DemoSummary:
    """Give the profile's household a demo sibling group with ``years`` years of
    records ending today, written in ``language`` by the care parents and in
    ``relief_language`` by the relief carer. With ``batch`` everything is
    written in one transaction."""
    if years < 1:
        raise ValueError("years must be at least 1")
    if not 1 <= children <= len(KIDS):
        raise ValueError(f"a demo sibling group has 1 to {len(KIDS)} children")
    if book.identity.role == Role.SUPERVISOR:
        raise ValueError("a supervisor's profile holds no household records")
    demo = Demo(book, random.Random(seed), years, phrases(language), phrases(relief_language))
    demo.make_children(children)
    relatives = demo.make_relatives()
    demo.plan_relief_days()
    make_contacts(demo, relatives)
    make_logs(demo)
    make_milestones(demo)
    for kid in demo.kids:
        demo.records += make_checks(kid.child, demo.carer, kid.log_start, demo.today)
    make_care(demo, relatives)
    make_keepsakes(demo, language)
    people: list[Record] = [demo.relief, *(k.child for k in demo.kids), *relatives.all()]
    writer = Writer(book, batch=batch)
    writer.add_all(people + demo.records)
    writer.flush()
    pictures = add_pictures(book, language, seed)  # photos and documents, some kept
    return DemoSummary(
        household_name(book),
        [k.child.display_name() for k in demo.kids],
        writer.written + pictures,
    )
