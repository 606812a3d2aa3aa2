"""File ▸ Connect on a linked profile: offered only while the central office does
not recognise this computer (the last sync failed with Unauthorized)."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from pytestqt.qtbot import QtBot

from app.services import sync as sync_service
from app.storage import sync_state
from app.storage.book import Book
from app.storage.store import Store
from app.sync.engine import SyncReport
from app.sync.transport import Unauthorized
from app.ui.context import UiContext
from app.ui.dialogs.enrol import EnrolDialog
from app.ui.main_window import MainWindow

URL = "http://127.0.0.1:9"


def link(book: Book) -> None:
    with book.store.write() as session:
        Store.set_meta(session, sync_state.URL, URL)
        Store.set_meta(session, sync_state.TOKEN, "forgotten-token")
        Store.set_meta(session, sync_state.DEVICE, "device-1")


class Outcomes:
    """Stands in for the sync engine: each run takes the next outcome."""

    def __init__(self, outcomes: list[Callable[[], SyncReport]]) -> None:
        self.outcomes = outcomes

    def engine(self, _book: Book, _transport: object) -> Outcomes:
        return self

    def sync(self, _progress: object = None, **_kwargs: object) -> SyncReport:
        return self.outcomes.pop(0)()


def unauthorized() -> SyncReport:
    raise Unauthorized()


def test_connect_is_offered_after_unauthorized_and_not_after_a_good_sync(
    qtbot: QtBot, ctx: UiContext, book: Book, monkeypatch: pytest.MonkeyPatch
) -> None:
    link(book)
    outcomes = Outcomes([unauthorized, SyncReport])
    monkeypatch.setattr(sync_service, "SyncEngine", outcomes.engine)
    main = MainWindow(ctx)
    qtbot.addWidget(main)
    main.show()
    main.sync._timer.stop()
    main.show_sync_status(main.sync.status)
    assert not main.menus.enrol_action.isEnabled()  # linked: nothing to connect

    main.sync.sync_now()
    qtbot.waitUntil(lambda: main.sync.status.phase == "failed", timeout=10_000)
    assert isinstance(main.sync.status.error, Unauthorized)
    assert main.menus.enrol_action.isEnabled()
    main.sync.refresh()  # a refresh keeps what the last sync said
    assert main.menus.enrol_action.isEnabled()

    dialog = EnrolDialog(ctx, main)
    qtbot.addWidget(dialog)
    assert dialog.again and dialog.server.text() == URL
    assert dialog.windowTitle() == "Enrol this computer again"
    assert "kept and sent to the central office again" in dialog.intro.text()

    main.sync._timer.stop()
    main.sync.sync_now()
    qtbot.waitUntil(lambda: main.sync.status.phase == "synced", timeout=10_000)
    assert not main.menus.enrol_action.isEnabled()
    main.sync.stop()
    main.flush()


def test_a_profile_not_linked_is_connected_for_the_first_time(qtbot: QtBot, ctx: UiContext) -> None:
    main = MainWindow(ctx)
    qtbot.addWidget(main)
    assert main.menus.enrol_action.isEnabled()
    dialog = EnrolDialog(ctx, main)
    qtbot.addWidget(dialog)
    assert not dialog.again and dialog.server.text() == ""
    assert dialog.windowTitle() == "Connect to the central office"
    main.flush()
