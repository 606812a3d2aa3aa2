"""Engines, sessions and migrations for SQLite (default) and PostgreSQL.

SQLite runs in WAL mode with ``synchronous=FULL`` (a commit is on disk before
the answer goes out) and foreign keys on. SQLite transactions start with
``BEGIN IMMEDIATE``: each request writes (an audit row at least), and taking
the write lock up front means two requests queue on the busy timeout instead
of one failing when it upgrades a read lock to a write lock. A transaction
that only reads (``reading``) starts with a plain ``BEGIN`` instead: it waits
for no writer, and none waits for it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, TypeVar

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import Connection
from sqlalchemy.exc import IntegrityError, OperationalError
from sqlmodel import Session

from app.migrations import Migrations

BUSY_TIMEOUT_MS = 15_000
DB_ATTEMPTS = 3  # a unit of work that collided with another is tried this often
READ_ONLY = "thuisboek_read_only"  # a connection execution option: see ``reading``


T = TypeVar("T")


def _sqlite_connect(dbapi_connection: Any, _record: Any) -> None:
    # Driver-level autocommit: SQLAlchemy's "begin" event below issues BEGIN itself.
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode = WAL")
    cursor.execute("PRAGMA synchronous = FULL")
    cursor.execute("PRAGMA foreign_keys = ON")
    cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    cursor.close()


def _sqlite_begin(conn: Connection) -> None:
    # Deferred: WAL readers see the last commit before their first read, lock-free.
    read_only = conn.get_execution_options().get(READ_ONLY, False)
    conn.exec_driver_sql("BEGIN" if read_only else "BEGIN IMMEDIATE")


def make_engine(url: str) -> Engine:
    # hide_parameters: a failing statement's error must not carry record content into logs.
    if url.startswith("sqlite"):
        engine = create_engine(url, hide_parameters=True)
        event.listen(engine, "connect", _sqlite_connect)
        event.listen(engine, "begin", _sqlite_begin)
        return engine
    return create_engine(url, hide_parameters=True, pool_pre_ping=True)


def new_session(engine: Engine) -> Session:
    # Routes hand plain data to the services' callers, never rows, so nothing
    # needs to stay loaded after a commit.
    return Session(engine, expire_on_commit=False)


@contextmanager
def reading(session: Session) -> Iterator[None]:
    """A transaction that only reads, committed on leaving (rolled back on an error).

    On SQLite it takes no write lock, so it neither queues behind writers nor
    holds them up; it must not write (a write would have to upgrade its lock).
    Call it between transactions: the option applies when a connection is taken."""
    assert not session.in_transaction(), "reading() starts a transaction of its own"
    session.connection(execution_options={READ_ONLY: True})
    try:
        yield
    except BaseException:
        session.rollback()
        raise
    session.commit()


def session_scope(engine: Engine) -> Iterator[Session]:
    """One session per unit of work; whatever was not committed is rolled back."""
    session = new_session(engine)
    try:
        yield session
    finally:
        session.close()


_SERVER = Migrations(Path(__file__).resolve().parents[1] / "migrations")

head_revision = _SERVER.head_revision
current_revision = _SERVER.current_revision
upgrade = _SERVER.upgrade


def retrying(session: Session, work: Callable[[], T]) -> T:
    """Run a unit of work that commits, again after a collision with a concurrent one
    on a unique key or a lock (PostgreSQL, SQLite busy): the retry finds what the
    other one wrote."""
    for attempt in range(DB_ATTEMPTS):
        try:
            return work()
        except (IntegrityError, OperationalError):
            session.rollback()
            if attempt == DB_ATTEMPTS - 1:
                raise
    raise AssertionError("unreachable")
