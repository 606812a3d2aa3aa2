"""The append-only audit log: who read or wrote which records, and every admin action.

Only ids, an action name and a short fixed-form detail are written; never a
record's content (names, notes, dates of a child). There is deliberately no
function here, nor anywhere, that updates or deletes an audit row.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterable
from datetime import UTC, datetime

from sqlmodel import Session

from app.server.tables import AuditLogRow

PUSH = "push"
PULL = "pull"
PULL_REFUSED = "pull_refused"  # a household outside the device's scope
REVIEW = "review"  # the records reviews were written about (pushed by a device)
VIEW = "view"  # a person opened a record on their device (reported at sync)
VIEW_REFUSED = "view_refused"  # reported views of records outside the device's scope
ENROLL = "enroll"
INIT = "init"
ADD_HOUSEHOLD = "add_household"
ADD_PERSON = "add_person"
SET_HOUSEHOLDS = "set_households"  # households given to or taken from a person
ENROLL_CODE = "enroll_code"
LIST_DEVICES = "list_devices"
LIST_PEOPLE = "list_people"
BACKUP = "backup"
REVOKE = "revoke"


def record(
    session: Session,
    action: str,
    *,
    person_id: uuid.UUID | str | None = None,
    device_id: str | None = None,
    household_id: uuid.UUID | str | None = None,
    record_ids: Iterable[uuid.UUID | str] = (),
    detail: str = "",
    at: datetime | None = None,
) -> None:
    """Add one audit row to the session's transaction (committed with the work it describes)."""
    session.add(
        AuditLogRow(
            at=at or datetime.now(UTC),
            person_id=str(person_id) if person_id is not None else None,
            device_id=device_id,
            action=action,
            household_id=str(household_id) if household_id is not None else None,
            record_ids=json.dumps([str(r) for r in dict.fromkeys(record_ids)]),
            detail=detail,
        )
    )
