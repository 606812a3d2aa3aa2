"""The append-only audit log: who read or wrote which records, and every admin action.

Only ids, an action name and a short fixed-form detail are written; never a
record's content (names, notes, dates of a child). There is deliberately no
function here, nor anywhere, that updates or deletes an audit row.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import insert as sa_insert
from sqlmodel import Session, col, select

from app.server.core.clock import as_utc
from app.server.tables import AuditLogRow, ServerTable

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
UNREVOKE = "unrevoke"  # the office lifted a revocation
READ_AUDIT = "read_audit"  # the administrator read this log
ADD_STAFF = "add_staff"  # an office console account made
RESET_STAFF = "reset_staff"  # a staff account's authenticator (and password) set anew
SIGN_IN = "sign_in"  # a staff member signed in to the console (both factors)
SIGN_IN_FAILED = "sign_in_failed"  # a wrong password, code or a locked account
SIGN_OUT = "sign_out"
SECOND_FACTOR_SET = "second_factor_set"  # the authenticator app set up at first sign-in
CHANGE_HOUSEHOLD = "change_household"  # a household renamed or given another kind
RENAME_PERSON = "rename_person"
DEACTIVATE_PERSON = "deactivate_person"  # their laptops revoked, no new code for them
REACTIVATE_PERSON = "reactivate_person"
CONSOLE_PAGE = "console_page"  # a console page that shows no list of its own was read
DEMO = "demo"  # a demo office was written into an empty database
IMPACT = "impact"  # the organisation's figures were computed (aggregates only)
CLOSE_PLACEMENT = "close_placement"  # the office recorded where a child went
RETENTION_LIST = "retention_list"  # the office listed the files due for purging
RETENTION_PURGE = "retention_purge"  # a child's file purged at the end of its retention
BLOB_PUT = "blob_put"  # a device's attached file arrived whole (its hash and size)
BLOB_GET = "blob_get"  # a device fetched an attached file
BLOB_REFUSED = "blob_refused"  # a file outside the device's scope, or chunks not matching

ACTIONS = (
    PUSH, PULL, PULL_REFUSED, REVIEW, VIEW, VIEW_REFUSED, ENROLL, INIT, ADD_HOUSEHOLD,
    ADD_PERSON, SET_HOUSEHOLDS, ENROLL_CODE, LIST_DEVICES, LIST_PEOPLE, BACKUP, REVOKE,
    UNREVOKE, READ_AUDIT, ADD_STAFF, SIGN_IN, SIGN_IN_FAILED, SIGN_OUT, SECOND_FACTOR_SET,
    CONSOLE_PAGE, CHANGE_HOUSEHOLD, RENAME_PERSON, DEACTIVATE_PERSON, REACTIVATE_PERSON,
    RESET_STAFF, DEMO, IMPACT, CLOSE_PLACEMENT, RETENTION_LIST, RETENTION_PURGE, BLOB_PUT,
    BLOB_GET, BLOB_REFUSED,
)  # fmt: skip


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
    """Add one audit row to the session's transaction (committed with the work it
    describes), written at once with a Core statement: no ORM object to flush at
    the commit."""
    row = _row(action, person_id, device_id, household_id, record_ids, detail, at)
    session.connection().execute(_INSERT, row)


_INSERT = sa_insert(ServerTable.metadata.tables[AuditLogRow.__tablename__])


def _row(
    action: str,
    person_id: uuid.UUID | str | None,
    device_id: str | None,
    household_id: uuid.UUID | str | None,
    record_ids: Iterable[uuid.UUID | str],
    detail: str,
    at: datetime | None,
) -> dict[str, Any]:
    return {
        "at": at or datetime.now(UTC),
        "person_id": str(person_id) if person_id is not None else None,
        "device_id": device_id,
        "action": action,
        "household_id": str(household_id) if household_id is not None else None,
        "record_ids": json.dumps([str(r) for r in dict.fromkeys(record_ids)]),
        "detail": detail,
    }


@dataclass(frozen=True)
class Filter:
    """Which rows to read; every field given must match. ``record_id`` matches rows
    naming that record among theirs; ``since``/``until`` bound ``at`` (until excluded)."""

    record_id: uuid.UUID | None = None
    person_id: uuid.UUID | None = None
    device_id: str | None = None
    household_id: uuid.UUID | None = None
    action: str | None = None
    since: datetime | None = None
    until: datetime | None = None


@dataclass(frozen=True)
class Entry:
    id: int
    at: datetime
    action: str
    person_id: str | None
    device_id: str | None
    household_id: str | None
    record_ids: list[str]
    detail: str


def read(session: Session, where: Filter, limit: int | None) -> list[Entry]:
    """The newest ``limit`` rows (all when None) that match, oldest first."""
    query = select(AuditLogRow).order_by(col(AuditLogRow.id).desc())
    if where.record_id is not None:
        # record_ids is a JSON list of ids as text; a quoted id cannot match a part of another.
        query = query.where(col(AuditLogRow.record_ids).contains(f'"{where.record_id}"'))
    for column, value in (
        (AuditLogRow.person_id, where.person_id),
        (AuditLogRow.device_id, where.device_id),
        (AuditLogRow.household_id, where.household_id),
        (AuditLogRow.action, where.action),
    ):
        if value is not None:
            query = query.where(col(column) == str(value))
    if where.since is not None:
        query = query.where(col(AuditLogRow.at) >= where.since)
    if where.until is not None:
        query = query.where(col(AuditLogRow.at) < where.until)
    if limit is not None:
        query = query.limit(limit)
    rows = session.exec(query).all()
    return [
        Entry(
            id=row.id or 0,
            at=as_utc(row.at),
            action=row.action,
            person_id=row.person_id,
            device_id=row.device_id,
            household_id=row.household_id,
            record_ids=json.loads(row.record_ids),
            detail=row.detail,
        )
        for row in reversed(rows)
    ]
