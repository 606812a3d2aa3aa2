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

from sqlalchemy import delete, text
from sqlmodel import Session, col, select

from app.domain.records import Record, parse_record
from app.storage.tables import (
    SYNC_PENDING,
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


def _to_stored(row: RecordRow) -> Stored:
    assert row.rowid is not None
    return Stored(
        record=parse_record(row.kind, row.content),
        rowid=row.rowid,
        sync_state=row.sync_state,
        ever_synced=row.ever_synced,
        reject_reason=row.reject_reason,
    )


def _iso(day: date | None) -> str | None:
    return day.isoformat() if day else None


def _write_row(session: Session, record: Record, sync_state: str) -> RecordRow:
    content = record.model_dump_json()
    row = session.exec(select(RecordRow).where(RecordRow.id == str(record.id))).first()
    day = _iso(record.day())
    if row is None:
        row = RecordRow(
            id=str(record.id),
            kind=record.kind,
            household_id=str(record.household_id),
            day=day,
            version=record.version,
            modified_at=record.modified_at,
            deleted=record.deleted,
            sync_state=sync_state,
            content=content,
        )
        session.add(row)
        session.flush()
    else:
        row.kind = record.kind
        row.household_id = str(record.household_id)
        row.day = day
        row.version = record.version
        row.modified_at = record.modified_at
        row.deleted = record.deleted
        row.sync_state = sync_state
        row.reject_reason = ""
        row.content = content
        session.add(row)
        session.flush()
        session.exec(delete(RecordChild).where(col(RecordChild.record_rowid) == row.rowid))
        session.execute(text("DELETE FROM record_fts WHERE rowid = :r"), {"r": row.rowid})
    assert row.rowid is not None
    if not record.deleted:
        for child_id in dict.fromkeys(record.child_ids()):
            session.add(RecordChild(record_rowid=row.rowid, child_id=str(child_id), day=day))
        words = record.search_text()
        if words:
            session.execute(
                text("INSERT INTO record_fts (rowid, text) VALUES (:r, :t)"),
                {"r": row.rowid, "t": words},
            )
    return row


def put_local(session: Session, record: Record, base_version: int) -> None:
    """Store a change made on this device, together with its outbox entry."""
    _write_row(session, record, SYNC_PENDING)
    session.add(
        OutboxEntry(
            op_id=str(uuid.uuid4()),
            record_kind=record.kind,
            record_id=str(record.id),
            base_version=base_version,
            content=record.model_dump_json(),
            created_at=datetime.now(UTC).isoformat(),
        )
    )


def put_synced(session: Session, record: Record) -> None:
    """Store a record as it is on the server (no outbox entry)."""
    row = _write_row(session, record, "synced")
    row.ever_synced = True
    session.add(row)


def get(session: Session, record_id: uuid.UUID | str) -> Stored | None:
    row = session.exec(select(RecordRow).where(RecordRow.id == str(record_id))).first()
    return _to_stored(row) if row else None


def list_kind(
    session: Session,
    kind: str,
    household_id: uuid.UUID | None = None,
    *,
    include_deleted: bool = False,
) -> list[Record]:
    query = select(RecordRow).where(RecordRow.kind == kind)
    if household_id is not None:
        query = query.where(RecordRow.household_id == str(household_id))
    if not include_deleted:
        query = query.where(col(RecordRow.deleted).is_(False))
    query = query.order_by(col(RecordRow.day).desc(), col(RecordRow.rowid).desc())
    return [parse_record(r.kind, r.content) for r in session.exec(query)]


def for_child(
    session: Session, child_id: uuid.UUID, kinds: Iterable[str], *, since: date | None = None
) -> list[Record]:
    """Every live record of the given kinds concerning a child, newest first."""
    query = (
        select(RecordRow)
        .join(RecordChild, col(RecordChild.record_rowid) == col(RecordRow.rowid))
        .where(RecordChild.child_id == str(child_id))
        .where(col(RecordRow.kind).in_(list(kinds)))
        .where(col(RecordRow.deleted).is_(False))
    )
    if since is not None:
        query = query.where(col(RecordChild.day) >= since.isoformat())
    query = query.order_by(col(RecordChild.day).desc(), col(RecordChild.record_rowid).desc())
    return [parse_record(r.kind, r.content) for r in session.exec(query)]


def for_child_all(session: Session, child_id: uuid.UUID, kind: str) -> list[Record]:
    """Every live record of one kind linked to a child, dated or not (relatives)."""
    query = (
        select(RecordRow)
        .join(RecordChild, col(RecordChild.record_rowid) == col(RecordRow.rowid))
        .where(RecordChild.child_id == str(child_id))
        .where(RecordRow.kind == kind)
        .where(col(RecordRow.deleted).is_(False))
    )
    return [parse_record(r.kind, r.content) for r in session.exec(query)]


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
    items = [_to_stored(RecordRow.model_validate(dict(r))) for r in rows[:limit]]
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
    return [_to_stored(RecordRow.model_validate(dict(r))) for r in rows]


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
