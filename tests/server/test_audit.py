"""The audit log: a row for every push, pull and admin action; never record content."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

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
