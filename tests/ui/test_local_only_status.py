"""A profile that never syncs: the status bar says everything is kept here and
counts no changes "waiting" (nothing waits for anyone)."""

from __future__ import annotations

from datetime import date

from pytestqt.qtbot import QtBot

from app.domain.records import Child
from app.services.sync import SyncService
from app.ui.context import UiContext
from app.ui.main_window import MainWindow
from tests import factories
from tests.ui.conftest import wait_for_tasks


def test_a_local_only_profile_counts_nothing_waiting(
    qtbot: QtBot, ctx: UiContext, child: Child
) -> None:
    for day in (1, 2):
        ctx.records.create(factories.daily_log(ctx.book.identity, child, date=date(2026, 3, day)))
    state = SyncService(ctx.book).state()
    assert state.waiting >= 3 and state.local_only  # the child and two logs are queued

    main = MainWindow(ctx)
    qtbot.addWidget(main)
    main.show()
    wait_for_tasks(qtbot, ctx)
    qtbot.waitUntil(lambda: "offline" in main.sync_label.text())
    label = main.sync_label.text()
    assert "Working offline" in label
    assert "waiting" not in label
    assert "kept, encrypted, on this computer" in main.sync_label.toolTip()
    main.flush()
