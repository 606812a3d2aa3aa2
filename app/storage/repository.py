"""Reading and writing records in the local store.

``put_local`` is the only way a local change reaches the database: the record
row, its child links, its full-text words and its outbox entry are written in
the caller's transaction, so a change never exists without its outbox entry or
the other way round.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any

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
    session.execute(
        _OUTBOX.insert(),
        {
            "op_id": str(uuid.uuid4()),
            "record_kind": record.kind,
            "record_id": str(record.id),
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


def outbox_for(session: Session, record_id: uuid.UUID) -> list[OutboxEntry]:
    return list(
        session.exec(
            select(OutboxEntry)
            .where(OutboxEntry.record_id == str(record_id))
            .order_by(col(OutboxEntry.seq))
        )
    )


def delete_outbox(session: Session, op_ids: Iterable[str]) -> int:
    ids = list(op_ids)
    if not ids:
        return 0
    result = session.execute(_OUTBOX.delete().where(_OUTBOX.c.op_id.in_(ids)))
    return int(result.rowcount or 0)  # type: ignore[attr-defined]


def pending_count(session: Session) -> int:
    return int(session.execute(text("SELECT count(*) FROM outbox")).scalar() or 0)


def has_pending(session: Session, record_id: uuid.UUID | str) -> bool:
    found = session.execute(
        sa_select(_OUTBOX.c.seq).where(_OUTBOX.c.record_id == str(record_id)).limit(1)
    ).first()
    return found is not None


def mark_rejected(session: Session, record_id: uuid.UUID | str, reason: str) -> None:
    session.execute(
        _RECORD.update()
        .where(_RECORD.c.id == str(record_id))
        .values(sync_state=SYNC_REJECTED, reject_reason=reason[:2000])
    )


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
