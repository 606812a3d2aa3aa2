"""POST /audit/views: the records a person opened reach the audit log — who,
which record, when; never content — within the device's scope, once each."""

from __future__ import annotations

import gzip
import json
import uuid
from datetime import UTC, datetime, timedelta
from typing import Any

import httpx
from sqlalchemy import text

from app.domain.vocabulary import ReviewMark
from app.server.core.clock import as_utc
from app.server.core.config import API_PREFIX
from app.server.tables import AuditLogRow, ReportedViewRow
from tests.server.helpers import CANARY, Device, Server, op

OPENED = datetime(2025, 6, 20, 9, 30, tzinfo=UTC)


def view(
    record: dict[str, Any],
    household: uuid.UUID | str | None = None,
    at: datetime = OPENED,
    view_id: uuid.UUID | None = None,
) -> dict[str, Any]:
    return {
        "view_id": str(view_id or uuid.uuid4()),
        "record_id": str(record["id"]),
        "household_id": str(household or record["household_id"]),
        "viewed_at": at.isoformat(),
    }


def report(device: Device, views: list[dict[str, Any]], **kwargs: Any) -> httpx.Response:
    response: httpx.Response = device.server.client.post(
        f"{API_PREFIX}/audit/views", json={"views": views}, headers=device.headers, **kwargs
    )
    return response


def statuses(response: httpx.Response) -> list[str]:
    assert response.status_code == 200, response.text
    return [r["status"] for r in response.json()["results"]]


def rows(server: Server, action: str) -> list[AuditLogRow]:
    return [r for r in server.audit_rows() if r.action == action]


def mine(server: Server, device: Device) -> list[AuditLogRow]:
    return [r for r in server.audit_rows() if r.device_id == device.device_id]


def household_with_records(server: Server) -> tuple[uuid.UUID, Device, Device, dict[str, Any]]:
    household = server.add_household()
    caregiver = server.device(household, name="Anna")
    supervisor = server.device(household, role="supervisor", name="Sofie")
    child = caregiver.child(notes=f"{CANARY} private")
    log = caregiver.daily_log(child["id"], text=f"{CANARY} incident", flag=True, severity="high")
    caregiver.push_ok([op("child", child), op("daily_log", log)])
    return household, caregiver, supervisor, log


def test_opened_records_are_audited_with_who_what_and_when_only(server: Server) -> None:
    household, _, supervisor, log = household_with_records(server)
    later = OPENED + timedelta(minutes=3)
    sent = [view(log), view(log, at=later)]

    assert statuses(report(supervisor, sent)) == ["recorded", "recorded"]

    audited = rows(server, "view")
    assert [json.loads(r.record_ids) for r in audited] == [[log["id"]], [log["id"]]]
    # The row's time is the server's; the time the device says it was opened is beside it.
    assert [r.detail for r in audited] == [
        f"opened={OPENED.isoformat(timespec='seconds')}",
        f"opened={later.isoformat(timespec='seconds')}",
    ]
    assert all(as_utc(r.at) > OPENED for r in audited)
    for row in audited:
        assert row.person_id == str(supervisor.person_id)
        assert row.device_id == supervisor.device_id
        assert row.household_id == str(household)
    with server.engine.connect() as conn:
        everything = " ".join(str(r) for r in conn.execute(text("SELECT * FROM audit_log")))
        everything += " ".join(str(r) for r in conn.execute(text("SELECT * FROM reported_view")))
    assert CANARY not in everything and supervisor.token not in everything


def test_a_report_sent_again_is_recorded_once(server: Server) -> None:
    _, caregiver, supervisor, log = household_with_records(server)
    sent = [view(log), view(log)]
    first = report(supervisor, sent)
    before = server.audit_rows()

    again = report(supervisor, sent)  # the first answer was lost
    assert again.json() == first.json()
    assert server.count(ReportedViewRow) == 2
    after = server.audit_rows()
    assert len(rows(server, "view")) == 2
    assert [(r.id, r.at, r.record_ids) for r in after] == [
        (r.id, r.at, r.record_ids) for r in before
    ]  # nothing added, nothing changed
    # The same view ids from another device: neither recorded again nor confirmed.
    assert statuses(report(caregiver, sent)) == ["not_found", "not_found"]
    assert len(rows(server, "view")) == 2


def test_views_outside_the_scope_are_refused_without_writing_them(server: Server) -> None:
    _, _, supervisor, own = household_with_records(server)
    other_household = server.add_household("B")
    other = server.device(other_household, name="Bram")
    theirs = other.daily_log(other.child()["id"], text=f"{CANARY} B")
    other.push_ok([op("daily_log", theirs)])
    missing = {**own, "id": str(uuid.uuid4())}

    answer = report(
        supervisor,
        [
            view(theirs),  # another household, named as such
            view(theirs, household=own["household_id"]),  # another's record, own household
            view(missing),  # no such record
            view(own, household=uuid.uuid4()),  # own record, a made-up household
            view(own),
        ],
    )
    assert statuses(answer) == ["not_found"] * 4 + ["recorded"]
    assert [json.loads(r.record_ids) for r in rows(server, "view")] == [[own["id"]]]
    [refused] = rows(server, "view_refused")
    assert refused.detail == "views=4" and json.loads(refused.record_ids) == []
    assert refused.device_id == supervisor.device_id
    everything = json.dumps([r.model_dump(mode="json") for r in mine(server, supervisor)])
    assert theirs["id"] not in everything and missing["id"] not in everything
    assert server.count(ReportedViewRow) == 1


def test_a_view_cannot_be_dated_after_it_arrived(server: Server) -> None:
    _, _, supervisor, log = household_with_records(server)
    before = datetime.now(UTC)
    statuses(report(supervisor, [view(log, at=datetime(2999, 1, 1, tzinfo=UTC))]))
    [row] = rows(server, "view")
    assert before <= as_utc(row.at) <= datetime.now(UTC)


def test_tokens_limits_and_bodies(server: Server) -> None:
    _, _, supervisor, log = household_with_records(server)
    url = f"{API_PREFIX}/audit/views"
    body = {"views": [view(log)]}
    for headers in ({}, {"Authorization": "Bearer nope"}):
        response = server.client.post(url, json=body, headers=headers)
        assert response.status_code == 401 and response.json()["code"] == "unauthorized"

    too_many = report(supervisor, [view(log) for _ in range(1001)])
    assert too_many.status_code == 413
    broken = report(supervisor, [{"record_id": log["id"]}])
    assert broken.status_code == 422 and CANARY not in broken.text
    old = server.client.post(url, json={**body, "protocol": 99}, headers=supervisor.headers)
    assert old.status_code == 400
    packed = server.client.post(
        url,
        content=gzip.compress(json.dumps(body).encode()),
        headers={
            **supervisor.headers,
            "Content-Encoding": "gzip",
            "Content-Type": "application/json",
        },
    )
    assert statuses(packed) == ["recorded"]
    assert len(rows(server, "view")) == 1  # only the valid report wrote anything

    server.revoke(supervisor)
    revoked = report(supervisor, [view(log)])
    assert revoked.status_code == 401 and revoked.json()["code"] == "revoked"
    assert len(rows(server, "view")) == 1


def test_a_review_names_the_record_it_is_about(server: Server) -> None:
    household, _, supervisor, log = household_with_records(server)
    other_household = server.add_household("B")
    other = server.device(other_household, name="Bram")
    theirs = other.daily_log(other.child()["id"])
    other.push_ok([op("daily_log", theirs)])

    question = supervisor.review(log, household, mark=ReviewMark.QUESTION, comment=CANARY)
    stray = supervisor.review(theirs, household)  # names a record of another household
    results = supervisor.push_ok([op("review", question), op("review", stray)])
    assert [r["status"] for r in results] == ["applied", "rejected"]
    assert results[1]["reason"] == "The record a review is about is not in its household."

    [reviewed] = rows(server, "review")
    assert json.loads(reviewed.record_ids) == [log["id"]]
    assert reviewed.household_id == str(household)
    assert reviewed.person_id == str(supervisor.person_id) and reviewed.detail == "reviews=1"
    everything = json.dumps([r.model_dump(mode="json") for r in mine(server, supervisor)])
    assert theirs["id"] not in everything and CANARY not in everything
