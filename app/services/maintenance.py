"""Integrity checks, backups and restores of a profile."""

from __future__ import annotations

import os
import shutil
from dataclasses import dataclass
from pathlib import Path

from app import paths
from app.crypto import backup as backup_file
from app.crypto.envelope import KeyEnvelope
from app.services.profile import ProfileExists, exists, open_book
from app.storage import migrate, outbox, records
from app.storage.book import Book


@dataclass(frozen=True)
class CheckReport:
    counts: dict[str, int]
    outbox: int
    schema: str | None
    problems: list[str]


def check(book: Book) -> CheckReport:
    """SQLCipher's page check, SQLite's integrity check, and what the store holds."""
    problems = book.store.integrity_problems()
    with book.store.read() as session:
        counts = records.count_by_kind(session)
        waiting = len(outbox.outbox(session))
    return CheckReport(counts, waiting, migrate.current_revision(book.store.engine), problems)


def page_problems(book: Book) -> list[str]:
    """SQLCipher's check of every page of the open store, as the app runs it once
    its window is open (the check reads the whole file: it is not made while the
    person waits to unlock). Empty when every page is whole."""
    return book.store.confirmed_page_problems()


def backup(book: Book, out: Path) -> None:
    """One encrypted file holding the whole profile: its key file (the data key
    wrapped by the passphrase) and a consistent copy of the database."""
    envelope = KeyEnvelope.load(paths.key_file(book.profile_dir))
    key = book.store.key
    if key is None:
        raise ValueError("a plain (unencrypted) store has no backup key")
    backup_file.write_backup(out, envelope, key, book.store.snapshot_chunks())


def restore(source: Path, profile_dir: Path, passphrase: str) -> None:
    """Make a profile from a backup. Never overwrites: the target must not hold a profile."""
    if exists(profile_dir):
        raise ProfileExists(profile_dir)
    restored = backup_file.read_backup(source, passphrase)
    staging = profile_dir.with_name(profile_dir.name + ".restoring")
    shutil.rmtree(staging, ignore_errors=True)
    old_umask = os.umask(0o077)
    try:
        staging.mkdir(parents=True, mode=0o700)
        restored.restore_database(paths.database_file(staging))
        restored.envelope.save(paths.key_file(staging))
        # Prove the copy opens and is whole before it takes the profile's place.
        open_book(staging, restored.data_key).close()
        profile_dir.parent.mkdir(parents=True, exist_ok=True)
        if profile_dir.exists():
            profile_dir.rmdir()  # empty (exists() said it holds no profile)
        os.replace(staging, profile_dir)
    finally:
        os.umask(old_umask)
        shutil.rmtree(staging, ignore_errors=True)
