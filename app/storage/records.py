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
from datetime import date
from typing import Any

from sqlalchemy import select as sa_select
from sqlalchemy import text
from sqlmodel import Session

from app.domain.records import Person, Record, parse_record
from app.storage.rows import (
    CHILD,
    RECORD,
    Unit,
    driver,
    drop_words,
    enqueue,
    write_row,
)
from app.storage.tables import SYNC_PENDING, SYNC_SYNCED


@dataclass(frozen=True)
class Stored:
    """A record as the store holds it: the record and its local sync state."""

    record: Record
    rowid: int
    sync_state: str
    ever_synced: bool
    reject_reason: str


def to_stored(row: Any) -> Stored:
    """A Stored from a result row of the record table (a mapping or a RecordRow)."""
    return Stored(
        record=parse_record(row["kind"], row["content"]),
        rowid=row["rowid"],
        sync_state=row["sync_state"],
        ever_synced=bool(row["ever_synced"]),
        reject_reason=row["reject_reason"],
    )


def put_local(
    session: Unit,
    record: Record,
    base_version: int,
    *,
    new: bool = False,
    before: Stored | None = None,
) -> None:
    """Store a change made on this device, together with its outbox entry (``new``:
    the caller knows the record is not stored yet; ``before``: the stored record
    this change replaces, read in this transaction, so that only the links and
    words that changed are written again)."""
    content = record.model_dump_json()
    if before is None:
        write_row(session, record, content, SYNC_PENDING, new=new)
    else:
        write_row(session, record, content, SYNC_PENDING, rowid=before.rowid, before=before.record)
    enqueue(session, record.kind, str(record.id), base_version, content)


def put_synced(session: Session, record: Record) -> None:
    """Store a record as it is on the server (no outbox entry)."""
    write_row(session, record, record.model_dump_json(), SYNC_SYNCED, synced=True)


_STORED = "SELECT r.kind, r.content, r.rowid, r.sync_state, r.ever_synced, r.reject_reason "


def _stored(row: Sequence[Any]) -> Stored:
    kind, content, rowid, sync_state, ever_synced, reject_reason = row
    return Stored(parse_record(kind, content), rowid, sync_state, bool(ever_synced), reject_reason)


def exists(session: Unit, record_id: uuid.UUID | str) -> bool:
    """Whether a record of this id is stored (deleted or not)."""
    found = driver(session).execute("SELECT 1 FROM record WHERE id = ?", (str(record_id),))
    return found.fetchone() is not None


def get(session: Unit, record_id: uuid.UUID | str) -> Stored | None:
    found = driver(session).execute(_STORED + "FROM record AS r WHERE r.id = ?", (str(record_id),))
    row = found.fetchone()
    return _stored(row) if row else None


def stored_on(session: Unit, child_id: uuid.UUID, kind: str, day: date) -> list[Stored]:
    """The live records of one kind linked to a child on one day, newest first (the
    same as ``for_child(..., on=day)``, with their sync state)."""
    rows = driver(session).execute(
        _STORED + "FROM record_child AS c JOIN record AS r ON r.rowid = c.record_rowid "
        "WHERE c.child_id = ? AND c.day = ? AND r.kind = ? ORDER BY c.record_rowid DESC",
        (str(child_id), day.isoformat(), kind),
    )
    return [_stored(row) for row in rows]


def _records(session: Session, query: Any) -> list[Record]:
    return [parse_record(kind, content) for kind, content in session.execute(query)]


def list_kind(
    session: Session,
    kind: str,
    household_id: uuid.UUID | None = None,
    *,
    include_deleted: bool = False,
) -> list[Record]:
    query = sa_select(RECORD.c.kind, RECORD.c.content).where(RECORD.c.kind == kind)
    if household_id is not None:
        query = query.where(RECORD.c.household_id == str(household_id))
    if not include_deleted:
        query = query.where(RECORD.c.deleted.is_(False))
    return _records(session, query.order_by(RECORD.c.day.desc(), RECORD.c.rowid.desc()))


def people_names(session: Session) -> dict[uuid.UUID, str]:
    """Every person this store knows (left ones too), by id: who wrote what."""
    return {
        p.id: p.display_name
        for p in list_kind(session, Person.kind, include_deleted=True)
        if isinstance(p, Person)
    }


def _child_query(child_id: uuid.UUID) -> Any:
    return (
        sa_select(RECORD.c.kind, RECORD.c.content)
        .join(CHILD, CHILD.c.record_rowid == RECORD.c.rowid)
        .where(CHILD.c.child_id == str(child_id))
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
    query = _child_query(child_id).where(RECORD.c.kind.in_(list(kinds)))
    if since is not None:
        query = query.where(CHILD.c.day >= since.isoformat())
    if on is not None:
        query = query.where(CHILD.c.day == on.isoformat())
    return _records(session, query.order_by(CHILD.c.day.desc(), CHILD.c.record_rowid.desc()))


def for_child_all(session: Session, child_id: uuid.UUID, kind: str) -> list[Record]:
    """Every live record of one kind linked to a child, dated or not (relatives)."""
    return _records(session, _child_query(child_id).where(RECORD.c.kind == kind))


def get_many(session: Session, record_ids: Sequence[uuid.UUID | str]) -> dict[str, Stored]:
    """The records of these ids that exist here, by id (one statement per 500 ids)."""
    ids = list(dict.fromkeys(str(r) for r in record_ids))
    found: dict[str, Stored] = {}
    for start in range(0, len(ids), 500):
        rows = session.execute(
            sa_select(RECORD).where(RECORD.c.id.in_(ids[start : start + 500]))
        ).mappings()
        found.update({row["id"]: to_stored(row) for row in rows})
    return found


def count_by_kind(session: Session, *, include_deleted: bool = False) -> dict[str, int]:
    sql = "SELECT kind, count(*) FROM record"
    if not include_deleted:
        sql += " WHERE deleted = 0"
    sql += " GROUP BY kind"
    return {k: n for k, n in session.execute(text(sql)).all()}


def count_live(session: Session, household_id: uuid.UUID) -> int:
    return int(
        session.execute(
            text("SELECT count(*) FROM record WHERE household_id = :h AND deleted = 0"),
            {"h": str(household_id)},
        ).scalar()
        or 0
    )


def forget(session: Session, record_id: uuid.UUID | str) -> None:
    """Remove a record that never left this device (enrolment adopts the server's
    identity); never used for anything that was synced."""
    rowid = session.execute(sa_select(RECORD.c.rowid).where(RECORD.c.id == str(record_id))).scalar()
    if rowid is None:
        return
    drop_words(session, int(rowid))
    session.execute(CHILD.delete().where(CHILD.c.record_rowid == rowid))
    session.execute(RECORD.delete().where(RECORD.c.rowid == rowid))


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
    return [to_stored(r) for r in rows]
