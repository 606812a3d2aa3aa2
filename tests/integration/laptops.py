"""Enrolled laptops and admin commands for end-to-end tests against a live server."""

from __future__ import annotations

import contextlib
import io
import shutil
import uuid
from datetime import date
from pathlib import Path

from app.domain.vocabulary import HouseholdKind
from app.server import cli as server_cli
from app.server.core.config import DATABASE_FILE
from app.services import profile
from app.services.records import RecordService
from app.storage import records
from app.storage.book import Book
from app.sync.engine import SyncEngine
from app.sync.enroll import enroll, transport_for
from tests import factories
from tests.conftest import PASSPHRASE


def admin(data: Path, *args: str) -> str:
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = server_cli.main(["--data", str(data), *args])
    assert code == 0, err.getvalue()
    return out.getvalue().strip()


class Laptop:
    def __init__(self, folder: Path, url: str, code: str) -> None:
        self.book: Book = profile.create_profile(
            folder,
            PASSPHRASE,
            profile.NewProfile("Lokaal", "Lokaal gezin", HouseholdKind.SIMBA),
            strength="minimum",
        )
        enroll(self.book, url, code, device_name=folder.name)
        transport = transport_for(self.book)
        assert transport is not None
        self.transport = transport
        self.records = RecordService(self.book)
        self.engine = SyncEngine(self.book, transport)

    @classmethod
    def reopen(cls, folder: Path) -> Laptop:
        """The enrolled laptop at ``folder`` unlocked again (after its process was killed)."""
        laptop = cls.__new__(cls)
        laptop.book = profile.unlock(folder, PASSPHRASE)
        transport = transport_for(laptop.book)
        assert transport is not None
        laptop.transport = transport
        laptop.records = RecordService(laptop.book)
        laptop.engine = SyncEngine(laptop.book, transport)
        return laptop

    def write(self, name: str, household: uuid.UUID | None = None) -> uuid.UUID:
        """A new child record, in ``household`` (or the profile's own)."""
        child = factories.child(
            household or self.book.identity.household_id,
            given_name=name,
            date_of_birth=date(2020, 3, 14),
        )
        return self.records.create(child).id

    def children(self) -> set[uuid.UUID]:
        with self.book.store.read() as session:
            return {r.id for r in records.list_kind(session, "child")}

    def holds(self, record_id: uuid.UUID) -> bool:
        with self.book.store.read() as session:
            return records.get(session, record_id) is not None

    def close(self) -> None:
        self.transport.close()
        self.book.close()


def restore(data: Path, backup: Path) -> None:
    """What an administrator does with the server stopped: the backup goes back in place."""
    database = data / DATABASE_FILE
    for leftover in (database.with_name(database.name + s) for s in ("-wal", "-shm")):
        leftover.unlink(missing_ok=True)
    shutil.copyfile(backup, database)
