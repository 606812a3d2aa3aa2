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
    GUARDIAN = "guardian"  # a minor's legal guardian (voogd, tuteur)
    LAWYER = "lawyer"


class PlacementOutcome(StrEnum):
    """Where a child goes when the placement ends (the impact figures count them)."""

    RETURN_HOME = "return_home"  # home to the parents
    KINSHIP = "kinship"  # with family or people close to the child
    OTHER_PLACEMENT = "other_placement"
    ADOPTION = "adoption"
    INDEPENDENT_LIVING = "independent_living"
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


# A child's daily care: medication, care-plan goals, appointments, a minor's procedure.
class DoseOutcome(StrEnum):
    GIVEN = "given"
    REFUSED = "refused"
    SKIPPED = "skipped"


class GoalArea(StrEnum):
    """Where a care-plan goal belongs: the well-being dimensions (the same values as
    ``WellbeingDimension``), and independent living."""

    CARE = "care"
    FOOD_SECURITY = "food_security"
    ACCOMMODATION = "accommodation"
    PHYSICAL_HEALTH = "physical_health"
    EDUCATION_SKILLS = "education_skills"
    LIVELIHOOD = "livelihood"
    PROTECTION_INCLUSION = "protection_inclusion"
    SOCIAL_EMOTIONAL = "social_emotional"
    INDEPENDENT_LIVING = "independent_living"


class GoalStatus(StrEnum):
    OPEN = "open"
    PROGRESSING = "progressing"
    REACHED = "reached"
    DROPPED = "dropped"


class AppointmentKind(StrEnum):
    DOCTOR = "doctor"
    DENTIST = "dentist"
    THERAPIST = "therapist"
    SCHOOL_MEETING = "school_meeting"
    YOUTH_COURT = "youth_court"
    FAMILY_VISIT = "family_visit"
    OTHER = "other"


class AppointmentOutcome(StrEnum):
    HAPPENED = "happened"
    CANCELLED = "cancelled"
    MISSED = "missed"


class LegalStatus(StrEnum):
    APPLICANT = "applicant"
    REFUGEE = "refugee"
    SUBSIDIARY_PROTECTION = "subsidiary_protection"
    OTHER_PERMIT = "other_permit"
    REFUSED = "refused"


class ProcedureStep(StrEnum):
    APPLICATION = "application"
    INTERVIEW = "interview"
    DECISION = "decision"
    APPEAL = "appeal"
    RESIDENCE_PERMIT = "residence_permit"


class LanguageLevel(StrEnum):
    """How far a child is in a language (the steps of the European framework)."""

    BEGINNER = "beginner"
    A1 = "a1"
    A2 = "a2"
    B1 = "b1"
    B2 = "b2"
    FLUENT = "fluent"
    MOTHER_TONGUE = "mother_tongue"
