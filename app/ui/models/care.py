"""The words of a child's daily care on screen: dose outcomes, goal areas and
states, appointment kinds and outcomes, legal status, procedure steps and
language levels, in the current language."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QCoreApplication, QDate, QLocale

from app.domain.vocabulary import (
    AppointmentKind,
    AppointmentOutcome,
    DoseOutcome,
    GoalArea,
    GoalStatus,
    LanguageLevel,
    LegalStatus,
    ProcedureStep,
)


def dose_label(value: DoseOutcome) -> str:
    return {
        DoseOutcome.GIVEN: QCoreApplication.translate("Care", "Given"),
        DoseOutcome.REFUSED: QCoreApplication.translate("Care", "Refused"),
        DoseOutcome.SKIPPED: QCoreApplication.translate("Care", "Skipped"),
    }[value]


def area_label(value: GoalArea) -> str:
    return {
        GoalArea.CARE: QCoreApplication.translate("Care", "Care"),
        GoalArea.FOOD_SECURITY: QCoreApplication.translate("Care", "Food security"),
        GoalArea.ACCOMMODATION: QCoreApplication.translate("Care", "Accommodation"),
        GoalArea.PHYSICAL_HEALTH: QCoreApplication.translate("Care", "Physical health"),
        GoalArea.EDUCATION_SKILLS: QCoreApplication.translate("Care", "Education and skills"),
        GoalArea.LIVELIHOOD: QCoreApplication.translate("Care", "Livelihood"),
        GoalArea.PROTECTION_INCLUSION: QCoreApplication.translate(
            "Care", "Protection and social inclusion"
        ),
        GoalArea.SOCIAL_EMOTIONAL: QCoreApplication.translate(
            "Care", "Social and emotional well-being"
        ),
        GoalArea.INDEPENDENT_LIVING: QCoreApplication.translate("Care", "Independent living"),
    }[value]


def goal_status_label(value: GoalStatus) -> str:
    return {
        GoalStatus.OPEN: QCoreApplication.translate("Care", "Open"),
        GoalStatus.PROGRESSING: QCoreApplication.translate("Care", "Progressing"),
        GoalStatus.REACHED: QCoreApplication.translate("Care", "Reached"),
        GoalStatus.DROPPED: QCoreApplication.translate("Care", "Dropped"),
    }[value]


def appointment_label(value: AppointmentKind) -> str:
    return {
        AppointmentKind.DOCTOR: QCoreApplication.translate("Care", "Doctor"),
        AppointmentKind.DENTIST: QCoreApplication.translate("Care", "Dentist"),
        AppointmentKind.THERAPIST: QCoreApplication.translate("Care", "Therapist"),
        AppointmentKind.SCHOOL_MEETING: QCoreApplication.translate("Care", "School meeting"),
        AppointmentKind.YOUTH_COURT: QCoreApplication.translate("Care", "Youth court"),
        AppointmentKind.FAMILY_VISIT: QCoreApplication.translate("Care", "Family visit"),
        AppointmentKind.OTHER: QCoreApplication.translate("Care", "Other appointment"),
    }[value]


def outcome_label(value: AppointmentOutcome | None) -> str:
    if value is None:
        return QCoreApplication.translate("Care", "Planned")
    return {
        AppointmentOutcome.HAPPENED: QCoreApplication.translate("Care", "Took place"),
        AppointmentOutcome.CANCELLED: QCoreApplication.translate("Care", "Cancelled"),
        AppointmentOutcome.MISSED: QCoreApplication.translate("Care", "Missed"),
    }[value]


def legal_label(value: LegalStatus | None) -> str:
    if value is None:
        return QCoreApplication.translate("Care", "Not recorded")
    return {
        LegalStatus.APPLICANT: QCoreApplication.translate(
            "Care", "Applicant for international protection"
        ),
        LegalStatus.REFUGEE: QCoreApplication.translate("Care", "Recognised refugee"),
        LegalStatus.SUBSIDIARY_PROTECTION: QCoreApplication.translate(
            "Care", "Subsidiary protection"
        ),
        LegalStatus.OTHER_PERMIT: QCoreApplication.translate("Care", "Other residence permit"),
        LegalStatus.REFUSED: QCoreApplication.translate("Care", "Application refused"),
    }[value]


def step_label(value: ProcedureStep) -> str:
    return {
        ProcedureStep.APPLICATION: QCoreApplication.translate("Care", "Application"),
        ProcedureStep.INTERVIEW: QCoreApplication.translate("Care", "Interview"),
        ProcedureStep.DECISION: QCoreApplication.translate("Care", "Decision"),
        ProcedureStep.APPEAL: QCoreApplication.translate("Care", "Appeal"),
        ProcedureStep.RESIDENCE_PERMIT: QCoreApplication.translate("Care", "Residence permit"),
    }[value]


def level_label(value: LanguageLevel) -> str:
    return {
        LanguageLevel.BEGINNER: QCoreApplication.translate("Care", "Beginner"),
        LanguageLevel.A1: QCoreApplication.translate("Care", "A1 (first words)"),
        LanguageLevel.A2: QCoreApplication.translate("Care", "A2 (everyday sentences)"),
        LanguageLevel.B1: QCoreApplication.translate("Care", "B1 (gets by)"),
        LanguageLevel.B2: QCoreApplication.translate("Care", "B2 (at ease)"),
        LanguageLevel.FLUENT: QCoreApplication.translate("Care", "Fluent"),
        LanguageLevel.MOTHER_TONGUE: QCoreApplication.translate("Care", "Mother tongue"),
    }[value]


def colon(label: str) -> str:
    """A label before its value: "Domaine :" in French, "Area:" otherwise."""
    return QCoreApplication.translate("Care", "%1:").replace("%1", label)


def day_text(locale: QLocale, day: date, fmt: str = "d MMM yyyy") -> str:
    """A day in the locale's words (23 nov 2026; 23 nov. 2026)."""
    return locale.toString(QDate(day.year, day.month, day.day), fmt)


def short_moment(locale: QLocale, moment: datetime) -> str:
    """A day and time in the locale's short form: ma 23 nov 20:05."""
    return f"{day_text(locale, moment.date(), 'ddd d MMM')} {moment.strftime('%H:%M')}"
