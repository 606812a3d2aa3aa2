"""A sync announces what it changed here, once, and nothing when it changed nothing;
Sync now runs on the executor's long lane, and a lock stops it."""

from __future__ import annotations

import threading
import uuid

import pytest
from pytestqt.qtbot import QtBot

from app.domain.changes import ChangeSet
from app.services import sync as sync_service
from app.storage import sync_state
from app.storage.book import Book
from app.storage.store import Store
from app.sync.engine import SyncReport
from app.ui.context import UiContext
from app.ui.sync_status import SyncController

WAIT_MS = 10_000


def link(book: Book) -> None:
    with book.store.write() as session:
        Store.set_meta(session, sync_state.URL, "http://127.0.0.1:9")
        Store.set_meta(session, sync_state.TOKEN, "token")
        Store.set_meta(session, sync_state.DEVICE, "device-1")


class Engine:
    """Stands in for the sync engine: each run returns the next report."""

    def __init__(self, reports: list[SyncReport]) -> None:
        self.reports = reports
        self.release = threading.Event()
        self.release.set()
        self.steps = 0

    def __call__(self, _book: Book, _transport: object) -> Engine:
        return self

    def sync(self, progress: object = None, **_kwargs: object) -> SyncReport:
        while not self.release.wait(0.01):
            self.steps += 1
            assert callable(progress)
            progress("pull", self.steps, 1_000)  # may stop the run here
        return self.reports.pop(0)


@pytest.fixture
def controller(
    qtbot: QtBot, ctx: UiContext, book: Book, monkeypatch: pytest.MonkeyPatch
) -> SyncController:
    link(book)
    controller = SyncController(ctx)
    controller._timer.stop()
    return controller


def announced(ctx: UiContext, monkeypatch: pytest.MonkeyPatch) -> list[object]:
    calls: list[object] = []
    monkeypatch.setattr(ctx, "changed", lambda *changes: calls.append(changes))
    return calls


def test_only_what_the_sync_changed_is_announced(
    qtbot: QtBot, ctx: UiContext, controller: SyncController, monkeypatch: pytest.MonkeyPatch
) -> None:
    pulled = ChangeSet.of("daily_log", ids=[uuid.uuid4()], households=[uuid.uuid4()])
    monkeypatch.setattr(
        sync_service, "SyncEngine", Engine([SyncReport(), SyncReport(pulled=1, changes=pulled)])
    )
    calls = announced(ctx, monkeypatch)

    with qtbot.waitSignal(controller.sig_synced, timeout=WAIT_MS):
        controller.sync_now()
    assert calls == []  # nothing came in: nothing on screen changes
    controller._timer.stop()

    with qtbot.waitSignal(controller.sig_synced, timeout=WAIT_MS):
        controller.sync_now()
    assert calls == [(pulled,)]
    assert controller.status.phase == "synced"


def test_a_lock_stops_a_running_sync_and_nothing_follows(
    qtbot: QtBot, ctx: UiContext, controller: SyncController, monkeypatch: pytest.MonkeyPatch
) -> None:
    engine = Engine([SyncReport(pulled=1, changes=ChangeSet.of("child"))])
    engine.release.clear()  # runs until it is stopped
    monkeypatch.setattr(sync_service, "SyncEngine", engine)
    calls = announced(ctx, monkeypatch)
    synced: list[object] = []
    controller.sig_synced.connect(synced.append)

    controller.sync_now()
    qtbot.waitUntil(lambda: controller.status.done > 0, timeout=WAIT_MS)  # progress shown
    assert controller.status.phase == "syncing" and controller.status.total == 1_000
    saved: list[str] = []
    ctx.tasks.run(lambda: "saved", saved.append)  # a save is not held up by the sync
    qtbot.waitUntil(lambda: saved == ["saved"], timeout=WAIT_MS)

    controller.stop()
    ctx.tasks.close()
    qtbot.wait(200)
    assert synced == [] and calls == []
    assert not controller._timer.isActive()
