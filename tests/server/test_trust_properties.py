"""Random pushes with random references, authors, sizes and times: whatever a
device sends, nothing out of bounds is ever stored, and nothing is stored that
refers to another household or names another author (docs/trust-model.md)."""

from __future__ import annotations

import json
import uuid
from datetime import UTC, date, datetime, timedelta
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlmodel import select

from app.domain import bounds
from app.domain.clock import Stamp
from app.domain.records import parse_record
from app.domain.references import references
from app.server.tables import RecordRow
from tests import battery
from tests.server.helpers import Device, Server, op

EXAMPLES = battery.size(ci=40, full=600)
KINDS = ("daily_log", "relative", "contact_note", "milestone_observation", "review")


def _homes(server: Server) -> tuple[Device, Device, dict[str, str]]:
    """Household A with a child, log and relative; a caregiver of B, and B's own."""
    a = server.device(server.add_household("A"), name="Anna")
    b = server.device(server.add_household("B"), name="Bram")
    ids: dict[str, str] = {}
    for device, side in ((a, "a"), (b, "b")):
        child = device.child()
        log = device.daily_log(child["id"])
        relative = {
            "id": str(uuid.uuid4()),
            "household_id": str(device.household),
            "name": "Opa",
            "relation": "grandparent",
            "children": [child["id"]],
            "modified_at": device.stamp(),
            "device_id": device.device_id,
        }
        device.push_ok([op("child", child), op("daily_log", log), op("relative", relative)])
        ids |= {
            f"{side}_child": child["id"],
            f"{side}_log": log["id"],
            f"{side}_relative": relative["id"],
            f"{side}_person": str(device.person_id),
        }
    return a, b, ids


def _reference(ids: dict[str, str], wanted: str) -> st.SearchStrategy[Any]:
    return st.sampled_from(
        [
            ids[f"b_{wanted}"],
            ids[f"a_{wanted}"],
            ids["a_child"],
            ids["b_log"],
            str(uuid.uuid4()),
            "not an id",
        ]
    )


def _time(now: datetime) -> st.SearchStrategy[str]:
    return st.one_of(
        st.just(now.isoformat()),
        st.datetimes(
            min_value=datetime(1, 1, 2), max_value=datetime(9999, 12, 30), timezones=st.just(UTC)
        ).map(lambda d: d.isoformat()),
    )


def _stamp(now: datetime, device: Device) -> st.SearchStrategy[str]:
    millis = int(now.timestamp() * 1000)
    return st.one_of(
        st.just(str(Stamp(millis, 0, device.device_id))),
        st.integers(0, 9_999_999_999_999).map(lambda m: str(Stamp(m, 0, device.device_id))),
        st.just("9999-12-31T23:59:59zzzz"),
        st.text(max_size=300),
    )


@st.composite
def _records(draw: st.DrawFn, b: Device, ids: dict[str, str]) -> tuple[str, dict[str, Any]]:
    now = datetime.now(UTC)
    kind = draw(st.sampled_from(KINDS))
    day = draw(
        st.one_of(
            st.just(date.today() - timedelta(days=1)),
            st.dates(min_value=date(1, 1, 1), max_value=date(9999, 12, 31)),
        )
    )
    author = draw(st.sampled_from([ids["b_person"], ids["a_person"], str(uuid.uuid4())]))
    content: dict[str, Any] = {
        "id": str(uuid.uuid4()),
        "household_id": str(b.household),
        "modified_at": draw(_stamp(now, b)),
        "modified_by": author,
        "device_id": draw(st.sampled_from([b.device_id, "d" * draw(st.integers(0, 400))])),
        "author_id": author,
        "created_at": draw(_time(now)),
    }
    if kind in ("daily_log", "milestone_observation"):
        content |= {
            "child_id": draw(_reference(ids, "child")),
            "date": day.isoformat(),
            "observed_on": day.isoformat(),
            "item_id": "x",
            "status": "emerging",
        }
    if kind == "daily_log" and draw(st.booleans()):
        content |= {"amends_id": draw(_reference(ids, "log")), "amendment_reason": "r"}
    if kind == "relative":
        content |= {
            "name": "Tante",
            "relation": "aunt_uncle",
            "children": [draw(_reference(ids, "child"))],
        }
    if kind == "contact_note":
        content |= {
            "children": [draw(_reference(ids, "child"))],
            "contact_kind": "phone",
            "relatives": [draw(_reference(ids, "relative"))],
            "date": day.isoformat(),
        }
    if kind == "review":
        content |= {
            "target_id": draw(_reference(ids, "log")),
            "target_kind": "daily_log",
            "mark": "answer",
            "comment": "c",
            "reply_to": draw(_reference(ids, "log")),
        }
    size = draw(st.sampled_from([0, 10, 5_000, 30_000, 400_000]))
    if size:
        content[draw(st.sampled_from(["text", "extra", "note"]))] = "x" * size
    return kind, content


def _stored_is_sound(server: Server, household: uuid.UUID | None, person: str) -> None:
    with server.session() as s:
        rows = {r.id: r for r in s.exec(select(RecordRow))}
    for row in rows.values():
        if row.kind not in KINDS:
            continue
        content = json.loads(row.content)
        record = parse_record(row.kind, content)
        # The server's own clock at the time is within a day of now.
        problems = bounds.problems(record, content, len(row.content), datetime.now(UTC))
        assert problems == [], (row.kind, problems)
        for ref in references(row.kind, content):
            target = rows.get(ref.id)
            assert target is not None and target.household_id == row.household_id, ref
            assert not ref.kinds or target.kind in ref.kinds, ref
        if row.household_id == str(household) and "author_id" in content:
            assert content["author_id"] == person, content["author_id"]


def test_random_pushes_store_nothing_out_of_bounds_or_out_of_household(server: Server) -> None:
    a, b, ids = _homes(server)
    with server.session() as s:
        a_rows = {
            r.id: r.content for r in s.exec(select(RecordRow)) if r.household_id == str(a.household)
        }

    @settings(
        max_examples=EXAMPLES,
        deadline=None,
        database=None,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
    )
    @given(batch=st.lists(_records(b, ids), min_size=1, max_size=4))
    def pushed(batch: list[tuple[str, dict[str, Any]]]) -> None:
        response = b.push([op(kind, content) for kind, content in batch])
        assert response.status_code in (200, 413, 422), response.text
        if response.status_code == 200:
            statuses = [r["status"] for r in response.json()["results"]]
            applied.extend(s for s in statuses if s == "applied")
        _stored_is_sound(server, b.household, ids["b_person"])

    applied: list[str] = []
    pushed()
    assert applied, "no example was taken: the strategies make nothing valid"
    with server.session() as s:
        after = {
            r.id: r.content for r in s.exec(select(RecordRow)) if r.household_id == str(a.household)
        }
    assert after == a_rows  # nothing stored in, or changed of, the other household
