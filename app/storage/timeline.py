"""A child's or a household's records in date order, a page at a time, and the
full-text search over them."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import text
from sqlmodel import Session

from app.domain.records import parse_record
from app.storage.records import Stored, to_stored
from app.storage.rows import driver


@dataclass(frozen=True)
class TimelineCursor:
    """Where a timeline page ended: the next page starts strictly before it."""

    day: str
    rowid: int


@dataclass(frozen=True)
class TimelinePage:
    items: list[Stored]
    next_cursor: TimelineCursor | None


# A record as stored, not yet parsed: rowid, kind, content (JSON), sync state,
# ever synced, reject reason, and the day it is ordered by. Reading these holds
# Python's interpreter lock only briefly (SQLite reads and decrypts without it);
# parsing them does not, so a reader off the UI thread can leave that to the UI
# thread, a few rows at a time between frames (see ``stored``).
StoredRow = tuple[int, str, str, str, bool, str, str]


@dataclass(frozen=True)
class TimelineRows:
    """A page of a timeline as stored rows (``stored`` makes each a Stored)."""

    rows: list[StoredRow]
    next_cursor: TimelineCursor | None


def stored(row: StoredRow) -> Stored:
    rowid, kind, content, sync_state, ever_synced, reject_reason, _day = row
    return Stored(parse_record(kind, content), rowid, sync_state, bool(ever_synced), reject_reason)


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
    author_id: uuid.UUID | None = None,
) -> TimelinePage:
    """One page of a child's (or a household's) records in date order, newest
    first (with ``author_id``, only those that person wrote). Keyset paging on
    (day, rowid) keeps every page as cheap as the first."""
    page = timeline_rows(
        session,
        child_id=child_id,
        household_id=household_id,
        kinds=kinds,
        start=start,
        end=end,
        after=after,
        limit=limit,
        author_id=author_id,
    )
    return TimelinePage([stored(r) for r in page.rows], page.next_cursor)


def timeline_rows(
    session: Session,
    *,
    child_id: uuid.UUID | None = None,
    household_id: uuid.UUID | None = None,
    kinds: Sequence[str] | None = None,
    start: date | None = None,
    end: date | None = None,
    after: TimelineCursor | None = None,
    limit: int = 100,
    author_id: uuid.UUID | None = None,
) -> TimelineRows:
    """The page ``timeline`` reads, as stored rows, not yet parsed."""
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
    if start is not None:
        where.append(f"{day_col} >= :start")
        params["start"] = start.isoformat()
    if end is not None:
        where.append(f"{day_col} <= :end")
        params["end"] = end.isoformat()
    if author_id is not None:
        where.append("json_extract(r.content, '$.author_id') = :author")
        params["author"] = str(author_id)
    if after is not None:
        where.append(f"({day_col}, {rowid_col}) < (:after_day, :after_rowid)")
        params["after_day"] = after.day
        params["after_rowid"] = after.rowid
    if kinds is not None:
        params.update({f"kind{i}": k for i, k in enumerate(kinds)})
    order = f"ORDER BY {day_col} DESC, {rowid_col} DESC LIMIT :limit"
    if household_id is not None and kinds:
        # One page per kind along (kind, household_id, day, rowid), merged. Left to
        # itself SQLite takes the review queue's index for an IN of kinds (and sorts
        # the whole household before the first row), or, past a cursor, the
        # household's day index (and walks all of a rare kind's history to fill a
        # page): each page is as cheap as the first only along this index.
        pages = " UNION ALL ".join(
            f"SELECT * FROM (SELECT r.rowid AS rid, r.day AS day "
            f"FROM record AS r INDEXED BY ix_record_kind_day "
            f"WHERE r.kind = :kind{i} AND {' AND '.join(where)} {order})"
            for i in range(len(kinds))
        )
        sql = (
            f"SELECT {_STORED_COLUMNS}, p.day FROM "
            f"({pages} ORDER BY day DESC, rid DESC LIMIT :limit) AS p "
            "JOIN record AS r ON r.rowid = p.rid ORDER BY p.day DESC, p.rid DESC"
        )
    else:
        if kinds is not None:
            names = [f":kind{i}" for i in range(len(kinds))]
            where.append(f"r.kind IN ({', '.join(names) or 'NULL'})")
        sql = (
            f"SELECT {_STORED_COLUMNS}, {day_col} FROM {source} WHERE {' AND '.join(where)} {order}"
        )
    rows: list[StoredRow] = [tuple(r) for r in session.execute(text(sql), params)]
    cursor = None
    if len(rows) > limit and limit > 0:
        last = rows[limit - 1]
        cursor = TimelineCursor(last[-1], last[0])
    return TimelineRows(rows[:limit], cursor)


_STORED_COLUMNS = "r.rowid, r.kind, r.content, r.sync_state, r.ever_synced, r.reject_reason"


def authors(
    session: Session,
    household_id: uuid.UUID,
    *,
    after_rowid: int = 0,
    upto_rowid: int | None = None,
) -> list[uuid.UUID]:
    """Everyone who wrote an entry in the household (among the records stored
    after ``after_rowid`` and up to ``upto_rowid``, when given)."""
    where = "household_id = :h AND deleted = 0 AND rowid > :after"
    params: dict[str, object] = {"h": str(household_id), "after": after_rowid}
    if upto_rowid is not None:
        where += " AND rowid <= :upto"
        params["upto"] = upto_rowid
    rows = session.execute(
        text(
            "SELECT DISTINCT json_extract(content, '$.author_id') FROM record "
            f"WHERE {where} AND json_extract(content, '$.author_id') IS NOT NULL"
        ),
        params,
    ).scalars()
    return [uuid.UUID(r) for r in rows if r]


def last_rowid(session: Session) -> int:
    """The rowid of the record stored last (0 in an empty store)."""
    return int(session.execute(text("SELECT COALESCE(MAX(rowid), 0) FROM record")).scalar_one())


def fts_query(words: str) -> str:
    """A person's search words as an FTS5 query: every word must occur (as a
    prefix), and nothing they type can be read as FTS5 syntax."""
    terms = [w.replace('"', '""') for w in words.split()]
    return " AND ".join(f'"{t}"*' for t in terms if t)


# The words still waiting for the full-text index (app.storage.rows), indexed for
# one query in the connection's own index in memory (app.storage.engine).
_WAITING = "SELECT EXISTS (SELECT 1 FROM record_words)"
_WAITING_CLEAR = "INSERT INTO temp.record_words_fts (record_words_fts) VALUES ('delete-all')"
_WAITING_FILL = (
    "INSERT INTO temp.record_words_fts (rowid, text) SELECT rowid, text FROM record_words"
)
_WAITING_MATCH = "SELECT 1 FROM temp.record_words_fts WHERE record_words_fts MATCH ? LIMIT 1"


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
    same whatever the size of the store. The words still waiting to be folded
    into the index are searched too, through an index made for this query in
    memory (a record's words are in one of the two, never both)."""
    query = fts_query(words)
    if not query:
        return []
    params: dict[str, object] = {"q": query, "limit": limit}
    where = ["r.deleted = 0"]
    if child_id is not None:
        where.append(
            "EXISTS (SELECT 1 FROM record_child AS k "
            "WHERE k.record_rowid = r.rowid AND k.child_id = :child)"
        )
        params["child"] = str(child_id)
    if household_id is not None:
        where.append("r.household_id = :household")
        params["household"] = str(household_id)
    rows = _matches(session, "record_fts", where, params)
    conn = driver(session)
    if conn.execute(_WAITING).fetchone()[0]:
        conn.execute(_WAITING_FILL)
        if conn.execute(_WAITING_MATCH, (query,)).fetchone():
            waiting = _matches(session, "record_words_fts", where, params)
            rows = sorted([*rows, *waiting], key=lambda r: r["rowid"], reverse=True)[:limit]
        conn.execute(_WAITING_CLEAR)
    return [to_stored(r) for r in rows]


def _matches(
    session: Session, index: str, where: list[str], params: dict[str, object]
) -> list[Any]:
    """The rows of the records an index (``index``: a full-text table) matches."""
    sql = (
        f"SELECT r.* FROM {index} JOIN record AS r ON r.rowid = {index}.rowid "
        f"WHERE {index} MATCH :q AND {' AND '.join(where)} "
        f"ORDER BY {index}.rowid DESC LIMIT :limit"
    )
    return list(session.execute(text(sql), params).mappings().all())
