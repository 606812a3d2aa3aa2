"""A pull page read in one pass: the same records as the protocol's page parsed
record by record, and any page it cannot read so is left to that path."""

from __future__ import annotations

import uuid
from datetime import date

import pytest

from app.domain.records import Record, parse_record
from app.protocol.schemas import PullResponse
from app.server.services.pull import _body
from app.sync.pages import read_page
from tests import factories


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
        assert type(ours.content) is type(record) and ours.content == record
        assert ours.content.model_dump_json() == record.model_dump_json()
    assert page.changes[4].content.model_extra == {"mood_colour": "blue"}


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
