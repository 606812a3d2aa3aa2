"""The demo's words: one file of phrase pools per language, and their loader.

``resources/demo/<language>.json`` holds everything the demo writes in that
language: the care parents' voice (``carer``), the shorter voice of a relief
carer (``relief``), the household's people, contact notes, incidents,
milestone notes and the supervisor's households. Every file has the same keys
and the same number of phrases in each pool, so the same seed draws the same
days, moods and records in every language; only the words differ.

Placeholders in a phrase: ``{name}`` and ``{sib}`` (the child and a brother
or sister), ``{he}``, ``{He}``, ``{his}``, ``{him}`` and ``{e}`` (words that
follow the child's gender, from ``pronouns``), ``{a}``, ``{b}``, ``{c}`` (the
children of a contact note), ``{s}`` (the relative met), ``{year}`` (the class
at school), ``{age}``, ``{family}``, ``{word}``, ``{n}`` and ``{home}``.
"""

from __future__ import annotations

import functools
import json
import random
import re
from pathlib import Path
from typing import Final

from pydantic import BaseModel, ConfigDict, ValidationError

from app.domain.vocabulary import MilestoneStatus
from app.paths import resources_dir

LANGUAGES: Final = ("nl", "fr", "en")
DEFAULT_LANGUAGE: Final = "nl"
# The relief carer of the demo household speaks French, whatever the demo's language.
RELIEF_LANGUAGE: Final = "fr"
BABY, TODDLER, PRESCHOOL = "baby", "toddler", "preschool"
_CODE = re.compile(r"[a-z]{2}")


class UnknownLanguage(ValueError):
    """No demo phrases exist for this language."""

    def __init__(self, language: str) -> None:
        super().__init__(
            f"no demo phrases for language {language!r} "
            f"(there are: {', '.join(available_languages())})"
        )
        self.language = language


class _Data(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class ByAge(_Data):
    baby: tuple[str, ...]
    toddler: tuple[str, ...]
    preschool: tuple[str, ...]

    def of(self, group: str) -> tuple[str, ...]:
        pool: tuple[str, ...] = getattr(self, group)
        return pool


class Illness(_Data):
    phases: tuple[str, str, str]  # the first day, the days between, the last day
    medication: str


class Voice(_Data):
    """What both voices say about a day."""

    sleep: ByAge
    eating: ByAge
    activities: tuple[str, ...]
    mood: dict[int, tuple[str, ...]]
    illnesses: dict[str, Illness]
    scrape: str
    birthday: str
    holidays: dict[str, str]
    visit_day: str
    school_holiday: str
    school_years: tuple[str, str, str, str]
    phone: tuple[str, ...]
    grandmother_cancelled: str
    bulk: tuple[str, ...]  # short lines, three to a log, for older children and large stores

    def moments_of(self, group: str) -> tuple[str, ...]:
        raise NotImplementedError

    def creche_line(self, rng: random.Random) -> str:
        raise NotImplementedError

    def school_line(self, rng: random.Random, wednesday: bool) -> str:
        raise NotImplementedError


class CarerVoice(Voice):
    """The care parents: the household's own language, in full."""

    moments: ByAge
    creche: tuple[str, ...]
    wednesday: str
    school: tuple[str, ...]

    def moments_of(self, group: str) -> tuple[str, ...]:
        return self.moments.of(group)

    def creche_line(self, rng: random.Random) -> str:
        return rng.choice(self.creche)

    def school_line(self, rng: random.Random, wednesday: bool) -> str:
        return self.wednesday if wednesday else rng.choice(self.school)


class ReliefVoice(Voice):
    """A relief carer: a few weekends a month, in fewer words."""

    moments: tuple[str, ...]
    creche: str
    school: str

    def moments_of(self, group: str) -> tuple[str, ...]:
        return self.moments

    def creche_line(self, rng: random.Random) -> str:
        return self.creche

    def school_line(self, rng: random.Random, wednesday: bool) -> str:
        return self.school


class Profile(_Data):
    display_name: str
    household_name: str


class Pronouns(_Data):
    he: str
    He: str
    his: str
    him: str
    e: str


class RelativeText(_Data):
    lives_where: str
    arrangement: str


class HouseholdText(_Data):
    daycare: str
    school: str
    notes: dict[str, str]  # by the child's given name
    mother: RelativeText
    father: RelativeText
    grandmother: RelativeText
    sibling: RelativeText


class IncidentText(_Data):
    health: str
    moments: str
    text: str
    school: str


class NoShow(_Data):
    before: str
    during: str
    after: str
    agreements: str
    follow_up: str


class GrandmotherVisit(_Data):
    place: str
    during: str
    after: str


class SiblingDay(_Data):
    place: str
    during: tuple[str, ...]
    agreements: str


class Contacts(_Data):
    visit_place: str
    visit_before: tuple[str, ...]
    visit_during: tuple[str, ...]
    visit_after: tuple[str, ...]
    visit_agreements: tuple[str, ...]
    visit_follow_up: tuple[str, ...]
    visit_cancelled: tuple[str, ...]
    no_show: NoShow
    video_place: str
    video: tuple[str, ...]
    video_after: tuple[str, ...]
    video_cancelled: tuple[str, ...]
    grandmother_visit: GrandmotherVisit
    sibling_day: SiblingDay
    letter: tuple[str, ...]
    phone_place: str


class MilestoneNotes(_Data):
    not_yet: tuple[str, ...]
    emerging: tuple[str, ...]
    achieved: tuple[str, ...]

    def of(self, status: MilestoneStatus) -> tuple[str, ...]:
        pool: tuple[str, ...] = getattr(self, status.value)
        return pool


class Bulk(_Data):
    rare_outing: str


class TeenIncident(_Data):
    moments: str
    text: str


class Supervisor(_Data):
    household_names: tuple[str, ...]
    school: tuple[str, ...]
    teen_school: tuple[str, ...]
    teen_moments: tuple[str, ...]
    school_moments: tuple[str, ...]
    sibling_video: tuple[str, ...]
    sibling_visit: tuple[str, ...]
    sibling_cancelled: tuple[str, ...]
    mother_call: tuple[str, ...]
    teen_incidents: tuple[TeenIncident, ...]
    arrangement: str
    mother: str
    father: str
    grandmother: str
    mother_lives: str
    mother_lives_abroad: str
    father_lives: str
    grandmother_lives: str
    sibling_lives: str
    visit_place: str
    no_show: str
    no_show_follow_up: str
    others: str
    child: str
    family: str
    question: str
    answer: str


class MedicationText(_Data):
    name: str
    dose: str
    prescribed_by: str
    notes: str


class GoalText(_Data):
    text: str
    area: str  # a GoalArea value
    owner: str


class CareText(_Data):
    """A child's daily care: medication, care-plan goals, appointments, a minor's file."""

    medications: dict[str, MedicationText]  # by the child's given name
    refused: tuple[str, ...]
    skipped: tuple[str, ...]
    goals: dict[str, tuple[GoalText, ...]]  # by the child's given name
    goal_notes: tuple[str, ...]
    dropped: str
    doctor: str
    dentist: str
    therapist: str
    school_meeting: str
    youth_court: str
    places: dict[str, str]  # by appointment kind
    who_goes: tuple[str, ...]
    outcomes: dict[str, str]  # by appointment kind
    minor_school: str
    minor_training: str
    minor_goals: tuple[GoalText, ...]
    guardian: str
    lawyer: str
    learnt_language: str  # the language minors learn here


class YouthText(_Data):
    mother_tongue: str
    school: str
    training: str
    notes: str


class MinorIncident(_Data):
    moments: str
    text: str


class MeetingText(_Data):
    """A contact note's words: where, before, during, after, what was agreed."""

    place: str
    before: str
    during: str
    after: str
    agreements: str
    text: str


class MinorsText(_Data):
    """A house for unaccompanied minors: the team, the young people (by given
    name), their guardians, lawyer and family, their days and their meetings."""

    profile: Profile
    youth: dict[str, YouthText]
    guardians: tuple[str, ...]
    lawyer: str
    mother_lives: str
    mother_arrangement: str
    uncle: str
    uncle_lives: str
    uncle_arrangement: str
    guardian_arrangement: str
    lawyer_arrangement: str
    learnt_language: str
    sleep: tuple[str, ...]
    eating: tuple[str, ...]
    school: tuple[str, ...]
    activities: tuple[str, ...]
    moments: tuple[str, ...]
    text: tuple[str, ...]
    incidents: tuple[MinorIncident, ...]
    guardian_meeting: MeetingText
    lawyer_meeting: MeetingText
    video_call: MeetingText
    uncle_visit: MeetingText
    appointments: dict[str, str]  # lawyer, interview, school, doctor, guardian
    places: dict[str, str]  # the same keys
    goals: tuple[GoalText, ...]


class Phrases(_Data):
    profile: Profile
    # The demo home as an SOS family in the children's village of Chantevent.
    village_profile: Profile
    pronouns: dict[str, Pronouns]  # "girl" and "boy"
    carer: CarerVoice
    relief: ReliefVoice
    household: HouseholdText
    incidents: dict[str, IncidentText]
    contacts: Contacts
    milestone_notes: MilestoneNotes
    bulk: Bulk
    supervisor: Supervisor
    care: CareText
    minors: MinorsText  # the house for unaccompanied minors (``demo --kind minors``)

    def words(self, girl: bool) -> dict[str, str]:
        """The gendered words of a child, for a phrase's placeholders."""
        return self.pronouns["girl" if girl else "boy"].model_dump()


def folder() -> Path:
    return resources_dir() / "demo"


def available_languages() -> list[str]:
    return sorted(p.stem for p in folder().glob("*.json"))


def phrases(language: str = DEFAULT_LANGUAGE) -> Phrases:
    """The demo's phrase pools in ``language`` (read once, then cached).

    Raises ``UnknownLanguage`` when there is no file for that language."""
    return _load(language)


@functools.cache
def _load(language: str) -> Phrases:
    path = folder() / f"{language}.json"
    if not _CODE.fullmatch(language) or not path.is_file():
        raise UnknownLanguage(language)
    try:
        return Phrases.model_validate(json.loads(path.read_text(encoding="utf-8")))
    except (json.JSONDecodeError, ValidationError) as exc:
        raise ValueError(f"the demo phrases in {path} are not usable: {exc}") from exc
