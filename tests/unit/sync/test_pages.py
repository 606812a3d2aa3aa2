"""A pull page read in one pass: the same records as the protocol's page parsed
record by record, and any page it cannot read so is left to that path."""

from __future__ import annotations

import uuid
from datetime import date
from pathlib import Path

import pytest

from app.domain.records import Record, parse_record
from app.domain.vocabulary import HouseholdKind
from app.protocol.schemas import PullResponse
from app.server.services.pull import _body
from app.services import profile
from app.storage import records as records_store
from app.storage import sync_state, timeline
from app.sync.engine import SyncEngine, SyncReport
from app.sync.pages import PulledPage, read_page
from tests import factories
from tests.conftest import PASSPHRASE


def page_of(records: list[Record]) -> bytes:
    """The office's answer for these records, written as the office writes it."""
    household = str(records[0].household_id)
    rows = [
        (seq, str(r.id), r.version, r.kind, r.model_dump_json())
        for seq, r in enumerate(records, start=1)
    ]
    return _body(household, rows, len(rows), len(rows) + 5, len(rows), 5)


def some_records() -> list[Record]:
    home = factories.household(name="Gezin Peeters")
    kid = factories.child(home.id, given_name="Wout", date_of_birth=date(2020, 1, 1))
    by = factories.Author(home.id, uuid.uuid4())
    log = factories.daily_log(by, kid, date=date(2025, 1, 2), text="Zwemles")
    gone = factories.daily_log(by, kid, date=date(2025, 1, 3)).model_copy(
        update={"deleted": True, "version": 2}
    )
    # A field from a newer app is kept, as the protocol's path keeps it.
    newer = factories.daily_log(by, kid, date=date(2025, 1, 4)).model_copy(
        update={"mood_colour": "blue"}
    )
    return [home, kid, log, gone, newer]


def test_a_page_read_in_one_pass_holds_what_the_protocols_page_holds() -> None:
    body = page_of(some_records())
    page, protocol = read_page(body), PullResponse.model_validate_json(body)
    assert page is not None
    assert (page.household_id, page.next_after, page.has_more, page.max_seq) == (
        protocol.household_id, protocol.next_after, protocol.has_more, protocol.max_seq,
    )  # fmt: skip
    assert (page.live_records, page.remaining) == (protocol.live_records, protocol.remaining)
    assert len(page.changes) == len(protocol.changes) == 5
    for ours, theirs in zip(page.changes, protocol.changes, strict=True):
        assert (ours.seq, ours.kind, ours.record_id, ours.household_id, ours.version) == (
            theirs.seq, theirs.kind, theirs.record_id, theirs.household_id, theirs.version,
        )  # fmt: skip
        record = parse_record(theirs.kind, theirs.content)
        assert type(ours.record) is type(record) and ours.record == record
        assert ours.record.model_dump_json() == record.model_dump_json()
        assert ours.content == theirs.content  # the protocol's values, when asked for
    assert page.changes[4].record.model_extra == {"mood_colour": "blue"}


@pytest.mark.parametrize(
    "spoil",
    [
        pytest.param(lambda b: b.replace(b'"kind":"daily_log"', b'"kind":"dream_log"'), id="kind"),
        pytest.param(lambda b: b.replace(b'"date":"2025-01-02"', b'"date":"gisteren"'), id="field"),
        pytest.param(lambda b: b.replace(b'"protocol":1', b'"protocol":"1"'), id="protocol"),
        pytest.param(lambda b: b[:-40], id="cut short"),
    ],
)
def test_a_page_it_cannot_read_is_left_to_the_protocols_page(spoil: object) -> None:
    assert callable(spoil)
    body = spoil(page_of(some_records()))
    assert body != page_of(some_records())
    assert read_page(body) is None


class OnePage:
    """A transport whose office answers one page, read as the app reads it or as
    the protocol's ``PullResponse`` (a page the app could not read in one pass)."""

    def __init__(self, body: bytes, one_pass: bool) -> None:
        self.body, self.one_pass = body, one_pass

    def pull(
        self, household: uuid.UUID, after: int, limit: int, *, at: object = None
    ) -> PulledPage | PullResponse:
        page = read_page(self.body) if self.one_pass else None
        return page or PullResponse.model_validate_json(self.body)


def test_a_page_is_stored_alike_whichever_way_it_was_read(tmp_path: Path) -> None:
    records = some_records()
    rows = [
        (n, str(r.id), r.version, r.kind, r.model_dump_json()) for n, r in enumerate(records, 1)
    ]
    body = _body(str(records[0].household_id), rows, len(rows), len(rows), 4, 0)
    held = []
    for one_pass in (True, False):
        book = profile.create_profile(
            tmp_path / str(one_pass),
            PASSPHRASE,
            profile.NewProfile("Anna", "Gezin", HouseholdKind.SIMBA),
            strength="minimum",
        )
        try:
            report = SyncReport()
            SyncEngine(book, OnePage(body, one_pass)).pull(  # type: ignore[arg-type]
                records[0].household_id, report
            )
            assert report.pulled == 5
            with book.store.read() as session:
                stored = [records_store.get(session, r.id) for r in records]
                found = [h.record.id for h in timeline.search(session, "zwemles")]
                links = [
                    r.id for r in records_store.for_child(session, records[1].id, ["daily_log"])
                ]
                cursor = sync_state.cursor(book.store, records[0].household_id)
            held.append(([s.record if s else None for s in stored], found, links, cursor.seq))
        finally:
            book.close()
    assert held[0] == held[1]
    assert held[0][0] == records and held[0][1] == [records[2].id] and held[0][3] == 5
    assert set(held[0][2]) == {records[2].id, records[4].id}  # the deleted log has no link
