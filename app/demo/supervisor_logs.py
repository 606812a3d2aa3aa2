"""The supervisor's demo, its days: a daily log per child most evenings (in the
demo household's words for the youngest, shorter lines for school children and
teenagers), spells of illness, incidents (one in the last week in every other
household), a few recent evenings without a log, and milestone observations."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from app.demo.bulk import day_text
from app.demo.dates import MONTH_DAYS, days, mood, relief_weekend
from app.demo.events import BRUISE, FALL, ILLNESSES, TANTRUM, TEEN_SEVERITIES, IllnessKind, phase
from app.demo.milestones import band_plan, window_plan
from app.demo.phrases import BABY, PRESCHOOL, TODDLER, Voice
from app.demo.supervisor_homes import Fill, Kid
from app.domain.records import DailyLog, MilestoneObservation
from app.domain.vocabulary import MilestoneStatus, Severity

# School children and teenagers write (and are written about) in shorter lines.
SCHOOL_AGE, TEEN = "school", "teen"
TEEN_MONTHS = 14 * 12


@dataclass(frozen=True)
class _Incident:
    moments: str
    text: str
    severity: Severity
    health: str = ""


@dataclass(frozen=True)
class _Spell:
    """A few days of one of ``events.ILLNESSES``."""

    illness: IllnessKind
    begin: date
    end: date


def age_group(kid: Kid, day: date) -> str:
    months = (day - kid.born).days / MONTH_DAYS
    if months < 18:
        return BABY
    if months < 36:
        return TODDLER
    if months < 72:
        return PRESCHOOL
    return SCHOOL_AGE if months < TEEN_MONTHS else TEEN


def incident_pool(fill: Fill, older: bool) -> tuple[_Incident, ...]:
    if older:
        teen = fill.text.supervisor.teen_incidents
        return tuple(
            _Incident(i.moments, i.text, severity)
            for i, severity in zip(teen, TEEN_SEVERITIES, strict=True)
        )
    young = []
    for kind in (FALL, TANTRUM, BRUISE):
        said = kind.words(fill.text)
        young.append(_Incident(said.moments, said.text, kind.severity, said.health))
    return tuple(young)


def logs(fill: Fill, kid: Kid) -> None:
    rng = fill.rng
    home = kid.home
    first = max(fill.start, kid.placed)
    # Some children have a few recent evenings without a log (every third
    # household, its first child); a few incidents a year, one of them in the
    # last week in every other household.
    quiet = (
        set(days(fill.today - timedelta(days=4), fill.today - timedelta(days=1)))
        if home.index % 3 == 0 and kid is home.kids[0]
        else set()
    )
    incidents: dict[date, _Incident] = {}
    pool = incident_pool(fill, age_group(kid, fill.today) in (TEEN, SCHOOL_AGE))
    for day in days(first, fill.today):
        if rng.random() < 0.005:
            incidents[day] = rng.choice(pool)
    if home.index % 2 == 0 and kid is home.kids[-1]:
        incidents[fill.today - timedelta(days=2)] = pool[0]
    sick: _Spell | None = None
    others = [k.given for k in home.kids if k is not kid and k.group == kid.group] or [
        k.given for k in home.kids if k is not kid
    ] or [fill.text.supervisor.others]  # fmt: skip
    for day in days(first, fill.today):
        if day in quiet or (rng.random() < 0.04 and day != fill.today and day not in incidents):
            continue
        if sick is None and rng.random() < 0.012:
            illness = rng.choice([i for i in ILLNESSES if not i.needs])
            sick = _Spell(illness, day, day + timedelta(days=rng.randint(*illness.days) - 1))
        log(fill, kid, day, sick, incidents.get(day), rng.choice(others))
        if sick is not None and day >= sick.end:
            sick = None


def log(
    fill: Fill, kid: Kid, day: date, sick: _Spell | None, incident: _Incident | None, sibling: str
) -> None:
    rng = fill.rng
    home = kid.home
    relief = relief_weekend(day)
    author = home.relief if relief else home.carer
    voice: Voice = fill.relief_text.relief if relief else fill.text.carer
    said = fill.text.supervisor
    group = age_group(kid, day)
    facts = {"name": kid.given, "sib": sibling}
    words = (fill.relief_text if relief else fill.text).words(kid.girl) | facts
    carer_words = fill.text.words(kid.girl) | facts
    today_mood = mood(rng)
    fields: dict[str, str] = {}
    if group in (BABY, TODDLER, PRESCHOOL):
        fields["sleep"] = rng.choice(voice.sleep.of(group))
        fields["eating"] = rng.choice(voice.eating.of(group))
        fields["activities"] = rng.choice(voice.activities)
        fields["text"] = rng.choice(voice.mood[today_mood])
        if rng.random() < 0.3:
            fields["moments"] = rng.choice(voice.moments_of(group))
    else:
        fields["text"] = day_text(rng, voice.bulk)
        if day.weekday() < 5 and day.month not in (7, 8) and not relief:
            fields["school"] = rng.choice(said.teen_school if group == TEEN else said.school)
        if rng.random() < 0.25 and not relief:
            fields["moments"] = rng.choice(
                said.teen_moments if group == TEEN else said.school_moments
            )
    if sick is not None:
        illness = voice.illnesses[sick.illness.key]
        fields["health"] = phase(illness.phases, day, sick.begin, sick.end)
        if day != sick.end:
            fields["medication"] = illness.medication
        today_mood = max(1, today_mood - sick.illness.mood_drop)
    flag, severity = False, None
    if incident is not None:
        # Incidents are written up by the care parents, in the household's language.
        flag, severity, today_mood = True, incident.severity, min(today_mood, 2)
        fields["moments"] = incident.moments.format(**carer_words)
        fields["text"] = incident.text.format(**carer_words)
        if incident.health:
            fields["health"] = incident.health.format(**carer_words)
    at = fill.written(day)
    record = DailyLog(
        id=fill.uid(),
        household_id=home.id,
        child_id=kid.id,
        author_id=author.id,
        created_at=at,
        date=day,
        mood=today_mood,
        flag=flag,
        severity=severity,
        **{k: v.format(**words) for k, v in fields.items()},
    )
    fill.add(record, at, author.id, home.relief_device if relief else home.device)


def milestones(fill: Fill, kid: Kid) -> None:
    rng = fill.rng
    first = max(fill.start, kid.placed)
    notes = fill.text.milestone_notes

    def observe(item_id: str, status: MilestoneStatus, months: float) -> None:
        day = kid.born + timedelta(days=round(months * MONTH_DAYS))
        if first <= day <= fill.today:
            record = MilestoneObservation(
                id=fill.uid(), household_id=kid.home.id, child_id=kid.id, item_id=item_id,
                status=status, observed_on=day, note=rng.choice(notes.of(status)),
            )  # fmt: skip
            fill.add(record, fill.written(day), kid.home.carer.id, kid.home.device)

    for item in fill.catalog.items:
        if item.catalog == "cdc":
            for status, months in band_plan(rng, item.age_months, lead=3.0):
                observe(item.id, status, months)
        elif item.has_window:
            assert item.window_start_months is not None and item.window_end_months is not None
            start, end = item.window_start_months, item.window_end_months
            for status, months in window_plan(rng, start, end, varied=False):
                observe(item.id, status, months)
        elif item.catalog == "living":
            # Skills of the teen's band and the one before, at some day of the year.
            age_now = (fill.today - kid.born).days / MONTH_DAYS
            if item.age_months > age_now + 12 or age_now < TEEN_MONTHS - 12:
                continue
            draw = rng.random()
            seen = (first - kid.born).days / MONTH_DAYS + rng.uniform(0, fill.span / MONTH_DAYS)
            if draw < 0.55:
                observe(item.id, MilestoneStatus.ACHIEVED, seen)
            elif draw < 0.8:
                observe(item.id, MilestoneStatus.EMERGING, seen)
