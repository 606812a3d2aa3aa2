"""How a record sits in the tables: the table handles, one record's row with its
child links and full-text words, one outbox entry, and bound IN lists.

A record's words written one record at a time wait in ``record_words`` (one
row at the end of a small table) rather than going into the full-text index at
once, which writes a new segment and its merges on every commit; once
``FOLD_AT`` of them wait, the save that finds them folds them all into the
index in its own transaction. A record's words are in one place or the other,
never both; search reads both (``app.storage.timeline.search``).

The storage modules that write records, or read them in bulk, share these: a
record is laid out the same way whichever path wrote it.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, date, datetime
from typing import Any

from sqlmodel import Session

from app.domain.ids import time_ordered
from app.domain.records import Record
from app.storage.tables import OutboxEntry, RecordChild, RecordRow

# The hot paths use SQLAlchemy Core on the SQLModel tables: the ORM's unit of
# work costs more than the whole encrypted write underneath it.
RECORD = RecordRow.__table__  # type: ignore[attr-defined]
CHILD = RecordChild.__table__  # type: ignore[attr-defined]
OUTBOX = OutboxEntry.__table__  # type: ignore[attr-defined]
BULK_LOOKUP = 500  # ids per IN list (below SQLite's variable limit)


def iso_day(day: date | None) -> str | None:
    return day.isoformat() if day else None


class Bare:
    """A write transaction open on the store's DB-API connection, without a
    session (``Store.write_bare``): a save's statements and nothing around them.
    The storage functions that take a ``Unit`` run in either."""

    __slots__ = ("conn",)

    def __init__(self, conn: Any) -> None:
        self.conn = conn


Unit = Session | Bare  # a unit of work: a session's, or a bare transaction


def driver(session: Unit) -> Any:
    """The DB-API connection inside the unit of work's transaction (begun if need
    be), after anything a session holds has been flushed. Statements run on it are
    prepared once per connection (the driver's statement cache, keyed by the SQL
    text) and commit or roll back with the unit of work. Kept with the session for
    its transaction: a save asks for it for each of its statements."""
    if isinstance(session, Bare):
        return session.conn
    if session.new or session.dirty or session.deleted:
        session.flush()
    transaction = session.get_transaction()
    kept = session.info.get(_DRIVER)
    if transaction is not None and kept is not None and kept[0] is transaction:
        return kept[1]
    conn = session.connection().connection.driver_connection
    session.info[_DRIVER] = (session.get_transaction(), conn)
    return conn


_DRIVER = "thuisboek.driver"


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
_DELETE_WORDS = "DELETE FROM record_fts WHERE rowid = ?"
_WAIT_WORDS = "INSERT INTO record_words (rowid, text) VALUES (?, ?)"
_UNWAIT_WORDS = "DELETE FROM record_words WHERE rowid = ?"
_WAITING = "SELECT count(*) FROM record_words"
_FOLD_WORDS = "INSERT INTO record_fts (rowid, text) SELECT rowid, text FROM record_words"
_FOLDED = "DELETE FROM record_words"
FOLD_AT = 32  # waiting records' words folded into the full-text index in one step
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
    session: Unit,
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
            _drop_words(conn, rowid)
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
            _drop_words(conn, rowid)
        if words:
            conn.execute(_WAIT_WORDS, (rowid, words))
            if conn.execute(_WAITING).fetchone()[0] >= FOLD_AT:
                fold_words(conn)
    return rowid


def _drop_words(conn: Any, rowid: int) -> None:
    """Take a record's words out of search: from the waiting words, or else from
    the full-text index."""
    if conn.execute(_UNWAIT_WORDS, (rowid,)).rowcount == 0:
        conn.execute(_DELETE_WORDS, (rowid,))


def drop_words(session: Unit, rowid: int) -> None:
    """Take a record's words out of search, in the caller's transaction."""
    _drop_words(driver(session), rowid)


def fold_words(conn: Any) -> None:
    """Every waiting record's words into the full-text index (one new segment), in
    the transaction open on the DB-API connection ``conn``."""
    conn.execute(_FOLD_WORDS)
    conn.execute(_FOLDED)


def op_id() -> str:
    """A new outbox entry's id, beginning with the time (``app.domain.ids``): it
    lands at the end of the outbox's index of ids."""
    return str(time_ordered())


def enqueue(session: Unit, kind: str, record_id: str, base_version: int, content: str) -> None:
    """One outbox entry: ``content`` (as stored) to be sent, based on ``base_version``."""
    driver(session).execute(
        _INSERT_OUTBOX,
        (op_id(), kind, record_id, base_version, content, datetime.now(UTC).isoformat()),
    )


def in_list(prefix: str, values: Sequence[str], params: dict[str, object]) -> str:
    """A bound IN list, ``(:p0, :p1, ...)``, its values added to ``params``; an
    empty one is ``(NULL)``, which matches nothing."""
    names = [f":{prefix}{i}" for i in range(len(values))]
    params.update({f"{prefix}{i}": v for i, v in enumerate(values)})
    return f"({', '.join(names) or 'NULL'})"
