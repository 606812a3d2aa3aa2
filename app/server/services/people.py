"""People and households as the devices see them: synced Person and Household records.

The admin CLI writes both the server's own rows (which decide scope and
rights) and a record of kind "person"/"household" in the household's scope,
so that devices pull them like any record. A person who belongs to several
households has one record, in the scope of the first of them.
"""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any

from sqlmodel import Session

from app.domain.records import Household, Person
from app.domain.vocabulary import HouseholdKind, Role
from app.server.core.clock import SERVER_DEVICE, server_stamp
from app.server.services import records
from app.server.services.scope import memberships
from app.server.tables import PersonRow

# A person in no household (an administrator) has no scope; their record is
# only ever handed out at enrollment, never stored or pulled.
NO_HOUSEHOLD = uuid.UUID(int=0)


def household_record(
    household_id: uuid.UUID, name: str, kind: HouseholdKind, now: datetime
) -> Household:
    return Household(
        id=household_id,
        household_id=household_id,
        name=name,
        household_kind=kind,
        modified_at=server_stamp(now),
        device_id=SERVER_DEVICE,
    )


def person_record(
    person_id: uuid.UUID, name: str, role: Role, households: list[uuid.UUID], now: datetime
) -> Person:
    return Person(
        id=person_id,
        household_id=households[0] if households else NO_HOUSEHOLD,
        display_name=name,
        role=role,
        households=households,
        modified_at=server_stamp(now),
        device_id=SERVER_DEVICE,
    )


def person_content(session: Session, person: PersonRow) -> dict[str, Any]:
    """The person's synced record as stored, or (no household) as it would be."""
    row = records.get_record(session, person.id)
    if row is not None:
        return records.loads(row.content)
    households = sorted(memberships(session, person.id), key=str)
    record = Person(
        id=uuid.UUID(person.id),
        household_id=households[0] if households else NO_HOUSEHOLD,
        display_name=person.display_name,
        role=Role(person.role),
        households=households,
        device_id=SERVER_DEVICE,
    )
    return record.model_dump(mode="json")
