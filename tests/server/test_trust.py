"""The server is the trust boundary (docs/trust-model.md): what a laptop pushes is
checked against its household, its author, the entries-are-kept rule and the
bounds of every field before anything is written."""

from __future__ import annotations

import json
import uuid
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest

from app.server.tables import AuditLogRow, RecordRow
from tests.server.helpers import Device, Server, op


def _two_households(server: Server) -> tuple[Device, Device, dict[str, Any]]:
    """A caregiver of household A with a child on the server, and one of household B."""
    a = server.device(server.add_household("Gezin A"), name="Anna")
    b = server.device(server.add_household("Gezin B"), name="Bram")
    child = a.child()
    [result] = a.push_ok([op("child", child)])
    assert result["status"] == "applied"
    return a, b, child


def _refused(device: Device, ops: list[dict[str, Any]], server: Server) -> list[dict[str, Any]]:
    before = server.counts()
    results = device.push_ok(ops)
    assert [r["status"] for r in results] == ["rejected"] * len(ops), results
    assert server.counts() == before
    return results


def test_a_log_pointing_at_another_households_child_is_refused(server: Server) -> None:
    _a, b, child_of_a = _two_households(server)
    log = b.daily_log(child_of_a["id"], flag=True, severity="high", text="forged")
    [result] = _refused(b, [op("daily_log", log)], server)
    # An unknown child gets the very same answer: nothing tells them apart.
    unknown = b.daily_log(uuid.uuid4(), flag=True, severity="high")
    [other] = _refused(b, [op("daily_log", unknown)], server)
    assert result["reason"] == other["reason"]


def test_every_reference_must_be_of_its_household_and_kind(server: Server) -> None:
    a, b, child_of_a = _two_households(server)
    own_child = b.child()
    b.push_ok([op("child", own_child)])
    relative = {
        "id": str(uuid.uuid4()), "household_id": str(b.household), "name": "Mama",
        "relation": "mother", "children": [child_of_a["id"]],
        "modified_at": b.stamp(), "device_id": b.device_id,
    }  # fmt: skip
    _refused(b, [op("relative", relative)], server)
    # a child id that names a record of the wrong kind
    log = b.daily_log(own_child["id"])
    b.push_ok([op("daily_log", log)])
    wrong_kind = b.daily_log(log["id"], date=(datetime.now(UTC) - timedelta(days=2)).date())
    _refused(b, [op("daily_log", wrong_kind)], server)
    # an amendment of another household's log
    log_of_a = a.daily_log(child_of_a["id"])
    a.push_ok([op("daily_log", log_of_a)])
    amendment = b.daily_log(own_child["id"], amends_id=log_of_a["id"], amendment_reason="x",
                            date=(datetime.now(UTC) - timedelta(days=3)).date())  # fmt: skip
    _refused(b, [op("daily_log", amendment)], server)


def test_a_child_and_its_log_in_one_batch_are_accepted(server: Server) -> None:
    device = server.device(server.add_household())
    child = device.child()
    log = device.daily_log(child["id"])
    results = device.push_ok([op("child", child), op("daily_log", log)])
    assert [r["status"] for r in results] == ["applied", "applied"]


def test_the_author_is_the_pushing_devices_person(server: Server) -> None:
    household = server.add_household()
    anna = server.device(household, name="Anna")
    bram = server.device(household, name="Bram")
    child = anna.child()
    anna.push_ok([op("child", child)])
    as_bram = {**anna.daily_log(child["id"]), "author_id": str(bram.person_id)}
    _refused(anna, [op("daily_log", as_bram)], server)
    stranger = {**anna.daily_log(child["id"]), "author_id": str(uuid.uuid4())}
    _refused(anna, [op("daily_log", stranger)], server)


def test_a_synced_log_is_never_changed_in_place_nor_deleted(server: Server) -> None:
    device = server.device(server.add_household())
    child = device.child()
    log = device.daily_log(child["id"], text="as written")
    device.push_ok([op("child", child), op("daily_log", log)])
    [changed] = _refused(device, [op("daily_log", device.edit(log, text="rewritten"), base=1)],
                         server)  # fmt: skip
    assert "amendment" in changed["reason"]
    _refused(device, [op("daily_log", device.edit(log, deleted=True), base=1)], server)
    row = server.record(log["id"])
    assert row is not None and "as written" in row.content and not row.deleted


@pytest.mark.parametrize(
    "changes",
    [
        {"extra": "x" * 3_000_000},
        {"modified_at": "1" * 1_000_000},
        {"device_id": "d" * 1_000_000},
        {"modified_at": "9999-12-31T23:59:59zzzz"},
        {"created_at": "9999-01-01T00:00:00+00:00"},
        {"created_at": "0001-01-01T00:00:00+00:00"},
        {"date": "0001-01-01"},
        {"many": {f"f{n}": "y" * 10_000 for n in range(100)}},
    ],
    ids=[
        "extra-field",
        "modified-at-size",
        "device-id-size",
        "modified-at-format",
        "created-far-future",
        "created-year-1",
        "date-year-1",
        "nested-total",
    ],
)
def test_fields_out_of_bounds_are_refused(server: Server, changes: dict[str, Any]) -> None:
    device = server.device(server.add_household())
    child = device.child()
    device.push_ok([op("child", child)])
    log = {**device.daily_log(child["id"]), **changes}
    _refused(device, [op("daily_log", log)], server)


def test_the_same_op_id_with_other_content_in_one_batch_is_refused(server: Server) -> None:
    device = server.device(server.add_household())
    first = op("child", device.child(given_name="Lotte"))
    second = {**op("child", device.child(given_name="Mila")), "op_id": first["op_id"]}
    results = device.push_ok([first, second])
    assert [r["status"] for r in results] == ["applied", "rejected"]


def test_view_times_in_the_audit_log_are_the_servers(server: Server) -> None:
    device = server.device(server.add_household())
    child = device.child()
    device.push_ok([op("child", child)])
    for when in ("0001-01-01T00:00:00+00:00", "1970-01-01T00:00:00+00:00"):
        view = {"view_id": str(uuid.uuid4()), "record_id": child["id"],
                "household_id": str(device.household), "viewed_at": when}  # fmt: skip
        response = server.client.post("/api/v1/audit/views", json={"views": [view]},
                                      headers=device.headers)  # fmt: skip
        assert response.status_code == 200, response.text
    with server.session() as s:
        from sqlmodel import select

        views = [r for r in s.exec(select(AuditLogRow)) if r.action == "view"]
    assert len(views) == 2
    recent = datetime.now(UTC) - timedelta(hours=1)
    assert all(r.at.replace(tzinfo=UTC) > recent for r in views)
    assert server.count(RecordRow) >= 1


def test_a_restore_after_a_lost_delete_answer_is_kept_as_a_conflict(server: Server) -> None:
    """The delete reached the office but its answer was lost; the laptop then
    undid it. The deletion sticks, and the restore is not dropped without a word:
    it is kept as a conflict revision the household and the supervisor see."""
    device = server.device(server.add_household())
    child = device.child()
    [created] = device.push_ok([op("child", child)])
    delete = op("child", device.edit(child, deleted=True), base=1)
    device.push_ok([delete])  # the answer is lost: the laptop still has it waiting
    restored = op("child", device.edit(child, deleted=False), base=1,
                  covers=[uuid.UUID(delete["op_id"])])  # fmt: skip
    [result] = device.push_ok([restored])
    assert result["status"] in ("applied", "merged")
    row = server.record(child["id"])
    assert row is not None and row.deleted
    [revision_id] = result["conflicts"]
    revision = server.record(revision_id)
    assert revision is not None and revision.kind == "conflict_revision"
    kept = json.loads(revision.content)
    assert kept["target_id"] == child["id"]
    assert kept["losing"] == {"deleted": False} and kept["winning"] == {"deleted": True}
    assert created["version"] == 1
