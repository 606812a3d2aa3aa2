"""Bulk writes of pulled records (a pull page; the supervisor demo, benchmarks).

One executemany per table instead of four statements per record: a store filled
with a year of ten households takes seconds, not minutes. Same rows, links and
words as ``records.put_synced``.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any, NamedTuple

from sqlmodel import Session

from app.domain.records import Record
from app.storage.rows import driver, iso_day, write_row
from app.storage.tables import SYNC_SYNCED

# The page's records this store holds already, looked up along the unique index of
# ids in one statement (the ids as one JSON array).
_HELD = (
    "SELECT record.id, record.content, record.sync_state FROM json_each(?) AS page "
    "JOIN record ON record.id = page.value"
)
_ANY_WAITING = "SELECT 1 FROM outbox LIMIT 1"
_LAST_ROWID = "SELECT coalesce(max(rowid), 0) FROM record"
_INSERTS = (
    "INSERT INTO record (rowid, id, kind, household_id, day, version, modified_at, deleted, "
    f"content, sync_state, ever_synced, reject_reason) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, "
    f"'{SYNC_SYNCED}', 1, '')",
    "INSERT INTO record_child (record_rowid, child_id, day) VALUES (?, ?, ?)",
    "INSERT INTO record_fts (rowid, text) VALUES (?, ?)",
)
# A record's JSON as the domain model writes it begins with its id and household:
# read from there, they need not be written out from their UUIDs again.
_HEAD = ('{"id":"', '","household_id":"', '"')
_UUID = 36  # characters of a UUID as text
_ID_AT = len(_HEAD[0])
_HOUSEHOLD_AT = _ID_AT + _UUID + len(_HEAD[1])
_HEAD_END = _HOUSEHOLD_AT + _UUID


class Laid(NamedTuple):
    """A record as its rows hold it, worked out before a transaction needs it
    (``laid_out``: by the thread that fetched a pulled page, while the page
    before it is stored)."""

    content: str  # the domain model's JSON
    id: str
    household_id: str
    day: str | None
    children: list[str]  # linked children (none for a deleted record)
    words: str  # its search words (none for a deleted record)


def laid_out(record: Record) -> Laid:
    """``record`` as ``put_synced_many`` writes it."""
    content = record.model_dump_json()
    # The JSON begins with the id and household, as the domain model writes them.
    if (
        content.startswith(_HEAD[0])
        and content.startswith(_HEAD[1], _ID_AT + _UUID)
        and content.startswith(_HEAD[2], _HEAD_END)
    ):
        record_id, household_id = content[_ID_AT : _ID_AT + _UUID], content[_HOUSEHOLD_AT:_HEAD_END]
    else:
        record_id, household_id = str(record.id), str(record.household_id)
    day = iso_day(record.day())
    if record.deleted:
        return Laid(content, record_id, household_id, day, [], "")
    children = [str(c) for c in dict.fromkeys(record.child_ids())]
    return Laid(content, record_id, household_id, day, children, record.search_text())


def outbox_empty(session: Session) -> bool:
    """Whether no change of this device waits to be sent (then no pulled record
    can be one waiting: a page need not look its records up in the outbox)."""
    return driver(session).execute(_ANY_WAITING).fetchone() is None


def put_synced_many(
    session: Session,
    records: Sequence[Record],
    written: list[Record] | None = None,
    laid: Sequence[Laid] | None = None,
) -> int:
    """Store many records as they are on the server (no outbox entries), in the
    caller's transaction. A record held here already, synced and exactly the same
    (this device's own change coming back), is not written again; other stored ones
    go through ``put_synced``; new ones are inserted in bulk. Returns how many were
    written (and adds them to ``written`` when given). ``laid``: each record's
    ``laid_out``, when the caller has it already."""
    rows_of = list(laid) if laid is not None else [laid_out(r) for r in records]
    if len(rows_of) != len(records):
        raise ValueError("one laid out record per record")
    conn = driver(session)
    held: dict[str, str | None] = {  # stored id -> its content when synced, else None
        rid: body if state == SYNC_SYNCED else None
        for rid, body, state in conn.execute(_HELD, (json.dumps([r.id for r in rows_of]),))
    }
    fresh: dict[str, tuple[Record, Laid]] = {}
    updated = 0
    for record, row in zip(records, rows_of, strict=True):
        if row.id not in held:
            fresh[row.id] = (record, row)  # the last of a repeated id wins
            continue
        if held[row.id] != row.content:
            write_row(session, record, row.content, SYNC_SYNCED, synced=True)  # as put_synced
            held[row.id] = row.content
            updated += 1
            if written is not None:
                written.append(record)
    rowid = int(conn.execute(_LAST_ROWID).fetchone()[0])
    rows: list[tuple[Any, ...]] = []
    links: list[tuple[int, str, str | None]] = []
    words: list[tuple[int, str]] = []
    for record_id, (record, row) in fresh.items():
        rowid += 1
        rows.append((rowid, record_id, record.kind, row.household_id, row.day, record.version,
                     record.modified_at, 1 if record.deleted else 0, row.content))  # fmt: skip
        links += [(rowid, child, row.day) for child in row.children]
        if row.words:
            words.append((rowid, row.words))
    for sql, values in zip(_INSERTS, (rows, links, words), strict=True):
        if values:
            conn.executemany(sql, values)
    if written is not None:
        written.extend(record for record, _ in fresh.values())
    return updated + len(fresh)
