"""What a household overview counts, read in SQL over indexed columns.

A log is counted from the ``kind/household/day`` index and the child links,
without reading its content; only the few fields that live in the JSON content
(incident flags, contact statuses, milestone items) are read with
``json_extract``, never whole records through pydantic. Rows come back as they
are stored: which version of an amended entry counts is the overview's reading.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import text
from sqlmodel import Session

from app.domain.records import Child, Relative

_NEVER = datetime.min.replace(tzinfo=UTC)


@dataclass(frozen=True)
class EntryRow:
    """The fields of a log or contact note the overview needs."""

    id: str
    day: date
    amends: str | None
    created: datetime
    children: tuple[str, ...] = ()
    relatives: tuple[str, ...] = ()
    status: str = ""
    flag: bool = False
    severity: str | None = None


def _when(value: str | None) -> datetime:
    return datetime.fromisoformat(value) if value else _NEVER


# Each entry's JSON fields come out of one parse, as one JSON array.
_LOG_PATHS = "'$.amends_id', '$.created_at', '$.child_id', '$.flag', '$.severity'"
_NOTE_PATHS = "'$.amends_id', '$.created_at', '$.children', '$.relatives', '$.status'"
_LOGS = (
    f"SELECT r.id, r.day, json_extract(r.content, {_LOG_PATHS}) FROM record AS r "
    "WHERE r.deleted = 0 AND r.kind = 'daily_log' AND r.household_id = :h "
)
# The term on the flag is written the way a partial index on it would be.
_FLAGGED_SQL = text(
    _LOGS + "AND r.day BETWEEN :start AND :end AND json_extract(r.content, '$.flag') = 1"
)
# Amendments, and the entries they amend, found through the partial index on
# ``amends_id`` (the ``+`` keeps SQLite from walking all logs by kind instead).
_AMENDS_ID = "json_extract(content, '$.amends_id')"
_AMENDMENTS = f"SELECT rowid FROM record WHERE {_AMENDS_ID} IS NOT NULL"
_AMENDED = f"SELECT {_AMENDS_ID} FROM record WHERE {_AMENDS_ID} IS NOT NULL"
_AMENDED_LOGS_SQL = text(
    f"SELECT r.id, r.day, json_extract(r.content, {_LOG_PATHS}) FROM record AS r "
    f"WHERE (r.rowid IN ({_AMENDMENTS}) OR r.id IN ({_AMENDED})) "
    "AND r.deleted = 0 AND +r.kind = 'daily_log' AND +r.household_id = :h"
)
_NOTE_SQL = text(
    f"SELECT r.id, r.day, json_extract(r.content, {_NOTE_PATHS}) FROM record AS r "
    "WHERE r.deleted = 0 AND r.kind = 'contact_note' AND r.household_id = :h AND r.day >= :start"
)
# The days of each child's daily logs (originals only), from the indexes alone:
# one row per child.
_LOG_DAYS_SQL = text(
    "SELECT k.child_id, group_concat(r.day) FROM record AS r "
    "JOIN record_child AS k ON k.record_rowid = r.rowid "
    "WHERE r.kind = 'daily_log' AND r.household_id = :h AND r.day BETWEEN :start AND :end "
    f"AND r.rowid NOT IN ({_AMENDMENTS}) GROUP BY k.child_id"
)
_MILESTONE_SQL = text(
    "SELECT k.child_id, r.day, r.modified_at, json_extract(r.content, '$.item_id'), "
    "json_extract(r.content, '$.status') FROM record AS r "
    "JOIN record_child AS k ON k.record_rowid = r.rowid "
    "WHERE r.kind = 'milestone_observation' AND r.household_id = :h AND r.day <= :end"
)
# Children of the other households, to find brothers and sisters placed there.
_OTHER_CHILDREN_SQL = text(
    "SELECT json_extract(content, '$.sibling_group'), content FROM record "
    "WHERE kind = 'child' AND deleted = 0 AND household_id != :h"
)
# One child's relatives in another household (their links carry no day).
_CHILD_RELATIVES_SQL = text(
    "SELECT r.content FROM record AS r WHERE r.rowid IN (SELECT record_rowid FROM record_child "
    "WHERE child_id = :child AND day IS NULL INTERSECT SELECT rowid FROM record "
    "WHERE kind = 'relative' AND household_id = :h)"
)
# The last contact of a child with a relative that happened up to a day: walks the
# household's notes newest first and stops at the first match. A note counts
# unless a live amendment corrects it (the amendment itself is a note too).
_LAST_HELD_SQL = text(
    "SELECT r.day FROM record AS r WHERE r.kind = 'contact_note' AND r.household_id = :h "
    "AND r.deleted = 0 AND r.day <= :until "
    "AND json_extract(r.content, '$.status') = 'happened' "
    "AND EXISTS (SELECT 1 FROM json_each(r.content, '$.relatives') WHERE value = :relative) "
    "AND EXISTS (SELECT 1 FROM json_each(r.content, '$.children') WHERE value = :child) "
    "AND r.id NOT IN (SELECT json_extract(content, '$.amends_id') FROM record "
    "WHERE json_extract(content, '$.amends_id') IS NOT NULL AND deleted = 0) "
    "ORDER BY r.day DESC LIMIT 1"
)


def _log(row: Sequence[Any]) -> EntryRow:
    """A log from ``id, day, [amends_id, created_at, child_id, flag, severity]``."""
    amends, created, child, flag, severity = json.loads(row[2])
    return EntryRow(
        row[0],
        date.fromisoformat(row[1]),
        amends,
        _when(created),
        children=(child,),
        flag=bool(flag),
        severity=severity,
    )


def _note(row: Sequence[Any]) -> EntryRow:
    """A note from ``id, day, [amends_id, created_at, children, relatives, status]``."""
    amends, created, children, relatives, status = json.loads(row[2])
    return EntryRow(
        row[0],
        date.fromisoformat(row[1]),
        amends,
        _when(created),
        children=tuple(children or ()),
        relatives=tuple(relatives or ()),
        status=status or "",
    )


def incident_logs(session: Session, household: str, start: date, end: date) -> list[EntryRow]:
    """The flagged logs of the period, together with every amended or amending log
    of the household: what the incidents as they stand now are read from."""
    params = {"h": household, "start": start.isoformat(), "end": end.isoformat()}
    rows = [*session.execute(_FLAGGED_SQL, params), *session.execute(_AMENDED_LOGS_SQL, params)]
    return [_log(r) for r in rows]


def contact_notes(session: Session, household: str, start: date) -> list[EntryRow]:
    """The household's live contact notes from ``start`` on, amendments included."""
    return [
        _note(r) for r in session.execute(_NOTE_SQL, {"h": household, "start": start.isoformat()})
    ]


def log_days(session: Session, household: str, start: date, end: date) -> dict[str, list[str]]:
    """Child id -> the days (ISO) of its daily logs in the period, a day once per
    log (originals only)."""
    span = {"h": household, "start": start.isoformat(), "end": end.isoformat()}
    return {child_id: days.split(",") for child_id, days in session.execute(_LOG_DAYS_SQL, span)}


def milestone_observations(
    session: Session, household: str, until: date
) -> list[tuple[str, date, str, str, str]]:
    """The milestone observations of the household's children up to a day:
    ``(child id, day observed, when written, item id, status)``."""
    return [
        (child_id, date.fromisoformat(day), stamp, item_id, status)
        for child_id, day, stamp, item_id, status in session.execute(
            _MILESTONE_SQL, {"h": household, "end": until.isoformat()}
        )
    ]


def children_elsewhere(
    session: Session, household_id: uuid.UUID, groups: Collection[str]
) -> list[Child]:
    """The live children of the other households whose sibling group (trimmed,
    casefolded) is one of ``groups``."""
    found: list[Child] = []
    for group, content in session.execute(_OTHER_CHILDREN_SQL, {"h": str(household_id)}):
        if (group or "").strip().casefold() in groups:
            found.append(Child.model_validate_json(content))
    return found


def relatives_of(session: Session, child_id: str, household: str) -> list[Relative]:
    """One child's relatives as another household records them."""
    found = session.execute(_CHILD_RELATIVES_SQL, {"child": child_id, "h": household})
    return [Relative.model_validate_json(c) for (c,) in found]


def last_held(
    session: Session, household: str, child: str, relative: str, until: date
) -> date | None:
    """The day of the last contact of a child with a relative that happened, up to ``until``."""
    day = session.execute(
        _LAST_HELD_SQL,
        {"h": household, "until": until.isoformat(), "relative": relative, "child": child},
    ).scalar()
    return date.fromisoformat(day) if day else None


def first_log_day(session: Session, household: str) -> date | None:
    """The day of the household's first live daily log (its first day in the app
    as far as logs go); read from the kind/household/day index alone."""
    value = session.execute(
        text(
            "SELECT min(day) FROM record WHERE kind = 'daily_log' AND household_id = :h "
            "AND deleted = 0"
        ),
        {"h": household},
    ).scalar()
    return date.fromisoformat(value) if value else None
