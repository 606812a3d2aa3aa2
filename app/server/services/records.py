"""Storing an accepted version of a record: the record row, its version row and a change.

Push (``Writer``, a batch at a time) and the admin CLI (``store_version``, one
record) both write through ``Writer.store``, so every accepted change gets a
``record_version`` row (the base of later merges) and a ``change`` row (its
place in the household's pull feed).

Writes are Core statements on the session's connection, not ORM objects: a push
stores hundreds of versions at once (``Writer``), and the rows read back here
(``Current``) are plain data, never stale ORM state.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass, fields
from functools import lru_cache
from typing import Any

from pydantic_core import to_json
from sqlalchemy import (
    Connection,
    Dialect,
    Executable,
    Insert,
    Table,
    TableClause,
    bindparam,
    insert,
    select,
    text,
    update,
)
from sqlmodel import Session

from app.server.tables import RecordRow, ServerTable

RECORDS: Table = ServerTable.metadata.tables["record"]
VERSIONS: Table = ServerTable.metadata.tables["record_version"]
CHANGES: Table = ServerTable.metadata.tables["change"]
HOUSEHOLDS: Table = ServerTable.metadata.tables["household"]

# Built once: the values come as parameters of each execution.
_CHANGE_COLUMNS = ("seq", "household_id", "record_id", "version")
_VERSION_COLUMNS = ("record_id", "version", "content")
_UPDATE_RECORD = update(RECORDS).where(RECORDS.c.id == bindparam("record_id_"))
_CONTENT_AT = select(VERSIONS.c.content).where(
    VERSIONS.c.record_id == bindparam("record_id_"), VERSIONS.c.version == bindparam("version_")
)
# The last change number handed out. SQLite (AUTOINCREMENT) keeps it in sqlite_sequence,
# also for numbers given explicitly; every SQLite writer holds the write lock
# (BEGIN IMMEDIATE), so the numbers after it are this transaction's own.
_SQLITE_LAST_SEQ = text(
    "SELECT max(coalesce((SELECT seq FROM sqlite_sequence WHERE name = 'change'), 0), "
    "coalesce((SELECT max(seq) FROM change), 0))"
)
# PostgreSQL: the next ``n`` numbers of the change table's sequence.
_POSTGRES_NEXT_SEQS = text(
    "SELECT nextval(pg_get_serial_sequence('change', 'seq')) FROM generate_series(1, :n)"
)


def execute_many(session: Session, statement: Executable, rows: list[dict[str, Any]]) -> None:
    """Run ``statement`` once per row (all rows with the same keys) in one DBAPI
    ``executemany``: the statement is compiled once per dialect and set of keys,
    and the rows go to the driver as they are, not through SQLAlchemy's
    per-row parameter processing (plain str, int and bool values only).

    On PostgreSQL an INSERT goes as one statement over arrays instead: the
    driver would send each row as a statement of its own."""
    if not rows:
        return
    conn = session.connection()
    if conn.dialect.name == "postgresql" and isinstance(statement, Insert):
        _insert_values(conn, statement.table, rows)
        return
    sql, order = _compiled(statement, tuple(rows[0]), conn.dialect)
    if order is None:
        conn.exec_driver_sql(sql, rows)
    else:
        conn.exec_driver_sql(sql, [tuple(row[key] for key in order) for row in rows])


def insert_rows(
    session: Session, table: Table, columns: tuple[str, ...], rows: list[tuple[Any, ...]]
) -> None:
    """``execute_many`` of an INSERT, each row a tuple of ``columns`` in that order
    (no dict per row, no reordering)."""
    if not rows:
        return
    conn = session.connection()
    if conn.dialect.name == "postgresql":
        sql = _unnest_insert(table, columns, conn.dialect)
        conn.exec_driver_sql(sql, tuple(list(values) for values in zip(*rows, strict=True)))
        return
    if conn.dialect.paramstyle != "qmark":
        execute_many(session, insert(table), [dict(zip(columns, row, strict=True)) for row in rows])
        return
    conn.exec_driver_sql(_plain_insert(table, columns, conn.dialect), rows)


@lru_cache(maxsize=64)
def _plain_insert(table: TableClause, keys: tuple[str, ...], dialect: Dialect) -> str:
    """``INSERT … VALUES (?, …)`` with positional parameters (SQLite's paramstyle)."""
    quote = dialect.identifier_preparer.quote
    columns = ", ".join(quote(k) for k in keys)
    marks = ", ".join("?" for _ in keys)
    return f"INSERT INTO {quote(table.name)} ({columns}) VALUES ({marks})"


def _insert_values(conn: Connection, table: TableClause, rows: list[dict[str, Any]]) -> None:
    """One ``INSERT … SELECT FROM unnest(…)``: a parameter per column, each an array."""
    keys = tuple(rows[0])
    sql = _unnest_insert(table, keys, conn.dialect)
    conn.exec_driver_sql(sql, tuple([row[key] for row in rows] for key in keys))


@lru_cache(maxsize=64)
def _unnest_insert(table: TableClause, keys: tuple[str, ...], dialect: Dialect) -> str:
    quote = dialect.identifier_preparer.quote
    arrays = ", ".join(f"%b::{table.c[k].type.compile(dialect=dialect)}[]" for k in keys)
    columns = ", ".join(quote(k) for k in keys)
    return f"INSERT INTO {quote(table.name)} ({columns}) SELECT * FROM unnest({arrays})"


@lru_cache(maxsize=64)
def _compiled(
    statement: Executable, keys: tuple[str, ...], dialect: Dialect
) -> tuple[str, tuple[str, ...] | None]:
    """The SQL of ``statement`` for ``keys``, and for a positional paramstyle
    (SQLite's ``?``) the order its parameters take."""
    compiled = statement.compile(dialect=dialect, column_keys=list(keys))  # type: ignore[attr-defined]
    order = tuple(compiled.positiontup) if compiled.positional else None
    return compiled.string, order


def dumps(content: dict[str, Any]) -> str:
    """Compact JSON, non-ASCII as is (pydantic-core's encoder: several times json's speed)."""
    return to_json(content).decode()


def loads(text: str) -> dict[str, Any]:
    value = json.loads(text)
    assert isinstance(value, dict)
    return value


@dataclass(frozen=True)
class Current:
    """A record row as stored."""

    id: str
    household_id: str
    kind: str
    version: int
    content: str  # JSON
    deleted: bool
    seq: int


@dataclass(frozen=True)
class Stored:
    version: int
    seq: int
    content: dict[str, Any]  # as stored, with "version" set to ``version``
    row: Current  # the record row now


def get_record(session: Session, record_id: str) -> RecordRow | None:
    return session.get(RecordRow, record_id)


def current_rows(session: Session, ids: Iterable[str], *, lock: bool = False) -> list[Current]:
    """The stored rows of those of ``ids`` that exist. ``lock``: FOR UPDATE
    (PostgreSQL), taken in id order so that two pushes cannot deadlock."""
    return [
        Current(id_, household, kind, version, content, bool(deleted), seq)
        for id_, household, kind, version, content, deleted, seq in rows_where_in(
            session, RECORDS, _CURRENT_COLUMNS, "id", ids, lock=lock
        )
    ]


_CURRENT_COLUMNS = tuple(field.name for field in fields(Current))


def rows_where_in(
    session: Session,
    table: Table,
    columns: tuple[str, ...],
    key: str,
    values: Iterable[str],
    *,
    lock: bool = False,
) -> list[tuple[Any, ...]]:
    """``columns`` of the rows of ``table`` whose ``key`` is one of ``values``, as
    the driver gives them, in one statement with one parameter: the values as a
    JSON list (SQLite's ``json_each``) or an array (PostgreSQL). ``lock``: FOR
    UPDATE (PostgreSQL), in ``key`` order."""
    unique = sorted(set(values))
    if not unique:
        return []
    conn = session.connection()
    postgres = conn.dialect.name == "postgresql"
    sql = _where_in(table, columns, key, conn.dialect, lock=lock and postgres)
    return list(conn.exec_driver_sql(sql, (unique if postgres else json.dumps(unique),)))


@lru_cache(maxsize=64)
def _where_in(
    table: TableClause, columns: tuple[str, ...], key: str, dialect: Dialect, *, lock: bool
) -> str:
    quote = dialect.identifier_preparer.quote
    names = ", ".join(quote(c) for c in columns)
    if dialect.name == "postgresql":
        sql = f"SELECT {names} FROM {quote(table.name)} WHERE {quote(key)} = ANY(%s)"
        return sql + f" ORDER BY {quote(key)} FOR UPDATE" if lock else sql
    where = f"{quote(key)} IN (SELECT value FROM json_each(?))"
    return f"SELECT {names} FROM {quote(table.name)} WHERE {where}"


def content_at(session: Session, record_id: str, version: int) -> dict[str, Any] | None:
    params = {"record_id_": record_id, "version_": version}
    text = session.connection().execute(_CONTENT_AT, params).scalar_one_or_none()
    return loads(text) if text is not None else None


class _Seqs:
    """Change numbers for one transaction, handed out in increasing order.

    They are taken as the changes are stored (each op's answer carries its
    number) and the change rows go in together at ``Writer.flush``. Push takes
    a household's lock before its first number, so the changes of one household
    commit in the order of their numbers. PostgreSQL numbers come in blocks from
    the sequence (``expected``: how many this transaction will likely use); the
    ones left over are gaps, as after a rollback."""

    def __init__(self, session: Session, expected: int) -> None:
        self._session = session
        self._expected = max(expected, 1)
        self._free: list[int] = []  # reversed: the next number last
        self._last: int | None = None  # SQLite: the last number handed out

    def take(self) -> int:
        if self._last is not None:  # SQLite, after the first number
            self._last += 1
            return self._last
        conn = self._session.connection()
        if conn.dialect.name == "sqlite":
            self._last = int(conn.execute(_SQLITE_LAST_SEQ).scalar_one()) + 1
            return self._last
        if not self._free:
            block = conn.execute(_POSTGRES_NEXT_SEQS, {"n": self._expected}).scalars()
            self._free = sorted(block, reverse=True)
            self._expected = 1  # more than expected: one at a time (conflict revisions)
        return self._free.pop()


class Writer:
    """Stores accepted versions of records for one transaction.

    Each change gets its number at once (``_Seqs``), in the order the changes
    are stored. The record, version and change rows wait for ``flush`` and go
    in with one statement each (a record written twice: one row, as it is
    last); ``content_at`` finds the waiting versions too. ``expected``: about
    how many changes the transaction will store."""

    def __init__(self, session: Session, expected: int = 1) -> None:
        self._session = session
        self._seqs = _Seqs(session, expected)
        self._rows: dict[str, Current] = {}  # each record written, as it is now
        self._new: set[str] = set()  # of those, the ones that did not exist
        self._versions: list[tuple[str, int, str]] = []  # _VERSION_COLUMNS
        self._changes: list[tuple[int, str, str, int]] = []  # _CHANGE_COLUMNS
        self._texts: dict[tuple[str, int], str] = {}  # the waiting versions' content

    def store(
        self,
        row: Current | None,
        *,
        record_id: str,
        household_id: str,
        kind: str,
        version: int,
        content: dict[str, Any],
        text: str | None = None,
    ) -> Stored:
        """Store ``version`` of a record; ``row`` is the record as stored, None for a new one.
        ``text``: the JSON of ``content`` when the caller has it (its version already
        ``version``)."""
        content = {**content, "version": version}
        if text is None:
            text = dumps(content)
        seq = self._seqs.take()
        self._changes.append((seq, household_id, record_id, version))
        if row is None:
            self._new.add(record_id)
        else:
            household_id, kind = row.household_id, row.kind
        now = Current(record_id, household_id, kind, version, text, bool(content.get("deleted")),
                      seq)  # fmt: skip
        self._rows[record_id] = now
        self._versions.append((record_id, version, text))
        self._texts[record_id, version] = text
        return Stored(version=version, seq=seq, content=content, row=now)

    def content_at(self, record_id: str, version: int) -> dict[str, Any] | None:
        text = self._texts.get((record_id, version))
        if text is None:
            return content_at(self._session, record_id, version)
        return loads(text)

    def flush(self) -> None:
        """Write the waiting record rows, then their version rows (foreign key) and changes."""
        new = [
            (row.id, row.household_id, row.kind, row.version, row.content, row.deleted, row.seq)
            for row in self._rows.values() if row.id in self._new
        ]  # fmt: skip
        changed = [
            {"record_id_": row.id, "version": row.version, "content": row.content,
             "deleted": row.deleted, "seq": row.seq}
            for row in self._rows.values() if row.id not in self._new
        ]  # fmt: skip
        insert_rows(self._session, RECORDS, _CURRENT_COLUMNS, new)
        execute_many(self._session, _UPDATE_RECORD, changed)
        insert_rows(self._session, VERSIONS, _VERSION_COLUMNS, self._versions)
        insert_rows(self._session, CHANGES, _CHANGE_COLUMNS, self._changes)
        self._rows, self._new, self._versions, self._texts = {}, set(), [], {}
        self._changes = []


def store_version(
    session: Session,
    row: Current | None,
    *,
    record_id: str,
    household_id: str,
    kind: str,
    version: int,
    content: dict[str, Any],
) -> Stored:
    """Store one version of a record at once (see ``Writer.store``), after the
    session's pending rows (the record's household may be one of them).

    The household is locked first (PostgreSQL), as push does: a change numbered
    while a push to the same household waits to commit would otherwise be seen
    by a pull before the push's lower numbers, which that pull would then skip."""
    session.flush()
    conn = session.connection()
    if conn.dialect.name != "sqlite":
        table = HOUSEHOLDS.c
        conn.execute(select(table.id).where(table.id == household_id).with_for_update()).all()
    writer = Writer(session)
    stored = writer.store(row, record_id=record_id, household_id=household_id, kind=kind,
                          version=version, content=content)  # fmt: skip
    writer.flush()
    return stored
