"""Enrollment: a one-time code becomes a device token, exactly once."""

from __future__ import annotations

import re
import uuid

import httpx

from app.protocol.versions import OLDEST_APP_VERSION
from app.server.api.deps import CODE_FAILURES
from app.server.core.config import API_PREFIX, default_recommended_app
from tests.server.helpers import Server


def test_code_enrolls_once_and_the_token_works(server: Server) -> None:
    household = server.add_household()
    person = server.add_person("Anna Peeters", "caregiver", [household])
    code = server.enroll_code(person)
    assert re.fullmatch(r"[A-HJKMNP-Z2-9]{5}-[A-HJKMNP-Z2-9]{5}", code)

    response = server.enroll(code, "Anna's laptop")
    assert response.status_code == 200, response.text
    body = response.json()
    assert body["role"] == "caregiver"
    assert body["households"] == [str(household)]
    assert body["person"]["id"] == str(person)
    assert body["person"]["display_name"] == "Anna Peeters"
    assert body["person"]["households"] == [str(household)]
    assert len(body["token"]) >= 43  # 32 random bytes

    status = server.client.get(
        f"{API_PREFIX}/device", headers={"Authorization": f"Bearer {body['token']}"}
    )
    assert status.status_code == 200
    assert status.json() == {
        "protocol": 1,
        "device_id": body["device_id"],
        "person_id": str(person),
        "role": "caregiver",
        "households": [str(household)],
        "revoked": False,
        "app_minimum": OLDEST_APP_VERSION,
        "app_recommended": default_recommended_app(),
    }

    again = server.enroll(code)
    assert again.status_code == 400
    assert again.json()["code"] == "invalid_code"


def test_wrong_used_and_expired_codes_get_the_same_answer(server: Server) -> None:
    person = server.add_person("Anna", "caregiver", [server.add_household()])
    used = server.enroll_code(person)
    assert server.enroll(used).status_code == 200
    expired = server.enroll_code(person, hours=24, ago=25)
    answers = [server.enroll(code) for code in (used, expired, "ABCDE-FGHJK")]
    assert {a.status_code for a in answers} == {400}
    assert len({a.text for a in answers}) == 1


def test_a_code_for_someone_else_than_the_profile_is_refused_and_stays_unused(
    server: Server,
) -> None:
    household = server.add_household()
    anna = server.add_person("Anna", "caregiver", [household])
    ben = server.add_person("Ben", "caregiver", [household])
    code = server.enroll_code(ben)

    def enroll(person_id: uuid.UUID) -> httpx.Response:
        body = {"code": code, "device_name": "Anna's laptop", "person_id": str(person_id)}
        response: httpx.Response = server.client.post(f"{API_PREFIX}/enroll", json=body)
        return response

    refused = enroll(anna)  # Anna's profile, enrolled again with Ben's code
    assert refused.status_code == 409
    assert refused.json()["code"] == "other_person"
    taken = enroll(ben)
    assert taken.status_code == 200, taken.text
    assert taken.json()["person"]["id"] == str(ben)


def test_code_is_typed_loosely(server: Server) -> None:
    person = server.add_person("Anna", "caregiver", [server.add_household()])
    code = server.enroll_code(person)
    assert server.enroll(code.replace("-", " ").lower()).status_code == 200


def test_token_is_stored_only_hashed(server: Server) -> None:
    person = server.add_person("Anna", "caregiver", [server.add_household()])
    code = server.enroll_code(person)
    token = server.enroll(code).json()["token"]
    with server.engine.connect() as conn:
        dump = "\n".join(str(row) for row in conn.exec_driver_sql("SELECT * FROM device"))
        dump += "\n".join(str(row) for row in conn.exec_driver_sql("SELECT * FROM enrollment_code"))
    assert token not in dump
    assert code not in dump and code.replace("-", "") not in dump


def test_a_code_tried_again_and_again_waits_on_its_own(server: Server) -> None:
    person = server.add_person("Anna", "caregiver", [server.add_household()])
    for _ in range(CODE_FAILURES):
        assert server.enroll("WRONG-CODE1").status_code == 400
    assert server.enroll("wrong code1").status_code == 429  # the same code, typed loosely
    assert server.enroll(server.enroll_code(person)).status_code == 200


def test_enroll_rate_limit(server: Server) -> None:
    answers = [server.enroll(f"WRONG-COD{n}").status_code for n in range(10)]
    assert answers == [400] * 10
    person = server.add_person("Anna", "caregiver", [server.add_household()])
    blocked = server.enroll(server.enroll_code(person))
    assert blocked.status_code == 429
    assert blocked.json()["code"] == "rate_limited"
    server.clock.advance(61)
    assert server.enroll(server.enroll_code(person)).status_code == 200
