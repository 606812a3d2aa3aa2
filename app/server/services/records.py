"""Storing an accepted version of a record: the record row, its version row and a change.

Push and the admin CLI both write records through ``store_version``, so every
accepted change gets a ``record_version`` row (the base of later merges) and a
``change`` row (its place in the household's pull feed).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from sqlmodel import Session

from app.server.tables import ChangeRow, RecordRow, RecordVersionRow


def dumps(content: dict[str, Any]) -> str:
    return json.dumps(content, ensure_ascii=False, separators=(",", ":"))


def loads(text: str) -> dict[str, Any]:
    value = json.loads(text)
    assert isinstance(value, dict)
    return value


@dataclass(frozen=True)
class Stored:
    version: int
    seq: int
    content: dict[str, Any]  # as stored, with "version" set to ``version``


def get_record(session: Session, record_id: str, *, lock: bool = False) -> RecordRow | None:
    # FOR UPDATE (PostgreSQL): two pushes to one record take turns; SQLite's
    # BEGIN IMMEDIATE already serialises every writer.
    return session.get(RecordRow, record_id, with_for_update=lock or None)


def content_at(session: Session, record_id: str, version: int) -> dict[str, Any] | None:
    row = session.get(RecordVersionRow, (record_id, version))
    return loads(row.content) if row is not None else None


def store_version(
    session: Session,
    row: RecordRow | None,
    *,
    record_id: str,
    household_id: str,
    kind: str,
    version: int,
    content: dict[str, Any],
) -> Stored:
    content = {**content, "version": version}
    text = dumps(content)
    deleted = bool(content.get("deleted"))
    change = ChangeRow(household_id=household_id, record_id=record_id, version=version)
    session.add(change)
    session.flush()  # numbers the change
    assert change.seq is not None
    if row is None:
        row = RecordRow(
            id=record_id,
            household_id=household_id,
            kind=kind,
            version=version,
            content=text,
            deleted=deleted,
            seq=change.seq,
        )
        session.add(row)
        session.flush()  # the record row before its version row (foreign key)
    else:
        row.version, row.content, row.deleted, row.seq = version, text, deleted, change.seq
        session.add(row)
    session.add(RecordVersionRow(record_id=record_id, version=version, content=text))
    session.flush()
    return Stored(version=version, seq=change.seq, content=content)
