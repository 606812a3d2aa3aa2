"""The supervisor's demo, its families: each sibling group's mother (visits, or
video calls for a minor), a father's letters, a grandmother's calls, a brother
or sister placed elsewhere, and the sibling days of groups split over two of
the organisation's households."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta

from app.demo.contacts import fill_in
from app.demo.dates import days, relief_weekend
from app.demo.supervisor_homes import Fill, Home, Kid
from app.domain.records import ContactNote, Relative
from app.domain.vocabulary import ContactKind, ContactStatus, HouseholdKind, RelationKind


def relative(
    fill: Fill, home: Home, kids: Sequence[Kid], name: str, relation: RelationKind, where: str
) -> Relative:
    made = Relative(
        id=fill.uid(),
        household_id=home.id,
        children=[k.id for k in kids],
        name=name,
        relation=relation,
        lives_where=where,
        contact_arrangement=fill.text.supervisor.arrangement,
    )
    fill.home_record(home, made)
    return made


def family(fill: Fill, home: Home, group: list[Kid]) -> None:
    rng = fill.rng
    said = fill.text.supervisor
    name = group[0].family
    minors = home.kind == HouseholdKind.MINORS_HOUSE
    mother = relative(
        fill, home, group, said.mother.format(family=name), RelationKind.MOTHER,
        said.mother_lives_abroad if minors else said.mother_lives,
    )  # fmt: skip
    # Mother: a visit every two weeks (a video call every week for a minor),
    # one in ten cancelled, now and then a no-show; the next one is planned.
    step = 7 if minors else 14
    offset = rng.randint(0, step - 1)
    first = fill.start + timedelta(days=offset)
    for day in list(days(first, fill.today + timedelta(days=step)))[::step]:
        mother_contact(fill, home, group, mother, day, minors)
    if not minors and rng.random() < 0.6:
        father = relative(
            fill, home, group, said.father.format(family=name), RelationKind.FATHER,
            said.father_lives,
        )  # fmt: skip
        for day in days(fill.start, fill.today):
            if day.day == 20 and day.month % 3 == 1:
                contact(fill, home, group, father, day, ContactKind.LETTER,
                        text=rng.choice(fill.text.contacts.letter))  # fmt: skip
    if not minors and rng.random() < 0.5:
        oma = relative(
            fill, home, group, said.grandmother.format(family=name), RelationKind.GRANDPARENT,
            said.grandmother_lives,
        )  # fmt: skip
        for day in days(fill.start, fill.today):
            if day.weekday() == 6 and rng.random() < 0.6:
                cancelled = rng.random() < 0.05
                contact(
                    fill, home, group, oma, day, ContactKind.PHONE,
                    status=ContactStatus.CANCELLED if cancelled else ContactStatus.HAPPENED,
                    duration_minutes=None if cancelled else rng.randint(10, 25),
                    reaction_during="" if cancelled else rng.choice(fill.text.carer.phone),
                    text=fill.text.carer.grandmother_cancelled if cancelled else "",
                )  # fmt: skip
    if rng.random() < 0.35:
        given = rng.choice(("Dylan", "Kevin", "Inès", "Jana", "Said"))
        sibling = relative(
            fill, home, group, f"{given} {name}", RelationKind.SIBLING, said.sibling_lives
        )
        sibling_contacts(fill, home, group, sibling, rng.choice((14, 21, 28)))


def contact(
    fill: Fill,
    home: Home,
    group: Sequence[Kid],
    relative: Relative,
    day: date,
    kind: ContactKind,
    **fields: object,
) -> None:
    kids = [k for k in group if k.placed <= day]
    if not kids:
        return
    names = {key: kids[i % len(kids)].given for i, key in enumerate("abc")}
    names["s"] = relative.name.split()[0]
    relief = relief_weekend(day)
    author = home.relief if relief else home.carer
    at = fill.now if day > fill.today else fill.written(day)
    note = ContactNote.model_validate(
        {
            "id": fill.uid(),
            "household_id": home.id,
            "author_id": author.id,
            "created_at": at,
            "children": [k.id for k in kids],
            "relatives": [relative.id],
            "contact_kind": kind,
            "date": day,
            **fill_in(fields, names),
        }
    )
    fill.add(note, at, author.id, home.relief_device if relief else home.device)


def mother_contact(
    fill: Fill, home: Home, group: list[Kid], mother: Relative, day: date, minors: bool
) -> None:
    rng = fill.rng
    said = fill.text.contacts
    kind = ContactKind.VIDEO if minors else ContactKind.SUPERVISED_VISIT
    if day > fill.today:
        contact(fill, home, group, mother, day, kind, status=ContactStatus.PLANNED,
                agreements=rng.choice(said.visit_agreements))  # fmt: skip
        return
    # In every fourth household one mother missed the last two visits.
    recent = fill.today - day < timedelta(days=14 if minors else 28)
    missed = recent and home.index % 4 == 1 and group[0] is home.kids[0]
    draw = rng.random()
    if missed or draw < 0.05:
        contact(
            fill, home, group, mother, day, kind, status=ContactStatus.NO_SHOW,
            reaction_during=fill.text.supervisor.no_show,
            follow_up=fill.text.supervisor.no_show_follow_up,
        )  # fmt: skip
    elif draw < 0.15:
        contact(fill, home, group, mother, day, kind, status=ContactStatus.CANCELLED,
                text=rng.choice(said.visit_cancelled))  # fmt: skip
    elif minors:
        contact(fill, home, group, mother, day, kind, duration_minutes=rng.randint(15, 45),
                reaction_during=rng.choice(fill.text.supervisor.mother_call))  # fmt: skip
    else:
        contact(
            fill, home, group, mother, day, kind, duration_minutes=rng.choice((75, 90, 90)),
            place=fill.text.supervisor.visit_place,
            reaction_before=rng.choice(said.visit_before),
            reaction_during=rng.choice(said.visit_during),
            reaction_after=rng.choice(said.visit_after),
            agreements=rng.choice(said.visit_agreements),
        )  # fmt: skip


def sibling_contacts(
    fill: Fill, home: Home, group: list[Kid], sibling: Relative, every: int
) -> None:
    rng = fill.rng
    said = fill.text.supervisor
    first = fill.start + timedelta(days=rng.randint(0, every - 1))
    for day in list(days(first, fill.today))[::every]:
        if rng.random() < 0.1:
            contact(fill, home, group, sibling, day, ContactKind.VIDEO,
                    status=ContactStatus.CANCELLED,
                    text=rng.choice(said.sibling_cancelled))  # fmt: skip
        elif day.month % 3 == 0 and day.day <= every:
            contact(fill, home, group, sibling, day, ContactKind.VISIT, duration_minutes=240,
                    reaction_during=rng.choice(said.sibling_visit))  # fmt: skip
        else:
            contact(fill, home, group, sibling, day, ContactKind.VIDEO,
                    duration_minutes=rng.randint(15, 35),
                    reaction_during=rng.choice(said.sibling_video))  # fmt: skip


def sibling_days(fill: Fill) -> None:
    """Siblings placed in two households of the organisation: each household
    keeps a relative for the other, and both write the day they meet (every
    six weeks). The last pair has not met for two months."""
    pairs: list[tuple[Home, list[Kid], Home, list[Kid]]] = []
    for i, home in enumerate(fill.homes):
        for other in fill.homes[i + 1 :]:
            theirs = other.groups()
            for group, kids in home.groups().items():
                if group in theirs:
                    pairs.append((home, kids, other, theirs[group]))
    for n, (home, kids, other, their_kids) in enumerate(pairs):
        here = [relative(fill, home, kids, k.name, RelationKind.SIBLING, other.name)
                for k in their_kids]  # fmt: skip
        there = [relative(fill, other, their_kids, k.name, RelationKind.SIBLING, home.name)
                 for k in kids]  # fmt: skip
        last = fill.today - timedelta(days=60 if n == len(pairs) - 1 else 3)
        day = fill.start + timedelta(days=fill.rng.randint(0, 20))
        while day <= last:
            text = fill.rng.choice(fill.text.supervisor.sibling_visit)
            for met in here:
                contact(fill, home, kids, met, day, ContactKind.VISIT,
                        duration_minutes=240, reaction_during=text)  # fmt: skip
            for met in there:
                contact(fill, other, their_kids, met, day, ContactKind.VISIT,
                        duration_minutes=240, reaction_during=text)  # fmt: skip
            day += timedelta(days=42)
