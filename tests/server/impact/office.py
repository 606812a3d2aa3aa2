"""A small office, hand-made, whose figures are worked out by hand in the tests.

Period: the first half of 2026. Three households (Simba, village family,
minors' house); a sibling group split over two households, a cancelled visit,
an amended contact, children with missing data.
"""

from __future__ import annotations

import uuid
from datetime import date
from typing import Any

from app.domain.records import (
    Child,
    ContactNote,
    DailyLog,
    MilestoneObservation,
    Record,
    Relative,
    WellbeingCheck,
)
from app.domain.vocabulary import (
    ContactKind,
    ContactStatus,
    HouseholdKind,
    MilestoneStatus,
    RelationKind,
)
from app.server.services.impact.indicators import Period

PERIOD = Period(date(2026, 1, 1), date(2026, 6, 30))
H1, H2, H3 = (uuid.UUID(int=n) for n in (1, 2, 3))
PROGRAMMES = {
    str(H1): HouseholdKind.SIMBA.value,
    str(H2): HouseholdKind.VILLAGE_FAMILY.value,
    str(H3): HouseholdKind.MINORS_HOUSE.value,
}
U1, U2, U3 = (uuid.UUID(int=n) for n in (11, 12, 13))


def _child(h: uuid.UUID, name: str, born: date, placed: date, **more: Any) -> Child:
    return Child(household_id=h, given_name=name, date_of_birth=born, placement_start=placed,
                 **more)  # fmt: skip


A = _child(H1, "A", date(2018, 3, 1), date(2024, 1, 1), sibling_group="Peeters")
B = _child(H1, "B", date(2019, 5, 1), date(2024, 1, 1), sibling_group="peeters")
C = _child(H2, "C", date(2016, 5, 1), date(2024, 2, 1), sibling_group="Peeters ")
D = _child(H2, "D", date(2015, 1, 1), date(2023, 1, 1), sibling_group="Janssens")
E = _child(H2, "E", date(2017, 1, 1), date(2023, 1, 1), sibling_group="Janssens")
F = _child(H3, "F", date(2008, 2, 1), date(2022, 1, 1), placement_end=date(2026, 3, 31))
G = _child(H3, "G", date(2010, 6, 1), date(2026, 5, 1))  # nothing else on record
I = _child(H2, "I", date(2025, 10, 1), date(2025, 11, 1))  # noqa: E741 - a child's letter

R1 = Relative(household_id=H1, name="C", relation=RelationKind.SIBLING, children=[A.id, B.id])
R2 = Relative(household_id=H2, name="A", relation=RelationKind.SIBLING, children=[C.id])
R3 = Relative(household_id=H1, name="M", relation=RelationKind.MOTHER, children=[A.id, B.id])
R4 = Relative(household_id=H2, name="N", relation=RelationKind.MOTHER, children=[D.id, E.id])


def _contact(h: uuid.UUID, day: date, status: ContactStatus, children: list[Child],
             relative: Relative, **more: Any) -> ContactNote:  # fmt: skip
    return ContactNote(household_id=h, author_id=U1, date=day, status=status,
                       contact_kind=ContactKind.VISIT, children=[c.id for c in children],
                       relatives=[relative.id], **more)  # fmt: skip


HELD, CANCELLED = ContactStatus.HAPPENED, ContactStatus.CANCELLED
K12 = _contact(H2, date(2026, 1, 20), CANCELLED, [D], R4)
CONTACTS = [
    _contact(H1, date(2026, 2, 1), HELD, [A, B], R1),
    _contact(H1, date(2026, 3, 1), HELD, [A], R1),
    _contact(H1, date(2026, 6, 20), HELD, [A], R1),
    _contact(H1, date(2026, 4, 10), CANCELLED, [A, B], R3, cancelled_by="family"),
    _contact(H1, date(2026, 1, 15), HELD, [A, B], R3),
    _contact(H1, date(2026, 5, 5), ContactStatus.NO_SHOW, [A], R3),
    _contact(H1, date(2026, 7, 5), ContactStatus.PLANNED, [A], R3),  # after the period
    _contact(H2, date(2026, 3, 10), HELD, [C], R2),
    _contact(H2, date(2026, 4, 9), HELD, [C], R2),
    _contact(H2, date(2026, 2, 2), CANCELLED, [D, E], R4),
    _contact(H2, date(2026, 6, 1), ContactStatus.PLANNED, [D], R4),
    K12,  # corrected by its amendment: held, a day later
    _contact(H2, date(2026, 1, 21), HELD, [D], R4, amends_id=K12.id, amendment_reason="held"),
]
DELETED = _contact(H2, date(2026, 3, 3), HELD, [D, E], R4, deleted=True)


def _seen(child: Child, item: str, day: date, status: MilestoneStatus) -> MilestoneObservation:
    return MilestoneObservation(household_id=child.household_id, child_id=child.id,
                                item_id=item, status=status, observed_on=day)  # fmt: skip


ACHIEVED = MilestoneStatus.ACHIEVED
OBSERVATIONS = [
    _seen(I, "cdc-2m-social-01", date(2026, 1, 10), ACHIEVED),  # by the band's end
    _seen(I, "cdc-2m-social-02", date(2026, 2, 15), ACHIEVED),  # after it
    _seen(I, "cdc-4m-social-01", date(2026, 3, 1), MilestoneStatus.EMERGING),
    _seen(F, "living-money-01", date(2025, 6, 1), ACHIEVED),
    _seen(F, "living-money-02", date(2026, 2, 15), ACHIEVED),  # after the 18th birthday
]


def _check(child: Child, day: date, **ratings: int | None) -> WellbeingCheck:
    return WellbeingCheck(household_id=child.household_id, author_id=U1, child_id=child.id,
                          date=day, ratings=ratings)  # fmt: skip


CHECKS = [
    _check(A, date(2026, 1, 10), care=2, livelihood=None, food_security=3),
    _check(A, date(2026, 4, 10), care=3, livelihood=None, food_security=3),
    _check(B, date(2026, 3, 1), care=4),
    _check(C, date(2025, 12, 1), care=1),  # before the period
]


def _log(child: Child, author: uuid.UUID, day: date) -> DailyLog:
    return DailyLog(household_id=child.household_id, author_id=author, child_id=child.id,
                    date=day)  # fmt: skip


LOGS = [
    _log(A, U1, date(2026, 1, 2)),
    _log(A, U2, date(2026, 1, 3)),
    _log(A, U2, date(2026, 1, 4)),
    _log(B, U1, date(2026, 1, 2)),
    _log(D, U3, date(2026, 2, 2)),
    _log(D, U3, date(2025, 2, 2)),
]

CHILDREN = [A, B, C, D, E, F, G, I]
RECORDS: list[Record] = [
    *CHILDREN,
    R1,
    R2,
    R3,
    R4,
    *CONTACTS,
    DELETED,
    *OBSERVATIONS,
    *CHECKS,
    *LOGS,
]


def contents() -> list[tuple[str, str, dict[str, Any]]]:
    return [(r.kind, str(r.household_id), r.model_dump(mode="json")) for r in RECORDS]
