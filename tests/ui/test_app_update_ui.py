"""What the windows say of this app's version beside the office's: the status bar
and Settings, in the person's language."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from app import __version__
from app.protocol.versions import parse
from app.services.sync import AppTooOld, AppUpdate
from app.storage import sync_state
from app.storage.store import Store
from app.ui.context import UiContext
from app.ui.dialogs.settings import SettingsDialog
from app.ui.i18n import Languages
from app.ui.sync_status import SyncStatus
from app.ui.window.status_bar import SyncStatusLabel

installed = pytest.mark.skipif(
    parse(__version__) is None, reason="this app's version is known once it is installed"
)


def test_the_status_bar_says_sync_stopped_for_an_app_too_old(
    qtbot: QtBot, languages: Languages
) -> None:
    label = SyncStatusLabel()
    qtbot.addWidget(label)
    status = SyncStatus(
        "outdated", waiting=2, error=AppTooOld("0.1.4", "0.2.0"),
        update=AppUpdate("0.1.4", "0.2.0", "0.3.0"),
    )  # fmt: skip
    label.show_status(status)
    assert "Sync stopped: the central office needs Thuisboek 0.2.0 or newer" in label.text()
    assert "2 changes waiting" in label.text()
    assert "Nothing was sent" in label.toolTip() and "0.1.4" in label.toolTip()

    languages.set_language("nl")
    label.show_status(status)
    assert "Synchronisatie gestopt: de centrale dienst vraagt Thuisboek 0.2.0" in label.text()
    assert "Er werd niets verstuurd" in label.toolTip()


def test_the_status_bar_mentions_a_recommended_update_beside_a_good_sync(
    qtbot: QtBot, languages: Languages
) -> None:
    label = SyncStatusLabel()
    qtbot.addWidget(label)
    label.show_status(SyncStatus("synced", update=AppUpdate("0.2.7", "0.2.0", "0.3.0")))
    assert "update recommended: Thuisboek 0.3.0" in label.text()
    label.show_status(SyncStatus("synced", update=AppUpdate("0.3.0", "0.2.0", "0.3.0")))
    assert "update" not in label.text()
    languages.set_language("fr")
    label.show_status(SyncStatus("synced", update=AppUpdate("0.2.7", "0.2.0", "0.3.0")))
    assert "mise à jour recommandée\u00a0: Thuisboek 0.3.0" in label.text()


def _link(ctx: UiContext, minimum: str, recommended: str) -> None:
    with ctx.book.store.write() as session:
        Store.set_meta(session, sync_state.URL, "https://office.invalid")
        Store.set_meta(session, sync_state.TOKEN, "token")
        sync_state.set_app_versions(session, minimum, recommended)


@installed
def test_settings_show_the_version_and_an_update_the_office_requires(
    qtbot: QtBot, ctx: UiContext
) -> None:
    newer = f"{parse(__version__)[0] + 1}.0.0"  # type: ignore[index]
    _link(ctx, newer, newer)
    dialog = SettingsDialog(ctx)
    qtbot.addWidget(dialog)
    assert dialog.version.text() == __version__
    note = dialog.office_update.text()
    assert f"This version ({__version__}) is too old" in note and newer in note
    assert not dialog.office_update.isHidden()


@installed
def test_settings_show_an_update_the_office_recommends_in_dutch(
    qtbot: QtBot, ctx: UiContext
) -> None:
    newer = f"{parse(__version__)[0] + 1}.0.0"  # type: ignore[index]
    _link(ctx, "0.0.1", newer)
    ctx.languages.set_language("nl")
    dialog = SettingsDialog(ctx)
    qtbot.addWidget(dialog)
    assert dialog.office_update.text().startswith(
        f"De centrale dienst raadt Thuisboek {newer} of nieuwer aan (dit is {__version__})"
    )
    _link(ctx, "0.0.1", __version__)
    dialog.refresh_office()
    assert dialog.office_update.text() == "" and dialog.office_update.isHidden()
