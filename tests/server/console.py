"""A browser's view of the office console, through FastAPI's test client: staff accounts,
signing in with password and TOTP, the CSRF token of the page last read."""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

import httpx
import pyotp
from fastapi.testclient import TestClient

from app.server.services import staff
from tests.server.helpers import Server

PASSWORD = "correct horse battery staple"
CSRF = re.compile(r'name="csrf" value="([^"]+)"')
SECRET = re.compile(r'class="secret">([A-Z2-7]+)<')
RECOVERY = re.compile(r"<li><code>([A-Z0-9-]+)</code></li>")


class WallClock:
    """The console's clock (sessions, lockouts, TOTP steps), moved by hand."""

    def __init__(self) -> None:
        self.now = datetime(2026, 12, 7, 9, 0, 0, tzinfo=UTC)

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **delta: float) -> None:
        self.now += timedelta(**delta)


def clock_of(server: Server) -> WallClock:
    found = getattr(server.app.state, "wall_clock", None)
    if not isinstance(found, WallClock):
        found = WallClock()
        server.app.state.wall_clock = found
    return found


def add_staff(server: Server, name: str, role: str = "admin") -> staff.StaffInfo:
    with server.session() as s:
        return staff.add_staff(s, name, role, PASSWORD, now=clock_of(server)())


def csrf_of(page: httpx.Response) -> str:
    found = CSRF.search(page.text)
    assert found, page.text
    return found.group(1)


@dataclass
class Browser:
    """One browser (its own cookies) on the console of ``server``."""

    server: Server
    client: TestClient
    name: str = ""
    secret: str = ""
    recovery: tuple[str, ...] = ()
    csrf: str = ""

    @property
    def clock(self) -> WallClock:
        return clock_of(self.server)

    def totp(self, offset_steps: int = 0) -> str:
        moment = self.clock() + timedelta(seconds=30 * offset_steps)
        return pyotp.TOTP(self.secret).at(moment)

    def password_step(self, name: str, password: str = PASSWORD) -> httpx.Response:
        page = self.client.get("/office/sign-in")
        return self.client.post(
            "/office/sign-in",
            data={"name": name, "password": password, "csrf": csrf_of(page)},
            follow_redirects=False,
        )

    def first_sign_in(self, name: str) -> httpx.Response:
        """Password, then the authenticator set up: the recovery codes page."""
        self.name = name
        answer = self.password_step(name)
        assert answer.headers["location"] == "/office/sign-in/setup", answer.text
        setup = self.client.get("/office/sign-in/setup")
        found = SECRET.search(setup.text)
        assert found
        self.secret = found.group(1)
        answer = self.client.post(
            "/office/sign-in/setup", data={"code": self.totp(), "csrf": csrf_of(setup)}
        )
        assert answer.status_code == 200, answer.text
        self.recovery = tuple(RECOVERY.findall(answer.text))
        self.clock.advance(seconds=30)  # the next sign-in needs a new code
        return answer

    def code_step(self, code: str) -> httpx.Response:
        page = self.client.get("/office/sign-in/code")
        return self.client.post(
            "/office/sign-in/code",
            data={"code": code, "csrf": csrf_of(page)},
            follow_redirects=False,
        )

    def sign_in(self) -> None:
        answer = self.password_step(self.name)
        assert answer.headers["location"] == "/office/sign-in/code", answer.text
        answer = self.code_step(self.totp())
        assert answer.headers["location"] == "/office/devices", answer.text
        self.clock.advance(seconds=30)

    def get(self, path: str, **kwargs: object) -> httpx.Response:
        answer = self.client.get(path, **kwargs)  # type: ignore[arg-type]
        found = CSRF.search(answer.text)
        if found:
            self.csrf = found.group(1)
        return answer

    def post(self, path: str, data: dict[str, object], *, csrf: str | None = None,
             follow: bool = True) -> httpx.Response:  # fmt: skip
        if not self.csrf:
            self.get("/office/devices")
        form = {**data, "csrf": self.csrf if csrf is None else csrf}
        return self.client.post(path, data=form, follow_redirects=follow)


@contextmanager
def browser(server: Server, *, https: bool = False) -> Iterator[Browser]:
    base = "https://testserver" if https else "http://testserver"
    with TestClient(server.app, base_url=base) as client:
        yield Browser(server, client)


@contextmanager
def signed_in(server: Server, name: str = "Mia Claes", role: str = "admin") -> Iterator[Browser]:
    add_staff(server, name, role)
    with browser(server) as b:
        b.first_sign_in(name)
        b.get("/office/devices")
        yield b
