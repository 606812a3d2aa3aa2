"""A supervisor's first pull over several households, through the real central
office on loopback: its progress counts records of the whole pull ("12,400 of
33,000"), known before the first page is stored, not change numbers per
household; and the office's pull answer says how many changes follow a page."""

from __future__ import annotations

import contextlib
import io
import sqlite3
import uuid
from datetime import date, timedelta
from pathlib import Path

from app.domain.vocabulary import HouseholdKind
from app.server import cli as server_cli
from app.server.core.config import DATABASE_FILE
from app.services import profile
from app.services.records import RecordService
from app.storage.book import Book
from app.sync import engine as sync_engine
from app.sync.engine import SyncEngine
from app.sync.enroll import enroll, transport_for
from app.sync.transport import Transport
from tests import factories
from tests.conftest import PASSPHRASE
from tests.support.servers import serving

TODAY = date.today()


def admin(data: Path, *args: str) -> str:
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = server_cli.main(["--data", str(data), *args])
    assert code == 0, err.getvalue()
    return out.getvalue().strip()


def laptop(folder: Path, data: Path, url: str, person: str) -> tuple[Book, Transport]:
    book = profile.create_profile(
        folder,
        PASSPHRASE,
        profile.NewProfile("Lokaal", "Lokaal gezin", HouseholdKind.SIMBA),
        strength="minimum",
    )
    enroll(book, url, admin(data, "enroll-code", person, "--hours", "1"), device_name=folder.name)
    transport = transport_for(book)
    assert transport is not None
    return book, transport


def write_logs(book: Book, days: int) -> None:
    records = RecordService(book)
    child = records.create(factories.child(book.identity.household_id, family_name="Maes"))
    for n in range(days):
        records.create(
            factories.daily_log(book.identity, child, date=TODAY - timedelta(days=n), text=f"{n}")
        )


def changes_in(data: Path, households: list[str]) -> int:
    with contextlib.closing(sqlite3.connect(data / DATABASE_FILE)) as db:
        marks = ", ".join("?" * len(households))
        query = f"SELECT count(*) FROM change WHERE household_id IN ({marks})"
        return int(db.execute(query, households).fetchone()[0])


def test_a_first_pull_counts_the_records_of_every_household(tmp_path: Path) -> None:
    data = tmp_path / "office"
    data.mkdir()
    admin(data, "init")
    a = admin(data, "add-household", "Gezin Peeters", "--kind", "simba")
    b = admin(data, "add-household", "Gezin Claes", "--kind", "simba")
    anna = admin(data, "add-person", "Anna", "--role", "caregiver", "--household", a)
    carla = admin(data, "add-person", "Carla", "--role", "caregiver", "--household", b)
    sofie = admin(
        data, "add-person", "Sofie", "--role", "supervisor", "--household", a, "--household", b
    )
    opened: list[tuple[Book, Transport]] = []
    with serving(data) as url:
        try:
            for name, person, days in (("anna", anna, 130), ("carla", carla, 110)):
                book, transport = laptop(tmp_path / name, data, url, person)
                opened.append((book, transport))
                write_logs(book, days)
                SyncEngine(book, transport).sync()
            book, transport = laptop(tmp_path / "sofie", data, url, sofie)
            opened.append((book, transport))
            total = changes_in(data, [a, b])
            # More than a first page in each household.
            assert min(changes_in(data, [a]), changes_in(data, [b])) > sync_engine.FIRST_PAGE

            # The office's answer: how many changes follow the page.
            page = transport.pull(uuid.UUID(a), 0, 50)
            assert page.remaining == changes_in(data, [a]) - 50
            assert transport.pull(uuid.UUID(b), 0, 1000).remaining == 0

            seen: list[tuple[int, int]] = []

            def progress(phase: str, done: int, of: int) -> None:
                if phase == "pull":
                    seen.append((done, of))

            report = SyncEngine(book, transport).sync(progress)
        finally:
            for book, transport in opened:
                transport.close()
                book.close()
    assert sorted(report.households) == sorted([a, b])
    # Both households' first pages (of FIRST_PAGE), then the rest of each; the
    # whole pull's size from the first progress on.
    assert {of for _, of in seen} == {total}
    dones = [done for done, _ in seen]
    assert dones == sorted(dones) and len(set(dones)) == len(dones)
    assert dones[-1] == total
    assert len(seen) == 4  # a first page and a second one for each household
