"""The office states the app versions it accepts and recommends; the app, over the
real server on loopback, keeps working when it is only behind the recommendation
and sends nothing when it is older than the minimum (the office refuses it, 426)."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import httpx
import pytest

from app import __version__
from app.protocol.schemas import PushRequest, PushResponse
from app.protocol.versions import OLDEST_APP_VERSION, WAITING_HEADER
from app.server import cli as server_cli
from app.services.sync import AppTooOld, SyncService, app_update
from app.storage import outbox, sync_state
from app.sync import engine as engine_module
from app.sync.transport import OutgoingPush
from tests.integration.laptops import Laptop, admin
from tests.support.servers import free_port, server_command, serving


@dataclass(frozen=True)
class Office:
    url: str
    data: Path
    anna: str

    def laptop(self, folder: Path, app_version: str) -> Laptop:
        laptop = Laptop(folder, self.url, admin(self.data, "enroll-code", self.anna))
        laptop.transport.app_version = app_version
        return laptop


def _office(data: Path, *serve_options: str) -> Iterator[Office]:
    admin(data, "init")
    household = admin(data, "add-household", "Gezin Peeters", "--kind", "simba")
    anna = admin(data, "add-person", "Anna", "--role", "caregiver", "--household", household)
    port = free_port()
    command = [*server_command(data, None, port), *serve_options]
    with serving(data, command=command) as url:
        yield Office(url, data, anna)


@pytest.fixture(scope="module")
def office(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Office]:
    data = tmp_path_factory.mktemp("office")
    yield from _office(data, "--app-minimum", "0.2.0", "--app-recommended", "0.3.0")


def test_an_app_older_than_the_minimum_sends_nothing_and_says_why(
    office: Office, tmp_path: Path
) -> None:
    old = office.laptop(tmp_path / "old", "0.1.4")
    current = office.laptop(tmp_path / "current", "0.3.0")
    try:
        written = old.write("Nog niet verstuurd")
        with pytest.raises(AppTooOld) as refused:
            old.engine.sync()
        assert (refused.value.version, refused.value.minimum) == ("0.1.4", "0.2.0")
        text = refused.value.message.format()
        assert "0.1.4" in text and "0.2.0" in text and "Nothing was sent" in text
        with old.book.store.read() as session:
            assert outbox.pending_count(session) >= 1  # the change waits here
        current.engine.sync()
        assert not current.holds(written)  # and never reached the office
        link = sync_state.read_link(old.book.store)
        assert link is not None and link.last_ok is None
        update = app_update(link, "0.1.4")
        assert update.required and not update.advised and update.wanted == "0.2.0"
        assert SyncService(old.book).state().update.minimum == "0.2.0"

        # Asked again: still too old, and still nothing sent.
        with pytest.raises(AppTooOld):
            old.engine.sync()
        current.engine.sync()
        assert not current.holds(written)

        # Updated (the same profile, a newer app): it syncs what waited.
        old.transport.app_version = "0.2.0"
        old.engine.sync()
        current.engine.sync()
        assert current.holds(written)
    finally:
        old.close()
        current.close()


def test_an_app_behind_the_recommendation_syncs_and_knows_it(
    office: Office, tmp_path: Path
) -> None:
    behind = office.laptop(tmp_path / "behind", "0.2.7")
    try:
        written = behind.write("Gewoon verstuurd")
        report = behind.engine.sync()
        assert report.finished_at
        link = sync_state.read_link(behind.book.store)
        assert link is not None
        assert (link.app_minimum, link.app_recommended) == ("0.2.0", "0.3.0")
        update = app_update(link, "0.2.7")
        assert update.advised and not update.required and update.wanted == "0.3.0"
        assert not app_update(link, "0.3.0").advised
        assert not app_update(link, "1.0").advised
        state = SyncService(behind.book).state()
        assert state.update.minimum == "0.2.0" and state.update.recommended == "0.3.0"
        with behind.book.store.read() as session:
            assert outbox.pending_count(session) == 0
        assert behind.holds(written)
    finally:
        behind.close()


def test_an_office_says_its_own_version_and_the_oldest_by_default(tmp_path: Path) -> None:
    offices = _office(tmp_path / "office")
    office = next(offices)
    laptop = office.laptop(tmp_path / "laptop", __version__)
    try:
        laptop.engine.sync()
        status = laptop.transport.device()
        assert status.app_minimum == OLDEST_APP_VERSION
        assert status.app_recommended == __version__
        update = SyncService(laptop.book).state().update
        assert not update.required and not update.advised and update.wanted is None
    finally:
        laptop.close()
        offices.close()


def test_the_office_refuses_an_old_app_before_reading_its_push(office: Office) -> None:
    body = {"protocol": 1, "ops": []}
    old = httpx.post(f"{office.url}/api/v1/push", json=body,
                     headers={"User-Agent": "Thuisboek/0.1.9"}, timeout=10)  # fmt: skip
    assert old.status_code == 426
    assert old.json()["code"] == "app_too_old"
    assert old.headers["X-Thuisboek-App-Minimum"] == "0.2.0"
    pull = httpx.get(f"{office.url}/api/v1/pull", params={"household": str(uuid.uuid4())},
                     headers={"User-Agent": "Thuisboek/0.1.9"}, timeout=10)  # fmt: skip
    assert pull.status_code == 426
    # Other clients are not judged by a version: without a token they are unknown.
    other = httpx.post(f"{office.url}/api/v1/push", json=body, timeout=10)
    assert other.status_code == 401


@pytest.mark.parametrize("option", ["--app-minimum", "--app-recommended"])
def test_serve_refuses_a_version_that_is_none(tmp_path: Path, option: str) -> None:
    with pytest.raises(SystemExit, match="is no version"):
        server_cli.main(["--data", str(tmp_path), "serve", option, "soon"])
    assert not (tmp_path / "server.db").exists()


def test_an_unknown_app_version_is_never_refused() -> None:
    link = sync_state.Link("http://127.0.0.1:1", "t", "d", [uuid.uuid4()], False, None,
                           app_minimum="9.0.0", app_recommended="9.1.0")  # fmt: skip
    update = app_update(link, "0.0.0+source")  # a source tree that was never installed
    assert not update.required and not update.advised


def _device_line(data: Path, name: str) -> dict[str, str]:
    lines = admin(data, "devices").splitlines()
    header = lines[0].split("\t")
    found = [dict(zip(header, line.split("\t"), strict=True)) for line in lines[1:]
             if line.split("\t")[2] == name]  # fmt: skip
    assert len(found) == 1, lines
    return found[0]


def test_the_office_lists_each_laptops_app_and_the_changes_it_says_wait(
    office: Office, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    laptop = office.laptop(tmp_path / "laptop-van-anna", "0.3.1")
    monkeypatch.setattr(engine_module, "PUSH_BATCH", 2)
    try:
        listed = _device_line(office.data, "laptop-van-anna")
        assert (listed["APP"], listed["WAITING"]) == ("-", "-")  # enrolled, never synced
        for n in range(5):
            laptop.write(f"Kind {n}")
        seen: list[tuple[str, str]] = []
        real_push = laptop.transport.push

        def push(request: PushRequest | OutgoingPush) -> PushResponse:
            answer = real_push(request)
            line = _device_line(office.data, "laptop-van-anna")
            seen.append((line["APP"], line["WAITING"]))
            return answer

        laptop.transport.push = push  # type: ignore[method-assign]
        laptop.engine.sync()
        # After each batch the office knows what still waited behind it, and the app.
        assert seen == [("0.3.1", "3"), ("0.3.1", "1"), ("0.3.1", "0")]
        del laptop.transport.push
        laptop.transport.app_version = "0.3.2"  # updated: the next sync says so
        laptop.engine.sync()
        listed = _device_line(office.data, "laptop-van-anna")
        assert (listed["APP"], listed["WAITING"]) == ("0.3.2", "0")
    finally:
        laptop.close()


def test_a_waiting_count_that_is_not_a_plain_number_is_ignored(
    office: Office, tmp_path: Path
) -> None:
    laptop = office.laptop(tmp_path / "laptop-van-bram", "0.3.1")
    try:
        headers = {"Authorization": f"Bearer {laptop.transport.token}",
                   "User-Agent": "Thuisboek/0.3.1"}  # fmt: skip
        body = {"protocol": 1, "ops": []}
        for bad in ("-4", "12abc", "99999999999", "1e3"):
            answer = httpx.post(f"{office.url}/api/v1/push", json=body, timeout=10,
                                headers={**headers, WAITING_HEADER: bad})  # fmt: skip
            assert answer.status_code == 200, answer.text
        listed = _device_line(office.data, "laptop-van-bram")
        assert (listed["APP"], listed["WAITING"]) == ("0.3.1", "-")
        httpx.post(f"{office.url}/api/v1/push", json=body, timeout=10,
                   headers={**headers, WAITING_HEADER: "7"})  # fmt: skip
        assert _device_line(office.data, "laptop-van-bram")["WAITING"] == "7"
    finally:
        laptop.close()
