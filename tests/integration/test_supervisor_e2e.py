"""End to end, supervisor mode: a caregiver's and a supervisor's profiles sync
through the real central office server on loopback.

The caregiver writes logs with an incident and a cancelled contact and syncs;
the supervisor syncs and finds them at the top of the queue, opens the
incident and asks about it; the caregiver sees the open question and answers;
the supervisor sees the answer. The supervisor's device reaches only the
households it supervises, and what it opened is in the server's audit log.
"""

from __future__ import annotations

import contextlib
import io
import json
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

import pytest
from sqlmodel import Session, select

from app.domain.vocabulary import ContactKind, ContactStatus, HouseholdKind, Role, Severity
from app.server import cli as server_cli
from app.server.core.config import DATABASE_FILE
from app.server.core.db import make_engine
from app.server.tables import AuditLogRow
from app.services import profile
from app.services.records import EntryLocked, RecordService
from app.services.review import QueueGroup, ReviewQueue
from app.storage import records as record_store
from app.storage import sync_state
from app.storage.book import Book
from app.sync.engine import SyncEngine, SyncReport
from app.sync.enroll import enroll, transport_for
from app.sync.transport import ServerRefused, Transport
from tests import factories
from tests.conftest import CANARY, PASSPHRASE
from tests.support.servers import serving

TODAY = date.today()


@dataclass(frozen=True)
class Office:
    url: str
    data: Path
    supervised: uuid.UUID  # household A: Anna's, supervised by Sofie
    also_supervised: uuid.UUID  # household C: supervised by Sofie, no records yet
    elsewhere: uuid.UUID  # household B: Carla's, not Sofie's
    anna: str
    carla: str
    sofie: str

    def audit(self, action: str) -> list[AuditLogRow]:
        engine = make_engine(f"sqlite:///{self.data / DATABASE_FILE}")
        try:
            with Session(engine) as session:
                return list(session.exec(select(AuditLogRow).where(AuditLogRow.action == action)))
        finally:
            engine.dispose()


def admin(data: Path, *args: str) -> str:
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = server_cli.main(["--data", str(data), *args])
    assert code == 0, err.getvalue()
    return out.getvalue().strip()


@pytest.fixture(scope="module")
def office(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Office]:
    data = tmp_path_factory.mktemp("office")
    admin(data, "init")
    a = admin(data, "add-household", "Gezin Peeters", "--kind", "simba")
    b = admin(data, "add-household", "Gezin Claes", "--kind", "simba")
    c = admin(data, "add-household", "Leefgroep De Linde", "--kind", "minors_house")
    anna = admin(data, "add-person", "Anna", "--role", "caregiver", "--household", a)
    carla = admin(data, "add-person", "Carla", "--role", "caregiver", "--household", b)
    sofie = admin(
        data, "add-person", "Sofie", "--role", "supervisor", "--household", a, "--household", c
    )
    with serving(data) as url:
        yield Office(url, data, uuid.UUID(a), uuid.UUID(c), uuid.UUID(b), anna, carla, sofie)


@dataclass
class Laptop:
    book: Book
    records: RecordService
    queue: ReviewQueue
    transport: Transport
    engine: SyncEngine

    def sync(self) -> SyncReport:
        return self.engine.sync()


@pytest.fixture(scope="module")
def laptops(
    tmp_path_factory: pytest.TempPathFactory, office: Office
) -> Iterator[tuple[Laptop, Laptop]]:
    folder = tmp_path_factory.mktemp("laptops")
    made = []
    for n, person in enumerate((office.anna, office.sofie)):
        book = profile.create_profile(
            folder / f"profile{n}",
            PASSPHRASE,
            profile.NewProfile("Lokaal", "Lokaal gezin", HouseholdKind.SIMBA),
            strength="minimum",
        )
        code = admin(office.data, "enroll-code", person, "--hours", "1")
        enroll(book, office.url, code, device_name=f"laptop{n}")
        transport = transport_for(book)
        assert transport is not None
        made.append(
            Laptop(
                book, RecordService(book), ReviewQueue(book), transport, SyncEngine(book, transport)
            )
        )
    yield made[0], made[1]
    for laptop in made:
        laptop.transport.close()
        laptop.book.close()


def write_week(caregiver: Laptop) -> dict[str, uuid.UUID]:
    """A child, her mother, a week of logs with one incident, and two contacts."""
    book, records = caregiver.book, caregiver.records
    household = book.identity.household_id
    child = records.create(
        factories.child(household, family_name="Janssens", date_of_birth=date(2019, 3, 14))
    )
    mother = records.create(factories.relative(household, [child], name="Marie"))
    ids = {"child": child.id}
    for n in range(1, 7):
        fields: dict[str, object] = {"text": f"Dag {n}: rustig"}
        if n == 4:
            fields = {
                "text": f"{CANARY}: viel van het klimrek, naar de huisarts",
                "flag": True,
                "severity": Severity.HIGH,
            }
        log = records.create(
            factories.daily_log(book.identity, child, date=TODAY - timedelta(days=n), **fields)
        )
        ids["incident" if n == 4 else f"log{n}"] = log.id
    for name, n, status in (
        ("cancelled", 5, ContactStatus.CANCELLED),
        ("visit", 2, ContactStatus.HAPPENED),
    ):
        note = records.create(
            factories.contact_note(
                book.identity,
                [child],
                [mother],
                contact_kind=ContactKind.SUPERVISED_VISIT,
                status=status,
                date=TODAY - timedelta(days=n),
                text="Mama belde af" if status == ContactStatus.CANCELLED else "Fijn",
            )
        )
        ids[name] = note.id
    return ids


def test_supervisor_reviews_asks_and_reads_the_answer(
    office: Office, laptops: tuple[Laptop, Laptop]
) -> None:
    anna, sofie = laptops
    assert anna.book.identity.role == Role.CAREGIVER
    assert sofie.book.identity.role == Role.SUPERVISOR
    link = sync_state.read_link(sofie.book.store)
    assert link is not None
    assert set(link.households) == {office.supervised, office.also_supervised}

    # The caregiver writes and syncs.
    ids = write_week(anna)
    report = anna.sync()
    assert report.rejected == 0 and report.pushed == 10

    # The supervisor syncs and finds the incident, then the cancelled contact, on top.
    assert sofie.sync().pulled >= 10
    households = {h.household_id: h for h in sofie.queue.households()}
    assert set(households) == {office.supervised, office.also_supervised}
    mine = households[office.supervised]
    assert (mine.name, mine.unreviewed, mine.incidents, mine.missed_contacts) == (
        "Gezin Peeters",
        8,
        1,
        1,
    )
    assert households[office.also_supervised].unreviewed == 0
    items = sofie.queue.items(office.supervised)
    assert [i.record_id for i in items[:2]] == [ids["incident"], ids["cancelled"]]
    assert [i.group for i in items[:3]] == [
        QueueGroup.INCIDENT,
        QueueGroup.MISSED_CONTACT,
        QueueGroup.REST,
    ]
    assert items[0].severity == Severity.HIGH and items[0].child_name == "Lotte Janssens"
    assert items[1].status == ContactStatus.CANCELLED
    assert items[2].record_id == ids["log1"]  # then the rest, newest first

    # A supervisor reads but does not write the household's records.
    with pytest.raises(EntryLocked):
        sofie.records.update(ids["incident"], text="anders")

    # She opens the incident, asks about it, and marks the quiet days reviewed.
    sofie.queue.opened(ids["incident"])
    question = sofie.queue.ask(ids["incident"], "Is de school verwittigd?")
    quiet = [ids[f"log{n}"] for n in (1, 2, 3, 5, 6)]
    assert len(sofie.queue.mark_reviewed(quiet)) == 5
    report = sofie.sync()
    assert report.pushed == 6 and report.rejected == 0
    assert report.views_reported == 1 and sofie.queue.views_waiting() == 0
    assert [i.record_id for i in sofie.queue.items(office.supervised)] == [
        ids["incident"],
        ids["cancelled"],
        ids["visit"],
    ]

    # The caregiver's app shows the open question; she answers it.
    anna.sync()
    [open_one] = anna.queue.open_questions()
    assert open_one.question_id == question.id
    assert open_one.comment == "Is de school verwittigd?"
    assert open_one.target_id == ids["incident"] and open_one.child_name == "Lotte Janssens"
    anna.queue.answer(question.id, "Ja, de juf weet het sinds gisteren.")
    assert anna.queue.open_questions() == []
    assert anna.sync().pushed == 1

    # The answer comes back to the supervisor.
    sofie.sync()
    [incident] = [i for i in sofie.queue.items(office.supervised) if i.record_id == ids["incident"]]
    assert incident.answered and not incident.open_question
    [asked] = sofie.queue.questions(office.supervised)
    assert [a.comment for a in asked.answers] == ["Ja, de juf weet het sinds gisteren."]
    assert asked.answers[0].author_name == "Anna"
    assert [t.comment for t in sofie.queue.thread(ids["incident"])] == [
        "Is de school verwittigd?",
        "Ja, de juf weet het sinds gisteren.",
    ]
    sofie.queue.mark_reviewed([ids["incident"], ids["cancelled"], ids["visit"]])
    sofie.sync()
    assert sofie.queue.items(office.supervised) == []
    anna.sync()
    assert anna.queue.open_questions() == []

    # The audit log: who opened and who reviewed which record; never content.
    [viewed] = office.audit("view")
    assert json.loads(viewed.record_ids) == [str(ids["incident"])]
    assert viewed.household_id == str(office.supervised)
    assert viewed.person_id == office.sofie and viewed.device_id == link.device_id
    reviewed = {r for row in office.audit("review") for r in json.loads(row.record_ids)}
    assert {str(ids[k]) for k in ("incident", "cancelled", "visit", "log1", "log6")} <= reviewed
    everything = [*office.audit("view"), *office.audit("review"), *office.audit("push")]
    assert CANARY not in json.dumps([r.model_dump(mode="json") for r in everything])


def test_supervisor_cannot_pull_a_household_it_does_not_supervise(
    office: Office, laptops: tuple[Laptop, Laptop]
) -> None:
    _, sofie = laptops
    link = sync_state.read_link(sofie.book.store)
    assert link is not None and office.elsewhere not in link.households
    with pytest.raises(ServerRefused) as refused:
        sofie.transport.pull(office.elsewhere, 0, 100)
    assert refused.value.status == 404
    with sofie.book.store.read() as session:
        assert record_store.count_live(session, office.elsewhere) == 0
    refusals = [r for r in office.audit("pull_refused") if r.device_id == link.device_id]
    assert [r.household_id for r in refusals] == [str(office.elsewhere)]


def test_marking_a_backlog_reaches_the_offices_audit_log_with_each_record(
    office: Office, laptops: tuple[Laptop, Laptop]
) -> None:
    """A "mark all before" is kept in the laptop's own audit log; once the marks sync,
    the office's log has them as review rows: the supervisor, the laptop, the
    household and every record marked (no content)."""
    anna, sofie = laptops
    write_week(anna)
    anna.sync()
    sofie.sync()
    before = {r.id for r in office.audit("review")}
    backlog = sofie.queue.mark_all_before(office.supervised, TODAY)
    assert backlog.count >= 8
    assert sofie.sync().pushed >= backlog.count
    rows = [r for r in office.audit("review") if r.id not in before]
    device = sync_state.read_link(sofie.book.store)
    assert device is not None
    assert {(r.person_id, r.device_id, r.household_id) for r in rows} == {
        (office.sofie, device.device_id, str(office.supervised))
    }
    marked = [uuid.UUID(i) for r in rows for i in json.loads(r.record_ids)]
    assert sorted(marked, key=str) == sorted(backlog.target_ids, key=str)
    assert sum(int(r.detail.removeprefix("reviews=")) for r in rows) == backlog.count
