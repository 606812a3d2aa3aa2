"""Push within one batch: each op sees what the ops before it answered and wrote.

The server reads a batch's earlier answers and records once and stores its
record rows and answers at the end; these pin that a batch still behaves as
if every op had been stored on its own, in order.
"""

from __future__ import annotations

import json
import uuid
from typing import Any

from sqlmodel import col, select

from app.protocol.schemas import MAX_PULL_LIMIT
from app.server.tables import AppliedOpRow, ChangeRow, RecordRow, RecordVersionRow
from tests.server.helpers import Device, Server, op


def _applied(server: Server, op_id: str) -> AppliedOpRow | None:
    with server.session() as s:
        return s.get(AppliedOpRow, op_id)


def _versions(server: Server, record_id: str) -> list[tuple[int, dict[str, Any]]]:
    with server.session() as s:
        rows = s.exec(
            select(RecordVersionRow)
            .where(RecordVersionRow.record_id == record_id)
            .order_by(col(RecordVersionRow.version))
        ).all()
        return [(row.version, json.loads(row.content)) for row in rows]


def test_the_same_op_id_twice_is_answered_once_and_stored_once(server: Server) -> None:
    device = server.device(server.add_household())
    child = device.child()
    same = op("child", child)
    other = op("daily_log", device.daily_log(child["id"]))
    resent = {**same, "content": device.edit(child, school="ignored")}  # one id, two contents
    results = device.push_ok([same, other, resent])
    assert [r["status"] for r in results] == ["applied", "applied", "rejected"]
    assert results[2]["reason"] == "duplicate operation id"
    assert server.record(child["id"]).version == 1  # type: ignore[union-attr]
    assert len(_versions(server, child["id"])) == 1
    assert server.count(AppliedOpRow) == 2

    stored = server.counts()
    assert device.push_ok([same, other, resent]) == results
    assert server.counts() == stored


def test_an_op_covering_an_earlier_op_of_the_batch_builds_on_it(server: Server) -> None:
    device = server.device(server.add_household())
    child = device.child(school="De Regenboog")
    first = op("child", child)
    # The device lost nothing here, but an op may still cover one sent just before.
    edited = device.edit(child, school="Sint-Jozef")
    second = op("child", edited, covers=[uuid.UUID(first["op_id"])])
    r1, r2 = device.push_ok([first, second])
    assert (r1["status"], r1["version"]) == ("applied", 1)
    assert (r2["status"], r2["version"], r2["conflicts"]) == ("applied", 2, [])
    assert r2["record"]["school"] == "Sint-Jozef"
    kept = _applied(server, first["op_id"])
    assert kept is not None and kept.covered_by is None  # answered as itself


def test_an_op_covered_earlier_in_the_batch_is_answered_not_applied(server: Server) -> None:
    device = server.device(server.add_household())
    child = device.child(school="De Regenboog")
    stale = op("child", child)
    later = op("child", device.edit(child, school="Sint-Jozef"), covers=[uuid.UUID(stale["op_id"])])
    r_later, r_stale = device.push_ok([later, stale])
    assert (r_later["status"], r_later["version"]) == ("applied", 1)
    assert r_stale == {**r_later, "op_id": stale["op_id"]}
    assert server.record(child["id"]).version == 1  # type: ignore[union-attr]
    assert [v for v, _ in _versions(server, child["id"])] == [1]
    kept = _applied(server, stale["op_id"])
    assert kept is not None and kept.covered_by == later["op_id"]

    stored = server.counts()
    assert device.push_ok([later, stale]) == [r_later, r_stale]
    assert server.counts() == stored


def test_a_batch_writing_one_record_three_times(server: Server) -> None:
    """Create, fast-forward, then an edit from the first version: merged with
    the version stored earlier in the same batch as its base."""
    device = server.device(server.add_household())
    child = device.child(school="De Regenboog", notes="")
    created = op("child", child)
    school = op("child", device.edit({**child, "version": 1}, school="Sint-Jozef"), base=1)
    notes = op("child", device.edit({**child, "version": 1}, notes="loves drawing"), base=1)
    results = device.push_ok([created, school, notes])
    assert [(r["status"], r["version"]) for r in results] == [
        ("applied", 1),
        ("applied", 2),
        ("merged", 3),
    ]
    assert results[2]["conflicts"] == []
    assert results[2]["record"]["school"] == "Sint-Jozef"
    assert results[2]["record"]["notes"] == "loves drawing"

    row = server.record(child["id"])
    assert row is not None
    assert (row.version, row.seq) == (3, results[2]["seq"])
    assert json.loads(row.content) == results[2]["record"]
    versions = _versions(server, child["id"])
    assert [(v, c) for v, c in versions] == [(r["version"], r["record"]) for r in results]
    kept = _applied(server, notes["op_id"])
    assert kept is not None and kept.content is not None  # a merged op keeps what it sent
    assert json.loads(kept.content) == notes["content"]


def test_a_conflict_revision_and_an_edit_on_the_merge_in_one_batch(server: Server) -> None:
    household = server.add_household()
    a = server.device(household, name="Anna")
    b = server.device(household, name="Bram")
    child = a.child(school="De Regenboog")
    [first] = a.push_ok([op("child", child)])
    a.ticks = b.ticks + 10  # a's edit wins by the hybrid clock
    a.push_ok([op("child", a.edit(first["record"], school="Het Klavertje"), base=1)])

    losing = op("child", b.edit(first["record"], school="Sint-Jozef"), base=1)
    on_top = op("child", b.edit(first["record"], notes="x"), base=3)
    merged, applied = b.push_ok([losing, on_top])
    assert (merged["status"], merged["version"]) == ("merged", 3)
    assert merged["record"]["school"] == "Het Klavertje"
    [revision_id] = merged["conflicts"]
    assert (applied["status"], applied["version"]) == ("applied", 4)
    assert merged["seq"] < applied["seq"]

    pulled = {c["record_id"]: c for c in b.pull().json()["changes"]}
    revision = pulled[revision_id]
    assert revision["kind"] == "conflict_revision" and revision["version"] == 1
    assert merged["seq"] < revision["seq"] < applied["seq"]
    assert revision["content"]["losing"] == {"school": "Sint-Jozef"}


def test_many_new_records_of_one_batch_are_numbered_in_order(server: Server) -> None:
    device = server.device(server.add_household())
    child = device.child()
    logs = [device.daily_log(child["id"], text=f"day {n}") for n in range(299)]
    batch = [op("child", child), *(op("daily_log", log) for log in logs)]
    results = device.push_ok(batch)
    assert {r["status"] for r in results} == {"applied"}
    seqs = [r["seq"] for r in results]
    assert seqs == sorted(seqs) and len(set(seqs)) == len(seqs)
    with server.session() as s:
        stored = dict(s.exec(select(RecordRow.id, RecordRow.seq)).all())
        changes = s.exec(select(ChangeRow.seq, ChangeRow.record_id).order_by(col(ChangeRow.seq)))
        ours = set(seqs)
        feed = [(seq, record_id) for seq, record_id in changes.all() if seq in ours]
    assert [stored[r["record_id"]] for r in results] == seqs
    assert feed == [(r["seq"], r["record_id"]) for r in results]

    page = device.pull(limit=MAX_PULL_LIMIT).json()
    pulled = [c["record_id"] for c in page["changes"]]
    assert pulled[-len(results) :] == [r["record_id"] for r in results]


def test_a_batch_of_two_households(server: Server) -> None:
    first, second = server.add_household(), server.add_household("Gezin Maes")
    person = server.add_person("Anna", "caregiver", [first, second])
    response = server.enroll(server.enroll_code(person))
    body = response.json()
    device = Device(server, body["token"], body["device_id"], person, first)
    one = device.child()
    device.household = second
    two = device.child()
    results = device.push_ok([op("child", one), op("child", two)])
    assert [r["status"] for r in results] == ["applied", "applied"]
    assert server.record(one["id"]).household_id == str(first)  # type: ignore[union-attr]
    assert server.record(two["id"]).household_id == str(second)  # type: ignore[union-attr]
