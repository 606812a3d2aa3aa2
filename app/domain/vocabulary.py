"""The fixed words of the records: kinds of household, roles, relations, severities,
milestone states, kinds and outcomes of contacts, review marks. Their values are
what the store, the wire and the server keep; the windows translate them."""

from __future__ import annotations

from enum import StrEnum


class HouseholdKind(StrEnum):
    SIMBA = "simba"
    VILLAGE_FAMILY = "village_family"
    MINORS_HOUSE = "minors_house"
    FAMILY_SUPPORT = "family_support"


class Role(StrEnum):
    CAREGIVER = "caregiver"
    SUPERVISOR = "supervisor"
    ADMIN = "admin"


class RelationKind(StrEnum):
    MOTHER = "mother"
    FATHER = "father"
    SIBLING = "sibling"
    HALF_SIBLING = "half_sibling"
    GRANDPARENT = "grandparent"
    AUNT_UNCLE = "aunt_uncle"
    OTHER = "other"


class Severity(StrEnum):
    LOW = "low"
    MEDIUM = "medium"
    HIGH = "high"


class MilestoneStatus(StrEnum):
    NOT_YET = "not_yet"
    EMERGING = "emerging"
    ACHIEVED = "achieved"


class ContactKind(StrEnum):
    VISIT = "visit"
    SUPERVISED_VISIT = "supervised_visit"
    PHONE = "phone"
    VIDEO = "video"
    LETTER = "letter"


class ContactStatus(StrEnum):
    PLANNED = "planned"
    HAPPENED = "happened"
    CANCELLED = "cancelled"
    NO_SHOW = "no_show"


class CancelledBy(StrEnum):
    """Who called off a planned contact."""

    FAMILY = "family"
    CHILD = "child"
    HOUSEHOLD = "household"
    OFFICE = "office"
    OTHER = "other"


class ReviewMark(StrEnum):
    REVIEWED = "reviewed"
    QUESTION = "question"
    FOLLOW_UP = "follow_up"
    ANSWER = "answer"


class WellbeingDimension(StrEnum):
    """The eight dimensions of a child's well-being check, in their fixed order."""

    CARE = "care"
    FOOD_SECURITY = "food_security"
    ACCOMMODATION = "accommodation"
    PHYSICAL_HEALTH = "physical_health"
    EDUCATION_SKILLS = "education_skills"
    LIVELIHOOD = "livelihood"
    PROTECTION_INCLUSION = "protection_inclusion"
    SOCIAL_EMOTIONAL = "social_emotional"


# A well-being rating: 1 serious concern, 2 some concern, 3 good, 4 very good.
WELLBEING_SCALE = (1, 2, 3, 4)
