"""End to end: real profiles sync through the real central office server.

One ``thuisboek-server serve`` runs in a subprocess for the whole module, on a
temporary data folder prepared with the server's own CLI. Each test makes fresh
encrypted profiles, enrols them with one-time codes and drives ``SyncEngine``.
"""

from __future__ import annotations

import contextlib
import io
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

import pytest

from app.domain.records import Child, Record, parse_record
from app.domain.vocabulary import HouseholdKind, Severity
from app.protocol.schemas import OpStatus, PushOp, PushRequest
from app.server import cli as server_cli
from app.services import profile
from app.services.records import RecordService
from app.storage import outbox, records, sync_state
from app.storage.book import Book
from app.sync.engine import SyncEngine, SyncReport
from app.sync.enroll import enroll, transport_for
from app.sync.transport import DeviceRevoked, ServerRefused, Transport
from tests import factories
from tests.conftest import PASSPHRASE
from tests.support.servers import serving


@dataclass(frozen=True)
class Server:
    url: str
    data: Path
    household_a: uuid.UUID
    household_b: uuid.UUID
    caregivers_a: tuple[str, str]
    person_b: str

    def admin(self, *args: str) -> str:
        """Run a ``thuisboek-server`` command on the served data folder; its stdout."""
        out, err = io.StringIO(), io.StringIO()
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            code = server_cli.main(["--data", str(self.data), *args])
        assert code == 0, err.getvalue()
        return out.getvalue().strip()

    def code(self, person_id: str) -> str:
        return self.admin("enroll-code", person_id, "--hours", "1")


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    data = tmp_path_factory.mktemp("server")
    prep = Server("", data, uuid.UUID(int=0), uuid.UUID(int=0), ("", ""), "")
    prep.admin("init")
    household_a = prep.admin("add-household", "Gezin Peeters", "--kind", "simba")
    household_b = prep.admin("add-household", "Gezin Claes", "--kind", "simba")
    anna = prep.admin("add-person", "Anna", "--role", "caregiver", "--household", household_a)
    ben = prep.admin("add-person", "Ben", "--role", "caregiver", "--household", household_a)
    carla = prep.admin("add-person", "Carla", "--role", "caregiver", "--household", household_b)

    with serving(data) as url:
        yield Server(url, data, uuid.UUID(household_a), uuid.UUID(household_b), (anna, ben), carla)


@dataclass
class Device:
    book: Book
    records: RecordService
    transport: Transport
    engine: SyncEngine

    def sync(self) -> SyncReport:
        return self.engine.sync()

    def get(self, record_id: uuid.UUID) -> records.Stored:
        return self.records.get(record_id)

    def outbox(self) -> int:
        with self.book.store.read() as session:
            return outbox.pending_count(session)

    def all(self, kind: str) -> dict[uuid.UUID, dict[str, object]]:
        with self.book.store.read() as session:
            found = records.list_kind(session, kind, include_deleted=True)
        return {r.id: r.model_dump(mode="json") for r in found}

    def conflicts_for(self, target: uuid.UUID) -> list[Record]:
        with self.book.store.read() as session:
            found = records.list_kind(session, "conflict_revision")
        return [r for r in found if getattr(r, "target_id", None) == target]


@pytest.fixture(scope="module")
def device(
    tmp_path_factory: pytest.TempPathFactory, server: Server
) -> Iterator[Callable[[str], Device]]:
    """Make a local profile and enrol it as the given server person.

    The server allows 10 enrolments a minute from one address: the devices are
    made once per module and shared (every test writes its own records)."""
    made: list[Device] = []
    folder = tmp_path_factory.mktemp("profiles")

    def make(person_id: str) -> Device:
        book = profile.create_profile(
            folder / f"profile{len(made)}",
            PASSPHRASE,
            profile.NewProfile("Lokaal", "Lokaal gezin", HouseholdKind.SIMBA),
            strength="minimum",
        )
        enroll(book, server.url, server.code(person_id), device_name=f"laptop{len(made)}")
        transport = transport_for(book)
        assert transport is not None
        made.append(Device(book, RecordService(book), transport, SyncEngine(book, transport)))
        return made[-1]

    yield make
    for d in made:
        d.transport.close()
        d.book.close()


@pytest.fixture(scope="module")
def pair(server: Server, device: Callable[[str], Device]) -> tuple[Device, Device]:
    """The two caregivers of household A, each on their own computer."""
    return device(server.caregivers_a[0]), device(server.caregivers_a[1])


@pytest.fixture(scope="module")
def outsider(server: Server, device: Callable[[str], Device]) -> Device:
    """The caregiver of household B."""
    return device(server.person_b)


def _child(book: Book, name: str = "Lotte") -> Child:
    return factories.child(
        book.identity.household_id,
        given_name=name,
        family_name="Janssens",
        date_of_birth=date(2020, 3, 14),
    )


def _synced_child(pair: tuple[Device, Device]) -> tuple[Device, Device, Child]:
    one, two = pair
    one.sync()
    two.sync()
    child = one.records.create(_child(one.book))
    one.sync()
    two.sync()
    assert two.get(child.id).record == one.get(child.id).record
    return one, two, child


# 1 ---------------------------------------------------------------------------------
def test_records_reach_the_other_caregiver(server: Server, pair: tuple[Device, Device]) -> None:
    one, two = pair
    assert one.book.identity.household_id == two.book.identity.household_id == server.household_a
    child = one.records.create(_child(one.book))
    today = date.today()
    logs = [
        one.records.create(
            factories.daily_log(
                one.book.identity,
                child,
                household_id=server.household_a,
                date=today - timedelta(days=n),
                mood=3 + n % 2,
                text=f"Dag {n}",
            )
        )
        for n in range(3)
    ]
    assert one.outbox() == 4

    report = one.sync()
    assert report.pushed == 4 and report.rejected == 0
    assert one.outbox() == 0

    two.sync()
    ids = {child.id, *(log.id for log in logs)}
    for record_id in ids:
        mine, theirs = one.get(record_id), two.get(record_id)
        assert theirs.sync_state == mine.sync_state == "synced"
        assert theirs.record.model_dump(mode="json") == mine.record.model_dump(mode="json")
        assert theirs.record.version == 1
    assert two.get(logs[1].id).record.text == "Dag 1"  # type: ignore[attr-defined]
    # Exactly the same records on both sides (earlier tests' ones included).
    for kind in ("child", "daily_log"):
        assert one.all(kind) == two.all(kind)
    assert ids <= set(two.all("child")) | set(two.all("daily_log"))

    again = one.sync()
    assert (again.pushed, again.pulled) == (0, 0)
    again = two.sync()
    assert (again.pushed, again.pulled) == (0, 0)


def test_a_sync_reports_the_records_it_changed_here(
    server: Server, pair: tuple[Device, Device]
) -> None:
    one, two = pair
    for laptop in (one, two, one):
        laptop.sync()
    child = one.records.create(_child(one.book, "Mila"))

    sent = one.sync()  # acknowledged: its waiting mark goes
    assert (sent.changes.kinds, sent.changes.ids) == ({"child"}, {child.id})
    got = two.sync()
    assert (got.changes.kinds, got.changes.ids) == ({"child"}, {child.id})
    assert got.changes.households == {server.household_a}
    # Nothing new, or only this laptop's own change coming back: nothing changed here.
    assert not one.sync().changes
    assert not two.sync().changes


# 2 ---------------------------------------------------------------------------------
def test_different_fields_merge_without_conflict(
    server: Server, pair: tuple[Device, Device]
) -> None:
    one, two, child = _synced_child(pair)
    one.records.update(child.id, school="De Regenboog")
    two.records.update(child.id, notes="Houdt van tekenen")

    for d in (one, two, one, two):
        d.sync()

    for d in (one, two):
        got = d.get(child.id)
        assert isinstance(got.record, Child)
        assert (got.record.school, got.record.notes) == ("De Regenboog", "Houdt van tekenen")
        assert got.sync_state == "synced"
        assert d.conflicts_for(child.id) == []
        assert d.outbox() == 0
    assert one.get(child.id).record == two.get(child.id).record


# 3 ---------------------------------------------------------------------------------
def test_same_field_keeps_the_losing_value(server: Server, pair: tuple[Device, Device]) -> None:
    one, two, child = _synced_child(pair)
    one.records.update(child.id, school="Eerste school")
    two.records.update(child.id, school="Tweede school")

    for d in (one, two, one, two):
        d.sync()

    final = one.get(child.id).record
    assert final == two.get(child.id).record
    assert isinstance(final, Child)
    assert final.school in ("Eerste school", "Tweede school")
    loser = ({"Eerste school", "Tweede school"} - {final.school}).pop()
    for d in (one, two):
        revisions = d.conflicts_for(child.id)
        assert len(revisions) == 1
        revision = revisions[0]
        assert revision.losing == {"school": loser}  # type: ignore[attr-defined]
        assert revision.winning == {"school": final.school}  # type: ignore[attr-defined]
    assert one.conflicts_for(child.id)[0] == two.conflicts_for(child.id)[0]


# 4 ---------------------------------------------------------------------------------
def test_a_deletion_sticks_over_an_offline_edit(
    server: Server, pair: tuple[Device, Device]
) -> None:
    one, two, child = _synced_child(pair)
    relative = one.records.create(factories.relative(server.household_a, [child], name="Marie"))
    one.sync()
    two.sync()
    assert two.get(relative.id).record.deleted is False

    two.records.update(relative.id, phone="0470 12 34 56")  # offline
    one.records.delete(relative.id)
    one.sync()
    two.sync()
    one.sync()

    for d in (one, two):
        got = d.get(relative.id)
        assert got.record.deleted is True
        assert got.sync_state == "synced"
        assert d.outbox() == 0
    assert one.get(relative.id).record == two.get(relative.id).record


# 5 ---------------------------------------------------------------------------------
def test_a_push_sent_twice_is_applied_once(server: Server, pair: tuple[Device, Device]) -> None:
    one = pair[0]
    child = _child(one.book, "Retry").model_copy(
        update={  # stamped as RecordService stamps a new record
            "version": 1,
            "modified_at": one.book.clock.now(),
            "modified_by": one.book.identity.user_id,
            "device_id": one.book.identity.device_id,
        }
    )
    content = child.model_dump(mode="json")
    request = PushRequest(
        ops=[
            PushOp(
                op_id=uuid.uuid4(),
                kind="child",
                record_id=child.id,
                household_id=server.household_a,
                base_version=0,
                content=content,
            )
        ]
    )
    first = one.transport.push(request)
    second = one.transport.push(request)  # the first answer was "lost"
    assert first.results[0].status == OpStatus.APPLIED
    assert first.results[0].version == 1
    assert second == first

    page = one.transport.pull(server.household_a, 0, 1000)
    assert not page.has_more
    changes = [c for c in page.changes if c.record_id == child.id]
    assert len(changes) == 1
    assert changes[0].version == 1
    assert parse_record("child", changes[0].content).given_name == "Retry"  # type: ignore[attr-defined]


# 6 ---------------------------------------------------------------------------------
def test_other_household_is_out_of_reach(
    server: Server, pair: tuple[Device, Device], outsider: Device
) -> None:
    other = outsider
    assert other.book.identity.household_id == server.household_b
    with pytest.raises(ServerRefused) as refused:
        other.transport.pull(server.household_a, 0, 10)
    assert refused.value.status == 404

    # Household A's id: the local service does not check it, the server does.
    intruder = other.records.create(
        _child(other.book, "Indringer").model_copy(update={"household_id": server.household_a})
    )
    own = other.records.create(_child(other.book, "Eigen kind"))
    assert other.outbox() == 2

    report = other.sync()

    assert report.rejected == 1 and report.pushed == 1
    assert other.outbox() == 0
    kept = other.get(intruder.id)
    assert kept.sync_state == "rejected"
    assert kept.reject_reason == "not found"
    assert kept.record.household_id == server.household_a
    assert other.get(own.id).sync_state == "synced"
    # Nothing of it reached household A.
    page = pair[0].transport.pull(server.household_a, 0, 1000)
    assert intruder.id not in {c.record_id for c in page.changes}


# 7 ---------------------------------------------------------------------------------
def test_a_revoked_device_is_told_so(server: Server, device: Callable[[str], Device]) -> None:
    one = device(server.caregivers_a[1])
    one.sync()
    link = sync_state.read_link(one.book.store)
    assert link is not None and not link.revoked and link.device_id

    server.admin("revoke", link.device_id)
    one.records.create(_child(one.book, "Na intrekking"))
    with pytest.raises(DeviceRevoked):
        one.sync()

    after = sync_state.read_link(one.book.store)
    assert after is not None and after.revoked
    assert one.outbox() == 1  # nothing was lost


def test_an_incidents_description_reaches_the_other_caregiver(
    server: Server, pair: tuple[Device, Device]
) -> None:
    one, two, child = _synced_child(pair)
    log = one.records.create(
        factories.daily_log(
            one.book.identity,
            child,
            household_id=server.household_a,
            date=date.today(),
            flag=True,
            severity=Severity.MEDIUM,
            incident="Sloeg zijn broer na het telefoontje met mama.",
        )
    )
    report = one.sync()
    assert report.rejected == 0  # the office takes the field
    two.sync()
    theirs = two.get(log.id).record
    assert theirs.incident == "Sloeg zijn broer na het telefoontje met mama."  # type: ignore[attr-defined]
    # Too long a description is refused here, before it is ever sent.
    from app.domain.records import LONG_TEXT, DailyLog

    too_long = DailyLog.model_validate({**theirs.model_dump(), "incident": "x" * (LONG_TEXT + 1)})
    assert any(p.field == "incident" for p in too_long.problems(date.today()))
