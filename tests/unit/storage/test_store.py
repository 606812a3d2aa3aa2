"""The encrypted store: no plaintext on disk, and damaged files refused untouched."""

from __future__ import annotations

import os
import uuid
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import text

from app.domain.records import ContactNote, DailyLog
from app.domain.vocabulary import ContactKind
from app.storage import migrate, records, timeline
from app.storage.errors import NotAThuisboekStore, StoreDamaged, StoreMissing, StoreTruncated
from app.storage.store import Store

CANARY = "Zwartbessenkanarie"
H, A, C = uuid.uuid4(), uuid.uuid4(), uuid.uuid4()


def write_logs(store: Store, n: int, word: str = CANARY) -> None:
    with store.write() as session:
        for i in range(n):
            log = DailyLog(
                household_id=H,
                child_id=C,
                author_id=A,
                date=date(2025, 1, 1 + i % 28),
                text=f"{word} number {i}",
                moments=f"{word} in the garden",
            )
            records.put_local(session, log, 0)


@pytest.fixture
def key() -> bytes:
    return os.urandom(32)


@pytest.fixture
def db(tmp_path: Path) -> Path:
    return tmp_path / "profile" / "thuisboek.db"


def all_bytes(folder: Path) -> bytes:
    return b"".join(p.read_bytes() for p in folder.iterdir() if p.is_file())


def test_no_plaintext_in_the_file_its_wal_or_anything_beside_it(db: Path, key: bytes) -> None:
    store = Store.create(db, key)
    write_logs(store, 200)
    # The WAL holds the latest pages while the store is open: scan it too.
    assert (db.parent / "thuisboek.db-wal").exists()
    blob = all_bytes(db.parent)
    for needle in (CANARY, "daily_log", "household_id", "CREATE TABLE", "SQLite format 3"):
        assert needle.encode() not in blob
        assert needle.encode("utf-16-le") not in blob
    store.close()
    assert CANARY.encode() not in all_bytes(db.parent)


def test_plain_store_shows_the_canary_so_the_scan_is_meaningful(db: Path) -> None:
    store = Store.create(db, None)
    write_logs(store, 5)
    store.close()
    assert CANARY.encode() in all_bytes(db.parent)


def test_pragmas_for_durability(db: Path, key: bytes) -> None:
    store = Store.create(db, key)
    with store.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA temp_store").scalar() == 2  # MEMORY
        assert conn.exec_driver_sql("PRAGMA cipher_version").scalar().startswith("4.")
    store.close()


def test_only_replayable_writes_commit_without_waiting_for_the_disk(db: Path, key: bytes) -> None:
    store = Store.create(db, key)

    def synchronous(replayable: bool) -> int:
        with store.write(replayable=replayable) as session:
            level = session.execute(text("PRAGMA synchronous")).scalar()
            session.execute(text("INSERT INTO meta (key, value) VALUES (:k, 'x')"),
                            {"k": str(uuid.uuid4())})  # fmt: skip
        assert isinstance(level, int)
        return level

    # The writer's connection is reused: each write sets its own level, both ways.
    assert [synchronous(r) for r in (False, True, True, False, True)] == [2, 1, 1, 2, 1]
    with store.read() as session:
        assert session.execute(text("SELECT count(*) FROM meta WHERE value = 'x'")).scalar() == 5
    store.close()


def test_wrong_key_is_refused_and_the_file_is_untouched(db: Path, key: bytes) -> None:
    Store.create(db, key).close()
    before = db.read_bytes()
    with pytest.raises(StoreDamaged):
        Store.open(db, os.urandom(32))
    assert db.read_bytes() == before


def test_missing_file_is_never_replaced_by_an_empty_one(db: Path, key: bytes) -> None:
    with pytest.raises(StoreMissing):
        Store.open(db, key)
    assert not db.exists()


@pytest.mark.parametrize("keep", [0, 100, 4096 + 17])
def test_truncated_file_is_named_as_such(db: Path, key: bytes, keep: int) -> None:
    store = Store.create(db, key)
    write_logs(store, 50)
    store.close()
    db.write_bytes(db.read_bytes()[:keep])
    with pytest.raises(StoreTruncated) as caught:
        Store.open(db, key)
    assert "truncated" in str(caught.value)
    assert db.stat().st_size == keep


def test_file_cut_at_a_page_boundary_is_found_damaged(db: Path, key: bytes) -> None:
    store = Store.create(db, key)
    write_logs(store, 400)
    store.close()
    data = db.read_bytes()
    db.write_bytes(data[: len(data) // 2 // 4096 * 4096])
    with pytest.raises((StoreDamaged, StoreTruncated)):
        Store.open(db, key)


@pytest.mark.parametrize("where", [0.0, 0.3, 0.6, 0.99])
def test_a_flipped_byte_anywhere_is_found(db: Path, key: bytes, where: float) -> None:
    store = Store.create(db, key)
    write_logs(store, 300)
    store.close()
    data = bytearray(db.read_bytes())
    at = min(len(data) - 1, int(len(data) * where) + 100)
    data[at] ^= 0x40
    db.write_bytes(bytes(data))
    before = db.read_bytes()
    with pytest.raises(StoreDamaged):
        Store.open(db, key)
    assert db.read_bytes() == before


def test_a_foreign_sqlite_file_is_not_taken_for_ours(db: Path, key: bytes) -> None:
    import sqlite3

    db.parent.mkdir(parents=True)
    conn = sqlite3.connect(db)
    conn.execute("CREATE TABLE notes (t)")
    conn.execute("INSERT INTO notes VALUES ('x')")
    conn.commit()
    conn.close()
    before = db.read_bytes()
    with pytest.raises(StoreDamaged):  # not decryptable with our key
        Store.open(db, key)
    assert db.read_bytes() == before
    with pytest.raises(NotAThuisboekStore):  # opened without a key: no marker of ours
        Store.open(db, None)


def test_migrations_take_an_empty_database_to_head(db: Path, key: bytes) -> None:
    from app.storage.engine import create_store_engine

    engine = create_store_engine(db, key, create=True)
    assert migrate.current_revision(engine) is None
    migrate.upgrade(engine)
    assert migrate.current_revision(engine) == migrate.head_revision()
    with engine.connect() as conn:
        tables = {r[0] for r in conn.execute(text("SELECT name FROM sqlite_master"))}
    assert {"record", "record_child", "record_fts", "outbox", "meta"} <= tables
    migrate.downgrade(engine, "base")
    with engine.connect() as conn:
        tables = {r[0] for r in conn.execute(text("SELECT name FROM sqlite_master"))}
    assert "record" not in tables
    engine.dispose()


def test_snapshot_is_a_consistent_encrypted_copy(db: Path, key: bytes, tmp_path: Path) -> None:
    store = Store.create(db, key)
    write_logs(store, 120)
    copy = tmp_path / "copy.db"
    copy.write_bytes(b"".join(store.snapshot_chunks()))
    store.close()
    assert CANARY.encode() not in copy.read_bytes()
    again = Store.open(copy, key)
    with again.read() as session:
        assert records.count_by_kind(session) == {"daily_log": 120}
    again.close()
    assert not (db.parent / "thuisboek.db.snapshot").exists()


def test_contact_words_are_searchable_inside_the_encrypted_file(db: Path, key: bytes) -> None:
    store = Store.create(db, key)
    note = ContactNote(
        household_id=H,
        children=[C],
        relatives=[uuid.uuid4()],
        author_id=A,
        contact_kind=ContactKind.VISIT,
        date=date(2025, 3, 1),
        agreements="Volgende afspraak in de speeltuin",
        reaction_after="Blij",
    )
    with store.write() as session:
        records.put_local(session, note, 0)
    with store.read() as session:
        assert [s.record.id for s in timeline.search(session, "speeltuin")] == [note.id]
        assert [s.record.id for s in timeline.search(session, "speel")] == [note.id]
        assert timeline.search(session, "zwembad") == []
        # FTS5 syntax typed by a person is taken literally, not as a query language.
        assert timeline.search(session, 'speeltuin" OR "x') == []
        assert timeline.search(session, "NEAR(") == []
    store.close()


def test_the_page_check_left_for_later_still_finds_a_flipped_byte(db: Path, key: bytes) -> None:
    """Opened without reading every page (the app's unlock), a damaged page far
    from those read while opening is found by the check made afterwards; a whole
    store has none."""
    store = Store.create(db, key)
    write_logs(store, 600)
    store.close()
    whole = Store.open(db, key, check_pages=False)
    assert whole.confirmed_page_problems() == []
    whole.close()
    data = bytearray(db.read_bytes())
    data[int(len(data) * 0.8)] ^= 0x40
    db.write_bytes(bytes(data))
    with pytest.raises(StoreDamaged):
        Store.open(db, key)  # the check at once, as the command line opens it
    opened = Store.open(db, key, check_pages=False)
    try:
        assert opened.confirmed_page_problems() != []
    finally:
        opened.close()
