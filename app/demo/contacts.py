"""The demo household's contact notes: supervised visits with mama every two
weeks (one no-show a year, now and then a cancellation, the next one planned),
video calls with the brother placed elsewhere, grandma's Sunday calls and
visits, a sibling day each season and letters to papa."""

from __future__ import annotations

from datetime import date, timedelta

from app.demo.dates import days, evening
from app.demo.family import Demo, Relatives
from app.domain.records import ContactNote, Relative
from app.domain.vocabulary import ContactKind


def fill_in(texts: dict[str, object], names: dict[str, str]) -> dict[str, object]:
    """A contact note's fields with the children's (and relative's) names filled in."""
    return {k: v.format(**names) if isinstance(v, str) else v for k, v in texts.items()}


def contact(demo: Demo, day: date, relative: Relative, kind: ContactKind, **fields: object) -> None:
    children = demo.present(day)
    if not children:
        return
    author, _ = demo.author(day)
    created = demo.now if day > demo.today else evening(day, demo.rng, demo.now)
    n = len(demo.kids)
    names = {k: demo.kids[i % n].name for i, k in enumerate(("a", "b", "c"))}
    note = ContactNote.model_validate(
        {
            "household_id": demo.household_id,
            "author_id": author,
            "created_at": created,
            "children": children,
            "relatives": [relative.id],
            "contact_kind": kind,
            "date": day,
            **fill_in(fields, names),
        }
    )
    demo.records.append(note)


def make_contacts(demo: Demo, rel: Relatives) -> None:
    rng = demo.rng
    said = demo.text.contacts
    first = demo.start + timedelta(days=(2 - demo.start.weekday()) % 7 + 7)  # a Wednesday
    visits = list(days(first, demo.today + timedelta(days=13)))[::14]
    past = [i for i, day in enumerate(visits) if day <= demo.today]
    # One no-show a year; about one visit in ten cancelled.
    pool = past[1:] or past
    no_shows = set(rng.sample(pool, min(demo.years, len(pool))))
    rest = [i for i in past if i not in no_shows]
    cancelled = set(rng.sample(rest, min(len(rest), max(1, len(past) // 10))))
    for i, day in enumerate(visits):
        base = {"duration_minutes": 90, "place": said.visit_place}
        if day > demo.today:
            contact(
                demo, day, rel.mother, ContactKind.SUPERVISED_VISIT, status="planned",
                agreements=rng.choice(said.visit_agreements), **base,
            )  # fmt: skip
        elif i in no_shows:
            contact(
                demo, day, rel.mother, ContactKind.SUPERVISED_VISIT, status="no_show",
                reaction_before=said.no_show.before, reaction_during=said.no_show.during,
                reaction_after=said.no_show.after, agreements=said.no_show.agreements,
                follow_up=said.no_show.follow_up, **base,
            )  # fmt: skip
        elif i in cancelled:
            contact(
                demo, day, rel.mother, ContactKind.SUPERVISED_VISIT, status="cancelled",
                text=rng.choice(said.visit_cancelled), **base,
            )  # fmt: skip
        else:
            demo.visits.append(day)
            contact(
                demo, day, rel.mother, ContactKind.SUPERVISED_VISIT,
                reaction_before=rng.choice(said.visit_before),
                reaction_during=rng.choice(said.visit_during),
                reaction_after=rng.choice(said.visit_after),
                agreements=rng.choice(said.visit_agreements),
                follow_up=rng.choice(said.visit_follow_up),
                **{**base, "duration_minutes": rng.choice((75, 90, 90, 90))},
            )  # fmt: skip
        video_day = day + timedelta(days=7)
        if video_day > demo.today:
            continue
        if rng.random() < 0.1:
            contact(
                demo, video_day, rel.sibling, ContactKind.VIDEO, status="cancelled",
                text=rng.choice(said.video_cancelled),
            )  # fmt: skip
        else:
            contact(
                demo, video_day, rel.sibling, ContactKind.VIDEO,
                duration_minutes=rng.randint(15, 35), place=said.video_place,
                reaction_during=rng.choice(said.video),
                reaction_after=rng.choice(said.video_after),
            )  # fmt: skip
    for day in days(demo.start, demo.today):
        if (day.month, day.day) in ((5, 12), (11, 23)):
            contact(
                demo, day, rel.grandmother, ContactKind.VISIT, duration_minutes=180,
                place=said.grandmother_visit.place,
                reaction_during=said.grandmother_visit.during,
                reaction_after=said.grandmother_visit.after,
            )  # fmt: skip
        elif (day.month, day.day) in ((3, 9), (6, 8), (9, 14), (12, 14)):
            contact(
                demo, day, rel.sibling, ContactKind.VISIT, duration_minutes=240,
                place=said.sibling_day.place,
                reaction_during=rng.choice(said.sibling_day.during),
                agreements=said.sibling_day.agreements,
            )  # fmt: skip
        elif day.day == 20 and day.month % 3 == 1:
            contact(demo, day, rel.father, ContactKind.LETTER, text=rng.choice(said.letter))
        elif day.weekday() == 6 and rng.random() < 0.85:
            grandmother_call(demo, day, rel.grandmother)


def grandmother_call(demo: Demo, day: date, grandmother: Relative) -> None:
    """Grandma's Sunday call, noted by whoever is at home, in their own language."""
    _, relief = demo.author(day)
    voice = demo.voice(relief)
    if demo.rng.random() < 0.05:
        contact(
            demo, day, grandmother, ContactKind.PHONE, status="cancelled",
            text=voice.grandmother_cancelled,
        )  # fmt: skip
        return
    contact(
        demo, day, grandmother, ContactKind.PHONE,
        duration_minutes=demo.rng.randint(10, 25), place=demo.text.contacts.phone_place,
        reaction_during=demo.rng.choice(voice.phone),
    )  # fmt: skip
