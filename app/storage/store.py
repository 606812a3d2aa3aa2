"""The local store: one encrypted database file, its sessions and its upkeep."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Engine
from sqlalchemy.orm.attributes import set_committed_value
from sqlalchemy.orm.util import identity_key
from sqlmodel import Session, col, select

from app.storage.engine import connect_raw, connect_raw_new, create_store_engine
from app.storage.errors import NotAThuisboekStore, StoreDamaged
from app.storage.rows import Bare, Unit, driver
from app.storage.tables import Meta

SCHEMA_MARKER = ("app", "thuisboek")
SNAPSHOT_CHUNK = 1024 * 1024
_SET_META = (
    "INSERT INTO meta (key, value) VALUES (?, ?) "
    "ON CONFLICT (key) DO UPDATE SET value = excluded.value"
)
_DELETE_META = "DELETE FROM meta WHERE key = ?"


class Store:
    """An open database. Writes are serialised by one lock (one writer at a
    time, docs/architecture.md, "Threads"); each unit of work gets its own session."""

    def __init__(self, path: Path, engine: Engine, key: bytes | None) -> None:
        self.path = path
        self._key = key
        self.engine = engine
        self._write_lock = threading.RLock()
        self._writer = engine.execution_options(immediate=True)
        self._replayable_writer = engine.execution_options(immediate=True, durable=False)
        self._bare: Any = None  # the DB-API connection of write_bare, once used

    @classmethod
    def create(cls, path: Path, key: bytes | None) -> Store:
        from app.storage import migrate  # Alembic: not imported before a store is opened

        store = cls(path, create_store_engine(path, key, create=True), key)
        migrate.upgrade(store.engine)
        with store.write() as session:
            session.add(Meta(key=SCHEMA_MARKER[0], value=SCHEMA_MARKER[1]))
        return store

    @classmethod
    def open(cls, path: Path, key: bytes | None, *, check_pages: bool = True) -> Store:
        """Open an existing store, check it is ours and undamaged, and migrate it.

        ``check_pages=False`` leaves SQLCipher's check of every page for later
        (``confirmed_page_problems``): it reads the whole file, so its time grows
        with the store (photos included); the pages read while opening are
        checked all the same, as every page is whenever it is read."""
        from app.storage import migrate  # Alembic: not imported before a store is opened

        store = cls(path, create_store_engine(path, key), key)
        try:
            problems = store.cipher_problems() if check_pages else []
            if problems:
                raise StoreDamaged(path, problems[0])
            if not store._has_marker():
                raise NotAThuisboekStore(path)
            migrate.upgrade(store.engine)
        except BaseException:
            store.close()
            raise
        return store

    def _has_marker(self) -> bool:
        with self.engine.connect() as conn:
            found = conn.exec_driver_sql(
                "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'meta'"
            ).first()
            if not found:
                return False
            value = conn.exec_driver_sql(
                "SELECT value FROM meta WHERE key = ?", (SCHEMA_MARKER[0],)
            ).scalar()
        return bool(value == SCHEMA_MARKER[1])

    @property
    def key(self) -> bytes | None:
        return self._key

    def close(self) -> None:
        with self._write_lock:
            if self._bare is not None:
                self._bare.close()
                self._bare = None
        self.engine.dispose()
        self._key = None

    @contextmanager
    def read(self) -> Iterator[Session]:
        with Session(self.engine, expire_on_commit=False) as session:
            yield session

    @contextmanager
    def write(self, *, replayable: bool = False) -> Iterator[Session]:
        """A unit of work that commits as a whole or not at all.

        ``replayable``: the work can be had again from the central office (a page
        of pulled records, the settling of a push's answers), so its commit does
        not wait for the disk (``synchronous = NORMAL``). A power cut right after
        may undo it, never half of it, and the next sync does it again; the next
        ordinary commit puts it on disk with its own."""
        writer = self._replayable_writer if replayable else self._writer
        with self._write_lock, Session(writer, expire_on_commit=False) as session:
            try:
                yield session
                session.commit()
            except BaseException:
                session.rollback()
                raise

    @contextmanager
    def write_bare(self) -> Iterator[Bare]:
        """A durable unit of work on a DB-API connection of its own, without a
        session or the pool: ``BEGIN IMMEDIATE``, the caller's statements,
        ``COMMIT`` (or ``ROLLBACK`` when anything fails, so that all of it is
        stored or none), under the same write lock and on disk when it returns
        (``synchronous = FULL``), as ``write``. For the storage functions that take
        a ``Unit`` (a save's). The connection is opened on first use, kept for
        the next (its statements stay prepared and its pages decrypted) and
        closed with the store."""
        with self._write_lock:
            conn = self._bare
            if conn is None:
                conn = self._bare = connect_raw(self.path, self._key)
            conn.execute("BEGIN IMMEDIATE")
            try:
                yield Bare(conn)
                conn.execute("COMMIT")
            except BaseException:
                if conn.in_transaction:
                    conn.execute("ROLLBACK")
                raise

    # Meta facts -------------------------------------------------------------------
    def get_meta(self, key: str) -> str | None:
        with self.read() as session:
            row = session.get(Meta, key)
            return row.value if row else None

    def all_meta(self) -> dict[str, str]:
        with self.read() as session:
            return {m.key: m.value for m in session.exec(select(Meta))}

    @staticmethod
    def set_meta(session: Unit, key: str, value: str) -> None:
        # One statement (every save sets the clock): no look-up, no unit of work
        # (a Meta added through the session goes in first).
        driver(session).execute(_SET_META, (key, value))
        if isinstance(session, Bare):
            return
        row = session.identity_map.get(identity_key(Meta, key))
        if row is not None:  # one read through the session earlier sees the new value
            set_committed_value(row, "value", value)

    @staticmethod
    def get_meta_in(session: Session, key: str) -> str | None:
        """``get_meta`` inside the caller's unit of work."""
        row = session.get(Meta, key)
        return row.value if row else None

    @staticmethod
    def meta_with_prefix(session: Session, prefix: str) -> dict[str, str]:
        """The meta facts whose key starts with ``prefix``."""
        rows = session.exec(select(Meta).where(col(Meta.key).startswith(prefix, autoescape=True)))
        return {m.key: m.value for m in rows}

    @staticmethod
    def delete_meta(session: Unit, key: str) -> None:
        # One statement (every save drops its draft), unless the session holds the row.
        conn = driver(session)  # a Meta added through the session goes in first
        if isinstance(session, Bare):
            conn.execute(_DELETE_META, (key,))
            return
        row = session.identity_map.get(identity_key(Meta, key))
        if row is not None:
            session.delete(row)
        else:
            conn.execute(_DELETE_META, (key,))

    # Upkeep -----------------------------------------------------------------------
    def cipher_problems(self) -> list[str]:
        """SQLCipher's page-by-page HMAC check (empty on a plain SQLite store)."""
        if self._key is None:
            return []
        with self.engine.connect() as conn:
            try:
                rows = conn.exec_driver_sql("PRAGMA cipher_integrity_check").fetchall()
            except Exception as exc:  # a damaged page can fail the pragma itself
                return [str(exc)]
        return [str(r[0]) for r in rows]

    def confirmed_page_problems(self) -> list[str]:
        """``cipher_problems`` while the store is in use: a page being written by a
        commit beside the check can read as damaged, so problems found are looked
        for again with writes held back, and only those found twice are told."""
        problems = self.cipher_problems()
        if not problems:
            return []
        with self._write_lock:
            return self.cipher_problems()

    def integrity_problems(self) -> list[str]:
        """SQLCipher's and SQLite's integrity checks; empty when all is well."""
        problems = self.cipher_problems()
        with self.engine.connect() as conn:
            rows = conn.exec_driver_sql("PRAGMA integrity_check").fetchall()
        problems += [str(r[0]) for r in rows if r[0] != "ok"]
        return problems

    def snapshot_chunks(self) -> Iterator[bytes]:
        """A consistent copy of the database, still encrypted with the same key, in
        chunks: SQLite's online backup into a temporary file beside the store,
        read and removed (it holds only ciphertext)."""
        tmp = self.path.with_name(self.path.name + ".snapshot")
        tmp.unlink(missing_ok=True)
        try:
            with self._write_lock, self.engine.connect() as conn:
                source = conn.connection.dbapi_connection
                assert source is not None
                target = connect_raw_new(tmp, self._key)
                try:
                    source.backup(target)
                finally:
                    target.close()
            with tmp.open("rb") as f:
                while chunk := f.read(SNAPSHOT_CHUNK):
                    yield chunk
        finally:
            tmp.unlink(missing_ok=True)
