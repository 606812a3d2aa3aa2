"""Who a device speaks for, and which households it may see (docs/architecture.md, "Scope")."""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from sqlmodel import Session, col, select

from app.domain.vocabulary import Role
from app.server.tables import MembershipRow, PersonRow

CAREGIVER = Role.CAREGIVER.value
SUPERVISOR = Role.SUPERVISOR.value


@dataclass(frozen=True)
class DeviceContext:
    """An authenticated device, as plain data (no ORM rows leave the services)."""

    device_id: str
    person_id: uuid.UUID
    role: str
    # household -> the person's role in it: a caregiver's own households, a
    # supervisor's supervised ones
    memberships: dict[uuid.UUID, str]

    @property
    def households(self) -> list[uuid.UUID]:
        return sorted(self.memberships, key=str)


def memberships(session: Session, person_id: str) -> dict[uuid.UUID, str]:
    rows = session.exec(select(MembershipRow).where(MembershipRow.person_id == person_id)).all()
    return {uuid.UUID(row.household_id): row.role for row in rows}


def membership_role(person_role: str) -> str:
    """An admin given households oversees them like a supervisor; they write no entries."""
    return CAREGIVER if person_role == CAREGIVER else SUPERVISOR


def context(session: Session, device_id: str, person: PersonRow) -> DeviceContext:
    return DeviceContext(
        device_id=device_id,
        person_id=uuid.UUID(person.id),
        role=person.role,
        memberships=memberships(session, person.id),
    )


def people_of(session: Session, household_id: str) -> list[str]:
    rows = session.exec(
        select(MembershipRow.person_id)
        .where(MembershipRow.household_id == household_id)
        .order_by(col(MembershipRow.person_id))
    ).all()
    return list(rows)
