"""Reading and writing records in the local store.

``put_local`` is the only way a local change reaches the database: the record
row, its child links, its full-text words and its outbox entry are written in
the caller's transaction, so a change never exists without its outbox entry or
the other way round.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any, NamedTuple

from sqlalchemy import select as sa_select
from sqlalchemy import text
from sqlmodel import Session, col, select

from app.domain.records import Record, parse_record
from app.storage.tables import (
    SYNC_PENDING,
    SYNC_REJECTED,
    SYNC_SYNCED,
    OutboxEntry,
    RecordChild,
    RecordRow,
)


@dataclass(frozen=True)
class Stored:
    """A record as the store holds it: the record and its local sync state."""

    record: Record
    rowid: int
    sync_state: str
    ever_synced: bool
    reject_reason: str


def _to_stored(row: Any) -> Stored:
    """A Stored from a result row of the record table (a mapping or a RecordRow)."""
    return Stored(
        record=parse_record(row["kind"], row["content"]),
        rowid=row["rowid"],
        sync_state=row["sync_state"],
        ever_synced=bool(row["ever_synced"]),
        reject_reason=row["reject_reason"],
    )


def _iso(day: date | None) -> str | None:
    return day.isoformat() if day else None


# The hot paths use SQLAlchemy Core on the SQLModel tables: the ORM's unit of
# work costs more than the whole encrypted write underneath it.
_RECORD = RecordRow.__table__  # type: ignore[attr-defined]
_CHILD = RecordChild.__table__  # type: ignore[attr-defined]
_OUTBOX = OutboxEntry.__table__  # type: ignore[attr-defined]
_FTS_DELETE = text("DELETE FROM record_fts WHERE rowid = :r")
_FTS_INSERT = text("INSERT INTO record_fts (rowid, text) VALUES (:r, :t)")
_BULK_LOOKUP = 500  # ids per IN list (below SQLite's variable limit)


def _write_row(
    session: Session, record: Record, content: str, sync_state: str, *, synced: bool = False
) -> int:
    day = _iso(record.day())
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
    rowid = session.execute(
        sa_select(_RECORD.c.rowid).where(_RECORD.c.id == str(record.id))
    ).scalar()
    if rowid is None:
        result = session.execute(_RECORD.insert(), {"id": str(record.id), **values})
        rowid = result.inserted_primary_key[0]  # type: ignore[attr-defined]
    else:
        session.execute(_RECORD.update().where(_RECORD.c.rowid == rowid).values(**values))
        session.execute(_CHILD.delete().where(_CHILD.c.record_rowid == rowid))
        session.execute(_FTS_DELETE, {"r": rowid})
    if not record.deleted:
        links = [
            {"record_rowid": rowid, "child_id": str(child_id), "day": day}
            for child_id in dict.fromkeys(record.child_ids())
        ]
        if links:
            session.execute(_CHILD.insert(), links)
        words = record.search_text()
        if words:
            session.execute(_FTS_INSERT, {"r": rowid, "t": words})
    return int(rowid)


def put_local(session: Session, record: Record, base_version: int) -> None:
    """Store a change made on this device, together with its outbox entry."""
    content = record.model_dump_json()
    _write_row(session, record, content, SYNC_PENDING)
    _enqueue(session, record.kind, str(record.id), base_version, content)


def _enqueue(session: Session, kind: str, record_id: str, base_version: int, content: str) -> None:
    """One outbox entry: ``content`` (as stored) to be sent, based on ``base_version``."""
    session.execute(
        _OUTBOX.insert(),
        {
            "op_id": str(uuid.uuid4()),
            "record_kind": kind,
            "record_id": record_id,
            "base_version": base_version,
            "content": content,
            "created_at": datetime.now(UTC).isoformat(),
        },
    )


def put_synced(session: Session, record: Record) -> None:
    """Store a record as it is on the server (no outbox entry)."""
    _write_row(session, record, record.model_dump_json(), SYNC_SYNCED, synced=True)


def get(session: Session, record_id: uuid.UUID | str) -> Stored | None:
    row = (
        session.execute(sa_select(_RECORD).where(_RECORD.c.id == str(record_id))).mappings().first()
    )
    return _to_stored(row) if row else None


def _records(session: Session, query: Any) -> list[Record]:
    return [parse_record(kind, content) for kind, content in session.execute(query)]


def list_kind(
    session: Session,
    kind: str,
    household_id: uuid.UUID | None = None,
    *,
    include_deleted: bool = False,
) -> list[Record]:
    query = sa_select(_RECORD.c.kind, _RECORD.c.content).where(_RECORD.c.kind == kind)
    if household_id is not None:
        query = query.where(_RECORD.c.household_id == str(household_id))
    if not include_deleted:
        query = query.where(_RECORD.c.deleted.is_(False))
    return _records(session, query.order_by(_RECORD.c.day.desc(), _RECORD.c.rowid.desc()))


def _child_query(child_id: uuid.UUID) -> Any:
    return (
        sa_select(_RECORD.c.kind, _RECORD.c.content)
        .join(_CHILD, _CHILD.c.record_rowid == _RECORD.c.rowid)
        .where(_CHILD.c.child_id == str(child_id))
    )


def for_child(
    session: Session,
    child_id: uuid.UUID,
    kinds: Iterable[str],
    *,
    since: date | None = None,
    on: date | None = None,
) -> list[Record]:
    """Every live record of the given kinds concerning a child (since a day, or
    on one day), newest first. (Child links exist only for live records.)"""
    query = _child_query(child_id).where(_RECORD.c.kind.in_(list(kinds)))
    if since is not None:
        query = query.where(_CHILD.c.day >= since.isoformat())
    if on is not None:
        query = query.where(_CHILD.c.day == on.isoformat())
    return _records(session, query.order_by(_CHILD.c.day.desc(), _CHILD.c.record_rowid.desc()))


def for_child_all(session: Session, child_id: uuid.UUID, kind: str) -> list[Record]:
    """Every live record of one kind linked to a child, dated or not (relatives)."""
    return _records(session, _child_query(child_id).where(_RECORD.c.kind == kind))


@dataclass(frozen=True)
class TimelineCursor:
    """Where a timeline page ended: the next page starts strictly before it."""

    day: str
    rowid: int


@dataclass(frozen=True)
class TimelinePage:
    items: list[Stored]
    next_cursor: TimelineCursor | None


def timeline(
    session: Session,
    *,
    child_id: uuid.UUID | None = None,
    household_id: uuid.UUID | None = None,
    kinds: Sequence[str] | None = None,
    start: date | None = None,
    end: date | None = None,
    after: TimelineCursor | None = None,
    limit: int = 100,
) -> TimelinePage:
    """One page of a child's (or a household's) records in date order, newest
    first. Keyset paging on (day, rowid) keeps every page as cheap as the first."""
    if (child_id is None) == (household_id is None):
        raise ValueError("give a child or a household")
    params: dict[str, object] = {"limit": limit + 1}
    if child_id is not None:
        source = "record_child AS k JOIN record AS r ON r.rowid = k.record_rowid"
        where = ["k.child_id = :scope", "k.day IS NOT NULL"]
        day_col, rowid_col = "k.day", "k.record_rowid"
        params["scope"] = str(child_id)
    else:
        source = "record AS r"
        where = ["r.household_id = :scope", "r.day IS NOT NULL", "r.deleted = 0"]
        day_col, rowid_col = "r.day", "r.rowid"
        params["scope"] = str(household_id)
    if kinds is not None:
        names = [f":kind{i}" for i in range(len(kinds))]
        where.append(f"r.kind IN ({', '.join(names) or 'NULL'})")
        params.update({f"kind{i}": k for i, k in enumerate(kinds)})
    if start is not None:
        where.append(f"{day_col} >= :start")
        params["start"] = start.isoformat()
    if end is not None:
        where.append(f"{day_col} <= :end")
        params["end"] = end.isoformat()
    if after is not None:
        where.append(f"({day_col}, {rowid_col}) < (:after_day, :after_rowid)")
        params["after_day"] = after.day
        params["after_rowid"] = after.rowid
    sql = (
        f"SELECT r.* FROM {source} WHERE {' AND '.join(where)} "
        f"ORDER BY {day_col} DESC, {rowid_col} DESC LIMIT :limit"
    )
    rows = session.execute(text(sql), params).mappings().all()
    items = [_to_stored(r) for r in rows[:limit]]
    cursor = None
    if len(rows) > limit and items:
        last = items[-1]
        day = last.record.day()
        assert day is not None
        cursor = TimelineCursor(day.isoformat(), last.rowid)
    return TimelinePage(items, cursor)


def fts_query(words: str) -> str:
    """A person's search words as an FTS5 query: every word must occur (as a
    prefix), and nothing they type can be read as FTS5 syntax."""
    terms = [w.replace('"', '""') for w in words.split()]
    return " AND ".join(f'"{t}"*' for t in terms if t)


def search(
    session: Session,
    words: str,
    *,
    child_id: uuid.UUID | None = None,
    household_id: uuid.UUID | None = None,
    limit: int = 50,
) -> list[Stored]:
    """Records whose texts hold all the words, most recently written first.

    FTS5 hands matches out in rowid order, so stopping after ``limit`` costs the
    same whatever the size of the store."""
    query = fts_query(words)
    if not query:
        return []
    params: dict[str, object] = {"q": query, "limit": limit}
    where = ["record_fts MATCH :q", "r.deleted = 0"]
    if child_id is not None:
        where.append(
            "EXISTS (SELECT 1 FROM record_child AS k "
            "WHERE k.record_rowid = r.rowid AND k.child_id = :child)"
        )
        params["child"] = str(child_id)
    if household_id is not None:
        where.append("r.household_id = :household")
        params["household"] = str(household_id)
    sql = (
        "SELECT r.* FROM record_fts JOIN record AS r ON r.rowid = record_fts.rowid "
        f"WHERE {' AND '.join(where)} ORDER BY record_fts.rowid DESC LIMIT :limit"
    )
    rows = session.execute(text(sql), params).mappings().all()
    return [_to_stored(r) for r in rows]


def count_by_kind(session: Session, *, include_deleted: bool = False) -> dict[str, int]:
    sql = "SELECT kind, count(*) FROM record"
    if not include_deleted:
        sql += " WHERE deleted = 0"
    sql += " GROUP BY kind"
    return {k: n for k, n in session.execute(text(sql)).all()}


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
    "WITH w AS MATERIALIZED (SELECT seq, record_id FROM outbox ORDER BY seq LIMIT :window) "
    "SELECT o.op_id, o.record_kind, o.record_id, o.base_version, o.content "
    "FROM w JOIN outbox AS o ON o.seq = w.seq WHERE w.record_id IN "
    "(SELECT record_id FROM w GROUP BY record_id ORDER BY min(seq) LIMIT :records) "
    "ORDER BY w.seq"
)


def outbox_batch(session: Session, records: int, *, window: int) -> list[OutboxOp]:
    """The entries of the first ``records`` records waiting, oldest first, among
    the outbox's first ``window`` entries: exactly what one push sends, and no
    more (the same entries as grouping ``outbox(session, window)`` by record and
    keeping the first ``records``). One statement; only their rows are read whole."""
    rows = session.execute(_OUTBOX_BATCH, {"window": window, "records": records})
    return [OutboxOp(*row) for row in rows]


def outbox_for(session: Session, record_id: uuid.UUID) -> list[OutboxEntry]:
    return list(
        session.exec(
            select(OutboxEntry)
            .where(OutboxEntry.record_id == str(record_id))
            .order_by(col(OutboxEntry.seq))
        )
    )


def delete_outbox(session: Session, op_ids: Iterable[str]) -> int:
    """Remove these outbox entries (one statement per 500 ids); how many there were."""
    ids = list(op_ids)
    removed = 0
    for i in range(0, len(ids), _BULK_LOOKUP):
        chunk = ids[i : i + _BULK_LOOKUP]
        result = session.execute(_OUTBOX.delete().where(_OUTBOX.c.op_id.in_(chunk)))
        removed += int(result.rowcount or 0)  # type: ignore[attr-defined]
    return removed


def pending_count(session: Session) -> int:
    return int(session.execute(text("SELECT count(*) FROM outbox")).scalar() or 0)


def pending_among(session: Session, record_ids: Iterable[uuid.UUID | str]) -> set[str]:
    """Of these records, the ones with changes waiting in the outbox (one query a chunk)."""
    ids = [str(r) for r in record_ids]
    found: set[str] = set()
    for i in range(0, len(ids), _BULK_LOOKUP):
        chunk = ids[i : i + _BULK_LOOKUP]
        found.update(
            session.execute(
                sa_select(_OUTBOX.c.record_id).where(_OUTBOX.c.record_id.in_(chunk)).distinct()
            ).scalars()
        )
    return found


def mark_rejected(session: Session, record_id: uuid.UUID | str, reason: str) -> None:
    session.execute(
        _RECORD.update()
        .where(_RECORD.c.id == str(record_id))
        .values(sync_state=SYNC_REJECTED, reject_reason=reason[:2000])
    )


def mark_synced(session: Session, sent: Mapping[str, str]) -> set[str]:
    """Mark synced the records the server took exactly as sent (record id -> the
    content sent, as stored here), without writing them again: their row, child
    links and words already are what ``put_synced`` would write. Only a record
    whose stored content is still exactly that is marked; returns the ids marked."""
    ids = list(sent)
    marked: set[str] = set()
    for i in range(0, len(ids), _BULK_LOOKUP):
        rows = session.execute(
            sa_select(_RECORD.c.id, _RECORD.c.content).where(
                _RECORD.c.id.in_(ids[i : i + _BULK_LOOKUP])
            )
        )
        same = [record_id for record_id, content in rows if content == sent[record_id]]
        if same:
            session.execute(
                _RECORD.update()
                .where(_RECORD.c.id.in_(same))
                .values(sync_state=SYNC_SYNCED, ever_synced=True, reject_reason="")
            )
            marked.update(same)
    return marked


def count_live(session: Session, household_id: uuid.UUID) -> int:
    return int(
        session.execute(
            text("SELECT count(*) FROM record WHERE household_id = :h AND deleted = 0"),
            {"h": str(household_id)},
        ).scalar()
        or 0
    )


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
    return [_to_stored(r) for r in session.execute(text(sql)).mappings()]


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
    for i in range(0, len(ids), _BULK_LOOKUP):
        rows = session.execute(
            sa_select(_RECORD.c.id, _RECORD.c.kind, _RECORD.c.version, _RECORD.c.content).where(
                _RECORD.c.id.in_(ids[i : i + _BULK_LOOKUP]),
                _RECORD.c.sync_state == SYNC_REJECTED,
            )
        ).all()
        for record_id, kind, version, content in rows:
            _enqueue(session, kind, record_id, max(int(version) - 1, 0), content)
            queued.append(record_id)
        if rows:
            session.execute(
                _RECORD.update()
                .where(_RECORD.c.id.in_([r[0] for r in rows]))
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


def forget(session: Session, record_id: uuid.UUID | str) -> None:
    """Remove a record that never left this device (enrolment adopts the server's
    identity); never used for anything that was synced."""
    rowid = session.execute(
        sa_select(_RECORD.c.rowid).where(_RECORD.c.id == str(record_id))
    ).scalar()
    if rowid is None:
        return
    session.execute(_FTS_DELETE, {"r": rowid})
    session.execute(_CHILD.delete().where(_CHILD.c.record_rowid == rowid))
    session.execute(_RECORD.delete().where(_RECORD.c.rowid == rowid))


def count_open_conflicts(session: Session) -> int:
    return int(
        session.execute(
            text(
                "SELECT count(*) FROM record WHERE kind = 'conflict_revision' AND deleted = 0 "
                "AND json_extract(content, '$.resolved') = 0"
            )
        ).scalar()
        or 0
    )


def related(session: Session, record_id: uuid.UUID | str) -> list[Stored]:
    """The live amendments of an entry and the reviews and conflict revisions of any
    record, oldest first (indexed on the JSON links)."""
    rows = session.execute(
        text(
            "SELECT * FROM record WHERE deleted = 0 AND ("
            "json_extract(content, '$.amends_id') = :id OR "
            "json_extract(content, '$.target_id') = :id) ORDER BY rowid"
        ),
        {"id": str(record_id)},
    ).mappings()
    return [_to_stored(r) for r in rows]


# --- Bulk writes of pulled records (supervisor demo, benchmarks) ----------------------
# One executemany per table instead of four statements per record: a store filled
# with a year of ten households takes seconds, not minutes. Same rows, links and
# words as ``put_synced``.


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
    for i in range(0, len(ids), _BULK_LOOKUP):
        chunk = ids[i : i + _BULK_LOOKUP]
        stored = session.execute(
            sa_select(_RECORD.c.id, _RECORD.c.content, _RECORD.c.sync_state).where(
                _RECORD.c.id.in_(chunk)
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
            _write_row(session, record, content, SYNC_SYNCED, synced=True)  # as put_synced
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
        day = _iso(record.day())
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


# Supervisor mode: the review queue and the record views for the audit ----------------
# (indexes, migration 0003: ix_record_queue for a household's entries and its
# questions, ix_record_review for the reviews of a record)

QUEUE_INCIDENT, QUEUE_MISSED_CONTACT, QUEUE_REST = 0, 1, 2
_QUEUE_GROUP = (
    "CASE WHEN r.kind = 'daily_log' AND json_extract(r.content, '$.flag') THEN 0 "
    "WHEN r.kind = 'contact_note' AND json_extract(r.content, '$.status') "
    "IN ('cancelled', 'no_show') THEN 1 ELSE 2 END"
)
# Reviewed: a "reviewed" mark on the version now held (a review without a target
# version covers what was there when it was written), with no question or answer
# about the record after it. Both probes read ix_record_review alone; "+r.id" (no
# column affinity) is what lets SQLite compare it with the indexed expression.
_UNREVIEWED = (
    "NOT EXISTS (SELECT 1 FROM record AS v INDEXED BY ix_record_review WHERE v.kind = 'review' "
    "AND json_extract(v.content, '$.target_id') = +r.id "
    "AND json_extract(v.content, '$.mark') = 'reviewed' AND v.deleted = 0 "
    "AND coalesce(json_extract(v.content, '$.target_version') >= r.version, "
    "v.modified_at >= r.modified_at) "
    "AND NOT EXISTS (SELECT 1 FROM record AS q INDEXED BY ix_record_review "
    "WHERE q.kind = 'review' "
    "AND json_extract(q.content, '$.target_id') = +r.id "
    "AND json_extract(q.content, '$.mark') <> 'reviewed' AND q.deleted = 0 "
    "AND q.modified_at > v.modified_at))"
)
_SEVERITY_RANK = (
    "CASE json_extract(r.content, '$.severity') WHEN 'high' THEN 0 WHEN 'medium' THEN 1 "
    "WHEN 'low' THEN 2 ELSE 3 END"
)


def _in(prefix: str, values: Sequence[str], params: dict[str, object]) -> str:
    names = [f":{prefix}{i}" for i in range(len(values))]
    params.update({f"{prefix}{i}": v for i, v in enumerate(values)})
    return f"({', '.join(names) or 'NULL'})"


@dataclass(frozen=True)
class QueueRow:
    """An unreviewed record as the queue lists it: no full parse of its content."""

    rowid: int
    id: str
    kind: str
    household_id: str
    day: str | None
    version: int
    group: int
    severity: str | None
    status: str | None
    contact_kind: str | None
    item_id: str | None
    amends_id: str | None
    author_id: str | None
    child_ids: list[str]
    summary: str


def queue_counts(
    session: Session, household_ids: Sequence[uuid.UUID], kinds: Sequence[str]
) -> dict[tuple[str, int], int]:
    """(household, queue group) -> how many live records of ``kinds`` are unreviewed.

    Read from ix_record_queue alone. (Grouping by the computed group directly
    would make SQLite read every record's pages: hence the materialised step.)"""
    params: dict[str, object] = {}
    households = _in("h", [str(h) for h in household_ids], params)
    sql = (
        f"WITH q AS MATERIALIZED (SELECT r.household_id AS h, {_QUEUE_GROUP} AS grp "
        f"FROM record AS r WHERE r.household_id IN {households} "
        f"AND r.kind IN {_in('k', list(kinds), params)} AND r.deleted = 0 AND {_UNREVIEWED}) "
        "SELECT h, grp, count(*) FROM q GROUP BY h, grp"
    )
    return {(h, int(g)): int(n) for h, g, n in session.execute(text(sql), params)}


def _json_field(name: str) -> str:
    if not name.isidentifier():
        raise ValueError(f"not a field name: {name}")
    return f"json_extract(r.content, '$.{name}')"


def queue_rows(
    session: Session,
    household_id: uuid.UUID,
    kinds: Sequence[str],
    summary_fields: Sequence[str],
    summary_length: int = 200,
) -> list[QueueRow]:
    """The unreviewed live records of a household, in queue order: incidents (most
    severe first), then contacts that did not happen, then the rest; each group
    oldest first. One statement; the few fields a queue line needs are read by
    SQLite's JSON functions (measured: cheaper than parsing each record here)."""
    params: dict[str, object] = {"h": str(household_id), "n": summary_length}
    summary = ", ".join(f"nullif({_json_field(f)}, '')" for f in summary_fields) or "NULL"
    sql = (
        f"SELECT r.rowid, r.id, r.kind, r.household_id, r.day, r.version, {_QUEUE_GROUP} AS grp, "
        "json_extract(r.content, '$.severity'), json_extract(r.content, '$.status'), "
        "json_extract(r.content, '$.contact_kind'), json_extract(r.content, '$.item_id'), "
        "json_extract(r.content, '$.amends_id'), json_extract(r.content, '$.author_id'), "
        "(SELECT group_concat(k.child_id) FROM record_child AS k WHERE k.record_rowid = r.rowid), "
        f"substr(coalesce({summary}, ''), 1, :n) "
        f"FROM record AS r WHERE r.household_id = :h AND r.kind IN {_in('k', list(kinds), params)} "
        f"AND r.deleted = 0 AND {_UNREVIEWED} "
        f"ORDER BY grp, {_SEVERITY_RANK}, r.day, r.rowid"
    )
    return [_queue_row(row) for row in session.execute(text(sql), params)]


def _queue_row(row: Any) -> QueueRow:
    (rowid, record_id, kind, household_id, day, version, group, severity, status,
     contact_kind, item_id, amends_id, author_id, children, summary) = row  # fmt: skip
    return QueueRow(
        rowid=rowid,
        id=record_id,
        kind=kind,
        household_id=household_id,
        day=day,
        version=version,
        group=int(group),
        severity=severity,
        status=status,
        contact_kind=contact_kind,
        item_id=item_id,
        amends_id=amends_id,
        author_id=author_id,
        child_ids=children.split(",") if children else [],
        summary=summary or "",
    )


def review_talk(session: Session, household_ids: Sequence[uuid.UUID]) -> list[Record]:
    """Every live question, follow-up and answer of the households (not the far more
    numerous "reviewed" marks), oldest first."""
    params: dict[str, object] = {}
    sql = (
        # Named: without statistics SQLite would take ix_record_kind_day and read
        # every "reviewed" mark of the households to find these few.
        "SELECT r.kind, r.content FROM record AS r INDEXED BY ix_record_queue "
        "WHERE r.kind = 'review' "
        f"AND r.household_id IN {_in('h', [str(h) for h in household_ids], params)} "
        "AND r.deleted = 0 AND json_extract(r.content, '$.mark') IN ('question', 'follow_up', "
        "'answer') "
        "ORDER BY r.modified_at, r.rowid"
    )
    return [parse_record(kind, content) for kind, content in session.execute(text(sql), params)]


def add_view(
    session: Session, view_id: uuid.UUID, record_id: uuid.UUID, household_id: uuid.UUID,
    viewed_at: datetime,
) -> None:  # fmt: skip
    session.execute(
        text(
            "INSERT INTO record_view (view_id, record_id, household_id, viewed_at) "
            "VALUES (:v, :r, :h, :t)"
        ),
        {"v": str(view_id), "r": str(record_id), "h": str(household_id),
         "t": viewed_at.astimezone(UTC).isoformat()},
    )  # fmt: skip


def last_view(session: Session, record_id: uuid.UUID) -> datetime | None:
    """When the record was last opened here, among the views not yet reported."""
    value = session.execute(
        text("SELECT max(viewed_at) FROM record_view WHERE record_id = :r"),
        {"r": str(record_id)},
    ).scalar()
    return datetime.fromisoformat(value) if value else None


@dataclass(frozen=True)
class PendingView:
    view_id: str
    record_id: str
    household_id: str
    viewed_at: datetime


def pending_views(session: Session, limit: int | None = None) -> list[PendingView]:
    sql = "SELECT view_id, record_id, household_id, viewed_at FROM record_view ORDER BY seq"
    params: dict[str, object] = {}
    if limit is not None:
        sql += " LIMIT :limit"
        params["limit"] = limit
    return [
        PendingView(v, r, h, datetime.fromisoformat(t))
        for v, r, h, t in session.execute(text(sql), params)
    ]


def delete_views(session: Session, view_ids: Iterable[str]) -> int:
    params: dict[str, object] = {}
    ids = list(view_ids)
    if not ids:
        return 0
    result = session.execute(
        text(f"DELETE FROM record_view WHERE view_id IN {_in('v', ids, params)}"), params
    )
    return int(result.rowcount or 0)  # type: ignore[attr-defined]


def latest_reviewed(session: Session, target_ids: Sequence[str]) -> dict[str, str]:
    """Target id -> the stamp (modified_at) of its latest live "reviewed" mark."""
    found: dict[str, str] = {}
    ids = list(dict.fromkeys(target_ids))
    for start in range(0, len(ids), 500):
        chunk, params = ids[start : start + 500], dict[str, object]()
        sql = (
            "SELECT json_extract(v.content, '$.target_id') AS t, max(v.modified_at) "
            "FROM record AS v WHERE v.kind = 'review' "
            f"AND json_extract(v.content, '$.target_id') IN {_in('t', chunk, params)} "
            "AND json_extract(v.content, '$.mark') = 'reviewed' AND v.deleted = 0 GROUP BY t"
        )
        found.update({t: stamp for t, stamp in session.execute(text(sql), params)})
    return found


def unreviewed_ids(session: Session, record_ids: Sequence[str]) -> set[str]:
    """Of these records (present here), the ones not reviewed as they are now."""
    found: set[str] = set()
    ids = list(dict.fromkeys(record_ids))
    for start in range(0, len(ids), 500):
        chunk, params = ids[start : start + 500], dict[str, object]()
        sql = (
            f"SELECT r.id FROM record AS r WHERE r.id IN {_in('i', chunk, params)} "
            f"AND {_UNREVIEWED}"
        )
        found.update(row[0] for row in session.execute(text(sql), params))
    return found


def get_many(session: Session, record_ids: Sequence[uuid.UUID | str]) -> dict[str, Stored]:
    """The records of these ids that exist here, by id (one statement per 500 ids)."""
    ids = list(dict.fromkeys(str(r) for r in record_ids))
    found: dict[str, Stored] = {}
    for start in range(0, len(ids), 500):
        rows = session.execute(
            sa_select(_RECORD).where(_RECORD.c.id.in_(ids[start : start + 500]))
        ).mappings()
        found.update({row["id"]: _to_stored(row) for row in rows})
    return found
