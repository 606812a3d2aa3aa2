"""The status bar while a sync runs: the records of the whole run, in numbers as
the person's language writes them, and a bar of the same progress."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from app.ui.i18n import Languages
from app.ui.sync_status import SyncStatus
from app.ui.window.status_bar import SyncProgressBar, SyncStatusLabel


def test_a_first_pull_shows_its_records_of_the_whole_pull(
    qtbot: QtBot, languages: Languages
) -> None:
    label, bar = SyncStatusLabel(), SyncProgressBar()
    qtbot.addWidget(label)
    qtbot.addWidget(bar)
    languages.set_language("en")
    running = SyncStatus("syncing", done=12_400, total=33_000)
    label.show_status(running)
    bar.show_status(running)
    assert "Syncing 12,400 of 33,000…" in label.text()
    assert not bar.isHidden()
    assert (bar.value(), bar.maximum()) == (12_400, 33_000)

    languages.set_language("nl")
    label.show_status(running)
    assert "Synchroniseren: 12.400 van 33.000…" in label.text()

    label.show_status(SyncStatus("syncing"))  # the size not known (yet)
    bar.show_status(SyncStatus("syncing"))
    assert "Synchroniseren…" in label.text() and bar.isHidden()
    bar.show_status(running)
    bar.show_status(SyncStatus("synced"))
    assert bar.isHidden()
