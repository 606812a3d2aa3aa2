"""Push: apply, retry, merge, conflicts, tombstones."""

from __future__ import annotations

import json
import uuid
from datetime import date, timedelta
from typing import Any

from sqlmodel import select

from app.protocol.schemas import PushResponse
from app.server.tables import AppliedOpRow, ChangeRow, RecordRow
from tests.server.helpers import Device, Server, op


def _shared_child(server: Server) -> tuple[Device, Device, dict[str, Any]]:
    """Two caregivers of one household, and a child both have at version 1."""
    household = server.add_household()
    a = server.device(household, name="Anna")
    b = server.device(household, name="Bram")
    child = a.child(school="De Regenboog", notes="")
    [result] = a.push_ok([op("child", child)])
    assert result["version"] == 1
    return a, b, result["record"]


def test_push_applies_and_an_identical_retry_changes_nothing(server: Server) -> None:
    device = server.device(server.add_household())
    child = device.child()
    logs = [device.daily_log(child["id"], text=f"day {n}") for n in range(2)]
    batch = [op("child", child), *(op("daily_log", log) for log in logs)]

    first = device.push(batch)
    assert first.status_code == 200
    results = first.json()["results"]
    assert [r["status"] for r in results] == ["applied"] * 3
    assert [r["version"] for r in results] == [1, 1, 1]
    seqs = [r["seq"] for r in results]
    assert seqs == sorted(seqs) and len(set(seqs)) == 3
    assert results[0]["record"] == {**child, "version": 1}
    stored = server.counts()

    again = device.push(batch)
    assert again.status_code == 200
    assert again.json() == first.json()
    assert server.counts() == stored


def test_duplicate_op_in_one_batch_is_applied_once(server: Server) -> None:
    device = server.device(server.add_household())
    same = op("child", device.child())
    results = device.push_ok([same, same])
    assert results[0] == results[1]
    # the household's record, the person's and this child: once each
    assert server.count(ChangeRow) == 3
    assert server.count(RecordRow) == 3


def test_retry_with_covers_after_a_lost_answer(server: Server) -> None:
    device = server.device(server.add_household())
    child = device.child(school="De Regenboog")
    first = op("child", child)
    device.push_ok([first])  # the answer is lost: the device still thinks base 0

    edited = device.edit(child, school="Sint-Jozef")
    second = op("child", edited, base=0, covers=[uuid.UUID(first["op_id"])])
    [result] = device.push_ok([second])
    assert result["status"] == "applied"
    assert result["version"] == 2
    assert result["conflicts"] == []
    assert result["record"]["school"] == "Sint-Jozef"
    assert server.count(RecordRow) == 3

    # the combined op sent again: the same answer, nothing new
    stored = server.counts()
    assert device.push_ok([second]) == [result]
    assert server.counts() == stored


def test_covers_of_a_merged_answer_keep_the_other_devices_change(server: Server) -> None:
    a, b, child = _shared_child(server)
    b.push_ok([op("child", b.edit(child, notes="speech therapy on Tuesdays"), base=1)])
    first = op("child", a.edit(child, school="Sint-Jozef"), base=1)
    [lost] = a.push_ok([first])
    assert lost["status"] == "merged" and lost["version"] == 3

    later = a.edit(child, school="Sint-Jozef", given_name="Lotte Marie")
    [result] = a.push_ok([op("child", later, base=1, covers=[uuid.UUID(first["op_id"])])])
    record = result["record"]
    assert result["version"] == 4
    assert record["notes"] == "speech therapy on Tuesdays"
    assert record["school"] == "Sint-Jozef"
    assert record["given_name"] == "Lotte Marie"


def test_different_fields_merge_without_conflict(server: Server) -> None:
    a, b, child = _shared_child(server)
    [ra] = a.push_ok([op("child", a.edit(child, school="Sint-Jozef"), base=1)])
    assert ra["status"] == "applied" and ra["version"] == 2

    [rb] = b.push_ok([op("child", b.edit(child, notes="loves drawing"), base=1)])
    assert rb["status"] == "merged"
    assert rb["version"] == 3
    assert rb["conflicts"] == []
    assert rb["record"]["school"] == "Sint-Jozef"
    assert rb["record"]["notes"] == "loves drawing"
    assert server.record(child["id"]).version == 3  # type: ignore[union-attr]


def test_same_field_keeps_the_later_change_and_a_conflict_revision(server: Server) -> None:
    a, b, child = _shared_child(server)
    older = a.edit(child, school="Sint-Jozef")
    b.ticks = a.ticks + 10  # b's edit is later by the hybrid clock
    newer = b.edit(child, school="Het Klavertje")

    # the later edit arrives first; the earlier one, pushed after it, loses
    [rb] = b.push_ok([op("child", newer, base=1)])
    [ra] = a.push_ok([op("child", older, base=1)])
    assert ra["status"] == "merged"
    assert ra["record"]["school"] == "Het Klavertje"
    [revision_id] = ra["conflicts"]
    assert rb["conflicts"] == []

    pulled = {c["record_id"]: c for c in a.pull().json()["changes"]}
    revision = pulled[revision_id]
    assert revision["kind"] == "conflict_revision"
    content = revision["content"]
    assert content["target_id"] == child["id"]
    assert content["target_kind"] == "child"
    assert content["children"] == [child["id"]]
    assert content["losing"] == {"school": "Sint-Jozef"}
    assert content["winning"] == {"school": "Het Klavertje"}
    assert content["losing_modified_at"] == older["modified_at"]
    assert content["losing_device"] == a.device_id
    assert content["losing_modified_by"] == str(a.person_id)
    assert content["household_id"] == child["household_id"]
    assert revision["version"] == 1


def test_equal_stamps_are_decided_by_device_id(server: Server) -> None:
    a, b, child = _shared_child(server)
    b.ticks = a.ticks
    ea, eb = a.edit(child, school="A school"), b.edit(child, school="B school")
    assert ea["modified_at"][:19] == eb["modified_at"][:19]  # same millis and counter
    a.push_ok([op("child", ea, base=1)])
    [rb] = b.push_ok([op("child", eb, base=1)])
    winner = "B school" if b.device_id > a.device_id else "A school"
    assert rb["record"]["school"] == winner
    assert len(rb["conflicts"]) == 1


def test_a_deleted_record_stays_deleted(server: Server) -> None:
    a, b, child = _shared_child(server)
    [deleted] = a.push_ok([op("child", a.edit(child, deleted=True), base=1)])
    assert deleted["record"]["deleted"] is True

    # fast-forward from the tombstone: still deleted
    [ff] = b.push_ok([op("child", b.edit(deleted["record"], notes="x"), base=2)])
    assert ff["record"]["deleted"] is True and ff["version"] == 3
    # a stale edit from before the delete: merged, still deleted
    [stale] = b.push_ok([op("child", b.edit(child, school="elsewhere"), base=1)])
    assert stale["status"] == "merged"
    assert stale["record"]["deleted"] is True
    row = server.record(child["id"])
    assert row is not None and row.deleted


def test_base_ahead_of_the_server_takes_the_devices_content(server: Server) -> None:
    a, _b, child = _shared_child(server)
    # The server was restored from an old backup; the device knows version 5.
    [result] = a.push_ok([op("child", a.edit(child, school="Later"), base=5)])
    assert result["status"] == "applied"
    assert result["version"] == 6
    assert result["record"]["school"] == "Later"


def test_invalid_content_is_rejected_and_does_not_block_the_batch(server: Server) -> None:
    device = server.device(server.add_household())
    child = device.child()
    future = device.daily_log(child["id"], date=date.today() + timedelta(days=3))
    bad_mood = device.daily_log(child["id"], mood=9)
    batch = [op("child", child), op("daily_log", future), op("daily_log", bad_mood)]
    before = server.counts()

    results = device.push_ok(batch)
    assert [r["status"] for r in results] == ["applied", "rejected", "rejected"]
    assert "future" in results[1]["reason"]
    assert results[2]["reason"] == "Mood is a number from 1 to 5."
    assert server.record(future["id"]) is None
    assert server.counts() == (before[0] + 1, before[1] + 1, before[2] + 1)
    assert server.count(AppliedOpRow) == 3
    assert device.push_ok(batch) == results  # the same answers again


def test_operation_and_content_must_agree(server: Server) -> None:
    device = server.device(server.add_household())
    child = device.child()
    other_id = uuid.uuid4()
    results = device.push_ok(
        [
            op("child", child, record_id=other_id),
            op("daily_log", child),
            op("relative", {**child, "kind": "child"}),
            op("no_such_kind", child),
        ]
    )
    assert [r["status"] for r in results] == ["rejected"] * 4
    assert all(r["reason"] for r in results)
    assert server.record(child["id"]) is None and server.record(other_id) is None


def test_the_kind_of_a_record_cannot_change(server: Server) -> None:
    device = server.device(server.add_household())
    child = device.child()
    device.push_ok([op("child", child)])
    log = device.daily_log(child["id"], id=child["id"])
    [result] = device.push_ok([op("daily_log", log, base=1)])
    assert result["status"] == "rejected"
    assert server.record(child["id"]).kind == "child"  # type: ignore[union-attr]


def test_a_caregiver_edits_their_own_profile_but_not_their_role(server: Server) -> None:
    device = server.device(server.add_household())
    person = server.record(device.person_id)
    assert person is not None
    content = json.loads(person.content)
    [ok] = device.push_ok([op("person", device.edit(content, email="anna@example.org"), base=1)])
    assert ok["status"] == "applied"
    [bad] = device.push_ok([op("person", device.edit(ok["record"], role="admin"), base=2)])
    assert bad["status"] == "rejected"


def test_the_answer_is_written_as_its_model_writes_it(server: Server) -> None:
    """Applied, merged and refused answers of one push: the answer's text is
    exactly ``PushResponse``'s own JSON of it, and each kept answer ``OpResult``'s."""
    a, b, child = _shared_child(server)
    b.push_ok([op("child", b.edit(child, notes="speech therapy on Tuesdays"), base=1)])
    log = a.daily_log(child["id"], text="a quiet day")
    merged = op("child", a.edit(child, school="Sint-Jozef"), base=1)
    refused = op("daily_log", {**a.daily_log(child["id"]), "mood": 9})
    response = a.push([op("daily_log", log), merged, refused])
    assert response.status_code == 200
    answer = PushResponse.model_validate_json(response.content)
    assert [r.status for r in answer.results] == ["applied", "merged", "rejected"]
    assert response.content.decode() == answer.model_dump_json()
    with server.session() as session:
        kept = {row.op_id: row.result for row in session.exec(select(AppliedOpRow)).all()}
    for result in answer.results:
        assert kept[str(result.op_id)] == result.model_dump_json()
