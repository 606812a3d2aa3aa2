"""The audit log: a row for every push, pull and admin action; never record content."""

from __future__ import annotations

import json
from datetime import date, timedelta
from typing import Any

import pytest
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

from app.server import audit
from app.server.services import admin
from tests.server.helpers import CANARY, Server, op


def test_audit_has_rows_for_push_pull_and_admin_without_content(server: Server) -> None:
    household = server.add_household()
    device = server.device(household)
    child = device.child(notes=f"{CANARY} secret note")
    log = device.daily_log(child["id"], text=f"{CANARY} in a daily log")
    device.push_ok([op("child", child), op("daily_log", log)])
    device.push_ok([op("child", device.edit(child, notes=f"{CANARY} again"), base=1)])
    assert CANARY in device.pull().text
    server.revoke(device)

    rows = server.audit_rows()
    actions = [r.action for r in rows]
    for action in ("add_household", "add_person", "enroll_code", "enroll", "push", "pull",
                   "revoke"):  # fmt: skip
        assert action in actions, action
    push = next(r for r in rows if r.action == "push")
    assert set(json.loads(push.record_ids)) == {child["id"], log["id"]}
    assert push.device_id == device.device_id and push.person_id == str(device.person_id)
    assert push.household_id == str(household)
    pull = next(r for r in rows if r.action == "pull")
    assert child["id"] in json.loads(pull.record_ids)

    with server.engine.connect() as conn:
        everything = " ".join(str(row) for row in conn.execute(text("SELECT * FROM audit_log")))
    assert CANARY not in everything
    assert device.token not in everything


def test_audit_log_is_append_only_in_the_database(server: Server) -> None:
    server.add_household()
    for statement in ("UPDATE audit_log SET detail = 'x'", "DELETE FROM audit_log"):
        with pytest.raises(DBAPIError), server.engine.begin() as conn:
            conn.execute(text(statement))
    assert server.audit_rows()


def read(server: Server, **filters: Any) -> list[audit.Entry]:
    with server.session() as s:
        return admin.read_audit(s, now=server.now(), **filters)


def test_the_administrator_reads_the_log_by_record_person_action_and_day(server: Server) -> None:
    a, b = server.add_household("Gezin Peeters"), server.add_household("Huis Noord")
    anna, ben = server.device(a, name="Anna"), server.device(b, name="Ben")
    child_a, child_b = anna.child(), ben.child()
    anna.push_ok([op("child", child_a), op("daily_log", anna.daily_log(child_a["id"]))])
    ben.push_ok([op("child", child_b)])
    assert anna.pull().status_code == 200

    about_a = read(server, record=child_a["id"])
    assert [e.action for e in about_a] == ["push", "pull"]
    assert all(e.device_id == anna.device_id and child_a["id"] in e.record_ids for e in about_a)
    assert about_a[0].at <= about_a[1].at  # oldest first

    bens = read(server, person=str(ben.person_id))
    assert bens and {e.person_id for e in bens} == {str(ben.person_id)}
    assert {e.action for e in bens} == {"add_person", "enroll_code", "enroll", "push"}
    assert [e.record_ids for e in read(server, action="push", household=str(b))] == [
        [child_b["id"]]
    ]
    newest = read(server, action="push", limit=1)
    assert [e.device_id for e in newest] == [ben.device_id]

    today = server.now().date()
    everything = read(server, limit=None)
    of_today = read(server, since=today, until=today, limit=None)
    assert of_today == [*everything, of_today[-1]] and of_today[-1].action == "read_audit"
    assert read(server, until=today - timedelta(days=1)) == []

    # Reading is itself written down, with the filters used.
    last = server.audit_rows()[-1]
    assert last.action == "read_audit" and f"until={today - timedelta(days=1)}" in last.detail


@pytest.mark.parametrize(
    ("filters", "says"),
    [
        ({"record": "not-an-id"}, "not a record id"),
        ({"person": "42"}, "not a person id"),
        ({"device": "-x"}, "not a device id"),
        ({"action": "nope"}, "no such action"),
        ({"since": date(2026, 2, 1), "until": date(2026, 1, 1)}, "comes after"),
        ({"limit": 0}, "at least 1"),
    ],
)
def test_a_bad_audit_filter_is_refused_and_writes_nothing(
    server: Server, filters: dict[str, Any], says: str
) -> None:
    server.add_household()
    before = len(server.audit_rows())
    with pytest.raises(admin.AdminError, match=says):
        read(server, **filters)
    assert len(server.audit_rows()) == before
