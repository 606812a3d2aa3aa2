"""Bulk writes of pulled records (supervisor demo, benchmarks).

One executemany per table instead of four statements per record: a store filled
with a year of ten households takes seconds, not minutes. Same rows, links and
words as ``records.put_synced``.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import select as sa_select
from sqlalchemy import text
from sqlmodel import Session

from app.domain.records import Record
from app.storage.rows import BULK_LOOKUP, RECORD, iso_day, write_row
from app.storage.tables import SYNC_SYNCED

_BULK_RECORD_COLUMNS = (
    "rowid", "id", "kind", "household_id", "day", "version", "modified_at", "deleted",
    "sync_state", "ever_synced", "reject_reason", "content",
)  # fmt: skip


def _insert_many(
    session: Session, table: str, columns: Sequence[str], rows: Sequence[tuple[Any, ...]]
) -> None:
    """One executemany handed straight to the driver: plain values (text, numbers,
    booleans) need none of SQLAlchemy's per-row parameter work."""
    if rows:
        marks = ", ".join("?" * len(columns))
        sql = f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({marks})"
        session.connection().exec_driver_sql(sql, list(rows))


def put_synced_many(
    session: Session, records: Sequence[Record], written: list[Record] | None = None
) -> int:
    """Store many records as they are on the server (no outbox entries), in the
    caller's transaction. A record held here already, synced and exactly the same
    (this device's own change coming back), is not written again; other stored ones
    go through ``put_synced``; new ones are inserted in bulk. Returns how many were
    written (and adds them to ``written`` when given)."""
    ids = [str(r.id) for r in records]
    held: dict[str, str | None] = {}  # stored id -> its content when synced, else None
    for i in range(0, len(ids), BULK_LOOKUP):
        chunk = ids[i : i + BULK_LOOKUP]
        stored = session.execute(
            sa_select(RECORD.c.id, RECORD.c.content, RECORD.c.sync_state).where(
                RECORD.c.id.in_(chunk)
            )
        )
        held.update((rid, body if state == SYNC_SYNCED else None) for rid, body, state in stored)
    fresh: dict[str, Record] = {}
    updated = 0
    for record in records:
        record_id = str(record.id)
        if record_id not in held:
            fresh[record_id] = record  # the last one of a repeated id wins
            continue
        content = record.model_dump_json()
        if held[record_id] != content:
            write_row(session, record, content, SYNC_SYNCED, synced=True)  # as put_synced
            held[record_id] = content
            updated += 1
            if written is not None:
                written.append(record)
    last = session.execute(text("SELECT coalesce(max(rowid), 0) FROM record")).scalar()
    rowid = int(last or 0)
    rows: list[tuple[Any, ...]] = []
    links: list[tuple[int, str, str | None]] = []
    words: list[tuple[int, str]] = []
    for record_id, record in fresh.items():
        rowid += 1
        day = iso_day(record.day())
        rows.append((rowid, record_id, record.kind, str(record.household_id), day,
                     record.version, record.modified_at, record.deleted, SYNC_SYNCED, True, "",
                     record.model_dump_json()))  # fmt: skip
        if record.deleted:
            continue
        links += [(rowid, str(c), day) for c in dict.fromkeys(record.child_ids())]
        found = record.search_text()
        if found:
            words.append((rowid, found))
    _insert_many(session, "record", _BULK_RECORD_COLUMNS, rows)
    _insert_many(session, "record_child", ("record_rowid", "child_id", "day"), links)
    _insert_many(session, "record_fts", ("rowid", "text"), words)
    if written is not None:
        written.extend(fresh.values())
    return updated + len(fresh)
