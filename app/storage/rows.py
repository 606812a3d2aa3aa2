"""How a record sits in the tables: the table handles, one record's row with its
child links and full-text words, one outbox entry, and bound IN lists.

The storage modules that write records, or read them in bulk, share these: a
record is laid out the same way whichever path wrote it.
"""

from __future__ import annotations

import os
import time
import uuid
from collections.abc import Sequence
from datetime import UTC, date, datetime
from typing import Any

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
BULK_LOOKUP = 500  # ids per IN list (below SQLite's variable limit)


def iso_day(day: date | None) -> str | None:
    return day.isoformat() if day else None


def driver(session: Session) -> Any:
    """The DB-API connection inside the session's transaction (begun if need be),
    after anything the session holds has been flushed. Statements run on it are
    prepared once per connection (the driver's statement cache, keyed by the SQL
    text) and commit or roll back with the session."""
    if session.new or session.dirty or session.deleted:
        session.flush()
    return session.connection().connection.driver_connection


_INSERT_RECORD = (
    "INSERT INTO record (id, kind, household_id, day, version, modified_at, deleted, "
    "sync_state, ever_synced, reject_reason, content) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, '', ?)"
)
_UPDATE_RECORD = (
    "UPDATE record SET kind = ?, household_id = ?, day = ?, version = ?, modified_at = ?, "
    "deleted = ?, sync_state = ?, ever_synced = ever_synced OR ?, reject_reason = '', "
    "content = ? WHERE rowid = ?"
)
_ROWID_OF = "SELECT rowid FROM record WHERE id = ?"
_INSERT_LINK = "INSERT INTO record_child (record_rowid, child_id, day) VALUES (?, ?, ?)"
_DELETE_LINKS = "DELETE FROM record_child WHERE record_rowid = ?"
_INSERT_WORDS = "INSERT INTO record_fts (rowid, text) VALUES (?, ?)"
_DELETE_WORDS = "DELETE FROM record_fts WHERE rowid = ?"
_INSERT_OUTBOX = (
    "INSERT INTO outbox (op_id, record_kind, record_id, base_version, content, created_at) "
    "VALUES (?, ?, ?, ?, ?, ?)"
)


def _links(record: Record | None) -> list[tuple[str, str | None]]:
    """The (child, day) links a record's row has (none for a deleted or absent one)."""
    if record is None or record.deleted:
        return []
    day = iso_day(record.day())
    return [(str(c), day) for c in dict.fromkeys(record.child_ids())]


def _words(record: Record | None) -> str:
    """The words a record's search row holds (none for a deleted or absent one)."""
    if record is None or record.deleted:
        return ""
    return record.search_text()


def write_row(
    session: Session,
    record: Record,
    content: str,
    sync_state: str,
    *,
    synced: bool = False,
    new: bool = False,
    rowid: int | None = None,
    before: Record | None = None,
) -> int:
    """Insert or replace a record's row, its child links and its search words.
    ``new``: the caller knows the record is not stored (no look-up first).
    ``rowid`` and ``before``: the caller read the stored row in this transaction
    (its rowid and the record it holds); then only what changed is written again:
    the links when the children or the day changed, the words when the text did."""
    conn = driver(session)
    day = iso_day(record.day())
    if rowid is None and not new:
        found = conn.execute(_ROWID_OF, (str(record.id),)).fetchone()
        rowid = found[0] if found else None
        before = None  # not read by the caller: every link and word is written again
    elif rowid is None:
        before = None
    if rowid is None:
        cursor = conn.execute(
            _INSERT_RECORD,
            (str(record.id), record.kind, str(record.household_id), day, record.version,
             record.modified_at, record.deleted, sync_state, synced, content),
        )  # fmt: skip
        rowid = int(cursor.lastrowid)
        stale_links: list[tuple[str, str | None]] = []
        stale_words = ""
    else:
        conn.execute(
            _UPDATE_RECORD,
            (record.kind, str(record.household_id), day, record.version, record.modified_at,
             record.deleted, sync_state, synced, content, rowid),
        )  # fmt: skip
        if before is None:
            conn.execute(_DELETE_LINKS, (rowid,))
            conn.execute(_DELETE_WORDS, (rowid,))
            stale_links, stale_words = [], ""
        else:
            stale_links, stale_words = _links(before), _words(before)
    links, words = _links(record), _words(record)
    if links != stale_links:
        if stale_links:
            conn.execute(_DELETE_LINKS, (rowid,))
        if links:
            conn.executemany(_INSERT_LINK, [(rowid, *link) for link in links])
    if words != stale_words:
        if stale_words:
            conn.execute(_DELETE_WORDS, (rowid,))
        if words:
            conn.execute(_INSERT_WORDS, (rowid, words))
    return rowid


def new_op_id() -> str:
    """A new op id: random, after the time in milliseconds (the layout of a UUID
    version 7). Entries written one after the other sit side by side in the
    outbox's index of op ids, so a settled batch takes its entries out of a few
    of its pages rather than one page each (an index of random ids)."""
    raw = bytearray((time.time_ns() // 1_000_000).to_bytes(6, "big") + os.urandom(10))
    raw[6] = 0x70 | raw[6] & 0x0F  # version 7
    raw[8] = 0x80 | raw[8] & 0x3F  # RFC 4122 variant
    return str(uuid.UUID(bytes=bytes(raw)))


def enqueue(session: Session, kind: str, record_id: str, base_version: int, content: str) -> None:
    """One outbox entry: ``content`` (as stored) to be sent, based on ``base_version``."""
    driver(session).execute(
        _INSERT_OUTBOX,
        (new_op_id(), kind, record_id, base_version, content, datetime.now(UTC).isoformat()),
    )


def in_list(prefix: str, values: Sequence[str], params: dict[str, object]) -> str:
    """A bound IN list, ``(:p0, :p1, ...)``, its values added to ``params``; an
    empty one is ``(NULL)``, which matches nothing."""
    names = [f":{prefix}{i}" for i in range(len(values))]
    params.update({f"{prefix}{i}": v for i, v in enumerate(values)})
    return f"({', '.join(names) or 'NULL'})"
