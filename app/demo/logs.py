"""The demo household's daily logs: a log per child most evenings, with the
season's illnesses, a few flagged incidents a year, school and daycare days,
birthdays and holidays; the relief carer writes in her own language."""

from __future__ import annotations

import uuid
from datetime import date, timedelta

from app.demo.dates import days, evening, mood, school_holiday
from app.demo.events import (
    BRUISE,
    FALL,
    ILLNESSES,
    NIGHT_TERROR,
    TANTRUM,
    Episode,
    IncidentKind,
)
from app.demo.family import FOSTER_FATHER, Demo, Kid
from app.demo.phrases import BABY, PRESCHOOL, TODDLER, Voice
from app.domain.records import DailyLog

# The days of the year every child's log mentions, by (month, day).
HOLIDAYS = {(12, 6): "sinterklaas", (12, 25): "christmas", (9, 1): "school_start"}


def find_incidents(demo: Demo) -> dict[tuple[uuid.UUID, date], IncidentKind]:
    """A few flagged incidents each year: a fall, a tantrum at daycare, a night terror
    the night after a visit, and once in a while an unexplained bruise."""
    rng = demo.rng
    found: dict[tuple[uuid.UUID, date], IncidentKind] = {}
    oldest = demo.kids[0]
    lively = demo.kids[1] if len(demo.kids) > 1 else oldest
    visits = list(demo.visits)
    for year in range(demo.years):
        low = demo.start + timedelta(days=365 * year)
        span = list(days(max(low, lively.log_start), low + timedelta(days=364)))
        span = [d for d in span if d < demo.today and d.weekday() < 5 and d not in demo.relief_days]
        if span:
            found[(lively.child.id, rng.choice(span))] = FALL
            found[(lively.child.id, rng.choice(span))] = TANTRUM
        year_visits = [v for v in visits if low <= v < low + timedelta(days=365)]
        if year_visits:
            night = rng.choice(year_visits) + timedelta(days=1)
            if night <= demo.today:
                found[(oldest.child.id, night)] = NIGHT_TERROR
        if year % 3 == 1 and span:
            found[(rng.choice(demo.kids).child.id, rng.choice(span))] = BRUISE
    return found


def find_episodes(demo: Demo, kid: Kid) -> dict[date, Episode]:
    """Spells of illness, more of them in winter; a child who needs the inhaler
    has a bout of wheezing every winter."""
    rng = demo.rng
    by_day: dict[date, Episode] = {}
    wheezed: set[int] = set()  # the winters with a bout of wheezing
    day = kid.log_start
    while day <= demo.today:
        winter = day.month in (11, 12, 1, 2, 3)
        if rng.random() < (0.03 if winter else 0.012):
            group = age_group(kid, day)
            fits = [
                i
                for i in ILLNESSES
                if not i.needs or i.needs in kid.template.traits or i.needs == group
            ]
            illness = rng.choice(fits)
            season = day.year if day.month > 6 else day.year - 1
            if winter and "inhaler" in kid.template.traits and season not in wheezed:
                illness = next(i for i in ILLNESSES if i.needs == "inhaler")
            if illness.needs == "inhaler":
                wheezed.add(season)
            length = rng.randint(*illness.days)
            episode = Episode(illness, day, day + timedelta(days=length - 1))
            for d in days(day, episode.end):
                by_day[d] = episode
            day = episode.end + timedelta(days=rng.randint(5, 20))
        else:
            day += timedelta(days=1)
    return by_day


def age_group(kid: Kid, day: date) -> str:
    months = kid.child.age_months(day)
    return BABY if months < 18 else TODDLER if months < 36 else PRESCHOOL


def school_year(kid: Kid, day: date, voice: Voice) -> str:
    months = kid.child.age_months(day)
    return voice.school_years[min(3, max(0, int((months - 30) // 12)))]


def school_text(demo: Demo, kid: Kid, day: date, voice: Voice) -> str:
    months = kid.child.age_months(day)
    if day.weekday() >= 5:
        return ""
    if months < 30:
        if day.weekday() not in (0, 1, 3) or months < 4:
            return ""
        return voice.creche_line(demo.rng)
    if school_holiday(day):
        return voice.school_holiday
    return voice.school_line(demo.rng, wednesday=day.weekday() == 2)


def special_moment(demo: Demo, kid: Kid, day: date, voice: Voice) -> str:
    born = kid.child.date_of_birth
    if (day.month, day.day) == (born.month, born.day):
        return voice.birthday
    holiday = HOLIDAYS.get((day.month, day.day))
    if holiday is not None:
        return voice.holidays[holiday]
    if day in demo.visits:
        return voice.visit_day
    return ""


def make_logs(demo: Demo) -> None:
    rng = demo.rng
    incidents = find_incidents(demo)
    visit_days = {v + timedelta(days=1) for v in demo.visits}
    for kid in demo.kids:
        episodes = find_episodes(demo, kid)
        others = [k.name for k in demo.kids if k is not kid] or [FOSTER_FATHER]
        for day in days(kid.log_start, demo.today):
            skipped = rng.random() < 0.04
            if skipped and day != demo.today and (kid.child.id, day) not in incidents:
                continue  # a busy evening: no log that day
            demo.records.append(
                daily_log(
                    demo, kid, day, episodes.get(day), incidents.get((kid.child.id, day)),
                    day in visit_days, rng.choice(others),
                )
            )  # fmt: skip


def daily_log(
    demo: Demo,
    kid: Kid,
    day: date,
    episode: Episode | None,
    incident: IncidentKind | None,
    after_visit: bool,
    sibling: str,
) -> DailyLog:
    rng = demo.rng
    author, relief = demo.author(day)
    voice = demo.voice(relief)
    born = kid.child.date_of_birth
    girl = kid.template.girl
    facts = {"name": kid.name, "sib": sibling, "age": str(day.year - born.year)}
    facts["year"] = school_year(kid, day, voice)
    words = (demo.relief_text if relief else demo.text).words(girl) | facts
    group = age_group(kid, day)
    today_mood = mood(rng)
    if episode is not None:
        today_mood = max(1, today_mood - episode.illness.mood_drop)
    if after_visit:
        today_mood = max(1, today_mood - rng.randint(0, 1))
    health, medication = episode.texts(day, voice) if episode else ("", "")
    moments = special_moment(demo, kid, day, voice)
    if not moments and rng.random() < 0.3:
        moments = rng.choice(voice.moments_of(group))
    text = rng.choice(voice.mood[today_mood])
    school = school_text(demo, kid, day, voice)
    flag, severity = False, None
    if incident is not None:
        # Incidents are written up by the care parents, in the household's language.
        carer_words = demo.text.words(girl) | facts
        said = incident.words(demo.text)
        flag, severity, today_mood = True, incident.severity, min(today_mood, incident.mood)
        health = " ".join(x for x in (health, said.health.format(**carer_words)) if x)
        moments, text = said.moments.format(**carer_words), said.text.format(**carer_words)
        school = said.school.format(**carer_words) or school
    if not health and rng.random() < 0.03:
        health = voice.scrape

    def say(text: str) -> str:
        return text.format(**words)

    return DailyLog(
        household_id=demo.household_id,
        child_id=kid.child.id,
        author_id=author,
        created_at=evening(day, rng, demo.now),
        date=day,
        mood=today_mood,
        sleep=say(rng.choice(voice.sleep.of(group))),
        eating=say(rng.choice(voice.eating.of(group))),
        health=say(health),
        medication=medication,
        school=say(school),
        activities=say(rng.choice(voice.activities)),
        moments=say(moments),
        text=say(text),
        flag=flag,
        severity=severity,
    )
