"""The office console through FastAPI's client: signing in (password, TOTP, recovery
codes, lockout, replay, expiry), every page and form, roles, CSRF, security headers,
languages, and the audit rows each of them writes. Runs on SQLite and PostgreSQL."""

from __future__ import annotations

import csv
import io
import json
import re
import uuid
from pathlib import Path

import httpx
import pytest
from fastapi.routing import APIRoute
from sqlmodel import select

from app.protocol.versions import WAITING_HEADER
from app.server import audit
from app.server import cli as server_cli
from app.server.console import web
from app.server.console.i18n import LANGUAGES, catalog, choose
from app.server.core.config import API_PREFIX
from app.server.services import staff
from app.server.tables import DeviceRow, HouseholdRow, MembershipRow, PersonRow, StaffRow
from tests.server.console import PASSWORD, add_staff, browser, clock_of, signed_in
from tests.server.helpers import CANARY, Server, op

PAGES = ("/office/households", "/office/people", "/office/devices", "/office/audit",
         "/office/health", "/office/staff", "/office/audit.csv")  # fmt: skip


def actions(server: Server) -> list[str]:
    return [row.action for row in server.audit_rows()]


def details(server: Server, action: str) -> list[str]:
    return [row.detail for row in server.audit_rows() if row.action == action]


# -- signing in --------------------------------------------------------------------------


def test_first_sign_in_sets_up_the_authenticator_then_asks_for_its_code(server: Server) -> None:
    info = add_staff(server, "Mia Claes")
    with browser(server) as b:
        assert b.client.get("/office/devices", follow_redirects=False).headers["location"] == (
            "/office/sign-in"
        )
        answer = b.password_step("Mia Claes")
        assert answer.status_code == 303
        qr = b.client.get("/office/sign-in/qr.svg")
        assert qr.headers["content-type"] == "image/svg+xml" and b"<svg" in qr.content
        # Before the second factor, no page of the console opens.
        assert b.client.get("/office/people", follow_redirects=False).status_code == 303
        page = b.first_sign_in("Mia Claes")
        assert len(b.recovery) == staff.RECOVERY_CODES == len(set(b.recovery))
        assert "shown this once" in page.text
        with server.session() as s:
            row = s.get(StaffRow, info.id)
            assert row is not None and row.totp_confirmed
            # At rest: hashes only, neither the password nor a recovery code.
            assert PASSWORD not in row.password_hash and row.password_hash.startswith("$argon2id$")
            stored = json.loads(row.recovery_hashes)
            assert len(stored) == staff.RECOVERY_CODES
            assert not any(c.replace("-", "") in row.recovery_hashes for c in b.recovery)
        assert b.client.get("/office/devices").status_code == 200
        b.post("/office/sign-out", {})
        assert b.client.get("/office/devices", follow_redirects=False).status_code == 303
        b.sign_in()  # the second time: password, then the code from the app
        assert "Mia Claes" in b.client.get("/office/devices").text
    assert {audit.SECOND_FACTOR_SET, audit.SIGN_IN, audit.SIGN_OUT} <= set(actions(server))
    assert len(details(server, audit.SIGN_IN)) == 2
    assert all(d.startswith(f"staff={info.id}") for d in details(server, audit.SIGN_IN))


def test_a_wrong_code_is_refused_and_a_used_code_is_not_taken_twice(server: Server) -> None:
    add_staff(server, "Mia Claes")
    with browser(server) as b:
        b.first_sign_in("Mia Claes")
        b.client.cookies.clear()
        b.password_step("Mia Claes")
        wrong = f"{(int(b.totp()) + 1) % 1_000_000:06d}"
        answer = b.code_step(wrong)
        assert answer.headers["location"] == "/office/sign-in/code?error=wrong"
        assert "not right" in b.client.get(answer.headers["location"]).text
        code = b.totp()
        assert b.code_step(code).headers["location"] == "/office/devices"
        # The same code again, in another browser, within its 30 seconds: refused.
        with browser(server) as other:
            other.name, other.secret = b.name, b.secret
            other.password_step("Mia Claes")
            answer = other.code_step(code)
            assert answer.headers["location"] == "/office/sign-in/code?error=replayed"
            assert "used already" in other.client.get(answer.headers["location"]).text
            # Nor the code of the step before.
            assert "replayed" in other.code_step(other.totp(-1)).headers["location"]
            other.clock.advance(seconds=30)
            assert other.code_step(other.totp()).headers["location"] == "/office/devices"
    failed = details(server, audit.SIGN_IN_FAILED)
    assert sum("code" in d for d in failed) == 1 and sum("replayed" in d for d in failed) == 2


def test_a_recovery_code_signs_in_once(server: Server) -> None:
    add_staff(server, "Mia Claes")
    with browser(server) as b:
        b.first_sign_in("Mia Claes")
        b.client.cookies.clear()
        b.password_step("Mia Claes")
        assert b.code_step(b.recovery[0].lower()).headers["location"] == "/office/devices"
        b.client.cookies.clear()
        b.password_step("Mia Claes")
        assert "error=wrong" in b.code_step(b.recovery[0]).headers["location"]
    assert any(d.endswith("recovery") for d in details(server, audit.SIGN_IN))


def test_an_account_locks_after_five_failures_and_opens_again_later(server: Server) -> None:
    info = add_staff(server, "Mia Claes")
    with browser(server) as b:
        b.first_sign_in("Mia Claes")
        b.client.cookies.clear()
        for attempt in range(staff.MAX_FAILURES):
            answer = b.password_step("Mia Claes", "not the password at all")
            expected = "locked" if attempt == staff.MAX_FAILURES - 1 else "wrong"
            assert answer.headers["location"] == f"/office/sign-in?error={expected}"
        # Locked: the right password is refused too, and says why.
        answer = b.password_step("Mia Claes")
        assert answer.headers["location"] == "/office/sign-in?error=locked"
        assert "locked for 15 minutes" in b.client.get(answer.headers["location"]).text
        b.clock.advance(minutes=staff.LOCK_MINUTES + 1)
        b.sign_in()
    failed = details(server, audit.SIGN_IN_FAILED)
    assert len(failed) == staff.MAX_FAILURES + 1
    assert all(d.startswith(f"staff={info.id}") for d in failed)
    assert sum(d.endswith("locked") for d in failed) == 2


def test_an_unknown_name_is_refused_like_a_wrong_password(server: Server) -> None:
    add_staff(server, "Mia Claes")
    with browser(server) as b:
        answer = b.password_step("Nobody")
        assert answer.headers["location"] == "/office/sign-in?error=wrong"
    assert details(server, audit.SIGN_IN_FAILED) == ["staff=? password"]  # no typed name kept


def test_a_session_ends_after_half_an_hour_idle(server: Server) -> None:
    with signed_in(server) as b:
        b.clock.advance(minutes=staff.IDLE_MINUTES - 1)
        assert b.client.get("/office/people").status_code == 200  # in use: kept alive
        b.clock.advance(minutes=staff.IDLE_MINUTES - 1)
        assert b.client.get("/office/people").status_code == 200
        b.clock.advance(minutes=staff.IDLE_MINUTES + 1)
        answer = b.client.get("/office/people", follow_redirects=False)
        assert answer.headers["location"] == "/office/sign-in"
        # The laptops' table refreshing itself does not keep a session alive.
        b.sign_in()
        b.clock.advance(minutes=staff.IDLE_MINUTES - 1)
        assert b.client.get("/office/devices/rows").status_code == 200
        b.clock.advance(minutes=2)
        answer = b.client.get("/office/people", follow_redirects=False)
        assert answer.headers["location"] == "/office/sign-in"
        # htmx's refresh of the laptops' table is sent to the sign-in page too.
        rows = b.client.get("/office/devices/rows", headers={"HX-Request": "true"})
        assert rows.headers["hx-redirect"] == "/office/sign-in"


def test_sign_in_form_without_its_token_is_refused(server: Server) -> None:
    add_staff(server, "Mia Claes")
    with browser(server) as b:
        answer = b.client.post("/office/sign-in", data={"name": "Mia Claes",
                               "password": PASSWORD, "csrf": "forged"},
                               follow_redirects=False)  # fmt: skip
        assert answer.headers["location"] == "/office/sign-in?error=csrf"
    assert audit.SIGN_IN_FAILED not in actions(server)


# -- pages and forms ---------------------------------------------------------------------


def _pull(server: Server, token: str, household: uuid.UUID) -> int:
    return server.client.get(
        f"{API_PREFIX}/pull", params={"household": str(household)},
        headers={"Authorization": f"Bearer {token}"},
    ).status_code  # fmt: skip


def test_households_people_codes_and_laptops_from_the_console(server: Server) -> None:
    with signed_in(server) as b:
        page = b.post("/office/households", {"name": "Gezin Peeters", "kind": "village_family"})
        assert "Gezin Peeters" in page.text and "The household was added." in page.text
        with server.session() as s:
            household = s.exec(select(HouseholdRow)).one()
        assert household.kind == "village_family"
        b.post("/office/households", {"name": "Gezin Janssens", "kind": "simba"})
        page = b.post("/office/people", {"name": "Anna Maes", "role": "caregiver",
                                         "household": [household.id]})  # fmt: skip
        assert "Anna Maes" in page.text and "Gezin Peeters" in page.text
        with server.session() as s:
            person = s.exec(select(PersonRow)).one()
            other = s.exec(select(HouseholdRow).where(HouseholdRow.name == "Gezin Janssens")).one()
        page = b.post(f"/office/people/{person.id}/households", {"add": other.id, "remove": ""})
        assert "Their households were changed" in page.text
        slip = b.post(f"/office/people/{person.id}/code", {"hours": "48"})
        code = re.search(r'id="slip-code">([A-Z0-9-]+)<', slip.text)
        assert code and "http://testserver" in slip.text and "Anna Maes" in slip.text
        # The code works once, through the sync API, as the laptop uses it.
        enrolled = server.enroll(code.group(1), "Laptop van Anna")
        assert enrolled.status_code == 200
        token, device_id = enrolled.json()["token"], enrolled.json()["device_id"]
        assert _pull(server, token, uuid.UUID(household.id)) == 200
        devices = b.get("/office/devices").text
        assert "Laptop van Anna" in devices and device_id in devices
        assert "Last sync" in devices
        rows = b.get("/office/devices/rows").text
        assert device_id in rows and "<html" not in rows
        # Revoke needs a reason; then the laptop is refused; lifting lets it in again.
        page = b.post(f"/office/devices/{device_id}/revoke", {"reason": " "})
        assert "Give a reason" in page.text
        assert _pull(server, token, uuid.UUID(household.id)) == 200
        page = b.post(f"/office/devices/{device_id}/revoke", {"reason": "laptop stolen"})
        assert "it can sync no more" in page.text
        assert _pull(server, token, uuid.UUID(household.id)) == 401
        b.post(f"/office/devices/{device_id}/lift", {"reason": "found again"})
        assert _pull(server, token, uuid.UUID(household.id)) == 200
    by = details(server, audit.REVOKE) + details(server, audit.UNREVOKE)
    assert by[0].endswith("reason=laptop stolen") and by[1].endswith("reason=found again")
    assert all("by=staff:" in d for d in by)
    for action in (audit.ADD_HOUSEHOLD, audit.ADD_PERSON, audit.SET_HOUSEHOLDS,
                   audit.ENROLL_CODE, audit.LIST_DEVICES, audit.LIST_PEOPLE):  # fmt: skip
        assert details(server, action), action
        assert all("by=staff:" in d for d in details(server, action)), action


def _push(server: Server, headers: dict[str, str]) -> httpx.Response:
    answer: httpx.Response = server.client.post(
        f"{API_PREFIX}/push", json={"ops": []}, headers=headers
    )
    return answer


def test_the_laptops_page_shows_each_app_version_and_the_changes_it_said_wait(
    server: Server,
) -> None:
    household = server.add_household()
    anna = server.device(household, name="Anna")
    bram = server.device(household, name="Bram")
    said = {**anna.headers, "User-Agent": "Thuisboek/0.4.2", WAITING_HEADER: "17"}
    assert _push(server, said).status_code == 200
    with signed_in(server) as b:
        rows = b.get("/office/devices/rows").text
        anna_row = re.search(rf'<tr id="device-{anna.device_id}">(.*?)</tr>', rows, re.S)
        bram_row = re.search(rf'<tr id="device-{bram.device_id}">(.*?)</tr>', rows, re.S)
        assert anna_row and bram_row
        assert "<td>0.4.2</td>" in anna_row.group(1) and ">17</td>" in anna_row.group(1)
        assert "0.4.2" not in bram_row.group(1) and ">17</td>" not in bram_row.group(1)
        page = b.get("/office/devices").text
        assert "App version" in page and "Changes waiting" in page
        # A pull says the app again, never a count; another client changes nothing.
        pulled = server.client.get(
            f"{API_PREFIX}/pull", params={"household": str(household)},
            headers={**anna.headers, "User-Agent": "Thuisboek/0.4.3"},
        )  # fmt: skip
        assert pulled.status_code == 200
        assert _push(server, {**anna.headers, "User-Agent": "curl/8"}).status_code == 200
        rows = b.get("/office/devices/rows").text
        assert "<td>0.4.3</td>" in rows and ">17</td>" in rows
    with server.session() as s:
        row = s.get(DeviceRow, anna.device_id)
        assert row is not None and (row.app_version, row.changes_waiting) == ("0.4.3", 17)


def test_a_household_and_a_person_renamed_reach_the_laptops(server: Server) -> None:
    home = server.add_household("Gezin Peeters", "simba")
    carer = server.device(home, name="Anna Maes")
    with signed_in(server) as b:
        page = b.post(f"/office/households/{home}", {"name": "Gezin Peeters-Maes",
                                                     "kind": "family_support"})  # fmt: skip
        assert "The household was changed" in page.text and "Gezin Peeters-Maes" in page.text
        page = b.post(f"/office/people/{carer.person_id}/name", {"name": "Anna Peeters"})
        assert "The person was renamed" in page.text and "Anna Peeters" in page.text
        before = server.counts()
        b.post(
            f"/office/households/{home}", {"name": "Gezin Peeters-Maes", "kind": "family_support"}
        )  # no change: no version
        assert server.counts() == before
        page = b.post(f"/office/households/{home}", {"name": "", "kind": "simba"})
        assert page.status_code == 400 and server.counts() == before
    pulled = {c["record_id"]: c for c in carer.pull().json()["changes"]}
    assert pulled[str(home)]["content"]["name"] == "Gezin Peeters-Maes"
    assert pulled[str(home)]["content"]["household_kind"] == "family_support"
    assert pulled[str(carer.person_id)]["content"]["display_name"] == "Anna Peeters"
    assert details(server, audit.CHANGE_HOUSEHOLD) and details(server, audit.RENAME_PERSON)


def test_a_deactivated_person_loses_their_laptops_and_gets_no_code(server: Server) -> None:
    home = server.add_household()
    carer = server.device(home, name="Anna Maes")
    unused = server.enroll_code(carer.person_id)
    with signed_in(server) as b:
        path = f"/office/people/{carer.person_id}"
        page = b.post(f"{path}/deactivate", {"reason": ""})
        assert page.status_code == 400 and "Give a reason" in page.text
        assert carer.pull().status_code == 200
        page = b.post(f"{path}/deactivate", {"reason": "left the service"})
        assert "The person was deactivated" in page.text and "Deactivated" in page.text
        assert f"{path}/code" not in page.text
        assert carer.pull().status_code == 401
        assert server.enroll(unused).status_code == 400  # a code made before stops working
        assert b.post(f"{path}/code", {"hours": "24"}).status_code == 400
        page = b.post(f"/office/devices/{carer.device_id}/lift", {"reason": "found"})
        assert page.status_code == 400 and "reactivate them first" in page.text
        page = b.post(f"{path}/reactivate", {"reason": "back from leave"})
        assert "The person was reactivated" in page.text
        assert carer.pull().status_code == 401  # their old laptop stays revoked
        slip = b.post(f"{path}/code", {"hours": "24"})
        code = re.search(r'id="slip-code">([A-Z0-9-]+)<', slip.text)
        assert code and server.enroll(code.group(1)).status_code == 200
    [deactivated] = details(server, audit.DEACTIVATE_PERSON)
    assert "revoked=1" in deactivated and deactivated.endswith("reason=left the service")
    assert details(server, audit.REACTIVATE_PERSON)[0].endswith("reason=back from leave")


def test_bad_input_gets_a_message_and_changes_nothing(server: Server) -> None:
    with signed_in(server) as b:
        before = server.count(HouseholdRow)
        page = b.post("/office/households", {"name": "  ", "kind": "simba"})
        assert page.status_code == 400 and "Nothing was changed" in page.text
        page = b.post("/office/households", {"name": "Gezin", "kind": "castle"})
        assert page.status_code == 400
        assert server.count(HouseholdRow) == before
        page = b.post("/office/people", {"name": "Anna", "role": "caregiver",
                                         "household": [str(uuid.uuid4())]})  # fmt: skip
        assert page.status_code == 400 and server.count(PersonRow) == 0
        page = b.post(f"/office/people/{uuid.uuid4()}/code", {"hours": "24"})
        assert page.status_code == 400
        page = b.post(f"/office/people/{uuid.uuid4()}/code", {"hours": "lots"})
        assert page.status_code == 400 and "a number" in page.text
        page = b.post("/office/devices/abc/revoke", {"reason": "gone"})
        assert page.status_code == 400 and "no such device" in page.text
        page = b.get("/office/audit", params={"since": "2026-13-01"})
        assert page.status_code == 400 and "YYYY-MM-DD" in page.text


def test_the_audit_log_filters_pages_and_exports(server: Server) -> None:
    home = server.add_household()
    for n in range(60):
        server.add_person(f"Persoon {n}", households=[home])
    with signed_in(server) as b:
        first = b.get("/office/audit")
        assert first.status_code == 200 and 'rel="next"' in first.text
        second = b.get("/office/audit", params={"page": 2})
        assert 'rel="prev"' in second.text
        only = b.get("/office/audit", params={"action": "add_household"})
        assert only.text.count("<td>add_household</td>") == 1 and "add_person</td>" not in only.text
        exported = b.client.get("/office/audit.csv", params={"household": str(home)})
        assert exported.headers["content-type"].startswith("text/csv")
        rows = list(csv.DictReader(io.StringIO(exported.text)))
        assert len(rows) == 61 and {r["household"] for r in rows} == {str(home)}
        assert b.get("/office/audit", params={"action": "nothing"}).status_code == 400
    reads = details(server, audit.READ_AUDIT)
    assert any("action=add_household" in d for d in reads)
    assert any(f"household={home}" in d for d in reads)


def test_health_shows_the_database_and_the_last_backup(server: Server) -> None:
    with signed_in(server) as b:
        page = b.get("/office/health").text
        assert "No backup made" in page and "up to date" in page
        with server.session() as s:
            from app.server.services import admin

            admin.note_backup(s, "server-2026-12-07.db", now=clock_of(server)())
        page = b.get("/office/health").text
        assert "server-2026-12-07.db" in page and "0 days ago" in page
    assert any(d.startswith("health ") for d in details(server, audit.CONSOLE_PAGE))


def test_staff_accounts_are_for_administrators_only(server: Server) -> None:
    add_staff(server, "Jo Office", role="office")
    with signed_in(server, "Mia Claes", "admin") as admin_browser:
        page = admin_browser.get("/office/staff")
        assert "Jo Office" in page.text
        page = admin_browser.post("/office/staff", {"name": "Lien", "role": "office",
                                                    "password": "short"})  # fmt: skip
        assert page.status_code == 400 and "12 characters" in page.text
        page = admin_browser.post("/office/staff", {"name": "Lien", "role": "office",
                                                    "password": PASSWORD})  # fmt: skip
        assert "Lien" in page.text
    with browser(server) as office:
        office.first_sign_in("Jo Office")
        assert 'href="/office/staff"' not in office.get("/office/devices").text
        assert office.get("/office/staff").status_code == 403
        page = office.post("/office/staff", {"name": "Eve", "role": "admin", "password": PASSWORD})
        assert page.status_code == 403 and "Only an administrator" in page.text
        # Everything else is theirs.
        for path in PAGES[:-2]:
            assert office.get(path).status_code == 200, path
    names = [s.name for s in staff_rows(server)]
    assert "Eve" not in names and "Lien" in names
    made = details(server, audit.ADD_STAFF)
    assert len(made) == 3 and sum("by=staff:" in d for d in made) == 1  # Lien, from the console


def test_a_lost_phone_is_set_up_again_after_a_reset(server: Server) -> None:
    jo = add_staff(server, "Jo Office", role="office")
    with browser(server) as office:
        office.first_sign_in("Jo Office")
        old_recovery = office.recovery
        with signed_in(server, "Mia Claes", "admin") as b:
            mia = staff_id_of(server, "Mia Claes")
            assert f"/office/staff/{mia}/reset" not in b.get("/office/staff").text
            page = b.post(f"/office/staff/{mia}/reset", {})
            assert page.status_code == 400 and "by itself" in page.text
            page = b.post(f"/office/staff/{jo.id}/reset", {})
            assert "sets up its authenticator app again" in page.text
        # Jo's open session ended; the old recovery codes and app no longer work.
        answer = office.client.get("/office/devices", follow_redirects=False)
        assert answer.headers["location"] == "/office/sign-in"
        office.client.cookies.clear()
        answer = office.password_step("Jo Office")
        assert answer.headers["location"] == "/office/sign-in/setup"
        office.client.cookies.clear()
        office.first_sign_in("Jo Office")
        assert set(office.recovery).isdisjoint(old_recovery)
    [reset] = details(server, audit.RESET_STAFF)
    assert reset.startswith(f"staff={jo.id} totp by=staff:")


def test_reset_staff_from_the_command_line_with_a_new_password(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    data = str(tmp_path / "data")
    monkeypatch.setenv(server_cli.STAFF_PASSWORD_ENV, PASSWORD)
    assert server_cli.main(["--data", data, "add-staff", "Mia Claes", "--role", "admin"]) == 0
    monkeypatch.setenv(server_cli.STAFF_PASSWORD_ENV, "another long password")
    assert server_cli.main(["--data", data, "reset-staff", "Mia Claes", "--password"]) == 0
    assert "again at the next sign-in" in capsys.readouterr().err
    assert server_cli.main(["--data", data, "reset-staff", "Nobody"]) == 1
    assert "no staff account named Nobody" in capsys.readouterr().err
    assert server_cli.main(["--data", data, "audit", "--action", "reset_staff", "--json"]) == 0
    [row] = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert "password+totp" in row["detail"] and "another long" not in row["detail"]


def staff_rows(server: Server) -> list[StaffRow]:
    with server.session() as s:
        return list(s.exec(select(StaffRow)).all())


def test_no_record_content_is_ever_shown(server: Server) -> None:
    home = server.add_household()
    carer = server.device(home)
    child = carer.child(given_name=CANARY)
    carer.push_ok([op("child", child), op("daily_log", carer.daily_log(child["id"],
                   text=f"{CANARY} had a good day"))])  # fmt: skip
    with signed_in(server) as b:
        for path in PAGES:
            page = b.get(path)
            assert page.status_code == 200, path
            assert CANARY not in page.text, path
            if path != "/office/audit.csv":
                assert "never shows the content of a child" in page.text


# -- security ----------------------------------------------------------------------------


def test_security_headers_and_cookies(server: Server) -> None:
    add_staff(server, "Mia Claes")
    with browser(server, https=True) as b:
        page = b.client.get("/office/sign-in")
        policy = page.headers["content-security-policy"]
        assert "script-src 'self'" in policy and "unsafe-inline" not in policy
        assert "frame-ancestors 'none'" in policy
        assert page.headers["x-content-type-options"] == "nosniff"
        assert page.headers["strict-transport-security"].startswith("max-age=")
        assert "<script>" not in page.text and not re.search(r"<[^>]*\son[a-z]+=", page.text)
        answer = b.password_step("Mia Claes")
        cookie = answer.headers["set-cookie"].lower()
        assert "httponly" in cookie and "samesite=strict" in cookie and "secure" in cookie
        script = b.client.get("/office/static/htmx.min.js")
        assert script.status_code == 200 and script.headers["x-content-type-options"] == "nosniff"
        assert b.client.get("/office/static/htmx.LICENSE.txt").status_code == 200
    with browser(server) as plain:
        page = plain.client.get("/office/sign-in")
        assert "strict-transport-security" not in page.headers
        assert "secure" not in page.headers["set-cookie"].lower()
    # The sync API keeps its own answers.
    assert "content-security-policy" not in server.client.get(f"{API_PREFIX}/health").headers


def test_every_post_refuses_a_wrong_csrf_token_and_changes_nothing(server: Server) -> None:
    home = server.add_household()
    person = server.add_person("Anna", households=[home])
    device = server.device(home)
    other = add_staff(server, "Jo Office", role="office")
    with signed_in(server) as b:
        targets = {
            "/office/households": {"name": "Gezin", "kind": "simba"},
            "/office/people": {"name": "Piet", "role": "caregiver", "household": [str(home)]},
            f"/office/people/{person}/households": {"add": str(home)},
            f"/office/households/{home}": {"name": "Gezin Nieuw", "kind": "simba"},
            f"/office/people/{person}/name": {"name": "Anna Nieuw"},
            f"/office/people/{person}/deactivate": {"reason": "left"},
            f"/office/people/{person}/reactivate": {"reason": "back"},
            f"/office/people/{person}/code": {"hours": "24"},
            f"/office/devices/{device.device_id}/revoke": {"reason": "x"},
            f"/office/devices/{device.device_id}/lift": {"reason": "x"},
            "/office/staff": {"name": "Eve", "role": "admin", "password": PASSWORD},
            f"/office/staff/{other.id}/reset": {},
            "/office/sign-out": {},
        }
        assert set(targets) | {"/office/sign-in", "/office/sign-in/code",
                               "/office/sign-in/setup"} == set(post_paths(server, person,
                                                               device.device_id))  # fmt: skip
        for path, data in targets.items():
            before = len(server.audit_rows()), server.counts(), len(staff_rows(server))
            for token in ("", "forged", b.csrf[:-1]):
                answer = b.post(path, data, csrf=token)
                assert answer.status_code == 403, (path, token)
                assert "out of date" in answer.text
            assert (len(server.audit_rows()), server.counts(), len(staff_rows(server))) == before
        with server.session() as s:
            row = s.get(DeviceRow, device.device_id)
            assert row is not None and row.revoked_at is None
        assert b.client.get("/office/devices").status_code == 200  # still signed in


def console_routes() -> list[APIRoute]:
    routes = [r for r in web.router.routes if isinstance(r, APIRoute)]
    assert routes and all(r.path.startswith(web.PREFIX) for r in routes)
    return routes


def staff_id_of(server: Server, name: str) -> str:
    return next((r.id for r in staff_rows(server) if r.name == name), "")


def home_of(server: Server, person: uuid.UUID) -> str:
    with server.session() as s:
        return s.exec(select(MembershipRow.household_id)
                      .where(MembershipRow.person_id == str(person))).first() or ""  # fmt: skip


def post_paths(server: Server, person: uuid.UUID, device_id: str) -> list[str]:
    """Every POST route of the console, its path parameters filled in."""
    found = []
    for route in console_routes():
        path = route.path
        if "POST" in route.methods:
            path = path.replace("{staff_id}", staff_id_of(server, "Jo Office"))
            found.append(path.replace("{person_id}", str(person)).replace("{device_id}", device_id)
                         .replace("{household_id}", str(home_of(server, person))))  # fmt: skip
    return found


# -- languages, the command line ---------------------------------------------------------


def test_the_browser_language_and_the_switch(server: Server) -> None:
    with browser(server) as b:
        page = b.client.get("/office/sign-in", headers={"Accept-Language": "fr-BE,fr;q=0.9"})
        assert 'lang="fr"' in page.text and "Se connecter" in page.text
        page = b.client.get("/office/sign-in", headers={"Accept-Language": "de, nl;q=0.5"})
        assert "Aanmelden" in page.text
        page = b.client.get("/office/language/en", params={"next": "/office/sign-in"})
        assert page.url.path == "/office/sign-in" and "Sign in" in page.text
        page = b.client.get("/office/sign-in", headers={"Accept-Language": "nl"})
        assert 'lang="en"' in page.text  # the choice outlasts the browser's wish
        away = b.client.get("/office/language/nl", params={"next": "https://elsewhere.example/"},
                            follow_redirects=False)  # fmt: skip
        assert away.headers["location"] == "/office/"


def test_the_catalogs_have_the_same_words_and_fields() -> None:
    english = catalog("en")
    for language in LANGUAGES:
        texts = catalog(language)
        assert set(texts) == set(english), language
        for key, text in texts.items():
            assert text.strip(), (language, key)
            assert re.findall(r"{\w+}", text) == re.findall(r"{\w+}", english[key]), key
    assert choose(None, None) == "en" and choose("fr", "nl") == "fr"
    assert choose(None, "en;q=0.2, fr;q=0.8") == "fr" and choose("xx", "q=;;") == "en"


def test_every_key_the_pages_use_is_in_the_catalog() -> None:
    folder = Path(__file__).resolve().parents[2] / "app/server/console"
    used: set[str] = set()
    for source in [*folder.glob("templates/*.html"), folder / "web.py"]:
        used |= set(re.findall(r"""_\(["']([a-z0-9_]+)["'][,)]""", source.read_text("utf-8")))
    assert used - set(catalog("en")) == set()


def test_add_staff_takes_the_password_from_the_environment(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    data = str(tmp_path / "data")
    monkeypatch.setenv(server_cli.STAFF_PASSWORD_ENV, PASSWORD)
    assert server_cli.main(["--data", data, "add-staff", "Mia Claes", "--role", "admin"]) == 0
    assert "Mia Claes" in capsys.readouterr().err
    assert server_cli.main(["--data", data, "add-staff", "Mia Claes", "--role", "admin"]) == 1
    monkeypatch.delenv(server_cli.STAFF_PASSWORD_ENV)
    monkeypatch.setattr("sys.stdin", io.StringIO(""))
    with pytest.raises(SystemExit, match=server_cli.STAFF_PASSWORD_ENV):
        server_cli.main(["--data", data, "add-staff", "Jo", "--role", "office"])
    with pytest.raises(SystemExit):  # no --password option: never on the command line
        server_cli.main(["--data", data, "add-staff", "Jo", "--role", "office",
                         "--password", PASSWORD])  # fmt: skip
    capsys.readouterr()
    assert server_cli.main(["--data", data, "audit", "--action", "add_staff", "--json"]) == 0
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert len(rows) == 1 and "role=admin" in rows[0]["detail"]
    assert PASSWORD not in json.dumps(rows)


def test_the_audit_log_never_holds_a_password_or_code(server: Server) -> None:
    with signed_in(server) as b:
        b.password_step(b.name, "a wrong password typed here")
        dump = json.dumps([(r.action, r.detail) for r in server.audit_rows()])
    assert PASSWORD not in dump and "a wrong password" not in dump and b.secret not in dump


# -- every form and filter with arbitrary input ------------------------------------------

FIELDS = ("name", "kind", "role", "household", "add", "remove", "hours", "reason", "password",
          "code")  # fmt: skip
AUDIT_FIELDS = ("record", "person", "device", "household", "action", "since", "until", "page")


def test_every_form_and_filter_takes_any_input_without_a_server_error(server: Server) -> None:
    """Like the API's schemathesis run, for the console (which has no OpenAPI document):
    every POST route and the audit filters get arbitrary text, with a valid session and
    CSRF token. No answer is a server error, and the audit log stays readable."""
    from hypothesis import HealthCheck, given, settings
    from hypothesis import strategies as st

    home = server.add_household()
    person = server.add_person("Anna", households=[home])
    device = server.device(home)
    known = ["", "simba", "caregiver", "24", str(home), str(person), device.device_id,
             "2026-02-30", "-1", "1e308"]  # fmt: skip
    text = st.one_of(st.text(max_size=300), st.sampled_from(known))
    paths = [p for p in post_paths(server, person, device.device_id)
             if p not in ("/office/sign-out", "/office/sign-in")]  # fmt: skip
    with signed_in(server) as b:

        @settings(max_examples=80, deadline=None, derandomize=True,
                  suppress_health_check=list(HealthCheck))  # fmt: skip
        @given(path=st.sampled_from(paths), form=st.fixed_dictionaries({}, optional={
            f: text for f in FIELDS}))  # fmt: skip
        def post_anything(path: str, form: dict[str, str]) -> None:
            answer = b.post(path, dict(form), follow=False)
            assert answer.status_code < 500, (path, form, answer.text[:300])

        @settings(max_examples=40, deadline=None, derandomize=True,
                  suppress_health_check=list(HealthCheck))  # fmt: skip
        @given(query=st.fixed_dictionaries({}, optional={f: text for f in AUDIT_FIELDS}))
        def filter_anything(query: dict[str, str]) -> None:
            for path in ("/office/audit", "/office/audit.csv"):
                answer = b.client.get(path, params=query)
                assert answer.status_code < 500, (path, query, answer.text[:300])

        post_anything()
        filter_anything()
        assert b.client.get("/office/audit").status_code == 200
