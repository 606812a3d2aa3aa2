"""A child leaves care: who may record it, the office's closing, the retention
period and the purge with its audit row. On SQLite and PostgreSQL."""

from __future__ import annotations

import json
from datetime import date, timedelta
from typing import Any

from sqlmodel import col, select

from app.server import audit
from app.server.services import leaving
from app.server.services.push import CLOSED_BY_SUPERVISOR
from app.server.tables import AppliedOpRow, AuditLogRow, ChangeRow, RecordRow, RecordVersionRow
from tests.server.helpers import Device, Server, op


def _home(server: Server) -> tuple[Device, Device, dict[str, Any], dict[str, Any]]:
    home = server.add_household()
    carer = server.device(home, name="carer")
    supervisor = server.device(home, role="supervisor", name="supervisor")
    child = carer.child(date_of_birth="2004-05-01", placement_start="2016-09-01")
    log = carer.daily_log(child["id"])
    assert {r["status"] for r in carer.push_ok([op("child", child), op("daily_log", log)])} == {
        "applied"
    }
    return carer, supervisor, child, log


def test_a_supervisor_closes_a_placement_and_a_caregiver_may_not(server: Server) -> None:
    carer, supervisor, child, _log = _home(server)
    closed = carer.edit(child, placement_end=str(date.today()), placement_outcome="kinship")
    [refused] = carer.push_ok([op("child", closed, base=1)])
    assert refused["status"] == "rejected" and refused["reason"] == CLOSED_BY_SUPERVISOR

    # A supervisor changes nothing else of a child's record.
    renamed = supervisor.edit(child, given_name="Andere")
    [refused] = supervisor.push_ok([op("child", renamed, base=1)])
    assert refused["status"] == "rejected"

    closed = supervisor.edit(child, placement_end=str(date.today()), placement_outcome="kinship")
    [applied] = supervisor.push_ok([op("child", closed, base=1)])
    assert applied["status"] == "applied", applied
    row = server.record(child["id"])
    assert row is not None and json.loads(row.content)["placement_outcome"] == "kinship"

    # The household's copy from before the closing, edited: merged, the closing kept.
    noted = carer.edit(child, notes="Laatste avond")
    [merged] = carer.push_ok([op("child", noted, base=1)])
    assert merged["status"] in ("applied", "merged"), merged
    row = server.record(child["id"])
    assert row is not None
    content = json.loads(row.content)
    assert content["placement_outcome"] == "kinship" and content["notes"] == "Laatste avond"


def test_an_outcome_needs_the_day_the_placement_ended(server: Server) -> None:
    _carer, supervisor, child, _log = _home(server)
    closed = supervisor.edit(child, placement_outcome="adoption")
    [refused] = supervisor.push_ok([op("child", closed, base=1)])
    assert refused["status"] == "rejected"
    row = server.record(child["id"])
    assert row is not None and row.version == 1


def test_the_office_closes_then_purges_when_the_retention_period_ended(server: Server) -> None:
    carer, _supervisor, child, log = _home(server)
    other = carer.child(given_name="Blijft")
    carer.push_ok([op("child", other)])
    ended = date.today() - timedelta(days=3)
    with server.session() as s:
        leaving.close_placement(s, child["id"], ended, "return_home", now=server.now())
    row = server.record(child["id"])
    assert row is not None and row.version == 2
    assert json.loads(row.content)["placement_outcome"] == "return_home"

    with server.session() as s:  # born 2004: kept until 2039 by default
        assert leaving.list_due(s, now=server.now()) == []
        due = leaving.list_due(s, now=server.now(), keep_until_age=18)
    assert [d.child_id for d in due] == [child["id"]]
    assert set(due[0].records) == {child["id"], log["id"]}
    changes_before = server.count(ChangeRow)

    with server.session() as s:
        purged = leaving.purge(s, now=server.now(), keep_until_age=18)
    assert [d.child_id for d in purged] == [child["id"]]
    assert server.record(child["id"]) is None and server.record(log["id"]) is None
    assert server.record(other["id"]) is not None
    with server.session() as s:
        gone = [child["id"], log["id"]]
        assert not s.exec(
            select(RecordVersionRow).where(col(RecordVersionRow.record_id).in_(gone))
        ).all()
        assert not s.exec(select(AppliedOpRow).where(col(AppliedOpRow.record_id).in_(gone))).all()
        assert s.exec(select(RecordRow)).all()
    assert server.count(ChangeRow) == changes_before  # the feed's places stay valid
    [row_] = [r for r in server.audit_rows() if r.action == audit.RETENTION_PURGE]
    assert isinstance(row_, AuditLogRow)
    assert set(json.loads(row_.record_ids)) == {child["id"], log["id"]}
    assert f"child={child['id']}" in row_.detail and "Janssens" not in row_.detail
    # The household's pull goes on from where it was.
    response = carer.pull(after=changes_before)
    assert response.status_code == 200
