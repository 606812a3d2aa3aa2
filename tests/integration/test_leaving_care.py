"""End to end: the office closes a child's placement; the caregiver's laptop sends
her last log first, then erases the child; the retention purge leaves its audit row."""

from __future__ import annotations

import sqlite3
import uuid
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from app.domain.records import DailyLog
from app.server.core.config import DATABASE_FILE
from app.services.story import StoryService
from app.storage import records
from app.sync.engine import SyncReport
from tests import factories
from tests.integration.laptops import Laptop, admin
from tests.support.servers import serving


@pytest.fixture
def office(tmp_path: Path) -> Iterator[tuple[Path, str, dict[str, str]]]:
    data = tmp_path / "server"
    data.mkdir()
    admin(data, "init")
    ids = {"home": admin(data, "add-household", "Gezin Peeters", "--kind", "simba")}
    ids["anna"] = admin(
        data, "add-person", "Anna", "--role", "caregiver", "--household", ids["home"]
    )
    with serving(data) as url:
        yield data, url, ids


def _held_by_server(data: Path, record_id: uuid.UUID) -> bool:
    with sqlite3.connect(data / DATABASE_FILE) as db:
        return (
            db.execute("SELECT 1 FROM record WHERE id = ?", (str(record_id),)).fetchone()
            is not None
        )


def test_a_closed_child_leaves_the_laptop_after_her_last_log_reached_the_office(
    office: tuple[Path, str, dict[str, str]], tmp_path: Path
) -> None:
    data, url, ids = office
    anna = Laptop(tmp_path / "anna", url, admin(data, "enroll-code", ids["anna"], "--hours", "1"))
    try:
        home = anna.book.identity.household_id
        mila = anna.records.create(
            factories.child(home, given_name="Mila", date_of_birth=date(2004, 5, 1),
                            placement_start=date(2015, 9, 1))
        ).id  # fmt: skip
        noor = anna.write("Noor")
        author = factories.Author(home, anna.book.identity.user_id)
        beach = anna.records.create(
            factories.daily_log(
                author, mila, date=date.today() - timedelta(days=1), moments="Zandkasteel"
            )
        )
        [kept] = StoryService(anna.book).keep(beach, "Het hoogste kasteel")
        anna.engine.sync()
        assert _held_by_server(data, kept.id)
        # Her last evening: a log written, not sent yet.
        last = anna.records.create(factories.daily_log(author, mila, text="Afscheidsfeest")).id
        admin(data, "close-placement", "--child", str(mila), "--date", str(date.today()),
              "--outcome", "return_home")  # fmt: skip

        # The closing arrives a day after her log was written, before it left:
        # even a day later the child stays while the log waits.
        later = datetime.now(UTC) + timedelta(days=2)
        report = SyncReport()
        anna.engine.pull(home, report)
        anna.engine.let_children_go(report)  # the closing is seen here now
        anna.engine.let_children_go(report, later)
        assert report.children_waiting == [str(mila), str(mila)] and not report.children_left
        assert anna.holds(mila) and anna.holds(last)
        assert not _held_by_server(data, last)

        # Her log goes at the next sync; the child stays a day for her book.
        report = anna.engine.sync()
        assert _held_by_server(data, last)
        assert report.children_waiting == [str(mila)] and not report.children_left
        assert anna.holds(mila)
        report = SyncReport()
        anna.engine.let_children_go(report, later)  # a day after: she leaves this laptop
        assert report.children_left == [str(mila)]
        assert not anna.holds(mila) and not anna.holds(last) and not anna.holds(kept.id)
        assert anna.holds(noor)
        with anna.book.store.read() as session:
            assert not records.for_child(session, mila, [DailyLog.kind])

        # The next sync does not bring her back.
        anna.engine.sync()
        assert not anna.holds(mila)

        # The office keeps the file until she turns 35; an earlier age purges it now.
        listed = admin(data, "retention")
        assert str(mila) not in listed
        listed = admin(data, "retention", "--until-age", "18")
        assert str(mila) in listed
        admin(data, "retention", "--until-age", "18", "--purge")
        assert not _held_by_server(data, mila) and not _held_by_server(data, last)
        assert not _held_by_server(data, kept.id)
        audit = admin(data, "audit", "--action", "retention_purge", "--json")
        assert str(mila) in audit and "Mila" not in audit
        anna.engine.sync()  # the feed goes on after a purge
        assert anna.holds(noor)
    finally:
        anna.close()


def test_a_caregiver_cannot_record_where_a_child_went(
    office: tuple[Path, str, dict[str, str]], tmp_path: Path
) -> None:
    data, url, ids = office
    anna = Laptop(tmp_path / "anna", url, admin(data, "enroll-code", ids["anna"], "--hours", "1"))
    try:
        noor = anna.write("Noor")
        anna.engine.sync()
        anna.records.update(noor, placement_end=date.today(), placement_outcome="adoption")
        report = anna.engine.sync()
        assert report.rejected == 1
        with anna.book.store.read() as session:
            stored = records.get(session, noor)
        assert stored is not None and "supervisor" in stored.reject_reason
        assert anna.holds(noor)
    finally:
        anna.close()
