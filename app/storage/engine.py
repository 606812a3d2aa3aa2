"""Opening the local database: SQLCipher with a raw key (or none, for comparison).

``PRAGMA key`` is the first statement on every connection
(docs/decisions/0002-raw-sqlcipher-key-wrapped-by-the-passphrase.md). The key
is a raw 256-bit key, so SQLCipher's own PBKDF2 does not run per connection.
"""

from __future__ import annotations

import functools
from pathlib import Path
from typing import Any

import sqlcipher3
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.pool import QueuePool

from app.storage.errors import StoreDamaged, StoreMissing, StoreTruncated

PAGE_SIZE = 4096  # SQLCipher 4's default page size
BUSY_TIMEOUT_MS = 10_000
CACHE_KIB = 16 * 1024


def _pragmas(conn: Any) -> None:
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("PRAGMA journal_mode = WAL")
    # FULL: a commit is on disk when it returns, so it survives power loss, not only a crash.
    conn.execute("PRAGMA synchronous = FULL")
    conn.execute("PRAGMA temp_store = MEMORY")
    # 16 MiB of decrypted pages per connection (default 2 MiB): the review queue and
    # the overview read the same index pages again and again over a year of records.
    conn.execute(f"PRAGMA cache_size = -{CACHE_KIB}")
    conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    # The connection's own full-text index, in memory, for the words still waiting
    # for the store's (app.storage.timeline.search): made here, outside any
    # transaction, so that a read's rollback does not take it away.
    conn.execute(
        "CREATE VIRTUAL TABLE temp.record_words_fts USING fts5(text, content='', "
        "tokenize='unicode61 remove_diacritics 2')"
    )


def _synchronous(conn: Any, level: str) -> None:
    """Set how a write transaction's commit reaches the disk (between transactions).

    NORMAL, in WAL mode: the commit returns without syncing the WAL. A crash of
    the app loses nothing; a power cut may lose it, together with whatever was
    committed after it up to the next FULL commit, which syncs the whole WAL
    (never a partial or corrupt store)."""
    info = conn.connection.info  # kept with the pooled connection
    if info.get("synchronous") != level:
        conn.exec_driver_sql(f"PRAGMA synchronous = {level}")
        info["synchronous"] = level


def check_file(path: Path, *, create: bool) -> None:
    """Refuse a missing or visibly truncated file before SQLite touches it."""
    if not path.exists():
        if create:
            return
        raise StoreMissing(path)
    if create:
        raise FileExistsError(path)
    size = path.stat().st_size
    if size < PAGE_SIZE or size % PAGE_SIZE:
        raise StoreTruncated(path, size)


@functools.cache
def _quiet_sqlcipher() -> None:
    """SQLCipher logs failed page decryptions to stderr; our errors say it in words."""
    conn = sqlcipher3.connect(":memory:")
    conn.execute("PRAGMA cipher_log_level = NONE")
    conn.close()


def _open(path: Path, key: bytes | None) -> tuple[Any, type[Exception]]:
    """A connection through SQLCipher's library; without a key it is plain SQLite
    of the same build (what the benchmarks compare against)."""
    if key is not None and len(key) != 32:
        raise ValueError("the data key is 32 bytes")
    _quiet_sqlcipher()
    conn = sqlcipher3.connect(str(path), check_same_thread=False, isolation_level=None)
    if key is None:
        return conn, sqlcipher3.DatabaseError
    conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
    return conn, sqlcipher3.DatabaseError


def connect_raw_new(path: Path, key: bytes | None) -> Any:
    """A keyed connection to a new, empty database file (for snapshots)."""
    conn, _ = _open(path, key)
    return conn


def connect_raw(path: Path, key: bytes | None) -> Any:
    """One DB-API connection, keyed and configured; raises StoreDamaged when the
    key does not open the file."""
    conn, error = _open(path, key)
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        _pragmas(conn)
    except error as exc:
        conn.close()
        raise StoreDamaged(path, str(exc)) from None
    return conn


def create_store_engine(path: Path, key: bytes | None, *, create: bool = False) -> Engine:
    """An engine over the database at ``path``: encrypted with ``key``, or plain
    SQLite when ``key`` is None (benchmarks compare the two)."""
    check_file(path, create=create)
    if create:
        path.parent.mkdir(parents=True, exist_ok=True)
    # Open once now, so a wrong key or a damaged file is reported here and not later.
    connect_raw(path, key).close()
    engine = create_engine(
        "sqlite+pysqlite://",
        module=sqlcipher3.dbapi2,
        creator=lambda: connect_raw(path, key),
        poolclass=QueuePool,
        pool_size=4,
        max_overflow=4,
        # The connection used last is handed out first: when another connection has
        # committed since a connection's last transaction, SQLite drops that one's
        # whole page cache, and every page it reads is decrypted again.
        pool_use_lifo=True,
    )

    @event.listens_for(engine, "begin")
    def _begin(conn: Any) -> None:
        # The DB-API connection runs in autocommit mode (isolation_level=None), so
        # transactions are ours: a writer takes the lock at once (IMMEDIATE) rather
        # than failing later when a read transaction would have to upgrade.
        options = conn.get_execution_options()
        if options.get("immediate"):
            _synchronous(conn, "FULL" if options.get("durable", True) else "NORMAL")
            conn.connection.driver_connection.execute("BEGIN IMMEDIATE")
        else:
            conn.connection.driver_connection.execute("BEGIN")

    return engine
