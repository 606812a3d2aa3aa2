"""Every route of the API against forged references and bad credentials.

The cases are generated from the OpenAPI description: every endpoint x every
reference a request can carry (each reference field of each record kind for a
push) x {another household's record, an unknown id, a record of its own
household of the wrong kind, a revoked device, an absent or unknown token}.
Each is refused, and nothing is written: no record, version or change, the
other household's records unchanged, and no audit row naming the other
household or the forged ids. A control at the end of each case shows the same
request with its own references is accepted. Runs on SQLite and PostgreSQL.
"""

from __future__ import annotations

import hashlib
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

import pytest
from fastapi.routing import APIRoute
from sqlmodel import select

from app.domain.references import ANY_KIND, REFERENCE_FIELDS
from app.server.console import web
from app.server.core.config import API_PREFIX
from app.server.tables import (
    AuditLogRow,
    BlobChunkRow,
    BlobRow,
    DeviceRow,
    RecordRow,
    ReportedViewRow,
    StaffRow,
)
from tests.server.console import PASSWORD, add_staff, browser, signed_in
from tests.server.helpers import Device, Server, op

PUBLIC = {("get", "/health")}  # no data, no token
# An attached file's bytes in both households, and one in the victim's alone.
SHARED = b"%PDF-1.7\n" + bytes(range(256)) * 8
VICTIM_ONLY = b"%PDF-1.7\n" + bytes(range(255, -1, -1)) * 8
SCENARIOS = (
    "other_household",
    "unknown_id",
    "own_wrong_kind",
    "revoked",
    "absent_token",
    "unknown_token",
)


@dataclass
class Homes:
    server: Server
    victim: uuid.UUID  # household A
    own: uuid.UUID  # household B, the pushing devices'
    a_records: dict[str, dict[str, Any]]  # A's records by kind
    b_records: dict[str, dict[str, Any]]
    carer: Device  # of B
    supervisor: Device  # of B
    revoked: Device  # of B, revoked by the office

    def record_of(self, kind: str, household: str) -> dict[str, Any]:
        return (self.a_records if household == "a" else self.b_records)[kind]


def _household(server: Server, name: str) -> tuple[uuid.UUID, Device, Device, dict[str, Any]]:
    home = server.add_household(name)
    carer = server.device(home, name=f"{name} carer")
    supervisor = server.device(home, role="supervisor", name=f"{name} supervisor")
    child = carer.child()
    relative = _relative(carer, [child["id"]])
    log = carer.daily_log(child["id"])
    contact = _contact(carer, [child["id"]], [relative["id"]])
    check = _check(carer, child["id"])
    medication = _care(carer, "medication", child["id"])
    goal = _care(carer, "care_goal", child["id"])
    handover = _handover(carer, [child["id"]])
    results = carer.push_ok(
        [
            op("child", child),
            op("relative", relative),
            op("daily_log", log),
            op("contact_note", contact),
            op("wellbeing_check", check),
            op("medication", medication),
            op("care_goal", goal),
            op("handover", handover),
        ]
    )
    assert {r["status"] for r in results} == {"applied"}
    carer.put_blob(SHARED)
    if name == "A":
        carer.put_blob(VICTIM_ONLY)
    question = supervisor.review(
        log, home, mark="question", comment="Hoe ging het?", children=[child["id"]]
    )
    [asked] = supervisor.push_ok([op("review", question)])
    assert asked["status"] == "applied", asked
    records = {
        "child": child,
        "relative": relative,
        "daily_log": log,
        "contact_note": contact,
        "review": question,
        "wellbeing_check": check,
        "medication": medication,
        "care_goal": goal,
        "handover": handover,
    }
    return home, carer, supervisor, records


def _handover(device: Device, children: list[str]) -> dict[str, Any]:
    return {
        "id": str(uuid.uuid4()),
        "household_id": str(device.household),
        "author_id": str(device.person_id),
        "date": datetime.now(UTC).date().isoformat(),
        "shift": "evening",
        "text": "Noah sliep slecht, kijk zijn oor na",
        "children": children,
        "created_at": datetime.now(UTC).isoformat(),
        "modified_at": device.stamp(),
        "modified_by": str(device.person_id),
        "device_id": device.device_id,
    }


def _care(device: Device, kind: str, child: str, **refs: Any) -> dict[str, Any]:
    """A record of a child's daily care of ``kind``, about ``child``."""
    today = datetime.now(UTC).date().isoformat()
    mine = {"author_id": str(device.person_id), "created_at": datetime.now(UTC).isoformat()}
    content: dict[str, Any] = {
        "medication": {"child_id": child, "name": "Melatonine", "times": ["20:00"],
                       "start": today},
        "medication_dose": {"child_id": child, "outcome": "given", "at": f"{today}T08:00:00",
                            **mine},
        "care_goal": {"child_id": child, "text": "Slaapt in eigen bed", "area": "care",
                      "start": today},
        "goal_step": {"child_id": child, "on": today, "note": "Goed bezig", **mine},
        "appointment": {"children": [child], "appointment_kind": "doctor",
                        "starts_at": f"{today}T10:00:00"},
        "minor_file": {"child_id": child, "legal_status": "applicant"},
    }[kind]  # fmt: skip
    return {
        "id": str(uuid.uuid4()),
        "household_id": str(device.household),
        **content,
        **refs,
        "modified_at": device.stamp(),
        "modified_by": str(device.person_id),
        "device_id": device.device_id,
    }


def _relative(device: Device, children: list[str]) -> dict[str, Any]:
    return {
        "id": str(uuid.uuid4()),
        "household_id": str(device.household),
        "name": "Mama",
        "relation": "mother",
        "children": children,
        "modified_at": device.stamp(),
        "modified_by": str(device.person_id),
        "device_id": device.device_id,
    }


def _contact(device: Device, children: list[str], relatives: list[str]) -> dict[str, Any]:
    log = device.daily_log(children[0])
    return {
        "id": str(uuid.uuid4()),
        "household_id": str(device.household),
        "author_id": str(device.person_id),
        "children": children,
        "relatives": relatives,
        "contact_kind": "visit",
        "status": "happened",
        "date": log["date"],
        "created_at": datetime.now(UTC).isoformat(),
        "modified_at": device.stamp(),
        "modified_by": str(device.person_id),
        "device_id": device.device_id,
    }


def _check(device: Device, child: str) -> dict[str, Any]:
    log = device.daily_log(child)
    return {
        "id": str(uuid.uuid4()),
        "household_id": str(device.household),
        "author_id": str(device.person_id),
        "child_id": child,
        "date": log["date"],
        "ratings": {"care": 3, "livelihood": None},
        "created_at": datetime.now(UTC).isoformat(),
        "modified_at": device.stamp(),
        "modified_by": str(device.person_id),
        "device_id": device.device_id,
    }


@pytest.fixture
def homes(server: Server) -> Homes:
    victim, _, _, a_records = _household(server, "A")
    own, carer, supervisor, b_records = _household(server, "B")
    revoked = server.device(own, name="B old laptop")
    server.revoke(revoked)
    return Homes(server, victim, own, a_records, b_records, carer, supervisor, revoked)


# The record of each kind a device of B pushes, with its own references.
def _valid(homes: Homes, kind: str) -> tuple[Device, dict[str, Any]]:
    b = homes.b_records
    carer, supervisor = homes.carer, homes.supervisor
    child = b["child"]["id"]
    if kind == "relative":
        return carer, _relative(carer, [child])
    if kind == "daily_log":
        return carer, carer.daily_log(
            child, amends_id=b["daily_log"]["id"], amendment_reason="Verbetering"
        )
    if kind == "milestone_observation":
        return carer, {
            "id": str(uuid.uuid4()),
            "household_id": str(homes.own),
            "child_id": child,
            "item_id": "cdc-2m-social-1",
            "status": "emerging",
            "observed_on": b["daily_log"]["date"],
            "modified_at": carer.stamp(),
            "modified_by": str(carer.person_id),
            "device_id": carer.device_id,
        }
    if kind == "contact_note":
        note = _contact(carer, [child], [b["relative"]["id"]])
        return carer, {
            **note,
            "amends_id": b["contact_note"]["id"],
            "amendment_reason": "Verbetering",
        }
    if kind == "wellbeing_check":
        return carer, {
            **_check(carer, child),
            "amends_id": b["wellbeing_check"]["id"],
            "amendment_reason": "Verbetering",
        }
    if kind == "review":
        answer = carer.review(
            b["daily_log"],
            homes.own,
            mark="answer",
            comment="Goed",
            reply_to=b["review"]["id"],
            children=[child],
        )
        return carer, answer
    if kind == "conflict_revision":
        return supervisor, {
            "id": str(uuid.uuid4()),
            "household_id": str(homes.own),
            "target_id": child,
            "target_kind": "child",
            "children": [child],
            "losing": {"school": "x"},
            "winning": {"school": "y"},
            "created_at": datetime.now(UTC).isoformat(),
            "modified_at": supervisor.stamp(),
            "modified_by": str(supervisor.person_id),
            "device_id": supervisor.device_id,
        }
    if kind in ("medication", "care_goal", "minor_file"):
        return carer, _care(carer, kind, child)
    if kind == "medication_dose":
        return carer, _care(carer, kind, child, medication_id=b["medication"]["id"])
    if kind == "goal_step":
        return carer, _care(carer, kind, child, goal_id=b["care_goal"]["id"],
                            entry_id=b["daily_log"]["id"], entry_kind="daily_log")  # fmt: skip
    if kind == "appointment":
        return carer, _care(carer, kind, child, appointment_kind="family_visit",
                            relatives=[b["relative"]["id"]],
                            contact_note_id=b["contact_note"]["id"])  # fmt: skip
    if kind == "keepsake":
        return carer, {
            "id": str(uuid.uuid4()),
            "household_id": str(homes.own),
            "child_id": child,
            "target_id": b["daily_log"]["id"],
            "target_kind": "daily_log",
            "on": b["daily_log"]["date"],
            "words": "Je eerste stapjes in de tuin",
            "author_id": str(carer.person_id),
            "created_at": datetime.now(UTC).isoformat(),
            "modified_at": carer.stamp(),
            "modified_by": str(carer.person_id),
            "device_id": carer.device_id,
        }
    if kind == "handover":
        return carer, _handover(carer, [child])
    if kind == "attachment":
        return carer, carer.attachment(child, SHARED, target_kind="daily_log",
                                       target_id=b["daily_log"]["id"])  # fmt: skip
    if kind == "handover_read":
        return carer, {
            "id": str(uuid.uuid4()),
            "household_id": str(homes.own),
            "handover_id": b["handover"]["id"],
            "author_id": str(carer.person_id),
            "read_at": datetime.now(UTC).isoformat(),
            "modified_at": carer.stamp(),
            "modified_by": str(carer.person_id),
            "device_id": carer.device_id,
        }
    raise AssertionError(kind)


def _target(homes: Homes, kinds: frozenset[str], scenario: str) -> str | None:
    # A kind it may name of which household A holds a record.
    wanted = next((k for k in sorted(kinds) if k in homes.a_records), "child")
    if scenario == "other_household":
        return str(homes.record_of(wanted, "a")["id"])
    if scenario == "unknown_id":
        return str(uuid.uuid4())
    if scenario == "own_wrong_kind":
        if kinds == ANY_KIND:
            return None  # any kind is right
        wrong = next(k for k in ("daily_log", "child") if k not in kinds)
        return str(homes.record_of(wrong, "b")["id"])
    raise AssertionError(scenario)


def _headers(homes: Homes, device: Device, scenario: str) -> dict[str, str]:
    if scenario == "revoked":
        return homes.revoked.headers
    if scenario == "absent_token":
        return {}
    if scenario == "unknown_token":
        return {"Authorization": "Bearer " + "x" * 43}
    return device.headers


class Snapshot:
    """What is stored, to see that a refused request wrote nothing."""

    def __init__(self, homes: Homes) -> None:
        server = homes.server
        self.counts = server.counts()
        self.views = server.count(ReportedViewRow)
        with server.session() as s:
            self.victim = {
                r.id: (r.version, r.content)
                for r in s.exec(select(RecordRow))
                if r.household_id == str(homes.victim)
            }
            self.audit = {r.id for r in s.exec(select(AuditLogRow))}

    def unchanged(self, homes: Homes, forged: list[str]) -> None:
        server = homes.server
        after = Snapshot(homes)
        assert after.counts == self.counts
        assert after.views == self.views
        assert after.victim == self.victim
        with server.session() as s:
            new = [r for r in s.exec(select(AuditLogRow)) if r.id not in self.audit]
        for row in new:
            assert row.household_id != str(homes.victim)
            assert not any(f in (row.record_ids or "") for f in forged), row.action


def _push_cases() -> list[tuple[str, str]]:
    cases = [(kind, field) for kind, fields in REFERENCE_FIELDS.items() for field in fields]
    return [*cases, ("op", "household_id"), ("op", "record_id")]


@pytest.mark.parametrize(("kind", "field"), _push_cases(), ids="-".join)
def test_push_refuses_every_forged_reference(homes: Homes, kind: str, field: str) -> None:
    for scenario in SCENARIOS:
        if kind == "op":
            device, content = homes.carer, homes.carer.child()
            record_kind = "child"
        else:
            device, content = _valid(homes, kind)
            record_kind = kind
        sent = op(record_kind, content)
        forged: list[str] = []
        if scenario in ("other_household", "unknown_id", "own_wrong_kind"):
            if kind == "op":
                if scenario == "own_wrong_kind":
                    continue
                if field == "household_id":
                    home = homes.victim if scenario == "other_household" else uuid.uuid4()
                    sent = op(record_kind, {**content, "household_id": str(home)})
                    forged = [str(content["id"])]
                elif scenario == "other_household":
                    target = str(homes.a_records["child"]["id"])
                    sent = op(record_kind, {**content, "id": target})
                    forged = [target]
                else:
                    continue  # an unknown record id is a new record: the control
            else:
                target = _target(homes, REFERENCE_FIELDS[kind][field][0], scenario)
                if target is None:
                    continue
                is_list = REFERENCE_FIELDS[kind][field][1]
                sent = op(record_kind, {**content, field: [target] if is_list else target})
                forged = [target, str(content["id"])]
        before = Snapshot(homes)
        response = homes.server.client.post(
            f"{API_PREFIX}/push", json={"ops": [sent]}, headers=_headers(homes, device, scenario)
        )
        if scenario in ("revoked", "absent_token", "unknown_token"):
            assert response.status_code == 401, (scenario, response.text)
        else:
            assert response.status_code == 200, response.text
            [result] = response.json()["results"]
            assert result["status"] == "rejected", (kind, field, scenario, result)
        before.unchanged(homes, forged)
    # The control: the same record with its own references is taken.
    device, content = (homes.carer, homes.carer.child()) if kind == "op" else _valid(homes, kind)
    [taken] = device.push_ok([op("child" if kind == "op" else kind, content)])
    assert taken["status"] == "applied", taken


def _pull(homes: Homes, scenario: str) -> None:
    household = {"other_household": homes.victim, "unknown_id": uuid.uuid4()}.get(
        scenario, homes.own
    )
    response = homes.server.client.get(
        f"{API_PREFIX}/pull",
        params={"household": str(household)},
        headers=_headers(homes, homes.carer, scenario),
    )
    expected = {
        "revoked": 401,
        "absent_token": 401,
        "unknown_token": 401,
        "own_wrong_kind": 200,
    }.get(scenario, 404)  # its own household: the control
    assert response.status_code == expected, (scenario, response.text)
    assert str(homes.victim) not in response.text


def _views(homes: Homes, scenario: str) -> None:
    record = {
        "other_household": homes.a_records["daily_log"]["id"],
        "unknown_id": str(uuid.uuid4()),
    }.get(scenario, homes.b_records["daily_log"]["id"])
    for household in (homes.own, homes.victim):
        view = {
            "view_id": str(uuid.uuid4()),
            "record_id": str(record),
            "household_id": str(household),
            "viewed_at": datetime.now(UTC).isoformat(),
        }
        before = Snapshot(homes)
        response = homes.server.client.post(
            f"{API_PREFIX}/audit/views",
            json={"views": [view]},
            headers=_headers(homes, homes.carer, scenario),
        )
        if scenario in ("revoked", "absent_token", "unknown_token"):
            assert response.status_code == 401
        elif scenario == "own_wrong_kind" and household == homes.own:
            continue  # any record of its own household may be opened: not a forgery
        else:
            assert response.json()["results"][0]["status"] == "not_found"
        before.unchanged(homes, [str(record)])


def _device(homes: Homes, scenario: str) -> None:
    response = homes.server.client.get(
        f"{API_PREFIX}/device", headers=_headers(homes, homes.carer, scenario)
    )
    if scenario in ("revoked", "absent_token", "unknown_token"):
        assert response.status_code == 401
    else:
        assert response.status_code == 200 and str(homes.victim) not in response.text


def _enroll(homes: Homes, scenario: str) -> None:
    """Enrolment takes a code, not a token: an unknown or used code is refused alike."""
    before = Snapshot(homes)
    response = homes.server.enroll("ABCDE-FGHJK")
    assert response.status_code == 400
    before.unchanged(homes, [])


def _blob(method: str, path: str) -> Callable[[Homes, str], None]:
    """A route of an attached file's bytes: another household's file, or a file
    named in a household the server does not know, is not found (and nothing is
    written); its own household's file is the control."""

    def check(homes: Homes, scenario: str) -> None:
        data, household = {
            "other_household": (VICTIM_ONLY, homes.victim),
            "unknown_id": (SHARED, uuid.uuid4()),
        }.get(scenario, (SHARED, homes.own))
        sha = hashlib.sha256(data).hexdigest()
        before = (homes.server.count(BlobRow), homes.server.count(BlobChunkRow))
        response = homes.server.client.request(
            method,
            API_PREFIX + path.format(sha256=sha, n=0),
            params={"household": str(household), "size": len(data)},
            content=data if method == "put" else None,
            headers=_headers(homes, homes.carer, scenario),
        )
        if scenario in ("revoked", "absent_token", "unknown_token"):
            assert response.status_code == 401, (scenario, response.text)
        elif scenario == "own_wrong_kind":  # the control
            assert response.status_code == 200, response.text
        else:
            assert response.status_code == 404, (scenario, response.text)
        assert data not in response.content or scenario == "own_wrong_kind"
        assert (homes.server.count(BlobRow), homes.server.count(BlobChunkRow)) == before
        # An attempt on another household is kept for the office: no record named.
        for row in homes.server.audit_rows():
            if row.household_id == str(homes.victim) and row.person_id == str(
                homes.carer.person_id
            ):
                assert row.action == "blob_refused" and row.record_ids == "[]"

    return check


ROUTES: dict[tuple[str, str], Callable[[Homes, str], None]] = {
    ("get", "/pull"): _pull,
    ("post", "/audit/views"): _views,
    ("get", "/device"): _device,
    ("post", "/enroll"): _enroll,
    ("get", "/blobs/{sha256}"): _blob("get", "/blobs/{sha256}"),
    ("put", "/blobs/{sha256}/{n}"): _blob("put", "/blobs/{sha256}/{n}"),
    ("get", "/blobs/{sha256}/{n}/bytes"): _blob("get", "/blobs/{sha256}/{n}/bytes"),
    ("post", "/blobs/{sha256}/complete"): _blob("post", "/blobs/{sha256}/complete"),
}


def test_every_route_is_in_the_matrix(server: Server) -> None:
    paths = server.app.openapi()["paths"]
    routes = {
        (method, path.removeprefix(API_PREFIX)) for path, ops in paths.items() for method in ops
    }
    assert routes == {*ROUTES, ("post", "/push"), *PUBLIC}


@pytest.mark.parametrize("route", list(ROUTES), ids=lambda r: f"{r[0]}{r[1]}")
@pytest.mark.parametrize("scenario", SCENARIOS)
def test_every_route_refuses_forged_ids_and_bad_tokens(
    homes: Homes, route: tuple[str, str], scenario: str
) -> None:
    ROUTES[route](homes, scenario)


# The office console ---------------------------------------------------------------------
# Every route of /office/ x {no session, an office member, a forged CSRF token}: an
# anonymous browser is sent to the sign-in page and changes nothing; an office member
# is refused the staff pages; a form with a forged token is refused and changes nothing.
CONSOLE_PUBLIC = {("GET", "/office/"), ("GET", "/office/sign-in"), ("POST", "/office/sign-in"),
                  ("GET", "/office/language/{language}")}  # fmt: skip
CONSOLE_ADMIN_ONLY = {("GET", "/office/staff"), ("POST", "/office/staff"),
                      ("POST", "/office/staff/{staff_id}/reset")}  # fmt: skip
CONSOLE_SIGN_IN_STEPS = {("GET", "/office/sign-in/code"), ("POST", "/office/sign-in/code"),
                         ("GET", "/office/sign-in/setup"), ("POST", "/office/sign-in/setup"),
                         ("GET", "/office/sign-in/qr.svg")}  # fmt: skip


def _console_routes() -> list[tuple[str, str]]:
    return sorted((method, r.path) for r in web.router.routes if isinstance(r, APIRoute)
                  for method in r.methods)  # fmt: skip


@pytest.mark.parametrize("route", _console_routes(), ids=lambda r: f"{r[0]}{r[1]}")
@pytest.mark.parametrize("who", ["anonymous", "office", "forged_csrf"])
def test_every_console_route_refuses_strangers_office_members_and_forged_forms(
    server: Server, route: tuple[str, str], who: str
) -> None:
    method, template = route
    home = server.add_household()
    person = server.add_person("Anna", households=[home])
    device = server.device(home)
    path = (template.replace("{person_id}", str(person))
            .replace("{device_id}", device.device_id).replace("{language}", "nl")
            .replace("{household_id}", str(home)))  # fmt: skip
    lien = add_staff(server, "Lien")  # an account that an office member may not see
    path = path.replace("{staff_id}", lien.id)
    form = {"name": "Eve", "kind": "simba", "role": "admin", "password": PASSWORD,
            "household": str(home), "add": str(home), "hours": "24", "reason": "x",
            "code": "123456"}  # fmt: skip

    def snapshot() -> tuple[object, ...]:
        with server.session() as s:
            revoked = s.get(DeviceRow, device.device_id)
            staff_count = len(s.exec(select(StaffRow)).all())
        return (len(server.audit_rows()), server.counts(), staff_count,
                revoked.revoked_at if revoked else None)  # fmt: skip

    if who == "anonymous":
        with browser(server) as b:
            before = snapshot()
            answer = b.client.request(method, path, data=form if method == "POST" else None,
                                      follow_redirects=False)  # fmt: skip
            if route in CONSOLE_PUBLIC:
                assert answer.status_code in (200, 303)
                if method == "POST":
                    assert answer.headers["location"] == "/office/sign-in?error=csrf"
            else:
                assert answer.status_code == 303, answer.text
                assert answer.headers["location"] == "/office/sign-in"
            assert snapshot() == before
        return
    role = "office" if who == "office" else "admin"
    with signed_in(server, "Jo", role) as b:
        before = snapshot()
        if who == "office":
            answer = (b.get(path, follow_redirects=False) if method == "GET"
                      else b.post(path, form, follow=False))  # fmt: skip
            if route in CONSOLE_ADMIN_ONLY:
                assert answer.status_code == 403 and "Lien" not in answer.text
                assert snapshot()[1:] == before[1:]
            else:
                assert answer.status_code in (200, 303), answer.text
            return
        if method != "POST":
            return
        answer = b.post(path, form, csrf="forged", follow=False)
        if route in CONSOLE_PUBLIC:
            assert answer.headers["location"] == "/office/sign-in?error=csrf"
        elif route in CONSOLE_SIGN_IN_STEPS:
            assert answer.headers["location"] == "/office/sign-in"  # no pending sign-in
        else:
            assert answer.status_code == 403
        assert snapshot() == before


def test_every_console_route_is_in_the_matrix() -> None:
    routes = set(_console_routes())
    assert routes >= CONSOLE_PUBLIC | CONSOLE_ADMIN_ONLY | CONSOLE_SIGN_IN_STEPS
    assert len(routes) == 30  # a new route is classified above before it counts
