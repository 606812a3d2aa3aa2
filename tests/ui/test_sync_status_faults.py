"""The sync status a person sees, while the network fails and once it is good again.

The main window's real SyncController syncs an enrolled profile with the real
server through the fault-injecting proxy (tests/faults/proxy.py). While the
proxy fails every request, the status bar says "Offline" and how many changes
wait, and a retry is scheduled; once the proxy is good again, the retry (or
Sync now) drains the queue and the status says synced, nothing waiting.
"""

from __future__ import annotations

import contextlib
import io
import re
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from types import SimpleNamespace

import pytest
from pytestqt.qtbot import QtBot

from app.server import cli as server_cli
from app.storage import sync_state
from app.sync.enroll import enroll
from app.sync.transport import Offline
from app.ui import sync_status
from app.ui.context import UiContext
from app.ui.main_window import MainWindow
from app.ui.sync_status import SyncController, SyncStatus
from tests import factories
from tests.faults.proxy import Fault, FaultProxy, server_tracebacks, serving_logged

WAIT_MS = 20_000
FAILING = (Fault.DROP, Fault.CUT_REQUEST, Fault.CUT_RESPONSE, Fault.DROP_ANSWER)


@dataclass(frozen=True)
class Office:
    url: str
    data: Path
    person: str

    def code(self) -> str:
        out, err = io.StringIO(), io.StringIO()
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            code = server_cli.main(["--data", str(self.data), "enroll-code", self.person])
        assert code == 0, err.getvalue()
        return out.getvalue().strip()


def _admin(data: Path, *args: str) -> str:
    out = io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(io.StringIO()):
        assert server_cli.main(["--data", str(data), *args]) == 0
    return out.getvalue().strip()


@pytest.fixture(scope="module")
def office(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Office]:
    data = tmp_path_factory.mktemp("ui-office")
    log = data / "server.log"
    _admin(data, "init")
    household = _admin(data, "add-household", "Gezin Peeters", "--kind", "simba")
    person = _admin(data, "add-person", "Anna", "--role", "caregiver", "--household", household)
    with serving_logged(data, log) as url:
        yield Office(url, data, person)
    assert server_tracebacks(log) == []


@pytest.fixture(scope="module")
def proxy(office: Office) -> Iterator[FaultProxy]:
    with FaultProxy(office.url, delay=0.2) as running:
        yield running


@pytest.fixture
def window(qtbot: QtBot, ctx: UiContext, office: Office, proxy: FaultProxy) -> Iterator[MainWindow]:
    """The main window of a profile enrolled through the proxy (not yet synced)."""
    proxy.always(Fault.GOOD)
    enroll(ctx.book, proxy.url, office.code(), device_name="ui")
    link = sync_state.read_link(ctx.book.store)
    assert link is not None and link.server_url == proxy.url
    main = MainWindow(ctx)
    qtbot.addWidget(main)
    yield main
    main.close()  # stops the controller before the profile closes


@pytest.fixture
def fast_retries(monkeypatch: pytest.MonkeyPatch) -> None:
    """The backoff's jitter factor, 0.5…1 of 30 s doubling, made 1/5000: retries in
    milliseconds (6 ms, 12 ms, …), so that the test waits for the real retry timer."""
    monkeypatch.setattr(sync_status, "random", SimpleNamespace(uniform=lambda a, b: 0.0002))


def _write_children(ctx: UiContext, n: int) -> list[uuid.UUID]:
    made = [
        ctx.records.create(
            factories.child(
                ctx.book.identity.household_id,
                given_name=f"Kind {i}",
                date_of_birth=date(2020, 3, 14),
            )
        )
        for i in range(n)
    ]
    return [child.id for child in made]


class Statuses:
    """Every status the controller announced, in order."""

    def __init__(self, controller: SyncController) -> None:
        self.seen: list[SyncStatus] = []
        controller.sig_status.connect(self.seen.append)

    def count(self, phase: str) -> int:
        return sum(s.phase == phase for s in self.seen)

    def more(self, phase: str, than: int) -> Callable[[], bool]:
        return lambda: self.count(phase) > than


def test_offline_while_the_network_fails_then_the_retry_drains_the_queue(
    qtbot: QtBot, ctx: UiContext, window: MainWindow, proxy: FaultProxy, fast_retries: None
) -> None:
    controller = window.sync
    statuses = Statuses(controller)
    _write_children(ctx, 3)
    proxy.always(Fault.DROP)  # the network is down: every connection is dropped

    controller.start()
    qtbot.waitUntil(lambda: statuses.count("offline") >= 3, timeout=WAIT_MS)  # retried twice
    status = controller.status
    assert status.phase == "offline"
    assert status.waiting == 3
    assert isinstance(status.error, Offline)
    assert status.last_ok is None
    label = window.sync_label.text()
    assert label.startswith("Offline")
    assert re.search(r"\b3 change", label), label
    assert "synced" not in label
    assert proxy.counts[Fault.DROP] >= 3

    proxy.always(Fault.GOOD)  # the network is back: the next retry gets through
    qtbot.waitUntil(lambda: controller.status.phase == "synced", timeout=WAIT_MS)
    status = controller.status
    assert (status.waiting, status.rejected, status.error) == (0, 0, None)
    assert status.last_ok is not None
    label = window.sync_label.text()
    assert "synced at" in label and "waiting" not in label and "Offline" not in label
    assert statuses.seen[-1] == status


def test_every_fault_says_offline_with_the_count_and_sync_now_recovers(
    qtbot: QtBot, ctx: UiContext, window: MainWindow, proxy: FaultProxy
) -> None:
    controller = window.sync
    statuses = Statuses(controller)
    written: list[uuid.UUID] = []
    for n, fault in enumerate(FAILING, start=1):
        written += _write_children(ctx, 1)
        proxy.always(fault)
        before = statuses.count("offline")
        with qtbot.waitSignal(controller.sig_status, timeout=WAIT_MS):
            controller.sync_now()  # "syncing"
        qtbot.waitUntil(statuses.more("offline", before), timeout=WAIT_MS)
        status = controller.status
        assert (status.phase, status.waiting) == ("offline", n), fault
        assert isinstance(status.error, Offline)
        assert re.search(rf"\b{n} change", window.sync_label.text()), fault
        assert proxy.counts[fault] >= 1

    proxy.always(Fault.DELAY)  # slow but good
    with qtbot.waitSignal(controller.sig_synced, timeout=WAIT_MS) as synced:
        controller.sync_now()
    report = synced.args[0]
    assert report.pushed == len(FAILING) and report.rejected == 0
    status = controller.status
    assert (status.phase, status.waiting, status.error) == ("synced", 0, None)
    assert "synced at" in window.sync_label.text()
    assert "waiting" not in window.sync_label.text()
    # Sent again after answers were lost (drop_answer, cut_response): applied once.
    for record_id in written:
        stored = ctx.records.get(record_id)
        assert (stored.sync_state, stored.record.version) == ("synced", 1)
