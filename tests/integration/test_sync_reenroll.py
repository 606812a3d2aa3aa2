"""End to end: the central office no longer knows a laptop's token (restored from
a backup taken before the laptop was enrolled); the laptop is enrolled again.

A code for someone else changes nothing; a code for the profile's own person
replaces only the link, and the next sync brings the server every record the
laptop holds: those it had sent before the restore and those still waiting.
"""

from __future__ import annotations

import uuid
from pathlib import Path

import pytest

from app.services import enrolment
from app.storage import outbox, records, sync_state
from app.storage.store import Store
from app.sync.engine import SyncEngine
from app.sync.enroll import NotThisPerson, reenroll, transport_for
from app.sync.transport import Transport, Unauthorized
from tests.integration.laptops import Laptop, admin, restore
from tests.support.servers import free_port, server_command, serving


def versions(laptop: Laptop) -> dict[uuid.UUID, int]:
    with laptop.book.store.read() as session:
        return {r.id: r.version for r in records.list_kind(session, "child")}


def test_a_laptop_the_office_forgot_is_enrolled_again_and_loses_nothing(tmp_path: Path) -> None:
    data = tmp_path / "server"
    data.mkdir()
    admin(data, "init")
    household = admin(data, "add-household", "Gezin Peeters", "--kind", "simba")
    anna = admin(data, "add-person", "Anna", "--role", "caregiver", "--household", household)
    ben = admin(data, "add-person", "Ben", "--role", "caregiver", "--household", household)
    backup = tmp_path / "backup.db"
    admin(data, "backup", "--out", str(backup))  # before the laptop was enrolled
    port = free_port()
    command = server_command(data, None, port)
    url = f"http://127.0.0.1:{port}"
    laptop: Laptop | None = None
    try:
        with serving(data, command=command):
            laptop = Laptop(
                tmp_path / "laptop", url, admin(data, "enroll-code", anna, "--hours", "1")
            )
            sent = {laptop.write(f"Gesynchroniseerd {n}") for n in range(3)}
            laptop.engine.sync()
            changed = next(iter(sent))
            laptop.records.update(changed, notes="Offline aangepast")
            waiting = {laptop.write(f"Wacht {n}") for n in range(2)}

        restore(data, backup)
        with serving(data, command=command):
            with pytest.raises(Unauthorized):
                laptop.engine.sync()
            before = versions(laptop)
            link = sync_state.read_link(laptop.book.store)
            with laptop.book.store.read() as session:
                pending = outbox.pending_count(session)
            assert pending > 0

            # A code for Ben: refused, and nothing here changes, nor on the server:
            # the code is still Ben's to use.
            bens_code = admin(data, "enroll-code", ben, "--hours", "1")
            with pytest.raises(NotThisPerson):
                reenroll(laptop.book, url, bens_code)
            bens = Transport(url)
            try:
                assert bens.enroll(bens_code, "Ben's laptop").person["id"] == ben
            finally:
                bens.close()
            assert sync_state.read_link(laptop.book.store) == link
            assert versions(laptop) == before
            with laptop.book.store.read() as session:
                assert outbox.pending_count(session) == pending

            # A code for Anna: the same profile, linked again (as File ▸ Connect does it).
            code = admin(data, "enroll-code", anna, "--hours", "1")
            with laptop.book.store.write() as session:  # as if once revoked: cleared too
                Store.set_meta(session, sync_state.REVOKED, "1")
            again = enrolment.enrol_open_book(laptop.book, url, code)
            assert link is not None and again.token != link.token
            assert again.households == [uuid.UUID(household)] and not again.revoked
            assert str(laptop.book.identity.user_id) == anna
            laptop.transport.close()
            transport = transport_for(laptop.book)
            assert transport is not None
            laptop.transport = transport
            laptop.engine = SyncEngine(laptop.book, transport)
            report = laptop.engine.sync()
            # Everything is sent again but the records of other people (Ben's),
            # which only the office writes: nothing is refused.
            assert report.conflicts == 0 and report.resent > 0 and report.rejected == 0

            everything = sent | waiting
            assert set(before) == everything
            after = versions(laptop)
            assert set(after) == everything
            page = transport.pull(uuid.UUID(household), 0, 1000)
            held = {c.record_id: c for c in page.changes if c.kind == "child"}
            assert set(held) == everything
            for record_id, version in before.items():
                assert after[record_id] >= version  # never started again from 1
                assert held[record_id].version == after[record_id]
            assert held[changed].content["notes"] == "Offline aangepast"
            assert not any(c.kind == "conflict_revision" for c in page.changes)
            with laptop.book.store.read() as session:
                assert outbox.pending_count(session) == 0
                assert records.count_open_conflicts(session) == 0
                assert outbox.list_rejected(session) == []
    finally:
        if laptop is not None:
            laptop.close()
