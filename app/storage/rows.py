"""How a record sits in the tables: the table handles, one record's row with its
child links and full-text words, one outbox entry, and bound IN lists.

The storage modules that write records, or read them in bulk, share these: a
record is laid out the same way whichever path wrote it.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import select as sa_select
from sqlalchemy import text
from sqlmodel import Session

from app.domain.records import Record
from app.storage.tables import OutboxEntry, RecordChild, RecordRow

# The hot paths use SQLAlchemy Core on the SQLModel tables: the ORM's unit of
# work costs more than the whole encrypted write underneath it.
RECORD = RecordRow.__table__  # type: ignore[attr-defined]
CHILD = RecordChild.__table__  # type: ignore[attr-defined]
OUTBOX = OutboxEntry.__table__  # type: ignore[attr-defined]
FTS_DELETE = text("DELETE FROM record_fts WHERE rowid = :r")
FTS_INSERT = text("INSERT INTO record_fts (rowid, text) VALUES (:r, :t)")
BULK_LOOKUP = 500  # ids per IN list (below SQLite's variable limit)


def iso_day(day: date | None) -> str | None:
    return day.isoformat() if day else None


def write_row(
    session: Session,
    record: Record,
    content: str,
    sync_state: str,
    *,
    synced: bool = False,
    new: bool = False,
) -> int:
    """Insert or replace a record's row, its child links and its search words.
    ``new``: the caller knows the record is not stored (no look-up first)."""
    day = iso_day(record.day())
    values: dict[str, Any] = {
        "kind": record.kind,
        "household_id": str(record.household_id),
        "day": day,
        "version": record.version,
        "modified_at": record.modified_at,
        "deleted": record.deleted,
        "sync_state": sync_state,
        "reject_reason": "",
        "content": content,
    }
    if synced:
        values["ever_synced"] = True
    rowid = None
    if not new:
        found = sa_select(RECORD.c.rowid).where(RECORD.c.id == str(record.id))
        rowid = session.execute(found).scalar()
    if rowid is None:
        result = session.execute(RECORD.insert(), {"id": str(record.id), **values})
        rowid = result.inserted_primary_key[0]  # type: ignore[attr-defined]
    else:
        session.execute(RECORD.update().where(RECORD.c.rowid == rowid).values(**values))
        session.execute(CHILD.delete().where(CHILD.c.record_rowid == rowid))
        session.execute(FTS_DELETE, {"r": rowid})
    if not record.deleted:
        links = [
            {"record_rowid": rowid, "child_id": str(child_id), "day": day}
            for child_id in dict.fromkeys(record.child_ids())
        ]
        if links:
            session.execute(CHILD.insert(), links)
        words = record.search_text()
        if words:
            session.execute(FTS_INSERT, {"r": rowid, "t": words})
    return int(rowid)


def enqueue(session: Session, kind: str, record_id: str, base_version: int, content: str) -> None:
    """One outbox entry: ``content`` (as stored) to be sent, based on ``base_version``."""
    session.execute(
        OUTBOX.insert(),
        {
            "op_id": str(uuid.uuid4()),
            "record_kind": kind,
            "record_id": record_id,
            "base_version": base_version,
            "content": content,
            "created_at": datetime.now(UTC).isoformat(),
        },
    )


def in_list(prefix: str, values: Sequence[str], params: dict[str, object]) -> str:
    """A bound IN list, ``(:p0, :p1, ...)``, its values added to ``params``; an
    empty one is ``(NULL)``, which matches nothing."""
    names = [f":{prefix}{i}" for i in range(len(values))]
    params.update({f"{prefix}{i}": v for i, v in enumerate(values)})
    return f"({', '.join(names) or 'NULL'})"
