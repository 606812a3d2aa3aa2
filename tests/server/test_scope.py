"""Scope and rights: a device sees and writes its own households only."""

from __future__ import annotations

import uuid

from app.domain.vocabulary import ReviewMark
from app.server.tables import ChangeRow
from tests.server.helpers import Server, op


def test_a_device_cannot_read_another_household(server: Server) -> None:
    a = server.device(server.add_household("A"), name="Anna")
    b_household = server.add_household("B")
    b = server.device(b_household, name="Bram")
    b.push_ok([op("child", b.child())])

    theirs = a.pull(b_household)
    missing = a.pull(uuid.uuid4())
    assert theirs.status_code == missing.status_code == 404
    assert theirs.content == missing.content  # nothing tells them apart
    assert str(b_household) not in theirs.text
    refused = [r for r in server.audit_rows() if r.action == "pull_refused"]
    assert [r.household_id for r in refused] == [str(b_household), refused[1].household_id]
    assert {r.device_id for r in refused} == {a.device_id}


def test_a_device_cannot_write_another_household_by_any_id(server: Server) -> None:
    a_household, b_household = server.add_household("A"), server.add_household("B")
    a = server.device(a_household, name="Anna")
    b = server.device(b_household, name="Bram")
    b_child = b.child(school="B school")
    b.push_ok([op("child", b_child)])
    before = server.counts()
    b_view = b.pull().json()

    forged = a.edit(b_child, school="hijacked")  # B's record, B's household
    in_a = a.edit(b_child, school="hijacked", household_id=str(a_household))  # B's id, A's scope
    mixed = a.child()  # A's content, sent as B's household
    results = a.push_ok(
        [
            op("child", forged, base=1),
            op("child", in_a, base=1),
            op("child", mixed, household=b_household),
            op("child", a.edit(b_child, deleted=True), base=1),
        ]
    )
    assert [r["status"] for r in results] == ["rejected"] * 4
    assert [r["reason"] for r in results[:2]] == ["not found", "not found"]
    assert all(r["record"] is None and r["version"] == 0 for r in results)

    assert server.counts() == before
    assert b.pull().json() == b_view
    row = server.record(b_child["id"])
    assert row is not None and row.household_id == str(b_household) and row.version == 1


def test_supervisor_writes_reviews_not_daily_logs(server: Server) -> None:
    household = server.add_household()
    caregiver = server.device(household, name="Anna")
    supervisor = server.device(household, role="supervisor", name="Sofie")
    child = caregiver.child()
    log = caregiver.daily_log(child["id"], text="a good day")
    caregiver.push_ok([op("child", child), op("daily_log", log)])

    assert supervisor.pull(household).status_code == 200
    review = supervisor.review(log, household, mark=ReviewMark.QUESTION, comment="Why?")
    [ok] = supervisor.push_ok([op("review", review)])
    assert ok["status"] == "applied"

    own_log = caregiver.daily_log(child["id"], text="written by a supervisor")
    own_log["author_id"] = str(supervisor.person_id)
    [refused] = supervisor.push_ok([op("daily_log", own_log)])
    assert refused["status"] == "rejected"
    assert "supervisor" in refused["reason"]
    assert server.record(own_log["id"]) is None


def test_supervisor_sees_only_supervised_households(server: Server) -> None:
    supervised, other = server.add_household("A"), server.add_household("B")
    supervisor = server.device(supervised, role="supervisor", name="Sofie")
    assert supervisor.pull(supervised).status_code == 200
    assert supervisor.pull(other).status_code == 404


def test_a_caregiver_cannot_change_another_authors_review(server: Server) -> None:
    household = server.add_household()
    caregiver = server.device(household, name="Anna")
    supervisor = server.device(household, role="supervisor", name="Sofie")
    child = caregiver.child()
    log = caregiver.daily_log(child["id"])
    caregiver.push_ok([op("child", child), op("daily_log", log)])
    review = supervisor.review(log, household, mark=ReviewMark.QUESTION, comment="Why?")
    [stored] = supervisor.push_ok([op("review", review)])
    changes = server.count(ChangeRow)

    softened = caregiver.edit(stored["record"], mark="reviewed", comment="")
    forged = supervisor.review(log, household)  # a new review, in the supervisor's name
    results = caregiver.push_ok([op("review", softened, base=1), op("review", forged)])
    assert [r["status"] for r in results] == ["rejected", "rejected"]
    assert server.count(ChangeRow) == changes

    answer = caregiver.review(log, household, mark=ReviewMark.ANSWER, comment="Fever.",
                              reply_to=uuid.UUID(review["id"]))  # fmt: skip
    [ok] = caregiver.push_ok([op("review", answer)])
    assert ok["status"] == "applied"


def test_a_caregiver_only_answers_and_reviews_stay_in_their_household(server: Server) -> None:
    household = server.add_household()
    caregiver = server.device(household, name="Anna")
    supervisor = server.device(household, role="supervisor", name="Sofie")
    child = caregiver.child()
    log = caregiver.daily_log(child["id"])
    caregiver.push_ok([op("child", child), op("daily_log", log)])
    changes = server.count(ChangeRow)

    own_marks = [
        caregiver.review(log, household),  # "reviewed": the supervisor's mark
        caregiver.review(log, household, mark=ReviewMark.QUESTION, comment="?"),
    ]
    results = caregiver.push_ok([op("review", r) for r in own_marks])
    assert [r["status"] for r in results] == ["rejected", "rejected"]
    assert "supervisor" in results[0]["reason"]
    missing = supervisor.review({"id": str(uuid.uuid4())}, household)
    [refused] = supervisor.push_ok([op("review", missing)])
    assert refused["status"] == "rejected"
    assert server.count(ChangeRow) == changes


def test_households_and_people_are_the_offices(server: Server) -> None:
    household = server.add_household()
    device = server.device(household)
    new_household = device.child() | {"name": "Mine", "household_kind": "simba"}
    new_household["id"] = str(uuid.uuid4())
    stranger = {**device.child(), "display_name": "X", "role": "admin", "households": []}
    results = device.push_ok([op("household", new_household), op("person", stranger)])
    assert [r["status"] for r in results] == ["rejected", "rejected"]
