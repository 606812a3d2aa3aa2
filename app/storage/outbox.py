"""Changes on their way to the central office, and how they come back.

Every local change waits in the outbox until the server acknowledged it; its
record is then marked synced, or refused with the server's reason (kept here and
shown, until it is sent again).
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterable, Mapping
from typing import NamedTuple

from sqlalchemy import select as sa_select
from sqlalchemy import text
from sqlmodel import Session, col, select

from app.domain.records import Record, parse_record
from app.storage.records import Stored, to_stored
from app.storage.rows import BULK_LOOKUP, RECORD, enqueue
from app.storage.tables import SYNC_PENDING, SYNC_REJECTED, SYNC_SYNCED, OutboxEntry


def outbox(session: Session, limit: int | None = None) -> list[OutboxEntry]:
    query = select(OutboxEntry).order_by(col(OutboxEntry.seq))
    if limit is not None:
        query = query.limit(limit)
    return list(session.exec(query))


class OutboxOp(NamedTuple):
    """An outbox entry as a push reads it: plain values, no ORM object."""

    op_id: str
    record_kind: str
    record_id: str
    base_version: int
    content: str


_OUTBOX_BATCH = text(
    "WITH w AS MATERIALIZED (SELECT seq, record_id FROM outbox "
    "WHERE record_id NOT IN (SELECT value FROM json_each(:skip)) ORDER BY seq LIMIT :window) "
    "SELECT o.op_id, o.record_kind, o.record_id, o.base_version, o.content "
    "FROM w JOIN outbox AS o ON o.seq = w.seq WHERE w.record_id IN "
    "(SELECT record_id FROM w GROUP BY record_id ORDER BY min(seq) LIMIT :records) "
    "ORDER BY w.seq"
)
_OUTBOX_AFTER = text(
    "SELECT seq, op_id, record_kind, record_id, base_version, content FROM outbox "
    "WHERE seq > :after AND record_id NOT IN (SELECT value FROM json_each(:skip)) "
    "ORDER BY seq LIMIT :limit"
)
# Through the record's index (the entries' rows are not read): the range of seq
# would otherwise walk every later row.
_LATER_OF = text(
    "SELECT 1 FROM outbox INDEXED BY ix_outbox_record_id "
    "WHERE record_id IN (SELECT value FROM json_each(:ids)) AND seq > :after LIMIT 1"
)


def outbox_batch(
    session: Session, records: int, *, window: int, skip: Iterable[str] = ()
) -> list[OutboxOp]:
    """The entries of the first ``records`` records waiting, oldest first, among
    the outbox's first ``window`` entries: exactly what one push sends, and no
    more (the same entries as grouping ``outbox(session, window)`` by record and
    keeping the first ``records``). The records ``skip`` (on their way to the
    office) are left out, as if their entries were gone.

    The outbox is read from its oldest entry only as far as those records go
    (each usually has one entry: a batch reads about ``records`` rows, not the
    whole window); only when one of them has an entry further on is the window
    looked at whole, in one statement."""
    skipped = json.dumps(sorted({str(s) for s in skip}))
    taken: list[OutboxOp] = []
    chosen: set[str] = set()
    after = 0
    while len(taken) < window:
        # Enough rows for the records still to choose, and one more to see what follows.
        limit = min((records - len(chosen) or records) + 1, window - len(taken))
        params = {"after": after, "skip": skipped, "limit": limit}
        rows = session.execute(_OUTBOX_AFTER, params).all()
        for seq, op_id, kind, record_id, base_version, content in rows:
            if record_id not in chosen:
                if len(chosen) >= records:
                    # A record beyond the batch: do the chosen ones have entries further on?
                    later = session.execute(_LATER_OF, {"after": seq, **_ids(chosen)}).first()
                    if later is None:
                        return taken
                    return _window_batch(session, records, window, skipped)
                chosen.add(record_id)
            taken.append(OutboxOp(op_id, kind, record_id, base_version, content))
            after = seq
        if len(rows) < limit:
            break  # the outbox's end
    return taken


def _window_batch(session: Session, records: int, window: int, skipped: str) -> list[OutboxOp]:
    """``outbox_batch`` by the whole window, in one statement; only their rows are read whole."""
    params = {"window": window, "records": records, "skip": skipped}
    return [OutboxOp(*row) for row in session.execute(_OUTBOX_BATCH, params)]


def outbox_for(session: Session, record_id: uuid.UUID) -> list[OutboxEntry]:
    return list(
        session.exec(
            select(OutboxEntry)
            .where(OutboxEntry.record_id == str(record_id))
            .order_by(col(OutboxEntry.seq))
        )
    )


_DELETE_OUTBOX = text("DELETE FROM outbox WHERE op_id IN (SELECT value FROM json_each(:ids))")
_PENDING_AMONG = text(
    "SELECT DISTINCT record_id FROM outbox WHERE record_id IN (SELECT value FROM json_each(:ids))"
    " AND op_id NOT IN (SELECT value FROM json_each(:besides))"
)
# Marked synced where the row still holds exactly the content of the entry sent:
# one statement for the batch, the comparison in the database (no content leaves it
# or is passed in; the entries are still there).
_MARK_SYNCED = text(
    f"UPDATE record SET sync_state = '{SYNC_SYNCED}', ever_synced = 1, reject_reason = '' "
    "FROM (SELECT value ->> 0 AS id, value ->> 1 AS op_id FROM json_each(:sent)) AS sent "
    "JOIN outbox ON outbox.op_id = sent.op_id "
    "WHERE record.id = sent.id AND record.content = outbox.content RETURNING record.id"
)


def _ids(values: Iterable[object]) -> dict[str, str]:
    """Ids as one parameter (a JSON array, read back with ``json_each``): one statement
    for any number of them, compiled once, through the unique indexes."""
    return {"ids": json.dumps([str(v) for v in values])}


def delete_outbox(session: Session, op_ids: Iterable[str]) -> int:
    """Remove these outbox entries (one statement); how many there were."""
    result = session.execute(_DELETE_OUTBOX, _ids(op_ids))
    return int(result.rowcount or 0)  # type: ignore[attr-defined]


def last_seq(session: Session) -> int:
    """The number of the newest entry (0: none): one written while it is there comes after it."""
    return int(session.execute(text("SELECT max(seq) FROM outbox")).scalar() or 0)


def pending_count(session: Session) -> int:
    return int(session.execute(text("SELECT count(*) FROM outbox")).scalar() or 0)


def pending_among(
    session: Session, record_ids: Iterable[uuid.UUID | str], besides: Iterable[str] = ()
) -> set[str]:
    """Of these records, the ones with changes waiting in the outbox (one query),
    the entries ``besides`` (op ids) not counted."""
    params = {**_ids(record_ids), "besides": json.dumps(list(besides))}
    return set(session.execute(_PENDING_AMONG, params).scalars())


def mark_rejected(session: Session, record_id: uuid.UUID | str, reason: str) -> None:
    session.execute(
        RECORD.update()
        .where(RECORD.c.id == str(record_id))
        .values(sync_state=SYNC_REJECTED, reject_reason=reason[:2000])
    )


def mark_synced(session: Session, sent: Mapping[str, str]) -> set[str]:
    """Mark synced the records the server took exactly as sent (record id -> the
    outbox entry whose content was sent, still in the outbox), without writing them
    again: their row, child links and words already are what ``put_synced`` would
    write. Only a record whose stored content is still exactly that entry's is
    marked; returns the ids marked."""
    if not sent:
        return set()
    pairs = json.dumps([[i, op_id] for i, op_id in sent.items()])
    return set(session.execute(_MARK_SYNCED, {"sent": pairs}).scalars())


def count_rejected(session: Session) -> int:
    """Changes the server refused (kept here, shown with its reason)."""
    # A literal, not a bound parameter: only then can SQLite use the partial index.
    sql = f"SELECT count(*) FROM record WHERE sync_state = '{SYNC_REJECTED}'"
    return int(session.execute(text(sql)).scalar() or 0)


def list_rejected(session: Session) -> list[Stored]:
    """The records whose last change the server refused, with its reason; the most
    recently changed first. (Few rows, found through the partial index.)"""
    sql = (
        f"SELECT * FROM record WHERE sync_state = '{SYNC_REJECTED}' "
        "ORDER BY modified_at DESC, rowid DESC"
    )
    return [to_stored(r) for r in session.execute(text(sql)).mappings()]


def requeue_rejected(session: Session, record_ids: Iterable[uuid.UUID | str]) -> list[str]:
    """Put refused records back in the outbox as they are stored, content untouched,
    so that the next push sends them again; they are pending once more. A record
    not (or no longer) refused is left alone. Returns the ids queued again.

    The refused entries left the outbox when the server answered, and with them the
    version the change was based on; a local change is stored as its base version
    + 1, so that is what is sent as the base: the server merges the change with
    whatever came in since, as it does any change."""
    ids = list(dict.fromkeys(str(r) for r in record_ids))
    queued: list[str] = []
    for i in range(0, len(ids), BULK_LOOKUP):
        rows = session.execute(
            sa_select(RECORD.c.id, RECORD.c.kind, RECORD.c.version, RECORD.c.content).where(
                RECORD.c.id.in_(ids[i : i + BULK_LOOKUP]),
                RECORD.c.sync_state == SYNC_REJECTED,
            )
        ).all()
        for record_id, kind, version, content in rows:
            enqueue(session, kind, record_id, max(int(version) - 1, 0), content)
            queued.append(record_id)
        if rows:
            session.execute(
                RECORD.update()
                .where(RECORD.c.id.in_([r[0] for r in rows]))
                .values(sync_state=SYNC_PENDING, reject_reason="")
            )
    return queued


def synced_records(session: Session, household_id: uuid.UUID) -> list[Record]:
    """Every record of a household with no change waiting (tombstones included)."""
    rows = session.execute(
        text(
            "SELECT kind, content FROM record WHERE household_id = :h AND NOT EXISTS "
            "(SELECT 1 FROM outbox WHERE outbox.record_id = record.id)"
        ),
        {"h": str(household_id)},
    )
    return [parse_record(kind, content) for kind, content in rows]
