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


def _t(text: str) -> str:
    return QCoreApplication.translate("Care", text)


def dose_label(value: DoseOutcome) -> str:
    return {
        DoseOutcome.GIVEN: _t("Given"),
        DoseOutcome.REFUSED: _t("Refused"),
        DoseOutcome.SKIPPED: _t("Skipped"),
    }[value]


def area_label(value: GoalArea) -> str:
    return {
        GoalArea.CARE: _t("Care"),
        GoalArea.FOOD_SECURITY: _t("Food security"),
        GoalArea.ACCOMMODATION: _t("Accommodation"),
        GoalArea.PHYSICAL_HEALTH: _t("Physical health"),
        GoalArea.EDUCATION: _t("Education and skills"),
        GoalArea.LIVELIHOOD: _t("Livelihood"),
        GoalArea.PROTECTION: _t("Protection and social inclusion"),
        GoalArea.SOCIAL_EMOTIONAL: _t("Social and emotional well-being"),
        GoalArea.INDEPENDENT_LIVING: _t("Independent living"),
    }[value]


def goal_status_label(value: GoalStatus) -> str:
    return {
        GoalStatus.OPEN: _t("Open"),
        GoalStatus.PROGRESSING: _t("Progressing"),
        GoalStatus.REACHED: _t("Reached"),
        GoalStatus.DROPPED: _t("Dropped"),
    }[value]


def appointment_label(value: AppointmentKind) -> str:
    return {
        AppointmentKind.DOCTOR: _t("Doctor"),
        AppointmentKind.DENTIST: _t("Dentist"),
        AppointmentKind.THERAPIST: _t("Therapist"),
        AppointmentKind.SCHOOL_MEETING: _t("School meeting"),
        AppointmentKind.YOUTH_COURT: _t("Youth court"),
        AppointmentKind.FAMILY_VISIT: _t("Family visit"),
        AppointmentKind.OTHER: _t("Other appointment"),
    }[value]


def outcome_label(value: AppointmentOutcome | None) -> str:
    if value is None:
        return _t("Planned")
    return {
        AppointmentOutcome.HAPPENED: _t("Took place"),
        AppointmentOutcome.CANCELLED: _t("Cancelled"),
        AppointmentOutcome.MISSED: _t("Missed"),
    }[value]


def legal_label(value: LegalStatus | None) -> str:
    if value is None:
        return _t("Not recorded")
    return {
        LegalStatus.APPLICANT: _t("Applicant for international protection"),
        LegalStatus.REFUGEE: _t("Recognised refugee"),
        LegalStatus.SUBSIDIARY_PROTECTION: _t("Subsidiary protection"),
        LegalStatus.OTHER_PERMIT: _t("Other residence permit"),
        LegalStatus.REFUSED: _t("Application refused"),
    }[value]


def step_label(value: ProcedureStep) -> str:
    return {
        ProcedureStep.APPLICATION: _t("Application"),
        ProcedureStep.INTERVIEW: _t("Interview"),
        ProcedureStep.DECISION: _t("Decision"),
        ProcedureStep.APPEAL: _t("Appeal"),
        ProcedureStep.RESIDENCE_PERMIT: _t("Residence permit"),
    }[value]


def level_label(value: LanguageLevel) -> str:
    return {
        LanguageLevel.BEGINNER: _t("Beginner"),
        LanguageLevel.A1: _t("A1 (first words)"),
        LanguageLevel.A2: _t("A2 (everyday sentences)"),
        LanguageLevel.B1: _t("B1 (gets by)"),
        LanguageLevel.B2: _t("B2 (at ease)"),
        LanguageLevel.FLUENT: _t("Fluent"),
        LanguageLevel.MOTHER_TONGUE: _t("Mother tongue"),
    }[value]


def day_text(locale: QLocale, day: date, fmt: str = "d MMM yyyy") -> str:
    """A day in the locale's words (23 nov 2026; 23 nov. 2026)."""
    return locale.toString(QDate(day.year, day.month, day.day), fmt)


def short_moment(locale: QLocale, moment: datetime) -> str:
    """A day and time in the locale's short form: ma 23 nov 20:05."""
    return f"{day_text(locale, moment.date(), 'ddd d MMM')} {moment.strftime('%H:%M')}"
