"""The period report's daily care: the care-plan goals open during the period
with what moved them, the appointments of the period and what came of them,
and each medicine with the doses given, refused, skipped and not noted."""

from __future__ import annotations

import uuid
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Any
from xml.sax.saxutils import escape as _e

from reportlab.lib.units import cm  # type: ignore[import-untyped]
from reportlab.platypus import Paragraph  # type: ignore[import-untyped]
from sqlmodel import Session

from app.domain.care import Appointment, CareGoal, GoalStep, Medication, MedicationDose
from app.domain.vocabulary import DoseOutcome
from app.services.medication import MISSED_AFTER
from app.services.report.styles import Styles, outlined
from app.services.report.texts import Texts
from app.storage import records

Grid = Callable[[list[list[Any]], Sequence[float | None], int], Any]


@dataclass(frozen=True)
class GoalInPeriod:
    goal: CareGoal
    steps: tuple[GoalStep, ...]  # those of the period, oldest first


@dataclass(frozen=True)
class MedicationInPeriod:
    medication: Medication
    given: int = 0
    refused: int = 0
    skipped: int = 0
    not_noted: int = 0


@dataclass(frozen=True)
class CareInPeriod:
    goals: tuple[GoalInPeriod, ...] = ()
    appointments: tuple[Appointment, ...] = ()
    medications: tuple[MedicationInPeriod, ...] = ()

    @property
    def empty(self) -> bool:
        return not (self.goals or self.appointments or self.medications)


def read_care(
    session: Session, child_id: uuid.UUID, start: date, end: date, now: datetime
) -> CareInPeriod:
    """A child's daily care in a period, read in the caller's session."""
    found = records.for_child(
        session,
        child_id,
        [CareGoal.kind, GoalStep.kind, Appointment.kind, Medication.kind, MedicationDose.kind],
    )
    steps = sorted(
        (r for r in found if isinstance(r, GoalStep) and start <= r.on <= end),
        key=lambda s: (s.on, s.created_at),
    )
    goals = [
        GoalInPeriod(g, tuple(s for s in steps if s.goal_id == g.id))
        for g in found
        if isinstance(g, CareGoal) and g.start <= end
    ]
    # A goal closed before the period and not moved in it is left out.
    goals = [g for g in goals if g.steps or not g.goal.is_closed()]
    appointments = sorted(
        (r for r in found if isinstance(r, Appointment) and start <= r.starts_at.date() <= end),
        key=lambda a: a.starts_at,
    )
    doses = [r for r in found if isinstance(r, MedicationDose) and start <= r.at.date() <= end]
    meds = []
    for med in found:
        if not isinstance(med, Medication) or med.start > end or (med.end and med.end < start):
            continue
        mine = [d for d in doses if d.medication_id == med.id]
        counts = Counter(d.outcome for d in mine)
        noted = {(d.at.date(), d.slot) for d in mine}
        due = 0
        day = max(start, med.start)
        last = min(end, med.end or end)
        while day <= last:
            for moment in med.sorted_times():
                if datetime.combine(day, moment) + MISSED_AFTER <= now:
                    due += (day, moment.strftime("%H:%M")) not in noted
            day += timedelta(days=1)
        meds.append(
            MedicationInPeriod(
                med,
                counts[DoseOutcome.GIVEN],
                counts[DoseOutcome.REFUSED],
                counts[DoseOutcome.SKIPPED],
                due,
            )
        )
    return CareInPeriod(
        tuple(sorted(goals, key=lambda g: (g.goal.is_closed(), g.goal.start))),
        tuple(appointments),
        tuple(sorted(meds, key=lambda m: m.medication.name.casefold())),
    )


def _moment(t: Texts, moment: datetime) -> str:
    return t.moment(moment) if moment.time() != time(0, 0) else t.date(moment.date())


def care_flowables(care: CareInPeriod, t: Texts, s: Styles, grid: Grid) -> list[Any]:
    """The daily care section: goals, appointments, medication (nothing when the
    child had none of them in the period); ``grid`` lays out a table."""
    if care.empty:
        return []
    out: list[Any] = [outlined(Paragraph(_e(t("care")), s.h1), t("care"), 0)]
    out.append(Paragraph(_e(t("care_goals")), s.h2))
    if care.goals:
        rows: list[list[Any]] = [
            [Paragraph(_e(h), s.cell_bold) for h in (t("goal"), t("goal_area"), t("goal_status"))]
        ]
        for item in care.goals:
            goal = item.goal
            lines = [_e(goal.text)]
            if goal.review_on is not None:
                lines.append(_e(t("goal_review", date=t.date(goal.review_on))))
            for step in item.steps:
                what = t.enum("goal_status", step.status) if step.status else ""
                if step.entry_kind:
                    what = t.enum("goal_linked", step.entry_kind)
                text = " — ".join(x for x in (what, step.note) if x)
                lines.append(f"{_e(t.date(step.on))}: {_e(text)}")
            rows.append(
                [
                    Paragraph("<br/>".join(lines), s.cell),
                    Paragraph(_e(t.enum("area", goal.area)), s.cell),
                    Paragraph(_e(t.enum("goal_status", goal.status)), s.cell),
                ]
            )
        out.append(grid(rows, [10.0 * cm, 4.0 * cm, None], 9))
    else:
        out.append(Paragraph(_e(t("no_goals")), s.body))

    out.append(Paragraph(_e(t("care_appointments")), s.h2))
    if care.appointments:
        rows = [
            [Paragraph(_e(h), s.cell_bold)
             for h in (t("date"), t("appointment"), t("appointment_outcome"))]
        ]  # fmt: skip
        for a in care.appointments:
            what = t.enum("appointment", a.appointment_kind)
            if a.title:
                what = f"{what}: {a.title}"
            if a.place:
                what = f"{what} ({a.place})"
            outcome = t.enum("appointment_outcome", a.outcome) if a.outcome else t("planned")
            if a.outcome_note:
                outcome = f"{outcome} — {a.outcome_note}"
            rows.append(
                [
                    Paragraph(_e(_moment(t, a.starts_at)), s.cell),
                    Paragraph(_e(what), s.cell),
                    Paragraph(_e(outcome), s.cell),
                ]
            )
        out.append(grid(rows, [4.2 * cm, 6.5 * cm, None], 9))
    else:
        out.append(Paragraph(_e(t("no_appointments")), s.body))

    out.append(Paragraph(_e(t("care_medication")), s.h2))
    if care.medications:
        header = [t("medicine"), t("dose_given"), t("dose_refused"), t("dose_skipped"),
                  t("dose_not_noted")]  # fmt: skip
        rows = [[Paragraph(_e(h), s.cell_bold if i == 0 else s.head_cell_right)
                 for i, h in enumerate(header)]]  # fmt: skip
        for m in care.medications:
            med = m.medication
            name = " · ".join(x for x in (med.name, med.dose, " ".join(med.times)) if x)
            rows.append(
                [
                    Paragraph(_e(name), s.cell),
                    *(
                        Paragraph(str(n), s.cell_right)
                        for n in (m.given, m.refused, m.skipped, m.not_noted)
                    ),
                ]
            )
        out.append(grid(rows, [7.0 * cm, *([2.5 * cm] * 4)], 1))
        out.append(Paragraph(_e(t("not_prescribing")), s.note))
    else:
        out.append(Paragraph(_e(t("no_medication")), s.body))
    return out
