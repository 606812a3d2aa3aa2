"""The office console in a real browser (Debian's chromium, driven by Playwright) against
``thuisboek-server serve``: an administrator signs in with password and TOTP, adds a
household and a person, makes an enrolment code, a real laptop profile enrols with it
(``thuisboek enroll``) and syncs, the console shows the laptop with its last sync, the
administrator revokes it, and the laptop is refused. axe-core checks every page: no
serious or critical violation. Screenshots, at laptop and tablet widths, are kept in the
test's tmp folder."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pyotp
import pytest

from app import cli
from app.domain.vocabulary import HouseholdKind
from app.services import profile
from tests.conftest import PASSPHRASE
from tests.integration.laptops import admin
from tests.support.servers import serving

CHROMIUM = Path("/usr/bin/chromium")
STAFF_PASSWORD = "Een lang wachtwoord voor Mia"
LAPTOP = {"width": 1366, "height": 768}
TABLET = {"width": 768, "height": 1024}

pytestmark = pytest.mark.skipif(not CHROMIUM.exists(), reason="Debian's chromium is not installed")


def thuisboek(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str]:
    try:
        code = cli.main(list(args))
    except SystemExit as exc:  # a refusal: its message is the exit's
        _out, err = capsys.readouterr()
        return 1, f"{err}{exc}"
    _out, err = capsys.readouterr()
    return code, err


class Pages:
    """The browser's page, with a screenshot and an axe-core check of each page shown."""

    def __init__(self, page: Any, shots: Path) -> None:
        from axe_playwright_python.sync_playwright import Axe

        self.page = page
        self.shots = shots
        self.axe = Axe()
        self.checked: dict[str, list[str]] = {}

    def look(self, name: str, *, tablet: bool = False) -> None:
        self.page.screenshot(path=str(self.shots / f"{name}.png"), full_page=True)
        result = self.axe.run(self.page)
        bad = [
            f"{v['id']} ({v['impact']}): {[n['target'] for n in v['nodes']][:3]}"
            for v in result.response["violations"]
            if v["impact"] in ("serious", "critical")
        ]
        self.checked[name] = bad
        if tablet:
            self.page.set_viewport_size(TABLET)
            self.page.screenshot(path=str(self.shots / f"{name}-tablet.png"), full_page=True)
            self.page.set_viewport_size(LAPTOP)


@pytest.fixture(autouse=True)
def _passphrase(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("THUISBOEK_PASSPHRASE", PASSPHRASE)
    monkeypatch.setenv("THUISBOEK_STAFF_PASSWORD", STAFF_PASSWORD)


def test_an_administrator_enrols_and_revokes_a_laptop_from_the_console(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from playwright.sync_api import expect, sync_playwright

    data = tmp_path / "server"
    data.mkdir()
    admin(data, "init")
    admin(data, "add-staff", "Mia Claes", "--role", "admin")
    shots = tmp_path / "screenshots"
    shots.mkdir()
    laptop = tmp_path / "laptop"
    profile.create_profile(laptop, PASSPHRASE,
                           profile.NewProfile("Anna", "Gezin", HouseholdKind.SIMBA),
                           strength="minimum").close()  # fmt: skip
    with serving(data) as url, sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM))
        try:
            context = browser.new_context(viewport=LAPTOP, locale="en-GB")
            page = context.new_page()
            errors: list[str] = []
            page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
            pages = Pages(page, shots)

            page.goto(f"{url}/office/")
            expect(page.get_by_role("heading", name="Sign in")).to_be_visible()
            pages.look("01-sign-in", tablet=True)
            page.get_by_label("Your name in the console").fill("Mia Claes")
            page.get_by_label("Password").fill(STAFF_PASSWORD)
            page.get_by_role("button", name="Next").click()

            setup = page.get_by_role("heading", name="Set up your authenticator app")
            expect(setup).to_be_visible()
            expect(page.locator("img.qr")).to_be_visible()
            pages.look("02-set-up-the-authenticator")
            secret = page.locator("code.secret").inner_text()
            page.get_by_label("The code the app shows").fill(pyotp.TOTP(secret).now())
            page.get_by_role("button", name="Confirm").click()
            expect(page.locator("#recovery-codes li")).to_have_count(8)
            pages.look("03-recovery-codes")
            page.get_by_role("link", name="I have kept them: continue").click()

            page.get_by_role("link", name="Households").click()
            page.get_by_label("Name").fill("Gezin Peeters")
            page.get_by_label("Kind of home").select_option("village_family")
            page.get_by_role("button", name="Add a household").click()
            added = page.get_by_role("cell", name=re.compile("^Gezin Peeters [0-9a-f-]+$"))
            expect(added).to_be_visible()
            pages.look("04-households", tablet=True)

            page.get_by_role("link", name="People").click()
            page.get_by_label("Name").fill("Anna Maes")
            page.get_by_label("Role").select_option("caregiver")
            page.get_by_label("Gezin Peeters").check()
            page.get_by_role("button", name="Add a person").click()
            expect(page.get_by_role("cell", name=re.compile("^Anna Maes"))).to_be_visible()
            pages.look("05-people", tablet=True)
            page.get_by_role("button", name=re.compile("Make an enrolment code")).click()
            code = page.locator("#slip-code").inner_text()
            assert re.fullmatch(r"[A-Z0-9]{5}-[A-Z0-9]{5}", code)
            expect(page.locator("#slip-server")).to_have_text(url)
            pages.look("06-enrolment-slip")

            # The laptop enrols with the code and syncs.
            monkeypatch.setenv("THUISBOEK_ENROLL_CODE", code)
            status, err = thuisboek(capsys, "enroll", "--profile", str(laptop), "--server", url)
            assert status == 0, err
            status, err = thuisboek(capsys, "sync", "--profile", str(laptop))
            assert status == 0, err

            page.get_by_role("link", name="Laptops").click()
            row = page.locator("#device-rows tr").first
            expect(row).to_contain_text("Anna Maes")
            expect(row.locator("td").nth(4)).to_contain_text("UTC")  # its last sync
            expect(row).to_contain_text("Active")
            pages.look("07-laptops", tablet=True)
            row.get_by_label("Reason").fill("Laptop gestolen")
            row.get_by_role("button", name=re.compile("Revoke")).click()
            expect(page.get_by_role("status")).to_contain_text("it can sync no more")
            expect(page.locator("#device-rows tr").first).to_contain_text("Revoked")
            pages.look("08-revoked")

            status, err = thuisboek(capsys, "sync", "--profile", str(laptop))
            assert status == 1 and "revoked" in err, err

            page.get_by_role("link", name="Audit log").click()
            page.get_by_label("Action").select_option("revoke")
            page.get_by_role("button", name="Filter").click()
            expect(page.locator("table.audit tbody")).to_contain_text("reason=Laptop gestolen")
            pages.look("09-audit-log", tablet=True)
            page.get_by_role("link", name="Server health").click()
            expect(page.locator("dl.facts")).to_contain_text("up to date")
            pages.look("10-server-health")
            page.get_by_role("link", name="Staff").click()
            expect(page.get_by_role("cell", name="Mia Claes")).to_be_visible()
            pages.look("11-staff")
            page.get_by_role("link", name="NL").click()
            expect(page.get_by_role("heading", name="Medewerkers", exact=True)).to_be_visible()
            page.get_by_role("link", name="FR").click()
            expect(page.get_by_role("heading", name="Personnel", exact=True)).to_be_visible()
            pages.look("12-staff-fr")
            page.get_by_role("button", name="Se déconnecter").click()
            expect(page.get_by_role("heading", name="Se connecter")).to_be_visible()
            assert errors == [], errors  # no script refused by the CSP, nothing broken
        finally:
            browser.close()
    assert {name: bad for name, bad in pages.checked.items() if bad} == {}
    assert len(pages.checked) == 12
